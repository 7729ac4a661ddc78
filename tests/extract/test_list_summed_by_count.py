"""A list of statistics summed up by their count after the last item (A、B、C三项指标, …四项主要经济数据) gives each
item its figure: the count names the items and is no part of the last one's name (structures._without_list_sum)."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document


def rows(region: str, year: int, text: str) -> list[tuple]:
    d = dict(doc_id="x", source="x", region=region, region_code="", level="county", parent_code="",
             doc_type="government_work_report", year=year, date=None, title="", text=f"一、{year - 1}年工作回顾\n{text}\n")
    return [(r["indicator"], r["measure"], r["value"]) for r in extract_document(d)]


@pytest.mark.parametrize("region, year, text, expected", [
    # 博野县 2022: one rank shared by four statistics, the last named with the count after it
    ("博野县", 2022, "全县生产总值、固定资产投资、社会消费品零售总额、规上企业工业增加值四项主要经济数据增长率排名全市前五。",
     [("地区生产总值", "rank", 5.0), ("固定资产投资", "rank", 5.0), ("社会消费品零售总额", "rank", 5.0),
      ("规模以上工业增加值", "rank", 5.0)]),
    # the same pattern with 分别 and with 等 (written for the rule)
    ("徐水区", 2020, "地区生产总值、固定资产投资、规模以上工业增加值三项指标分别增长5%、6%、7%。",
     [("地区生产总值", "growth", 5.0), ("固定资产投资", "growth", 6.0), ("规模以上工业增加值", "growth", 7.0)]),
    ("涞源县", 2025, "地区生产总值、一般公共预算收入等三项指标增速均居全市第一。",
     [("地区生产总值", "rank", 1.0), ("一般公共预算收入", "rank", 1.0)]),
])
def test_each_item_of_a_summed_list_has_its_figure(region, year, text, expected):
    assert rows(region, year, text) == expected


def test_a_count_that_is_not_the_lists_length_stays_in_the_name():
    # three items, 两项: the count says something else; the last phrase is left as written
    got = rows("徐水区", 2020, "地区生产总值、固定资产投资、规模以上工业增加值两项指标增速均居全市第一。")
    assert ("规模以上工业增加值", "rank", 1.0) not in got
    assert got[-1][0] == "规模以上工业增加值两项指标"
