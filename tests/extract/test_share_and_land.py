"""What a free phrase's figure measures when the words say it (issue 13, point 6: right fields, a name that says what
is counted): a percentage named by a share word (比重, 比例, 份额, 占比, 占有率) is a share, not a level; the land or
space right after an area or a length (土地, 荒山, 建设用地, 发展空间, 岸线: name_grammar.csv extent_thing) is the
thing measured. Real sentences of several governments and small written cases."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from tests.support import document


def rows(text: str, region: str, year: int, doc_type: str = "government_work_report") -> list[tuple]:
    d = document(text, region=region, year=year, doc_type=doc_type)
    return [(r["indicator"], r["measure"], r["value"], r["unit"]) for r in extract_document(d)]


@pytest.mark.parametrize("text, region, year, doc_type, expected", [
    ("其中规上工业企业研发投入占比60%左右。", "吉林省", 2026, "government_work_report",
     ("规上工业企业研发投入占比", "share", 60.0, "%")),
    ("重点行业场所替代品占有率达84%。", "海南省", 2026, "government_work_report",
     ("重点行业场所替代品占有率", "share", 84.0, "%")),
    ("市区空气质量优良天数比例为96.2%。", "南宁市", 2025, "statistical_bulletin",
     ("市区空气质量优良天数比例", "share", 96.2, "%")),
    ("九项民生支出占一般公共预算支出的比重达75%。", "某县", 2024, "government_work_report",
     ("九项民生支出占一般公共预算支出的比重", "share", 75.0, "%")),
])
def test_a_percentage_named_by_a_share_word_is_a_share(text, region, year, doc_type, expected):
    assert expected in rows(text, region, year, doc_type)


@pytest.mark.parametrize("text, region, year, expected", [
    # a change of a share in points stays a change (福建 2026)
    ("九龙江流域优质水比例提升14.3个百分点。", "福建省", 2026, ("九龙江流域优质水比例", "change", 14.3, "个百分点")),
    # a rate that is no share keeps its level (a share word inside, not at the end)
    ("比例尺测绘完成率达95%。", "某县", 2024, ("比例尺测绘完成率", "level", 95.0, "%")),
])
def test_other_percentages_keep_their_measure(text, region, year, expected):
    assert expected in rows(text, region, year)


@pytest.mark.parametrize("text, region, year, name", [
    ("整理出7.6万亩荒山，完成了5.38万人的搬迁，种植了9.7万亩林果。", "阜平县", 2021, "整理出荒山"),
    ("整理出7.6万亩荒山，完成了5.38万人的搬迁，种植了9.7万亩林果。", "阜平县", 2021, "种植林果"),
    ("全力开展征迁扫尾攻坚，整理2380亩建设用地，腾出8平方公里发展空间。", "定兴县", 2022, "整理建设用地"),
    ("全力开展征迁扫尾攻坚，整理2380亩建设用地，腾出8平方公里发展空间。", "定兴县", 2022, "腾出发展空间"),
    ("激活我区东部23.4平方公里土地，打造产业新城。", "某区", 2024, "激活我区东部土地"),
])
def test_the_land_after_an_area_is_what_it_measures(text, region, year, name):
    assert name in [r[0] for r in rows(text, region, year)]


@pytest.mark.parametrize("text, region, year, name", [
    # the thing is named before the area: the words after are another clause's (徐水县 2010)
    ("争取用地指标1265亩，居全市第一。", "徐水县", 2010, "用地指标"),
    # the work done to a length is named by the work (上海 2024: the rule before this one)
    ("完成210公里农村公路提档升级。", "上海市", 2024, "完成农村公路提档升级"),
])
def test_an_area_without_land_after_it_keeps_its_name(text, region, year, name):
    assert name in [r[0] for r in rows(text, region, year)]


def test_land_planted_over_a_review_of_five_years_is_the_span_s():
    # 种植, 整理: verbs of things done (done_verbs.csv), so the land is summed over the review's span (阜平县 2021)
    text = ("一、“十三五”时期工作回顾\n五年来，我们整理出7.6万亩荒山，完成了5.38万人的搬迁，种植了9.7万亩林果，"
            "创造了收获满满的“十三五”。")
    d = document(text, region="阜平县", year=2021, doc_type="government_work_report")
    periods = {r["indicator"]: r["period"] for r in extract_document(d)}
    assert periods.get("整理出荒山") == "2016-2020" and periods.get("种植林果") == "2016-2020"
