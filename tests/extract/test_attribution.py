"""Whose figure it is: another government's (全省, 全国, another city) or a company's figure gets no vocabulary id;
the government's own (全区, 我区, 区本级, a lead word) keeps it; out-of-vocabulary figures keep their phrase."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.pipeline import own_scope_words
from tests.support import document, seed_rows


def rows(text: str) -> list[tuple]:
    d = document(text, region="洛龙区", region_code="410311", level="county", parent_code="410300", year=2023)
    return [(r["indicator"], r["indicator_id"], r["measure"], r["value"]) for r in extract_document(d)]


@pytest.mark.parametrize("sentence, indicator", [
    ("全省地区生产总值增长4.5%。", "全省地区生产总值"),
    ("全国地区生产总值增长3%。", "全国地区生产总值"),
    ("郑州市地区生产总值增长4.1%。", "郑州市地区生产总值"),
    ("开封固定资产投资增长14.4%。", "开封固定资产投资"),  # seed 004's news item about 开封
    ("洛阳钼业进出口总额增长20%。", "洛阳钼业进出口总额"),  # a company
    ("交通固定资产投资增长12%。", "交通固定资产投资"),  # a subset of investment, not the headline figure
])
def test_someone_elses_figure_has_no_indicator_id(sentence, indicator):
    [(name, ident, _measure, _value)] = rows(sentence)
    assert (name, ident) == (indicator, "")


def test_a_named_subset_is_its_own_indicator():
    # indicators.csv names the parts of investment reports give (工业技改投资 is 工业技术改造投资), not 固定资产投资
    assert rows("工业技改投资增长12%。") == [("工业技术改造投资", "industrial_upgrade_investment", "growth", 12.0)]


@pytest.mark.parametrize("sentence", [
    "全区地区生产总值增长5.2%。",
    "我区地区生产总值增长5.2%。",
    "洛龙区地区生产总值增长5.2%。",
    "全年地区生产总值增长5.2%。",
    "力争地区生产总值增长5.2%。",
])
def test_own_figure_keeps_its_id(sentence):
    assert rows(sentence) == [("地区生产总值", "gdp", "growth", 5.2)]


def test_scoped_name_needs_the_own_scope_word():
    # {全}投资 in indicators.csv: a bare 投资 is fixed-asset investment only with 全区/全市 before it
    assert rows("带动全区投资增长5.9%。") == [("固定资产投资", "fixed_asset_investment", "growth", 5.9)]
    assert [r[1] for r in rows("有效投资增长5.9%。")] == [""]
    assert [r[1] for r in rows("民间投资增长5.9%。")] == ["private_investment"]  # a name of its own


def test_company_before_a_verb_is_not_the_government():
    assert [r[1] for r in rows("中信重工实现进出口总额3亿元。")] == [""]


def test_a_district_before_a_verb_is_not_the_city():
    assert [r[1] for r in rows("高新区完成固定资产投资120亿元。")] == [""]


def test_time_and_lead_words_before_a_verb_keep_the_figure_own():
    assert [r[1] for r in rows("全年实现地区生产总值582.4亿元。")] == ["gdp"]
    assert [r[1] for r in rows("一季度全区完成地区生产总值120亿元。")] == ["gdp"]


def test_out_of_vocabulary_figures_are_kept():
    assert rows("新建中小学5所。") == [("新建中小学", "", "level", 5.0)]


def test_own_scope_words():
    # the region's own words, and the grammar's scope words any government uses (name_grammar.csv)
    assert own_scope_words("洛龙区") == frozenset({"全区", "我区", "本区", "区本级", "本级", "洛龙区", "洛龙",
                                                  "地方", "全社会", "全体", "全", "有效期内"})
    assert "县域" in own_scope_words("定兴县") and "县域" not in own_scope_words("安徽省")


def test_seed_004_kaifeng_news_item_is_not_a_vocabulary_figure():
    # part 9 is a news item about 开封, published under a 河南 banner
    rows_ = [r for r in seed_rows("004", 9) if r["value"] == 14.4]
    assert rows_ and {r["indicator_id"] for r in rows_} == {""}
    assert all("开封" in r["indicator"] for r in rows_)


def test_an_abbreviation_in_brackets_after_the_name_is_no_part_of_it():
    assert rows("居民消费价格指数（CPI）上涨2.1%。") == [("居民消费价格", "cpi", "growth", 2.1)]


def test_chengxiang_with_two_values_is_urban_and_rural():
    assert rows("城乡居民人均可支配收入分别达到52000元和28000元，分别增长5.1%和7.3%。") == [
        ("城镇居民人均可支配收入", "urban_disposable_income", "level", 52000.0),
        ("农村居民人均可支配收入", "rural_disposable_income", "level", 28000.0),
        ("城镇居民人均可支配收入", "urban_disposable_income", "growth", 5.1),
        ("农村居民人均可支配收入", "rural_disposable_income", "growth", 7.3),
    ]
    # with one value it is the figure of both (guide rule 9); 城乡居民收入 in a qualitative goal stays all residents'
    assert rows("城乡居民人均可支配收入增长6%。") == [
        ("城镇居民人均可支配收入", "urban_disposable_income", "growth", 6.0),
        ("农村居民人均可支配收入", "rural_disposable_income", "growth", 6.0),
    ]


def test_comparison_bases_keep_the_subject():
    # 同口径 (on a comparable basis) and 较年初 (against the start of the year) are bases, not subjects
    assert rows("一般公共预算收入18.6亿元，同口径增长10.2%。") == [
        ("一般公共预算收入", "budget_revenue", "level", 18.6), ("一般公共预算收入", "budget_revenue", "growth", 10.2)]
    assert rows("金融机构各项存款余额510亿元，较年初增加48亿元。") == [
        ("金融机构本外币各项存款余额", "deposits", "level", 510.0),
        ("金融机构本外币各项存款余额", "deposits", "change", 48.0)]


def test_total_power_use_is_not_industrial_power_use():
    assert [r[1] for r in rows("全社会用电量增长7.2%,其中工业用电量增长8.1%。")] == ["power_consumption", "industrial_power"]


def test_a_place_before_a_list_owns_every_item():
    # Shanghai 2022: the new area's figures, not the city's
    assert [r[1] for r in rows("新片区规上工业总产值、全社会固定资产投资分别增长72.7%和62%。")] == ["", ""]
    assert [r[1] for r in rows("新片区挂牌以来规模以上工业总产值、全社会固定资产投资分别年均增长40.2%和43%。")] == ["", ""]
    # a descriptive word before the first item is its own: 民间 does not reach the next item
    assert [r[1] for r in rows("交通固定资产投资、社会消费品零售总额分别增长3%和5%。")] == ["", "retail_sales"]


def test_own_scope_word_alone_takes_the_indicator_before_it():
    assert rows("全省地区生产总值增长5.1%,全区增长5.8%。") == [
        ("全省地区生产总值", "", "growth", 5.1), ("地区生产总值", "gdp", "growth", 5.8)]


def test_a_share_of_the_budget_is_no_figure_but_a_share_of_spending_is():
    assert rows("一般公共预算收入完成50.6亿元,为预算的102.3%。") == [("一般公共预算收入", "budget_revenue", "level", 50.6)]
    # (the share's name says what it is of: names.phrases.share_name)
    assert rows("教育支出占一般公共预算支出的18%。") == [("教育支出占一般公共预算支出比重", "", "share", 18.0)]
    # a share with a name of its own in indicators.csv is that indicator's level
    assert rows("民生支出占一般公共预算支出的75%。") == [
        ("民生支出占一般公共预算支出比重", "livelihood_expenditure_share", "level", 75.0)]


# ------------------------------------------------------------------ 经济! : GDP only next to a figure


@pytest.mark.parametrize("sentence, expected", [
    # the GDP growth target as county reports state it
    ("经济社会发展的主要预期目标是：经济增长6.5%左右。", [("地区生产总值", "gdp", "growth", 6.5)]),
    ("全区经济增长7.2%，高于全市1.2个百分点。", [("地区生产总值", "gdp", "growth", 7.2)]),
    ("经济增速达到6%。", [("地区生产总值", "gdp", "growth", 6.0)]),
    # another government's economy, and parts of the economy, are not the government's GDP
    ("全省经济增长5.5%，我区经济增长6.1%。", [("全省经济", "", "growth", 5.5), ("地区生产总值", "gdp", "growth", 6.1)]),
    ("民营经济增长8%，数字经济增长20%。", [("民营经济", "", "growth", 8.0), ("数字经济", "", "growth", 20.0)]),
])
def test_economic_growth_with_a_figure_is_gdp_growth(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # other ways reports name headline indicators (indicators.csv synonyms)
    ("城镇居民收入增长6%，农村居民收入增长8%。",
     [("城镇居民人均可支配收入", "urban_disposable_income", "growth", 6.0),
      ("农村居民人均可支配收入", "rural_disposable_income", "growth", 8.0)]),
    ("农民收入增长8%。", [("农村居民人均可支配收入", "rural_disposable_income", "growth", 8.0)]),
    ("全省农民收入增长7%。", [("全省农民收入", "", "growth", 7.0)]),
    ("物价涨幅控制在3%左右。", [("居民消费价格", "cpi", "growth", 3.0)]),
    ("研究与试验发展经费支出占地区生产总值比重达到2.5%。", [("研发经费投入强度", "rd_intensity", "level", 2.5)]),
    ("全社会研发投入占GDP比重达到2.5%。", [("研发经费投入强度", "rd_intensity", "level", 2.5)]),
    ("研发经费支出占全区生产总值的比重为2.1%。", [("研发经费投入强度", "rd_intensity", "level", 2.1)]),
    ("固投增长10%。", [("固定资产投资", "fixed_asset_investment", "growth", 10.0)]),
    ("外贸总额增长5%。", [("进出口总额", "trade", "growth", 5.0)]),
    ("能耗强度下降3%。", [("单位地区生产总值能耗", "energy_intensity", "growth", -3.0)]),
    ("新增高企30家。", [("高新技术企业", "high_tech_enterprises", "level", 30.0)]),
    ("碳排放强度下降4%。", [("单位地区生产总值二氧化碳排放", "carbon_intensity", "growth", -4.0)]),  # not energy intensity
    # a share of something else stays a share of its own subject
    ("工业投资占固定资产投资比重达到40%。", [("工业投资占固定资产投资比重", "", "share", 40.0)]),
])
def test_headline_indicators_under_their_other_names(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize("region, sentence", [
    # the longest name (地区生产总值) eats the end of the government's own name; the rest is a name of GDP too
    ("阿克苏地区", "全年阿克苏地区生产总值(GDP)2042.98亿元，比上年增长5.4%。"),   # 阿克苏地区's 2025 communiqué
    ("和田地区", "全年和田地区生产总值达到600亿元，增长5.4%。"),
])
def test_a_prefectures_own_name_ending_in_diqu_keeps_its_gdp(region, sentence):
    d = document("一、综合\n" + sentence,
                 region=region, region_code="650000", level="prefecture", parent_code="650000",
                 doc_type="statistical_communique", year=2025)
    assert {(r["indicator_id"], r["measure"]) for r in extract_document(d)} == {("gdp", "level"), ("gdp", "growth")}


def test_another_prefectures_name_still_makes_it_theirs():
    d = document("一、综合\n全年和田地区生产总值增长5.4%。",
                 region="阿克苏地区", region_code="652900", level="prefecture", parent_code="650000",
                 doc_type="statistical_communique", year=2025)
    assert [r["indicator_id"] for r in extract_document(d)] == [""]


@pytest.mark.parametrize("region, sentence, expected", [
    # an amount a driver brought is its part (陕西 2026): no row of the government's indicator, level or growth
    ("陕西省", "中欧班列（西安）开行6037列、增长21.1%，带动陕西进出口415.4亿元、增长11.7%。", []),
    ("洛龙区", "实施重点项目86个，完成投资120亿元，带动全区固定资产投资60亿元。", []),
    # a growth after 带动 is the whole's (seed 004)
    ("洛阳市", "515个省市重点项目完成投资1835亿元,提前超额完成年度目标,带动全市投资增长5.9%。",
     [("固定资产投资", "growth", 5.9)]),
])
def test_what_a_driver_brought_is_not_the_governments_whole(region, sentence, expected):
    d = document("一、2025年工作回顾\n" + sentence + "\n", region=region)
    assert [(r["indicator"], r["measure"], r["value"]) for r in extract_document(d) if r["indicator_id"]] == expected


@pytest.mark.parametrize("region, sentence", [
    ("博野县", "前三季度，开发区主营业务收入完成263.7亿元，亩均产值、税收分别增长19.7%和12.9%。"),
    ("洛龙区", "上半年，高新区规模以上工业增加值增长9%。"),
    ("满城区", "1-11月，经济开发区固定资产投资增长12%。"),
])
def test_a_place_after_a_part_of_the_year_owns_the_sentence(region, sentence):
    d = document("一、2023年工作回顾\n" + sentence + "\n", region=region, year=2024)
    rows_ = extract_document(d)
    assert rows_ and all(r["indicator_id"] == "" for r in rows_)


@pytest.mark.parametrize("region, sentence, expected", [
    # a sentence about employment goes on with 新增就业 after the figures of its means (天津 2026, 容城县 2020, 博野县 2025)
    ("天津市", "惠民政策有序实施，出台促进高质量充分就业等政策措施，发放就业创业补贴13亿元，新增就业32.7万人。", "new_urban_jobs"),
    ("容城县", "积极开展就业再就业工作，组织就业创业培训124期、5615人，转移农村劳动力8685人，新增就业2722人。",
     "new_urban_jobs"),
    ("博野县", "搭建就业供需平台，组织招聘活动20场以上，新增就业2000人以上。", "new_urban_jobs"),
    # job fairs are a means to jobs (name_grammar.csv, elided_topic): an item of 博野县 2022's 民生实事, numbered ⑨
    ("博野县", "⑨精心办好10场招聘会，新增就业2000人。", "new_urban_jobs"),
    ("清苑区", "举办线上线下招聘会36场，新增就业5000人。", "new_urban_jobs"),
    # after an industry's figure it is that industry's result (guide rule 14)
    ("洛龙区", "全区旅游扶贫产业项目达到320个，新增就业8000多人。", ""),
    ("清苑区", "新建扶贫车间36个，新增就业5000人。", ""),
])
def test_new_jobs_after_another_figure_of_employment_are_the_governments(region, sentence, expected):
    d = document("一、2020年工作回顾\n" + sentence + "\n", region=region, year=2021)
    [row] = [r for r in extract_document(d) if "新增就业" in r["evidence"][-12:] and r["unit"].endswith("人")]
    assert row["indicator_id"] == expected


# A clause that opens with a sub-area's figure makes the sentence's figures after it the place's, as a sentence that
# opens with the place does (博野县 2025); the government's scope word keeps its own; a clause that does a thing to
# places (实施综合片区类城市更新项目32个, 天津 2026) names no topic.
@pytest.mark.parametrize("region, sentence, own", [
    ("博野县", "谋划推进总投资14.2亿元的开发区基础设施、市政设施建设项目，力争年内开发区营业收入超过450亿元，固投达到10亿元。",
     []),
    ("博野县", "加快开发区提质扩容，力争年内开发区营业收入超过450亿元，全县固定资产投资增长8%。",
     [("fixed_asset_investment", 8.0)]),
    ("天津市", "城市承载功能不断优化，实施综合片区类城市更新项目32个，新建提升13座城市公园，全市固定资产投资增长5%，"
              "一般公共预算收入增长3%。", [("fixed_asset_investment", 5.0), ("budget_revenue", 3.0)]),
])
def test_a_clause_opening_with_a_sub_areas_figure_owns_the_figures_after_it(region, sentence, own):
    d = document("二、2025年工作安排\n" + sentence + "\n", region=region, year=2025)
    assert [(r["indicator_id"], r["value"]) for r in extract_document(d) if r["indicator_id"]
            and r["indicator_id"] != "development_zone_revenue"] == own


# What ranks among development zones is one: the figures after the ranking are the zone's (阜平县 2021); a ranking
# among the city's counties (涞源县 2022) keeps the county's own figures.
@pytest.mark.parametrize("region, sentence, own", [
    ("阜平县", "力争到2025年，综合排名跻身省级开发区前50，工业总产值达到150亿元，工业增加值达到30亿元，税收超4.5亿元。", []),
    ("涞源县", "全县地区生产总值完成81.16亿元，增速7.9%，全市第5，比去年提高3个位次；一般公共预算收入完成8.69亿元，可比增长10.5%。",
     [("gdp", "level"), ("gdp", "growth"), ("gdp", "rank"), ("budget_revenue", "level"), ("budget_revenue", "growth")]),
])
def test_what_ranks_among_development_zones_is_a_zone(region, sentence, own):
    d = document("二、2021年工作安排\n" + sentence + "\n", region=region, year=2021)
    assert [(r["indicator_id"], r["measure"]) for r in extract_document(d) if r["indicator_id"]] == own


@pytest.mark.parametrize("sentence, expected", [
    # a clause without a figure that opens with the firms a government owns, alone or after a short verb, is about
    # them, and so is the figure of the clause after it (浙江 2026: the provincial firms' R&D, not the province's)
    ("国有企业改革攻坚深化提升行动顺利收官，省属企业创新导向更加突出，研发经费投入增长15.6%。",
     ("省属企业研发经费投入", "", "省属企业")),
    ("深化国有企业改革，研发经费投入增长15.6%。", ("国有企业研发经费投入", "", "国有企业")),
])
def test_a_clause_led_by_the_governments_firms_owns_the_figure_after_it(sentence, expected):
    d = document("一、2025年工作回顾\n" + sentence + "\n", region="浙江省", region_code="330000", year=2026)
    assert [(r["indicator"], r["indicator_id"], r["subject"]) for r in extract_document(d)] == [expected]


@pytest.mark.parametrize("sentence", [
    "省属企业创新导向更加突出，全省研发经费投入增长15.6%。",  # the government's own scope word
    "省属企业创新导向更加突出，科技创新能力持续提升，研发经费投入增长15.6%。",  # the firms own the next clause only
    "全面深化国资国企改革，研发经费投入增长15.6%。",  # the firms deep inside a task
])
def test_the_governments_figure_after_a_clause_naming_its_firms(sentence):
    d = document("一、2025年工作回顾\n" + sentence + "\n", region="浙江省", region_code="330000", year=2026)
    assert [(r["indicator_id"], r["value"], r["subject"]) for r in extract_document(d)] == [("rd_spending", 15.6, "")]


@pytest.mark.parametrize("region, code, sentence, expected", [
    # a group of cities or a belt inside the government's area opening the sentence owns its figures: 湖北 2026 (the
    # sentence opens on 都市圈), and the shape the 2026 reports use for such a group (城市群…，地区生产总值增长6%，占全省
    # 比重…: the share says it is a part)
    ("湖北省", "420000", "都市圈和城市群协同并进，武汉都市圈经济总量达到3.8万亿元。", [("", "都市圈")]),
    ("云南省", "530000", "滇中城市群建设加快推进，地区生产总值增长6%，占全省比重达到60%。",
     [("", "滇中城市群"), ("", "滇中城市群")]),
])
def test_a_group_of_cities_opening_the_sentence_owns_its_figures(region, code, sentence, expected):
    d = document("一、2025年工作回顾\n" + sentence + "\n", region=region, region_code=code, year=2026)
    assert [(r["indicator_id"], r["subject"]) for r in extract_document(d)] == expected
