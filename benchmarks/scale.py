#!/usr/bin/env python3
"""Load and scale: many small files through `govreport run`, one large file through `govreport extract`.

    python benchmarks/scale.py                          # 2,500, 5,000 and 10,000 files; 25, 50 and 100 MB
    python benchmarks/scale.py --files 1000 2000 --big-mb 5 10 --json

Each run is one `govreport -q ...` process; its wall time and peak memory (ru_maxrss of that child, from
os.wait4, as /usr/bin/time -v reports it) are recorded. Three sizes of each show whether memory stays
flat (the promise: under 300 MB) and time grows linearly (seconds per unit about the same at each size).

The small files are slices of the seeds (0.3-1.2 KB each, each with its own bytes, so each its own doc_id),
each titled as the work report of one of the 2,925 counties of data/divisions.csv and a year;
the large file is the seeds repeated, each copy's report kept whole and told apart by a number line,
until it holds the size asked. MB means 10^6 bytes of raw input.

Not a test: the numbers depend on the machine. benchmarks/README.md records the last run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import REPO, SEEDS, govreport_command

MEMORY_LIMIT_MB = 300


def small_files(folder: Path, n: int, *, one_government: bool = False) -> int:
    """n files of 0.3-1.2 KB cut from the seeds at line ends; returns their bytes.

    one_government: every file cut from all five seeds (003's list of projects, each with its 计划投资,
    among them) and titled as one county's 2021 report, so that compare --by conflict meets the same
    fact stated with many values in many files.
    """
    # the lines of the three seeds that are one government's report each
    lines = [line for p in sorted(SEEDS.glob("*.txt" if one_government else "00[012]_*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    counties = [row.split(",")[1] for row in (REPO / "govreport" / "data" / "divisions.csv").read_text(
        encoding="utf-8").splitlines()[1:] if row.split(",")[2:3] == ["county"]]
    folder.mkdir(parents=True, exist_ok=True)
    total, at = 0, 0
    for i in range(n):
        size = 300 + (i * 397) % 900
        # each file a report of its own government and year, as a corpus of many counties is: the same
        # government's figures in hundreds of files would make compare --by conflict pair them all
        chunk: list[str] = ["2021年尉氏县政府工作报告" if one_government else
                            f"{2016 + (i // len(counties)) % 10}年{counties[i % len(counties)]}政府工作报告"]
        length = 0
        while length < size:
            line = lines[at % len(lines)]
            at += 1
            chunk.append(line)
            length += len(line.encode("utf-8"))
        data = ("\n".join(chunk) + "\n").encode("utf-8")
        (folder / f"page{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def big_file(path: Path, size_mb: float) -> int:
    """One .txt of at least size_mb MB: the seeds repeated, each copy told apart by its number."""
    blobs = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]
    want = int(size_mb * 1_000_000)
    written = 0
    with open(path, "wb") as fh:
        k = 0
        while written < want:
            piece = f"\n第{k}份\n".encode("utf-8") + blobs[k % len(blobs)]
            fh.write(piece)
            written += len(piece)
            k += 1
    return written


def timed(args: list[str]) -> dict:
    """Run one govreport process; wall seconds and its peak memory (MB).

    The peak is the ru_maxrss that os.wait4 reports for this child: the largest resident set of the process
    and of any process it waited for (--jobs workers), as /usr/bin/time -v reports it.
    """
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if proc.returncode not in (0, 1):
        raise SystemExit(f"scale: {' '.join(args)} failed ({proc.returncode}): {stderr.strip()[-500:]}")
    return {"seconds": round(seconds, 2), "peak_mb": round(usage.ru_maxrss / 1024, 1), "exit": proc.returncode}


def timed_stage(stage: str, source: Path, out: Path) -> dict:
    """`govreport -q STAGE SOURCE -o OUT`, timed()."""
    return timed([*govreport_command(), "-q", stage, str(source), "-o", str(out)])


def bench_files(counts: list[int], root: Path) -> list[dict]:
    out = []
    for n in sorted(counts):
        folder = root / f"files{n}"
        size = small_files(folder, n)
        run = timed_stage("run", folder, root / f"out{n}")
        out.append({"files": n, "mb": round(size / 1e6, 2), **run,
                    "files_per_s": round(n / run["seconds"], 1), "mb_per_s": round(size / 1e6 / run["seconds"], 3),
                    "ms_per_file": round(1000 * run["seconds"] / n, 2)})
        shutil.rmtree(folder)
        shutil.rmtree(root / f"out{n}", ignore_errors=True)
        _say(out[-1])
    return out


def bench_one_government(n: int, root: Path) -> dict:
    """n files of one government through run: the conflicts table's rows and the run's time and memory."""
    folder, out = root / "one_government", root / "one_government_out"
    size = small_files(folder, n, one_government=True)
    run = timed_stage("run", folder, out)
    import polars as pl

    row = {"files": n, "mb": round(size / 1e6, 2), **run,
           "figures": pl.scan_parquet(out / "indicators.parquet").select(pl.len()).collect().item(),
           "conflicts": pl.scan_parquet(out / "conflicts.parquet").select(pl.len()).collect().item()}
    shutil.rmtree(folder)
    shutil.rmtree(out, ignore_errors=True)
    _say(row)
    return row


def bench_big(sizes: list[float], root: Path) -> list[dict]:
    out = []
    for mb in sorted(sizes):
        path = root / f"big{mb:g}.txt"
        size = big_file(path, mb)
        run = timed_stage("extract", path, root / f"big{mb:g}.parquet")
        out.append({"file_mb": round(size / 1e6, 1), **run, "mb_per_s": round(size / 1e6 / run["seconds"], 3),
                    "s_per_mb": round(run["seconds"] / (size / 1e6), 3)})
        path.unlink()
        (root / f"big{mb:g}.parquet").unlink(missing_ok=True)
        _say(out[-1])
    return out


def _say(row: dict) -> None:
    print("scale: " + ", ".join(f"{k} {v}" for k, v in row.items()), file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, nargs="*", default=[2_500, 5_000, 10_000],
                        help="numbers of small files for run")
    parser.add_argument("--big-mb", type=float, nargs="*", default=[25, 50, 100], help="sizes of the one large file")
    parser.add_argument("--one-government", type=int, default=0, metavar="N",
                        help="also N files of one government from all five seeds through run (conflicts)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="govreport-scale-") as tmp:
        root = Path(tmp)
        result = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
                  "extract_big": bench_big(args.big_mb, root) if args.big_mb else []}
        result["run_files"] = bench_files(args.files, root) if args.files else []
        if args.one_government:
            result["one_government"] = bench_one_government(args.one_government, root)
    peaks = [r["peak_mb"] for r in result["run_files"] + result["extract_big"]]
    result["memory_flat"] = bool(peaks) and max(peaks) < MEMORY_LIMIT_MB
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print("| files | MB | s | files/s | MB/s | ms/file | peak MB |\n| --- | --- | --- | --- | --- | --- | --- |")
        for r in result["run_files"]:
            print(f"| {r['files']} | {r['mb']} | {r['seconds']} | {r['files_per_s']} | {r['mb_per_s']} | "
                  f"{r['ms_per_file']} | {r['peak_mb']} |")
        print("\n| one file, MB | s | MB/s | s/MB | peak MB |\n| --- | --- | --- | --- | --- |")
        for r in result["extract_big"]:
            print(f"| {r['file_mb']} | {r['seconds']} | {r['mb_per_s']} | {r['s_per_mb']} | {r['peak_mb']} |")
        if "one_government" in result:
            r = result["one_government"]
            print(f"\none government, {r['files']} files through run: {r['figures']} figures, {r['conflicts']} conflict rows, "
                  f"{r['seconds']} s, peak {r['peak_mb']} MB")
        print(f"\npeak memory under {MEMORY_LIMIT_MB} MB everywhere: {result['memory_flat']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
