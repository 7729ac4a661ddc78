"""Across governments: 洛龙区 and 老城区 (seeds 000, 001) under 洛阳市."""

from __future__ import annotations

import pytest

from govreport.compare import across_regions
from govreport.schema import ACROSS_REGIONS
from tests.compare.fixtures import figure, frame, gold_frame, gold_rows



def rows_for(table, **where) -> list[dict]:
    return [r for r in table.iter_rows(named=True) if all(r[k] == v for k, v in where.items())]


def test_luolong_and_laocheng_2023_targets_side_by_side():
    table = across_regions(gold_frame("seeds.jsonl"))
    assert list(table.columns[: len(ACROSS_REGIONS)]) == list(ACROSS_REGIONS)
    # 城镇新增就业1.2万人以上 (洛龙区) against 全年新增城镇就业5187人以上 (老城区): one unit, two siblings
    jobs = {r["region"]: r for r in rows_for(table, indicator_id="new_urban_jobs", period="2023", kind="target")}
    assert set(jobs) == {"洛龙区", "老城区"}
    assert (jobs["洛龙区"]["sibling_rank"], jobs["老城区"]["sibling_rank"]) == (1, 2)
    assert jobs["洛龙区"]["siblings"] == 2 and jobs["洛龙区"]["parent_region"] == "洛阳市"
    assert (jobs["老城区"]["value"], jobs["老城区"]["unit"]) == (5187.0, "人")  # as written
    # 高新技术企业: 老城区 力争突破30家, 洛龙区 新增25家
    firms = {r["region"]: r["sibling_rank"] for r in rows_for(table, indicator_id="high_tech_enterprises", period="2023")}
    assert firms == {"老城区": 1, "洛龙区": 2}


def test_a_district_growth_target_against_its_citys_shows_amplification():
    # 洛阳市's 2023 GDP target is not in the seeds: a stand-in row (增长7%) under the seed districts' real ones.
    city = figure(doc_id="luoyang2023", source="luoyang_2023.txt", region="洛阳市", region_code="410300",
                  level="prefecture", parent_code="410000", value=7.0, evidence="生产总值增长7%")
    table = across_regions(frame(*gold_rows("seeds.jsonl"), city))
    luolong = rows_for(table, region="洛龙区", indicator_id="gdp", measure="growth", period="2023", kind="target")[0]
    assert (luolong["value"], luolong["parent_value"], luolong["difference_to_parent"]) == (8.0, 7.0, 1.0)
    assert luolong["beyond_parent"] is True  # 层层加码: the district asks for more than the city
    assert luolong["parent_evidence"] == "生产总值增长7%"
    city_row = rows_for(table, region="洛阳市", indicator_id="gdp", measure="growth", period="2023")[0]
    assert city_row["parent_value"] is None and city_row["sibling_rank"] == 1  # alone under 河南省 here


def test_amounts_get_a_share_of_the_parent_not_a_verdict():
    city = figure(region="洛阳市", region_code="410300", level="prefecture", parent_code="410000",
                  measure="level", value=5500.0, unit="亿元")
    district = figure(region="洛龙区", region_code="410311", level="county", parent_code="410300",
                      measure="level", value=0.055, unit="万亿元")
    row = rows_for(across_regions(frame(city, district)), region="洛龙区")[0]
    assert row["share_of_parent"] == pytest.approx(0.1) and row["beyond_parent"] is None
    assert row["difference_to_parent"] == pytest.approx(0.055 - 0.55)  # in the district's unit


def test_one_row_per_government_preferring_a_final_figure():
    a = figure(kind="actual", value=5.2, estimated=True, doc_year=2023, doc_id="d1")
    b = figure(kind="actual", value=5.0, doc_year=2024, doc_id="d2")
    table = across_regions(frame(a, b))
    assert table.height == 1 and table["value"][0] == 5.0 and table["figures"][0] == 2


def test_ranks_are_not_compared_across_scopes():
    city = figure(region="洛阳市", region_code="410300", parent_code="410000", kind="actual", measure="rank",
                  value=2.0, unit="位", rank_scope="全省")
    district = figure(region="洛龙区", region_code="410311", parent_code="410300", kind="actual", measure="rank",
                      value=1.0, unit="位", rank_scope="全市")
    table = across_regions(frame(city, district))
    assert table.height == 2 and table["parent_value"].null_count() == 2
