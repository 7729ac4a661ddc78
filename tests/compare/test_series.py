"""Across time: 上海市's targets and actuals year by year (dev gold)."""

from __future__ import annotations

import pytest

from govreport.compare import series
from govreport.schema import SERIES
from tests.compare.fixtures import actual, figure, frame, gold_frame



def by_period(table, **where) -> dict[str, dict]:
    return {r["period"]: r for r in table.iter_rows(named=True) if all(r[k] == v for k, v in where.items())}


def test_shanghai_cpi_and_gdp_targets_by_year():
    table = series(gold_frame())
    assert list(table.columns[: len(SERIES)]) == list(SERIES)
    cpi = by_period(table, indicator_id="cpi", measure="growth")
    assert [cpi[p]["target_value"] for p in ("2020", "2021", "2022", "2023", "2024")] == [3.0, 2.5, 3.0, 3.0, 3.0]
    assert cpi["2021"]["target_change"] == pytest.approx(-0.5) and cpi["2021"]["target_carried_over"] is False
    assert cpi["2023"]["target_carried_over"] is True  # 居民消费价格涨幅3%左右 again
    assert cpi["2020"]["target_change"] is None  # no 2019 target in the corpus
    assert (cpi["2019"]["actual_value"], cpi["2019"]["target_value"]) == (2.5, None)  # an actual-only year
    gdp = by_period(table, indicator_id="gdp", measure="growth")
    # 增长5.5%左右 (2022) then 增长5.5%以上 (2023): same number, not the same target
    assert gdp["2023"]["target_change"] == 0.0 and gdp["2023"]["target_carried_over"] is False
    assert (gdp["2021"]["actual_value"], gdp["2021"]["actual_doc"]) == (8.1, "shanghai_2022_gwr.txt")


def test_a_level_series_is_in_one_unit():
    gdp = by_period(series(gold_frame()), indicator_id="gdp", measure="level")
    assert {r["unit"] for r in gdp.values()} == {"万亿元"}
    assert gdp["2023"]["actual_value"] == 4.72 and gdp["2022"]["actual_estimated"] is True


def test_units_are_aligned_across_years():
    level = dict(measure="level")
    table = series(frame(
        figure(period="2022", doc_year=2022, value=43000.0, unit="亿元", **level),
        figure(period="2023", doc_year=2023, value=4.5, unit="万亿元", **level),
        actual(4.32, doc_year=2023, period="2022", unit="万亿元", **level),
    ))
    rows = by_period(table)
    assert rows["2022"]["unit"] == "万亿元" and rows["2022"]["target_value"] == pytest.approx(4.3)
    assert rows["2023"]["target_change"] == pytest.approx(0.2)


def test_the_first_stated_target_is_the_years_target():
    table = series(frame(figure(value=5.5, doc_year=2023, doc_id="report"), figure(value=6.0, doc_year=2024, doc_id="later")))
    assert table.height == 1 and table["target_value"][0] == 5.5 and table["target_doc"][0] == "report"
