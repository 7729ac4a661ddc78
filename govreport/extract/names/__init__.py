"""What a figure measures: the home of naming (see /work/shared/ARCHITECTURE.md, "Where the next growth goes").

- grammar.py   the grammar of names (data/name_grammar.csv): scope words, population modifiers, elided
               words and suffixes, so that variants nobody listed land on the vocabulary's indicator
- sources.py   how a row's name was found (name_source: vocabulary / grammar / phrase)

The vocabulary itself is still read by extract/vocabulary.py and the subject test by structures.HeadParser;
both call in here.
"""

from govreport.extract.names.grammar import Grammar, load_grammar, own_scope_words
from govreport.extract.names.sources import NAME_SOURCES, name_source

__all__ = ["Grammar", "load_grammar", "own_scope_words", "NAME_SOURCES", "name_source"]
