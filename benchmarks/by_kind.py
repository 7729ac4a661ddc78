"""Clean + extract in one process on a folder of raw pages, per MB of input and per character of clean text.

For comparing kinds of documents (issue 18: communiqués served as HTML and PDF against work reports as
text): a page of markup is many bytes for its text, so both rates are printed.

    .venv/bin/python benchmarks/by_kind.py ../shared/corpus-communiques ../shared/corpus-2026
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def run(folder: Path) -> str:
    from govreport.clean import clean_bytes
    from govreport.errors import GovReportError
    from govreport.extract.batch import extract_one

    files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html", ".htm", ".pdf", ".docx"))
    datas = [p.read_bytes() for p in files]
    for p, data in list(zip(files, datas))[:2]:  # warm-up: tables and dictionaries loaded, not timed
        try:
            [extract_one(d) for d in clean_bytes(data, source=p.name)]
        except GovReportError:
            pass
    chars, failed = 0, 0
    t = time.perf_counter()
    for p, data in zip(files, datas):
        try:
            docs = clean_bytes(data, source=p.name)
        except GovReportError:
            failed += 1  # a scan without a text layer: its one-line error is part of the work
            continue
        for doc in docs:
            chars += len(doc["text"])
            extract_one(doc)
    seconds = time.perf_counter() - t
    mb = sum(map(len, datas)) / 1e6
    return (f"{folder.name}: {len(files)} files ({failed} refused), {mb:.2f} MB raw, {chars / 1e6:.2f} M characters "
            f"of text, {seconds:.2f} s: {mb / seconds:.2f} MB/s of raw input, {chars / 1e6 / seconds:.2f} M characters/s")


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["seeds"]:
        print(run(Path(arg)))
