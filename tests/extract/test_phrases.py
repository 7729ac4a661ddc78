"""The free-phrase namer (extract/names/phrases.py): a figure outside the vocabulary is named by what it counts,
never by a fragment, a bare verb, a time phrase or a scope word; real sentences of several governments."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import clean_phrase, says_nothing


def named(text: str, region: str, year: int) -> list[tuple]:
    d = dict(doc_id="x", source="x", region=region, region_code="", level="", parent_code="",
             doc_type="government_work_report", year=year, date=None, text=text)
    return [(r["indicator"], r["value"], r["unit"], r["evidence"]) for r in extract_document(d)]


@pytest.mark.parametrize("sentence, region, year, expected", [
    # a bare verb before the number: the noun after it is what is counted (内蒙古 2026, 山西 2026, 涞源县 2020)
    ("打造150个和美乡村。", "内蒙古自治区", 2026, ("打造和美乡村", 150.0, "个", "打造150个和美乡村")),
    ("建设10个县级综合养老服务中心。", "山西省", 2026, ("建设县级综合养老服务中心", 10.0, "个", "建设10个县级综合养老服务中心")),
    ("剩余360户气代煤。", "涞源县", 2020, ("剩余气代煤", 360.0, "户", "剩余360户气代煤")),
])
def test_a_bare_verb_takes_the_noun_after_the_number(sentence, region, year, expected):
    assert named(sentence, region, year) == [expected]


@pytest.mark.parametrize("phrase, name", [
    ("和种子独角兽企业", "种子独角兽企业"),  # a list cut at the clause: the connecting word goes
    ("公交线路覆盖城区和", "公交线路覆盖城区"),
    ("提速庆云至章丘等", "提速庆云至章丘"),
    ("、外向型企业高质量发展", "外向型企业高质量发展"),
    ("气代煤”收尾改造", "“气代煤”收尾改造"),  # the clause started inside the quote
    ("全面落实疫情防控“十个常态化", "全面落实疫情防控“十个常态化”"),
    ("公园(游园", "公园(游园)"),
    ("四大主导产业[2]", "四大主导产业"),  # a footnote mark names nothing
    ("“四好农村路”〔8〕建设", "“四好农村路”建设"),
])
def test_clean_phrase(phrase, name):
    assert clean_phrase(phrase) == name


@pytest.mark.parametrize("name", ["3月底前", "年内", "区", "与2010年相比", "2025年", "6月份", "全县"])
def test_names_that_say_nothing(name):
    assert says_nothing(name, {"区", "全县"})


@pytest.mark.parametrize("name", ["新建中小学", "投资总额", "建设高标准农田", "新增“两院”院士"])
def test_names_that_say_what_is_counted(name):
    assert not says_nothing(name, {"区", "全县"})


def test_a_phrase_row_never_takes_a_vocabulary_name():
    # 海南 2026: 地区生产总值等6项指标不及预期 counts indicators, it is no figure of GDP
    rows = named("地区生产总值等6项指标不及预期。", "海南省", 2026)
    assert all(name != "地区生产总值" for name, *_ in rows)


@pytest.mark.parametrize("sentence, region, year, indicator", [
    # an elided 城镇 opening the sentence's figures is the headline one (定兴县 2022, 阜平县)
    ("加强就业创业服务指导，提升就业保障，完成新增就业3750人以上。", "定兴县", 2022, "城镇新增就业"),
    ("全县新增就业2505人，基本养老和基本医疗参保率分别达到95%。", "阜平县", 2021, "城镇新增就业"),
    # after another subject's figure it is that subject's result (涞源县 2020; guide rule 14)
    ("全县旅游扶贫产业项目达到320个，新增就业8000多人。", "涞源县", 2020, "新增就业"),
])
def test_an_elided_name_is_the_headline_one_only_where_it_opens_the_figures(sentence, region, year, indicator):
    assert [r for r in named(sentence, region, year) if "就业" in r[0]][0][0] == indicator


@pytest.mark.parametrize("sentence, region, year, value", [
    ("按照省委十一届十次、十一次全会部署，全县地区生产总值增长6%。", "定兴县", 2021, 6.0),  # 保定 counties
    ("根据党的二十届四中全会和省委十二届十一次全会精神，全省地区生产总值增长5%。", "湖北省", 2026, 5.0),
])
def test_meeting_numbers_are_no_figures(sentence, region, year, value):
    assert [r[1:3] for r in named(sentence, region, year)] == [(value, "%")]


@pytest.mark.parametrize("sentence, region, year, name", [
    ("建设了6个美丽乡村精品村。", "博野县", 2022, "建设了美丽乡村精品村"),  # 博野县 2022
    ("布局打造14个市级重点实验室。", "重庆市", 2026, "布局打造市级重点实验室"),  # 重庆 2026
])
def test_a_subject_of_action_words_only_takes_the_noun_after_the_number(sentence, region, year, name):
    assert [r[0] for r in named(sentence, region, year)] == [name]


@pytest.mark.parametrize("sentence, region, year, name", [
    # a bare money verb or aspect word is of the subject of an earlier clause (定兴县 2020, 涞源县-style)
    ("14个项目纳入省市重点项目，开工率100%。", "定兴县", 2020, "项目纳入省市重点项目开工率"),
    ("建设污水处理厂3座，完成了投资2.4亿元。", "蠡县", 2019, "建设污水处理厂完成了投资"),
])
def test_a_bare_aspect_borrows_the_subject_of_an_earlier_clause(sentence, region, year, name):
    assert [r[0] for r in named(sentence, region, year)][-1] == name


@pytest.mark.parametrize("sentence, region, year", [
    ("全省地区生产总值增长6%，高于“十三五”时期1.2个百分点。", "辽宁省", 2026),  # 辽宁 2026
    ("全省地区生产总值增长5.6%，快于2024年1.8个百分点。", "山西省", 2026),  # 山西 2026
])
def test_a_gap_to_another_period_is_no_figure(sentence, region, year):
    assert [r[2] for r in named(sentence, region, year)] == ["%"]
