"""A verb alone before an amount of money is named with the funds said right after it (issue 13, point 6)."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import funds_after
from tests.support import document


def names(text: str, region: str, code: str, level: str) -> list[tuple[str, float]]:
    d = document("一、2025年工作回顾\n" + text + "\n", region=region, region_code=code, level=level,
                 parent_code=code[:4] + "00", year=2026)
    return [(r["indicator"], r["value"]) for r in extract_document(d)]


@pytest.mark.parametrize("text, region, code, level, expected", [
    # 博野县 2025
    ("城镇新增就业2100人，及时足额拨付1600万元就业补助资金，发放创业担保贷款800万元，超额完成年度就业任务目标。",
     "博野县", "130637", "county", ("及时足额拨付就业补助资金", 1600.0)),
    # 新疆 2026
    ("设立100亿元南疆发展专项资金，支持南疆产业发展。", "新疆维吾尔自治区", "650000", "province",
     ("设立南疆发展专项资金", 100.0)),
    ("设立10亿元绿色发展纵向补偿基金，完善生态环境补偿机制。", "新疆维吾尔自治区", "650000", "province",
     ("设立绿色发展纵向补偿基金", 10.0)),
])
def test_a_verb_alone_before_money_takes_the_funds_after_it(text, region, code, level, expected):
    assert expected in names(text, region, code, level)


def test_what_is_done_with_money_after_it_names_no_funds():
    # 徐水区 2024: 财政投入3718万元，统筹推进抢险救灾… (the clause after says what the money does, no funds)
    got = names("财政投入3718万元，统筹推进抢险救灾、应急生活救助、房屋修建等工作。", "徐水区", "130609", "county")
    assert ("财政投入", 3718.0) in got


@pytest.mark.parametrize("after, funds", [
    ("就业补助资金，发放", "就业补助资金"),
    ("南疆发展专项资金，支持", "南疆发展专项资金"),
    ("，统筹推进抢险救灾", ""),
    ("用于改善办学条件。", ""),  # (a purpose, no funds)
    ("的直隶黑猪养殖基地项目", ""),
    ("资金", ""),  # (a word of funds alone says no more than the amount)
])
def test_funds_after(after, funds):
    assert funds_after(after) == funds
