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
