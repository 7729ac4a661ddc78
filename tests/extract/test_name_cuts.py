"""Free-phrase names cut or run on (issue 13, point 6): a manner word kept and its verb dropped (扎实矿山整合重组),
a time word inside a name, what is done said after the counted thing, a list's shared verb lost across a quote or a
note's mark. Real sentences of several governments (corpus-county, corpus-2026, the 上海 dev corpus, communiqués)."""

from __future__ import annotations

import re

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import verb_after_manner
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
