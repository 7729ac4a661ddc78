"""A count of new ones followed by the stock it reached (全年净增市场主体3000家、达到3.3万家): the stock is no new one.
A free phrase is named as the running total (市场主体累计, as 新增公园162座、累计达到832座 gives 公园累计); the new count
keeps its word (docs/extract.md, "the running total after the new ones"). Sentences of 满城区 2023 and 陕西 2026, and
written cases."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from tests.support import document


@pytest.mark.parametrize("region, year, sentence, expected", [
    ("满城区", 2023, "一、2022年工作回顾\n优化营商环境，全年净增市场主体3000家、达到3.3万家。\n",
     [("净增市场主体", 3000.0), ("市场主体累计", 33000.0)]),
    ("陕西省", 2026, "一、“十四五”时期工作回顾\n县域经济加快发展，新增经济总量超200亿元县2个、达到29个。\n",
     [("新增经济总量超200亿元县", 2.0), ("经济总量超200亿元县累计", 29.0)]),
    # as before: 累计 says it (上海 2024), 总数 too
    ("上海市", 2024, "一、2023年工作回顾\n新增公园162座、累计达到832座。\n", [("新增公园", 162.0), ("公园累计", 832.0)]),
    ("满城区", 2023, "一、2022年工作回顾\n新增农民合作社120家，总数达到860家。\n",
     [("新增农民合作社", 120.0), ("农民合作社总数", 860.0)]),
])
def test_the_stock_reached_after_new_ones_is_no_new_one(region, year, sentence, expected):
    d = document(sentence, region=region, year=year)
    rows = extract_document(d)
    assert [(r["indicator"], r["value"]) for r in rows] == expected
    for r in rows:
        assert d["text"][r["start"]:r["end"]] == r["evidence"]


def test_new_ones_again_and_a_rate_of_the_new_ones_keep_the_new_word():
    d = document("一、2022年工作回顾\n新增家庭农场35家、增长12%；新增贷款5亿元，累计新增20亿元。\n", region="满城区", year=2023)
    names = {r["value"]: r["indicator"] for r in extract_document(d)}
    assert names[12.0] == "新增家庭农场", names


def test_a_number_in_brackets_is_no_part_of_a_name():
    # 涞源县 2025: the page's note marks are written (2), (5), as （2） elsewhere
    d = document("一、2024年工作回顾\n组织“政银企对接”“百行联千企”(2)活动14次，享受“雨露计划”(5)的毕业生就业率达93.4%。\n",
                 region="涞源县", year=2025)
    names = [r["indicator"] for r in extract_document(d)]
    assert names == ["组织“政银企对接”“百行联千企”活动", "享受“雨露计划”的毕业生就业率"], names
