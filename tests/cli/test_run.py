"""`govreport run`: the real pipeline on the seeds, and the run's own behaviour with stand-in stages.

The tests marked `real_stages` call the real extract and compare libraries
(govreport.extract.extract_documents, govreport.compare.attainment / across_regions /
series / conflicts); they pass once those stages are in place.
"""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from typer.testing import CliRunner

import govreport
from govreport import schema
from govreport.cli import app
from govreport.errors import UsageError
from govreport.pipeline import OUTPUT_NAMES, default_inputs, run_pipeline
from tests.support import SEEDS, seed

runner = CliRunner()


@pytest.fixture
def in_tmp(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)  # ./seeds must not be what makes the default work
    return tmp_path


def _check_outputs(out: Path) -> None:
    for name in OUTPUT_NAMES.values():
        assert (out / name).exists(), name
    assert not list(out.glob(".*.part")), "temporary file left behind"
    for name, columns in (("docs.parquet", schema.DOCUMENTS), ("indicators.parquet", schema.INDICATORS),
                          ("attainment.parquet", schema.ATTAINMENT), ("regions.parquet", schema.ACROSS_REGIONS),
                          ("series.parquet", schema.SERIES), ("conflicts.parquet", schema.CONFLICTS)):
        schema.require_columns(pl.read_parquet(out / name).columns, columns, table=name)


# ---------------------------------------------------------------- the real pipeline


def test_run_without_inputs_runs_the_seeds_end_to_end(in_tmp):
    result = runner.invoke(app, ["run", "-o", "out"])
    assert result.exit_code == 0, result.output
    out = in_tmp / "out"
    _check_outputs(out)
    docs = pl.read_parquet(out / "docs.parquet")
    assert docs["source"].n_unique() == 5
    figures = pl.read_parquet(out / "indicators.parquet")
    assert figures.height > 50  # the seed gold holds 171 figures
    wb = openpyxl.load_workbook(out / "report.xlsx")
    assert wb.sheetnames[:2] == ["说明", "目标完成"]
    doc_ids = {r[0] for r in wb["文档"].iter_rows(min_row=2, values_only=True)}
    header = [c.value for c in wb["目标完成"][1]]
    targets = {r[header.index("目标文档")] for r in wb["目标完成"].iter_rows(min_row=2, values_only=True)}
    assert targets and targets <= doc_ids
    summary = [line for line in result.stderr.splitlines() if line.startswith("run:")]
    assert len(summary) == 1 and "document(s)" in summary[0] and "figure(s)" in summary[0]


def test_the_tables_are_those_of_the_stages_run_one_by_one_and_reruns_are_the_same_bytes(in_tmp):
    # run passes each table to the next stage through its file, compare a government at a time
    # (compare/stream.py): the tables are the library functions' on the whole indicators table
    import govreport.compare as compare

    inputs = [str(seed("003")), str(seed("004"))]  # 003's project list: conflicts; 004: two governments
    first, second = run_pipeline(inputs, in_tmp / "a"), run_pipeline(inputs, in_tmp / "b")
    assert first.figures == second.figures > 0
    figures = pl.read_parquet(in_tmp / "a" / "indicators.parquet")
    for name, table in (("attainment", compare.attainment(figures)), ("regions", compare.across_regions(figures)),
                        ("series", compare.series(figures)), ("conflicts", compare.conflicts(figures))):
        assert table.height, name
        assert pl.read_parquet(in_tmp / "a" / OUTPUT_NAMES[name]).equals(table, null_equal=True), name
    for name in OUTPUT_NAMES.values():
        assert (in_tmp / "a" / name).read_bytes() == (in_tmp / "b" / name).read_bytes(), name
    assert not [p for p in (in_tmp / "a").iterdir() if p.name.startswith(".")], "scratch or temporary file left"


def test_bad_input_is_reported_and_skipped(in_tmp):
    missing = in_tmp / "nope.txt"
    result = runner.invoke(app, ["run", str(seed("001")), str(missing), "-o", "out"])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr
    _check_outputs(in_tmp / "out")
    assert pl.read_parquet(in_tmp / "out" / "docs.parquet").height >= 1


def test_quiet_run_prints_nothing(in_tmp):
    result = runner.invoke(app, ["-q", "run", str(seed("001")), "-o", "out"])
    assert result.exit_code == 0, result.output
    assert result.stderr == "" and result.stdout == ""


# ---------------------------------------------------------------- no stages needed


def test_strict_stops_at_the_first_bad_input(in_tmp):
    result = runner.invoke(app, ["run", str(in_tmp / "nope.txt"), str(seed("001")), "-o", "out", "--strict"])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr and "no such file" in result.stderr
    assert not (in_tmp / "out" / "report.xlsx").exists()


def test_seeds_are_found_beside_the_package(in_tmp):
    assert default_inputs() == [str(SEEDS)]


def test_no_seeds_anywhere_is_a_clear_error(in_tmp, monkeypatch):
    monkeypatch.setattr(govreport, "__file__", str(in_tmp / "site" / "govreport" / "__init__.py"))
    with pytest.raises(UsageError, match="no seeds/ folder"):
        default_inputs()
    result = runner.invoke(app, ["run", "-o", "out"])
    assert result.exit_code == 2
    assert "no inputs given and no seeds/ folder" in result.stderr


def test_seeds_in_the_working_folder_are_the_fallback(in_tmp, monkeypatch):
    monkeypatch.setattr(govreport, "__file__", str(in_tmp / "site" / "govreport" / "__init__.py"))
    (in_tmp / "seeds").mkdir()
    assert default_inputs() == [str(in_tmp / "seeds")]


def test_outdir_that_is_a_file_is_a_usage_error(in_tmp):
    (in_tmp / "out").write_text("x")
    result = runner.invoke(app, ["run", str(seed("001")), "-o", "out"])
    assert result.exit_code == 2 and "must be a folder" in result.stderr


def test_unknown_language_is_a_usage_error(in_tmp):
    result = runner.invoke(app, ["run", "-o", "out", "--lang", "fr"])
    assert result.exit_code == 2 and "zh or en" in result.stderr


@pytest.fixture
def stand_in_stages(monkeypatch):
    """extract and compare replaced by the report fixtures, to test the run's own plumbing."""
    import govreport.compare.stream as stream
    import govreport.extract as extract
    from tests.report.fixtures import build_tables

    tables = build_tables(hostile=False)
    calls = {}

    def fake_extract(documents, jobs=1, options=None, as_columns=False):
        docs = list(documents)
        calls["extract"] = (len(docs), jobs)
        # all the fixture's figures come back as the first document's outcome
        yield extract.Outcome("stand-in", list(tables["indicators"].iter_rows(named=True)))
        for _ in docs[1:]:
            yield extract.Outcome("stand-in")

    def fake_compare(indicators, outputs, *, tolerance=None, advance=lambda: None, **_):
        calls["tolerance"] = tolerance
        for name, path in outputs.items():
            tables[name].write_parquet(path)
            advance()

    monkeypatch.setattr(extract, "extract_outcomes", fake_extract, raising=False)
    monkeypatch.setattr(stream, "write_tables", fake_compare)
    return tables, calls


def test_run_plumbing_writes_every_stage_and_passes_options(in_tmp, stand_in_stages):
    tables, calls = stand_in_stages
    result = runner.invoke(app, ["run", str(seed("001")), str(seed("003")), "-o", "out", "--jobs", "2",
                                 "--tolerance", "0.1", "--lang", "en"])
    assert result.exit_code == 0, result.output
    _check_outputs(in_tmp / "out")
    assert calls["extract"] == (2, 2)
    assert calls["tolerance"] == 0.1
    assert openpyxl.load_workbook(in_tmp / "out" / "report.xlsx").sheetnames[0] == "About"
    line = next(l for l in result.stderr.splitlines() if l.startswith("run:"))
    n_targets = tables["indicators"].filter(pl.col("kind") == "target").height
    met = tables["attainment"].filter(pl.col("status") == "met").height
    assert f"{tables['indicators'].height} figure(s) ({n_targets} target(s)" in line
    assert f"{met} met" in line
    assert "\x1b[" not in result.stderr  # no progress bar or colour codes when not a terminal


def test_library_and_cli_agree(in_tmp, stand_in_stages):
    result = run_pipeline([str(seed("001"))], in_tmp / "lib")
    assert result.documents == 1 and result.outputs["report"] == in_tmp / "lib" / "report.xlsx"
    cli = runner.invoke(app, ["run", str(seed("001")), "-o", "cli"])
    assert cli.exit_code == 0, cli.output
    for name in ("docs.parquet", "attainment.parquet"):
        a = pl.read_parquet(in_tmp / "lib" / name)
        b = pl.read_parquet(in_tmp / "cli" / name)
        assert a.equals(b), name
    assert os.path.getsize(in_tmp / "lib" / "report.xlsx") > 5000
