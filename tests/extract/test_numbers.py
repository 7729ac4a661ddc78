"""numbers.py: numerals (Arabic and Chinese), 万/亿 magnitudes, ranges, units, and what is not a figure."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.extract import extract_document
from govreport.extract.numbers import find_quantities, parse_chinese_numeral, parse_number, to_chinese_numeral
from tests.support import document


def doc(text: str, doc_type: str = "government_work_report", year: int = 2023) -> dict:
    return document(text,
                    region="洛龙区", region_code="410311", level="county", parent_code="410300",
                    doc_type=doc_type, year=year)


def quantities(text: str) -> list[tuple]:
    return [(q.value, q.value_hi, q.unit, q.approx) for q in find_quantities(text)]


# ------------------------------------------------------------------ numerals


@pytest.mark.parametrize("numeral, value", [
    ("二〇三五", 2035),  # a year written digit by digit
    ("一千", 1000),
    ("两", 2),
    ("一千二百", 1200),
    ("两万三千", 23000),
    ("十五", 15),
    ("二十", 20),
    ("一百零五", 105),
    ("一千二", 1200),  # spoken style
    ("三万五", 35000),
    ("一亿零五十万", 100_500_000),
    ("一万亿", 10**12),  # 亿 after 万: found by the round-trip property below
    ("三万二千亿", 3_200_000_000_000),
])
def test_chinese_numerals(numeral, value):
    assert parse_chinese_numeral(numeral) == value


@pytest.mark.parametrize("numeral", ["一百二千", "百五", "二二百", "千家万户", "两两", "", "万", "abc"])
def test_malformed_chinese_numerals_are_refused(numeral):
    assert parse_chinese_numeral(numeral) is None


@pytest.mark.parametrize("text, value", [
    ("1,234.5", Decimal("1234.5")),
    ("３．５", Decimal("3.5")),  # full-width digits and point
    ("582.4", Decimal("582.4")),
    ("一千二百", Decimal(1200)),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_parse_number_refuses_junk():
    assert parse_number("abc") is None
    assert parse_number("") is None


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_chinese_numeral_round_trip(n):
    assert parse_chinese_numeral(to_chinese_numeral(n)) == n


@given(st.text(max_size=40))
def test_parse_number_never_crashes(s):
    result = parse_number(s)
    assert result is None or isinstance(result, Decimal)


@given(st.text(alphabet="零〇一二两三四五六七八九十百千万亿", max_size=12))
def test_chinese_parser_never_crashes_on_numeral_characters(s):
    result = parse_chinese_numeral(s)
    assert result is None or result >= 0


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.%—-万亿元人个百分点增长下降左右以上以内全区地区生产总值,。、和第居两二〇十五年")),
               max_size=60))
def test_extract_document_never_crashes_and_cites_its_evidence(text):
    d = doc(text)
    for row in extract_document(d):
        assert row["evidence"] == text[row["start"]: row["end"]]


# ------------------------------------------------------------------ quantities


def test_magnitudes_kept_in_the_unit_the_guide_writes():
    assert quantities("完成582.4亿元") == [(582.4, None, "亿元", None)]
    assert quantities("达到4.32万亿元") == [(4.32, None, "万亿元", None)]
    assert quantities("新增市场主体1.6万户") == [(1.6, None, "万户", None)]
    assert quantities("两千万元") == [(2000.0, None, "万元", None)]


def test_magnitudes_folded_into_the_value_for_counts():
    # 家 keeps no magnitude in the guide: 1.7万家 is 17000 家
    assert quantities("高新技术企业1.7万家") == [(17000.0, None, "家", None)]


def test_decimals_and_thousands_separators():
    assert quantities("投入1,234.5万元") == [(1234.5, None, "万元", None)]
    assert quantities("增长0.8个百分点") == [(0.8, None, "个百分点", None)]


def test_ranges_give_value_and_value_hi():
    assert quantities("增长7%—8%") == [(7.0, 8.0, "%", None)]
    assert quantities("新增1—2家") == [(1.0, 2.0, "家", None)]
    assert quantities("带动就业1—2万人") == [(1.0, 2.0, "万人", None)]


def test_yu_and_duo_inside_the_quantity_are_ge():
    assert quantities("受益贫困人口3万余人") == [(3.0, None, "万人", "ge")]
    assert quantities("1000多个") == [(1000.0, None, "个", "ge")]


def test_chinese_numerals_with_units():
    assert quantities("社会消费品零售总额一千二百亿元") == [(1200.0, None, "亿元", None)]
    assert quantities("实际利用外资两亿美元") == [(2.0, None, "亿美元", None)]
    assert quantities("是“十二五”的两倍") == [(2.0, None, "倍", None)]


@pytest.mark.parametrize("text", [
    "规模以上工业企业",  # 以上 is part of a name
    "召开两会",
    "“十四五”规划",
    "党的二十大",
    "2023年9月27日",  # dates
    "老城政办〔2023〕22号",  # document number (seed 001's first line)
    "咨询电话0379-63912345",
    "拨打12345热线",
    "PM2.5浓度",
    "加快推进5G建设",
    "第十四届人民代表大会第六次会议",
    "三个一批",  # a lone Chinese digit before a counting word is an idiom
    "千家万户",
    "2020-2022年",
])
def test_not_figures(text):
    assert find_quantities(text) == []


def test_not_figures_in_a_document_give_no_rows():
    text = ("老城政办〔2023〕22号。2023年9月27日召开两会,深入贯彻党的二十大精神,编制“十四五”规划。"
            "规模以上工业企业加快转型。拨打12345热线。PM2.5浓度明显下降。")
    assert extract_document(doc(text)) == []


def test_plan_years_are_not_read_as_quantities():
    assert find_quantities("十三五") == [] and find_quantities("十四五时期") == []


# --------------------------------------------------------------------------- a magnitude with no digit, milestones


@pytest.mark.parametrize("text, expected", [
    ("进出口总额突破万亿元、增速居全国第5位", [(1.0, None, "万亿元", None)]),  # 安徽 2026
    ("固定资产投资稳定在百亿元以上", [(100.0, None, "亿元", None)]),  # 定兴县 2022
    ("粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上", [(100.0, None, "万吨", None)]),  # 西藏 2026
    ("生物医药产值超千亿元", [(1000.0, None, "亿元", None)]),  # 2026 provincial report
    ("金融机构各项存款余额达108.3亿元，首次突破百亿元大关", [(108.3, None, "亿元", None), (100.0, None, "亿元", None)]),
])
def test_a_bare_magnitude_after_a_verb_of_reaching(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text", [
    "超过百万人口的城市",  # 百万 before 人口: no unit ends the phrase
    "打造千亿元级产业集群",  # an attribute
    "万人助万企",
    "建设百亿元项目",  # no verb of reaching before it
    "经过万人评议",
])
def test_a_bare_magnitude_elsewhere_is_no_figure(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, expected", [
    # 北京 2026, 浙江 2026, 湖南 2026: milestones of money written without 元
    ("经济总量连续迈上4万亿、5万亿两个台阶", [(4.0, None, "万亿元", None), (5.0, None, "万亿元", None)]),
    ("全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶",
     [(7.0, None, "万亿元", None), (8.0, None, "万亿元", None), (9.0, None, "万亿元", None)]),
    ("地区生产总值迈上5万亿台阶、五年增量超1.36万亿元", [(5.0, None, "万亿元", None), (1.36, None, "万亿元", None)]),
])
def test_money_milestones_without_yuan(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text", [
    "山海APP用户超1亿，访问量大增",  # no milestone word: not money
    "比去年提高3个位次",  # 涞源县 2022: places a ranking moved
    "连续24个月保持两位数增长",  # a time
    "长江十年禁渔连续4次获评优秀",  # a run's length
    "对小区内网和住户家中的二三次管网进行更换改造",  # 涞源县 2021: secondary and tertiary pipes, not 23
    "每个村配备三四名保洁员",  # two or three: no number read digit by digit
    "继续推进第二个十万亩大枣基地建设",  # 阜平县 2013: the number names the second such base
    "建设第3个10万亩核桃基地",
    "必将由65万人民同心同德、团结拼搏共同开创",  # 曲阳县 2022: the people addressed, no figure
    "始终时刻同全县28万人民想在一起、干在一起",
])
def test_counts_that_are_no_figures(text):
    assert find_quantities(text) == []


def test_milestones_give_a_lower_bound_of_the_level():
    review = "一、2025年工作回顾\n"
    got = [(r["indicator_id"], r["measure"], r["period"], r["value"], r["unit"], r["bound"]) for r in extract_document(
        dict(doc(review + "全区地区生产总值历史性迈上4000亿元台阶。一般公共预算收入迈上10亿元大关，增长12.9%。"
                 "经济总量连续迈上4万亿、5万亿两个台阶。\n"), year=2026)) if r["indicator_id"]]
    assert got == [("gdp", "level", "2025", 4000.0, "亿元", "ge"), ("budget_revenue", "level", "2025", 10.0, "亿元", "ge"),
                   ("budget_revenue", "growth", "2025", 12.9, "%", "eq"), ("gdp", "level", "2025", 5.0, "万亿元", "ge")]


def test_milestones_passed_one_after_the_other_and_milestones_counted_give_no_rows():
    # seed 004 (洛阳): 先后 passed them in years it does not say; 吉林 2026: 3个 counts the milestones
    review = "一、2025年工作回顾\n"
    got = [(r["indicator_id"], r["measure"], r["value"], r["unit"], r["bound"]) for r in extract_document(
        dict(doc(review + "全市生产总值先后迈上4000亿元、5000亿元两大台阶。地区生产总值跨越3个千亿元台阶，达到1.5万亿元。\n"),
             year=2026))]
    assert got == [("gdp", "level", 1.5, "万亿元", "eq")]


def test_a_bound_milestone_met_by_the_exact_figure_is_dropped():
    got = [(r["measure"], r["value"], r["bound"]) for r in extract_document(
        doc("全市生产总值突破4万亿元大关，达到4.32万亿元，增长8.1%。"))]
    assert got == [("level", 4.32, "eq"), ("growth", 8.1, "eq")]


def test_doubling_and_a_chinese_multiple_of_the_five_years_before():
    review = "一、过去五年工作回顾\n"
    got = [(r["indicator_id"], r["measure"], r["period"], r["value"], r["unit"]) for r in extract_document(
        dict(doc(review + "进出口总值翻番达到2206亿元。累计完成固定资产投资234.78亿元，是上个五年的两倍。\n"), year=2026))]
    assert got == [("trade", "change", "2021-2025", 2.0, "倍"), ("trade", "level", "2025", 2206.0, "亿元"),
                   ("fixed_asset_investment", "level", "2021-2025", 234.78, "亿元"),
                   ("fixed_asset_investment", "change", "2021-2025", 2.0, "倍")]


# --------------------------------------------------------------------------- numbers broken by a space
# 阜平县 2017 (tests/data/dev-reports-2/hebei-baoding-fuping_2017_gwr.txt): a page whose numbers hold spaces


def test_one_space_inside_the_decimals_before_the_unit_is_part_of_the_number():
    assert quantities("全县地区生产总值完成36.5 9亿元，是2011年的1.42倍") == [(36.59, None, "亿元", None),
                                                                       (1.42, None, "倍", None)]
    assert quantities("财政收入完成3.6 2亿元，比2011年翻了将近一番") == [(3.62, None, "亿元", None)]


@pytest.mark.parametrize("text", [
    "森林覆盖率达到4 3%",  # 43% or 4 and 3%? the 3% alone would be wrong: no figure
    "投资2 3亿元实施了职教中心新校区",
    "征收房屋1 7 00户",
    "指标 582.4 5.2%",  # two cells of a table: neither is read as one number
])
def test_the_end_of_a_number_broken_by_a_space_is_no_figure(text):
    assert find_quantities(text) == []


def test_the_county_page_gives_its_gdp_read_whole():
    from govreport.clean.pipeline import clean_bytes
    from tests.support import DATA

    page = DATA / "dev-reports-2" / "hebei-baoding-fuping_2017_gwr.txt"
    rows = [r for d in clean_bytes(page.read_bytes(), page.name) for r in extract_document(d)]
    assert 36.59 in [r["value"] for r in rows if r["indicator_id"] == "gdp" and r["measure"] == "level"]
    assert not any(r["evidence"].endswith(("4 3%", "2 3亿元")) for r in rows)


def test_yuan_per_person_keeps_its_bound():
    # 北京 2026 (58万元/人左右), 浙江 and 上海 2026 (42万元/人以上, 30万元/人左右): the guide writes 万元
    assert quantities("全员劳动生产率达58万元/人左右") == [(58.0, None, "万元", None)]
    got = [(r["indicator_id"], r["value"], r["unit"], r["bound"]) for r in extract_document(
        doc("二、2023年主要预期目标\n全员劳动生产率达58万元/人左右，全员劳动生产率达到42万元/人以上。\n"))]
    assert got == [("labour_productivity", 58.0, "万元", "about"), ("labour_productivity", 42.0, "万元", "ge")]


@pytest.mark.parametrize("sentence, expected", [
    ("进出口总值翻番达到2206亿元。", ("trade", 2.0, "eq")),  # 内蒙古 2026
    ("一般公共预算收入翻了一番。", ("budget_revenue", 2.0, "eq")),  # 翻了一番: 湖北 2026 (规模比“十三五”末翻了一番)
    ("地区生产总值翻了将近一番。", ("gdp", 2.0, "about")),  # 阜平县 2017 (财政收入…比2011年翻了将近一番)
    ("进出口总额翻两番。", ("trade", 4.0, "eq")),
    ("进出口总额翻四番。", ("trade", 16.0, "eq")),  # 2018年翻四番 (a county of 保定)
])
def test_doubling_as_written(sentence, expected):
    got = [(r["indicator_id"], r["value"], r["bound"]) for r in extract_document(
        dict(doc("一、过去五年工作回顾\n" + sentence + "\n"), year=2026)) if r["measure"] == "change"]
    assert got == [expected]


@given(st.integers(min_value=0, max_value=99999), st.integers(min_value=1, max_value=4),
       st.integers(min_value=1, max_value=2), st.sampled_from(["亿元", "万元", "%", "万吨"]))
def test_a_space_inside_the_decimals_leaves_the_value(whole, decimals, cut, unit):
    # 36.5 9亿元 reads as 36.59亿元 wherever the space falls among the last one or two decimals
    digits = f"{whole}.{'7' * decimals}"
    cut = min(cut, decimals)
    broken = digits[:-cut] + " " + digits[-cut:]
    if broken.endswith(". " + digits[-cut:]):
        return  # 36. 59: no decimals before the space, not the broken form this rule reads
    assert [(q.value, q.unit) for q in find_quantities("完成" + broken + unit)] == \
        [(q.value, q.unit) for q in find_quantities("完成" + digits + unit)]


@given(st.sampled_from(["突破", "迈上", "超过", "稳定在", "达到"]), st.sampled_from(["万亿", "千亿", "百亿", "百万", "千万"]),
       st.sampled_from(["元", "吨", "人"]), st.sampled_from(["", "以上", "大关", "，"]))
def test_a_bare_magnitude_is_the_same_figure_as_its_digits(verb, magnitude, unit, after):
    # 突破万亿元 is 突破1万亿元, 稳定在百亿元以上 is 稳定在100亿元以上
    digits = {"万亿": "1万亿", "千亿": "1000亿", "百亿": "100亿", "百万": "100万", "千万": "1000万"}[magnitude]
    read = [(q.value, q.unit) for q in find_quantities(verb + magnitude + unit + after)]
    assert read == [(q.value, q.unit) for q in find_quantities(verb + digits + unit + after)]
