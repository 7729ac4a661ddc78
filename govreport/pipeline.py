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
from typing import Any, Callable, Protocol, Sequence

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
        if s:
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
    """Run every stage on `inputs` (default: the seeds) and write each table into `outdir`."""
    from govreport.clean import CleanFailure, clean_paths
    from govreport.io import expand_inputs, frame_from_rows
    from govreport.report import build_workbook
    from govreport.schema import DOCUMENTS, require_columns

    progress = progress or _NoProgress()
    paths = expand_inputs(list(inputs) if inputs else default_inputs())
    if not paths:
        raise UsageError("no input files found (.txt, .html, .pdf, .docx)")
    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise UsageError("the output must be a folder", path=str(out))
    from govreport.io import check_not_inputs

    check_not_inputs([out / name for name in OUTPUT_NAMES.values()], paths, None)
    out.mkdir(parents=True, exist_ok=True)
    result = RunResult(out)

    # clean
    t0 = time.perf_counter()
    progress.start("clean", len(paths))
    rows: list[dict] = []
    last_source = None
    for item in clean_paths(paths, strict=strict):
        if isinstance(item, CleanFailure):
            result.failures.append(item.one_line())
            progress.advance("clean")
            continue
        if item["source"] != last_source:
            progress.advance("clean")
            last_source = item["source"]
        rows.append(item)
    documents = frame_from_rows(rows, DOCUMENTS)
    del rows
    result.documents = documents.height
    _write(documents, out, "documents", result)
    result.seconds["clean"] = time.perf_counter() - t0

    # extract
    t0 = time.perf_counter()
    progress.start("extract", documents.height)
    indicators = _extract(documents, jobs=jobs, strict=strict, result=result,
                          advance=lambda n=1: progress.advance("extract", n))
    from govreport.schema import INDICATORS

    require_columns(indicators.columns, INDICATORS, table="indicators")
    result.figures = indicators.height
    if "kind" in indicators.columns:
        result.targets = indicators.filter(indicators["kind"] == "target").height
        result.actuals = indicators.filter(indicators["kind"] == "actual").height
    _write(indicators, out, "indicators", result)
    result.seconds["extract"] = time.perf_counter() - t0

    # compare
    t0 = time.perf_counter()
    import govreport.compare as compare

    progress.start("compare", 4)
    tables: dict[str, Any] = {"documents": documents, "indicators": indicators}
    steps: list[tuple[str, Callable[[], Any]]] = [
        ("attainment", lambda: compare.attainment(indicators) if tolerance is None
         else compare.attainment(indicators, tolerance=tolerance)),
        ("regions", lambda: compare.across_regions(indicators)),
        ("series", lambda: compare.series(indicators)),
        ("conflicts", lambda: compare.conflicts(indicators)),
    ]
    for name, step in steps:
        tables[name] = step()
        _write(tables[name], out, name, result)
        progress.advance("compare")
    attainment = tables["attainment"]
    if "status" in attainment.columns:
        counts = attainment.get_column("status").value_counts()
        by_status = dict(zip(counts.get_column("status").to_list(), counts.get_column("count").to_list()))
        from govreport.schema import STATUSES

        result.status_counts = {s: int(by_status.get(s, 0)) for s in STATUSES}
    result.seconds["compare"] = time.perf_counter() - t0

    # report
    t0 = time.perf_counter()
    progress.start("report", 1)
    report_path = out / OUTPUT_NAMES["report"]
    build_workbook(tables, report_path, lang=lang, command=command)
    result.outputs["report"] = report_path
    progress.advance("report")
    result.seconds["report"] = time.perf_counter() - t0
    return result


def _write(frame, out: Path, kind: str, result: RunResult) -> None:
    from govreport.io import write_table

    path = out / OUTPUT_NAMES[kind]
    write_table(frame, str(path))
    result.outputs[kind] = path


def _extract(documents, *, jobs: int, strict: bool, result: RunResult, advance: Callable[..., None]):
    """The indicators table of `documents`, document by document in `jobs` processes.

    A document that fails is reported and skipped, or raised with `strict`.
    """
    import govreport.extract as extract
    from govreport.errors import InputError
    from govreport.io import ColumnBuffer
    from govreport.schema import INDICATORS

    table = ColumnBuffer(INDICATORS)
    for outcome in extract.extract_outcomes(documents.iter_rows(named=True), jobs=jobs, as_columns=True):
        advance()
        if outcome.error is not None:
            if strict:
                raise InputError(outcome.error, path=outcome.label)
            result.failures.append(f"{outcome.label}: {outcome.error}")
            continue
        table.add(outcome.figures())
    return table.take()


