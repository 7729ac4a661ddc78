"""An enumeration's marker (一是, 二是 …) leads a subject and names nothing; 增长速度 is 增速 written out
(predicates.csv: lead, growth_aspect). Found on 宁夏 2026 after dev-heldout-4 was measured."""
from __future__ import annotations

import pytest

from tests.extract.test_whose_over_clauses import rows


def _ranks(text: str, region: str, year: int, level: str) -> list[tuple]:
    return [(r["indicator"], r["value"], r["bound"], r["rank_scope"]) for r in rows(text, region, year, level)
            if r["measure"] == "rank"]


def test_a_marker_and_growth_written_out_leave_gdp_ranked():
    # 宁夏 2026: 一是全区经济增长速度连续4年居全国前六（含并列）
    text = "一、“十四五”时期和2025年工作回顾\n五年来，发展出亮点：一是全区经济增长速度连续4年居全国前六（含并列）。\n"
    assert ("地区生产总值", 6.0, "le", "全国") in _ranks(text, "宁夏回族自治区", 2026, "province")


def test_growth_written_out_is_growth_in_a_county():
    # 增长速度 as 增速 in a county's review (a sentence as 保定's reports write them)
    text = "一、2019年工作回顾\n全县经济增长速度居全市第三位。\n"
    assert ("地区生产总值", 3.0, "eq", "全市") in _ranks(text, "涞水县", 2020, "county")


def test_a_later_marker_is_a_lead_too():
    text = "一、2019年工作回顾\n二是地区生产总值增速居全市第二位，三是一般公共预算收入增速居全市第一位。\n"
    found = _ranks(text, "蠡县", 2020, "county")
    assert ("地区生产总值", 2.0, "eq", "全市") in found
    assert ("一般公共预算收入", 1.0, "eq", "全市") in found
    assert not [r for r in rows(text, "蠡县", 2020, "county") if r["indicator"].endswith("是")]


@pytest.mark.parametrize("marked", ["⑨新增就业2000人", "3.新增就业2000人", "⑶新增就业2000人"])
def test_an_items_number_leaves_the_name_it_opens(marked):
    # 博野县 2022 numbers its 民生实事 ①…⑩ (⑨精心办好10场招聘会，新增就业2000人); outlines number items 3.
    found = rows("一、2021年工作回顾\n" + marked + "。\n", "博野县", 2022, "county")
    assert [(r["indicator"], r["value"]) for r in found] == [("城镇新增就业", 2000.0)]


def test_an_items_number_leaves_a_phrase_name():
    found = rows("一、2021年工作回顾\n⑦建设地面停车位1170个。\n", "博野县", 2022, "county")
    assert [r["indicator"] for r in found] == ["建设地面停车位"]
