"""`govreport compare` through the CLI: every table, formats, filters, and wrong input as one line with exit 2."""

from __future__ import annotations

import json

import polars as pl
import pytest
from polars.testing import assert_frame_equal
from typer.testing import CliRunner

from govreport.cli import app
from govreport.compare import across_regions, attainment, conflicts, series
from govreport.io import frame_from_rows
from govreport.schema import DOCUMENTS, INDICATORS
from tests.compare.fixtures import actual, figure, frame, gold_frame

runner = CliRunner()


@pytest.fixture
def shanghai(tmp_path):
    path = tmp_path / "indicators.parquet"
    gold_frame().write_parquet(path)
    return path


def invoke(*args: str, **kw):
    """`govreport [-q] compare ARGS` (-q is the root's option, moved in front)."""
    root = ["-q"] if "-q" in args else []
    return runner.invoke(app, [*root, "compare", *(a for a in args if a != "-q")], **kw)


@pytest.mark.parametrize("by, function", [("attainment", attainment), ("region", across_regions), ("year", series),
                                          ("conflict", conflicts)])
def test_each_table_equals_the_library_call(shanghai, tmp_path, by, function):
    out = tmp_path / f"{by}.parquet"
    result = invoke(str(shanghai), "--by", by, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert_frame_equal(pl.read_parquet(out), function(pl.read_parquet(shanghai)))
    assert not list(tmp_path.glob(".*.part"))


def test_attainment_is_the_default_and_the_summary_counts_statuses(shanghai, tmp_path):
    result = invoke(str(shanghai), "-o", str(tmp_path / "a.parquet"))
    assert result.exit_code == 0
    assert "40 target(s) from 113 figure(s) in 1 file(s): 12 met, 2 missed, 13 no actual, 13 qualitative" in result.stderr


def test_jsonl_to_stdout_with_filters(shanghai):
    result = invoke(str(shanghai), "-o", "-", "--indicator", "GDP", "--period", "2020", "--period", "2023", "-q")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["period"], r["status"]) for r in rows] == [("2020", "missed"), ("2023", "missed")]


def test_region_filter_takes_a_name_or_a_code(shanghai):
    by_name = invoke(str(shanghai), "-o", "-", "--region", "上海市", "-q").stdout
    by_code = invoke(str(shanghai), "-o", "-", "--region", "310000", "-q").stdout
    assert by_name == by_code and len(by_name.splitlines()) == 40
    assert invoke(str(shanghai), "-o", "-", "--region", "洛阳市", "-q").stdout == ""


def test_csv_output_and_csv_input(shanghai, tmp_path):
    csv_in = tmp_path / "indicators.csv"
    pl.read_parquet(shanghai).write_csv(csv_in)  # region_code and period come back as numbers
    result = invoke(str(csv_in), "--format", "csv", "-o", "-", "-q")
    assert result.exit_code == 0, result.output
    table = pl.read_csv(result.stdout.encode(), infer_schema_length=None)
    assert table.height == 40 and table.filter(pl.col("status") == "met").height == 12


def test_stdin_jsonl(tmp_path):
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in (figure(value=5.5), actual(5.0)))
    result = invoke("-", "-o", "-", "-q", input=lines + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["status"] == "missed"


def test_several_inputs_are_one_corpus(tmp_path):
    frame(figure(value=5.5)).write_parquet(tmp_path / "2023.parquet")
    frame(actual(5.6)).write_parquet(tmp_path / "2024.parquet")
    result = invoke(str(tmp_path), "-o", "-", "-q")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["status"] == "met"


def _one_error_line(result) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    return lines[0]


def test_the_documents_table_is_refused(tmp_path):
    docs = tmp_path / "docs.parquet"
    frame_from_rows([{"doc_id": "x-0", "source": "a.txt", "text": "全市生产总值增长6%"}], DOCUMENTS).write_parquet(docs)
    line = _one_error_line(invoke(str(docs), "-o", str(tmp_path / "out.parquet")))
    assert "docs.parquet" in line and "not a indicators table" in line and "indicator" in line
    assert not (tmp_path / "out.parquet").exists()


def test_missing_columns_are_named(tmp_path):
    path = tmp_path / "partial.parquet"
    frame(figure()).drop("bound", "evidence").write_parquet(path)
    line = _one_error_line(invoke(str(path), "-o", "-"))
    assert "bound, evidence" in line


def test_an_empty_corpus(tmp_path):
    path = tmp_path / "empty.parquet"
    pl.DataFrame(schema={k: pl.String for k in INDICATORS}).write_parquet(path)
    assert "no figures" in _one_error_line(invoke(str(path), "-o", "-"))


def test_an_empty_file_a_missing_file_and_a_folder_without_tables(tmp_path):
    (tmp_path / "zero.jsonl").write_bytes(b"")
    assert "empty file" in _one_error_line(invoke(str(tmp_path / "zero.jsonl"), "-o", "-"))
    assert "no such file" in _one_error_line(invoke(str(tmp_path / "nope.parquet"), "-o", "-"))
    (tmp_path / "sub").mkdir()
    assert "no input tables" in _one_error_line(invoke(str(tmp_path / "sub"), "-o", "-"))


def test_unknown_table_and_negative_tolerance(shanghai):
    assert "choose one of attainment, region, year, conflict" in _one_error_line(invoke(str(shanghai), "--by", "city", "-o", "-"))
    assert invoke(str(shanghai), "--tolerance", "-1", "-o", "-").exit_code == 2


def test_tolerance_reaches_the_library(shanghai):
    # 增长6%左右 (2020) with 1.7% is missed at any sensible tolerance; at 5 points it is met.
    loose = invoke(str(shanghai), "--tolerance", "5", "--indicator", "gdp", "--period", "2020", "-o", "-", "-q")
    assert json.loads(loose.stdout)["status"] == "met"
