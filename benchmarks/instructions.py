"""The pass that callgrind counts instructions of: clean, or extract, of the files of some folders.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no --toggle-collect=_operator_call \\
        --callgrind-out-file=/tmp/cg.out .venv/bin/python benchmarks/instructions.py extract seeds

prints `Collected : N` (valgrind's count of the instructions run inside the measured pass). Wall-clock
timings on the shared 2-core machine drift by more than a speed change of a few per cent; this count does
not (the same code gives the same count within about 0.1 %). Every file is cleaned and extracted once
before (imports, jieba's dictionary, the word lists, caches that live for the process), then the pass runs
inside operator.call, the one C function valgrind is told to count in. The held-out pages (PROTOCOL.md)
are never read.
"""

from __future__ import annotations

import gc
import operator
import sys
from pathlib import Path

from same_rows import HELD_OUT


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("clean", "extract", "both"):
        print(__doc__, file=sys.stderr)
        return 2
    from govreport.clean import clean_bytes
    from govreport.extract.batch import ExtractOptions, extract_one, prepare

    mode, folders = argv[0], argv[1:]
    pages = [(p.read_bytes(), p.name) for folder in folders for p in sorted(Path(folder).glob("*.txt"))
             if p.name not in HELD_OUT and "dev-heldout-2" not in p.parts]
    prepare(ExtractOptions())  # as `govreport extract` by default: jieba shortens long subject phrases

    def cleaned() -> list[dict]:
        return [doc for data, name in pages for doc in clean_bytes(data, source=name)]

    def extracted(docs: list[dict]) -> int:
        return sum(len(extract_one(doc, as_columns=True).columns["doc_id"]) for doc in docs)

    def both() -> int:
        return extracted(cleaned())

    docs = cleaned()
    print(f"{len(pages)} files, {len(docs)} documents, {extracted(docs)} figures", file=sys.stderr)
    gc.collect()
    if mode == "clean":
        operator.call(cleaned)
    elif mode == "extract":
        operator.call(extracted, docs)
    else:
        operator.call(both)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
