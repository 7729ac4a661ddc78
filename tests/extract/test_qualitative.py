"""qualitative.py: goals tied to an indicator without a number (annotation guide, rule 5): value null, kind target."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from tests.support import document, seed_rows

GOALS = "洛龙区2023年国民经济和社会发展计划\n二、2023年国民经济和社会发展主要预期目标\n{}\n"
REVIEW = "洛龙区2023年国民经济和社会发展计划\n一、2022年国民经济和社会发展计划执行情况\n{}\n"


def rows(template: str, sentence: str) -> list[tuple]:
    d = document(template.format(sentence),
                 region="洛龙区", region_code="410311", level="county", parent_code="410300",
                 doc_type="plan_report", year=2023)
    return [(r["indicator_id"], r["measure"], r["period"], r["kind"], r["value"], r["unit"], r["bound"])
            for r in extract_document(d)]


@pytest.mark.parametrize("sentence, expected", [
    ("居民收入增长与经济增长基本同步。", ("disposable_income", "growth", "2023", "target", None, "%", "eq")),
    ("居民人均可支配收入增速高于GDP增速。", ("disposable_income", "growth", "2023", "target", None, "%", "eq")),
    ("地方一般公共预算收入与上年基本持平。", ("budget_revenue", "growth", "2023", "target", None, "%", "eq")),
    ("确保税收健康稳定增长。", ("tax_revenue", "growth", "2023", "target", None, "%", "eq")),
    # a rate that rises changes in percentage points
    ("推动常住人口城镇化率稳步提高。", ("urbanisation_rate", "change", "2023", "target", None, "个百分点", "eq")),
    # a target to be met, the change verb before it is not part of the subject
    ("单位地区生产总值能耗下降完成省下达目标。", ("energy_intensity", "growth", "2023", "target", None, "%", "eq")),
])
def test_qualitative_goals(sentence, expected):
    assert rows(GOALS, sentence) == [expected]


def test_only_the_subject_before_the_verb_is_a_target():
    # in 增速高于GDP增速 the GDP is the yardstick: one row, not two
    assert [r[0] for r in rows(GOALS, "居民人均可支配收入增速高于GDP增速。")] == ["disposable_income"]


def test_qualitative_statements_in_a_review_are_not_targets():
    assert rows(REVIEW, "居民收入增长与经济增长基本同步。") == []


def test_words_without_an_indicator_are_no_goal():
    assert rows(GOALS, "人民生活水平稳步提高。") == []


def test_seed_004_income_in_step_with_the_economy():
    got = [(r["indicator_id"], r["measure"], r["period"], r["kind"], r["value"]) for r in seed_rows("004")
           if r["evidence"] == "城乡居民收入增长与经济增长基本同步"]
    assert got == [("disposable_income", "growth", "2021", "target", None)]


def test_seed_001_urbanisation_goal():
    got = [(r["measure"], r["period"], r["kind"], r["value"], r["unit"]) for r in seed_rows("001")
           if r["indicator_id"] == "urbanisation_rate"]
    assert ("change", "2023", "target", None, "个百分点") in got


def test_a_name_that_counts_only_next_to_a_figure_makes_no_goal():
    # 经济! in indicators.csv: 经济增长7% is GDP's growth, but 着力保持经济稳定增长 (a heading in Shanghai 2022's
    # plan) is no GDP goal, where 推动地区生产总值稳定增长 is one
    assert rows(GOALS, "着力保持经济稳定增长。") == []
    assert rows(GOALS, "推动地区生产总值稳定增长。") == [("gdp", "growth", "2023", "target", None, "%", "eq")]
    assert rows(GOALS, "经济增长8%左右。") == [("gdp", "growth", "2023", "target", 8.0, "%", "about")]


@pytest.mark.parametrize("sentence, expected", [
    # an obligation naming the indicators (guide rule 13): one row each, at their level
    ("城镇新增就业、登记失业率等约束性指标完成上级下达的任务。", [
        ("new_urban_jobs", "level", "2023", "target", None, "万人", "eq"),
        ("registered_unemployment", "level", "2023", "target", None, "%", "eq")]),
    # the indicator after the verb (海南 2026; 涞水县 2020, 徐水县 2012)
    ("确保完成粮食生产任务。", [("grain_output", "level", "2023", "target", None, "万吨", "eq")]),
    ("完成省、市下达的节能减排任务。", [("energy_intensity", "growth", "2023", "target", None, "%", "eq")]),
    ("完成市下达的节能减排任务目标。", [("energy_intensity", "growth", "2023", "target", None, "%", "eq")]),
    # 各项, 相关 before the indicator (徐水县 2011: dev-heldout-6)
    ("完成市下达的各项节能减排任务目标。", [("energy_intensity", "growth", "2023", "target", None, "%", "eq")]),
    ("确保完成省下达的相关节能减排任务。", [("energy_intensity", "growth", "2023", "target", None, "%", "eq")]),
    # faster than a yardstick other than the economy (安徽 2026, 海南 2026)
    ("城镇常住居民人均可支配收入增速高于全国平均水平。",
     [("urban_disposable_income", "growth", "2023", "target", None, "%", "eq")]),
    ("确保农村居民人均可支配收入增速快于城镇居民。",
     [("rural_disposable_income", "growth", "2023", "target", None, "%", "eq")]),
    # a loose list naming no headline indicator is no line (guide rule 13)
    ("碳排放强度、能源、环境等指标完成国家下达任务。", []),
])
def test_obligations_and_yardsticks(sentence, expected):
    assert rows(GOALS, sentence) == expected


@pytest.mark.parametrize("region, sentence, expected", [
    # the indicators in one clause, their task met in the next (满城区 2023)
    ("满城区", "实际利用外资、外贸进出口和其他约束性指标，均完成市定任务。",
     [("fdi", "growth", None), ("trade", "growth", None)]),
    ("洛龙区", "城镇新增就业、登记失业率等约束性指标，全部完成上级下达的任务。",
     [("new_urban_jobs", "level", None), ("registered_unemployment", "level", None)]),
    # a growth held above a yardstick (陕西 2026)
    ("陕西省", "固定资产投资增速保持在全国平均水平以上。", [("fixed_asset_investment", "growth", None)]),
    # (written for the rule, no report's sentence: the city's average as the yardstick of a county)
    ("洛龙区", "一般公共预算收入增速保持在全市平均水平以上。", [("budget_revenue", "growth", None)]),
    # goals listed one after another, each with its verb (陕西 2026)
    ("陕西省", "力争居民收入稳步较快增长、劳动报酬与劳动生产率同步提高。", [("disposable_income", "growth", None)]),
    # a task named with a longer list after the verb (陕西 2026)
    ("陕西省", "完成国家下达的粮食生产、单位生产总值二氧化碳减排目标任务。", [("grain_output", "level", None)]),
    # no indicator named: no row (guide rule 13)
    ("满城区", "能源、环境和其他约束性指标，均完成市定任务。", []),
])
def test_goals_of_other_shapes(region, sentence, expected):
    d = document("二、2026年工作安排\n" + sentence + "\n", region=region)
    got = [(r["indicator_id"], r["measure"], r["value"]) for r in extract_document(d) if r["indicator_id"]]
    assert got == expected


@pytest.mark.parametrize("region, sentence, expected", [
    # an obligation on the energy indicators, written as a run of tasks or with 相关/各项 (天津 2026, 容城县 2019)
    ("天津市", "节能减排减污降碳指标完成国家下达目标。", [("energy_intensity", "growth", None)]),
    ("容城县", "节能减排相关约束性指标达到核定标准。", [("energy_intensity", "growth", None)]),
    ("容城县", "节能减排各项指标全部达到或超额完成市核任务。", [("energy_intensity", "growth", None)]),
    ("辽宁省", "完成国家下达的单位地区生产总值二氧化碳排放降低任务。", [("carbon_intensity", "growth", None)]),
    # 节能降碳 / 节能减排降碳 name the energy obligation, also as a bound indicator of a list (山东, 宁夏 2026)
    ("山东省", "全面完成国家下达的节能减排降碳约束性指标和环境质量改善目标。", [("energy_intensity", "growth", None)]),
    ("宁夏回族自治区", "粮食总产量、生态环境、节能降碳等指标全面完成任务。",
     [("grain_output", "level", None), ("energy_intensity", "growth", None)]),
    # as a field of work, not an obligation met, it names nothing (重庆, 山东 2026)
    ("重庆市", "推进重点行业节能降碳改造，有效管控高耗能高排放项目。", []),
    ("山东省", "节能降碳持续加力。", []),
    # a standard met by something that is no indicator (空气质量) gives no row
    ("容城县", "空气质量六项指标全部达到国家二级标准。", []),
    ("满城区", "反映资源节约和环境质量的各项约束性指标不折不扣完成国家下达任务。", []),
])
def test_obligations_on_energy_and_emissions(region, sentence, expected):
    d = document("二、2026年工作安排\n" + sentence + "\n", region=region)
    got = [(r["indicator_id"], r["measure"], r["value"]) for r in extract_document(d) if r["indicator_id"]]
    assert got == expected


def _province_review(region: str, code: str, sentence: str) -> list[tuple]:
    d = document("一、2025年工作回顾\n" + sentence + "\n", region=region, region_code=code, level="province",
                 parent_code=None, doc_type="government_work_report", year=2026)
    return [(r["indicator_id"], r["measure"], r["period"], r["kind"], r["value"], r["unit"], r["bound"])
            for r in extract_document(d)]


@pytest.mark.parametrize("region, code, sentence", [
    # prices that did not move are a result of growth 0 (福建 2026 says 与上年持平, 宁夏 2026 just 持平)
    ("福建省", "350000", "城镇调查失业率4.7%，居民消费价格与上年持平。"),
    ("宁夏回族自治区", "640000", "城镇调查失业率平均为5.2%，居民消费价格指数持平。"),
])
def test_a_result_of_no_change_is_a_growth_of_nought(region, code, sentence):
    assert _province_review(region, code, sentence)[-1] == ("cpi", "growth", "2025", "actual", 0.0, "%", "eq")


@pytest.mark.parametrize("sentence", [
    "城镇调查失业率4.7%，居民消费价格基本持平。",  # 基本持平 says no figure (guide rule 13)
    "城镇调查失业率4.7%，全国居民消费价格与上年持平。",  # the country's prices
    "城镇调查失业率4.7%，城镇化率与上年持平。",  # a rate that stayed has no growth
])
def test_no_growth_of_nought_for_a_loose_or_anothers_or_a_rates_flat(sentence):
    assert [r[0] for r in _province_review("福建省", "350000", sentence)] == ["surveyed_unemployment"]


@pytest.mark.parametrize("region, sentence", [
    # the rise of prices written out, 上涨幅度 (山西 2026), or 涨幅 (新疆 2026)
    ("山西省", "今年经济社会发展主要目标是：居民消费价格总水平上涨幅度控制在2%左右。"),
    ("新疆维吾尔自治区", "今年经济社会发展主要预期目标是：居民消费价格指数涨幅2%左右。"),
])
def test_a_price_rise_written_out_is_the_cpi_growth(region, sentence):
    d = document("二、2026年工作安排\n" + sentence + "\n", region=region, region_code="140000", level="province",
                 parent_code=None, doc_type="government_work_report", year=2026)
    assert [(r["indicator_id"], r["measure"], r["period"], r["kind"], r["value"], r["bound"])
            for r in extract_document(d)] == [("cpi", "growth", "2026", "target", 2.0, "about")]

@pytest.mark.parametrize("region, sentence", [
    # the 保定 counties' goal list: 能耗 counts as the energy indicator only as an obligation met (定兴县 2022, 涞源县 2025)
    ("定兴县", "能耗及污染物排放等约束性指标完成省定任务。"),
    ("涞源县", "能耗及排放等约束性指标完成省市目标任务。"),
])
def test_a_short_name_of_an_obligation_met(region, sentence):
    d = document("二、2026年工作安排\n" + sentence + "\n", region=region)
    got = [(r["indicator_id"], r["measure"], r["value"]) for r in extract_document(d) if r["indicator_id"]]
    assert got == [("energy_intensity", "growth", None)]


@pytest.mark.parametrize("region, sentence, expected", [
    # next to a figure or as a wish, 能耗 is no name of the energy intensity (综合能耗 is a statistic of its own):
    # the figure stays, under the report's own words
    ("涞源县", "综合能耗下降3%。", [("", "综合能耗", -3.0)]),
    ("定兴县", "推动企业降低能耗。", []),
    ("天津市", "能耗下降3%左右。", [("", "能耗", -3.0)]),
])
def test_a_name_of_obligations_only_names_nothing_else(region, sentence, expected):
    d = document("二、2026年工作安排\n" + sentence + "\n", region=region)
    assert [(r["indicator_id"], r["indicator"], r["value"]) for r in extract_document(d)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # 年均 before the growth of a plan's qualitative goal (the shape of 2026 provincial plan goals)
    ("居民人均可支配收入年均增长与经济增长同步。", ("disposable_income", "growth", "2026-2030", "target", None)),
    ("农村居民人均可支配收入年均增速高于城镇居民。", ("rural_disposable_income", "growth", "2026-2030", "target", None)),
])
def test_a_yearly_average_in_a_qualitative_plan_goal(sentence, expected):
    d = document("二、“十五五”时期主要目标\n" + sentence + "\n", region="山东省", region_code="370000",
                 level="province", parent_code=None, doc_type="government_work_report", year=2026)
    assert [(r["indicator_id"], r["measure"], r["period"], r["kind"], r["value"]) for r in extract_document(d)] \
        == [expected]


@pytest.mark.parametrize("region, sentence, expected", [
    # a place among others to hold, with no number (内蒙古 2026): rank null, within the field named
    ("内蒙古自治区", "特别是“十五五”时期要实现人均地区生产总值稳居全国上游、居民收入稳居全国上游。",
     [("gdp_per_capita", "rank", "2026-2030", None, "全国"), ("disposable_income", "rank", "2026-2030", None, "全国")]),
    # a level to reach against a yardstick (重庆 2026, 浙江 2026): level null, the plan's end year
    ("重庆市", "全体居民人均可支配收入达到全国平均水平。", [("disposable_income", "level", "2030", None, None)]),
    ("浙江省", "人均地区生产总值接近发达经济体水平。", [("gdp_per_capita", "level", "2030", None, None)]),
    # no indicator named, or not a goal: nothing
    ("湖北省", "空气质量保持全国前列。", []),
])
def test_goals_against_a_yardstick(region, sentence, expected):
    d = document("二、“十五五”时期主要目标\n" + sentence + "\n", region=region)
    got = [(r["indicator_id"], r["measure"], r["period"], r["value"], r["rank_scope"]) for r in extract_document(d)
           if r["indicator_id"]]
    assert got == expected


def test_a_yardstick_reached_in_a_review_is_no_goal():
    d = document("一、2025年工作回顾\n全体居民人均可支配收入达到全国平均水平。人均地区生产总值稳居全国上游。\n", region="重庆市")
    assert [r for r in extract_document(d) if r["indicator_id"]] == []


@pytest.mark.parametrize("region, sentence", [
    # the plan's pair of in-step goals in one clause (贵州, 山西 2026): the income goal of the two
    ("贵州省", "城镇调查失业率控制在5.5%左右，居民收入增长和经济增长同步、劳动报酬提高和劳动生产率提高同步，社会保障制度更加优化。"),
    ("山西省", "实施居民增收计划，推动居民收入增长和经济增长同步、劳动报酬提高和劳动生产率提高同步，进一步缩小城乡居民收入差距。"),
])
def test_a_list_of_goals_in_step(region, sentence):
    d = document("二、“十五五”时期主要目标\n" + sentence + "\n", region=region, level="province", parent_code=None,
                 doc_type="government_work_report", year=2026)
    got = [(r["indicator_id"], r["measure"], r["period"], r["value"]) for r in extract_document(d)
           if r["value"] is None]
    assert got == [("disposable_income", "growth", "2026-2030", None)]


def test_a_list_of_goals_in_step_explaining_a_figure_is_no_goal():
    # 江西 2026: the pair says what a growth target reflects (…的要求), no goal of its own
    d = document("二、“十五五”时期主要目标\n居民人均可支配收入年均增长5%左右，体现了居民收入增长和经济增长同步、劳动报酬提高"
                 "和劳动生产率提高同步的要求。\n", region="江西省", level="province", parent_code=None,
                 doc_type="government_work_report", year=2026)
    assert [r["value"] for r in extract_document(d)] == [5.0]


@pytest.mark.parametrize("region, level, sentence", [
    # a growth to be achieved (实现) with no figure, among the year's goals (山西 2026, 安国市 2022)
    ("山西省", "province", "今年经济社会发展主要目标是：地区生产总值增长4.5%—5%，进出口总额争取实现正增长，居民消费价格涨幅2%左右。"),
    ("安国市", "county", "2022年经济社会发展预期目标是：生产总值增长8%左右，进出口总值实现同比较大增长，实际利用外资增长5%左右。"),
])
def test_a_growth_to_be_achieved_without_a_figure(region, level, sentence):
    d = document("二、2026年工作安排\n" + sentence + "\n", region=region, level=level,
                 parent_code=None if level == "province" else "130600")
    assert [(r["indicator_id"], r["measure"]) for r in extract_document(d) if r["value"] is None] == [("trade", "growth")]


def test_growth_of_the_economy_to_be_achieved_names_no_indicator():
    # 经济 names GDP only next to a figure
    d = document("二、2026年工作安排\n力争全县经济实现较快增长。\n", region="安国市", level="county", parent_code="130600")
    assert extract_document(d) == []


@pytest.mark.parametrize("region, sentence, expected", [
    # a growth kept within a range no figure bounds (the reference gold's lines: 山西, 重庆, 青海 2026's five-year
    # goals; 山东 2026's prices): 经济增长 names the economy's growth as a figure would
    ("山西省", "经济增长保持在合理区间，居民收入增长和经济增长同步。",
     [("gdp", "growth", None), ("disposable_income", "growth", None)]),
    ("重庆市", "确保经济增长保持在合理区间。", [("gdp", "growth", None)]),
    ("青海省", "推动经济增长保持在合理区间。", [("gdp", "growth", None)]),
    ("山东省", "居民消费价格保持合理水平。", [("cpi", "growth", None)]),
    # 经济 with no word of its growth stays no name of a goal (着力保持经济稳定增长, above)
    ("山西省", "保持经济运行在合理区间。", []),
    ("山西省", "经济保持合理增长。", []),
])
def test_a_growth_kept_in_a_reasonable_range(region, sentence, expected):
    d = document("二、2026年工作安排\n" + sentence + "\n", region=region)
    got = [(r["indicator_id"], r["measure"], r["value"]) for r in extract_document(d) if r["indicator_id"]]
    assert got == expected
