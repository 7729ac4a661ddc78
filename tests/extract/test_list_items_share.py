"""A list item written without a word the list shares takes it from the item that has it (issue 13, point 6):
集成电路、汽车零配件、锂电池出口分别增长… is each product's exports, not 集成电路 alone. Real sentences of
provinces (corpus-2026) and cities."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import class_lead
from tests.support import document


def rows(text: str, region: str, year: int) -> list[tuple[str, float]]:
    d = document(text, region=region, year=year, doc_type="government_work_report")
    return [(r["indicator"], r["value"]) for r in extract_document(d)]


@pytest.mark.parametrize("text, region, year, expected", [
    # products' exports, one figure each (江西, 青海 2026): 出口 is every item's
    ("集成电路、汽车零配件、锂电池出口分别增长107.9%、46.7%、57.4%，“赣出精品”加速走出去。", "江西省", 2026,
     [("集成电路出口", 107.9), ("汽车零配件出口", 46.7), ("锂电池出口", 57.4)]),
    ("锂离子蓄电池、盐湖化工产品出口分别增长3.8倍、80.2%，有进出口实绩的企业达242家。", "青海省", 2026,
     [("锂离子蓄电池出口", 3.8), ("盐湖化工产品出口", 80.2), ("有进出口实绩的企业", 242.0)]),
    # a product the vocabulary names keeps its indicator
    ("钢材、机电产品出口分别增长5%、8%。", "江西省", 2026, [("钢材出口", 5.0), ("机电产品出口", 8.0)]),
])
def test_products_share_exports(text, region, year, expected):
    assert rows(text, region, year) == expected


def test_exports_alone_stay_no_aspect():
    # 出口 after a clause about trade is its part, written as the report writes it (no 进出口总额出口)
    assert rows("外贸进出口增长5%，其中出口增长8%。", "江西省", 2026) == [("进出口总额", 5.0), ("出口", 8.0)]


@pytest.mark.parametrize("first, item, expected", [
    ("纳税超千万元企业", "超亿元企业", "纳税超亿元企业"),
    ("新增纳税超1000万元企业", "新增超500万元企业", "新增纳税超500万元企业"),  # (the verb carried already)
    ("谋划投资超亿元项目", "谋划过5亿元项目", "谋划投资过5亿元项目"),
    ("年销售收入过亿元企业", "过10亿元企业", "年销售收入过10亿元企业"),
    # nothing missing, another measure, another noun, a class with no threshold word
    ("年销售收入过亿元企业", "年销售收入过10亿元企业", ""), ("产值过亿元企业", "纳税超千万元企业", ""),
    ("纳税超千万元企业", "超亿元项目", ""), ("谋划亿元以上项目", "谋划5亿元以上项目", ""),
    ("投资超亿元项目", "5亿元以上项目", ""), ("纳税超千万元企业数量", "超亿元企业", ""),
])
def test_class_lead(first, item, expected):
    assert class_lead(first, item) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # across ；, past a rate of the count (徐水 2019)
    ("全区纳税超千万元企业27家，数量同比增长50%；超亿元企业4家，长城、巨力、风帆、晨阳行业旗舰地位更加巩固。", "保定市徐水区",
     2019, [("纳税超千万元企业", 27.0), ("纳税超千万元企业数量", 50.0), ("纳税超亿元企业", 4.0)]),
    # across ， and 、 (容城 2015, 徐水 2010, 2013)
    ("力争新增纳税超1000万元企业2家，超500万元企业10家。", "容城县", 2015,
     [("新增纳税超1000万元企业", 2.0), ("新增纳税超500万元企业", 10.0)]),
    ("年内谋划投资超亿元项目不少于10个、过5亿元项目不少于3个。", "保定市徐水区", 2010,
     [("谋划投资超亿元项目", 10.0), ("谋划投资过5亿元项目", 3.0)]),
    # in a list with one figure each (徐水 2012)
    ("规模以上工业企业、年销售收入过亿元企业、过10亿元企业分别达62家、27家、3家。", "保定市徐水区", 2012,
     [("规模以上工业企业", 62.0), ("年销售收入过亿元企业", 27.0), ("年销售收入过10亿元企业", 3.0)]),
    # each class with its own measure stays as written (徐水 2010)
    ("其中产值过亿元企业达到20家、纳税超千万元企业7家。", "保定市徐水区", 2010,
     [("产值过亿元企业", 20.0), ("纳税超千万元企业", 7.0)]),
])
def test_classes_above_amounts_share_the_measure(text, region, year, expected):
    assert rows(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # a kind of paper alone after 、 is the same body's as the first item's (徐水 2019)
    ("承办人大议案1件、建议53件，承办政协提案106件。", "保定市徐水区", 2019,
     [("承办人大议案", 1.0), ("承办人大建议", 53.0), ("承办政协提案", 106.0)]),
    # every item with its body stays (宁夏, 湖北 2026)
    ("高质量办理人大代表建议395件、政协委员提案495件。", "宁夏回族自治区", 2026,
     [("高质量办理人大代表建议", 395.0), ("政协委员提案", 495.0)]),
    ("办理人大代表建议3623件、政协提案3862件。", "湖北省", 2026,
     [("办理人大代表建议", 3623.0), ("办理政协提案", 3862.0)]),
])
def test_a_kind_alone_is_of_the_body_before(text, region, year, expected):
    assert rows(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # 和 before the last item with its own count: no noun of the count before, and the item is done what the first
    # is (上海 2021, 2022; 泉州 2025)
    ("办理市人大代表议案38件、建议1081件和市政协提案941件。", "上海市", 2021,
     [("办理市人大代表议案", 38.0), ("办理市人大代表建议", 1081.0), ("办理市政协提案", 941.0)]),
    ("办理市人大代表建议1052件和市政协提案937件。", "上海市", 2022,
     [("办理市人大代表建议", 1052.0), ("办理市政协提案", 937.0)]),
    ("全市新建智慧体育公园1座、全民健身共享中心1个、健身路径14条和村级老人体育中心10座。", "泉州市", 2025,
     [("新建智慧体育公园", 1.0), ("新建全民健身共享中心", 1.0), ("新建健身路径", 14.0), ("新建村级老人体育中心", 10.0)]),
    # 和 inside the counted noun stays (和美乡村)
    ("打造150个和美乡村。", "宁夏回族自治区", 2026, [("打造和美乡村", 150.0)]),
])
def test_an_item_after_and_with_its_own_count(text, region, year, expected):
    assert rows(text, region, year) == expected
