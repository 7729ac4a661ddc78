"""Free-phrase names cut or run on (issue 13, point 6): a manner word kept and its verb dropped (扎实矿山整合重组),
a time word inside a name, what is done said after the counted thing, a list's shared verb lost across a quote or a
note's mark. Real sentences of several governments (corpus-county, corpus-2026, the 上海 dev corpus, communiqués)."""

from __future__ import annotations

import re

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import verb_after_manner, without_time_words
from tests.support import document


def names(text: str, region: str, year: int, doc_type: str = "government_work_report") -> list[tuple[str, float]]:
    d = document(text, region=region, year=year, doc_type=doc_type)
    return [(r["indicator"], r["value"]) for r in extract_document(d)]


@pytest.mark.parametrize("text, region, year, expected", [
    ("扎实推进28家矿山整合重组，全力实施6项重点领域清理规范。", "阜平县", 2022,
     [("扎实推进矿山整合重组", 28.0), ("全力实施重点领域清理规范", 6.0)]),
    ("圆满完成13个整体征迁村。", "容城县", 2020, [("圆满完成整体征迁村", 13.0)]),
    # the list's next item goes on with the whole action (博野县 2025)
    ("积极争取3个国家级试点、9个省级试点。", "博野县", 2025, [("积极争取国家级试点", 3.0), ("积极争取省级试点", 9.0)]),
    ("稳妥推进55个扩面试点项目。", "湖北省", 2026, [("稳妥推进扩面试点项目", 55.0)]),
    ("高质量完成20件民生实事。", "辽宁省", 2026, [("高质量完成民生实事", 20.0)]),
    ("先后建成42万张方舱床位。", "上海市", 2023, [("先后建成方舱床位", 420000.0)]),
    # two verbs of doing: both (阜平县 2021, 浙江 2026)
    ("改造提升93所小规模及薄弱学校。", "阜平县", 2021, [("改造提升小规模及薄弱学校", 93.0)]),
    # a time word before the verb is an opening word, and the verb stays (博野县 2024)
    ("年内建成1个以上移风易俗示范镇。", "博野县", 2024, [("建成移风易俗示范镇", 1.0)]),
])
def test_manner_word_keeps_its_verb(text, region, year, expected):
    assert names(text, region, year) == expected


def test_a_verb_of_having_says_a_stock():
    # 共有 is no deed (南宁 2025's communiqué): the name stays the place's things
    assert names("年末辖区内共有7个融媒体中心。", "南宁市", 2025, "statistical_communique") == [("辖区内融媒体中心", 7.0)]


_VERBS = re.compile(r"(?P<verbs>(?:推进|完成|争取|建成)+)了?(?:近|超过)?")


@pytest.mark.parametrize("words, gap, expected", [
    ("扎实", "推进", "扎实推进"), ("圆满", "完成了", "圆满完成"), ("积极", "争取近", "积极争取"),
    ("扎实", "", "扎实"), ("扎实", "推进总投资", "扎实"), ("", "推进", ""),  # (a gap that says more: unchanged)
])
def test_verb_after_manner(words, gap, expected):
    assert verb_after_manner(words, gap, _VERBS) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # a time word before the deed (阜平县 2020, 涞水县 2020, 容城县 2017, 涞源县 2020)
    ("荣联美邻中心、新材料产业园4家入园企业年底前完成主体建设，装配式建筑产业园3个入园项目上半年实现投产。", "阜平县", 2020,
     [("入园企业完成主体建设", 4.0), ("装配式建筑产业园入园项目实现投产", 3.0)]),
    ("677人上半年全部脱贫。", "涞水县", 2020, [("全部脱贫", 677.0)]),
    ("5770名贫困人口年内全部脱贫。", "容城县", 2017, [("贫困人口全部脱贫", 5770.0)]),
    ("确保重点项目年内开工率100%。", "涞水县", 2020, [("重点项目开工率", 100.0)]),
    ("白桦林温泉谷全年接待人数突破15万人次。", "涞源县", 2020, [("白桦林温泉谷接待人数", 15.0)]),
    # a deadline anywhere (洛阳 seed 003's 2021 goals, 安国市 2020, 浙江 2026)
    ("确保3月底前243项省级下放权限全部承接到位。", "洛阳市", 2021, [("省级下放权限全部承接到位", 243.0)]),
    ("力争到年底省级示范社达到10家。", "安国市", 2020, [("省级示范社", 10.0)]),
    ("到2030年“415X”集群营收突破13万亿元。", "浙江省", 2026, [("“415X”集群营收", 13.0)]),
    # a half-year's own measure, a span of years: the name keeps them (博野县 2025)
    ("上半年全县经济发展绩效位居全市第2。", "博野县", 2025, [("上半年全县经济发展绩效", 2.0)]),
    ("力争三年内完成5个村改造。", "阜平县", 2020, [("三年内完成村改造", 5.0)]),
])
def test_time_words_leave_the_name(text, region, year, expected):
    assert names(text, region, year) == expected


_TIMES = re.compile(r"(?:\d{1,2})月底前|到年底|上半年|年内")
_DEEDS = re.compile(r"完成|实现|全部|开工")


@pytest.mark.parametrize("name, expected", [
    ("入园企业年内完成主体建设", "入园企业完成主体建设"), ("上半年全部脱贫", "全部脱贫"), ("重点项目年内开工率", "重点项目开工率"),
    ("3月底前省级下放权限", "省级下放权限"), ("到年底省级示范社", "省级示范社"),
    ("上半年全县经济发展绩效", "上半年全县经济发展绩效"), ("三年内完成村改造", "三年内完成村改造"), ("3月底前", "3月底前"),
])
def test_without_time_words(name, expected):
    assert without_time_words(name, _TIMES, _DEEDS) == expected
