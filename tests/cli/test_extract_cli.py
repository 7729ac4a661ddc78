"""`govreport extract` through the CLI runner: inputs, outputs, jobs, errors."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from govreport.cli import app
from govreport.clean import clean_bytes
from govreport.extract import extract_document, extract_documents
from govreport.io import frame_from_rows
from govreport.schema import DOCUMENTS, INDICATORS
from tests.support import SEEDS, seed

runner = CliRunner()


@pytest.fixture(scope="module")
def docs_parquet(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("docs") / "docs.parquet"
    result = runner.invoke(app, ["clean", str(SEEDS), "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_extract_from_clean_parquet_has_the_indicator_columns_and_true_offsets(docs_parquet, tmp_path):
    out = tmp_path / "ind.parquet"
    result = runner.invoke(app, ["extract", str(docs_parquet), "-o", str(out)])
    assert result.exit_code == 0, result.output
    figures = pl.read_parquet(out)
    assert list(figures.columns[: len(INDICATORS)]) == list(INDICATORS)
    texts = dict(pl.read_parquet(docs_parquet).select("doc_id", "text").iter_rows())
    for row in figures.iter_rows(named=True):
        assert texts[row["doc_id"]][row["start"] : row["end"]] == row["evidence"]
    gdp = figures.filter((pl.col("region_code") == "410311") & (pl.col("indicator_id") == "gdp")
                         & (pl.col("measure") == "level") & (pl.col("period") == "2022"))
    assert gdp["value"].to_list() == [582.4] and gdp["unit"].to_list() == ["亿元"]


def test_cli_rows_equal_library_rows(docs_parquet, tmp_path):
    out = tmp_path / "ind.jsonl"
    assert runner.invoke(app, ["extract", str(docs_parquet), "-o", str(out)]).exit_code == 0
    cli = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    lib = [r for d in pl.read_parquet(docs_parquet).iter_rows(named=True) for r in extract_document(d)]
    assert [(r["evidence"], r["value"]) for r in cli] == [(r["evidence"], r["value"]) for r in lib]


def test_raw_pages_are_cleaned_on_the_fly_and_jobs_give_the_same_rows(docs_parquet, tmp_path):
    one, two = tmp_path / "one.parquet", tmp_path / "two.parquet"
    assert runner.invoke(app, ["extract", str(SEEDS), "-o", str(one)]).exit_code == 0
    assert runner.invoke(app, ["extract", str(SEEDS), "-o", str(two), "--jobs", "2"]).exit_code == 0
    assert pl.read_parquet(one).equals(pl.read_parquet(two))
    from_table = tmp_path / "table.parquet"
    assert runner.invoke(app, ["extract", str(docs_parquet), "-o", str(from_table)]).exit_code == 0
    assert pl.read_parquet(one).equals(pl.read_parquet(from_table))


def test_jsonl_pipeline_from_stdin_to_csv_on_stdout():
    row = clean_bytes(seed("000").read_bytes(), source="000.txt")[0]
    line = json.dumps(row, ensure_ascii=False) + "\n"
    result = runner.invoke(app, ["extract", "-", "-o", "-", "--format", "csv"], input=line.encode("utf-8"))
    assert result.exit_code == 0, result.output
    header, *lines = result.stdout.splitlines()
    assert header.startswith("doc_id,source,region")
    assert any("582.4" in line and "亿元" in line for line in lines)


def test_a_table_of_the_wrong_kind_is_a_usage_error(tmp_path):
    wrong = tmp_path / "ind.parquet"
    frame_from_rows([{"doc_id": "x", "indicator": "地区生产总值"}], INDICATORS).write_parquet(wrong)
    result = runner.invoke(app, ["extract", str(wrong), "-o", str(tmp_path / "out.parquet")])
    assert result.exit_code == 2
    assert "not a documents table: missing column(s) text" in result.stderr
    assert not (tmp_path / "out.parquet").exists()


def test_missing_input_is_reported_and_the_rest_extracted(tmp_path):
    out = tmp_path / "ind.parquet"
    result = runner.invoke(app, ["extract", str(tmp_path / "gone.txt"), str(seed("001")), "-o", str(out)])
    assert result.exit_code == 1
    assert "gone.txt: no such file" in result.stderr
    assert pl.read_parquet(out)["source"].unique().to_list() == [seed("001").name]  # absolute path given: the name shown


def test_strict_stops_without_output(tmp_path):
    out = tmp_path / "ind.parquet"
    result = runner.invoke(app, ["extract", "--strict", str(tmp_path / "gone.txt"), str(seed("001")), "-o", str(out)])
    assert result.exit_code == 1
    assert not out.exists()


def test_extra_indicator_file_adds_a_vocabulary_entry(tmp_path):
    page = tmp_path / "r.txt"
    page.write_text("2023年某某县政府工作报告\n一、2022年工作回顾\n全县快递业务量增长12%。\n", encoding="utf-8")
    extra = tmp_path / "extra.csv"
    extra.write_text("id,name,synonyms,direction,headline,units,percent,accumulates,note\n"
                     "parcels,快递业务量,,higher,no,件,,,our own\n", encoding="utf-8")
    out = tmp_path / "ind.jsonl"
    result = runner.invoke(app, ["extract", str(page), "-o", str(out), "--indicators", str(extra)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["indicator_id"], r["measure"], r["value"]) for r in rows] == [("parcels", "growth", 12.0)]


def test_bad_options_are_usage_errors(tmp_path):
    args = ["extract", str(seed("001")), "-o", str(tmp_path / "x.parquet")]
    assert runner.invoke(app, args + ["--indicators", str(tmp_path / "none.csv")]).exit_code == 2
    assert runner.invoke(app, args + ["--segmenter", "bert"]).exit_code == 2
    result = runner.invoke(app, args + ["--segmenter", "pkuseg"])
    assert result.exit_code == 2 and "model" in result.stderr


def test_library_batch_call_skips_nothing_on_good_input():
    docs = [r for p in sorted(SEEDS.glob("*.txt")) for r in clean_bytes(p.read_bytes(), source=str(p))]
    frame = extract_documents(frame_from_rows(docs, DOCUMENTS))
    assert frame.height == sum(len(extract_document(d)) for d in docs)
