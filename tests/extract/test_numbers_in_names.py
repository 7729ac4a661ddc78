"""A number inside a proper name is part of the name, not a figure (issue 13, point 6: numbers that are no figures
are not rows): a road's number after its class (省道227, 国道107), 项目 read as one word (227项目 is no 227 项),
a voltage describing a line or a station (蠡县东220千伏、握扭庄110千伏…输变电工程). Real sentences of counties of
保定 and small written cases."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.numbers import find_quantities
from tests.support import document


def rows(text: str, region: str, year: int) -> list[tuple]:
    d = document(text, region=region, year=year)
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_document(d)]


@pytest.mark.parametrize("text", [
    "省道227项目编制完成工程可行性研究报告。",  # 定兴县 2022
    "推进国道107改线工程。",
    "完成县道301段路面大修。",
])
def test_a_road_s_number_is_no_figure(text):
    assert find_quantities(text) == []


def test_a_count_of_projects_and_a_road_after_a_number_stay():
    assert [(q.value, q.unit) for q in find_quantities("实施省道改造项目12项。")] == [(12.0, "项")]
    # 107国道: a number before the road's class has no unit, so it never was a figure; the count after it is
    assert [(q.value, q.unit) for q in find_quantities("107国道沿线整治村庄23个。")] == [(23.0, "个")]


@pytest.mark.parametrize("text, region, year", [
    ("推进投资2.6亿元的蠡县东220千伏、握扭庄（玉田）110千伏输变电工程建设。", "蠡县", 2020),
    ("推进蠡县东220千伏输变电工程。", "蠡县", 2022),
])
def test_a_voltage_is_no_figure(text, region, year):
    assert all(unit != "千伏" for _, _, unit in rows(text, region, year))


def test_the_count_of_stations_of_a_voltage_stays():
    # 容城县 2017: the stations are counted, the voltage describes them
    got = rows("新增110千伏变电站2座，增容35千伏变电站6座，电力保障能力持续增强。", "容城县", 2017)
    assert ("新增110千伏变电站", 2.0, "座") in got and ("增容35千伏变电站", 6.0, "座") in got


@pytest.mark.parametrize("text, region, year, doc_type, name", [
    # a bracket of one or two characters right after a noun writes another kind of the same (社区（村）, 乡（镇）):
    # part of the name counted, never where it stops (乌海 2025, 鹤壁 2025)
    ("全市83个社区（村）已建成街道养老综合服务中心、养老服务站等养老服务设施共94个，床位721张。", "乌海市", 2025,
     "statistical_bulletin", "社区（村）已建成街道养老综合服务中心"),
    ("新建4个县（区）综合文化服务中心。", "某县", 2024, "government_work_report", "新建县（区）综合文化服务中心"),
])
def test_a_short_bracket_inside_a_counted_noun_is_part_of_it(text, region, year, doc_type, name):
    d = document(text, region=region, year=year, doc_type=doc_type)
    assert name in [r["indicator"] for r in extract_document(d)]


def test_a_counted_noun_with_a_bracket_ends_there_when_other_counts_follow():
    # 涞源县 2020: 42 is the communities' (villages') count, not the name of the townships' 36 villages after it
    d = document("42个社区(村)与我县17个乡镇36个贫困村结成帮扶对子。", region="涞源县", year=2020)
    named = {r["value"]: r["indicator"] for r in extract_document(d)}
    assert named.get(42.0) == "社区(村)"
