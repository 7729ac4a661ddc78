"""structures.py and the walk in pipeline.py: shared subjects, 分别 lists, level+growth+rank chains, what a
figure measures (增长/下降/倍/个百分点), adjusted figures and numbers that are not figures of their subject."""

from __future__ import annotations

import pytest

from govreport.clean import clean_bytes
from govreport.extract import extract_document
from tests.support import document, seed, seed_rows

K = ("indicator", "indicator_id", "measure", "value", "unit", "rank_scope", "qualifier")


def doc(text: str, doc_type: str = "government_work_report", year: int = 2023) -> dict:
    return document(text,
                    region="洛龙区", region_code="410311", level="county", parent_code="410300",
                    doc_type=doc_type, year=year)


def rows(text: str) -> list[tuple]:
    return [tuple(r[k] for k in K) for r in extract_document(doc(text))]


def test_level_growth_rank_chain():
    # seed 000: the subject of the first figure carries to 增长 and 居
    assert rows("全区地区生产总值完成582.4亿元,增长5.2%,居全市第一。") == [
        ("地区生产总值", "gdp", "level", 582.4, "亿元", None, ""),
        ("地区生产总值", "gdp", "growth", 5.2, "%", None, ""),
        ("地区生产总值", "gdp", "rank", 1.0, "位", "全市", ""),
    ]


def test_shared_subject_gives_one_row_per_item():
    assert rows("地区生产总值、人均GDP、全员劳动生产率增长8%。") == [
        ("地区生产总值", "gdp", "growth", 8.0, "%", None, ""),
        ("人均地区生产总值", "gdp_per_capita", "growth", 8.0, "%", None, ""),
        ("全员劳动生产率", "labour_productivity", "growth", 8.0, "%", None, ""),
    ]


def test_fenbie_lists_distribute_values_in_order():
    # seed 004: 城镇 borrows the head of the name after it (城镇 + 居民人均可支配收入)
    assert rows("城镇和农村居民人均可支配收入达到29578元、16458元,分别增长2.1%和7.2%。") == [
        ("城镇居民人均可支配收入", "urban_disposable_income", "level", 29578.0, "元", None, ""),
        ("农村居民人均可支配收入", "rural_disposable_income", "level", 16458.0, "元", None, ""),
        ("城镇居民人均可支配收入", "urban_disposable_income", "growth", 2.1, "%", None, ""),
        ("农村居民人均可支配收入", "rural_disposable_income", "growth", 7.2, "%", None, ""),
    ]


def test_fenbie_after_a_list_of_figures_goes_back_to_each_item():
    # seed 004 (五年吸收外资超140亿美元、省外境内资金近4000亿元，分别是“十二五”的1.3倍和1.6倍) and Shanghai 2021
    assert rows("进出口总额580亿元、实际利用外资12亿美元,分别增长6%和9%。") == [
        ("进出口总额", "trade", "level", 580.0, "亿元", None, ""),
        ("实际利用外资", "fdi", "level", 12.0, "亿美元", None, ""),
        ("进出口总额", "trade", "growth", 6.0, "%", None, ""),
        ("实际利用外资", "fdi", "growth", 9.0, "%", None, ""),
    ]
    found = rows("新建学校12所、医院3家,分别占全市的20%和15%。")
    assert [(r[0], r[3]) for r in found if r[2] == "share"] == [("新建学校占全市比重", 20.0), ("新建医院占全市比重", 15.0)]
    # without 分别, or with as many values as the carried subject alone, the values stay with the last subject
    assert [(r[0], r[2], r[3]) for r in rows("进出口总额580亿元、实际利用外资12亿美元,增长9%。")][-1] == \
        ("实际利用外资", "growth", 9.0)


def test_fenbie_after_figures_of_several_clauses_goes_back_to_each_clause():
    # 徐水 2012 (县): 城镇…达19233元，农村…达7815元，分别是2006年的2倍、1.8倍; 定兴 2021: 全部财政收入…，其中一般
    # 公共预算收入…，比“十二五”末分别增长52.4%、76.8%; 苏州 2025 (统计公报): 铁路客运量…，旅客周转量…，分别增长
    found = rows("城镇居民人均可支配收入达19233元,农村居民人均纯收入达7815元,分别比上年增长8.5%、9.6%。")
    assert [(r[1], r[2], r[3]) for r in found] == [
        ("urban_disposable_income", "level", 19233.0), ("rural_disposable_income", "level", 7815.0),
        ("urban_disposable_income", "growth", 8.5), ("rural_disposable_income", "growth", 9.6)]
    found = rows("全部财政收入达到15.9亿元,其中一般公共预算收入完成8.89亿元,比上年分别增长5.4%、7.6%。")
    assert [(r[1], r[2], r[3]) for r in found if r[2] == "growth"] == [
        ("fiscal_total_revenue", "growth", 5.4), ("budget_revenue", "growth", 7.6)]
    found = rows("全年接待游客1071.2万人次,实现旅游总收入43.5亿元,分别增长19.5%、21.3%。")
    assert [(r[0], r[3]) for r in found if r[2] == "growth"] == [("接待游客", 19.5), ("旅游总收入", 21.3)]
    # a clause whose subject has several figures (存贷款余额分别达…、…) is no one figure's: 分别 goes to that clause,
    # whose pair word 存贷 reads it as deposits, then loans (paired_words.csv)
    found = rows("全县银行业金融机构达11家,金融机构存贷款余额分别达199.5亿元、67.5亿元,同比分别增长15.2%、12.5%。")
    assert [(r[1], r[2], r[3]) for r in found if r[2] == "growth"] == [
        ("deposits", "growth", 15.2), ("loans", "growth", 12.5)]


def test_one_count_after_a_list_of_kinds_counts_them_together():
    # 西藏 2026: 新增高新技术和科技型中小企业60家 is neither 60 高新技术企业 nor 60 科技型中小企业; 邵阳 2025 (统计公报):
    # 群众艺术馆、文化馆13个; 山东 2026: 国家技术创新中心、新兴产业创新中心、制造业创新中心达到8家
    found = rows("新增高新技术和科技型中小企业60家。")
    assert [(r[1], r[3]) for r in found] == [("", 60.0)]
    assert found[0][0].endswith("高新技术和科技型中小企业")
    assert [(r[0], r[3]) for r in rows("群众艺术馆、文化馆13个。")] == [("群众艺术馆、文化馆", 13.0)]
    # a rate is each one's, and so is a count with 分别, 均 or 各
    assert [r[1] for r in rows("高新技术企业、科技型中小企业数量均增长10%。")] == [
        "high_tech_enterprises", "tech_smes"]
    assert [(r[1], r[3]) for r in rows("高新技术企业、科技型中小企业分别达到120家、350家。")] == [
        ("high_tech_enterprises", 120.0), ("tech_smes", 350.0)]
    assert [(r[1], r[3]) for r in rows("高新技术企业、科技型中小企业均新增20家。")] == [
        ("high_tech_enterprises", 20.0), ("tech_smes", 20.0)]


def test_bare_items_of_a_list_take_the_head_of_the_name_closing_it():
    # 西藏 2026: 粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上 (粮食 is 粮食产量; 肉蛋奶产量 is no name of the vocabulary,
    # a free phrase with the list's aspect: names.phrases.shared_head)
    found = rows("粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上。")
    assert [(r[0], r[1], r[3], r[4]) for r in found] == [
        ("粮食总产量", "grain_output", 100.0, "万吨"), ("肉蛋奶产量", "", 100.0, "万吨"),
        ("蔬菜产量", "vegetable_output", 100.0, "万吨")]
    # the compound next to its name as before (seed 004)
    assert [r[1] for r in rows("城镇、农村居民人均可支配收入分别增长6%、8%。")] == [
        "urban_disposable_income", "rural_disposable_income"]


def test_a_fall_is_a_negative_growth():
    assert rows("规模以上工业增加值下降1.7%。") == [
        ("规模以上工业增加值", "industrial_value_added", "growth", -1.7, "%", None, "")]


def test_percentage_points_are_a_change():
    assert rows("常住人口城镇化率提高0.8个百分点。") == [
        ("常住人口城镇化率", "urbanisation_rate", "change", 0.8, "个百分点", None, "")]
    assert rows("城镇调查失业率下降0.3个百分点。") == [
        ("城镇调查失业率", "surveyed_unemployment", "change", -0.3, "个百分点", None, "")]


def test_multiples_are_a_change_against_their_base():
    [row] = extract_document(doc("一般公共预算收入是“十二五”末的1.7倍。", year=2021))
    assert (row["measure"], row["value"], row["unit"], row["period"], row["qualifier"]) == \
        ("change", 1.7, "倍", "2016-2020", "“十二五”末")
    # the same with a year: 2015 is the base, not the period of the figure
    [row] = extract_document(doc("地区生产总值是2015年的2.1倍。", year=2021))
    assert (row["measure"], row["value"], row["period"], row["qualifier"]) == ("change", 2.1, "2016-2020", "2015年")


def test_adjusted_figure_keeps_its_qualifier():
    assert rows("一般公共预算收入扣除留抵退税因素后增长11.4%。") == [
        ("一般公共预算收入", "budget_revenue", "growth", 11.4, "%", None, "扣除留抵退税因素后")]


def test_share_of_the_plan_is_no_figure_of_the_indicator():
    # seed 004: 省重点项目完成投资59.5亿元,占年计划的136%
    assert rows("固定资产投资占年计划的136%。") == []
    assert rows("固定资产投资完成年计划的136%。") == []
    assert rows("省重点项目完成投资59.5亿元,占年计划的136%。") == [
        ("省重点项目完成投资", "", "level", 59.5, "亿元", None, "")]


def test_comparison_with_another_government_is_skipped():
    assert rows("规上工业增加值增长10%,高于全省1.7个百分点。") == [
        ("规模以上工业增加值", "industrial_value_added", "growth", 10.0, "%", None, "")]


def test_milestones_are_not_levels():
    # 突破4万亿元大关 is a threshold passed; the figure is the one after it
    got = rows("全市生产总值突破4万亿元大关,达到4.32万亿元。")
    assert got == [("地区生产总值", "gdp", "level", 4.32, "万亿元", None, "")]


def test_out_of_vocabulary_figures_keep_their_phrase():
    assert rows("新建中小学5所。") == [("新建中小学", "", "level", 5.0, "所", None, "")]
    assert rows("新建2所公办幼儿园。") == [("新建公办幼儿园", "", "level", 2.0, "所", None, "")]


def test_seed_000_adjusted_budget_revenue_chain():
    got = [(r["measure"], r["value"], r["unit"], r["qualifier"], r["rank_scope"]) for r in seed_rows("000")
           if r["indicator_id"] == "budget_revenue" and r["kind"] == "actual"
           and r["evidence"].startswith("一般公共预算收入完成24.07亿元")]
    assert got == [("level", 24.07, "亿元", "", None), ("growth", 11.4, "%", "扣除留抵退税因素后", None),
                   ("rank", 2.0, "位", "", "全市")]


def test_seed_004_fenbie_multiples():
    got = [(r["indicator_id"], r["value"]) for r in seed_rows("004")
           if r["unit"] == "倍" and "居民人均可支配收入分别是“十二五”末" in r["evidence"]]
    assert got == [("urban_disposable_income", 1.4), ("rural_disposable_income", 1.5)]


@pytest.mark.parametrize("path", sorted(seed("000").parent.glob("*.txt")), ids=lambda p: p.name[:3])
def test_evidence_is_the_cited_text_on_every_seed(path):
    cited = 0
    for d in clean_bytes(path.read_bytes(), source=str(path)):
        text = d["text"]
        for row in extract_document(d):
            assert row["evidence"] == text[row["start"]: row["end"]]
            assert row["start"] < row["end"]
            cited += 1
    assert cited >= 10  # every seed states figures (001, the shortest, gives 20 rows)


def test_an_elliptic_item_in_a_list_borrows_the_topic():
    # 定兴县 2021: 增加值 after 规上工业产值和 is 规上工业增加值 (规上工业产值 is the vocabulary's 规模以上工业总产值)
    from govreport.extract import extract_document

    d = document("一、2020年工作回顾\n规上工业产值和增加值分别达到92亿元和26.4亿元。\n", region="定兴县", year=2021)
    assert [(r["indicator"], r["indicator_id"], r["value"]) for r in extract_document(d)] == [
        ("规模以上工业总产值", "industrial_output", 92.0), ("规模以上工业增加值", "industrial_value_added", 26.4)]


@pytest.mark.parametrize("sentence, expected", [
    # one amount of 城乡居民 is all residents' (urban and rural cannot share a level): 株洲市 2025 communiqué
    ("全年城乡居民人均可支配收入51343元，增长4.4%。", [("disposable_income", "level", 51343.0),
                                                   ("disposable_income", "growth", 4.4)]),
    # one rate is both populations' (guide rule 9): 定兴县 2022
    ("城乡居民人均可支配收入增长8.5%以上。", [("urban_disposable_income", "growth", 8.5),
                                          ("rural_disposable_income", "growth", 8.5)]),
    # two amounts: one each (安国市 2020)
    ("城乡居民人均可支配收入分别为2.9万元、2万元。", [("urban_disposable_income", "level", 2.9),
                                               ("rural_disposable_income", "level", 2.0)]),
])
def test_chengxiang_with_one_amount_is_all_residents(sentence, expected):
    from govreport.extract import extract_document

    d = document("一、综合\n" + sentence,
                 region="株洲市", region_code="430200", level="prefecture", parent_code="430000",
                 doc_type="statistical_communique", year=2025)
    assert [(r["indicator_id"], r["measure"], r["value"]) for r in extract_document(d)] == expected


@pytest.mark.parametrize("sentence", [
    "全市居民人均可支配收入39659元，比上年名义增长5.1%。",   # 南宁市 2025
    "全体居民人均可支配收入41203元，名义增长5.1%。",
])
def test_nominal_growth_is_a_growth_with_its_qualifier(sentence):
    from govreport.extract import extract_document

    d = document("一、综合\n" + sentence,
                 region="南宁市", region_code="450100", level="prefecture", parent_code="450000",
                 doc_type="statistical_communique", year=2025)
    growth = [r for r in extract_document(d) if r["measure"] == "growth"]
    assert [(r["indicator_id"], r["value"], "名义" in r["qualifier"]) for r in growth] == [("disposable_income", 5.1, True)]


@pytest.mark.parametrize("region, sentence, expected", [
    # 到 and the year of a goal lead the name (陕西 2026, 宁夏 2026); 全社会 is the own scope's word
    ("陕西省", "到2030年全社会研发投入强度达到3.2%左右。", ("rd_intensity", "level", "2030", 3.2, "about")),
    ("宁夏回族自治区", "到2030年人均地区生产总值达到10万元以上。", ("gdp_per_capita", "level", "2030", 10.0, "ge")),
    ("满城区", "到2025年全区一般公共预算收入达到10亿元。", ("budget_revenue", "level", "2025", 10.0, "eq")),
])
def test_a_year_to_reach_before_a_name_leads_it(region, sentence, expected):
    d = document("二、今后五年的目标任务\n" + sentence + "\n", region=region, year=2023)
    assert [(r["indicator_id"], r["measure"], r["period"], r["value"], r["bound"]) for r in extract_document(d)] == [expected]


@pytest.mark.parametrize("region, sentence, expected", [
    # a pair word before the name it splits (陕西 2026); each part read as written
    ("陕西省", "实际使用内外资分别增长10%、6.4%。", [("domestic_investment_inflow", "growth", 10.0), ("fdi", "growth", 6.4)]),
    # (the two 满城区 cases are written for the rule: only 陕西 2026 says 内外资 in the corpora)
    ("满城区", "全区实际利用内外资分别达到12亿元、3000万美元。",
     [("domestic_investment_inflow", "level", 12.0), ("fdi", "level", 3000.0)]),
    # someone else's pair stays theirs
    ("满城区", "全省实际利用内外资分别增长8%、5%。", []),
    # one value: the whole, no vocabulary indicator
    ("陕西省", "实际使用内外资增长8%。", []),
    # 人均收入 is 人均可支配收入 (陕西 2026); a pair list without 分别 is one each
    ("陕西省", "城乡居民人均收入年均增长5.3%、7.7%。",
     [("urban_disposable_income", "avg_growth", 5.3), ("rural_disposable_income", "avg_growth", 7.7)]),
    ("满城区", "城乡居民人均收入分别增长6%和7%左右。",
     [("urban_disposable_income", "growth", 6.0), ("rural_disposable_income", "growth", 7.0)]),
    ("满城区", "城镇、农村居民人均收入分别达到3.2万元、1.6万元。",
     [("urban_disposable_income", "level", 3.2), ("rural_disposable_income", "level", 1.6)]),
])
def test_a_pair_word_gives_each_part_its_figure(region, sentence, expected):
    d = document("一、过去五年工作回顾\n" + sentence + "\n", region=region)
    got = [(r["indicator_id"], r["measure"], r["value"]) for r in extract_document(d) if r["indicator_id"]]
    assert got == expected


@pytest.mark.parametrize("region, sentence, expected", [
    # a name, a clause of how it did, then its figures (陕西 2026)
    ("陕西省", "全省进出口总值创历史新高，达到5379亿元、增长18.5%。",
     [("trade", "level", 5379.0), ("trade", "growth", 18.5)]),
    ("博野县", "全县一般公共预算收入再创新高，达到5.2亿元，增长8%。",
     [("budget_revenue", "level", 5.2), ("budget_revenue", "growth", 8.0)]),
    # the next clause names its own subject (博野县 2024, 北京 2026)
    ("博野县", "全县税收收入创历史新高，本科上线率92.8%。", []),
    # someone else's record stays theirs
    ("博野县", "全省进出口总值创历史新高，达到5379亿元。", []),
])
def test_a_record_clause_between_a_name_and_its_figure(region, sentence, expected):
    d = document("一、2025年工作回顾\n" + sentence + "\n", region=region)
    got = [(r["indicator_id"], r["measure"], r["value"]) for r in extract_document(d) if r["indicator_id"]]
    assert got == expected


@pytest.mark.parametrize("region, sentence, expected", [
    # 保障 leads a goal of the government's own (博野县 2024); the elliptic 产量 borrows the grain topic
    ("博野县", "加快推进4万亩高标准农田建设，保障粮食生产面积36万亩、产量稳定在16万吨以上。",
     [("grain_area", 36.0, "eq"), ("grain_output", 16.0, "ge")]),
    ("定兴县", "全年粮食面积稳定在104万亩、产量60万吨。", [("grain_area", 104.0, "eq"), ("grain_output", 60.0, "eq")]),
])
def test_a_lead_verb_of_keeping_leaves_the_goal_the_governments(region, sentence, expected):
    d = document("二、2024年工作安排\n" + sentence + "\n", region=region, year=2024)
    got = [(r["indicator_id"], r["value"], r["bound"]) for r in extract_document(d) if r["indicator_id"].startswith("grain")]
    assert got == expected


@pytest.mark.parametrize("region, sentence, expected", [
    # milestones passed with no figure of their own, the subject's figure in the next clause (安徽 2026)
    ("安徽省", "地区生产总值连跨两个万亿元台阶，年均增长5.7%、高于全国0.3个百分点。", [("gdp", "avg_growth", 5.7)]),
    ("满城区", "全区一般公共预算收入连续跨越两个千亿级台阶，年均增长12%。", [("budget_revenue", "avg_growth", 12.0)]),
    # the next clause has a subject of its own (青海 2026)
    ("青海省", "全省地区生产总值连跨三个千亿级台阶，人均生产总值提升至7.2万元。", []),
])
def test_milestones_passed_between_a_name_and_its_figure(region, sentence, expected):
    d = document("一、过去五年工作回顾\n" + sentence + "\n", region=region)
    got = [(r["indicator_id"], r["measure"], r["value"]) for r in extract_document(d)
           if r["indicator_id"] in ("gdp", "budget_revenue")]
    assert got == expected


@pytest.mark.parametrize("region, doc_type, text, expected", [
    # an elliptic name in the clause after its topic's figure (益阳市 2025, 徐水区 2024, 新疆 2026, 广西 2026)
    ("益阳市", "statistical_communique", "二、农业\n全年粮食种植面积551.84万亩，比上年增长0.2%，总产量236.88万吨，增长0.7%。\n",
     [("grain_output", "level", 236.88), ("grain_output", "growth", 0.7)]),
    ("徐水区", "government_work_report", "一、2023年工作回顾\n全年粮食播种面积83.3万亩，产量7.1亿斤。\n",
     [("grain_output", "level", 7.1)]),
    ("广西壮族自治区", "government_work_report", "一、2025年工作回顾\n外贸进出口增长8.4%，总额突破8000亿元。\n",
     [("trade", "growth", 8.4), ("trade", "level", 8000.0)]),
])
def test_an_elliptic_name_after_the_clause_of_its_topic(region, doc_type, text, expected):
    d = document(text, region=region, doc_type=doc_type, year=2025 if doc_type == "statistical_communique" else 2024)
    got = [(r["indicator_id"], r["measure"], r["value"]) for r in extract_document(d)
           if r["indicator_id"] in ("grain_output", "trade")]
    assert got == expected


@pytest.mark.parametrize("region, sentence, expected", [
    # 人均 alone after an amount is per head of it (阜平县 2017); 均 there is no filler
    ("阜平县", "到2021年，全县地区生产总值达到110亿元以上、人均达到4.6万元以上。",
     [("地区生产总值", "gdp", 110.0), ("人均地区生产总值", "gdp_per_capita", 4.6)]),
    ("阜平县", "一般公共财政预算收入达到7.5亿元以上、人均达到3200元以上。",
     [("一般公共预算收入", "budget_revenue", 7.5), ("人均一般公共财政预算收入", "", 3200.0)]),
    # someone else's amount: its per-head figure is theirs too
    ("阜平县", "全省地区生产总值达到5万亿元、人均达到6万元。",
     [("全省地区生产总值", "", 5.0), ("人均全省地区生产总值", "", 6.0)]),
])
def test_per_head_after_an_amount(region, sentence, expected):
    d = document("二、今后五年的奋斗目标\n" + sentence + "\n", region=region, year=2017)
    assert [(r["indicator"], r["indicator_id"], r["value"]) for r in extract_document(d)] == expected


@pytest.mark.parametrize("region, year, sentence, expected", [
    # one subject and one figure a clause, then 分别 and a list: each goes back to its clause (徐水县 2012, 涞水县 2020)
    ("徐水县", 2012, "城镇居民人均可支配收入达19233元，农村居民人均纯收入达7815元，分别是2006年的2倍、1.8倍。",
     [("urban_disposable_income", 2.0), ("rural_disposable_income", 1.8)]),
    ("徐水县", 2013, "城镇居民人均可支配收入达21560元，农村居民人均纯收入达9173元，同比分别增长12.1%、13.5%。",
     [("urban_disposable_income", 12.1), ("rural_disposable_income", 13.5)]),
    # a clause with two figures of its own: 分别 goes to them, not back to 11家 (徐水县 2014); its pair word 存贷 names
    # them deposits, then loans
    ("徐水县", 2015, "全县银行业金融机构达11家，金融机构存贷款余额分别达199.5亿元、67.5亿元，同比分别增长15.2%、10.1%。",
     [("deposits", 15.2), ("loans", 10.1)]),
])
def test_fenbie_goes_back_to_the_subjects_of_earlier_clauses(region, year, sentence, expected):
    d = document(f"一、{year - 1}年工作回顾\n" + sentence + "\n", region=region, year=year)
    got = [(r["indicator_id"], r["value"]) for r in extract_document(d)
           if r["measure"] in ("change", "growth") and r["indicator_id"]]
    assert got == expected


@pytest.mark.parametrize("region, sentence, value", [
    # the whole plan before as the base of a growth (比/较“十三五”时期): no part of the subject (辽宁, 山西 2026);
    # 使用外资 is 实际使用外资 (山西, 浙江 2026)
    ("辽宁省", "这五年，一批重大外资项目落地，实际使用外资比“十三五”时期增长78.9%。", 78.9),
    ("山西省", "建立对外开放“1+ N”政策体系。累计使用外资比“十三五”时期增长71%。", 71.0),
])
def test_the_plan_before_as_a_base_is_no_part_of_the_subject(region, sentence, value):
    d = document("一、过去五年工作回顾\n" + sentence + "\n", region=region, region_code="210000", year=2026)
    assert [(r["indicator_id"], r["measure"], r["period"], r["value"]) for r in extract_document(d)] == [
        ("fdi", "growth", "2021-2025", value)]


@pytest.mark.parametrize("region, sentence, expected", [
    ("浙江省", "跃居全国第2位，五年累计使用外资846亿美元。", ("fdi", "level", "2021-2025", 846.0)),
    # a stock's newly registered, 各类 between the verb and the noun (安徽 2026)
    ("安徽省", "举办创业安徽大赛等系列活动，全年新登记各类经营主体94.6万户。", ("new_market_entities", "level", "2025", 94.6)),
])
def test_names_of_2026_reports(region, sentence, expected):
    d = document("一、2025年工作回顾\n" + sentence + "\n", region=region, region_code="330000", year=2026)
    if "五年" in sentence:
        d = document("一、过去五年工作回顾\n" + sentence + "\n", region=region, region_code="330000", year=2026)
    assert [(r["indicator_id"], r["measure"], r["period"], r["value"]) for r in extract_document(d)
            if r["indicator_id"]] == [expected]


@pytest.mark.parametrize("region, sentence, expected", [
    # a pair word inside a phrase that names nothing until it is read as its two parts (收支: 收入 and 支出), with two
    # values: one name each (广西 2026, whose 9千亿元 is 9000 亿元); someone else's scope word keeps both someone else's
    ("广西壮族自治区", "经济结构持续优化。一般公共预算收支累计分别突破9千亿元、3万亿元。",
     [("budget_revenue", "2021-2025", 9000.0, "亿元"), ("budget_expenditure", "2021-2025", 3.0, "万亿元")]),
    ("广西壮族自治区", "全国一般公共预算收支分别突破20万亿元、27万亿元。", []),
])
def test_a_pair_word_makes_two_names(region, sentence, expected):
    d = document("一、过去五年工作回顾\n" + sentence + "\n", region=region, region_code="450000", year=2026)
    assert [(r["indicator_id"], r["period"], r["value"], r["unit"]) for r in extract_document(d)
            if r["indicator_id"]] == expected


@pytest.mark.parametrize("text, value, unit", [
    # a digit before 千亿 / 百亿 (广西 2026: 全部工业增加值超8千亿元, 有色金属产业年产值超4千亿元)
    ("全部工业增加值超8千亿元", 8000.0, "亿元"), ("有色金属产业年产值超4千亿元", 4000.0, "亿元"),
    ("投资5百亿元", 500.0, "亿元"),
])
def test_a_digit_before_a_magnitude_of_hundreds_of_millions(text, value, unit):
    from govreport.extract.numbers import find_quantities

    [q] = find_quantities(text, 0, len(text))
    assert (q.value, q.unit) == (value, unit)

# A list whose last item is a name with a word before it (城镇固定资产投资, a subset) still lists the items before it
# (徐水县 2011, 2010); a list whose every item is a name of its own is read as before (定兴县 2022).
@pytest.mark.parametrize("region, year, sentence, expected", [
    ("徐水县", 2011, "二、2011年工作安排\n2011年经济社会发展主要预期目标是：城镇登记失业率控制在2.6%；"
                    "全社会固定资产投资和城镇固定资产投资均增长35%。\n",
     [("registered_unemployment", "level", 2.6), ("fixed_asset_investment", "growth", 35.0), ("", "growth", 35.0)]),
    ("徐水县", 2010, "二、2010年工作安排\n2010年经济社会发展初定预期目标是：地方生产总值增长12%；"
                    "全社会固定资产投资和城镇固定资产投资完成市定目标。\n",
     [("gdp", "growth", 12.0), ("fixed_asset_investment", "growth", None)]),
    ("定兴县", 2022, "一、2021年工作回顾\n社会消费品零售总额、限额以上消费品零售额分别完成77.3亿元、9.4亿元，分别增长10.2%、19.6%。\n",
     [("retail_sales", "level", 77.3), ("above_quota_retail", "level", 9.4), ("retail_sales", "growth", 10.2),
      ("above_quota_retail", "growth", 19.6)]),
])
def test_a_list_ending_in_a_name_with_a_word_before_it(region, year, sentence, expected):
    d = document(sentence, region=region, level="county", parent_code="130600", year=year)
    assert [(r["indicator_id"], r["measure"], r["value"]) for r in extract_document(d)] == expected


@pytest.mark.parametrize("region, text, expected", [
    # a comparison of the name's growth said first, then the name's own figure after its verb (青海 2026)
    ("青海省", "一、过去五年工作回顾\n全体居民人均可支配收入增速高于经济增速、突破3万元，城镇新增就业30万人。\n",
     ("disposable_income", "level", 3.0, "ge")),
    # a figure of the comparison itself stays no figure of the name (湖南 2026)
    ("湖南省", "一、2025年工作回顾\n其中农村居民收入增长5.8%、快于经济增速1个百分点，粮食产量突破620亿斤。\n",
     ("rural_disposable_income", "growth", 5.8, "eq")),
])
def test_a_comparison_before_the_names_own_figure(region, text, expected):
    d = document(text, region=region, region_code="630000", year=2026)
    got = [(r["indicator_id"], r["measure"], r["value"], r["bound"]) for r in extract_document(d)
           if r["indicator_id"] in ("disposable_income", "rural_disposable_income")]
    assert got == [expected]
