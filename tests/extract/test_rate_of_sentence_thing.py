"""A rate of a stage or of the money done, or an area built, standing alone (开工率, 投资完成率, 建筑面积: name_grammar.csv
sentence_rate) is of the one thing the sentence's figures counted, when the clause right before names none (issue 13,
point 6: an aspect word without its thing). Real sentences of a province and of counties, and small written cases."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.grammar import load_grammar
from tests.support import document


def rows(text: str, region: str, year: int, level: str) -> list[tuple[str, float, str]]:
    d = document(text, region=region, year=year, level=level, doc_type="government_work_report")
    return [(r["indicator"], r["value"], r["measure"]) for r in extract_document(d)]


def test_the_rates_are_words_of_the_grammar():
    words = set(load_grammar().words("sentence_rate"))
    assert {"开工率", "投资完成率"} <= words


@pytest.mark.parametrize("region, year, level, text, expected", [
    # 徐水区 2018: two clauses of other measures between the count of projects and the rate; a lead word (年度) kept
    ("保定市徐水区", 2018, "county",
     "全区共申列市以上重点项目24个，总投资1414.9亿元，年度投资完成率达115%，投资完成总量全市第一，开工率达100%。",
     [("申列市以上重点项目年度投资完成率", 115.0, "level"), ("申列市以上重点项目开工率", 100.0, "level")]),
    # 满城区 2020: the rate ranked, after the money done
    ("保定市满城区", 2020, "county",
     "全年实施省、市重点项目19个，完成投资47亿元，投资完成率全市排名第二，重点项目考核综合排位全市第三。",
     [("省、市重点项目投资完成率", 2.0, "rank")]),
    # 浙江 2026: the things counted only by the money done (a result verb and the aspect: 完成投资)
    ("浙江省", 2026, "province", "1596个“千项万亿”重大项目完成投资1.5万亿元，投资完成率125.5%。",
     [("“千项万亿”重大项目投资完成率", 125.5, "level")]),
    # 涞水县 2020: an area built (建筑面积) after a list of counts of one thing
    ("保定市涞水县", 2020, "county",
     "高效务实推进“1+5”专项行动，清理整改违建别墅项目19宗、1624栋、3119套，建筑面积87.95万平方米;违法违规用地整治完成525.86亩。",
     [("整改违建别墅项目建筑面积", 87.95, "level")]),
    # written: the area two clauses after the count
    ("阜平县", 2022, "county", "全年新建保障性住房小区3个，总投资5亿元，建筑面积12万平方米。",
     [("保障性住房小区建筑面积", 12.0, "level")]),
    # written: a stage rate two clauses after the count
    ("博野县", 2022, "county", "全年实施市级重点项目15个，完成投资12亿元，竣工率达到80%。",
     [("市级重点项目竣工率", 80.0, "level")]),
])
def test_a_rate_alone_is_of_the_thing_the_sentence_counted(region, year, level, text, expected):
    got = rows(text, region, year, level)
    for row in expected:
        assert row in got


@pytest.mark.parametrize("region, year, level, text, kept", [
    # 定兴县 2022: what the sentence counted is said with a verb (稳步推进): no thing, the rate stays as written
    ("保定市定兴县", 2022, "county",
     "20个省市重点项目稳步推进，中科锂电、通达泵阀等顺利开工，嘉旭福美大数据产业园竣工投产，共计完成投资51.48亿元，"
     "投资完成率达到127.9%。", ("投资完成率", 127.9, "level")),
    # written: two things counted: the rate is of the thing of the clause right before, as any aspect word's
    ("博野县", 2022, "county", "全年实施市级重点项目15个，新建标准化厂房8栋，竣工率达到80%。",
     ("新建标准化厂房竣工率", 80.0, "level")),
    # written: no count before in the sentence
    ("博野县", 2022, "county", "重点工作扎实推进。竣工率达到80%。", ("竣工率", 80.0, "level")),
])
def test_no_one_thing_counted_leaves_the_rate_to_the_clause_before(region, year, level, text, kept):
    assert kept in rows(text, region, year, level)
