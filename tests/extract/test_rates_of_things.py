"""Rates said after a list of counts are rates of the things counted (issue 13, point 6): 办理人大代表建议54件、政协委员提案
34件，办结率100% is the suggestions' and proposals' rate, not a bare 办结率; rates listed under one figure (办复率、满意率
均达100%) are one row each. Real sentences of counties and provinces."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.grammar import load_grammar
from govreport.extract.names.phrases import listed_rates, shared_head, things_of
from govreport.extract.pipeline import _walk_word_sets
from tests.support import document


def rows(text: str, region: str, year: int, doc_type: str = "government_work_report") -> list[tuple[str, float]]:
    d = document(text, region=region, year=year, doc_type=doc_type)
    return [(r["indicator"], r["value"]) for r in extract_document(d)]


def _rates() -> tuple[str, ...]:
    return tuple(r.word for r in load_grammar().of("aspect") if "alone" in r.applies_to and r.word.endswith("率"))


@pytest.mark.parametrize("phrase, expected", [
    ("办复率、满意率", ["办复率", "满意率"]),
    ("办结率、走访率、满意率", ["办结率", "走访率", "满意率"]),
    ("答复函规范率及代表委员满意率", ["答复函规范率", "代表委员满意率"]),
    ("群众安全感综合满意率、法治建设群众综合满意率", ["群众安全感综合满意率", "法治建设群众综合满意率"]),
    # no list of rates: one rate, a rate and a thing, rates no word of the grammar ends
    ("办结率", []), ("建议提案", []), ("城乡居民基本养老保险和基本医疗保险参保率", []), ("入园率和升学率", []),
])
def test_listed_rates(phrase, expected):
    assert listed_rates(phrase, _rates()) == expected


def test_things_of_a_list_of_counts():
    verbs, actions = _walk_word_sets()[:2]
    assert things_of(["办理人大代表建议", "办理政协委员提案"], actions, verbs) == "人大代表建议、政协委员提案"
    assert things_of(["承办人大议案", "承办建议", "承办政协提案"], actions, verbs) == "人大议案、建议、政协提案"
    assert things_of(["人大代表议案建议", "政协提案全部办复"], actions, verbs) == "人大代表议案建议、政协提案"
    assert things_of(["办理", "政协提案"], actions, verbs) == ""  # (a verb alone names no thing)


@pytest.mark.parametrize("text, region, year, expected", [
    # a rate after a list of counts (涞源 2021: the second rate was 政协委员提案办结率办理满意率)
    ("自觉接受人大法律监督、工作监督和政协民主监督，办理人大代表建议54件、政协委员提案34件，办结率100%、满意率100%。",
     "涞源县", 2021, [("人大代表建议、政协委员提案办结率", 100.0), ("人大代表建议、政协委员提案满意率", 100.0)]),
    # rates listed under one figure, each a row of its own (涞水 2022, 徐水 2019, 曲阳 2022)
    ("自觉接受县人大法律监督、工作监督和县政协民主监督，办理人大代表建议、政协委员提案54件，办复率、满意率均达100%。",
     "涞水县", 2022, [("人大代表建议、政协委员提案办复率", 100.0), ("人大代表建议、政协委员提案满意率", 100.0)]),
    ("承办人大议案1件、建议53件，承办政协提案106件，办结率、走访率、满意率均达100%。", "保定市徐水区", 2019,
     [("人大议案、人大建议、政协提案办结率", 100.0), ("人大议案、人大建议、政协提案走访率", 100.0),
      ("人大议案、人大建议、政协提案满意率", 100.0)]),
    ("18件人大代表议案建议、88件政协提案全部办复，见面率、答复率、满意率均达到100%。", "曲阳县", 2022,
     [("人大代表议案建议、政协提案见面率", 100.0), ("人大代表议案建议、政协提案答复率", 100.0),
      ("人大代表议案建议、政协提案满意率", 100.0)]),
    # a list over two clauses (定兴 2020), a province's (宁夏, 辽宁 2026)
    ("自觉接受县人大、县政协监督，办理人大代表议案、建议56件，政协委员提案52件，办复率100%。", "定兴县", 2020,
     [("人大代表议案、建议、政协委员提案办复率", 100.0)]),
    ("高质量办理人大代表建议395件、政协委员提案495件，办复率达100%。", "宁夏回族自治区", 2026,
     [("人大代表建议、政协委员提案办复率", 100.0)]),
    ("办结人大代表议案建议608件、政协提案684件，满意率均100%，提请省人大常委会审议地方性法规草案10件。", "辽宁省", 2026,
     [("人大代表议案建议、政协提案满意率", 100.0)]),
    # the first rate's thing is the list's (博野 2024); rates each with a thing of its own (云南 2026)
    ("办理人大代表建议、政协提案72件，建议提案办复率、满意率均达100%。", "博野县", 2024,
     [("建议提案办复率", 100.0), ("建议提案满意率", 100.0)]),
    ("群众安全感综合满意率、法治建设群众综合满意率均超97%。", "云南省", 2026,
     [("群众安全感综合满意率", 97.0), ("法治建设群众综合满意率", 97.0)]),
    # a rate after what was handled (博野 2022: 按期办结率 is a rate word of the grammar)
    ("全年办理审批服务事项4115件，按期办结率达到100%。", "博野县", 2022, [("审批服务事项按期办结率", 100.0)]),
])
def test_rates_of_the_things_counted_before(text, region, year, expected):
    found = rows(text, region, year)
    for row in expected:
        assert row in found
    assert not any("、" in name and name.endswith("率") and name.count("率") > 1 for name, _ in found)


@pytest.mark.parametrize("text, region, year, kept", [
    # a count clauses away is of another list (云南 2026: 政府规章 are no suggestions)
    ("提请审议地方性法规43件，制定、修改、废止政府规章70件，健全领办交办、督办考核等机制，办理人大代表建议4249件、"
     "政协提案3542件，办结率100%。", "云南省", 2026, ("人大代表建议、政协提案办结率", 100.0)),
    # a verb counted, no thing (泉州 2025): the rate keeps the thing the clause names
    ("全年省级监督抽查泉州市工业产品生产企业1465批次产品，合格1410批次，抽样合格率96.3%。", "泉州市", 2025,
     ("省级监督抽查泉州市工业产品生产企业抽样合格率", 96.3)),  # (whole: 22 characters, pipeline.WHOLE_NAME)
])
def test_what_is_no_list_of_the_rate(text, region, year, kept):
    doc_type = "statistical_bulletin" if region == "泉州市" else "government_work_report"
    assert kept in rows(text, region, year, doc_type)


def test_a_qualifier_of_the_rate_before_is_no_thing():
    # 按时反馈率、办结率 (定兴 2022): 按时 is how the feedback came, the closing is not 按时办结率
    aspects = load_grammar().words("aspect")
    assert shared_head(["即时转办率", "按时反馈率", "办结率"], aspects)[-1] == "办结率"


@pytest.mark.parametrize("text, region, year, expected", [
    # 均: the one figure is each item's, the items sharing the last one's head (宁夏 2026, 定兴 2021, 涞水 2020)
    ("城市生活垃圾和建筑垃圾利用率均达60%以上。", "宁夏回族自治区", 2026,
     [("城市生活垃圾利用率", 60.0), ("建筑垃圾利用率", 60.0)]),
    ("有意愿特困人员集中供养率、新建居住区养老设施配建率均达100%。", "宁夏回族自治区", 2026,
     [("有意愿特困人员集中供养率", 100.0), ("新建居住区养老设施配建率", 100.0)]),
    ("力争游客人次、旅游花费均增长10%以上。", "宁夏回族自治区", 2026, [("游客人次", 10.0), ("旅游花费", 10.0)]),
    ("城市自来水和燃气普及率、污水集中处理率均达到100%。", "定兴县", 2021,
     [("城市自来水和燃气普及率", 100.0), ("污水集中处理率", 100.0)]),
    # (基本 is how far it is built, no thing: the rate is 棚改's as the one before; judged unusable alone, county11)
    ("棚改开工率、基本建成率均达100%。", "涞水县", 2020, [("棚改开工率", 100.0), ("棚改基本建成率", 100.0)]),
])
def test_each_item_of_a_list_before_jun(text, region, year, expected):
    assert rows(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, kept", [
    # an item left without the others' measure, or a bare word, stays in the list's one name (青海, 重庆 2026; 徐水 2015)
    ("旅游人次和花费增长均超20%。", "青海省", 2026, "旅游人次和花费"),
    ("运输箱量和货值均增长3倍以上。", "重庆市", 2026, "运输箱量和货值"),
    ("人大代表建议、政协提案办结率、满意率均为100%。", "徐水县", 2015, "人大代表建议、政协提案办结率、满意率"),
    # 等 sums the items up under a word of its own; 年均 and 人均 are no 均 of each (宁夏 2026, 北京 2026)
    ("数字经济营业收入、智算规模等主要指标均增长3倍以上。", "宁夏回族自治区", 2026, "数字经济营业收入、智算规模等主要指标"),
    ("城市副中心和平原新城地区生产总值年均增长5%以上。", "北京市", 2026, "城市副中心和平原新城地区生产总值"),
])
def test_a_list_kept_under_one_name(text, region, year, kept):
    assert [name for name, _ in rows(text, region, year)] == [kept]


@pytest.mark.parametrize("text, region, year, expected", [
    # a sum spent on a list of things done is the list's: 等 sums it up with a noun (阜平 2013, 2017; 唐县 2020; 容城 2015)
    ("投资8000余万元实施高效节水灌溉、水土保持、小流域综合治理等水利工程；投资2110万元解决4.56万农村人口饮水安全问题。",
     "阜平县", 2013, ("实施水利工程投资", 8000.0)),
    ("投资2500万元完成花山、马兰和西下关毛主席路居等红色教育基地项目。", "阜平县", 2013, ("完成红色教育基地项目投资", 2500.0)),
    ("投资8000万元实施保涞线、保阜高速引线等观摩线路整治提升，完成行道树种植56.7公里。", "唐县", 2020,
     ("实施观摩线路整治提升投资", 8000.0)),
    ("投资690万元，完成小里中学等12所学校设施设备购置。", "容城县", 2015, ("完成学校设施设备购置投资", 690.0)),
    # a short list without 等 is named whole (阜平 2013; 徐水 2015); a long one keeps its first item, as before
    ("年内投资1.5亿元实施集中供热、供水及雨水管网工程；加大便道建设。", "阜平县", 2013, ("实施集中供热、供水及雨水管网工程投资", 1.5)),
    ("投入资金5000余万元，开展了春季、秋冬季植树造林。", "徐水县", 2015, ("开展春季、秋冬季植树造林投入资金", 5000.0)),
    ("投资6000万元启动天生桥游客中心、停车场、环卫系统建设。", "阜平县", 2013, ("启动天生桥游客中心投资", 6000.0)),
])
def test_a_sum_spent_on_a_list(text, region, year, expected):
    found = rows(text, region, year)
    assert expected in found
    d = document(text, region=region, year=year, doc_type="government_work_report")
    row = next(r for r in extract_document(d) if r["indicator"] == expected[0])
    assert row["evidence"] == text[row["start"]: row["end"]]


def test_a_verb_and_an_aspect_after_a_thing_written_as_a_phrase():
    # 入园规模以上企业 is the vocabulary's firms, but only the park's: the sales and the profits and taxes after it are
    # theirs (徐水 2010); the list's next aspect is of the same thing
    found = rows("县城工业园区已列入省级产业聚集区。目前入园规模以上企业达13家，全年实现销售收入35.26亿元、利税5.06亿元。",
                 "徐水县", 2010)
    assert ("入园规模以上企业实现销售收入", 35.26) in found
    assert ("入园规模以上企业实现利税", 5.06) in found
    # … the park's firms of a later year (徐水 2011)
    found = rows("县城工业园区2008年列入省级产业聚集区。到2010年底，入园企业达124家，预计实现产值71亿元、利税7.5亿元。",
                 "徐水县", 2011)
    assert ("入园企业实现利税", 7.5) in found


def test_a_years_amount_names_no_thing():
    # 力争年产值达到3.5亿元，实现利税8000万元 (容城 2015): no 年产值实现利税; the row stays as written
    found = rows("加快来福光电科技产业园区发展，力争年产值达到3.5亿元，实现利税8000万元。", "容城县", 2015)
    assert ("实现利税", 8000.0) in found


@pytest.mark.parametrize("text, region, year, expected", [
    # a count opening a long list of kinds counts the first: the name is that kind, not the list's last words
    # (宁夏 2026; 吉林 2026: 为…配备终端; 容城 2015: 8个重点村…等项目全面铺开)
    ("生态环境质量持续改善，获评5个国家生态文明建设示范区、“两山”实践创新基地和美丽乡村先行区。", "宁夏回族自治区", 2025,
     ("获评国家生态文明建设示范区", 5.0)),
    ("8个重点村道路硬化、垃圾处理、村庄绿化、危房改造、厕所改造、污水处理等项目全面铺开。", "容城县", 2014,
     ("重点村道路硬化", 8.0)),
])
def test_a_count_opening_a_long_list(text, region, year, expected):
    assert expected in rows(text, region, year)


def test_a_list_of_kinds_done_over_a_span_keeps_its_verb():
    # 海南 2026's five-year review: 42个…产业园、产业集群、产业强镇梯次创建 is a sum created over the span; cut to its first
    # kind, the name would lose the verb that says so
    text = "过去五年，我们推动42个国家和省级现代农业产业园、产业集群、产业强镇梯次创建。"
    d = document(text, region="海南省", year=2026, doc_type="government_work_report")
    found = [r for r in extract_document(d) if r["value"] == 42.0]
    assert found and all(r["indicator"] != "推动国家和省级现代农业产业园" or r["period"] != "2025" for r in found)
