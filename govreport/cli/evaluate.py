"""`govreport eval`: score an extraction against a gold set (precision, recall, F1)."""

from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer

from govreport.cli import common
from govreport.cli.app import app
from govreport.errors import ExitCode

EXAMPLES = common.examples(
    "govreport eval indicators.parquet gold.jsonl",
    "govreport eval indicators.parquet gold.jsonl --by document --show 50",
    "govreport eval indicators.parquet gold.jsonl --format json | jq .strict.f1",
    "govreport eval indicators.csv gold.jsonl --format csv > scores.csv",
    "govreport eval indicators.parquet gold.jsonl --min-f1 0.8   # exit 1 below, for CI",
)

OUTPUT_FORMATS = ("text", "json", "csv")
BREAKDOWNS = ("indicator", "document")
DEFAULT_SHOW = 20


@app.command("eval", epilog=EXAMPLES)
def evaluate(
    pred: Annotated[str, typer.Argument(metavar="PRED", show_default=False,
                                        help="The extraction to score (.parquet, .csv, .jsonl; '-' = JSON Lines on stdin).")],
    gold: Annotated[str, typer.Argument(metavar="GOLD", show_default=False,
                                        help="The gold set (JSON Lines, see the annotation guide).")],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="text (tables), json (everything) or csv (the scores).")] = "text",
    by: Annotated[Optional[str], typer.Option("--by", metavar="BREAKDOWN", help="Only this breakdown: indicator or document (default: both).",
                                              show_default=False)] = None,
    show: Annotated[Optional[int], typer.Option("--show", min=0, metavar="N", help=f"List at most N missed and N spurious records "
                                                f"(text: {DEFAULT_SHOW} by default; json: all).", show_default=False)] = None,
    min_f1: Annotated[Optional[float], typer.Option("--min-f1", min=0.0, max=1.0, metavar="F1",
                                                    help="Exit 1 when the strict F1 is below this.", show_default=False)] = None,
) -> None:
    """Score an extraction against a hand-checked gold set: precision, recall and F1, strict and lenient,
    per indicator and per document, with the missed and spurious records and their evidence."""
    with common.guard():
        from govreport.errors import UsageError
        from govreport.extract.evaluate import evaluate_files

        fmt = fmt.lower()
        if fmt not in OUTPUT_FORMATS:
            raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
        if by is not None and by not in BREAKDOWNS:
            raise UsageError(f"unknown breakdown {by!r}; choose indicator or document")
        result = evaluate_files(pred, gold)
        breakdowns = (by,) if by else BREAKDOWNS
        if fmt == "json":
            write_json(result, show)
        elif fmt == "csv":
            write_csv(result, breakdowns)
        else:
            write_text(result, breakdowns, DEFAULT_SHOW if show is None else show)
        s, l = result.strict.overall, result.lenient.overall
        common.info(f"eval: strict F1 {s.f1:.3f}, lenient F1 {l.f1:.3f} ({s.matched}/{l.matched} matched, "
                    f"{s.predicted} predicted, {s.gold} gold; {result.strict.out_of_scope} prediction(s) out of scope)")
        if min_f1 is not None and s.f1 < min_f1:
            common.warn(f"strict F1 {s.f1:.3f} is below --min-f1 {min_f1:g}")
            raise typer.Exit(int(ExitCode.INPUT_FAILED))


def write_json(result, show: int | None) -> None:
    import json

    sys.stdout.write(json.dumps(result.to_dict(show), ensure_ascii=False, indent=1) + "\n")


def write_csv(result, breakdowns: tuple[str, ...]) -> None:
    """Long format: one row per (breakdown, group, mode), so a spreadsheet filter picks any slice."""
    import csv

    from govreport.io import spreadsheet_safe

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["by", "indicator", "source", "region", "region_code", "mode",
                     "precision", "recall", "f1", "matched", "predicted", "gold"])
    for mode, res in (("strict", result.strict), ("lenient", result.lenient)):
        groups = [("overall", "", "", "", "", res.overall)]
        if "indicator" in breakdowns:
            groups += [("indicator", name, "", "", "", s) for name, s in res.by_indicator.items()]
        if "document" in breakdowns:
            groups += [("document", "", src, res.document_regions.get((src, code), ""), code, s)
                       for (src, code), s in res.by_document.items()]
        for by, name, src, region, code, s in groups:
            by, name, src, region, code = (spreadsheet_safe(str(cell)) for cell in (by, name, src, region, code))
            writer.writerow([by, name, src, region, code, mode, f"{s.precision:.4f}", f"{s.recall:.4f}",
                             f"{s.f1:.4f}", s.matched, s.predicted, s.gold])


def _stdout_console():
    from rich.console import Console

    # piped output keeps a wide table instead of wrapping every Chinese cell at 80 columns
    width = None if sys.stdout.isatty() else 140
    return Console(file=sys.stdout, width=width, highlight=False, no_color=bool(os.environ.get("NO_COLOR")))


def write_text(result, breakdowns: tuple[str, ...], show: int) -> None:
    from rich import box
    from rich.table import Table

    out = _stdout_console()
    strict, lenient = result.strict, result.lenient

    def score_table(title: str, first: list[str], rows) -> Table:
        table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
        for name in first:
            table.add_column(name, overflow="fold")
        for name in ("gold", "pred", "P", "R", "F1", "P strict", "R strict", "F1 strict"):
            table.add_column(name, justify="right")
        for label, s, l in rows:
            table.add_row(*label, str(l.gold), str(l.predicted), f"{l.precision:.3f}", f"{l.recall:.3f}",
                          f"{l.f1:.3f}", f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
        return table

    out.print(f"{result.pred_path} against {result.gold_path}: lenient = value, unit, period, kind; "
              f"strict = also bound and rank_scope", markup=False)
    out.print(score_table("Overall", ["scope"], [(["all documents in the gold set"], strict.overall, lenient.overall)]))
    if "indicator" in breakdowns:
        rows = [([name], strict.by_indicator[name], l) for name, l in lenient.by_indicator.items()]
        out.print(score_table("By indicator", ["indicator"], rows))
    if "document" in breakdowns:
        rows = [([src, lenient.document_regions.get((src, code), ""), code], strict.by_document[(src, code)], l)
                for (src, code), l in lenient.by_document.items()]
        out.print(score_table("By document", ["source", "region", "code"], rows))
    if strict.out_of_scope:
        out.print(f"{strict.out_of_scope} prediction(s) not counted: documents or indicators the gold set does not "
                  "cover.", markup=False)
    for label, records in (("Missed (gold, no strict match)", strict.missed),
                           ("Spurious (predicted, no strict match)", strict.spurious)):
        if not show or not records:
            continue
        table = Table(title=f"{label}: {min(show, len(records))} of {len(records)}", box=box.SIMPLE_HEAD,
                      title_justify="left")
        for name in ("source", "indicator", "measure", "period", "kind", "value", "bound", "evidence", "note"):
            table.add_column(name, overflow="fold")
        for r in records[:show]:
            table.add_row(_short_source(r["source"]), r["indicator"] or "", r["measure"] or "", str(r["period"] or ""),
                          r["kind"] or "", _value(r), _bound(r),
                          _clip(r["evidence"]), r["note"])
        out.print(table)


def _short_source(source) -> str:
    from govreport.extract.evaluate import source_name

    return source_name(str(source or ""))[:14]


def _value(r: dict) -> str:
    v, hi = r["value"], r["value_hi"]
    text = "null" if v is None else f"{v:g}" if isinstance(v, float) else str(v)
    if hi is not None:
        text += f"–{hi:g}" if isinstance(hi, float) else f"–{hi}"
    return text + (r["unit"] or "")


def _bound(r: dict) -> str:
    return " ".join(str(r[name]) for name in ("bound", "rank_scope") if r[name])


def _clip(text, limit: int = 48) -> str:
    text = str(text or "")
    return text if len(text) <= limit else text[: limit - 1] + "…"
