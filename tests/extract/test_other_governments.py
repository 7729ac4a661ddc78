"""Sentences in the style of reports the dev sets do not hold: other provinces, cities, counties, plan
reports and statistical communiqués (written for the generalisation probe; none is in the seeds or 上海).

Each test reads one short document through extract_document and checks the rows an annotator would copy,
per the annotation guide (tests/data/gold/GUIDE.md).
"""

from __future__ import annotations

import pytest

from govreport.extract import extract_document


def doc(text: str, doc_type: str = "government_work_report", year: int = 2023, region: str = "惠州市",
        title: str = "") -> dict:
    return dict(doc_id="x", source="x", region=region, region_code="441300", level="prefecture",
                parent_code="440000", doc_type=doc_type, year=year, date=None, text=text, title=title)


def rows(d: dict, only_vocabulary: bool = True) -> list[tuple]:
    return [(r["indicator_id"], r["measure"], r["period"], r["kind"], r["value"], r["unit"], r["bound"])
            for r in extract_document(d) if r["indicator_id"] or not only_vocabulary]


REVIEW = "一、2022年工作回顾\n"


# --------------------------------------------------------------------------- periods


def test_a_communique_reports_on_the_year_of_its_title():
    # 2023年嘉兴市国民经济和社会发展统计公报 is about 2023, even inside a section heading with no year
    text = ("2023年嘉兴市国民经济和社会发展统计公报\n一、综合\n"
            "初步核算，全年全市实现地区生产总值（GDP）6739.5亿元，按可比价格计算，比上年增长2.5%。\n")
    d = doc(text, "statistical_communique", 2023, "嘉兴市", "2023年嘉兴市国民经济和社会发展统计公报")
    assert rows(d) == [("gdp", "level", "2023", "actual", 6739.5, "亿元", "eq"),
                       ("gdp", "growth", "2023", "actual", 2.5, "%", "eq")]


def test_a_heading_of_the_reports_own_year_holds_goals():
    # no cue word (目标, 安排 ...) in 二、2024年政府工作: the report's own year is the year it plans
    text = ("一、2023年经济社会发展情况\n全区地区生产总值增长4.1%。\n"
            "二、2024年政府工作\n全区地区生产总值增长5.5%左右。\n")
    assert rows(doc(text, year=2024, region="广西壮族自治区")) == [
        ("gdp", "growth", "2023", "actual", 4.1, "%", "eq"),
        ("gdp", "growth", "2024", "target", 5.5, "%", "about"),
    ]


def test_work_suggestions_heading_holds_goals():
    text = "一、2023年工作回顾\n全区地区生产总值增长4.1%。\n二、工作建议\n全区地区生产总值增长5.5%左右。\n"
    assert rows(doc(text, year=2024, region="广西壮族自治区"))[-1] == ("gdp", "growth", "2024", "target", 5.5, "%", "about")


def test_a_plan_period_leading_a_sentence_among_one_years_goals():
    text = ("二、2023年工作安排\n地区生产总值增长6%左右。\n“十四五”期间，地区生产总值年均增长6.5%左右。\n"
            "“十四五”时期全市研发经费投入强度年均提高0.2个百分点。\n")
    assert rows(doc(text)) == [
        ("gdp", "growth", "2023", "target", 6.0, "%", "about"),
        ("gdp", "avg_growth", "2021-2025", "target", 6.5, "%", "about"),
        ("rd_intensity", "change", "2021-2025", "target", 0.2, "个百分点", "eq"),
    ]


def test_a_time_clause_leading_the_sentence_covers_its_figures():
    text = REVIEW + ("前三季度，全市地区生产总值增长4.5%，规模以上工业增加值增长7%。\n"
                     "2022年1—11月，全市社会消费品零售总额增长3.1%。\n"
                     "全年地区生产总值增长4.2%。\n")
    assert [(r[0], r[2]) for r in rows(doc(text))] == [
        ("gdp", "2022Q1-Q3"), ("industrial_value_added", "2022Q1-Q3"),  # 前三季度, not its 三季度
        ("retail_sales", "2022M1-M11"),  # the months so far are not the year
        ("gdp", "2022"),
    ]


def test_months_so_far_inside_the_clause():
    assert rows(doc(REVIEW + "1至11月规模以上工业增加值增长6.5%。\n"))[0][2] == "2022M1-M11"


# --------------------------------------------------------------------------- estimates


def test_yuji_leading_a_sentence_makes_its_results_estimates():
    text = "一、2023年工作回顾\n预计全年一般公共预算收入增长8%左右，税收收入增长6%。\n"
    got = [(r["indicator_id"], r["kind"], r["estimated"]) for r in extract_document(doc(text, year=2024))]
    assert got == [("budget_revenue", "actual", True), ("tax_revenue", "actual", True)]


def test_without_yuji_a_result_is_no_estimate():
    text = "一、2023年工作回顾\n全年一般公共预算收入增长8%，其中税收收入增长6%。\n"
    assert not any(r["estimated"] for r in extract_document(doc(text, year=2024)))


# --------------------------------------------------------------------------- names


def test_rd_spending_and_its_share_of_gdp_in_a_communique():
    text = REVIEW + "全年研究与试验发展（R&D）经费支出220.3亿元，相当于地区生产总值的3.27%。\n"
    assert rows(doc(text)) == [("rd_spending", "level", "2022", "actual", 220.3, "亿元", "eq"),
                               ("rd_intensity", "level", "2022", "actual", 3.27, "%", "eq")]


def test_a_share_without_a_name_of_its_own_stays_a_share():
    text = REVIEW + "一般公共预算收入442.4亿元，其中税收收入305.7亿元，占一般公共预算收入的69.1%。\n"
    got = rows(doc(text), only_vocabulary=False)
    assert ("tax_revenue", "level", "2022", "actual", 305.7, "亿元", "eq") in got
    assert not any(r[0] and r[4] == 69.1 for r in got)  # 69.1% is no figure of an indicator of the vocabulary


def test_the_verb_yongyou_leads_its_object():
    text = REVIEW + "年末全市拥有高新技术企业3376家，比上年末增加637家。\n"
    assert rows(doc(text)) == [("high_tech_enterprises", "level", "2022", "actual", 3376.0, "家", "eq"),
                               ("high_tech_enterprises", "change", "2022", "actual", 637.0, "家", "eq")]


def test_a_note_in_brackets_after_a_name():
    text = REVIEW + "固定资产投资（不含农户）增长8%。\n"
    [r] = extract_document(doc(text))
    assert (r["indicator_id"], r["value"], r["qualifier"]) == ("fixed_asset_investment", 8.0, "（不含农户）")


def test_a_bracket_before_no_name_is_left_alone():
    text = REVIEW + "会展收入（含线上展会）增长8%。\n"
    assert rows(doc(text)) == []


def test_net_increase_and_larger_harvest_are_changes():
    text = REVIEW + "高新技术企业净增120家。粮食总产量达到36.2万吨，比上年增产0.8万吨。\n"
    assert rows(doc(text)) == [("high_tech_enterprises", "change", "2022", "actual", 120.0, "家", "eq"),
                               ("grain_output", "level", "2022", "actual", 36.2, "万吨", "eq"),
                               ("grain_output", "change", "2022", "actual", 0.8, "万吨", "eq")]


def test_jingying_zhuti_is_the_newer_name_of_shichang_zhuti():
    assert rows(doc(REVIEW + "全市新增市场经营主体8.3万户。\n")) == [
        ("new_market_entities", "level", "2022", "actual", 8.3, "万户", "eq")]


def test_surveyed_unemployment_averaged_over_the_year():
    assert rows(doc(REVIEW + "城镇调查失业率平均值为5.3%。\n")) == [
        ("surveyed_unemployment", "level", "2022", "actual", 5.3, "%", "eq")]


def test_urban_and_rural_after_qizhong():
    text = REVIEW + "居民人均可支配收入增长5.4%，其中城镇、农村居民人均可支配收入分别增长3.8%、6.6%。\n"
    assert rows(doc(text)) == [("disposable_income", "growth", "2022", "actual", 5.4, "%", "eq"),
                               ("urban_disposable_income", "growth", "2022", "actual", 3.8, "%", "eq"),
                               ("rural_disposable_income", "growth", "2022", "actual", 6.6, "%", "eq")]


def test_province_before_urban_and_rural_is_not_the_citys():
    text = REVIEW + "全省城镇、农村居民人均可支配收入分别增长3.8%、6.6%。\n"
    assert rows(doc(text)) == []


def test_comparison_with_the_end_of_a_plan_keeps_the_subject():
    text = REVIEW + "全市常住人口城镇化率达到51.5%，比“十三五”末提高2.7个百分点。\n"
    assert rows(doc(text)) == [("urbanisation_rate", "level", "2022", "actual", 51.5, "%", "eq"),
                               ("urbanisation_rate", "change", "2021-2022", "actual", 2.7, "个百分点", "eq")]


# --------------------------------------------------------------------------- figures that are not the indicator's


def test_a_running_total_after_new_ones_is_not_the_years_new_ones():
    text = REVIEW + "全区新增市场主体4.2万户，累计达到30.8万户。\n"
    assert rows(doc(text, region="南山区")) == [("new_market_entities", "level", "2022", "actual", 4.2, "万户", "eq")]


def test_a_bound_met_by_the_exact_figure_after_it():
    text = "一、2023年工作回顾\n全省地区生产总值突破2万亿元，达到20913.3亿元，增长4.9%。\n"
    assert rows(doc(text, year=2024, region="贵州省")) == [
        ("gdp", "level", "2023", "actual", 20913.3, "亿元", "eq"),
        ("gdp", "growth", "2023", "actual", 4.9, "%", "eq"),
    ]


def test_a_bound_alone_is_kept():
    text = "一、2023年工作回顾\n人均地区生产总值突破2.5万美元。\n"
    assert rows(doc(text, year=2024)) == [("gdp_per_capita", "level", "2023", "actual", 2.5, "万美元", "ge")]


def test_a_bound_after_the_exact_figure_of_the_same_subject():
    text = "一、2023年工作回顾\n全省粮食产量达到554.5亿斤，连续11年稳定在500亿斤以上。\n"
    assert rows(doc(text, year=2024, region="湖北省")) == [
        ("grain_output", "level", "2023", "actual", 554.5, "亿斤", "eq")]


def test_a_figure_without_a_verb_goes_on_with_the_company_before():
    # 税收 is the company's tax, not the county's tax revenue
    text = REVIEW + "金丹科技实现营业收入12亿元，税收1.2亿元。\n"
    assert rows(doc(text, region="郸城县")) == []


def test_a_figure_with_its_own_verb_is_the_governments():
    text = REVIEW + "金丹科技实现营业收入12亿元，全县税收收入完成8亿元。\n"
    assert rows(doc(text, region="郸城县")) == [("tax_revenue", "level", "2022", "actual", 8.0, "亿元", "eq")]


def test_a_noun_ending_in_a_verbs_characters_names_no_doer():
    # 拥有量 is a noun: the count of high-tech firms after it stays the government's (上海 2022 has this shape)
    text = REVIEW + "每万人口高价值发明专利拥有量达到34件，高新技术企业2万家。\n"
    assert rows(doc(text)) == [("high_value_patents_per_10k", "level", "2022", "actual", 34.0, "件", "eq"),
                               ("high_tech_enterprises", "level", "2022", "actual", 20000.0, "家", "eq")]


def test_a_second_goal_of_the_same_growth_after_a_verb():
    text = "二、2023年工作安排\n全市地区生产总值增长6.5%以上，努力实现7%。\n"
    assert rows(doc(text)) == [("gdp", "growth", "2023", "target", 6.5, "%", "ge"),
                               ("gdp", "growth", "2023", "target", 7.0, "%", "eq")]


def test_a_rate_reached_after_its_change_stays_a_level():
    text = REVIEW + "常住人口城镇化率提高0.9个百分点，达到65.5%。\n"
    assert rows(doc(text)) == [("urbanisation_rate", "change", "2022", "actual", 0.9, "个百分点", "eq"),
                               ("urbanisation_rate", "level", "2022", "actual", 65.5, "%", "eq")]


def test_points_of_a_growth_rate_are_no_change_of_the_amount():
    text = REVIEW + "全市GDP总量达到3616.8亿元，增幅比上年回落2.1个百分点。\n"
    assert rows(doc(text, region="株洲市")) == [("gdp", "level", "2022", "actual", 3616.8, "亿元", "eq")]


def test_short_names_of_other_provinces():
    text = REVIEW + "规模工业增加值增长8.1%，规模工业企业达到2010家。全市实际到位外资1.2亿美元。\n"
    assert [r[0] for r in rows(doc(text, region="株洲市"))] == [
        "industrial_value_added", "industrial_enterprises", "fdi"]


def test_guonei_shengchan_zongzhi_is_the_countrys_gdp():
    text = REVIEW + "全年国内生产总值增长3%，我市增长4.2%。\n"
    assert rows(doc(text)) == [("gdp", "growth", "2022", "actual", 4.2, "%", "eq")]


def test_goods_trade_of_a_communique():
    text = REVIEW + "全年全市货物进出口总值203.7亿元，比上年增长1.5%。\n"
    assert [r[0] for r in rows(doc(text))] == ["trade", "trade"]


FIVE_YEAR_REPORT = (
    "一、过去五年工作回顾\n"
    "五年来，全区一般公共预算收入年均增长5.5%。\n"
    "过去一年，全区地区生产总值增长8.6%，一般公共预算收入增长8.3%。\n"
    "二、今后五年奋斗目标\n"
    "到2026年，全区地区生产总值达到1.35万亿元左右，年均增长6%左右。\n"
)


def test_guoqu_yinian_ends_the_five_years_of_a_review():
    got = rows(doc(FIVE_YEAR_REPORT, year=2022, region="海淀区"))
    assert got[:3] == [("budget_revenue", "avg_growth", "2017-2021", "actual", 5.5, "%", "eq"),
                       ("gdp", "growth", "2021", "actual", 8.6, "%", "eq"),
                       ("budget_revenue", "growth", "2021", "actual", 8.3, "%", "eq")]


def test_a_yearly_average_up_to_the_end_of_the_span_is_over_the_span():
    got = rows(doc(FIVE_YEAR_REPORT, year=2022, region="海淀区"))
    assert got[3:] == [("gdp", "level", "2026", "target", 1.35, "万亿元", "about"),
                       ("gdp", "avg_growth", "2022-2026", "target", 6.0, "%", "about")]


def test_guojia_gaoxin_qiye_shuliang_is_the_governments_count():
    # 国家 of 国家高新技术企业 (nationally certified) is no scope word
    text = REVIEW + "全市国家高新技术企业数量达到1.1万家。\n"
    assert rows(doc(text)) == [("high_tech_enterprises", "level", "2022", "actual", 11000.0, "家", "eq")]


def test_points_after_a_share_are_no_change_of_the_amount():
    text = REVIEW + "服务业增加值占地区生产总值比重达到85%，较上年提高0.5个百分点。\n"
    assert rows(doc(text)) == []


def test_a_communique_without_a_year_in_its_title_reports_on_the_year_of_the_documents_table():
    # clean gives a communiqué the year it reports on (the year before its date when nothing names it)
    text = "嘉兴市国民经济和社会发展统计公报\n一、综合\n全年全市实现地区生产总值6739.5亿元。\n"
    d = doc(text, "statistical_communique", 2023, "嘉兴市", "嘉兴市国民经济和社会发展统计公报")
    assert rows(d) == [("gdp", "level", "2023", "actual", 6739.5, "亿元", "eq")]


def test_a_communique_sentence_naming_its_own_year_states_a_result():
    # 昌都市 2025 (its PDF's title is an image): 经初步核算，2025年，全市实现地区生产总值424.86亿元
    text = "一、综合\n经初步核算，2025年，全市实现地区生产总值424.86亿元，按不变价计算，同比增长6.7%。\n"
    d = doc(text, "statistical_communique", 2025, "昌都市", "")
    assert rows(d) == [("gdp", "level", "2025", "actual", 424.86, "亿元", "eq"),
                       ("gdp", "growth", "2025", "actual", 6.7, "%", "eq")]


def test_a_heading_on_the_line_of_a_communiques_paragraph_is_no_part_of_the_name():
    # 海口 2025: 三、工业和建筑业 工业 全年规模以上工业增加值…; 九、… 人民生活 全年全市常住居民…; a page mark
    # (—12— 全年城镇新增就业…); 阿克苏 2025: a chart's axis before 全年累计实现城镇新增就业
    text = ("三、工业和建筑业 工业 全年规模以上工业增加值比上年增长18.7%。\n"
            "九、人民生活和社会保障 人民生活 全年全市常住居民人均可支配收入44427元，比上年增长3.8%。\n"
            "—12— 全年城镇新增就业70960人，比上年增长6.4%。\n"
            "单位：万人 ■第一产业 第二产业 全年累计实现城镇新增就业4.41万人。\n")
    d = doc(text, "statistical_communique", 2025, "海口市", "")
    assert rows(d) == [("industrial_value_added", "growth", "2025", "actual", 18.7, "%", "eq"),
                       ("disposable_income", "level", "2025", "actual", 44427.0, "元", "eq"),
                       ("disposable_income", "growth", "2025", "actual", 3.8, "%", "eq"),
                       ("new_urban_jobs", "level", "2025", "actual", 70960.0, "人", "eq"),
                       ("new_urban_jobs", "growth", "2025", "actual", 6.4, "%", "eq"),
                       ("new_urban_jobs", "level", "2025", "actual", 4.41, "万人", "eq")]


def test_other_names_of_cpi_and_new_jobs():
    text = REVIEW + "全年居民消费价格总指数上涨2.1%。全市新增城镇就业人员5.1万人。\n"
    assert rows(doc(text)) == [("cpi", "growth", "2022", "actual", 2.1, "%", "eq"),
                               ("new_urban_jobs", "level", "2022", "actual", 5.1, "万人", "eq")]


REVIEW_2021 = "一、2021年工作回顾\n"


def test_two_year_average_of_2021_reports():
    text = REVIEW_2021 + "全市实现地区生产总值4977.4亿元，同比增长10.1%，两年平均增长6.4%。\n"
    assert rows(doc(text, year=2022)) == [("gdp", "level", "2021", "actual", 4977.4, "亿元", "eq"),
                                          ("gdp", "growth", "2021", "actual", 10.1, "%", "eq"),
                                          ("gdp", "avg_growth", "2020-2021", "actual", 6.4, "%", "eq")]


def test_growth_against_a_year_before_the_last_is_over_the_years_since():
    text = REVIEW_2021 + "社会消费品零售总额增长9.5%，比2019年增长8.6%。进出口总额比2019年增长20.1%，年均增长9.6%。\n"
    assert rows(doc(text, year=2022)) == [
        ("retail_sales", "growth", "2021", "actual", 9.5, "%", "eq"),
        ("retail_sales", "growth", "2020-2021", "actual", 8.6, "%", "eq"),
        ("trade", "growth", "2020-2021", "actual", 20.1, "%", "eq"),
        ("trade", "avg_growth", "2020-2021", "actual", 9.6, "%", "eq"),
    ]


def test_growth_against_last_year_named_by_its_number_is_the_years():
    text = REVIEW_2021 + "社会消费品零售总额比2020年增长9.5%。\n"
    assert rows(doc(text, year=2022)) == [("retail_sales", "growth", "2021", "actual", 9.5, "%", "eq")]


def test_the_rank_risen_from_is_of_the_year_before_the_one_reviewed():
    # the dev gold (安徽 2026: 进出口总额从全国第13位升至第9位 -> 13 of 2020, 9 of 2025) writes both places
    text = REVIEW + "全市经济总量在全省排名由第8位上升至第7位。\n"
    got = [(r["indicator_id"], r["period"], r["value"], r["rank_scope"]) for r in extract_document(doc(text))]
    assert got == [("gdp", "2021", 8.0, "全省"), ("gdp", "2022", 7.0, "全省")]


def test_a_goal_recalled_in_a_review_is_a_target():
    text = REVIEW + ("去年市人大通过的计划目标是：地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n"
                     "全市地区生产总值增长4.2%，未完成6.5%的目标。\n")
    assert rows(doc(text)) == [("gdp", "growth", "2022", "target", 6.5, "%", "about"),
                               ("budget_revenue", "growth", "2022", "target", 5.0, "%", "eq"),
                               ("gdp", "growth", "2022", "actual", 4.2, "%", "eq")]


def test_the_result_after_a_recalled_goal_is_an_actual():
    text = REVIEW + "全年目标为地区生产总值增长6.5%，实际全市地区生产总值增长4.2%。\n"
    assert [(r[0], r[3], r[4]) for r in rows(doc(text))] == [("gdp", "actual", 4.2)]  # 实际: no goal


def test_the_other_part_of_an_indicator_takes_its_head():
    text = REVIEW + ("城镇居民人均可支配收入达到7.2万元，农村居民达到4.6万元。\n"
                     "居民人均可支配收入达到2.8万元，其中城镇居民3.75万元、农村居民1.89万元。\n")
    assert rows(doc(text)) == [("urban_disposable_income", "level", "2022", "actual", 7.2, "万元", "eq"),
                               ("rural_disposable_income", "level", "2022", "actual", 4.6, "万元", "eq"),
                               ("disposable_income", "level", "2022", "actual", 2.8, "万元", "eq"),
                               ("urban_disposable_income", "level", "2022", "actual", 3.75, "万元", "eq"),
                               ("rural_disposable_income", "level", "2022", "actual", 1.89, "万元", "eq")]


def test_someone_elses_indicator_lends_no_head():
    text = REVIEW + "全省城镇居民人均可支配收入达到4.5万元，农村居民达到2.2万元。\n"
    assert rows(doc(text)) == []


def test_a_plan_named_inside_a_goal_of_the_year_sets_no_span():
    text = "二、2023年工作安排\n确保“十四五”时期目标任务顺利推进，地区生产总值增长6%左右。\n"
    assert rows(doc(text)) == [("gdp", "growth", "2023", "target", 6.0, "%", "about")]


def _county(text: str, region: str = "徐水县", year: int = 2012) -> list[tuple]:
    d = dict(doc_id="x", source="x", region=region, region_code="", level="county", parent_code="",
             doc_type="government_work_report", year=year, date=None, title="", text=text)
    return [(r["indicator_id"], r["measure"], r["period"], r["kind"], r["value"]) for r in extract_document(d)]


def test_a_year_on_year_growth_in_a_five_year_review_is_of_its_last_year():
    # 徐水县 2012 (tests/data/dev-provinces-counties): the review of 2007-2011 states 2011's own growth
    text = ("一、过去五年工作回顾\n国民经济持续增长。2011年完成地方生产总值126.4亿元，同比增长13%，是2006年的2.2倍。"
            "完成固定资产投资62.5亿元，同比增长36.1%，是2006年的3.6倍。\n")
    rows = _county(text)
    assert ("fixed_asset_investment", "growth", "2011", "actual", 36.1) in rows
    assert ("fixed_asset_investment", "change", "2007-2011", "actual", 3.6) in rows


@pytest.mark.parametrize("sentence, region, year, expected", [
    # the older name of rural income (NBS until 2013), read as the guide's indicator as the dev gold reads it
    ("农村居民人均纯收入达7815元。", "徐水县", 2012, ("rural_disposable_income", "level", "2011", "actual", 7815.0)),
    ("农民人均纯收入增长12%。", "容城县", 2013, ("rural_disposable_income", "growth", "2012", "actual", 12.0)),
    # 实际增长: a real growth is a growth (北京 2026)
    ("居民人均可支配收入实际增长4.4%。", "北京市", 2026, ("disposable_income", "growth", "2025", "actual", 4.4)),
    # 城镇化水平 is the urbanisation rate (阜平县 2017)
    ("全县城镇化水平达到50%。", "阜平县", 2017, ("urbanisation_rate", "level", "2016", "actual", 50.0)),
])
def test_other_names_of_headline_statistics(sentence, region, year, expected):
    assert _county("一、工作回顾\n" + sentence, region, year) == [expected]


MIXED = ("2026年某某省政府工作报告\n各位代表：\n一、2025年工作回顾\n全省地区生产总值增长5.2%。\n"
         "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
         "“十四五”时期是极不平凡的五年。地区生产总值年均增长5.5%。\n"
         "“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。地区生产总值年均增速4.5%-5%，"
         "城镇调查失业率控制在5%以内。\n三、2026年重点工作\n")


def test_a_heading_of_the_past_plan_and_the_next_turns_to_goals_where_the_next_plan_opens_a_paragraph():
    # 北京 2026 (tests/data/dev-reports-2): 二、“十四五”时期发展成就和“十五五”时期主要目标任务
    rows = _county(MIXED, "某某省", 2026)
    assert ("gdp", "avg_growth", "2021-2025", "actual", 5.5) in rows
    assert ("gdp", "avg_growth", "2026-2030", "target", 4.5) in rows
    assert ("surveyed_unemployment", "level", "2026-2030", "target", 5.0) in rows


def test_the_next_plan_named_inside_a_review_sentence_keeps_the_review():
    text = ("一、过去五年工作回顾\n五年来，全区地区生产总值年均增长6%，为“十五五”时期开好局打下基础。"
            "城镇新增就业累计8万人。\n")
    rows = _county(text, "某某区", 2026)
    assert all(kind == "actual" for _, _, _, kind, _ in rows) and rows


@pytest.mark.parametrize("sentence, value", [
    ("粮食总产量连续18年保持在100万吨以上。", 100.0),            # 青海 2026 (tests/data/dev-provinces-counties)
    ("粮食总产量连续十年稳定在500亿斤以上。", 500.0),
])
def test_a_run_longer_than_the_review_is_a_state_of_the_year_reviewed(sentence, value):
    # guide rule 10: 连续N年 takes the year reviewed, not the five-year span
    rows = _county("一、“十四五”时期发展成就\n" + sentence, "某某省", 2026)
    assert rows == [("grain_output", "level", "2025", "actual", value)]


@pytest.mark.parametrize("sentence, region, expected", [
    ("货物贸易增长10%。", "海南省", ("trade", "growth", "2025", "actual", 10.0)),                       # 海南 2026
    ("吸纳技术合同成交额增长51.3%。", "安徽省", ("technology_contracts", "growth", "2025", "actual", 51.3)),  # 安徽 2026
    ("引进国内到位资金6000亿元。", "内蒙古自治区", ("domestic_investment_inflow", "level", "2025", "actual", 6000.0)),
    ("农民人均收入增加1207元。", "吉林省", ("rural_disposable_income", "change", "2025", "actual", 1207.0)),  # 吉林 2026
    ("CPI微降0.1%。", "海南省", ("cpi", "growth", "2025", "actual", -0.1)),                             # 海南 2026
])
def test_more_names_of_headline_statistics_in_provincial_reports(sentence, region, expected):
    assert _county("一、2025年工作回顾\n" + sentence, region, 2026) == [expected]


def test_a_coverage_note_with_a_comma_in_brackets_stays_a_note():
    # 鹤壁市 2025 communiqué (tests/data/communiques/): 固定资产投资（不含农户，下同）比上年增长5.9%
    d = dict(doc_id="x", source="x", region="鹤壁市", region_code="410600", level="prefecture", parent_code="410000",
             doc_type="statistical_communique", year=2025, date=None, title="",
             text="一、综合\n全年全市固定资产投资（不含农户，下同）比上年增长5.9%。\n")
    [row] = extract_document(d)
    assert (row["indicator_id"], row["measure"], row["value"]) == ("fixed_asset_investment", "growth", 5.9)
    assert "（不含农户，下同）" in row["qualifier"]


def test_goals_of_a_plan_and_beyond_take_the_period_their_verb_says():
    # 安徽 2026: 到2030年，…居民收入增长与经济增长同步 holds every year of the plan (2026-2030), while 人均预期寿命
    # 提高到80岁以上 and a level to reach take 2030; 青海 2026 as served: 到二三五年 (its 〇 lost) is 2035
    text = ("一、2025年工作回顾\n地区生产总值增长5.5%。\n二、“十五五”时期主要目标任务\n"
            "到2030年，高质量充分就业取得新进展，居民收入增长与经济增长同步，人均预期寿命提高到80岁以上。"
            "在此基础上再奋斗五年，到二三五年实现经济实力大幅跃升，人均地区生产总值明显提升。\n"
            "到2030年，全省地区生产总值达到6万亿元。\n")
    assert rows(doc(text, year=2026, region="安徽省"))[1:] == [
        ("disposable_income", "growth", "2026-2030", "target", None, "%", "eq"),
        ("life_expectancy", "level", "2030", "target", 80.0, "岁", "ge"),
        ("gdp_per_capita", "growth", "2035", "target", None, "%", "eq"),
        ("gdp", "level", "2030", "target", 6.0, "万亿元", "eq")]
    # 一二三年级 is no year
    assert rows(doc("二、2026年工作安排\n为一二三年级学生新建学校3所。\n", year=2026), False) == [
        ("", "level", "2026", "target", 3.0, "所", "eq")]


def test_steps_passed_without_a_figure_leave_the_name_to_the_next_clause():
    # 安徽 2026: 地区生产总值连跨两个万亿元台阶，年均增长5.7% (a count of steps is no figure; dev gold rule 20); 吉林
    # 2026: 地区生产总值跨越3个千亿元台阶，达到1.5万亿元
    text = ("一、2025年工作回顾\n这五年，地区生产总值连跨两个万亿元台阶，年均增长5.7%。"
            "地区生产总值跨越3个千亿元台阶，达到1.5万亿元。\n")
    assert rows(doc(text, year=2026, region="安徽省")) == [
        ("gdp", "avg_growth", "2021-2025", "actual", 5.7, "%", "eq"),
        ("gdp", "level", "2025", "actual", 1.5, "万亿元", "eq")]


def test_a_year_opening_a_sentence_is_the_year_of_its_parts_after_a_semicolon():
    # 海口 2025 (统计公报): R&D figures come a year late; the year leads the sentence and holds after ；
    text = ("2025年海口市国民经济和社会发展统计公报\n十、科学技术和教育\n2024年我市R&D经费投入达50.73亿元，比上年增长17.0%;R&D经费投入强度2.05%,"
            "比上年提高0.23个百分点。\n全年规模以上工业增加值比上年增长18.7%；全员劳动生产率增长6.1%。\n")
    d = doc(text, "statistical_communique", 2025, "海口市", "2025年海口市国民经济和社会发展统计公报")
    assert rows(d) == [("rd_spending", "level", "2024", "actual", 50.73, "亿元", "eq"),
                       ("rd_spending", "growth", "2024", "actual", 17.0, "%", "eq"),
                       ("rd_intensity", "level", "2024", "actual", 2.05, "%", "eq"),
                       ("rd_intensity", "change", "2024", "actual", 0.23, "个百分点", "eq"),
                       ("industrial_value_added", "growth", "2025", "actual", 18.7, "%", "eq"),
                       ("labour_productivity", "growth", "2025", "actual", 6.1, "%", "eq")]


def test_per_head_alone_after_a_figure_is_per_head_of_its_name():
    # 阜平 2017: 全县地区生产总值达到110亿元以上、人均达到4.6万元以上 (人均 is no 均 of a list)
    text = ("一、2016年工作回顾\n地区生产总值完成36.5亿元。\n二、今后五年目标\n"
            "到2021年，全县地区生产总值达到110亿元以上、人均达到4.6万元以上。\n")
    assert rows(doc(text, year=2017, region="阜平县"))[1:] == [
        ("gdp", "level", "2021", "target", 110.0, "亿元", "ge"),
        ("gdp_per_capita", "level", "2021", "target", 4.6, "万元", "ge")]


def test_a_goal_for_the_end_of_a_year_takes_that_year():
    # 阜平 2017 (今后五年, 2017-2021): 到2017年底，全县农村居民人均可支配收入达到7500元; 到2018年底，贫困发生率控制在2%以下
    text = ("一、2016年工作回顾\n地区生产总值完成36.5亿元。\n二、今后五年目标\n"
            "到2017年底，全县农村居民人均可支配收入达到7500元。到2021年，城乡居民人均可支配收入达到20000元以上。\n")
    assert rows(doc(text, year=2017, region="阜平县"))[1:] == [
        ("rural_disposable_income", "level", "2017", "target", 7500.0, "元", "eq"),
        ("disposable_income", "level", "2021", "target", 20000.0, "元", "ge")]
    # in a review, the end of the year reviewed is a result (徐水 2012: 到2011年底，入园企业达135家)
    text = "一、2011年工作回顾\n到2011年底，全县高新技术企业达到35家。\n"
    assert rows(doc(text, year=2012, region="徐水县")) == [
        ("high_tech_enterprises", "level", "2011", "actual", 35.0, "家", "eq")]


def test_a_sub_area_leading_a_list_or_a_sentence_owns_its_figures():
    # 定兴 2022: 确保开发区营业收入、税收收入、固定资产投资全部实现两位数增长 (the zone's tax and investment);
    # 海南 2026: 海口经济圈产业发展规划完成编制，经济总量年均增长5.8% (an economic circle is a sub-area)
    text = ("一、2021年工作回顾\n地区生产总值完成36.5亿元。\n二、2022年工作安排\n"
            "确保开发区营业收入、税收收入、固定资产投资全部实现两位数增长。税收收入增长8%。\n")
    assert [r for r in rows(doc(text, year=2022, region="定兴县")) if r[0] == "tax_revenue"] == [
        ("tax_revenue", "growth", "2022", "target", 8.0, "%", "eq")]
    text = ("一、“十四五”时期工作回顾\n海口经济圈产业发展规划完成编制，经济总量年均增长5.8%。"
            "全省地区生产总值年均增长6.2%。\n")
    found = extract_document(doc(text, year=2026, region="海南省"))
    assert [(r["indicator_id"], r["value"], r["subject"]) for r in found if r["measure"] == "avg_growth"] == [
        ("", 5.8, "海口经济圈"), ("gdp", 6.2, "")]


def test_a_growth_over_the_last_n_years_takes_those_years():
    # 吉林 2026: 财政收入达到1350亿元，3年增长58.6% (convention 24: 2023-2025); 山东 2026: 高新技术企业5年增加2万多家
    text = ("一、2025年工作回顾\n一般公共预算收入达到1350亿元，3年增长58.6%。高新技术企业近5年增加2万多家。"
            "地区生产总值2025年增长5%。\n")
    assert rows(doc(text, year=2026, region="吉林省")) == [
        ("budget_revenue", "level", "2025", "actual", 1350.0, "亿元", "eq"),
        ("budget_revenue", "growth", "2023-2025", "actual", 58.6, "%", "eq"),
        ("high_tech_enterprises", "change", "2021-2025", "actual", 20000.0, "家", "ge"),
        ("gdp", "growth", "2025", "actual", 5.0, "%", "eq")]


def test_a_bare_fiscal_revenue_is_the_budget_revenue_of_a_province_only():
    # proposed convention 16 (tests/data/gold/adjudication/dev-reports-2.md): 吉林 2026 财政收入达到1350亿元; 西藏 2026
    # 全区地方财政收入、支出分别突破300亿元和3000亿元; a county's bare 财政收入 is its 全部财政收入 (阜平 2017), no row
    text = ("一、“十四五”时期工作回顾\n财政收入达到1350亿元。全区地方财政收入、支出分别突破300亿元和3000亿元。"
            "财政支出近八成投向民生领域。\n")
    d = dict(doc(text, year=2026, region="西藏自治区"), level="province")
    assert rows(d) == [("budget_revenue", "level", "2025", "actual", 1350.0, "亿元", "eq"),
                       ("budget_revenue", "level", "2025", "actual", 300.0, "亿元", "ge"),
                       ("budget_expenditure", "level", "2025", "actual", 3000.0, "亿元", "ge")]
    county = dict(doc("一、2016年工作回顾\n财政收入完成3.62亿元。地方财政收入完成2.7亿元。\n", year=2017, region="阜平县"),
                  level="county")
    assert rows(county) == []


def test_registration_words_and_a_goals_condition_are_no_part_of_the_name():
    # 阿克苏 2025: 备案入库科技型中小企业269家; 益阳 2025: 科技型中小企业评价入库2506家; 吉林 2026: 正常年景下粮食产量
    # 达到900亿斤以上
    text = "一、2025年工作回顾\n备案入库科技型中小企业269家，科技型中小企业评价入库2506家。\n二、2026年工作安排\n" \
           "正常年景下粮食产量达到900亿斤以上。\n"
    assert rows(doc(text, year=2026, region="吉林省")) == [
        ("tech_smes", "level", "2025", "actual", 269.0, "家", "eq"),
        ("tech_smes", "level", "2025", "actual", 2506.0, "家", "eq"),
        ("grain_output", "level", "2026", "target", 900.0, "亿斤", "ge")]


def test_a_short_name_in_a_later_clause_borrows_the_topic_of_the_clauses_before():
    # 益阳 2025 (统计公报): 粮食种植面积551.84万亩，比上年增长0.2%，总产量236.88万吨，增长0.7%; 广西 2026: 外贸进出口增长
    # 8.4%，总额突破8000亿元; 新疆 2026: 粮食总产486.5亿斤，单产1105.6斤
    text = ("一、2025年工作回顾\n粮食种植面积551.84万亩，比上年增长0.2%，总产量236.88万吨，增长0.7%。"
            "外贸进出口增长8.4%，总额突破8000亿元。\n")
    assert rows(doc(text, year=2026, region="广西壮族自治区"))[2:] == [
        ("grain_output", "level", "2025", "actual", 236.88, "万吨", "eq"),
        ("grain_output", "growth", "2025", "actual", 0.7, "%", "eq"),
        ("trade", "growth", "2025", "actual", 8.4, "%", "eq"),
        ("trade", "level", "2025", "actual", 8000.0, "亿元", "ge")]


def test_a_verb_after_a_counted_name_is_no_part_of_it():
    # 容城 2019: 1家高新技术企业通过省级公示，51家科技型中小企业通过省级认定; 定兴 2021: 2家公司成功认定国家科技型
    # 中小企业; 海南 2026: 3家全国重点实验室获批建设
    text = ("一、2018年工作回顾\n1家高新技术企业通过省级公示，51家科技型中小企业通过省级认定，"
            "2家公司成功认定国家科技型中小企业，3家企业被认定为省级专精特新企业。\n")
    found = extract_document(doc(text, year=2019, region="容城县"))
    assert [(r["indicator"], r["indicator_id"], r["value"]) for r in found] == [
        ("高新技术企业", "high_tech_enterprises", 1.0), ("科技型中小企业", "tech_smes", 51.0),
        ("科技型中小企业", "tech_smes", 2.0), ("省级专精特新中小企业", "specialised_smes_provincial", 3.0)]


def test_this_years_goals_opening_a_sentence_hold_in_its_parts_after_a_semicolon():
    # 福建 2026: a section heading with no cue word; 今年…预期目标是：… opens the sentence, its parts after ； are goals
    text = ("一、2025年工作回顾\n全省地区生产总值增长5%。\n三、一鼓作气勇争先，全力推动“十五五”开好局、起好步\n"
            "今年经济社会发展的主要预期目标是：全省地区生产总值增长5%左右；城镇调查失业率控制在5%左右，"
            "城镇新增就业50万人；粮食产量513万吨以上。\n")
    assert rows(doc(text, year=2026, region="福建省")) == [
        ("gdp", "growth", "2025", "actual", 5.0, "%", "eq"),
        ("gdp", "growth", "2026", "target", 5.0, "%", "about"),
        ("surveyed_unemployment", "level", "2026", "target", 5.0, "%", "about"),
        ("new_urban_jobs", "level", "2026", "target", 50.0, "万人", "eq"),
        ("grain_output", "level", "2026", "target", 513.0, "万吨", "ge")]


def test_headings_that_open_with_a_numeral_word_and_say_no_cue():
    # 福建 2026: 一、一年接着一年干，… (the review: a work report opens with it; 五年来 turns it to 2021-2025, and
    # 较“十三五”时期 is a base compared with, no span); 三、…全力推动“十五五”开好局、起好步 (the plan's first year)
    text = ("一、一年接着一年干，新福建建设持续取得新进展新成效\n2025年是“十四五”收官之年。全省地区生产总值增长5%。\n"
            "五年来，我们不断增进民生福祉。高价值发明专利较“十三五”时期增长148%。全社会研发经费投入年均增长10.5%，"
            "城镇新增就业265.15万人。\n"
            "二、一张蓝图绘到底，奋力谱写中国式现代化福建篇章\n“十五五”时期是夯实基础、全面发力的关键时期。"
            "今后五年，地区生产总值年均增长5%左右。\n"
            "三、一鼓作气勇争先，全力推动“十五五”开好局、起好步\n新建改造地下管网1250公里以上。"
            "城镇新增就业50万人。\n")
    assert rows(doc(text, year=2026, region="福建省")) == [
        ("gdp", "growth", "2025", "actual", 5.0, "%", "eq"),
        ("rd_spending", "avg_growth", "2021-2025", "actual", 10.5, "%", "eq"),
        ("new_urban_jobs", "level", "2021-2025", "actual", 265.15, "万人", "eq"),
        ("gdp", "avg_growth", "2026-2030", "target", 5.0, "%", "about"),
        ("new_urban_jobs", "level", "2026", "target", 50.0, "万人", "eq")]
    # a list of numerals is no heading (一、二、三产业增加值分别增长…)
    from govreport.extract.periods import top_headings
    assert list(top_headings("一、一年接着一年干\n一、二、三产业增加值分别增长4%、5%、6%。\n")) == [(0, 2)]


def test_a_paragraph_opening_with_the_past_plan_reviews_it_in_a_section_on_the_next():
    # 上海 2026: 二、关于《…第十五个五年规划纲要（草案）》的说明 … “十四五”时期，…这五年，全市生产总值从4.16万亿元增加到
    # 5.67万亿元 (results of 2020 and 2025) … “十五五”时期… (the goals of 2026-2030 again)
    text = ("一、2025年工作回顾\n全市生产总值增长5.4%。\n"
            "二、关于《上海市国民经济和社会发展第十五个五年规划纲要（草案）》的说明\n"
            "“十四五”时期，上海发展历程极不寻常。这五年，全市生产总值从4.16万亿元增加到5.67万亿元，"
            "居民人均可支配收入年均增长5%。\n"
            "“十五五”时期，是基本实现社会主义现代化的关键时期。全市生产总值年均增长5%左右。\n")
    assert rows(doc(text, year=2026, region="上海市"))[1:] == [
        ("gdp", "level", "2020", "actual", 4.16, "万亿元", "eq"),
        ("gdp", "level", "2025", "actual", 5.67, "万亿元", "eq"),
        ("disposable_income", "avg_growth", "2021-2025", "actual", 5.0, "%", "eq"),
        ("gdp", "avg_growth", "2026-2030", "target", 5.0, "%", "about")]


def test_a_name_holding_a_plan_sets_no_period():
    # 蠡县 2022: 荣获了…“十三五”期间中国皮毛突出贡献单位… (an award's name) did turn the rest of the 2021 review into
    # 2016-2020; a plan's mention sets the period only at the head of its sentence or clause
    text = ("一、2021年工作回顾\n回首2021，荣获了“全国普法工作先进单位”、“十三五”期间中国皮毛突出贡献单位。"
            "城镇新增就业3801人。“十三五”期间，城镇新增就业1.8万人。\n")
    assert rows(doc(text, year=2022, region="蠡县")) == [
        ("new_urban_jobs", "level", "2021", "actual", 3801.0, "人", "eq"),
        ("new_urban_jobs", "level", "2016-2020", "actual", 1.8, "万人", "eq")]


def test_a_stock_reached_after_what_is_new_is_not_new():
    # 曲阳 2022: 新增市场主体7113户、达到47050户 (the second is all the entities there are)
    text = "一、2021年工作回顾\n新增市场主体7113户、达到47050户。新增高新技术企业5家，总数达到36家。\n"
    assert rows(doc(text, year=2022, region="曲阳县")) == [
        ("new_market_entities", "level", "2021", "actual", 7113.0, "户", "eq"),
        # 高新技术企业 counts them all: its stock is its own level (as the gold reads 高新技术企业增至3.5万家)
        ("high_tech_enterprises", "level", "2021", "actual", 5.0, "家", "eq"),
        ("high_tech_enterprises", "level", "2021", "actual", 36.0, "家", "eq")]
    # and the running total is named as such, never with the vocabulary's name (which reads as the year's new ones)
    found = extract_document(doc(text, year=2022, region="曲阳县"))
    assert [(r["indicator"], r["indicator_id"], r["value"]) for r in found if r["value"] in (7113.0, 47050.0)] == [
        ("新增市场主体", "new_market_entities", 7113.0), ("新增市场主体累计", "", 47050.0)]
    # 涞源县 2025 says 总数 for the stock: the stock of the entities, without the new ones' 新增
    text = "一、2024年工作回顾\n研发投入强度为近年来最大。全年新增市场主体2537家，总数达到20179家。\n"
    assert [(r["indicator"], r["indicator_id"], r["value"]) for r in extract_document(doc(text, year=2025, region="涞源县"))
            ] == [("新增市场主体", "new_market_entities", 2537.0), ("市场主体总数", "", 20179.0)]


@pytest.mark.parametrize("region, text, goal", [
    # right after a result, the goal set for it: the carried subject's, with the result's measure (涞源县 2025)
    ("涞源县", "预计全年地区生产总值完成92.4亿元，增长6.5%(年度目标6%以上);固定资产投资完成45.32亿元，"
              "增长14.44%（年度目标7%左右）。",
     [("gdp", "growth", "2022", "target", 6.0, "%", "ge"), ("fixed_asset_investment", "growth", "2022", "target", 7.0, "%", "about")]),
    ("惠州市", "一般公共预算收入完成8亿元，全年目标为7.5亿元。",
     [("budget_revenue", "level", "2022", "target", 7.5, "亿元", "eq")]),
])
def test_the_goal_of_the_figure_before(region, text, goal):
    assert [r for r in rows(doc(REVIEW + text + "\n", region=region)) if r[3] == "target"] == goal


def test_a_figure_better_than_its_goal_is_a_result():
    # 吉林 2026: 优于…目标14.6个百分点 measures the result against the goal
    text = REVIEW + "国考断面好于Ⅲ类水体比例优于国家考核目标14.6个百分点。\n"
    assert {r[3] for r in rows(doc(text), only_vocabulary=False)} == {"actual"}


@pytest.mark.parametrize("region, text, expected", [
    # steps passed in one run: the last is a level at least that step, of the year reviewed; the earlier ones were
    # passed in earlier years (docs/extract.md; dev-reports-2's rule 20 as revised); with no subject of their own,
    # the steps of the figure before (浙江 2026)
    ("浙江省", "全省生产总值增长5.5%，连续跨越7万亿、8万亿、9万亿三个大台阶。",
     [("gdp", "growth", "2022", "actual", 5.5, "%", "eq"), ("gdp", "level", "2022", "actual", 9.0, "万亿元", "ge")]),
    ("福建省", "经济总量连跨5万亿元、6万亿元两个台阶。", [("gdp", "level", "2022", "actual", 6.0, "万亿元", "ge")]),
    ("北京市", "经济总量连续迈上4万亿、5万亿两个台阶。", [("gdp", "level", "2022", "actual", 5.0, "万亿元", "ge")]),
    # a step in a five-year plan is reached by its end, not held over it (贵州 2026)
    ("贵州省", "二、“十五五”时期主要目标\n全省地区生产总值年均增长5%左右、迈上3万亿元。",
     [("gdp", "avg_growth", "2026-2030", "target", 5.0, "%", "about"),
      ("gdp", "level", "2030", "target", 3.0, "万亿元", "ge")]),
])
def test_milestones_passed(region, text, expected):
    assert rows(doc(REVIEW + text + "\n", region=region)) == expected


@pytest.mark.parametrize("region, text, expected", [
    # 总量 / 总额 / 规模 alone after a figure of an indicator: that indicator's amount (广西 2026, 焦作 2025)
    ("广西壮族自治区", "一般公共预算收入增长4.6%，总量首次突破1900亿元。",
     [("budget_revenue", "growth", "2022", "actual", 4.6, "%", "eq"),
      ("budget_revenue", "level", "2022", "actual", 1900.0, "亿元", "ge")]),
    ("广西壮族自治区", "外贸进出口增长8.4%，总额突破8000亿元。",
     [("trade", "growth", "2022", "actual", 8.4, "%", "eq"), ("trade", "level", "2022", "actual", 8000.0, "亿元", "ge")]),
    ("焦作市", "新认定国家高新技术企业208家，总数达到565家。",
     [("high_tech_enterprises", "level", "2022", "actual", v, "家", "eq") for v in (208.0, 565.0)]),
    # but the total of what is new is the stock, no new figure (博野县 2025, 涞源县 2025)
    ("博野县", "全年新登记经营主体超4000户，总量达2万户。",
     [("new_market_entities", "level", "2022", "actual", 4000.0, "户", "ge")]),
])
def test_an_amount_word_after_a_figure_is_the_amount_of_its_indicator(region, text, expected):
    assert rows(doc(REVIEW + text + "\n", region=region)) == expected


def test_a_part_of_the_year_after_from_is_the_first_figures():
    # 广西 2026: 年末…从上半年5.5%降到5.3%: H1 of the year itself, and the year's own rate
    text = REVIEW + "年末城镇调查失业率从上半年5.5%降到5.3%。\n"
    assert rows(doc(text, region="广西壮族自治区")) == [
        ("surveyed_unemployment", "level", "2022H1", "actual", 5.5, "%", "eq"),
        ("surveyed_unemployment", "level", "2022", "actual", 5.3, "%", "eq")]


@pytest.mark.parametrize("region, text, expected", [
    # 达到 <year>的 N倍: the year is the base of the multiple, as after 是 (博野县 2021; 是2015年的2.6倍 of the seeds)
    ("博野县", "“十三五”时期，一般公共预算收入达到“十二五”末的1.6倍，保持了年均9.3%的高增速。",
     [("budget_revenue", "change", "2016-2020", "actual", 1.6, "倍", "eq"),
      ("budget_revenue", "avg_growth", "2016-2020", "actual", 9.3, "%", "eq")]),  # …%的增速: a growth
    ("徐水县", "地区生产总值达到2017年的1.5倍。", [("gdp", "change", "2018-2022", "actual", 1.5, "倍", "eq")]),
    ("惠州市", "一般公共预算收入完成8亿元，保持了15%的较快增长。",
     [("budget_revenue", "level", "2022", "actual", 8.0, "亿元", "eq"),
      ("budget_revenue", "growth", "2022", "actual", 15.0, "%", "eq")]),
])
def test_a_multiple_of_a_year_and_a_growth_named_after_its_figure(region, text, expected):
    assert rows(doc(REVIEW + text + "\n", region=region)) == expected


@pytest.mark.parametrize("region, year, text, expected", [
    # a bare aspect after a vocabulary figure names the vocabulary's indicator (博野县 2021, 徐水区 2024, 益阳 2025)
    ("博野县", 2021, "二、2021年工作安排\n粮食播种面积稳定在36万亩，产量稳定在17万吨左右。",
     [("grain_area", "level", "2021", "target", 36.0, "万亩", "eq"), ("grain_output", "level", "2021", "target", 17.0, "万吨", "about")]),
    ("徐水区", 2024, "一、2023年工作回顾\n全年粮食播种面积83.3万亩，产量7.1亿斤。",
     [("grain_area", "level", "2023", "actual", 83.3, "万亩", "eq"), ("grain_output", "level", "2023", "actual", 7.1, "亿斤", "eq")]),
    # 新增就业 after another figure is 城镇新增就业 when the sentence is about jobs (博野县 2021, 容城县 2020), not
    # when it is about an industry (guide rule 14)
    ("博野县", 2021, "二、2021年工作安排\n抓好重点群体就业，精心办好7场招聘会，新增就业2000人。",
     [("new_urban_jobs", "level", "2021", "target", 2000.0, "人", "eq")]),
    ("容城县", 2020, "一、2019年工作回顾\n积极开展就业再就业工作，组织就业创业培训124期、5615人，新增就业2722人。",
     [("new_urban_jobs", "level", "2019", "actual", 2722.0, "人", "eq")]),
    ("博野县", 2021, "一、2020年工作回顾\n全县旅游扶贫产业项目达到320个，新增就业8000多人。", []),
    # 人员 repeats what 新增就业 counts (定兴县 2020)
    ("定兴县", 2020, "一、2019年工作回顾\n新增就业人员4578人。", [("new_urban_jobs", "level", "2019", "actual", 4578.0, "人", "eq")]),
])
def test_names_completed_from_the_sentence(region, year, text, expected):
    assert rows(doc(text + "\n", year=year, region=region)) == expected


# A goal said twice: once in the year's goals, again in the tasks with a bound the goals did not give. The
# goals paragraph is where the report sets it; the task restates it (涞源县 2020, in its words; 安国市 2020's
# 新增就业3300人 restated the same way).
@pytest.mark.parametrize("goals, task, region, year, expected", [
    ("2020年全县经济社会发展主要预期目标：地区生产总值增长6.5%以上，城镇新增就业2500人，城镇登记失业率控制在4.5%以内。",
     "全力做好社会保障。坚持就业优先战略，落实就业创业政策，城镇新增就业2500人以上。",
     "涞源县", 2020, ("new_urban_jobs", "level", "2020", "target", 2500.0, "人", "eq")),
    ("2020年经济社会发展预期目标是：生产总值增长7%，城镇新增就业3300人，城镇登记失业率控制在3%以内。",
     "大力营造和谐社会环境。城乡居民养老保险参保率达到95%以上，城镇新增就业3300人以上，开发公益岗位50个以上。",
     "安国市", 2020, ("new_urban_jobs", "level", "2020", "target", 3300.0, "人", "eq")),
])
def test_a_goal_said_again_with_another_bound_is_the_goal_as_first_set(goals, task, region, year, expected):
    d = doc(f"二、{year}年工作安排\n{goals}\n{task}\n", year=year, region=region)
    assert [r for r in rows(d) if r[0] == "new_urban_jobs"] == [expected]


def test_a_bare_unemployment_rate_is_the_registered_rate_of_a_county_only():
    # a county publishes the registered rate (博野县 2021 确保失业率控制在4.5%以内, 博野县 2024 社会失业率稳定保持在4.5%
    # 以下, 满城区 2022 失业率控制在4.5%以下); in a province's report a bare 失业率 may be either rate: no row
    for region, text in [("博野县", "二、2021年工作安排\n城镇新增就业2000人，确保失业率控制在4.5%以内。\n"),
                         ("博野县", "二、2021年工作安排\n社会失业率稳定保持在4.5%以下。\n"),
                         ("满城区", "二、2021年主要任务\n城镇新增就业3000人，失业率控制在4.5%以下。\n")]:
        county = dict(doc(text, year=2021, region=region), level="county")
        assert ("registered_unemployment", "level", "2021", "target", 4.5, "%", "le") in rows(county)
    province = dict(doc("二、2021年工作安排\n失业率控制在5.5%以内。\n", year=2021, region="河北省"), level="province")
    assert rows(province) == []


def test_jobs_written_in_person_times_are_persons():
    # 徐水县 2010: 城镇新增就业3000人次 is 3000 persons (the indicator counts persons only); 阜平县 2022's
    # 职业技能培训3500人次以上 stays in 人次 (training counts person-times)
    xushui = dict(doc("二、2010年工作安排\n抓好就业再就业工作，年内确保城镇登记失业率控制在4.5%以下，城镇新增就业3000人次。\n",
                      year=2010, region="徐水县"), level="county")
    assert ("new_urban_jobs", "level", "2010", "target", 3000.0, "人", "eq") in rows(xushui)
    fuping = dict(doc("二、2022年工作目标和主要任务\n强化公益性岗位开发，职业技能培训3500人次以上，新增城镇就业1000人以上。\n",
                      year=2022, region="阜平县"), level="county")
    assert rows(fuping) == [("skills_training", "level", "2022", "target", 3500.0, "人次", "ge"),
                            ("new_urban_jobs", "level", "2022", "target", 1000.0, "人", "ge")]

def test_a_bare_unemployment_rate_in_a_county_goal_list():
    # a county does not survey unemployment: 定兴县 2020 确保失业率控制在4.5%以内, 满城区 2022 失业率控制在4.5%以下;
    # a province's bare 失业率 may be its survey rate, and stays a phrase
    for region, year, sentence in (("定兴县", 2020, "全面落实就业优先政策，确保失业率控制在4.5%以内。"),
                                   ("满城区", 2022, "城镇新增就业2430人，失业率控制在4.5%以下。")):
        d = dict(doc(f"二、{year}年工作安排\n{sentence}\n", year=year, region=region), level="county")
        assert ("registered_unemployment", "level", str(year), "target", 4.5, "%", "le") in rows(d)
    d = dict(doc("二、2026年工作安排\n失业率控制在5.5%左右。\n", year=2026, region="湖北省"), level="province")
    assert rows(d) == []


@pytest.mark.parametrize("region, sentence", [
    ("福建省", "全省地区生产总值增长5.5%，城镇调查失业率4.7%，居民消费价格与上年持平。"),  # 福建 2026
    ("海口市", "价格 全年居民消费价格(CPI)与上年持平。其中：食品价格上涨0.1%。"),  # 海口 2025 (统计公报, a run-in heading)
    ("焦作市", "全年全市居民消费价格同比与去年持平。"),  # 焦作 2025 (统计公报)
])
def test_a_result_held_flat_is_a_change_of_nothing(region, sentence):
    assert ("cpi", "growth", "2022", "actual", 0.0, "%", "eq") in rows(doc(REVIEW + sentence + "\n", region=region))


@pytest.mark.parametrize("sentence", [
    "全省地区生产总值增长5.5%，增速与上年持平。",  # a rate of change equal to last year's is no 0%
    "居民消费价格涨幅与上年持平。",
    "粮食产量与上年基本持平。",  # 基本持平 is no figure (guide rule 13)
])
def test_a_rate_held_flat_or_a_level_roughly_flat_gives_no_zero(sentence):
    assert not any(r[4] == 0.0 for r in rows(doc(REVIEW + sentence + "\n", region="福建省")))


@pytest.mark.parametrize("region, sentence, expected", [
    # the whole of the last plan's years as the base: the growth is of this plan's years (辽宁 2026, 山西 2026)
    ("辽宁省", "五年来，实际使用外资比“十三五”时期增长78.9%。", ("fdi", "growth", "2021-2025", "actual", 78.9, "%", "eq")),
    ("山西省", "五年来，累计使用外资比“十三五”期间增长71%。", ("fdi", "growth", "2021-2025", "actual", 71.0, "%", "eq")),
    # 使用外资 as 利用外资 (浙江 2026, 山西 2026)
    ("浙江省", "五年累计使用外资846亿美元。", ("fdi", "level", "2021-2025", "actual", 846.0, "亿美元", "eq")),
    # the R&D spending of firms is the guide's 研发经费投入 (吉林 2026, 陕西 2026)
    ("吉林省", "规上企业研发经费投入增长14.2%。", ("rd_spending", "growth", "2025", "actual", 14.2, "%", "eq")),
    ("陕西省", "研发投入强度2.61％、居中国西部第1，企业研发经费增长59.61％。",
     ("rd_spending", "growth", "2025", "actual", 59.61, "%", "eq")),
    # 新登记各类经营主体 is 新增市场主体 as 新设各类市场主体 is (安徽 2026; 上海 2021-2025)
    ("安徽省", "全年新登记各类经营主体94.6万户。", ("new_market_entities", "level", "2025", "actual", 94.6, "万户", "eq")),
    ("上海市", "五年新设各类市场主体225.1万户。", ("new_market_entities", "level", "2021-2025", "actual", 225.1, "万户", "eq")),
])
def test_bases_and_names_of_provincial_reviews(region, sentence, expected):
    heading = "一、“十四五”时期工作回顾\n" if "五年" in sentence else "一、2025年工作回顾\n"
    assert expected in rows(doc(heading + sentence + "\n", year=2026, region=region))


@pytest.mark.parametrize("region, sentence, value", [
    # 辽宁 2026: 高速公路、水利、电网投资分别比“十三五”时期增长19.1%、120%、41.5% stand in the review of 2025
    ("辽宁省", "实际使用外资比“十三五”时期增长78.9%。", 78.9),
    # 山西 2026, with 累计 before the name
    ("山西省", "建立对外开放“1+ N”政策体系。累计使用外资比“十三五”时期增长71%。", 71.0),
])
def test_a_growth_against_the_last_plan_in_a_years_review_is_of_the_plan_years(region, sentence, value):
    got = rows(doc("一、2025年工作回顾\n" + sentence + "\n", year=2026, region=region))
    assert got == [("fdi", "growth", "2021-2025", "actual", value, "%", "eq")]


@pytest.mark.parametrize("region, sentence, expected", [
    # a list of counts each before its noun: the name the count before counted is not the next count's
    # (安国市 2020, 天津 2026)
    ("安国市", "计划新增36家科技型中小企业、5家科技小巨人企业、5家高新技术企业。",
     [("tech_smes", 36.0), ("high_tech_enterprises", 5.0)]),
    ("天津市", "29家全国重点实验室、62家驻津大院大所聚力赋能。", [("national_key_labs", 29.0)]),
])
def test_a_count_first_list_names_each_count_by_its_own_noun(region, sentence, expected):
    got = [(r["indicator_id"], r["value"]) for r in extract_document(doc("二、2023年工作安排\n" + sentence + "\n",
                                                                        region=region)) if r["indicator_id"]]
    assert got == expected


@pytest.mark.parametrize("region, year, text, expected", [
    # 综合能耗 per 万元 of GDP is energy intensity; a growth aspect that says a fall (降低率, 下降率, 降幅) is negative
    ("徐水县", 2013, "二、2013年工作安排\n预定目标是：城镇登记失业率控制在4.5%以内，万元GDP综合能耗降低率达3.7%。\n",
     ("energy_intensity", "growth", "2013", "target", -3.7, "%", "eq")),
    ("容城县", 2012, "三、2012年工作安排\n奋斗目标是：固定资产投资增速30%，万元生产总值综合能耗和二氧化碳排放量分别下降3%。\n",
     ("energy_intensity", "growth", "2012", "target", -3.0, "%", "eq")),
    ("博野县", 2021, "二、2021年工作安排\n力争今年PM2.5平均浓度达到58微克/立方米，下降率8%。\n",
     ("pm25", "growth", "2021", "target", -8.0, "%", "eq")),
])
def test_a_fall_written_as_an_aspect_is_negative(region, year, text, expected):
    assert expected in rows(dict(doc(text, year=year, region=region), level="county"))

@pytest.mark.parametrize("region, year, sentence, expected", [
    # 实际 between a name and its verb, 特别是 before a name (满城区 2022)
    ("满城区", 2022, "社会消费品零售总额实际完成29.3亿元，增长10.2%。",
     [("retail_sales", "level", 29.3, "亿元"), ("retail_sales", "growth", 10.2, "%")]),
    ("满城区", 2022, "特别是一般公共预算收入完成8.3亿元。", [("budget_revenue", "level", 8.3, "亿元")]),
    # the 规模以上 threshold is industry's: 规模以上企业增加值 (容城县 2012), 规上企业工业增加值 (博野县 2021)
    ("容城县", 2012, "规模以上企业增加值达到31.5亿元。", [("industrial_value_added", "level", 31.5, "亿元")]),
    ("博野县", 2021, "规上企业工业增加值增长6.2%。", [("industrial_value_added", "growth", 6.2, "%")]),
])
def test_words_around_a_countys_headline_names(region, year, sentence, expected):
    d = dict(doc(f"一、{year - 1}年工作回顾\n{sentence}\n", year=year, region=region), level="county")
    assert [(r[0], r[1], r[4], r[5]) for r in rows(d)] == expected


@pytest.mark.parametrize("region, sentence, expected", [
    # a harvest's step reached is at least its level, as money's is (辽宁 2026, 西藏 2026)
    ("辽宁省", "粮食产量跃上500亿斤台阶。", ("grain_output", "level", "2025", "actual", 500.0, "亿斤", "ge")),
    ("西藏自治区", "粮食生产再获丰收，肉蛋奶、蔬菜产量均突破百万吨大关。",
     ("vegetable_output", "level", "2025", "actual", 100.0, "万吨", "ge")),
    # 台阶 ends the step's figure: the next item is not named by it (湖南 2026)
    ("湖南省", "地区生产总值迈上5万亿台阶、五年增量超1.36万亿元。",
     ("gdp", "level", "2025", "actual", 5.0, "万亿元", "ge")),
    # 上涨幅度 as 涨幅 (山西 2026)
    ("山西省", "居民消费价格总水平上涨幅度控制在2%左右。", ("cpi", "growth", "2025", "actual", 2.0, "%", "about")),
])
def test_steps_reached_and_rises_of_provincial_reviews(region, sentence, expected):
    got = rows(doc("一、2025年工作回顾\n" + sentence + "\n", year=2026, region=region), only_vocabulary=False)
    assert expected in got


def test_the_next_item_after_a_step_reached_does_not_start_with_the_step():
    d = doc("一、2025年工作回顾\n地区生产总值迈上5万亿台阶、五年增量超1.36万亿元。\n", year=2026, region="湖南省")
    assert not any(r["indicator"].startswith("台阶") for r in extract_document(d))
