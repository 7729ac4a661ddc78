"""Forms of a headline figure that county reports write and the walk read as free phrases: a verb of moving before
the name (净增高新技术企业22家), a note's mark inside a name (R&D[5]经费投入), R&D for 研发, and a field with its
ordinal after a figure and 、 (增速11.5%、全市第1). Sentences from 徐水区 2024 and 曲阳县 2022 (dev-heldout-5,
dev-heldout-2) and from other reports' forms."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.extract import extract_document
from tests.support import document


def _rows(sentence: str, region: str, year: int, section: str = "一、{y}年工作回顾") -> list[tuple]:
    d = document(section.format(y=year - 1) + "\n" + sentence + "\n", region=region, year=year)
    return [(r["indicator_id"], r["measure"], r["value"], r["unit"], r["bound"]) for r in extract_document(d)]


# 净增 before the name says what 高新技术企业净增700家 (新疆 2026) says after it: the stock's net change (guide rule
# 14); the total after it (总数达) is the stock itself
@pytest.mark.parametrize("region, year, section, sentence, expected", [
    ("徐水区", 2024, "一、{y}年工作回顾", "全年净增高新技术企业22家，总数达100家。",
     [("high_tech_enterprises", "change", 22.0, "家", "eq"), ("high_tech_enterprises", "level", 100.0, "家", "eq")]),
    ("曲阳县", 2022, "二、{y}年工作安排", "力争净增规上企业6家。",
     [("industrial_enterprises", "change", 6.0, "家", "eq")]),
    ("新疆维吾尔自治区", 2026, "一、{y}年工作回顾", "高新技术企业净增700家以上。",
     [("high_tech_enterprises", "change", 700.0, "家", "ge")]),
])
def test_a_net_gain_before_the_name_is_a_change(region, year, section, sentence, expected):
    sec = section.format(y=year - 1 if "回顾" in section else year)
    d = document(sec + "\n" + sentence + "\n", region=region, year=year)
    got = [(r["indicator_id"], r["measure"], r["value"], r["unit"], r["bound"]) for r in extract_document(d)]
    assert got == expected


def test_a_new_count_before_the_name_stays_a_level():
    # 新增 counts the new ones (a level of the period's new firms), as the guide's gold reads it
    got = _rows("新增高新技术企业22家。", "徐水区", 2024)
    assert got == [("high_tech_enterprises", "level", 22.0, "家", "eq")]


@pytest.mark.parametrize("region, year, sentence, expected", [
    ("徐水区", 2024, "全区规上企业R&D[5]经费投入8.6亿元，同比增长66.5%。",
     [("rd_spending", "level", 8.6, "亿元", "eq"), ("rd_spending", "growth", 66.5, "%", "eq")]),
    # the mark inside a name of the vocabulary (the notes of 博野县's and 阜平县's reports are [n] and 〔n〕)
    ("博野县", 2024, "全县一般公共预算[3]收入完成5.2亿元。", [("budget_revenue", "level", 5.2, "亿元", "eq")]),
    ("阜平县", 2021, "全县地区〔2〕生产总值完成60亿元。", [("gdp", "level", 60.0, "亿元", "eq")]),
])
def test_a_notes_mark_inside_a_name_is_no_part_of_it(region, year, sentence, expected):
    assert _rows(sentence, region, year) == expected


def test_the_evidence_keeps_the_mark():
    d = document("一、2023年工作回顾\n全区规上企业R&D[5]经费投入8.6亿元。\n", region="徐水区", year=2024)
    (row,) = extract_document(d)
    assert row["evidence"] == "全区规上企业R&D[5]经费投入8.6亿元"
    assert d["text"][row["start"]: row["end"]] == row["evidence"]


@pytest.mark.parametrize("region, sentence, expected", [
    ("湖南省", "全社会R&D经费投入强度达到2.5%。", [("rd_intensity", "level", 2.5, "%", "eq")]),
    ("徐水区", "规上企业R&D经费投入增长10%。", [("rd_spending", "growth", 10.0, "%", "eq")]),
])
def test_rd_is_written_for_yanfa(region, sentence, expected):
    assert _rows(sentence, region, 2024) == expected


@pytest.mark.parametrize("sentence, expected_rank", [
    ("社会消费品零售总额完成136.5亿元，增速11.5%、全市第1。", ("retail_sales", 1.0, "全市")),
    ("进出口总值完成26亿元，增速45%、全市第4。", ("trade", 4.0, "全市")),
    ("地区生产总值完成200亿元、全省第3，增长6%。", ("gdp", 3.0, "全省")),
])
def test_a_field_and_ordinal_after_a_figure_ranks_it(sentence, expected_rank):
    d = document("一、2023年工作回顾\n" + sentence + "\n", region="徐水区", year=2024)
    ranks = [(r["indicator_id"], r["value"], r["rank_scope"]) for r in extract_document(d) if r["measure"] == "rank"]
    assert ranks == [expected_rank]


def test_an_ordinal_inside_a_name_after_a_list_is_no_rank():
    # (、全市第一批 is a batch, not a place: the ordinal rules' exclusions hold after a figure too)
    d = document("一、2023年工作回顾\n建成示范村5个、全市第一批美丽乡村。\n", region="徐水区", year=2024)
    assert [r for r in extract_document(d) if r["measure"] == "rank"] == []


# Tiers of one certified count: the indicator's names hold a tier (省级科技型中小企业, 国家高新技术企业), so a list of
# such tiers before the name is one figure of it (博野县 2025), while a tier the vocabulary does not name it with stays
# a part (市级高新技术企业; 省级 小巨人企业: the vocabulary's 小巨人 is the national list)
@pytest.mark.parametrize("region, year, section, sentence, expected", [
    ("博野县", 2025, "一、{y}年工作回顾", "新增国家级、省级科技型中小企业102家。", [("tech_smes", "level", 102.0, "家", "eq")]),
    ("博野县", 2025, "二、{y}年工作安排", "力争新增高新技术企业3家、国家和省级科技型中小企业50家以上。",
     [("high_tech_enterprises", "level", 3.0, "家", "eq"), ("tech_smes", "level", 50.0, "家", "ge")]),
    ("定兴县", 2022, "一、{y}年工作回顾", "认定国家级和省级高新技术企业12家。", [("high_tech_enterprises", "level", 12.0, "家", "eq")]),
])
def test_tiers_of_a_certified_count_are_one_figure(region, year, section, sentence, expected):
    sec = section.format(y=year - 1 if "回顾" in section else year)
    d = document(sec + "\n" + sentence + "\n", region=region, year=year)
    got = [(r["indicator_id"], r["measure"], r["value"], r["unit"], r["bound"]) for r in extract_document(d)]
    assert got == expected


@pytest.mark.parametrize("sentence", ["新增市级高新技术企业12家。", "新增国家和省级专精特新小巨人企业5家。"])
def test_a_tier_the_vocabulary_does_not_name_stays_a_part(sentence):
    d = document("一、2021年工作回顾\n" + sentence + "\n", region="定兴县", year=2022)
    assert [r["indicator_id"] for r in extract_document(d)] == [""]


# A phrase opening with the last word of the name before goes on from it when the two make a vocabulary name
# (徐水区 2024: …R&D经费投入8.6亿元，同比增长66.5%，投入强度达4.15%); otherwise it stays as written
@pytest.mark.parametrize("region, sentence, expected", [
    ("徐水区", "全区规上企业R&D[5]经费投入8.6亿元，同比增长66.5%，投入强度达4.15%。",
     [("rd_spending", "level", 8.6, "亿元", "eq"), ("rd_spending", "growth", 66.5, "%", "eq"),
      ("rd_intensity", "level", 4.15, "%", "eq")]),
    ("湖南省", "全社会研发经费投入1200亿元，投入强度达到2.6%。",
     [("rd_spending", "level", 1200.0, "亿元", "eq"), ("rd_intensity", "level", 2.6, "%", "eq")]),
])
def test_a_phrase_going_on_from_the_names_last_word(region, sentence, expected):
    assert _rows(sentence, region, 2024) == expected


def test_a_phrase_going_on_to_no_name_stays_as_written():
    d = document("一、2023年工作回顾\n全社会研发经费投入1200亿元，投入产出比达到1.5。\n", region="湖南省", year=2024)
    assert [r["indicator_id"] for r in extract_document(d)][1:] in ([], [""])


_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCES = ("全区规上企业R&D经费投入8.6亿元，同比增长66.5%，投入强度达4.15%。", "全年净增高新技术企业22家，总数达100家。",
              "新增国家级、省级科技型中小企业102家、科技小巨人企业5家。", "全区地区生产总值完成212.1亿元，增长6.1%、全市第5。",
              "城镇居民和农村居民人均可支配收入分别增长5.2%和6.8%。", "全区规上工业增加值、固定资产投资分别增长5%、8%。")


_MARK = re.compile(r"\[\d+\]|〔\d+〕")


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_SENTENCES), st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30),
                                                       st.sampled_from(("[{}]", "〔{}〕"))), max_size=3))
def test_notes_marks_between_characters_change_no_rows_evidence(sentence, marks):
    # a note's mark between two characters of words (where reports put them): a row read both with and without it
    # has the same evidence but for the mark, and its evidence is its own text (an item's start after a mark inside
    # the subject phrase is shifted by the mark's width)
    text = sentence
    for at, n, shape in sorted(marks, reverse=True):
        at = min(at, len(text) - 1)
        if _CJK.match(text, at - 1) and _CJK.match(text, at):
            text = text[:at] + shape.format(n) + text[at:]

    def rows(t: str) -> tuple[dict, list[dict]]:
        d = document("一、2023年工作回顾\n" + t + "\n", region="徐水区", year=2024)
        return d, extract_document(d)

    d, marked = rows(text)
    _, plain = rows(sentence)
    plain_evidence = {(r["indicator"], r["measure"], r["value"]): r["evidence"] for r in plain}
    for row in marked:
        assert d["text"][row["start"]: row["end"]] == row["evidence"]
        key = (row["indicator"], row["measure"], row["value"])
        if key in plain_evidence:
            assert _MARK.sub("", row["evidence"]) == plain_evidence[key]


@pytest.mark.parametrize("sentence, expected", [
    # an item after a mark starts after it; a mark before a list's 、 is no part of the name before it
    ("城镇[1]居民和农村居民人均可支配收入分别增长5.2%和6.8%。",
     [("urban_disposable_income", "城镇[1]居民和农村居民人均可支配收入分别增长5.2%"),
      ("rural_disposable_income", "农村居民人均可支配收入分别增长5.2%和6.8%")]),
    ("固定资产投资[2]、规上工业增加值分别增长8%、5%。",
     [("fixed_asset_investment", "固定资产投资[2]、规上工业增加值分别增长8%"),
      ("industrial_value_added", "规上工业增加值分别增长8%、5%")]),
])
def test_items_around_a_notes_mark(sentence, expected):
    d = document("一、2023年工作回顾\n" + sentence + "\n", region="徐水区", year=2024)
    assert [(r["indicator_id"], r["evidence"]) for r in extract_document(d)] == expected
