"""rankings.py: 居全市第二, 全省排名第20位, 位居全市第一, aspects (总量和增幅), and what is not a ranking."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.rankings import find_ranks
from tests.support import seed_rows


def ranks(text: str) -> list[tuple]:
    return [(r.value, r.scope, r.aspects) for r in find_ranks(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("居全市第二", [(2, "全市", ("level",))]),
    ("全省排名第20位", [(20, "全省", ("level",))]),
    ("位居全市第一", [(1, "全市", ("level",))]),
    ("居八城区第三", [(3, "八城区", ("level",))]),
    ("稳居全市首位", [(1, "全市", ("level",))]),
    ("总量和增幅均位居全市第一", [(1, "全市", ("level", "growth"))]),
    ("增量、总量均保持全市第一", [(1, "全市", ("level",))]),
])
def test_rankings(text, expected):
    assert ranks(text) == expected


@pytest.mark.parametrize("text", [
    "进入全省第一方阵",
    "居全省前列",
    "第一批试点",
    "第十四届人民代表大会第六次会议",
    "第一议题",
])
def test_not_rankings(text):
    assert ranks(text) == []


def doc(text: str) -> dict:
    return dict(doc_id="x", source="x", region="尉氏县", region_code="410223", level="county", parent_code="410200",
                doc_type="government_work_report", year=2021, date=None, text=text)


def rank_rows(text: str) -> list[tuple]:
    return [(r["indicator_id"], r["value"], r["unit"], r["rank_scope"], r["period"], r["qualifier"])
            for r in extract_document(doc(text)) if r["measure"] == "rank"]


def test_ranking_after_a_figure_takes_its_subject():
    assert rank_rows("一般公共预算收入26.7亿元,增长3.5%,全市排名第一,全省排名第20位。") == [
        ("budget_revenue", 1.0, "位", "全市", "2020", ""),
        ("budget_revenue", 20.0, "位", "全省", "2020", ""),
    ]


def test_ranking_without_any_other_number():
    assert rank_rows("一般公共预算收入全省排名第20位。") == [("budget_revenue", 20.0, "位", "全省", "2020", "")]
    assert rank_rows("规模以上工业增加值位居全市第一。") == [
        ("industrial_value_added", 1.0, "位", "全市", "2020", "")]


def test_level_and_growth_ranked_together_give_two_rows():
    assert rank_rows("全县GDP完成431.8亿元,增长2.5%,总量和增幅均位居全市第一。") == [
        ("gdp", 1.0, "位", "全市", "2020", "总量"),
        ("gdp", 1.0, "位", "全市", "2020", "增幅"),
    ]


def test_front_rank_is_no_figure():
    assert extract_document(doc("主要经济指标增速位居省、市前列。")) == []


def test_seed_000_market_entities_rank():
    got = [(r["value"], r["rank_scope"], r["period"]) for r in seed_rows("000")
           if r["measure"] == "rank" and r["indicator_id"] == "new_market_entities"]
    assert got == [(1.0, "全市", "2022")]


def test_seed_004_tax_ranks():
    got = [(r["value"], r["rank_scope"]) for r in seed_rows("004")
           if r["measure"] == "rank" and r["indicator_id"] == "tax_revenue"]
    assert got == [(1.0, "全市"), (19.0, "全省")]


def test_level_and_growth_ranked_respectively_give_each_its_own_ordinal():
    assert rank_rows("全县生产总值完成431.8亿元,增长2.5%,总量和增速分别居全市第8位、第3位。") == [
        ("gdp", 8.0, "位", "全市", "2020", "总量"), ("gdp", 3.0, "位", "全市", "2020", "增速")]
