"""`govreport clean`: raw documents in, normalised simplified documents with metadata out.

Each step is its own module with one public function, run in the order fixed
in `pipeline._text_steps` (see docs/clean.md for why that order; convert and
normalise share one scan of the page there, `pipeline._convert_then_normalise`):

    decode      bytes -> str, encoding reported          decode.py
    mojibake    GBK runs decoded one byte off            mojibake.py
    pinyin      区(qū) -> 区                              pinyin.py
    convert     traditional -> simplified (OpenCC t2s)   convert.py
    normalise   widths, decimal points, spaces, quotes   normalise.py
    split       one page holding several documents       split.py
    then, per document:
    boilerplate web and forum chrome (data/boilerplate.txt) boilerplate.py
    reflow      hard-wrapped lines joined                reflow.py
    metadata    title, type, region + code, year, date   metadata.py
                (divisions: gazetteer.py + data/divisions.csv)
"""

from govreport.clean.pipeline import CleanFailure, CleanOptions, clean_bytes, clean_paths, clean_text

__all__ = ["CleanFailure", "CleanOptions", "clean_bytes", "clean_paths", "clean_text"]
