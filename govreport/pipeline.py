"""`govreport run`: clean -> extract -> compare -> report, each stage's table left in one folder.

    from govreport.pipeline import run_pipeline
    result = run_pipeline(["seeds"], "out")
    result.outputs["report"]   # out/report.xlsx

The stages are called through their library functions; nothing here knows how
a stage works inside. Bad input files are reported in `result.failures` and
skipped (or raised at once with `strict`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol, Sequence

from govreport.errors import UsageError

# File names in OUTDIR, one per table (docs/run.md lists them).
OUTPUT_NAMES = {
    "documents": "docs.parquet",
    "indicators": "indicators.parquet",
    "attainment": "attainment.parquet",
    "regions": "regions.parquet",
    "series": "series.parquet",
    "conflicts": "conflicts.parquet",
    "report": "report.xlsx",
}


class Progress(Protocol):
    """What the pipeline tells a progress display: a stage starts (with its size) and advances."""

    def start(self, stage: str, total: int | None) -> None: ...

    def advance(self, stage: str, n: int = 1) -> None: ...


class _NoProgress:
    def start(self, stage: str, total: int | None) -> None:
        pass

    def advance(self, stage: str, n: int = 1) -> None:
        pass


@dataclass
class RunResult:
    outdir: Path
    outputs: dict[str, Path] = field(default_factory=dict)
    documents: int = 0
    figures: int = 0
    targets: int = 0
    actuals: int = 0
    status_counts: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)  # one line per input that failed
    seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        s = self.status_counts
        parts = [f"{self.documents} document(s)", f"{self.figures} figure(s) ({self.targets} target(s), {self.actuals} actual(s))"]
        if any(s.values()):
            parts.append("targets: " + ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in s.items() if n))
        if self.failures:
            parts.append(f"{len(self.failures)} input(s) failed")
        total = sum(self.seconds.values())
        return "run: " + "; ".join(parts) + f" — {self.outdir}/ in {total:.1f} s"


def default_inputs() -> list[str]:
    """The embedded seeds: the repo's top-level seeds/ beside the package, else ./seeds."""
    import govreport

    for folder in (Path(govreport.__file__).resolve().parents[1] / "seeds", Path.cwd() / "seeds"):
        if folder.is_dir():
            return [str(folder)]
    raise UsageError("no inputs given and no seeds/ folder found beside the package or here",
                     hint="give files or folders: govreport run DOCS... -o OUTDIR")


def run_pipeline(
    inputs: Sequence[str | Path] | None,
    outdir: str | Path,
    *,
    jobs: int = 1,
    lang: str = "zh",
    strict: bool = False,
    tolerance: float | None = None,
    command: str = "",
    progress: Progress | None = None,
) -> RunResult:
    """Run every stage on `inputs` (default: the seeds) and write each table into `outdir`.

    Stage to stage the tables go through their files, never whole in memory: documents are written in
    batches as they are cleaned and read back a slice at a time by extract, figures are written as they are
    extracted, compare reads the figures a few governments at a time (govreport.compare.stream) and the
    workbook is fed from the tables in batches (govreport.report). No table is ever held as Python rows.
    """
    import polars as pl

    from govreport.clean import CleanFailure, clean_paths
    from govreport.compare.stream import write_tables
    from govreport.io import BatchWriter, check_not_inputs, expand_inputs
    from govreport.report import build_workbook
    from govreport.schema import DOCUMENTS, INDICATORS, STATUSES, require_columns

    progress = progress or _NoProgress()
    paths = expand_inputs(list(inputs) if inputs else default_inputs())
    if not paths:
        raise UsageError("no input files found (.txt, .html, .pdf, .docx)")
    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise UsageError("the output must be a folder", path=str(out))
    check_not_inputs([out / name for name in OUTPUT_NAMES.values()], paths, None)
    out.mkdir(parents=True, exist_ok=True)
    result = RunResult(out)
    path_of = {kind: out / name for kind, name in OUTPUT_NAMES.items()}

    # clean
    t0 = time.perf_counter()
    progress.start("clean", len(paths))
    last_source = None
    with BatchWriter(str(path_of["documents"]), DOCUMENTS, batch_rows=DOCUMENT_BATCH) as documents:
        for item in clean_paths(paths, strict=strict):
            if isinstance(item, CleanFailure):
                result.failures.append(item.one_line())
                progress.advance("clean")
                continue
            if item["source"] != last_source:
                progress.advance("clean")
                last_source = item["source"]
            documents.write([item])
    result.documents = documents.count
    result.outputs["documents"] = path_of["documents"]
    result.seconds["clean"] = time.perf_counter() - t0

    # extract
    release_memory()  # here and before each stage: what the last one freed
    t0 = time.perf_counter()
    progress.start("extract", result.documents)
    with BatchWriter(str(path_of["indicators"]), INDICATORS) as indicators:
        _extract(path_of["documents"], indicators, jobs=jobs, strict=strict, result=result,
                 advance=lambda n=1: progress.advance("extract", n))
    result.outputs["indicators"] = path_of["indicators"]
    figures = pl.scan_parquet(path_of["indicators"])
    require_columns(figures.collect_schema().names(), INDICATORS, table="indicators")
    kinds = dict(figures.group_by("kind").len().collect().iter_rows())
    result.figures = sum(kinds.values())
    result.targets, result.actuals = kinds.get("target", 0), kinds.get("actual", 0)
    result.seconds["extract"] = time.perf_counter() - t0

    # compare
    release_memory()
    t0 = time.perf_counter()
    progress.start("compare", 4)
    compared = ("attainment", "regions", "series", "conflicts")
    write_tables(path_of["indicators"], {name: path_of[name] for name in compared}, tolerance=tolerance,
                 advance=lambda: progress.advance("compare"))
    result.outputs.update({name: path_of[name] for name in compared})
    statuses = dict(pl.scan_parquet(path_of["attainment"]).group_by("status").len().collect().iter_rows())
    result.status_counts = {s: int(statuses.get(s, 0)) for s in STATUSES}
    result.seconds["compare"] = time.perf_counter() - t0

    # report
    release_memory()
    t0 = time.perf_counter()
    progress.start("report", 1)
    report_path = path_of["report"]
    tables = {kind: _read_for_report(path_of[kind], kind) for kind in ("documents", "indicators", *compared)}
    build_workbook(tables, report_path, lang=lang, command=command)
    result.outputs["report"] = report_path
    progress.advance("report")
    result.seconds["report"] = time.perf_counter() - t0
    return result


def release_memory() -> None:
    """Hand back to the system what a finished stage freed: glibc keeps freed memory for reuse, but the next
    stage allocates most of its memory in polars' own allocator, which cannot reuse it."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to hand back this way
        pass


# Documents held before a batch is written: a document row carries its whole text (a work report is
# 30-100 kB), so fewer than the 5,000 rows of a figures batch.
DOCUMENT_BATCH = 500


def _read_for_report(path: Path, kind: str):
    """A table as the workbook reads it, when it writes its sheet: the documents without their text."""
    import polars as pl

    lazy = pl.scan_parquet(path)
    if kind == "documents":
        lazy = lazy.drop("text", strict=False)
    return lazy


def _extract(documents: Path, writer, *, jobs: int, strict: bool, result: RunResult, advance: Callable[..., None]) -> None:
    """Extract the documents table at `documents`, a slice at a time, into `writer` in `jobs` processes.

    A document that fails is reported and skipped, or raised with `strict`.
    """
    import govreport.extract as extract
    from govreport.errors import InputError
    from govreport.extract.inputs import iter_documents

    for outcome in extract.extract_outcomes(iter_documents([str(documents)], strict=True), jobs=jobs, as_columns=True):
        advance()
        if outcome.error is not None:
            if strict:
                raise InputError(outcome.error, path=outcome.label)
            result.failures.append(f"{outcome.label}: {outcome.error}")
            continue
        writer.write(outcome.figures())
