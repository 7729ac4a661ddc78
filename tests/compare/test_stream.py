"""`govreport run`'s compare, a few governments at a time from Parquet, gives the library's tables exactly."""

from __future__ import annotations

import polars as pl
import pytest

from govreport.compare import across_regions, attainment, concat, conflicts, series
from govreport.compare.stream import write_tables
from tests.compare.fixtures import actual, figure, frame, gold_frame

TABLES = {"attainment": attainment, "regions": across_regions, "series": series, "conflicts": conflicts}


def _streamed(table, tmp_path, **options) -> dict:
    source = tmp_path / "indicators.parquet"
    table.write_parquet(source)
    outputs = {name: tmp_path / f"{name}.parquet" for name in TABLES}
    write_tables(source, outputs, **options)
    return {name: pl.read_parquet(path) for name, path in outputs.items()}


def _all_gold():
    # the Shanghai reports and the seeds (four governments, counties beside their city, restatements across
    # years), and a revised growth rate, a revision path and a list of one document for the conflicts
    revisions = frame(actual(8.1, doc_year=2022, period="2021"), actual(8.3, doc_year=2023, period="2021"),
                      actual(8.4, doc_year=2024, period="2021"), actual(8.3, doc_year=2025, period="2021"),
                      *(figure(value=float(v), unit="亿元", measure="level", indicator="计划投资", indicator_id="",
                               region="尉氏县", region_code="410223", doc_id="report", start=v) for v in range(20)))
    return concat([gold_frame("dev-shanghai.jsonl"), gold_frame("seeds.jsonl"), revisions])


@pytest.mark.parametrize("part_rows", [1, 7, 10_000])
def test_the_tables_are_the_library_functions_on_the_whole_table(tmp_path, part_rows):
    # part_rows=1: every government (and every indicator) is a part of its own
    whole = _all_gold()
    got = _streamed(whole, tmp_path, part_rows=part_rows)
    for name, function in TABLES.items():
        want = function(whole)
        assert want.height, name
        assert got[name].schema == want.schema, name
        assert got[name].equals(want, null_equal=True), name


def test_options_reach_the_tables(tmp_path):
    # 5.3 against a 5.5 target: met with a tolerance of 0.5 points, missed with 0.1
    rows = frame(figure(value=5.5, bound="about"), actual(5.3, doc_year=2024, period="2023"))
    assert _streamed(rows, tmp_path, tolerance=0.1)["attainment"]["status"].to_list() == \
        attainment(rows, 0.1)["status"].to_list() == ["missed"]
    assert _streamed(rows, tmp_path)["attainment"]["status"].to_list() == ["met"]


def test_a_table_of_no_comparable_figure_gives_empty_tables_with_their_columns(tmp_path):
    rows = frame(figure(kind=None))  # a kind no word decided: compared with nothing
    got = _streamed(rows, tmp_path)
    for name, function in TABLES.items():
        assert got[name].height == 0 and got[name].schema == function(rows).schema, name
    assert not list(tmp_path.glob(".govreport-*")), "no scratch folder left behind"


def test_without_partitioned_writing_each_part_is_read_from_the_table(tmp_path, monkeypatch):
    # polars before PartitionBy (the project asks for polars>=1.0): the same tables, read part by part
    monkeypatch.delattr(pl, "PartitionBy")
    whole = _all_gold()
    got = _streamed(whole, tmp_path, part_rows=7)
    for name, function in TABLES.items():
        assert got[name].equals(function(whole), null_equal=True), name
