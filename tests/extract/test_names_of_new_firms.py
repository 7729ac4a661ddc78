"""新增规模以上企业 and “小升规”企业: the count of firms newly above the threshold, read as 规模以上工业企业 (as the
guide's gold reads 年内新增规模以上工业企业2家), on reports of a province and of counties."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from tests.support import document


@pytest.mark.parametrize("region, year, sentence, expected", [
    ("陕西省", 2026, "二、2026年工作安排\n力争新增规模以上企业1000家，千亿级产业链达到12条。\n", (1000.0, "eq", "2026")),
    ("满城区", 2023, "二、2023年工作安排\n全年培育领军企业10家以上，新增“小升规”企业20家。\n", (20.0, "eq", "2023")),
    ("满城区", 2022, "二、2022年工作安排\n力争新增“小升规”企业26家以上、“专精特新”企业1家以上。\n", (26.0, "ge", "2022")),
    ("博野县", 2022, "二、2022年工作安排\n力争年内新增规上企业10家，增强高质量发展动力。\n", (10.0, "eq", "2022")),
    ("徐水县", 2010, "一、2009年工作回顾\n对中小企业给予重点扶持，新增规模以上企业11家。\n", (11.0, "eq", "2009")),
])
def test_new_firms_above_the_threshold(region, year, sentence, expected):
    d = document(sentence, region=region, year=year)
    got = [(r["value"], r["bound"], r["period"]) for r in extract_document(d) if r["indicator_id"] == "industrial_enterprises"]
    assert got == [expected]


def test_new_service_firms_are_not_industrial_ones():
    d = document("二、2022年工作安排\n新增规上服务业企业5家。\n", region="博野县", year=2022)
    assert [r["indicator_id"] for r in extract_document(d)] == ["new_above_scale_services"]


# A list that counts first (36家A、5家B) goes on counting first: the name before 5家 is the noun the count before
# it counted, and 5家 counts the noun after it (安国市 2020, 福建 2026, 上海 2024), done as the list's first (新增).
@pytest.mark.parametrize("region, year, sentence, expected", [
    ("安国市", 2020, "二、2020年发展思路和工作重点\n提升企业创新能力，计划新增36家科技型中小企业、5家科技小巨人企业、"
                    "5家高新技术企业，形成科技型中小企业铺天盖地的局面。\n",
     [("科技型中小企业", 36.0), ("新增科技小巨人企业", 5.0), ("高新技术企业", 5.0)]),
    ("福建省", 2026, "一、“十四五”时期工作回顾\n电子信息、先进装备制造等支柱产业规模不断壮大，新增2个国家先进制造业集群、"
                    "19个国家中小企业特色产业集群，动力电池、储能电池等新兴产业加快发展。\n",
     [("国家先进制造业集群", 2.0), ("新增国家中小企业特色产业集群", 19.0)]),
    ("上海市", 2024, "二、2024年主要任务\n完善养老服务设施布局，新增4000张养老床位、30个社区长者食堂，改建3000张认知障碍照护床位。\n",
     [("养老床位", 4000.0), ("新增社区长者食堂", 30.0)]),
])
def test_a_list_that_counts_first_goes_on_counting_first(region, year, sentence, expected):
    d = document(sentence, region=region, year=year)
    got = [(r["indicator"], r["value"]) for r in extract_document(d)]
    assert all(x in got for x in expected), got
    assert not any(name == expected[0][0] and value == expected[1][1] for name, value in got), got


@pytest.mark.parametrize("region, sentence, expected", [
    # 有效期内 (whose certificate has not lapsed) says what the count of a certified thing always counts (江西 2026, in
    # a review and in the year's goals); 泉州 2025's 有效期内绿色食品 keeps its words as a phrase of its own
    ("江西省", "一、2025年工作回顾\n有效期内高新技术企业达7800家。\n", [("high_tech_enterprises", "高新技术企业", 7800.0)]),
    ("江西省", "二、2026年工作安排\n有效期内高新技术企业达8200家。\n", [("high_tech_enterprises", "高新技术企业", 8200.0)]),
    ("泉州市", "一、2025年工作回顾\n有效期内福建名牌农产品32个，有效期内绿色食品168个。\n",
     [("", "有效期内福建名牌农产品", 32.0), ("", "有效期内绿色食品", 168.0)]),
])
def test_a_count_of_what_is_certified_while_it_holds(region, sentence, expected):
    d = document(sentence, region=region, year=2026)
    assert [(r["indicator_id"], r["indicator"], r["value"]) for r in extract_document(d)] == expected
