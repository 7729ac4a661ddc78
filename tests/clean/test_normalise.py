"""normalise: invisible and control characters, odd spaces, full-width forms, decimal points."""

from __future__ import annotations

import pytest

from govreport.clean.normalise import normalise
from govreport.clean.repairs import Repairs


@pytest.mark.parametrize("raw, clean", [
    ("地区\u200b生产总值", "地区生产总值"),          # zero-width space
    ("增长\x07 5.2%", "增长5.2%"),                   # a control character (and the space PDF writers put before a number)
    ("全区\u00a0生产总值", "全区 生产总值"),          # no-break space
    ("增长\u3000８．５%", "增长8.5%"),               # ideographic space, full-width digits and point
    ("ＧＤＰ增长", "GDP增长"),
])
def test_each_kind_of_odd_character_is_normalised(raw, clean):
    assert normalise(raw, Repairs()) == clean


def test_plain_text_is_returned_unchanged():
    text = "全区地区生产总值完成582.4亿元，增长5.2%。"
    assert normalise(text, Repairs()) == text


# ------------------------------------------------- what PDF and communiqué pages leave inside a figure
# Real lines: 益阳市 and 海口市's 2025 communiqués (tests/data/communiques/), a PDF copied to text.

@pytest.mark.parametrize("raw, clean", [
    ("全年地区生产总值[2]2381.46亿元，比上年增长5.5%。", "全年地区生产总值2381.46亿元，比上年增长5.5%。"),
    ("城镇居民人均可支配收入[8]34520元", "城镇居民人均可支配收入34520元"),
    ("全年地区生产总值①1570.2亿元", "全年地区生产总值1570.2亿元"),
    ("全年地区生产总值（注）1570.2亿元", "全年地区生产总值1570.2亿元"),
    ("全年地区生产总值 [2]540.75亿元", "全年地区生产总值540.75亿元"),     # 乌海市 2025: a space before the marker
    ("益阳市2025年国民经济和社会发展统计公报[1]\n一、综合", "益阳市2025年国民经济和社会发展统计公报\n一、综合"),
    ("全年全市常住居民人均可支配收入44427元，比上年增 —7— 长3.8%。", "全年全市常住居民人均可支配收入44427元，比上年增长3.8%。"),
    ("2025年全市技术合同交易额47.73亿元，比上年增长 —8— 4.2%", "2025年全市技术合同交易额47.73亿元，比上年增长4.2%"),
    ("一般公共预算收入1581.06 亿元", "一般公共预算收入1581.06亿元"),
    ("2026 年全区地区生产总值增长 6%", "2026年全区地区生产总值增长6%"),
])
def test_what_a_page_leaves_inside_a_figure_is_removed(raw, clean):
    assert normalise(raw, Repairs()) == clean


@pytest.mark.parametrize("text", [
    "[1]本公报数据均为年度初步统计数。",          # the note itself, opening its line
    "（注）本公报数据为初步统计数。",
    "主要任务：①加快产业升级；②扩大内需",          # list items after punctuation
    "“十四五”时期（2021—2025）",                  # a range is no page number
    "税收收入  41.08  -2.7",                      # two spaces separate a table's cells
    "增长7%—8%",
])
def test_markers_ranges_and_cells_stay(text):
    assert normalise(text, Repairs()) == text


# The 保定 county pages up to 2019 (tests/data/dev-provinces-counties/hebei-baoding-xushui_2012_gwr.txt) carry
# their line ends as the two characters \r\n, and sometimes &nbsp;: a spreadsheet export's escapes.
XUSHUI_2012 = (r"2012年2月16日在徐水县第十五届人民代表大会第一次会议上\r\n徐水县人民政府县长 \r\n李保森\r\n各位代表：\r\n"
               r"一、过去五年工作回顾\r\n\r\n2007年以来，在上级党委、政府和县委的正确领导下")


def test_line_ends_written_out_become_line_breaks():
    repairs = Repairs()
    out = normalise(XUSHUI_2012, repairs)
    assert "\\r\\n" not in out and "\n一、过去五年工作回顾\n" in out and repairs["escaped_line_breaks"] == 6


def test_a_lone_backslash_n_in_text_stays():
    assert normalise(r"见附件C:\new\data", Repairs()) == r"见附件C:\new\data"


@pytest.mark.parametrize("raw, clean", [
    ("全区地区生产总值&nbsp;增长5%", "全区地区生产总值 增长5%"),
    ("R&amp;D经费投入强度2.1%", "R&D经费投入强度2.1%"),
    ("R&amp;amp;D经费", "R&D经费"),                 # escaped twice
    ("&#12288;&#12288;各位代表：", "  各位代表："),
    ("A&B公司", "A&B公司"),                         # no reference
])
def test_html_character_references_in_text_are_read(raw, clean):
    assert normalise(raw, Repairs()) == clean
    assert normalise(clean, Repairs()) == clean
