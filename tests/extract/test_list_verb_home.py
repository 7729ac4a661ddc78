"""The verb a list of counts opens with is every later item's: one home in names.phrases (issue 13 review, "one home
for each rule"). The walk asks next_item_name for an item right after the one before (over 、 or 和; 人大's 建议 and an
aspect alone are their own sub-rules: owned_kind_verb, aspect_of_first_item); _emit asks list_item_verb for a level
row's item the walk left without it (past quotes, notes' marks, a comma of the same kind, a count before the thing).
Each case below is one the one path or the other names: a break of either fails here."""

from __future__ import annotations

import re

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import aspect_of_first_item, list_item_verb, next_item_name, owned_kind_verb
from tests.support import document


def rows(text: str, region: str, year: int) -> list[tuple[str, float]]:
    d = document(text, region=region, year=year, doc_type="government_work_report")
    return [(r["indicator"], r["value"]) for r in extract_document(d)]


@pytest.mark.parametrize("text, region, year, expected", [
    # the walk: the item before, as named (辽宁 2026); over 和; 人大's 建议 (徐水区 2019); an aspect alone (徐水县 2015)
    ("改造老旧小区682个、老旧管网7912公里。", "辽宁省", 2026, [("老旧小区改造", 682.0), ("改造老旧管网", 7912.0)]),
    ("新建学校12所和养老院5个。", "博野县", 2024, [("新建学校", 12.0), ("新建养老院", 5.0)]),
    ("承办人大议案1件、建议53件，承办政协提案106件。", "保定市徐水区", 2019,
     [("承办人大议案", 1.0), ("承办人大建议", 53.0), ("承办政协提案", 106.0)]),
    ("目前入园规模以上企业达13家，全年实现销售收入35.26亿元、利税5.06亿元。", "保定市徐水区", 2015,
     [("入园规模以上企业", 13.0), ("入园规模以上企业实现销售收入", 35.26), ("入园规模以上企业实现利税", 5.06)]),
    # _emit: a verb of done_verbs.csv (容城县 2020); a quote and a note's mark over a comma (博野县 2022)
    ("打掉恶势力团伙4个、渣痞团伙3个。", "容城县", 2020, [("打掉恶势力团伙", 4.0), ("打掉渣痞团伙", 3.0)]),
    ("新增高新技术企业3家、科技型中小企业35家，“上云企业”[1]20家。", "博野县", 2022,
     [("高新技术企业", 3.0), ("科技型中小企业", 35.0), ("新增上云企业", 20.0)]),
])
def test_the_lists_verb_on_both_paths(text, region, year, expected):
    assert rows(text, region, year) == expected


ACTIONS = frozenset({"改造", "新建", "承办", "实现", "新增", "建成"})
ASPECTS = ("销售收入", "利税")


@pytest.mark.parametrize("first, item, first_named, expected", [
    ("改造老旧小区", "老旧管网", False, "改造老旧管网"),
    ("改造老旧小区", "新建管网", False, ""),  # (a verb of its own)
    ("新增A企业", "新B企业", False, ""),  # (a new-count word of its own)
    ("承办人大议案", "建议", False, "承办人大建议"),
    ("企业实现销售收入", "利税", False, "企业实现利税"),  # (实现 is a verb: the verb goes on, 企业 with it)
    ("入园企业销售收入", "利税", False, "入园企业利税"),  # (no verb: an aspect alone is of the first item's thing)
    ("入园企业销售收入", "利税", True, ""),  # (a vocabulary name before: no thing of a phrase)
    ("入园企业销售收入", "企业", False, ""),  # (no aspect: the item stays)
])
def test_next_item_name(first, item, first_named, expected):
    assert next_item_name(first, item, first_named, ACTIONS, ("议案", "建议"), ASPECTS, frozenset(ASPECTS)) == expected


def test_the_sub_rules():
    assert owned_kind_verb("承办人大议案", "建议", "承办", ("议案", "建议")) == "承办人大"
    assert owned_kind_verb("承办议案", "建议", "承办", ("议案", "建议")) == "承办"  # (no owner before the kind)
    assert aspect_of_first_item("企业利税", "销售收入", ASPECTS) == ""  # (too short a thing)
    assert aspect_of_first_item("入园企业利税", "销售收入", ASPECTS) == "入园企业销售收入"


@pytest.mark.parametrize("text, item, thing, expected", [
    ("建成6座书院、3座博物馆", "、3座博物馆", "", "建成"),
    ("打掉A团伙4个、B团伙3个", "B团伙3个", "B团伙", "打掉"),
    ("新增A企业3家、新B企业5家", "新B企业5家", "新B企业", ""),  # (a new-count word of its own)
    ("新增A企业3家，B企业5家", "B企业5家", "B企业", ""),  # (over a comma, unquoted: no list)
    ("新增A企业63家、建成B企业5家", "建成B企业5家", "建成B企业", ""),  # (a verb of its own)
    ("新增A企业63家、成功建成B企业5家", "成功建成B企业5家", "成功建成B企业", ""),  # (after a manner word)
])
def test_list_item_verb(text, item, thing, expected):
    start = text.find(item)
    thing_end = text.find(thing, start) + len(thing) if thing else -1
    name = thing.lstrip("、") or item.strip("、").lstrip("0123456789座")
    assert list_item_verb(name, text, start, start + len(item), thing_end, frozenset({"新增", "建成", "打掉"}),
                          re.compile("(?:成功)*"), frozenset({"新增", "建成"})) == expected
