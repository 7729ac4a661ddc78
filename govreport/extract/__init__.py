"""`govreport extract`: documents -> one row per quantitative statement.

Where each rule lives:

    numbers.py      values: Arabic and Chinese numerals, 万/亿 magnitudes, ranges, units
    vocabulary.py   indicator names and synonyms (data/indicators.csv)
    lexicon.py      the word lists in data/ (bounds, hardness, predicates, scopes, periods)
    periods.py      period and kind from sections, years, 今年/上年, 十四五, 到2025年, 年均
    structures.py   the subject before a number: shared subjects, 分别 lists, carried subjects
    rankings.py     居全市第二, 全省排名第20位
    qualitative.py  targets without a number (增速高于GDP增速, 基本同步)
    pipeline.py     one document: clauses -> figures -> rows with evidence and offsets
    batch.py        a corpus: document by document, in --jobs processes
    segment.py      jieba (default) or pkuseg (model from a path) for subject phrases
    evaluate.py     `govreport eval`: precision / recall against a gold file
"""

from govreport.extract.batch import ExtractOptions, Outcome, extract_documents, extract_outcomes
from govreport.extract.pipeline import default_vocabulary, extract_columns, extract_document, extract_records
from govreport.extract.vocabulary import load_vocabulary

__all__ = [
    "ExtractOptions",
    "Outcome",
    "default_vocabulary",
    "extract_columns",
    "extract_document",
    "extract_documents",
    "extract_outcomes",
    "extract_records",
    "load_vocabulary",
]
