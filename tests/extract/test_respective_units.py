"""A 分别 list gives its unit once, after the last figure (分别是2005年的2.7和2.4倍): the figures before it, joined by 和,
与 or 、, are in that unit (numbers._respective_without_unit). Only after 分别 in the same clause."""
from __future__ import annotations

import pytest

from govreport.extract.numbers import find_quantities
from tests.extract.test_whose_over_clauses import rows


@pytest.mark.parametrize("text, expected", [
    ("分别是2005年的2.7和2.4倍", [(2.7, "倍"), (2.4, "倍")]),
    ("分别提高1.5和1.2个百分点", [(1.5, "个百分点"), (1.2, "个百分点")]),
    ("分别增长6.5、7.8与9%", [(6.5, "%"), (7.8, "%"), (9.0, "%")]),
    ("分别达238和317个", [(238.0, "个"), (317.0, "个")]),
])
def test_the_last_figures_unit_is_the_lists(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text", [
    "开通地铁3和5号线的站点12个",   # no 分别: a bare number before 和 is no figure
    "分别开工，其中3和5个项目",      # 分别 in another clause
    "分别达到238和317",             # no unit at the end: nothing to share
])
def test_no_unit_is_shared_outside_a_respective_list(text):
    found = find_quantities(text)
    assert all(q.text[-1:] not in "0123456789" for q in found)


def test_a_five_year_reviews_multiples_give_both_revenues():
    # 徐水县 2011 (dev-heldout-6): 全部财政收入 2.7 times and 一般预算收入 2.4 times their 2005 level
    text = ("一、“十一五”时期工作回顾\n财政收入快速增长，人民生活水平不断提高。2010年，完成全部财政收入77653万元，"
            "其中一般预算收入完成27069万元，分别是2005年的2.7和2.4倍，确保了公教人员工资发放和机关正常运转。\n")
    found = [(r["indicator"], r["measure"], r["value"], r["unit"]) for r in rows(text, "徐水县", 2011)
             if r["unit"] == "倍"]
    assert found == [("财政总收入", "change", 2.7, "倍"), ("一般公共预算收入", "change", 2.4, "倍")]


def test_two_rates_raised_by_points_each_get_theirs():
    text = "一、2025年工作回顾\n常住人口城镇化率和户籍人口城镇化率分别提高1.5和1.2个百分点。\n"
    found = [(r["indicator"], r["value"]) for r in rows(text, "曲阳县", 2026)]
    assert found == [("常住人口城镇化率", 1.5), ("户籍人口城镇化率", 1.2)]


def test_running_totals_of_a_new_list_are_named_as_totals():
    # the list's 新增 is every item's; the running totals after 累计分别达 are each item's stock (a 苏州 2025 communiqué
    # sentence, with phrase names)
    text = "新增省级示范农场11家、市级示范农场48家，累计分别达238和317家。\n"
    found = [(r["indicator"], r["value"]) for r in rows(text, "苏州市", 2025, "city")]
    assert ("省级示范农场累计", 238.0) in found and ("市级示范农场累计", 317.0) in found
