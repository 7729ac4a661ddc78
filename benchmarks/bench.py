#!/usr/bin/env python3
"""Throughput, memory and start-up of govreport, with jieba measured in the same run.

    python benchmarks/bench.py                     # 20 MB corpus, --jobs 1 and 2, memory at 10 and 20 MB, start-up
    python benchmarks/bench.py --size-mb 5 --jobs 1 2 --json
    python benchmarks/bench.py --startup           # only `govreport --help` timing and its imports

The corpus is the seeds (benchmarks/../seeds) copied until it holds at least
--size-mb of raw bytes. Each copy gets its own file name and its own bytes
(k trailing newlines for copy k), so every copy has its own doc_id.

Every measurement runs in a fresh Python process, so its peak memory
(ru_maxrss of the process, and of its children for the CLI runs) belongs to
that measurement alone; comparing two corpus sizes shows whether memory grows
with the corpus. MB means 10^6 bytes of raw input throughout.

Not a test: numbers depend on the machine. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
HEAVY = ("polars", "jieba", "opencc", "openpyxl", "numpy")
NOT_AVAILABLE = "extract not available"


# ------------------------------------------------------------------ corpus


def build_corpus(folder: Path, size_mb: float) -> tuple[list[Path], int]:
    """Copies of the seeds, distinct names and bytes, until at least size_mb MB. Returns (files, bytes)."""
    seeds = sorted(p for p in SEEDS.glob("*.txt"))
    if not seeds:
        raise SystemExit(f"bench: no seed files in {SEEDS}")
    blobs = [(p, p.read_bytes()) for p in seeds]
    folder.mkdir(parents=True, exist_ok=True)
    files, total, copy = [], 0, 0
    while total < size_mb * 1e6:
        copy += 1
        for path, data in blobs:
            # trailing newlines: a different sha256 (so doc_id) and the same text after cleaning;
            # the seeds are UTF-8, where b"\n" is a newline
            target = folder / f"{copy:05d}_{path.name}"
            target.write_bytes(data + b"\n" * copy)
            files.append(target)
            total += len(data) + copy
            if total >= size_mb * 1e6:
                break
    return files, total


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("*.txt"))


# ------------------------------------------------------------------ workers (run in a fresh process)


def _peak_mb(who: int) -> float:
    # ru_maxrss is in KiB on Linux
    return resource.getrusage(who).ru_maxrss / 1024


def find_extract():
    """The library's per-document extract function, or None and why not."""
    try:
        import govreport.extract as extract
    except Exception as exc:  # the stage may be half-written
        return None, f"{NOT_AVAILABLE} (import failed: {type(exc).__name__}: {exc})"
    fn = getattr(extract, "extract_document", None)
    if fn is None:
        return None, f"{NOT_AVAILABLE} (govreport.extract has no extract_document)"
    # as `govreport extract` runs by default: jieba shortens long subject phrases (its dictionary is
    # loaded in the warm-up, as jieba's own line does not count its dictionary load either)
    from govreport.extract.batch import ExtractOptions, extract_one, prepare

    prepare(ExtractOptions())
    return (lambda doc: extract_one(doc).rows), None


def work_clean(folder: Path, with_extract: bool) -> dict:
    from govreport.clean import clean_bytes

    extract_document = None
    if with_extract:
        extract_document, why = find_extract()
        if extract_document is None:
            return {"error": why}
    files = sorted(folder.glob("*.txt"))
    # warm-up on one file: imports, OpenCC and jieba dictionaries load once per process, not per MB
    for doc in clean_bytes(files[0].read_bytes(), source=files[0].name):
        if extract_document is not None:
            extract_document(doc)
    docs = figures = total = 0
    seconds = 0.0
    # one file at a time and nothing kept, as a stream would: memory must not grow with the corpus
    for path in files:
        data = path.read_bytes()
        total += len(data)
        start = time.perf_counter()
        for doc in clean_bytes(data, source=path.name):
            docs += 1
            if extract_document is not None:
                figures += len(extract_document(doc))
        seconds += time.perf_counter() - start
    return {"seconds": seconds, "bytes": total, "docs": docs, "figures": figures if with_extract else None}


def work_jieba(folder: Path) -> dict:
    import jieba

    jieba.setLogLevel(60)  # quiet: the dictionary message is not part of the table
    start = time.perf_counter()
    jieba.initialize()
    load = time.perf_counter() - start
    tokens = total = 0
    seconds = 0.0
    for path in sorted(folder.glob("*.txt")):
        data = path.read_bytes()
        total += len(data)
        text = data.decode("utf-8", errors="replace")  # the seeds are UTF-8
        start = time.perf_counter()
        tokens += len(jieba.lcut(text))
        seconds += time.perf_counter() - start
    return {"seconds": seconds, "bytes": total, "tokens": tokens, "dictionary_load_s": load}


def govreport_command() -> list[str]:
    exe = Path(sys.executable).with_name("govreport")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "govreport"]


def cli_extract_available() -> str | None:
    """None when `govreport extract` exists and takes --jobs; else why not."""
    result = subprocess.run([*govreport_command(), "extract", "--help"], capture_output=True, text=True)
    if result.returncode != 0:
        first = (result.stderr.strip().splitlines() or ["?"])[-1]
        return f"{NOT_AVAILABLE} (govreport extract --help: {first[:120]})"
    if "--jobs" not in result.stdout:
        return f"{NOT_AVAILABLE} (govreport extract has no --jobs)"
    return None


def work_cli(folder: Path, jobs: int) -> dict:
    why = cli_extract_available()
    if why:
        return {"error": why}
    with tempfile.TemporaryDirectory(prefix="govreport-bench-out-") as tmp:
        out = Path(tmp) / "indicators.parquet"
        cmd = [*govreport_command(), "-q", "extract", str(folder), "-o", str(out), "--jobs", str(jobs)]
        start = time.perf_counter()
        result = subprocess.run(cmd, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if result.returncode not in (0, 1):
            return {"error": f"govreport extract exited {result.returncode}: "
                             f"{(result.stderr.strip().splitlines() or [''])[-1][:160]}"}
        figures = None
        if out.exists():
            import polars as pl

            figures = pl.read_parquet(out).height
    return {"seconds": seconds, "bytes": corpus_bytes(folder), "figures": figures, "exit_code": result.returncode}


def run_worker(task: str, folder: Path, jobs: int) -> dict:
    if task == "clean":
        out = work_clean(folder, with_extract=False)
    elif task == "clean+extract":
        out = work_clean(folder, with_extract=True)
    elif task == "jieba":
        out = work_jieba(folder)
    elif task == "cli":
        out = work_cli(folder, jobs)
    else:
        raise SystemExit(f"bench: unknown task {task}")
    out["peak_rss_mb"] = round(_peak_mb(resource.RUSAGE_SELF), 1)
    out["peak_rss_children_mb"] = round(_peak_mb(resource.RUSAGE_CHILDREN), 1)
    return out


def measure(task: str, folder: Path, jobs: int = 1) -> dict:
    """Run one measurement in a fresh interpreter and return its JSON."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", task, "--corpus", str(folder), "--jobs", str(jobs)]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["?"])[-1]
        return {"task": task, "error": f"worker failed: {last[:200]}"}
    data = json.loads(result.stdout.strip().splitlines()[-1])
    data["task"] = task
    if data.get("seconds"):
        data["mb_per_s"] = round(data["bytes"] / 1e6 / data["seconds"], 3)
    return data


# ------------------------------------------------------------------ start-up


STARTUP_PROBE = """
import json, sys
from govreport.cli import main
sys.argv = ["govreport", "--help"]
import io, contextlib
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main()
    except SystemExit:
        pass
print(json.dumps(sorted(m for m in %r if m in sys.modules)))
"""


def startup(repeats: int = 5) -> dict:
    cmd = [*govreport_command(), "--help"]
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    bare = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], capture_output=True, check=True)
        bare.append(time.perf_counter() - start)
    probe = subprocess.run([sys.executable, "-c", STARTUP_PROBE % (HEAVY,)], capture_output=True, text=True, cwd=REPO)
    heavy = json.loads(probe.stdout.strip().splitlines()[-1]) if probe.returncode == 0 else None
    return {"help_best_s": round(min(times), 4), "help_median_s": round(sorted(times)[len(times) // 2], 4),
            "python_bare_best_s": round(min(bare), 4), "heavy_imported_by_help": heavy,
            "ok": heavy == [] if heavy is not None else False}


# ------------------------------------------------------------------ report


def _fmt(value, digits: int = 2) -> str:
    if value is None:
        return "-"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def print_table(results: dict) -> None:
    lines: list[str] = []
    add = lines.append
    if "throughput" in results:
        size = results["corpus_mb"]
        add(f"Throughput on a {size:.1f} MB corpus ({results['files']} files; MB = 10^6 bytes of raw input)")
        add(f"  {'measurement':40} {'MB/s':>8} {'seconds':>9} {'docs':>6} {'figures':>8}  note")
        for row in results["throughput"]:
            note = row.get("error") or row.get("note", "")
            add(f"  {row['label']:40} {_fmt(row.get('mb_per_s')):>8} {_fmt(row.get('seconds')):>9} "
                f"{_fmt(row.get('docs')):>6} {_fmt(row.get('figures')):>8}  {note}")
        add("")
        add("Ratios")
        for name, value in results["ratios"].items():
            add(f"  {name:48} {value if isinstance(value, str) else f'{value:.2f}×'}")
        add("")
    if "memory" in results:
        add("Peak memory (ru_maxrss, MB) by corpus size: flat means it does not grow with the corpus")
        sizes = results["memory_sizes_mb"]
        add(f"  {'measurement':40} " + " ".join(f"{f'{s:.0f} MB':>12}" for s in sizes) + "  grows by")
        for label, row in results["memory"].items():
            cells = [row.get(str(s)) for s in sizes]
            growth = (f"{cells[-1] - cells[0]:+.1f} MB" if all(isinstance(c, (int, float)) for c in cells) else "")
            add(f"  {label:40} " + " ".join(f"{_fmt(c, 1):>12}" for c in cells) + f"  {growth}")
        add("")
    if "startup" in results:
        s = results["startup"]
        add("Start-up")
        add(f"  govreport --help (best of 5)            {s['help_best_s'] * 1000:8.0f} ms  (median {s['help_median_s'] * 1000:.0f} ms)")
        add(f"  python -c pass (best of 5)              {s['python_bare_best_s'] * 1000:8.0f} ms")
        heavy = s["heavy_imported_by_help"]
        add(f"  heavy modules imported by --help        {', '.join(heavy) if heavy else 'none'}"
            f"  ({'ok' if s['ok'] else 'NOT OK: keep ' + '/'.join(HEAVY) + ' inside functions'})")
    sys.stdout.write("\n".join(lines).rstrip() + "\n")


def run_benchmark(size_mb: float, jobs: list[int], with_startup: bool, keep: Path | None) -> dict:
    results: dict = {"python": sys.version.split()[0], "cpus": os.cpu_count(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    tmp = Path(tempfile.mkdtemp(prefix="govreport-bench-")) if keep is None else keep
    try:
        full, half = tmp / f"corpus-{size_mb:g}mb", tmp / f"corpus-{size_mb / 2:g}mb"
        files, total = build_corpus(full, size_mb)
        build_corpus(half, size_mb / 2)
        results.update(corpus_mb=total / 1e6, files=len(files))

        rows = []
        clean = measure("clean", full)
        clean["label"] = "clean (in process)"
        both = measure("clean+extract", full)
        both["label"] = "clean + extract (in process)"
        seg = measure("jieba", full)
        seg["label"] = "jieba.lcut (segmentation only)"
        if seg.get("dictionary_load_s") is not None:
            seg["note"] = f"dictionary load {seg['dictionary_load_s']:.2f} s not counted; {seg.get('tokens')} tokens"
        rows += [clean, both, seg]
        cli_rows = {}
        for n in jobs:
            row = measure("cli", full, n)
            row["label"] = f"govreport extract --jobs {n} (raw .txt)"
            if not row.get("error"):
                row["note"] = f"wall clock incl. start-up; peak children {row.get('peak_rss_children_mb')} MB"
            cli_rows[n] = row
            rows.append(row)
        results["throughput"] = rows

        ratios: dict = {}
        if both.get("mb_per_s") and seg.get("mb_per_s"):
            ratios["clean + extract vs jieba segmentation (MB/s)"] = both["mb_per_s"] / seg["mb_per_s"]
        else:
            ratios["clean + extract vs jieba segmentation (MB/s)"] = both.get("error") or "n/a"
        if clean.get("mb_per_s") and seg.get("mb_per_s"):
            ratios["clean alone vs jieba segmentation (MB/s)"] = clean["mb_per_s"] / seg["mb_per_s"]
        if len(jobs) >= 2:
            lo, hi = min(jobs), max(jobs)
            a, b = cli_rows[lo], cli_rows[hi]
            key = f"--jobs {hi} vs --jobs {lo} (MB/s)"
            ratios[key] = b["mb_per_s"] / a["mb_per_s"] if a.get("mb_per_s") and b.get("mb_per_s") else (b.get("error") or a.get("error") or "n/a")
        results["ratios"] = ratios

        # memory: the same measurements on half the corpus, each in its own process
        sizes = [corpus_bytes(half) / 1e6, total / 1e6]
        results["memory_sizes_mb"] = [round(s, 1) for s in sizes]
        memory: dict[str, dict] = {}
        small = {"clean (in process)": measure("clean", half), "clean + extract (in process)": measure("clean+extract", half)}
        big = {"clean (in process)": clean, "clean + extract (in process)": both}
        for n in jobs:
            small[f"govreport extract --jobs {n}"] = measure("cli", half, n)
            big[f"govreport extract --jobs {n}"] = cli_rows[n]
        for label in small:
            which = "peak_rss_children_mb" if label.startswith("govreport") else "peak_rss_mb"
            memory[label] = {str(round(s, 1)): (r.get(which) if not r.get("error") else None)
                             for s, r in zip(sizes, (small[label], big[label]))}
        results["memory"] = memory
        if len(jobs) >= 2:
            # the same runs on half the corpus give the cost of the second half alone: start-up, loading
            # jieba's dictionary and the final merge are paid once per run and cancel out
            lo, hi = min(jobs), max(jobs)
            marginal = {}
            for n in (lo, hi):
                full_run, half_run = cli_rows[n], small[f"govreport extract --jobs {n}"]
                if full_run.get("seconds") and half_run.get("seconds") and full_run["seconds"] > half_run["seconds"]:
                    marginal[n] = (full_run["bytes"] - half_run["bytes"]) / 1e6 / (full_run["seconds"] - half_run["seconds"])
            if len(marginal) == 2:
                ratios[f"--jobs {hi} vs --jobs {lo}, second half only (MB/s)"] = marginal[hi] / marginal[lo]
    finally:
        if keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    if with_startup:
        results["startup"] = startup()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=20.0, help="corpus size in MB (memory is also measured at half)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker counts for `govreport extract --jobs`")
    parser.add_argument("--startup", action="store_true", help="only time `govreport --help` and check its imports")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up part of a full run")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    parser.add_argument("--keep", type=Path, help="build the corpus in this folder and keep it")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        print(json.dumps(run_worker(args.worker, args.corpus, args.jobs[0])))
        return 0
    if args.startup:
        results = {"startup": startup()}
    else:
        results = run_benchmark(args.size_mb, sorted(set(args.jobs)), not args.no_startup, args.keep)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        print_table(results)
    return 0 if results.get("startup", {}).get("ok", True) else 1


if __name__ == "__main__":
    sys.exit(main())
