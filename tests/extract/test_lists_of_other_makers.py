"""Lists of counts whose items have their own maker or scope (省定20项民心工程、市定32项民生实事和县定12件民生实事: 博野县
2022; 承担全市20件民心工程和全县30项民生实事: 定兴县 2021): each item is named with its own maker, never with the
first item's verb, and an item's noun ends before 和 and the next item's maker and count (docs/extract.md, "a list
whose items name their own makers")."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import counted_words
from tests.support import document


@pytest.mark.parametrize("region, year, sentence, expected", [
    ("博野县", 2022, "一、2021年工作回顾\n聚焦人民群众最关心、最直接、最现实的利益问题，大家心往一处想，劲往一处使，"
                    "省定20项民心工程、市定32项民生实事和县定12件民生实事全部完成。\n",
     {20.0: "省定民心工程", 32.0: "市定民生实事", 12.0: "县定民生实事全部完成"}),
    ("定兴县", 2021, "一、2020年工作回顾\n承担全市20件民心工程和全县30项民生实事基本完成，实施46个中小学建设项目。\n",
     {30.0: "民生实事基本完成", 46.0: "实施中小学建设项目"}),
    # words before 和 are the item before's, no maker of the next (内蒙古 2026)
    ("内蒙古自治区", 2026, "一、“十四五”时期工作回顾\n京蒙协作“六个倍增计划”成效显著，43所高校、职业院校和538所中小学与北京市学校"
                        "结对办学。\n", {538.0: "中小学与北京市学校结对办学"}),
])
def test_an_item_with_its_own_maker_keeps_it(region, year, sentence, expected):
    d = document(sentence, region=region, year=year)
    names = {r["value"]: r["indicator"] for r in extract_document(d)}
    assert {v: names.get(v) for v in expected} == expected, names


def test_a_list_without_makers_goes_on_with_its_verb():
    d = document("一、2020年工作回顾\n新增5个市级农业创新驿站、24个家庭农场，建成20个示范村、改造30个老旧小区。\n",
                 region="定兴县", year=2021)
    names = {r["value"]: r["indicator"] for r in extract_document(d)}
    assert names == {5.0: "新增市级农业创新驿站", 24.0: "新增家庭农场", 20.0: "建成示范村", 30.0: "改造老旧小区"}, names


@pytest.mark.parametrize("after, noun", [
    ("民生实事和县定12件民生实事全部完成", "民生实事"),  # 和, a maker, then the next count
    ("项目和全县12个重点项目", "项目"),
    ("国家级渔港经济区和2个海洋牧场", "国家级渔港经济区"),  # (as before: 和 right before the count)
    ("城乡学校共同体和课后服务", "城乡学校共同体和课后服务"),  # no count after 和: one noun
])
def test_the_counted_noun_ends_before_the_next_items_count(after, noun):
    assert counted_words(after) == noun
