"""分别 with one rate after clauses that each gave one indicator its level: the rate is each one's (issue 13:
headline recall)."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from tests.support import document


def growths(sentence: str) -> list[tuple]:
    d = document("一、2014年工作回顾\n" + sentence + "\n", region="容城县", level="county", parent_code="130600",
                 year=2015)
    return [(r["indicator_id"], r["value"]) for r in extract_document(d) if r["measure"] == "growth"]


def test_one_rate_said_of_each():
    # 容城县 2015
    assert growths("人民生活持续改善，城镇居民人均可支配收入预计完成1.9万元，农民人均纯收入预计完成1.2万元，"
                   "同比分别增长11%。") == [("urban_disposable_income", 11.0), ("rural_disposable_income", 11.0)]


@pytest.mark.parametrize("sentence, expected", [
    # two rates for two: each its own, as before
    ("城镇居民人均可支配收入完成1.9万元，农民人均纯收入完成1.2万元，分别增长11%和12%。",
     [("urban_disposable_income", 11.0), ("rural_disposable_income", 12.0)]),
    # a clause before with a growth of its own: the rate is not every clause's
    ("地区生产总值完成100亿元，增长5%，一般公共预算收入完成3亿元，同比分别增长11%。",
     [("gdp", 5.0), ("budget_revenue", 11.0)]),
    # without 分别 the rate is the last one's
    ("城镇居民人均可支配收入完成1.9万元，农民人均纯收入完成1.2万元，同比增长11%。",
     [("rural_disposable_income", 11.0)]),
])
def test_a_rate_is_each_ones_only_when_said(sentence, expected):
    assert growths(sentence) == expected

