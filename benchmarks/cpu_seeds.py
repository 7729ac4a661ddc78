"""CPU time of clean + extract over the seeds in one process (median of 7 passes after a warm-up)."""
import statistics, sys, time
from pathlib import Path
sys.path.insert(0, "/work/wt/compiled/benchmarks")
import govreport
from govreport.clean import clean_bytes
import bench
extract_document, _ = bench.find_extract()
seeds = [p.read_bytes() for p in sorted(Path("/work/wt/compiled/seeds").glob("*.txt"))]
def one():
    t = time.process_time()
    for data in seeds:
        for doc in clean_bytes(data, source="x.txt"):
            extract_document(doc)
    return time.process_time() - t
one()
print(govreport.__file__, f"{statistics.median(one() for _ in range(7)) * 1000:.1f} ms")
