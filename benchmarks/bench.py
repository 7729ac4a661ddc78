#!/usr/bin/env python3
"""Throughput, memory and start-up of govreport, with jieba measured in the same run.

    python benchmarks/bench.py                     # 20 MB corpus, 3 rounds, --jobs 1 and 2, memory at 10 and 20 MB, start-up
    python benchmarks/bench.py --size-mb 5 --repeat 5 --jobs 1 2 --json
    python benchmarks/bench.py --startup           # only `govreport --help` timing and its imports

The corpus is the seeds (benchmarks/../seeds) copied until it holds at least
--size-mb of raw bytes. Each copy gets its own file name and its own bytes
(k trailing newlines for copy k), so every copy has its own doc_id.

Every measurement runs in a fresh Python process, so its peak memory
(ru_maxrss of the process, and of its children for the CLI runs) belongs to
that measurement alone; comparing two corpus sizes shows whether memory grows
with the corpus. MB means 10^6 bytes of raw input throughout.

Speed on a small shared machine drifts by 10-30 % within a minute, more than
the effects the ratios are meant to show. So the throughputs that feed a ratio
(clean, jieba, clean + extract, and `govreport extract --jobs N` on the full
and on the half corpus) are measured in --repeat rounds (default 3). Within a
round every task runs once, back to back, each in a fresh process; the order
is reversed every other round so drift favours neither side of a ratio. Each
line reports the median MB/s over the rounds and the slowest and fastest
round. Each ratio reports the ratio of the two medians (the headline) and the
ratio within each round (its two sides measured close in time), with their
median and range. --json keeps every round's raw figures.

Not a test: numbers depend on the machine. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
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

    def figures(doc):
        # as the CLI takes them: one list per column, built where the document is extracted
        outcome = extract_one(doc, as_columns=True)
        return outcome.columns["doc_id"] if outcome.columns is not None else outcome.rows

    return figures, None


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
    seconds = cpu = 0.0
    # one file at a time and nothing kept, as a stream would: memory must not grow with the corpus
    for path in files:
        data = path.read_bytes()
        total += len(data)
        start, start_cpu = time.perf_counter(), time.process_time()
        for doc in clean_bytes(data, source=path.name):
            docs += 1
            if extract_document is not None:
                figures += len(extract_document(doc))
        seconds += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "bytes": total, "docs": docs,
            "figures": figures if with_extract else None}


def work_jieba(folder: Path) -> dict:
    import jieba

    jieba.setLogLevel(60)  # quiet: the dictionary message is not part of the table
    start = time.perf_counter()
    jieba.initialize()
    load = time.perf_counter() - start
    tokens = total = 0
    seconds = cpu = 0.0
    for path in sorted(folder.glob("*.txt")):
        data = path.read_bytes()
        total += len(data)
        text = data.decode("utf-8", errors="replace")  # the seeds are UTF-8
        start, start_cpu = time.perf_counter(), time.process_time()
        tokens += len(jieba.lcut(text))
        seconds += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "bytes": total, "tokens": tokens, "dictionary_load_s": load}


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
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run(cmd, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        # govreport and its --jobs workers: forked and waited for by govreport, so counted here (a pool
        # started by a forkserver, Python 3.14's default, would not be: cpu/wall would read too low)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        if result.returncode not in (0, 1):
            return {"error": f"govreport extract exited {result.returncode}: "
                             f"{(result.stderr.strip().splitlines() or [''])[-1][:160]}"}
        figures = None
        if out.exists():
            import polars as pl

            figures = pl.read_parquet(out).height
    return {"seconds": seconds, "cpu_seconds": cpu, "bytes": corpus_bytes(folder), "figures": figures,
            "exit_code": result.returncode}


def work_cli_split(folder: Path, parts: int) -> dict:
    """`parts` processes of `govreport extract --jobs 1` at once, each on every parts-th file: the corpus
    split over the cores by hand.

    Each process pays its own start-up, and none waits for another, so this is as much as the cores of
    this machine give this work at this moment, against which `--jobs N` is judged: two busy cores of a
    virtual machine are not always twice one (one busy core may run faster than two).
    """
    why = cli_extract_available()
    if why:
        return {"error": why}
    files = sorted(folder.glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="govreport-bench-out-") as tmp:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        running = [subprocess.Popen([*govreport_command(), "-q", "extract", *map(str, files[k::parts]),
                                     "-o", str(Path(tmp) / f"part{k}.parquet"), "--jobs", "1"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                   for k in range(parts)]
        errors = [(p.communicate()[1], p.returncode) for p in running]
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        for stderr, code in errors:
            if code not in (0, 1):
                return {"error": f"govreport extract exited {code}: {(stderr.strip().splitlines() or [''])[-1][:160]}"}
        import polars as pl

        figures = sum(pl.read_parquet(p).height for p in Path(tmp).glob("part*.parquet"))
    return {"seconds": seconds, "cpu_seconds": cpu, "bytes": corpus_bytes(folder), "figures": figures}


def _pure_python_work(n: int = 3_000_000) -> int:
    """A fixed piece of pure-Python work (a dict updated in a loop): no I/O, no library, no memory to speak of."""
    counts: dict[int, int] = {}
    for i in range(n):
        k = i % 1000
        counts[k] = counts.get(k, 0) + i
    return len(counts)


def work_cores(parts: int) -> dict:
    """The machine's own gain from `parts` cores: `parts` pieces of pure-Python work one after the other in
    one process, then one piece in each of `parts` processes at once, back to back.

    The ceiling for `--jobs N` and for the split by hand: a virtual machine's cores are not always N times
    one (here two busy cores often ran at 1.4-2.0 times one). Reported as its own ratio, not as MB/s.
    """
    import multiprocessing

    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() \
        else multiprocessing.get_context()
    _pure_python_work(100_000)  # warm-up
    start = time.perf_counter()
    for _ in range(parts):
        _pure_python_work()
    serial = time.perf_counter() - start
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    running = [context.Process(target=_pure_python_work) for _ in range(parts)]
    for process in running:
        process.start()
    for process in running:
        process.join()
    parallel = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": parallel, "serial_seconds": serial, "ratio": serial / parallel, "bytes": 0,
            "cpu_seconds": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)}


def work_interleaved(folder: Path) -> dict:
    """clean + extract and jieba.lcut on each file in turn, in one process, which goes first alternating.

    Two processes run one after the other see the machine at different moments, and its speed drifts
    by 10-30 % over a minute here; file by file, both sides see the same moments, so their ratio holds
    however the machine drifts. Both dictionaries stay loaded and share the caches, which costs each
    side a little; this process's peak memory is not a figure of either.
    """
    from govreport.clean import clean_bytes

    extract_document, why = find_extract()
    if extract_document is None:
        return {"error": why}
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    files = sorted(folder.glob("*.txt"))

    def ours(data: bytes, name: str) -> int:
        return sum(len(extract_document(doc)) for doc in clean_bytes(data, source=name))

    def theirs(data: bytes, name: str) -> int:
        return len(jieba.lcut(data.decode("utf-8", errors="replace")))  # as work_jieba reads the seeds

    ours(files[0].read_bytes(), files[0].name)  # warm-up, as in the separate measurements
    theirs(files[0].read_bytes(), files[0].name)
    seconds = {ours: 0.0, theirs: 0.0}
    cpu = 0.0
    total = figures = 0
    for k, path in enumerate(files):
        data = path.read_bytes()
        total += len(data)
        for side in ((ours, theirs) if k % 2 == 0 else (theirs, ours)):
            start, start_cpu = time.perf_counter(), time.process_time()
            found = side(data, path.name)
            seconds[side] += time.perf_counter() - start
            cpu += time.process_time() - start_cpu
            if side is ours:
                figures += found
    both = seconds[ours] + seconds[theirs]
    return {"seconds": seconds[ours], "jieba_seconds": seconds[theirs], "cpu_seconds": cpu * seconds[ours] / both,
            "bytes": total, "figures": figures, "jieba_mb_per_s": round(total / 1e6 / seconds[theirs], 3),
            "ratio": seconds[theirs] / seconds[ours]}


def run_worker(task: str, folder: Path, jobs: int) -> dict:
    if task == "interleaved":
        out = work_interleaved(folder)
    elif task == "clean":
        out = work_clean(folder, with_extract=False)
    elif task == "clean+extract":
        out = work_clean(folder, with_extract=True)
    elif task == "jieba":
        out = work_jieba(folder)
    elif task == "cli":
        out = work_cli(folder, jobs)
    elif task == "cli-split":
        out = work_cli_split(folder, jobs)
    elif task == "cores":
        out = work_cores(jobs)
    else:
        raise SystemExit(f"bench: unknown task {task}")
    out["peak_rss_mb"] = round(_peak_mb(resource.RUSAGE_SELF), 1)
    out["peak_rss_children_mb"] = round(_peak_mb(resource.RUSAGE_CHILDREN), 1)
    return out


def measure(task: str, folder: Path, jobs: int = 1) -> dict:
    """Run one measurement in a fresh interpreter and return its JSON."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", task, "--corpus", str(folder), "--jobs", str(jobs)]
    load = os.getloadavg()[0]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["?"])[-1]
        return {"task": task, "error": f"worker failed: {last[:200]}"}
    data = json.loads(result.stdout.strip().splitlines()[-1])
    data["task"] = task
    data["load_1min_before"] = load
    if data.get("seconds"):
        data["mb_per_s"] = round(data["bytes"] / 1e6 / data["seconds"], 3)
        # CPU seconds per wall second: below 1 for one process (or well below --jobs N) means it waited
        # for a core that something else on the machine was using
        data["cpu_per_wall"] = round(data["cpu_seconds"] / data["seconds"], 2)
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


# ------------------------------------------------------------------ statistics
# Speed on this 2-core machine drifts by 10-30 % over a minute, more than the effects we measure, so
# every throughput that feeds a ratio is measured in several rounds and summarised by its median.


def spread(values: list[float | None]) -> dict | None:
    """Median, min and max of the values that are not None (None if there are none)."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    return {"median": statistics.median(present), "min": min(present), "max": max(present), "n": len(present)}


def ratio_of_medians(numerator: list[float | None], denominator: list[float | None]) -> float | None:
    """median(numerator) / median(denominator), each over its present values."""
    top, bottom = spread(numerator), spread(denominator)
    if top is None or bottom is None or not bottom["median"]:
        return None
    return top["median"] / bottom["median"]


def per_round_ratios(numerator: list[float | None], denominator: list[float | None]) -> list[float | None]:
    """numerator[r] / denominator[r] for each round r: the two were measured back to back."""
    return [a / b if a is not None and b else None for a, b in zip(numerator, denominator, strict=True)]


def ratio_entry(headline: float | None, per_round: list[float | None]) -> dict:
    """A ratio as reported: the headline, each round's own ratio, and their median and range (None where missing)."""
    rounds = spread(per_round)
    return {"of_medians": headline, "per_round": per_round,
            "per_round_median": rounds["median"] if rounds else None,
            "per_round_min": rounds["min"] if rounds else None,
            "per_round_max": rounds["max"] if rounds else None}


def marginal_rate(extra_mb: float, full_seconds: float | None, half_seconds: float | None) -> float | None:
    """MB/s of the second half of the corpus alone: the extra bytes over the extra seconds of the full run."""
    if full_seconds is None or half_seconds is None or full_seconds <= half_seconds:
        return None
    return extra_mb / (full_seconds - half_seconds)


def round_orders(keys: list[str], rounds: int) -> list[list[str]]:
    """The task order of each round: as given, reversed every other round, so drift favours no side."""
    return [list(keys) if r % 2 == 0 else list(reversed(keys)) for r in range(rounds)]


# ------------------------------------------------------------------ report


def _fmt(value, digits: int = 2) -> str:
    if value is None:
        return "-"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def _range(summary: dict | None, digits: int = 2, suffix: str = "") -> str:
    if summary is None:
        return "-"
    return f"{summary['min']:.{digits}f}–{summary['max']:.{digits}f}{suffix}"


def print_table(results: dict) -> None:
    lines: list[str] = []
    add = lines.append
    if "throughput" in results:
        size = results["corpus_mb"]
        n = results["repeat"]
        add(f"Throughput on a {size:.1f} MB corpus ({results['files']} files; MB = 10^6 bytes of raw input), "
            f"{n} round{'s' if n != 1 else ''}, each task in a fresh process, order reversed every other round")
        add(f"  {'measurement':44} {'MB/s':>7} {'min–max':>13} {'seconds':>8} {'docs':>6} {'figures':>8} "
            f"{'cpu/wall':>9}  {'MB/s by round':24} note")
        for row in results["throughput"]:
            mbs = row.get("mb_per_s")
            secs = row.get("seconds")
            by_round = " ".join(_fmt(r.get("mb_per_s")) for r in row["rounds"])
            note = row.get("error") or row.get("note", "")
            add(f"  {row['label']:44} {_fmt(mbs and mbs['median']):>7} {_range(mbs):>13} "
                f"{_fmt(secs and secs['median']):>8} {_fmt(row.get('docs')):>6} {_fmt(row.get('figures')):>8} "
                f"{_range(row.get('cpu_per_wall')):>9}  {by_round:24} {note}".rstrip())
        add("  (MB/s and seconds: median over the rounds; min–max: the slowest and fastest round; cpu/wall: CPU")
        add("   seconds per wall-clock second, lowest–highest round: under ~0.95 in process, or far under N for")
        add("   --jobs N, means something else was using the cores and the figures are not to be trusted)")
        loads = spread([r.get("load_1min_before") for row in results["throughput"] for r in row["rounds"]])
        if loads:
            add(f"  1-minute load average before each measurement: {loads['min']:.2f}–{loads['max']:.2f} "
                f"on {results['cpus']} cores")
        add("")
        add("Ratios: headline = ratio of the medians above; per round = the pair measured back to back in one round")
        add(f"  {'ratio':52} {'headline':>8}   {'per-round median':>16} {'min–max':>13}  by round")
        for name, value in results["ratios"].items():
            if not isinstance(value, dict):
                add(f"  {name:52} {value}")
                continue
            by_round = " ".join(_fmt(v) for v in value["per_round"])
            rng = ("-" if value["per_round_min"] is None
                   else f"{value['per_round_min']:.2f}–{value['per_round_max']:.2f}×")
            head = "-" if value["of_medians"] is None else f"{value['of_medians']:.2f}×"
            mid = "-" if value["per_round_median"] is None else f"{value['per_round_median']:.2f}×"
            add(f"  {name:52} {head:>8}   {mid:>16} {rng:>13}  {by_round}")
        add("")
    if "memory" in results:
        add("Peak memory (ru_maxrss, MB) by corpus size: flat means it does not grow with the corpus "
            "(one run each: the CLI and the full corpus from round 1)")
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


# ------------------------------------------------------------------ driver


def _progress(message: str) -> None:
    # a full run takes minutes; say where it is, but only to a person watching (stdout carries the results)
    if sys.stderr.isatty():
        print(f"bench: {message}", file=sys.stderr, flush=True)


def _summarise(label: str, task: str, jobs: int | None, corpus: str, rounds: list[dict]) -> dict:
    """One throughput line: medians over the rounds, the first good round's counts, every round kept raw."""
    good = [r for r in rounds if not r.get("error")]
    row: dict = {"label": label, "task": task, "jobs": jobs, "corpus": corpus,
                 "mb_per_s": spread([r.get("mb_per_s") for r in rounds]),
                 "seconds": spread([r.get("seconds") for r in good]),
                 "cpu_per_wall": spread([r.get("cpu_per_wall") for r in good]),
                 "rounds": rounds}
    if not good:
        row["error"] = rounds[0].get("error", "no result") if rounds else "not run"
        return row
    first = good[0]
    row["bytes"] = first["bytes"]
    for count in ("docs", "figures", "tokens"):
        row[count] = first.get(count)
        if len({r.get(count) for r in good}) > 1:
            row["note"] = f"{count} differ between rounds: {[r.get(count) for r in good]}"
    if len(good) < len(rounds):
        failed = next(r for r in rounds if r.get("error"))
        row["note"] = f"{len(rounds) - len(good)} round(s) failed: {failed['error']}"
    return row


def run_benchmark(size_mb: float, jobs: list[int], repeat: int, with_startup: bool, keep: Path | None) -> dict:
    results: dict = {"python": sys.version.split()[0], "cpus": os.cpu_count(),
                     "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "repeat": repeat}
    tmp = Path(tempfile.mkdtemp(prefix="govreport-bench-")) if keep is None else keep
    try:
        full, half = tmp / f"corpus-{size_mb:g}mb", tmp / f"corpus-{size_mb / 2:g}mb"
        files, total = build_corpus(full, size_mb)
        build_corpus(half, size_mb / 2)
        half_total = corpus_bytes(half)
        results.update(corpus_mb=total / 1e6, files=len(files))

        # the tasks of one round, in the order they run in odd rounds; the two sides of each ratio sit
        # next to each other (jieba between our two in-process lines), so a round's pair is close in time
        tasks: dict[str, tuple[str, Path, int]] = {"clean": ("clean", full, 1), "jieba": ("jieba", full, 1),
                                                   "clean+extract": ("clean+extract", full, 1),
                                                   "interleaved": ("interleaved", full, 1)}
        for n in jobs:
            tasks[f"cli {n}"] = ("cli", full, n)
        most = max(jobs)
        if most >= 2:  # what the cores give, next to --jobs N: the corpus split over N processes by hand
            tasks["cli split"] = ("cli-split", full, most)
            tasks["cores"] = ("cores", full, most)  # and what they give pure-Python work at the same moment
        for n in jobs:
            # the half corpus too, every round: the second-half-only ratio needs its runs as much as the full ones
            tasks[f"cli {n} half"] = ("cli", half, n)
        orders = round_orders(list(tasks), repeat)
        results["round_orders"] = orders
        raw: dict[str, list[dict]] = {key: [] for key in tasks}
        for r, order in enumerate(orders, start=1):
            for position, key in enumerate(order, start=1):
                task, folder, n = tasks[key]
                _progress(f"round {r}/{repeat}: {key}")
                row = measure(task, folder, n)
                row.update(round=r, position=position)
                raw[key].append(row)

        half_mb = half_total / 1e6
        labels = {"clean": "clean (in process)", "clean+extract": "clean + extract (in process)",
                  "jieba": "jieba.lcut (segmentation only)",
                  "interleaved": "clean + extract, jieba file by file"}
        rows = {key: _summarise(labels[key], key, None, "full", raw[key]) for key in labels}
        if not rows["interleaved"].get("error"):
            jieba_side = spread([r.get("jieba_mb_per_s") for r in raw["interleaved"] if not r.get("error")])
            rows["interleaved"]["note"] = rows["interleaved"].get("note") or (
                f"one process, both sides on each file in turn; jieba there {jieba_side['median']:.2f} MB/s")
        seg = rows["jieba"]
        if not seg.get("error"):
            load = spread([r.get("dictionary_load_s") for r in raw["jieba"]])
            seg["note"] = seg.get("note") or (f"dictionary load {load['median']:.2f} s not counted; "
                                              f"{seg.get('tokens')} tokens")
        for n in jobs:
            for key, corpus, label in ((f"cli {n}", "full", f"govreport extract --jobs {n} (raw .txt)"),
                                       (f"cli {n} half", "half", f"govreport extract --jobs {n}, half ({half_mb:.1f} MB)")):
                row = _summarise(label, "cli", n, corpus, raw[key])
                if not row.get("error") and not row.get("note"):
                    peaks = spread([r.get("peak_rss_children_mb") for r in raw[key]])
                    row["note"] = f"wall clock incl. start-up; peak children {peaks['max']} MB"
                rows[key] = row
        if "cli split" in tasks:
            row = _summarise(f"{most} × extract --jobs 1 at once, 1/{most} each", "cli-split", most,
                             "full", raw["cli split"])
            if not row.get("error") and not row.get("note"):
                row["note"] = "the corpus split over the cores by hand: the most they give this work"
            rows["cli split"] = row
        order = ["clean", "clean+extract", "jieba", "interleaved", *(f"cli {n}" for n in jobs), "cli split",
                 *(f"cli {n} half" for n in jobs)]
        results["throughput"] = [rows[key] for key in order if key in rows]

        def mbs(key: str) -> list[float | None]:
            return [r.get("mb_per_s") for r in raw[key]]

        def secs(key: str) -> list[float | None]:
            return [r.get("seconds") if not r.get("error") else None for r in raw[key]]

        def pair(top: str, bottom: str):
            entry = ratio_entry(ratio_of_medians(mbs(top), mbs(bottom)), per_round_ratios(mbs(top), mbs(bottom)))
            if entry["of_medians"] is None:
                return rows[top].get("error") or rows[bottom].get("error") or "n/a"
            return entry

        ratios: dict = {"clean + extract vs jieba segmentation (MB/s)": pair("clean+extract", "jieba"),
                        "clean alone vs jieba segmentation (MB/s)": pair("clean", "jieba")}
        # the same ratio measured file by file in one process (work_interleaved): each round gives its own
        interleaved = [r.get("ratio") if not r.get("error") else None for r in raw["interleaved"]]
        if any(x is not None for x in interleaved):
            entry = ratio_entry(spread(interleaved)["median"], interleaved)
            ratios["clean + extract vs jieba, file by file in one process"] = entry
        if len(jobs) >= 2:
            lo, hi = min(jobs), max(jobs)
            ratios[f"--jobs {hi} vs --jobs {lo} (MB/s)"] = pair(f"cli {hi}", f"cli {lo}")
            # the full run minus the half run is the second half alone: start-up, loading jieba's dictionary
            # and the final merge are paid once per run and cancel out. Headline from the median seconds.
            extra_mb = (total - half_total) / 1e6
            headline = {n: marginal_rate(extra_mb, (spread(secs(f"cli {n}")) or {}).get("median"),
                                         (spread(secs(f"cli {n} half")) or {}).get("median")) for n in (lo, hi)}
            by_round = {n: [marginal_rate(extra_mb, f, h) for f, h in zip(secs(f"cli {n}"), secs(f"cli {n} half"))]
                        for n in (lo, hi)}
            # kept whole even when a pair of runs is unusable (the full run no slower than the half one:
            # noise on a small corpus), so that the JSON shows why a figure is missing
            entry = ratio_entry(headline[hi] / headline[lo] if headline[hi] and headline[lo] else None,
                                per_round_ratios(by_round[hi], by_round[lo]))
            entry["second_half_mb"] = extra_mb
            entry["second_half_mb_per_s"] = {str(n): {"from_median_seconds": headline[n], "per_round": by_round[n]}
                                             for n in (lo, hi)}
            ratios[f"--jobs {hi} vs --jobs {lo}, second half only (MB/s)"] = entry
        if "cli split" in tasks and min(jobs) == 1:
            # the cores' own gain on this work, and how much of it --jobs N takes (1.00: all of it)
            ratios[f"{most} processes by hand vs --jobs 1 (MB/s)"] = pair("cli split", "cli 1")
            ratios[f"--jobs {most} vs {most} processes by hand (MB/s)"] = pair(f"cli {most}", "cli split")
        if "cores" in tasks:
            cores = [r.get("ratio") if not r.get("error") else None for r in raw["cores"]]
            if any(x is not None for x in cores):
                ratios[f"the cores: pure-Python work, {most} processes vs 1"] = ratio_entry(
                    spread(cores)["median"], cores)
        results["ratios"] = ratios

        # memory: clean and clean + extract once more on half the corpus, each in its own process; the
        # CLI's half-corpus runs and every full-corpus figure come from round 1
        _progress("memory: half corpus")
        sizes = [half_total / 1e6, total / 1e6]
        results["memory_sizes_mb"] = [round(s, 1) for s in sizes]
        small = {labels["clean"]: measure("clean", half), labels["clean+extract"]: measure("clean+extract", half)}
        big = {labels["clean"]: raw["clean"][0], labels["clean+extract"]: raw["clean+extract"][0]}
        for n in jobs:
            small[f"govreport extract --jobs {n}"] = raw[f"cli {n} half"][0]
            big[f"govreport extract --jobs {n}"] = raw[f"cli {n}"][0]
        results["memory_half_corpus_runs"] = {k: small[k] for k in (labels["clean"], labels["clean+extract"])}
        memory: dict[str, dict] = {}
        for label in small:
            which = "peak_rss_children_mb" if label.startswith("govreport") else "peak_rss_mb"
            memory[label] = {str(round(s, 1)): (r.get(which) if not r.get("error") else None)
                             for s, r in zip(sizes, (small[label], big[label]))}
        results["memory"] = memory
    finally:
        if keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    if with_startup:
        _progress("start-up")
        results["startup"] = startup()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=20.0, help="corpus size in MB (memory is also measured at half)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker counts for `govreport extract --jobs`")
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of the throughput measurements; medians are reported (default 3)")
    parser.add_argument("--startup", action="store_true", help="only time `govreport --help` and check its imports")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up part of a full run")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    parser.add_argument("--keep", type=Path, help="build the corpus in this folder and keep it")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.worker:
        print(json.dumps(run_worker(args.worker, args.corpus, args.jobs[0])))
        return 0
    if args.startup:
        results = {"startup": startup()}
    else:
        results = run_benchmark(args.size_mb, sorted(set(args.jobs)), args.repeat, not args.no_startup, args.keep)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        print_table(results)
    return 0 if results.get("startup", {}).get("ok", True) else 1


if __name__ == "__main__":
    sys.exit(main())
