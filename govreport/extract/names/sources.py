"""How a row's name was found, for the user to filter on (column `name_source`).

- vocabulary  the subject ends with a name listed in indicators.csv (or a user's --indicators file)
- grammar     the indicator is reached through the grammar of names (name_grammar.csv): a derived
              variant (城镇常住居民…, 新增就业人数) or a grammar word before the name (地方, 县域, X中的)
- phrase      no indicator: the name is the counted noun phrase as written
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (names imports nothing of extract but lexicon: no cycle at run time)
    from govreport.extract.names.grammar import Grammar
    from govreport.extract.structures import Subject
    from govreport.extract.vocabulary import Indicator, Vocabulary

VOCABULARY, GRAMMAR, PHRASE = "vocabulary", "grammar", "phrase"
NAME_SOURCES = (VOCABULARY, GRAMMAR, PHRASE)


def name_source(subject: "Subject", indicator: "Indicator | None", vocab: "Vocabulary", grammar: "Grammar") -> str:
    if indicator is None:
        return PHRASE
    match = subject.match
    if match is None or match.indicator.id != indicator.id:
        return VOCABULARY  # a rate named by its amount's share words (研发经费支出…相当于…的比例): listed
    if match.name in vocab.derived:
        return GRAMMAR
    before = subject.phrase[: match.start] if 0 < match.start <= len(subject.phrase) else ""
    if before and any(w in before for w in grammar.scope_and_partitive_words):
        return GRAMMAR
    return VOCABULARY
