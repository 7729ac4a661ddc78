"""Bounds (annotation guide, rule 4): 左右/约 about; 以上/不低于/至少/突破/超过 ge; 以内/以下/不超过/控制在…以内 le."""

from __future__ import annotations

from functools import lru_cache

import pytest

from govreport.clean import clean_bytes
from govreport.extract import extract_document
from tests.support import document, seed

# 主要预期目标 makes the clause a goal for 2023 (seed 000 writes its targets this way)
PLAN = "洛龙区2023年国民经济和社会发展计划\n二、2023年国民经济和社会发展主要预期目标\n{}\n"


def rows(sentence: str) -> list[tuple]:
    d = document(PLAN.format(sentence),
                 region="洛龙区", region_code="410311", level="county", parent_code="410300",
                 doc_type="plan_report", year=2023)
    return [(r["indicator_id"], r["measure"], r["value"], r["value_hi"], r["unit"], r["bound"])
            for r in extract_document(d)]


@pytest.mark.parametrize("sentence, expected", [
    ("地区生产总值增长6%左右。", ("gdp", "growth", 6.0, None, "%", "about")),
    ("地区生产总值约650亿元。", ("gdp", "level", 650.0, None, "亿元", "about")),
    ("固定资产投资增长10%以上。", ("fixed_asset_investment", "growth", 10.0, None, "%", "ge")),
    ("固定资产投资增长不低于10%。", ("fixed_asset_investment", "growth", 10.0, None, "%", "ge")),
    ("固定资产投资至少增长10%。", ("fixed_asset_investment", "growth", 10.0, None, "%", "ge")),
    ("地区生产总值突破600亿元。", ("gdp", "level", 600.0, None, "亿元", "ge")),
    ("地区生产总值超过600亿元。", ("gdp", "level", 600.0, None, "亿元", "ge")),
    ("城镇调查失业率控制在5.5%以内。", ("surveyed_unemployment", "level", 5.5, None, "%", "le")),
    ("城镇调查失业率5.5%以下。", ("surveyed_unemployment", "level", 5.5, None, "%", "le")),
    ("城镇调查失业率不超过5.5%。", ("surveyed_unemployment", "level", 5.5, None, "%", "le")),
    # a suffix beats a prefix: 控制在3%左右 is about, not le
    ("居民消费价格涨幅控制在3%左右。", ("cpi", "growth", 3.0, None, "%", "about")),
    ("地区生产总值增长7%—8%。", ("gdp", "growth", 7.0, 8.0, "%", "range")),
    ("地区生产总值增长8%。", ("gdp", "growth", 8.0, None, "%", "eq")),
])
def test_bound_words(sentence, expected):
    assert rows(sentence) == [expected]


def test_hardness_words_never_change_the_bound():
    d = document(PLAN.format("力争地区生产总值增长8%。"),
                 region="洛龙区", region_code="410311", level="county", parent_code="410300",
                 doc_type="plan_report", year=2023)
    [row] = extract_document(d)
    assert (row["bound"], row["hardness"]) == ("eq", "力争")


def test_bound_word_inside_a_name_is_no_bound():
    # 规模以上 is part of the indicator's name, 以上 after it says nothing about 8.5%
    assert rows("规模以上工业增加值增长8.5%。") == [("industrial_value_added", "growth", 8.5, None, "%", "eq")]


@lru_cache(maxsize=None)
def seed_rows(prefix: str, part: int = 0) -> tuple[dict, ...]:
    path = seed(prefix)
    d = clean_bytes(path.read_bytes(), source=str(path))[part]
    return tuple(extract_document(d))


def find(rows_, evidence_end: str) -> list[dict]:
    return [r for r in rows_ if r["evidence"].endswith(evidence_end)]


def test_seed_004_targets_keep_their_bounds():
    rows_ = seed_rows("004")
    [jobs] = [r for r in find(rows_, "城镇新增就业5500人以上")]
    assert (jobs["indicator_id"], jobs["value"], jobs["unit"], jobs["bound"], jobs["kind"], jobs["period"]) == \
        ("new_urban_jobs", 5500.0, "人", "ge", "target", "2021")
    [gdp] = [r for r in find(rows_, "生产总值增长8%左右") if r["period"] == "2021"]
    assert (gdp["measure"], gdp["value"], gdp["bound"]) == ("growth", 8.0, "about")
    [grain] = find(rows_, "粮食总产稳定在65万吨以上")
    assert (grain["indicator_id"], grain["value"], grain["unit"], grain["bound"]) == ("grain_output", 65.0, "万吨", "ge")


def test_seed_004_actual_with_le_bound():
    [row] = [r for r in find(seed_rows("004"), "登记失业率控制在4%以内") if r["kind"] == "actual"]
    assert (row["indicator_id"], row["kind"], row["period"], row["value"], row["bound"]) == \
        ("registered_unemployment", "actual", "2020", 4.0, "le")


def test_seed_004_jin_is_about():
    # 004 part 1 (洛阳市): 省外境内资金近4000亿元
    rows_ = [r for r in seed_rows("004", 1) if r["value"] == 4000.0 and r["unit"] == "亿元"]
    assert rows_ and all(r["bound"] == "about" for r in rows_)


@pytest.mark.parametrize("text, region, year, name, value", [
    ("一年来，48家企业与金融机构达成意向签约16.5亿元。", "涞水县", 2022, "企业与金融机构达成意向签约", 16.5),
    ("全年完成项目签约18个，开工项目12个。", "徐水区", 2019, "完成项目签约", 18.0),
    ("强势推进一二三街424户扫尾，45天签约293户，签约率70%。", "定兴县", 2022, "45天签约", 293.0),
])
def test_a_word_ending_in_a_bound_word_is_no_bound(text, region, year, name, value):
    # 签约 is signing (bounds.csv none): the 约 of it says nothing about the figure, and stays in the name
    d = document(text, region=region, year=year)
    [row] = [r for r in extract_document(d) if r["value"] == value]
    assert (row["indicator"], row["bound"]) == (name, "eq")


def test_a_bound_word_alone_before_the_figure_is_still_a_bound():
    d = document("过去一年，招商引资到位资金约16.5亿元，节约资金3000万元。", region="涞水县", year=2022)
    assert sorted((r["value"], r["bound"]) for r in extract_document(d)) == [(16.5, "about"), (3000.0, "eq")]
