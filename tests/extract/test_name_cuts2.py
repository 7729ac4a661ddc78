"""Free-phrase names still cut or holding what is no part of a name (issue 13, point 6, second pass): an
enumeration's marker at a name's start (十一是, 二十三要), on real sentences of several governments and small
ones written per rule."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import clean_phrase
from tests.support import document


def names(text: str, region: str, year: int, doc_type: str = "government_work_report") -> list[tuple[str, float]]:
    d = document(text, region=region, year=year, doc_type=doc_type)
    return [(r["indicator"], r["value"]) for r in extract_document(d)]


@pytest.mark.parametrize("text, region, year, expected", [
    # the twelve deeds of 山西 2026's list of things done for the people: the marker past 十 too
    ("十一是大型农贸批发市场完成不少于100万批次农产品快检。", "山西省", 2026, [("大型农贸批发市场完成农产品快检", 1e6)]),
    ("十五是打造80个新型公共文化空间。", "山西省", 2026, [("打造新型公共文化空间", 80.0)]),
    ("九是为既有住宅加装电梯600部。", "山西省", 2026, [("为既有住宅加装电梯", 600.0)]),
    # 涞源县 2020's list of what was done
    ("九是全域推广洁净煤6.22万户。", "涞源县", 2020, [("全域推广洁净煤", 6.22)]),
])
def test_enumeration_marker_leaves_the_name(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("一是打造新型公共文化空间", "打造新型公共文化空间"),
    ("十一是维修养护农村供水工程", "维修养护农村供水工程"),
    ("二十三要打造和美乡村", "打造和美乡村"),
    ("九十九是建成书院", "建成书院"),
    ("三、新建学校", "新建学校"),
    ("五．新建学校", "新建学校"),
    # no marker: the first of two numerals, a word opening with a numeral, a marker alone
    ("二、三级医院", "二、三级医院"),
    ("一般公共预算收入", "一般公共预算收入"),
    ("十四五规划项目", "十四五规划项目"),
    ("一是", "一是"),
    ("一百是", "一百是"),
])
def test_clean_phrase_takes_off_an_enumeration_marker(phrase, expected):
    assert clean_phrase(phrase) == expected
