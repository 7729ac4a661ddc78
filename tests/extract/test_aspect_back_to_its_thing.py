"""An aspect word written with a lead or manner word of its own (年度计划投资, 计划总投资, 基本建成率) is of the thing the
figure before it counts (issue 13, point 6: free-phrase names): sentences of several governments."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from tests.support import document


def names(region: str, year: int, text: str) -> list[tuple[str, float]]:
    d = document(f"一、{year - 1}年工作回顾\n{text}\n", region=region, level="county", parent_code="130600", year=year)
    return [(r["indicator"], r["value"]) for r in extract_document(d)]


@pytest.mark.parametrize("region, year, text, expected", [
    # 阜平县 2020, 2021: a plan's year word and the plan word before the aspect
    ("阜平县", 2020, "全年谋划实施总投资323亿元的重点项目82项，年度计划投资41亿元。", ("重点项目年度计划投资", 41.0)),
    ("阜平县", 2021, "全年谋划实施千万元以上重点项目84个，年度计划投资45亿元以上。", ("千万元以上重点项目年度计划投资", 45.0)),
    # 定兴县 2020: 计划 alone before the aspect
    ("定兴县", 2020, "谋划省、市重点项目不少于10个，计划总投资不少于150亿元。", ("省、市重点项目计划总投资", 150.0)),
    # 涞水县 2020: a manner word before a rate listed after a rate with its thing
    ("涞水县", 2020, "棚改开工率、基本建成率均达100%。", ("棚改基本建成率", 100.0)),
    # a sentence written for the rule (another county's words): 年度 alone
    ("博野县", 2022, "实施市级重点项目15个，年度投资12亿元。", ("市级重点项目年度投资", 12.0)),
])
def test_an_aspect_after_a_lead_word_takes_the_thing_counted_before(region, year, text, expected):
    assert expected in names(region, year, text)


@pytest.mark.parametrize("region, year, text, kept", [
    # the figure before is a measure, no thing: the phrase stays as written (定兴县 2020)
    ("定兴县", 2020, "计划总投资不少于150亿元，年度计划投资不少于9亿元。", ("年度计划投资", 9.0)),
    # no figure before in the sentence: as written (阜平县 2021's words alone)
    ("阜平县", 2021, "年度计划投资45亿元以上。", ("年度计划投资", 45.0)),
])
def test_an_aspect_with_no_thing_before_stays_as_written(region, year, text, kept):
    assert kept in names(region, year, text)


@pytest.mark.parametrize("region, year, text, expected", [
    # 容城县 2017: what is cut of a pollutant is its emission
    ("容城县", 2017, "五年来，二氧化硫累计削减1399.3吨，化学需氧量累计削减3008.2吨。",
     [("二氧化硫排放量", -1399.3), ("化学需氧量排放量", -3008.2)]),
    # 新疆 2026's words in a county's sentence: a crop grown more is its output
    ("博野县", 2021, "粮食增产1.2万吨。", [("粮食产量", 1.2)]),
])
def test_a_change_verb_names_the_side_of_the_thing_changed(region, year, text, expected):
    assert names(region, year, text) == expected


def test_a_change_verb_that_names_no_side_leaves_the_thing():
    # (一般性支出 is an amount of its own; 减少 says no side of 贫困人口)
    assert names("阜平县", 2020, "一般性支出削减10%，贫困人口减少1200人。") == [("一般性支出", -10.0), ("贫困人口", -1200.0)]


@pytest.mark.parametrize("region, year, text, expected", [
    # 阜平县 2020: a drive word and the count of households before what is measured of them
    ("阜平县", 2020, "带动9459户贫困户年均增收9000元左右。", ("贫困户年均增收", 9000.0)),
    # 定兴县 2020: the count opens the name
    ("定兴县", 2020, "63人获得保险赔付资金8.1万元。", ("获得保险赔付资金", 8.1)),
    # 福建 2026's words in a county's sentence: projects counted, their investment measured
    ("博野县", 2024, "1550个省重点项目完成投资7398亿元。", ("省重点项目完成投资", 7398.0)),
    # 定兴县 2021: the count before the rate's thing
    ("定兴县", 2021, "10个省市重点项目投资完成率达到149.5%。", ("省市重点项目投资完成率", 149.5)),
])
def test_a_name_holds_no_count_of_its_things(region, year, text, expected):
    assert expected in names(region, year, text)


@pytest.mark.parametrize("region, year, text, kept", [
    # a class above an amount, a visit count, a count after words that are no verb: as written
    ("阜平县", 2020, "引进投资超10亿元重大项目14个。", "引进投资超10亿元重大项目"),
    ("博野县", 2021, "辐射带动45个贫困村2647户贫困家庭。", "辐射带动45个贫困村贫困家庭"),
    ("定兴县", 2020, "为25万人次报销补偿4767万元。", "为25万人次报销补偿"),
])
def test_a_number_that_is_part_of_the_name_stays(region, year, text, kept):
    assert kept in [n for n, _ in names(region, year, text)]


@pytest.mark.parametrize("region, year, text", [
    # the first figure of a 分别 list written without its unit: the other item's figure in the name, no row
    ("博野县", 2025, "橡胶机带、生态涂装两个特色产业集群产值分别突破70和50亿元。"),
    ("阜平县", 2011, "一般预算收入完成27069万元，分别是2005年的2.7和2.4倍。"),
])
def test_a_respective_lists_first_figure_is_no_name(region, year, text):
    assert not any(any(c.isdigit() for c in n) and "分别" in n for n, _ in names(region, year, text))


@pytest.mark.parametrize("region, year, text, expected", [
    # 唐县 2020, 容城县 2017: the level a change started from, read into the name
    ("唐县", 2020, "企业开办时间从8个工作日压减至3个。", ("企业开办时间", 3.0)),
    ("容城县", 2017, "城区面积由6.7平方公里拓展到8.5平方公里。", ("城区面积", 8.5)),
    # 重庆 2026's words in a county's sentence
    ("阜平县", 2022, "县属国有企业由12家整合为4家。", ("县属国有企业", 4.0)),
])
def test_a_name_holds_no_starting_level(region, year, text, expected):
    assert expected in names(region, year, text)


@pytest.mark.parametrize("region, year, text, expected", [
    # 博野县 2021, 阜平县 2017: the sum spent opens the name of the things counted
    ("博野县", 2021, "投资7500万元实施了7个教育项目。", ("实施教育项目", 7.0)),
    ("阜平县", 2017, "投资9500万元建设保障性住房1128套。", ("建设保障性住房", 1128.0)),
    # 定兴县 2021
    ("定兴县", 2021, "投资5.67亿元新建改造农村公路124公里。", ("新建改造农村公路", 124.0)),
])
def test_a_count_is_named_without_the_sum_spent(region, year, text, expected):
    assert expected in names(region, year, text)


def test_a_sum_before_an_aspect_stays():
    # 徐水区 2024: 完成装机容量 alone names no thing; the name stays as written, the row kept
    assert ("投资13.5亿元完成装机容量", 30.3) in names("徐水区", 2024, "投资13.5亿元完成装机容量30.3万千瓦。")
