"""Periods and kinds: sections of a report, 今年/上年/去年, 十三五/十四五, 到2025年, 年均, 预计, 一季度."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.periods import DocContext, plan_span
from tests.support import document, seed_rows


def doc(text: str, doc_type: str, year: int, region: str = "尉氏县") -> dict:
    return document(text,
                    region=region, region_code="410223", level="county", parent_code="410200",
                    doc_type=doc_type, year=year)


def facts(d: dict) -> list[tuple]:
    return [(r["indicator_id"], r["measure"], r["period"], r["kind"], r["value"], r["estimated"])
            for r in extract_document(d)]


# A government work report delivered in 2021 (the shape of seed 004): review, five-year goals, this year's plan.
GWR = (
    "一、2020年工作回顾\n"
    "全县GDP完成431.8亿元,增长2.5%。五年来,全县生产总值年均增长6.5%。\n"
    "二、“十四五”时期主要目标\n"
    "地区生产总值年均增长7%。\n"
    "三、2021年工作安排\n"
    "今年地区生产总值增长8%左右。上年地区生产总值增长2.4%。到2025年,地区生产总值达到800亿元。\n"
)


def test_sections_of_a_government_work_report():
    assert facts(doc(GWR, "government_work_report", 2021)) == [
        ("gdp", "level", "2020", "actual", 431.8, False),
        ("gdp", "growth", "2020", "actual", 2.5, False),
        ("gdp", "avg_growth", "2016-2020", "actual", 6.5, False),  # 五年来 in a review: the five years up to 2020
        ("gdp", "avg_growth", "2021-2025", "target", 7.0, False),  # “十四五” in a heading
        ("gdp", "growth", "2021", "target", 8.0, False),  # 今年 = the report's year
        ("gdp", "growth", "2020", "actual", 2.4, False),  # 上年 = the year before, an actual
        ("gdp", "level", "2025", "target", 800.0, False),  # 到2025年
    ]


def test_section_column_names_the_heading():
    rows = extract_document(doc(GWR, "government_work_report", 2021))
    assert [r["section"] for r in rows][::3] == ["一、2020年工作回顾", "二、“十四五”时期主要目标", "三、2021年工作安排"]


# A plan report (seed 000's shape): 一、… 执行情况 reviews 2022, 二、… 主要预期目标 sets 2023.
PLAN = (
    "洛龙区2023年国民经济和社会发展计划\n"
    "一、2022年国民经济和社会发展计划执行情况\n"
    "全区地区生产总值完成582.4亿元,增长5.2%。居民人均可支配收入预计达到37000元。\n"
    "二、2023年国民经济和社会发展主要预期目标\n"
    "地区生产总值增长7%左右。\n"
)


def test_review_and_goal_sections_of_a_plan_report():
    assert facts(doc(PLAN, "plan_report", 2023, region="洛龙区")) == [
        ("gdp", "level", "2022", "actual", 582.4, False),
        ("gdp", "growth", "2022", "actual", 5.2, False),
        ("disposable_income", "level", "2022", "actual", 37000.0, True),  # 预计: estimated
        ("gdp", "growth", "2023", "target", 7.0, False),
    ]


def test_action_plan_states_goals_of_its_year():
    rows = facts(doc("新增高新技术企业1—2家。", "action_plan", 2023))
    assert rows == [("high_tech_enterprises", "level", "2023", "target", 1.0, False)]


@pytest.mark.parametrize("sentence, period, kind", [
    ("今年地区生产总值增长6%。", "2023", "target"),
    ("去年地区生产总值增长6%。", "2022", "actual"),
    ("上年地区生产总值增长6%。", "2022", "actual"),
    ("一季度地区生产总值增长4%。", "2022Q1", "actual"),
    ("到2025年,地区生产总值达到800亿元。", "2025", "target"),
    ("到二〇三五年,地区生产总值达到1000亿元。", "2035", "target"),  # a year in Chinese digits
])
def test_period_words_in_the_sentence(sentence, period, kind):
    [row] = extract_document(doc(sentence, "government_work_report", 2023))
    assert (row["period"], row["kind"]) == (period, kind)


@pytest.mark.parametrize("number, span", [(13, (2016, 2020)), (14, (2021, 2025)), (12, (2011, 2015)), (3, (1966, 1970))])
def test_five_year_plans_are_counted(number, span):
    assert plan_span(number) == span


def test_plan_heading_sets_the_span():
    ctx = DocContext(GWR, 2021, "government_work_report")
    where = ctx.at(GWR.index("地区生产总值年均增长7%"))
    assert (where.kind, where.span) == ("target", (2021, 2025))
    where = ctx.at(GWR.index("全县GDP"))
    assert (where.kind, where.year, where.span) == ("actual", 2020, None)


def test_document_of_unknown_year_gets_no_invented_period():
    rows = extract_document(doc("开封固定资产投资增速达14.4%。", "news", None))
    assert [(r["value"], r["period"]) for r in rows] == [(14.4, "")]


def test_seed_004_five_year_review():
    rows = seed_rows("004")
    got = {(r["indicator_id"], r["measure"], r["period"], r["value"]) for r in rows
           if r["evidence"].endswith(("全县生产总值年均增长6.5%", "固定资产投资年均增长9.6%"))}
    assert got == {("gdp", "avg_growth", "2016-2020", 6.5), ("fixed_asset_investment", "avg_growth", "2016-2020", 9.6)}


def test_seed_004_year_before_the_figure():
    # 城镇化率由2015年的33.6%提升至2020年的48.7%: two levels, each of its own year
    got = [(r["indicator_id"], r["period"], r["value"]) for r in seed_rows("004")
           if r["evidence"].startswith("城镇化率由2015年")]
    assert got == [("urbanisation_rate", "2015", 33.6), ("urbanisation_rate", "2020", 48.7)]


def test_seed_000_estimated_actuals():
    got = [(r["measure"], r["period"], r["kind"], r["value"], r["estimated"]) for r in seed_rows("000")
           if r["evidence"].startswith("居民人均可支配收入预计")]
    assert got == [("level", "2022", "actual", 37000.0, True), ("growth", "2022", "actual", 6.0, True)]


def test_since_a_plan_began_runs_to_the_year_under_review():
    text = "一、“十四五”以来主要成就\n累计新增城镇就业2.6万人。高新技术企业达到126家,是2020年的2.6倍。\n"
    rows = facts(doc(text, "government_work_report", 2024))
    assert ("new_urban_jobs", "level", "2021-2023", "actual", 2.6, False) in rows
    assert ("high_tech_enterprises", "change", "2021-2023", "actual", 2.6, False) in rows


def test_a_change_between_two_named_years_runs_over_them():
    text = "一、2022年工作回顾\n地区生产总值由2017年的1520亿元增加到2022年的2350亿元,年均增长7.2%。\n"
    rows = facts(doc(text, "government_work_report", 2023))
    assert ("gdp", "avg_growth", "2018-2022", "actual", 7.2, False) in rows
    assert ("gdp", "level", "2017", "actual", 1520.0, False) in rows


def test_a_list_of_quarters_gives_the_carried_subject_one_figure_each():
    text = "一、2023年工作回顾\n全县生产总值完成286亿元,一季度、上半年、前三季度分别增长4.5%、5.1%、5.5%。\n"
    rows = [r for r in facts(doc(text, "government_work_report", 2024)) if r[1] == "growth"]
    assert rows == [("gdp", "growth", "2023Q1", "actual", 4.5, False), ("gdp", "growth", "2023H1", "actual", 5.1, False),
                    ("gdp", "growth", "2023Q1-Q3", "actual", 5.5, False)]
    # with no subject in the sentence, whose figures they are is not said: no row rather than a guess
    text = "一、2023年工作回顾\n全县生产总值完成286亿元。一季度、上半年分别增长4.5%、5.1%。\n"
    assert [r for r in facts(doc(text, "government_work_report", 2024)) if r[1] == "growth"] == []


def test_a_bare_percent_after_a_growth_is_the_same_growth():
    text = "二、2021年主要目标\n地区生产总值增长6.5%左右,力争7%。\n"
    rows = [(r["indicator_id"], r["measure"], r["value"], r["bound"])
            for r in extract_document(doc(text, "government_work_report", 2021))]
    assert rows == [("gdp", "growth", 6.5, "about"), ("gdp", "growth", 7.0, "eq")]


def test_a_subject_led_by_a_span_word_is_a_figure_of_the_span():
    text = "一、2020年工作回顾\n五年来,产业发展实现新突破。规上工业企业达到274家,累计建成国家高新技术企业14家。五年吸收外资超140亿美元。\n"
    rows = {r[0]: r[2] for r in facts(doc(text, "government_work_report", 2021))}
    assert rows["high_tech_enterprises"] == "2016-2020" and rows["fdi"] == "2016-2020"


def test_a_span_word_before_a_list_leads_every_figure_of_it():
    text = "一、2020年工作回顾\n五年来,开放水平显著提升。五年吸收外资超140亿美元、省外境内资金近4000亿元。\n"
    periods = {r[0]: r[2] for r in facts(doc(text, "government_work_report", 2021))}
    assert periods["fdi"] == "2016-2020"
    assert [r[2] for r in facts(doc(text, "government_work_report", 2021)) if r[4] == 4000.0] == ["2016-2020"]


# 内蒙古 2026 and 阜平县 2022 write their top headings on lines of their own, without 一、 (shortened).
NEIMENGGU = (
    "2026年内蒙古自治区政府工作报告\n"
    "“十四五”时期发展成就和2025年工作回顾\n"
    "——这五年综合经济实力大幅提升。固定资产投资年均增长12.8%。城镇新增就业累计106万人，常住人口城镇化率达到71.5%。\n"
    "刚刚过去的2025年，我们统筹做好改革发展稳定工作。一是保持经济平稳运行。地区生产总值增长4.7%。\n"
    "“十五五”时期主要目标和2026年重点工作\n"
    "“十五五”时期，地区生产总值年均增长5%左右。\n"
    "今年是“十五五”开局之年。\n"
    "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.7%左右，城镇新增就业18万人以上。\n"
)


def test_headings_on_lines_of_their_own():
    assert [f[:5] for f in facts(doc(NEIMENGGU, "government_work_report", 2026, "内蒙古自治区"))] == [
        ("fixed_asset_investment", "avg_growth", "2021-2025", "actual", 12.8),
        ("new_urban_jobs", "level", "2021-2025", "actual", 106.0),  # 累计 in the five years' review
        ("urbanisation_rate", "level", "2025", "actual", 71.5),  # a level reached: the span's last year
        ("gdp", "growth", "2025", "actual", 4.7),  # 刚刚过去的2025年: the last year's own figure
        ("gdp", "avg_growth", "2026-2030", "target", 5.0),
        ("gdp", "growth", "2026", "target", 5.0),  # 今年 opens the year's goals inside the plan's section
        ("surveyed_unemployment", "level", "2026", "target", 5.7),
        ("new_urban_jobs", "level", "2026", "target", 18.0),
    ]


FUPING = (
    "2021年主要工作回顾\n"
    "全县地区生产总值完成70亿元，增长6%。\n"
    "2022年工作目标和主要任务\n"
    "全县地区生产总值增长7%。\n"
)


def test_a_line_heading_of_one_year():
    assert [f[:4] for f in facts(doc(FUPING, "government_work_report", 2022, "阜平县"))] == [
        ("gdp", "level", "2021", "actual"), ("gdp", "growth", "2021", "actual"), ("gdp", "growth", "2022", "target")]


def test_a_sentence_is_no_line_heading():
    # a line with sentence punctuation is running text, even when it names a goal and a year
    text = "一、2021年工作回顾\n全县地区生产总值增长6%。\n2022年的目标是，地区生产总值增长7%\n"
    assert [f[:4] for f in facts(doc(text, "government_work_report", 2022, "阜平县"))][0] == (
        "gdp", "growth", "2021", "actual")


@pytest.mark.parametrize("region, review", [
    ("海南省", "一、“十四五”时期工作回顾\n五年来，城镇调查失业率控制在5.5%以内。\n"),
    ("西藏自治区", "一、过去五年工作回顾\n过去五年，城镇调查失业率控制在5%以内。\n"),
])
def test_a_level_held_every_year_of_a_review_takes_the_span(region, review):
    # guide rule 12: 控制在, 保持在 hold every year of a five-year review
    [row] = facts(doc(review, "government_work_report", 2026, region))
    assert row[:4] == ("surveyed_unemployment", "level", "2021-2025", "actual")


@pytest.mark.parametrize("sentence, value", [
    ("一、2019年工作回顾\n一般公共预算收入可比增长6.5%。\n", 6.5),  # 涞源县 2020
    ("一、2022年工作回顾\n一般公共预算收入完成7.8亿元、可比增长2.3%。\n", 2.3),  # 满城区 2023
])
def test_a_comparable_growth_keeps_its_subject(sentence, value):
    rows_ = [r for r in extract_document(doc(sentence, "government_work_report", 2023)) if r["measure"] == "growth"]
    assert [(r["indicator_id"], r["value"], r["qualifier"]) for r in rows_] == [("budget_revenue", value, "可比")]


@pytest.mark.parametrize("region, year, text, expected", [
    # 年均递增 is a yearly average growth (容城县 2012, 徐水县 2012)
    ("容城县", 2012, "一、2011年工作回顾\n2011年，预计全县生产总值完成53.42亿元，比2006年增长24.47亿元，年均递增13%。\n",
     ("gdp", "avg_growth", "2007-2011", "actual", 13.0)),
    ("徐水县", 2012, "一、过去五年工作回顾\n城镇居民人均可支配收入年均递增12%。\n",
     ("urban_disposable_income", "avg_growth", "2007-2011", "actual", 12.0)),
    # to a year named in a plan: from the plan's first year to that year (徐水县 2012)
    ("徐水县", 2012, "二、2012年工作安排\n到2016年，城镇居民人均可支配收入年均递增12%。\n",
     ("urban_disposable_income", "avg_growth", "2012-2016", "target", 12.0)),
])
def test_yearly_averages_and_their_spans(region, year, text, expected):
    assert facts(doc(text, "government_work_report", year, region))[-1][:5] == expected


@pytest.mark.parametrize("region, year, text, expected", [
    # what is new in a five-year review adds up over the span (定兴县 2021, 内蒙古 2026)
    ("定兴县", 2021, "一、2020年和“十三五”工作回顾\n“十三五”时期，新增17家高新技术企业。\n",
     ("high_tech_enterprises", "level", "2016-2020", "actual", 17.0)),
    ("内蒙古自治区", 2026, "一、“十四五”时期发展成就\n这五年，新增市场主体80万户。\n",
     ("new_market_entities", "level", "2021-2025", "actual", 80.0)),
])
def test_what_is_new_in_a_five_year_review_is_the_spans(region, year, text, expected):
    assert facts(doc(text, "government_work_report", year, region))[-1][:5] == expected


@pytest.mark.parametrize("region, year, text, expected", [
    # money brought in adds up over a five-year review when no year is written (天津 2026, 洛阳 2021's shape)
    ("天津市", 2026, "一、过去五年工作回顾\n五年来，上市公司增至88家，实际使用外资263亿美元。\n",
     ("fdi", "level", "2021-2025", "actual", 263.0)),
    ("西工区", 2021, "一、“十三五”时期工作回顾\n引进省外境内资金180亿元。\n",
     ("domestic_investment_inflow", "level", "2016-2020", "actual", 180.0)),
    # a year written before a ；dates the parts after it (徐水县 2011, 容城县 2012)
    ("徐水县", 2011, "一、“十一五”时期工作回顾\n2010年引进省外资金7.56亿元，超额完成市定任务；实际利用外资3438.2万美元，居全市第一位。\n",
     ("fdi", "level", "2010", "actual", 3438.2)),
    ("容城县", 2012, "一、过去五年工作回顾\n2011年，全县实际利用外资248万美元；引进省外资金10亿元，是2006年的3.85倍。\n",
     ("domestic_investment_inflow", "level", "2011", "actual", 10.0)),
    # a level reached, not a sum: the end year (guide rule 12)
    ("安徽省", 2026, "一、“十四五”时期工作回顾\n实际使用外资增加到50亿美元。\n",
     ("fdi", "level", "2025", "actual", 50.0)),
])
def test_money_brought_in_over_a_review_is_the_spans_unless_a_year_is_written(region, year, text, expected):
    got = [f for f in facts(doc(text, "government_work_report", year, region)) if f[0] == expected[0] and f[1] == "level"]
    assert [f[:5] for f in got] == [expected]


@pytest.mark.parametrize("region, text, expected", [
    # 每年 before or after the name: the figure holds every year of the review (guide rule 12; 陕西, 贵州, 湖北 2026)
    ("陕西省", "一、过去五年工作回顾\n每年城镇新增就业40万人以上，城乡居民人均收入年均增长5.3%、7.7%。\n",
     ("new_urban_jobs", "level", "2021-2025", "actual", 40.0)),
    ("湖北省", "一、过去五年工作回顾\n城镇新增就业每年超过90万人。\n",
     ("new_urban_jobs", "level", "2021-2025", "actual", 90.0)),
    ("贵州省", "二、今后五年的目标任务\n每年城镇新增就业60万人以上。\n",
     ("new_urban_jobs", "level", "2026-2030", "target", 60.0)),
])
def test_a_figure_of_every_year_takes_the_span(region, text, expected):
    got = [f for f in facts(doc(text, "government_work_report", 2026, region)) if f[0] == expected[0]]
    assert [f[:5] for f in got] == [expected]


def test_every_year_after_another_per_is_a_unit():
    # 内蒙古 2026: 保费由每生每年5元提高至10元 (a rate per student and year, no span)
    rows = extract_document(doc("二、2026年工作安排\n保费由每生每年5元提高至10元。\n", "government_work_report", 2026,
                                "内蒙古自治区"))
    assert [(r["indicator"], r["period"], r["value"]) for r in rows] == [
        ("保费由每生每年", "2026", 5.0), ("保费由每生每年", "2026", 10.0)]


@pytest.mark.parametrize("region, year, text, expected", [
    # 两个翻番 over a base year: each subject doubled since the year after the base (涞水县 2021), not over the review
    ("涞水县", 2021, "一、过去五年工作回顾\n地区生产总值、城乡居民人均可支配收入比2010年实现两个翻番。\n",
     [("gdp", "change", "2011-2020", "actual", 2.0), ("urban_disposable_income", "change", "2011-2020", "actual", 2.0),
      ("rural_disposable_income", "change", "2011-2020", "actual", 2.0)]),
    # 阜平县 2021: a goal for 2025 with its quotes, a change over the plan (as every 翻番 of the gold sets takes a span)
    ("阜平县", 2021, "二、“十四五”时期主要目标\n2025年全县地区生产总值、城乡居民人均可支配收入实现“两个翻一番”目标。\n",
     [("gdp", "change", "2021-2025", "target", 2.0), ("urban_disposable_income", "change", "2021-2025", "target", 2.0),
      ("rural_disposable_income", "change", "2021-2025", "target", 2.0)]),
    # the doubled are not named (青海 2026, 阜平县 2021): no row
    ("青海省", 2026, "一、过去五年工作回顾\n建成标准机架4万架、算力规模超2.2万P，实现“双翻番”。\n", []),
    ("阜平县", 2021, "二、“十四五”时期主要目标\n瞄准“十四五”建设保定市西部中心城市、实现两个翻一番目标。\n", []),
])
def test_each_of_the_subjects_doubled(region, year, text, expected):
    got = [f[:5] for f in facts(doc(text, "government_work_report", year, region)) if f[1] == "change"]
    assert got == expected


# 福建 2026 (shortened): every top heading's own words begin with a numeral, and none names a cue word
FUJIAN = (
    "一、一年接着一年干，新福建建设持续取得新进展新成效\n"
    "初步统计，2025年全省地区生产总值60199.45亿元、增长5%。\n"
    "五年来，我们坚持创新驱动发展。全社会研发经费投入年均增长10.5%，高价值发明专利较“十三五”时期增长148%。"
    "城镇新增就业265.15万人。\n"
    "二、一张蓝图绘到底，奋力谱写中国式现代化福建篇章\n"
    "三、一鼓作气勇争先，全力推动“十五五”开好局、起好步\n"
    "2026年是“十五五”开局之年。\n"
    "今年经济社会发展的主要预期目标是：全省地区生产总值增长5%左右；城镇新增就业50万人；粮食产量513万吨以上。\n"
    "（一）壮大实体经济。全社会研发经费投入增长10%左右。\n"
    "四、一以贯之转作风，努力建设人民满意的服务型政府\n"
    "城镇调查失业率控制在5%左右。\n"
)


def test_a_heading_whose_words_begin_with_a_numeral():
    assert [s.heading[:2] for s in DocContext(FUJIAN, 2026, "government_work_report").sections] == \
        ["一、", "二、", "三、", "四、"]
    # a list of numerals at a line's start is no heading (广西 2026)
    text = "一、2025年工作回顾\n全区生产总值增长5%。\n一、二、三产业增加值分别增长4.2%、5%、5.4%。\n"
    assert len(DocContext(text, 2026, "government_work_report").sections) == 1


def test_a_sentence_opening_with_the_years_goals_sets_them_whatever_its_section():
    assert [f[:5] for f in facts(doc(FUJIAN, "government_work_report", 2026, "福建省")) if f[0]] == [
        ("gdp", "level", "2025", "actual", 60199.45),
        ("gdp", "growth", "2025", "actual", 5.0),
        ("rd_spending", "avg_growth", "2021-2025", "actual", 10.5),  # 较“十三五”时期: a base, not the span
        ("new_urban_jobs", "level", "2021-2025", "actual", 265.15),
        ("gdp", "growth", "2026", "target", 5.0),
        ("new_urban_jobs", "level", "2026", "target", 50.0),
        ("grain_output", "level", "2026", "target", 513.0),
        ("rd_spending", "growth", "2026", "target", 10.0),
        ("surveyed_unemployment", "level", "2026", "target", 5.0),  # the next section without a cue: still goals
    ]


@pytest.mark.parametrize("region, year, heading, opener", [
    ("唐县", 2020, "三、凝心聚力，奋力开创唐县高质量发展新局面", "经济社会发展主要预期目标是：生产总值增长6.5%。"),
    ("广西壮族自治区", 2026, "三、奋力开好局起好步", "今年是“十五五”开局之年。今年我区经济社会发展主要预期目标是：经济增长5%左右。"),
    ("上海市", 2026, "三、坚定信心勇毅前行", "综合考虑各方面因素，今年经济社会发展主要预期目标为：全市生产总值增长5%左右。"),
    ("定兴县", 2020, "三、砥砺奋进谋新篇", "2020年全县经济社会发展的预期目标是：县域生产总值增长6%。"),
])
def test_goals_of_the_year_after_a_heading_without_a_cue(region, year, heading, opener):
    text = f"一、{year - 1}年工作回顾\n全县生产总值增长6%。\n{heading}\n{opener}\n（一）扩大有效投资。固定资产投资增长5%。\n"
    assert [f[1:4] for f in facts(doc(text, "government_work_report", year, region))][-2:] == \
        [("growth", str(year), "target")] * 2  # the goals, and the tasks after them


@pytest.mark.parametrize("opener", [
    "2025年经济社会发展的主要预期目标是：地区生产总值增长6%。",  # last year's goal, recalled in the review
    "去年，主要预期目标是：地区生产总值增长6%。",
])
def test_a_recalled_goal_opens_no_goals_of_the_reports_year(opener):
    text = f"一、2025年工作回顾\n{opener}\n全省生产总值增长5.5%。\n"
    assert [f[2] for f in facts(doc(text, "government_work_report", 2026, "福建省"))] == ["2025", "2025"]


def test_a_plans_goals_keep_the_plans_span():
    text = ("一、2025年工作回顾\n全省生产总值增长5%。\n二、奋力谱写新篇章\n"
            "“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右。\n")
    assert facts(doc(text, "government_work_report", 2026, "福建省"))[-1][1:4] == ("avg_growth", "2026-2030", "target")


@pytest.mark.parametrize("region, year, sentence", [
    # a plan inside a clause names no span for what follows (蠡县 2022: an award's title)
    ("蠡县", 2022, "荣获了“全国普法工作先进单位”、“十三五”期间中国皮毛突出贡献单位等荣誉称号。"),
    # nor does a plan that is the base of a comparison (福建 2026, 辽宁 2026)
    ("福建省", 2026, "高价值发明专利较“十三五”时期增长148%。"),
    ("辽宁省", 2026, "生产安全事故起数比“十三五”时期下降44.1%。"),
])
def test_a_plan_inside_a_clause_starts_no_span(region, year, sentence):
    text = f"一、{year - 1}年工作回顾\n{sentence}城镇新增就业3801人。社会消费品零售总额达54亿元。\n"
    # (the compared figure itself is of the plan's years since: test_other_governments)
    got = [f[2] for f in facts(doc(text, "government_work_report", year, region))
           if f[0] in ("new_urban_jobs", "retail_sales")]
    assert got == [str(year - 1)] * 2


@pytest.mark.parametrize("region, text", [
    # a paragraph presenting the next plan's draft outline states that plan's goals (广西 2026), whatever verb or
    # lead word brings them in (提出 in 广西 and 湖南 2026, 包括 in 福建 2026)
    ("广西壮族自治区", "根据《关于制定国民经济和社会发展第十五个五年规划的建议》，我们编制了“十五五”规划纲要（草案），"
                      "提交大会审查。《纲要》细化提出25项主要指标，提出地区生产总值年均增长5%左右。"),
    ("湖南省", "我们编制了《湖南省国民经济和社会发展第十五个五年规划纲要（草案）》。提出地区生产总值年均增长5%左右。"),
    ("福建省", "编制了《福建省国民经济和社会发展第十五个五年规划纲要草案》，提交本次大会审查。"
              "《纲要草案》设定了24个主要指标，包括地区生产总值年均增长5%左右。"),
])
def test_a_paragraph_presenting_the_next_plans_outline_states_its_goals(region, text):
    review = "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n全区生产总值年均增长5.5%。\n"
    got = [f[:4] for f in facts(doc(review + text + "\n", "government_work_report", 2026, region)) if f[0]]
    assert got[-1] == ("gdp", "avg_growth", "2026-2030", "target")


@pytest.mark.parametrize("region, sentence", [
    # 每年 between a name and its figure: held every year of a five-year review (湖北, 陕西, 贵州 2026; guide rule 12)
    ("湖北省", "城镇新增就业每年超过90万人。"),
    ("陕西省", "每年城镇新增就业40万人以上。"),
    ("贵州省", "每年城镇新增就业60万人以上。"),
])
def test_a_figure_held_every_year_of_a_review_takes_the_span(region, sentence):
    text = "一、过去五年工作回顾\n五年来，我们千方百计促进就业。" + sentence + "\n"
    assert [f[:4] for f in facts(doc(text, "government_work_report", 2026, region)) if f[0]] == [
        ("new_urban_jobs", "level", "2021-2025", "actual")]


# Reports whose headings are of no shape the sections read (a line with a colon: 站在新起点：2012年工作回顾)
# still open with their review, and the sentence that opens the year's goals sets them (阜平县 2013, and
# the same goals sentence in 徐水县 2015's words, in a text given without its headings).
@pytest.mark.parametrize("text, region, code, year, expected", [
    ("站在新起点：2012年工作回顾\n全县生产总值完成27.6亿元，同比增长7.5%。\n"
     "开启新征程：确保五年稳定脱贫八年全面建成小康强势开局\n"
     "经济社会发展的主要预期目标是：全县生产总值增长10%；全部财政收入增长16.3%，公共财政预算收入增长7.7%；"
     "规模以上工业增加值同比增长15.5%；固定资产投资同比增长24%。\n",
     "阜平县", "130624", 2013,
     {("gdp", "level", "2012", "actual", 27.6), ("gdp", "growth", "2012", "actual", 7.5),
      ("gdp", "growth", "2013", "target", 10.0), ("budget_revenue", "growth", "2013", "target", 7.7),
      ("industrial_value_added", "growth", "2013", "target", 15.5),
      ("fixed_asset_investment", "growth", "2013", "target", 24.0)}),
    ("过去的一年，是夯实基础、增蓄后劲的提升年。全县生产总值预计完成160亿元，同比增长6%。\n"
     "全县经济社会发展的预期目标是：地方生产总值增长9%，规模以上工业增加值增长18%，固定资产投资增长15%。\n",
     "徐水县", "130625", 2015,
     {("gdp", "level", "2014", "actual", 160.0), ("gdp", "growth", "2014", "actual", 6.0),
      ("gdp", "growth", "2015", "target", 9.0), ("industrial_value_added", "growth", "2015", "target", 18.0),
      ("fixed_asset_investment", "growth", "2015", "target", 15.0)}),
])
def test_goals_sentence_sets_the_year_in_a_report_without_headings_we_read(text, region, code, year, expected):
    d = document(text, region=region, region_code=code, level="county", parent_code="130600", year=year)
    rows = {(r["indicator_id"], r["measure"], r["period"], r["kind"], r["value"])
            for r in extract_document(d) if r["indicator_id"] in {e[0] for e in expected}}
    assert rows == expected


# A doubling set as a goal of a five-year plan runs over the plan, whether the base year is written (徐水县 2011: 比2010年
# 翻两番) or not (阜平县 2021: 2025年…实现“两个翻一番”); the year named is the plan's last, not the change's period.
@pytest.mark.parametrize("text, region, year, expected", [
    ("一、“十三五”时期工作回顾\n地区生产总值增长到50.1亿元。\n二、“十四五”时期主要目标任务\n"
     "今后五年经济社会发展主要目标是：经济总量实现新跨越，2025年全县地区生产总值、城乡居民人均可支配收入实现“两个翻一番”"
     "目标，经济总量突破百亿元大关。\n三、2021年重点工作\n地区生产总值增长10%以上。\n", "阜平县", 2021,
     [("gdp", "2021-2025"), ("urban_disposable_income", "2021-2025"), ("rural_disposable_income", "2021-2025")]),
    ("一、“十一五”期间经济社会发展取得重大成就\n地方生产总值98.1亿元。\n二、“十二五”时期经济社会发展的战略任务\n"
     "奋斗目标是：2015年地方生产总值和全部财政收入确保比2010年翻两番，分别达到392亿元、32亿元。\n", "徐水县", 2011,
     [("gdp", "2011-2015"), ("fiscal_total_revenue", "2011-2015")]),
])
def test_a_doubling_goal_of_a_plan_runs_over_the_plan(text, region, year, expected):
    d = document(text, region=region, region_code="130600", level="county", parent_code="130600", year=year)
    got = [(r["indicator_id"], r["period"]) for r in extract_document(d) if r["unit"] == "倍" and r["indicator_id"]]
    assert got == expected

@pytest.mark.parametrize("region, sentence", [
    # a ceiling on a yearly rate among a plan's goals holds in every year of the plan, with or without 控制在
    # (辽宁 2026 writes it bare, 吉林 2026 with 控制在; guide rule 12)
    ("辽宁省", "三是围绕民生福祉，提出8项指标，其中城镇调查失业率5.5%左右。"),
    ("吉林省", "主要目标包括：城镇调查失业率控制在5.5%左右。"),
])
def test_a_ceiling_on_a_yearly_rate_in_a_plan_holds_over_the_span(region, sentence):
    text = "二、“十五五”时期主要目标\n" + sentence + "常住人口城镇化率达到69%。\n"
    assert [f[:4] for f in facts(doc(text, "government_work_report", 2026, region)) if f[0]] == [
        ("surveyed_unemployment", "level", "2026-2030", "target"), ("urbanisation_rate", "level", "2030", "target")]


@pytest.mark.parametrize("region, year, sentence, expected", [
    # a change added up over years (累计下降) in a review of one year is over the plan's years so far (宁夏 2026 in the
    # review of 2025; 上海 2021's sentence, read in the review of 2020); a year's months stay the year's
    ("宁夏回族自治区", 2026, "全区能耗强度累计下降17.3%，获得国家节能考核优秀等次。",
     ("energy_intensity", "growth", "2021-2025", "actual", -17.3)),
    ("上海市", 2021, "单位生产总值能耗累计下降22%以上。", ("energy_intensity", "growth", "2016-2020", "actual", -22.0)),
    ("上海市", 2021, "1-11月规模以上工业增加值累计增长6%。",
     ("industrial_value_added", "growth", "2020M1-M11", "actual", 6.0)),
])
def test_a_change_added_up_in_a_review_of_one_year_is_over_the_plan_so_far(region, year, sentence, expected):
    text = f"一、{year - 1}年工作回顾\n" + sentence + "\n"
    assert facts(doc(text, "government_work_report", year, region))[0][:5] == expected


@pytest.mark.parametrize("region, sentence, expected", [
    # a growth over the plan before (比/较“十三五”时期) compares the plan's years with those before, even in a review of
    # one year (辽宁 2026, 福建 2026)
    ("辽宁省", "生产安全事故起数比“十三五”时期下降44.1%。", ("work_accidents", "growth", "2021-2025", -44.1)),
    ("福建省", "高价值发明专利较“十三五”时期增长148%。", ("", "growth", "2021-2025", 148.0)),
])
def test_a_growth_over_the_plan_before_is_the_plans(region, sentence, expected):
    text = "一、2025年工作回顾\n" + sentence + "\n"
    assert [f[:3] + (f[4],) for f in facts(doc(text, "government_work_report", 2026, region))] == [expected]


@pytest.mark.parametrize("region, sentence, expected", [
    # a step of weight reached is a level too (辽宁 2026); a capacity's step is no output (吉林 2026)
    ("辽宁省", "粮食产量跃上500亿斤台阶。", [("grain_output", "level", "2025", 500.0)]),
    ("吉林省", "粮食综合生产能力迈上1000亿斤新台阶。", []),
])
def test_a_step_of_grain_reached(region, sentence, expected):
    text = "一、过去五年工作回顾\n" + sentence + "\n"
    assert [f[:3] + (f[4],) for f in facts(doc(text, "government_work_report", 2026, region)) if f[0]] == expected


@pytest.mark.parametrize("region, year, text, expected", [
    # the sum put into the things counted in the clause before over the span, after its 累计 (涞源县 2021): the
    # span's too, whatever year another clause of the sentence names
    ("涞源县", 2021, "一、“十三五”时期工作回顾\n五年来，累计引进省市重点项目78项，总投资135亿元，三次产业比由2015年的6：61：33到2020年底的12：27：61。\n",
     ("", "level", "2016-2020", "actual", 135.0)),
    ("江西省", 2026, "一、“十四五”时期工作回顾\n累计实施重大项目1200个，总投资2.1万亿元，到2025年底全部建成。\n",
     ("", "level", "2021-2025", "actual", 2.1)),
    # a clause with its own verb is not the aspect of the one before: the sentence decides (2025年: that year's)
    ("江西省", 2026, "一、“十四五”时期工作回顾\n累计实施重大项目1200个，2025年完成投资2100亿元。\n",
     ("", "level", "2025", "actual", 2100.0)),
])
def test_an_aspect_of_things_counted_over_a_span_is_the_spans(region, year, text, expected):
    assert facts(doc(text, "government_work_report", year, region))[-1][:5] == expected
