"""CPU time of clean + extract over the seeds in one process (median of 7 passes after a warm-up), and which
govreport was imported (a compiled build or the pure one: see compile_core.sh).

    .venv/bin/python benchmarks/cpu_seeds.py
"""
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench  # noqa: E402
import govreport  # noqa: E402
from govreport.clean import clean_bytes  # noqa: E402

extract_document, _ = bench.find_extract()
seeds = [p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt"))]


def one() -> float:
    t = time.process_time()
    for data in seeds:
        for doc in clean_bytes(data, source="x.txt"):
            extract_document(doc)
    return time.process_time() - t


one()
print(govreport.__file__, f"{statistics.median(one() for _ in range(7)) * 1000:.1f} ms")
