"""rankings.py: 居全市第二, 全省排名第20位, 位居全市第一, aspects (总量和增幅), and what is not a ranking."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.rankings import find_ranks
from tests.support import document, seed_rows


def ranks(text: str) -> list[tuple]:
    return [(r.value, r.scope, r.aspects) for r in find_ranks(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("居全市第二", [(2, "全市", ("level",))]),
    ("全省排名第20位", [(20, "全省", ("level",))]),
    ("位居全市第一", [(1, "全市", ("level",))]),
    ("居八城区第三", [(3, "八城区", ("level",))]),
    ("稳居全市首位", [(1, "全市", ("level",))]),
    ("总量和增幅均位居全市第一", [(1, "全市", ("level", "growth"))]),
    ("增量、总量均保持全市第一", [(1, "全市", ("level",))]),
    # text from a PDF keeps a space inside (阜平 2017: 全县地区生产总值增长 8.1%，全市第 4 位)
    ("全市第4 位", [(4, "全市", ("level",))]),
    ("均为全市第 12 位", [(12, "全市", ("level",))]),
    # an aspect, a field and the ordinal with no verb (博野县 2024; 丽江 and 鄂尔多斯 reports write it too)
    ("地区生产总值增速全市第2", [(2, "全市", ("growth",))]),
    ("经济总量全省第一", [(1, "全省", ("level",))]),
    ("一般公共预算收入增幅全区第3位", [(3, "全区", ("growth",))]),
])
def test_rankings(text, expected):
    assert ranks(text) == expected


@pytest.mark.parametrize("text", [
    "进入全省第一方阵",
    "研究与试验发展经费增长位列全市第一档",  # a tier (满城区 2023), as 第一方阵
    "全省第二档",
    "居全省前列",
    "第一批试点",
    "第十四届人民代表大会第六次会议",
    "第一议题",
    "居全省第 3 批",
])
def test_not_rankings(text):
    assert ranks(text) == []


def doc(text: str) -> dict:
    return document(text, region="尉氏县", region_code="410223", level="county", parent_code="410200", year=2021)


def rank_rows(text: str) -> list[tuple]:
    return [(r["indicator_id"], r["value"], r["unit"], r["rank_scope"], r["period"], r["qualifier"])
            for r in extract_document(doc(text)) if r["measure"] == "rank"]


def test_ranking_after_a_figure_takes_its_subject():
    assert rank_rows("一般公共预算收入26.7亿元,增长3.5%,全市排名第一,全省排名第20位。") == [
        ("budget_revenue", 1.0, "位", "全市", "2020", ""),
        ("budget_revenue", 20.0, "位", "全省", "2020", ""),
    ]


def test_ranking_without_any_other_number():
    assert rank_rows("一般公共预算收入全省排名第20位。") == [("budget_revenue", 20.0, "位", "全省", "2020", "")]
    assert rank_rows("规模以上工业增加值位居全市第一。") == [
        ("industrial_value_added", 1.0, "位", "全市", "2020", "")]


def test_level_and_growth_ranked_together_give_two_rows():
    assert rank_rows("全县GDP完成431.8亿元,增长2.5%,总量和增幅均位居全市第一。") == [
        ("gdp", 1.0, "位", "全市", "2020", "总量"),
        ("gdp", 1.0, "位", "全市", "2020", "增幅"),
    ]


def test_front_rank_is_no_figure():
    assert extract_document(doc("主要经济指标增速位居省、市前列。")) == []


def test_seed_000_market_entities_rank():
    got = [(r["value"], r["rank_scope"], r["period"]) for r in seed_rows("000")
           if r["measure"] == "rank" and r["indicator_id"] == "new_market_entities"]
    assert got == [(1.0, "全市", "2022")]


def test_seed_004_tax_ranks():
    got = [(r["value"], r["rank_scope"]) for r in seed_rows("004")
           if r["measure"] == "rank" and r["indicator_id"] == "tax_revenue"]
    assert got == [(1.0, "全市"), (19.0, "全省")]


def test_level_and_growth_ranked_respectively_give_each_its_own_ordinal():
    assert rank_rows("全县生产总值完成431.8亿元,增长2.5%,总量和增速分别居全市第8位、第3位。") == [
        ("gdp", 8.0, "位", "全市", "2020", "总量"), ("gdp", 3.0, "位", "全市", "2020", "增速")]


# --------------------------------------------------------------------------- rankings that move, bands, 均为,
# a field alone (issue 13: figures lost because their rank was written in a way the rules did not read)


def full(text: str) -> list[tuple]:
    return [(r.value, r.scope, r.bound, r.moved_from) for r in find_ranks(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    # 安徽 2026, 湖南 2026, 浙江 2026, 定兴县 2022 (在全省排名由…: the field before 排名)
    ("进出口总额从全国第13位升至第9位", [(13, "全国", "eq", True), (9, "全国", "eq", False)]),
    ("区域创新能力由全国第12位跃升至第9位", [(12, "全国", "eq", True), (9, "全国", "eq", False)]),
    ("宁波舟山国际航运中心发展指数从全球第11位跃升至第7位", [(11, "全球", "eq", True), (7, "全球", "eq", False)]),
    ("全市经济总量在全省排名由第8位上升至第7位", [(8, "全省", "eq", True), (7, "全省", "eq", False)]),
    # bands with a number: 内蒙古 2026, 定兴县 2022, 湖南 2026, 徐水县 2015
    ("人均GDP进入全国前8位", [(8, "全国", "le", False)]),
    ("分别增长10.2%、19.6%，均位列全市前五", [(5, "全市", "le", False)]),
    ("全省地区生产总值达到5.53万亿元、稳居全国前十强", [(10, "全国", "le", False)]),
    ("综合实力进入全省前50位", [(50, "全省", "le", False)]),
    ("多数考核指标进入全市前12、全省前20", [(12, "全市", "le", False), (20, "全省", "le", False)]),
    # 均为 (阜平县 2017); a field alone after a figure (阜平县 2017, 涞源县 2022, 徐水区 2024)
    ("城镇、农村居民人均可支配收入分别增长10.4%、12.5%，均为全市第2位", [(2, "全市", "eq", False)]),
    ("全市第4位", [(4, "全市", "eq", False)]),
    ("全市第 4 位", [(4, "全市", "eq", False)]),  # typeset spaces (阜平县 2017)
    ("全市第12 位", [(12, "全市", "eq", False)]),
    ("全市第5", [(5, "全市", "eq", False)]),
])
def test_moving_ranks_bands_and_a_field_alone(text, expected):
    assert full(text) == expected


@pytest.mark.parametrize("text", [
    "主要经济指标增速位居全国前列",  # a band without a number: no place stated
    "人均地区生产总值稳居全国上游",
    "前三季度全省地区生产总值增长5%",
    "ESI全球排名前1%的学科数量增长两倍",
    "前10个月",
    "全省第一家智能工厂建成投产",  # a field and an ordinal that do not end the clause
    "位居全省第 4 批",
    "成为全国第二个举办该赛事的城市",
    "汽车产量从全国第8位起步",  # 从 with no move to another place after it
])
def test_no_rank_from_bands_without_a_number_or_other_ordinals(text):
    assert full(text) == []


def five_year_review(text: str) -> dict:
    return document("一、过去五年工作回顾\n" + text, region="安徽省", region_code="340000", level="province", parent_code=None)


def test_a_moving_rank_in_a_five_year_review_gives_the_place_before_the_span_and_the_place_reached():
    got = [(r["indicator_id"], r["period"], r["value"], r["bound"], r["rank_scope"])
           for r in extract_document(five_year_review(
               "进出口总额从全国第13位升至第9位。全社会研发投入强度从全国第10位升至第7位。人均GDP进入全国前8位。\n"))
           if r["measure"] == "rank"]
    assert got == [("trade", "2020", 13.0, "eq", "全国"), ("trade", "2025", 9.0, "eq", "全国"),
                   ("rd_intensity", "2020", 10.0, "eq", "全国"), ("rd_intensity", "2025", 7.0, "eq", "全国"),
                   ("gdp_per_capita", "2025", 8.0, "le", "全国")]


def test_a_moving_rank_after_a_change_takes_the_subject_of_the_change():
    # 安徽 2026: 科技型中小企业数增长4.9倍、从全国第13位升至第5位
    got = [(r["indicator"], r["period"], r["value"]) for r in extract_document(five_year_review(
        "高新技术企业增长1.7倍、从全国第10位升至第8位。\n")) if r["measure"] == "rank"]
    assert got == [("高新技术企业", "2020", 10.0), ("高新技术企业", "2025", 8.0)]


def test_jun_wei_ranks_each_subject_and_a_field_alone_ranks_the_figure_before():
    text = ("一、2016年工作回顾\n全县地区生产总值增长8.1%，全市第4位；固定资产投资增长20.5%，全市第1位；"
            "城镇、农村居民人均可支配收入分别增长10.4%、12.5%，均为全市第2位。\n")
    d = dict(doc(text), region="阜平县", year=2017)
    got = [(r["indicator_id"], r["period"], r["value"], r["rank_scope"]) for r in extract_document(d)
           if r["measure"] == "rank"]
    assert got == [("gdp", "2016", 4.0, "全市"), ("fixed_asset_investment", "2016", 1.0, "全市"),
                   ("urban_disposable_income", "2016", 2.0, "全市"), ("rural_disposable_income", "2016", 2.0, "全市")]


def test_an_aspect_ranked_without_a_verb_after_another_ranking():
    # 博野县 2024: 全县规上工业增加值增速位居全市第1，地区生产总值增速全市第2
    text = "一、2023年工作回顾\n全县规上工业增加值增速位居全市第1，地区生产总值增速全市第2，5项主要经济指标增速高于全市平均水平。\n"
    d = dict(doc(text), region="博野县", year=2024)
    got = [(r["indicator_id"], r["value"], r["rank_scope"], r["period"], r["qualifier"]) for r in extract_document(d)
           if r["measure"] == "rank"]
    assert got[1:] == [("gdp", 2.0, "全市", "2023", "增速")] and got[0][:4] == ("industrial_value_added", 1.0, "全市", "2023")


@pytest.mark.parametrize("region, year, sentence, expected", [
    # 涞源县 2022: …增速7.9%，全市第5，比去年提高3个位次
    ("涞源县", 2022, "全县地区生产总值完成81.16亿元，增速7.9%，全市第5，比去年提高3个位次。",
     [("gdp", "level", 81.16, "亿元"), ("gdp", "growth", 7.9, "%"), ("gdp", "rank", 5.0, "位")]),
    # 容城县 2017: places moved with no place reached are no figure either
    ("容城县", 2017, "经过两年努力，空气质量指数全省排名前进28个位次。", []),
])
def test_places_a_ranking_moved_are_no_count(region, year, sentence, expected):
    text = f"一、{year - 1}年工作回顾\n{sentence}\n"
    d = dict(doc(text), region=region, year=year)
    got = [(r["indicator_id"], r["measure"], r["value"], r["unit"]) for r in extract_document(d)]
    assert got == expected


def test_fenbie_before_a_list_of_places_gives_each_subject_its_own():
    # 宁夏 2026, twice in one paragraph; a county's 总量及增速分别位居全市第二位、第四位 hands out aspects instead
    text = ("其中城镇、农村居民收入分别增长4.8%、5.9%，分别居全国第四、第八。"
            "一产、二产、三产增加值分别增长6%、5.2%、5.2%，分别居全国第二、第七、第九。\n")
    got = [(r["indicator"], r["value"]) for r in extract_document(five_year_review(text)) if r["measure"] == "rank"]
    assert got == [("城镇居民人均可支配收入", 4.0), ("农村居民人均可支配收入", 8.0),
                   ("第一产业增加值", 2.0), ("第二产业增加值", 7.0), ("服务业增加值", 9.0)]  # (test_names: 一产、二产、三产)


@pytest.mark.parametrize("region, sentence, expected", [
    # 金额 is the amount of the subject before, as 总量 is (湖北 2026; 福建 2026 says 总量)
    ("湖北省", "技术合同成交额达到6121亿元、金额居全国第3位，脑机接口等前沿技术加速迈向产业化。",
     ("technology_contracts", 3.0, "全国")),
    ("福建省", "技术合同成交额达到1140亿元、总量居全国第9位。", ("technology_contracts", 9.0, "全国")),
])
def test_an_amount_word_ranks_the_subject_before(region, sentence, expected):
    d = document("一、2025年工作回顾\n" + sentence + "\n", region=region, region_code="420000", year=2026)
    assert [(r["indicator_id"], r["value"], r["rank_scope"]) for r in extract_document(d) if r["measure"] == "rank"] \
        == [expected]
