"""The grammar of names (data/name_grammar.csv, extract/names/): variants nobody listed land on the vocabulary's
indicator, each rule on real sentences of at least two governments (corpus-2026, corpus-county, seeds);
the row says how its name was found (name_source) and whose figure it is (subject)."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names import load_grammar
from govreport.extract.pipeline import default_vocabulary
from tests.support import document


def rows(text: str, region: str, year: int) -> list[dict]:
    d = document(text, region=region, year=year)
    return extract_document(d)


def named(text: str, region: str, year: int) -> list[tuple]:
    return [(r["indicator"], r["measure"], r["value"], r["bound"]) for r in rows(text, region, year)]


@pytest.mark.parametrize("sentence, region, year, expected", [
    # population words: 常住 (the household survey's resident population) is the same statistic
    ("城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%。", "安徽省", 2026,
     [("城镇居民人均可支配收入", "growth", 4.4, "eq"), ("农村居民人均可支配收入", "growth", 5.9, "eq")]),
    ("城镇和农村常住居民人均可支配收入分别增长4%左右和6%左右。", "贵州省", 2026,
     [("城镇居民人均可支配收入", "growth", 4.0, "about"), ("农村居民人均可支配收入", "growth", 6.0, "about")]),
    # 农牧民: the pastoral provinces' rural population (the issue's example; 内蒙古, 青海 write 农牧民增收)
    ("农牧民人均可支配收入增长7%。", "内蒙古自治区", 2026, [("农村居民人均可支配收入", "growth", 7.0, "eq")]),
    # an elided 居民 between a population and 人均可支配收入 / 人均消费支出 (安国 2022: 城乡 split by 分别)
    ("城乡人均可支配收入分别达到34068元、23756元，分别同比增长8.5%、11.5%。", "安国市", 2022,
     [("城镇居民人均可支配收入", "level", 34068.0, "eq"), ("农村居民人均可支配收入", "level", 23756.0, "eq"),
      ("城镇居民人均可支配收入", "growth", 8.5, "eq"), ("农村居民人均可支配收入", "growth", 11.5, "eq")]),
    ("农村人均消费支出12000元，增长6%。", "某某县", 2022,
     [("农村居民人均消费支出", "level", 12000.0, "eq"), ("农村居民人均消费支出", "growth", 6.0, "eq")]),
    # an elided 城镇 and the suffix 人数 repeating the unit
    ("全年完成新增就业人数3870人。", "定兴县", 2021, [("城镇新增就业", "level", 3870.0, "eq")]),
    ("城镇新增就业人数45万人，城镇调查失业率控制在5.5%左右。", "山西省", 2026,
     [("城镇新增就业", "level", 45.0, "eq"), ("城镇调查失业率", "level", 5.5, "about")]),
    # scope words: 地方 and 县域 (a county's own economy), 全社会
    ("全年预计完成地方生产总值81.6亿元，同比增长12%。", "徐水县", 2010,
     [("地区生产总值", "level", 81.6, "eq"), ("地区生产总值", "growth", 12.0, "eq")]),
    ("地方一般公共预算收入达3507.6亿元、增长1.7%。", "湖南省", 2026,
     [("一般公共预算收入", "level", 3507.6, "eq"), ("一般公共预算收入", "growth", 1.7, "eq")]),
    ("预计县域生产总值完成145.2亿元，增长5.7%。", "定兴县", 2020,
     [("地区生产总值", "level", 145.2, "eq"), ("地区生产总值", "growth", 5.7, "eq")]),
    ("全社会固定资产投资完成42.53亿元。", "徐水县", 2010, [("固定资产投资", "level", 42.53, "eq")]),
    ("全社会消费品零售总额完成10.5亿元。", "阜平县", 2021, [("社会消费品零售总额", "level", 10.5, "eq")]),
    # suffixes 数 / 数量 after a count
    ("科技型中小企业数增长4.9倍。", "安徽省", 2026, [("科技型中小企业", "change", 4.9, "eq")]),
    ("高新技术企业数量达到6家以上。", "阜平县", 2021, [("高新技术企业", "level", 6.0, "ge")]),
    # partitive: a part of the government's own whole
    ("地方财政收入中的一般公共预算收入完成8亿元。", "某某县", 2022, [("一般公共预算收入", "level", 8.0, "eq")]),
])
def test_a_variant_of_a_name_lands_on_the_indicator(sentence, region, year, expected):
    assert named(sentence, region, year) == expected


@pytest.mark.parametrize("sentence, region, year, phrase", [
    # 县域 in a province's report: its counties' sum, a subset
    ("县域生产总值增长6%。", "安徽省", 2026, "县域生产总值"),
    # 全口径 widens the statistic (guide rule 14: 财政总收入 is not 一般公共预算收入)
    ("全口径一般公共预算收入完成12亿元。", "某某县", 2022, "全口径一般公共预算收入"),
    # another government's whole
    ("全省财政收入中的一般公共预算收入完成8亿元。", "某某县", 2022, "全省财政收入中的一般公共预算收入"),
    # an elided 居民 must leave a population: 人均可支配收入 alone says not whose (nor does a group's)
    ("人均可支配收入达到18000元。", "某某县", 2022, "人均可支配收入"),
    ("建档立卡贫困户人均可支配收入达到8000元。", "阜平县", 2017, "建档立卡贫困户人均可支配收入"),
    ("全省财政收入中的一般公共预算收入完成8亿元。", "某某县", 2022, "全省财政收入中的一般公共预算收入"),
])
def test_what_the_grammar_does_not_make_the_indicator(sentence, region, year, phrase):
    [row] = rows(sentence, region, year)
    assert (row["indicator"], row["indicator_id"], row["name_source"]) == (phrase, "", "phrase")


def test_new_job_posts_are_not_new_urban_jobs():
    # 城镇 is elided only where the rest still names the statistic (就业, 失业率): 新增就业岗位 is no jobs figure
    # (guide rule 14); the vocabulary names it as its own, non-headline indicator
    [row] = rows("新增就业岗位3000个。", "定兴县", 2021)
    assert (row["indicator_id"], row["name_source"]) == ("new_job_posts", "vocabulary")


def test_the_grammar_derives_variants_and_a_listed_name_wins():
    vocab = default_vocabulary()
    assert vocab.names["农牧民人均可支配收入"] == "rural_disposable_income"
    assert vocab.names["新增就业人数"] == "new_urban_jobs"
    assert "化率" not in vocab.names and "新增就业" in vocab.derived
    # listed names are not derived (城镇常住居民人均可支配收入 is a synonym in indicators.csv)
    assert not any(n in vocab.derived for n in ("城镇常住居民人均可支配收入", "进出口总值"))
    # derived names stay out of the segmenter's dictionary
    assert "新增就业人数" not in vocab.all_names()
    from govreport.extract.names.grammar import ROLES
    assert set(ROLES) == {r.role for r in load_grammar().rules}  # every role is used, none is misspelt


@pytest.mark.parametrize("sentence, region, year, source", [
    ("城镇新增就业75.7万人。", "安徽省", 2026, "vocabulary"),
    ("全年完成新增就业人数3870人。", "定兴县", 2021, "grammar"),
    ("全年预计完成地方生产总值81.6亿元。", "徐水县", 2010, "grammar"),
    ("新建改造城市主干道路12条。", "定兴县", 2021, "phrase"),
])
def test_name_source_says_how_the_name_was_found(sentence, region, year, source):
    assert {r["name_source"] for r in rows(sentence, region, year)} == {source}


@pytest.mark.parametrize("sentence, region, year, whose", [
    # a sentence that opens with a sub-area is about it (上海 2024; the 新片区, 洛北板块)
    ("临港新片区新一轮市级支持政策出台，规模以上工业总产值、全社会固定资产投资总额分别增长22.5%和10.3%。",
     "上海市", 2024, "临港新片区"),
    ("洛北板块固定资产投资增长12%。", "洛龙区", 2023, "洛北板块"),
    ("全省地区生产总值增长4.5%。", "洛龙区", 2023, "全省"),
])
def test_another_subjects_figure_says_whose_it_is(sentence, region, year, whose):
    out = rows(sentence, region, year)
    assert out and all(r["subject"] == whose and r["indicator_id"] == "" for r in out)


@pytest.mark.parametrize("sentence, region, year, names", [
    # a list after a sub-area (唐县 2020, led by 预计): each vocabulary name is the park's, not the county's
    ("预计园区主营业务、税收收入、实际利用外资分别完成120亿元、4.3亿元、76万美元。", "唐县", 2020,
     ["园区主营业务", "园区税收收入", "园区实际利用外资"]),
    ("园区在全省综合排名第14位，预计主营业务收入突破600亿元，进出口总额1050万美元。", "安国市", 2020,
     ["园区", "主营业务收入", "园区进出口总额"]),
    ("洛北板块固定资产投资增长12%，税收收入增长5%。", "洛龙区", 2023, ["洛北板块固定资产投资", "洛北板块税收收入"]),
])
def test_a_sub_areas_figure_with_a_vocabulary_name_is_named_as_the_places(sentence, region, year, names):
    out = rows(sentence, region, year)
    assert [r["indicator"] for r in out] == names and not any(r["indicator_id"] for r in out)


def test_the_governments_own_figure_has_no_subject():
    [row] = rows("全区地区生产总值增长5.2%。", "洛龙区", 2023)
    assert (row["indicator_id"], row["subject"]) == ("gdp", "")


@pytest.mark.parametrize("sentence, region, year, expected", [
    # 城乡居民人均可支配收入 with one figure: the same figure for both (guide rule 9)
    ("城乡居民人均可支配收入增长8.5%以上。", "定兴县", 2022,
     [("城镇居民人均可支配收入", "growth", 8.5, "ge"), ("农村居民人均可支配收入", "growth", 8.5, "ge")]),
    ("城乡居民人均可支配收入增长7%左右。", "博野县", 2024,
     [("城镇居民人均可支配收入", "growth", 7.0, "about"), ("农村居民人均可支配收入", "growth", 7.0, "about")]),
    # with 分别 and two figures one each; a bound after the last figure is the list's
    ("城乡居民人均可支配收入分别增长10%和12%以上。", "阜平县", 2022,
     [("城镇居民人均可支配收入", "growth", 10.0, "ge"), ("农村居民人均可支配收入", "growth", 12.0, "ge")]),
    ("城乡居民人均可支配收入分别增长3.8%、5.5%。", "安新县", 2024,
     [("城镇居民人均可支配收入", "growth", 3.8, "eq"), ("农村居民人均可支配收入", "growth", 5.5, "eq")]),
    # each figure with its own bound keeps it (上海)
    ("城镇调查失业率、城镇登记失业率分别为4.8%左右和4.3%以内。", "上海市", 2023,
     [("城镇调查失业率", "level", 4.8, "about"), ("城镇登记失业率", "level", 4.3, "le")]),
])
def test_statements_with_several_figures(sentence, region, year, expected):
    assert named(sentence, region, year) == expected


@pytest.mark.parametrize("sentence, region, year", [
    ("完成地方生产总值[1]202亿元，同比增长9%。", "徐水县", 2018),  # 徐水县 2018 (a note numbered [1])
    ("全县地区生产总值〔3〕完成202亿元，同比增长9%。", "阜平县", 2018),  # 阜平县 numbers its notes 〔73〕
])
def test_a_footnote_mark_between_a_name_and_its_figure(sentence, region, year):
    assert named(sentence, region, year) == [("地区生产总值", "level", 202.0, "eq"), ("地区生产总值", "growth", 9.0, "eq")]


def test_an_own_name_with_a_figure_of_none_of_its_measures_is_no_row():
    # 福建 2026: 单位地区生产总值能耗…约为全国平均的70% is a ratio to the country's average
    rows_ = rows("单位地区生产总值能耗约为全国平均的70%。", "福建省", 2026)
    assert all(r["indicator"] != "单位地区生产总值能耗" for r in rows_)


@pytest.mark.parametrize("sentence, region, year, expected", [
    # a milestone of the government's own indicator is a lower bound (定兴县 2022, 青海 2026) ...
    ("一般公共预算收入迈上10亿元大关，增长12.9%。", "定兴县", 2022,
     [("一般公共预算收入", "level", 10.0, "ge"), ("一般公共预算收入", "growth", 12.9, "eq")]),
    ("全省地区生产总值历史性迈上4000亿元台阶。", "青海省", 2026, [("地区生产总值", "level", 4000.0, "ge")]),
    # ... which an exact figure of it in the same sentence replaces (上海 2022)
    ("全市生产总值突破4万亿元大关，达到4.32万亿元，增长8.1%。", "上海市", 2022,
     [("地区生产总值", "level", 4.32, "eq"), ("地区生产总值", "growth", 8.1, "eq")]),
    # someone else's milestone is no row of the indicator (上海 2023: 工业总产值 is outside the headline)
    ("全国地区生产总值迈上120万亿元台阶。", "上海市", 2023, []),
])
def test_milestones(sentence, region, year, expected):
    assert named(sentence, region, year) == expected


@pytest.mark.parametrize("sentence, region, year, value, unit", [
    ("全年粮食面积稳定在104万亩、产量60万吨。", "定兴县", 2021, 60.0, "万吨"),  # 定兴县 2021
    ("稳定全年粮食播种面积超36万亩、产量超3.1亿斤。", "博野县", 2025, 3.1, "亿斤"),  # 博野县 2025
])
def test_an_elliptic_name_borrows_its_topic_past_a_lead_word(sentence, region, year, value, unit):
    grain = [r for r in rows(sentence, region, year) if r["indicator_id"] == "grain_output"]
    assert [(r["value"], r["unit"]) for r in grain] == [(value, unit)]


@pytest.mark.parametrize("sentence, region, year, expected", [
    # 入库: entered in the list the enterprises are counted by (涞源县 2025, 焦作市 and 阿克苏地区 communiqués 2025)
    ("入库国家科技型中小企业55家。", "涞源县", 2025, [("科技型中小企业", "level", 55.0, "eq")]),
    ("备案入库国家科技型中小企业901家。", "焦作市", 2026, [("科技型中小企业", "level", 901.0, "eq")]),
    # the province's tier of a list a county reports as its own (涞源县 2025, 安国市 2020, 定兴县 2020)
    ("认定省级科技型中小企业268家。", "涞源县", 2025, [("科技型中小企业", "level", 268.0, "eq")]),
    ("新增省科技型中小企业63家、高新技术企业13家。", "安国市", 2020,
     [("科技型中小企业", "level", 63.0, "eq"), ("高新技术企业", "level", 13.0, "eq")]),
    ("全年新增规上工业企业5家、省高新技术企业4家。", "定兴县", 2020,
     [("规模以上工业企业", "level", 5.0, "eq"), ("高新技术企业", "level", 4.0, "eq")]),
    # a province's name before its tier word, between a count and the class (蠡县 2020); a tier with no headline class
    # after it stays the phrase (山西 2026)
    ("培育40家河北省科技型中小企业和4家高新技术企业。", "蠡县", 2020,
     [("科技型中小企业", "level", 40.0, "eq"), ("高新技术企业", "level", 4.0, "eq")]),
    ("实施10个以上省科技重大专项。", "山西省", 2026, [("实施省科技重大专项", "level", 10.0, "ge")]),
    # 规模以上 is industry's threshold (徐水县 2010, 陕西 2026); the word order 规上企业工业增加值 (博野县 2021, 2022)
    ("新增规模以上企业11家。", "徐水县", 2010, [("规模以上工业企业", "level", 11.0, "eq")]),
    ("力争新增规模以上企业1000家。", "陕西省", 2026, [("规模以上工业企业", "level", 1000.0, "eq")]),
    ("规上企业工业增加值同比增长5.1%。", "博野县", 2021, [("规模以上工业增加值", "growth", 5.1, "eq")]),
])
def test_names_of_enterprise_counts_and_industry_as_reports_write_them(sentence, region, year, expected):
    assert named(sentence, region, year) == expected


@pytest.mark.parametrize("sentence, region, year, values", [
    # numerals sharing 产业 and its aspect: one industry each (广西, 贵州, 宁夏 2026; 第一、二、三 of communiqués)
    ("一、二、三产业增加值分别增长4.2%、5%、5.4%。", "广西壮族自治区", 2026, (4.2, 5.0, 5.4)),
    ("其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。", "贵州省", 2026, (3.5, 6.0, 5.0)),
    ("一产、二产、三产增加值分别增长6%、5.2%、5.2%。", "宁夏回族自治区", 2026, (6.0, 5.2, 5.2)),
    ("第一、二、三产业增加值分别增长3.5%、6.1%和5.2%。", "博野县", 2021, (3.5, 6.1, 5.2)),
])
def test_a_list_of_industries_by_their_numerals(sentence, region, year, values):
    assert [(r["indicator"], r["value"]) for r in rows(sentence, region, year)] == list(
        zip(("第一产业增加值", "第二产业增加值", "服务业增加值"), values))


def test_another_governments_industries_are_not_listed_as_own():
    assert not any(r["indicator_id"] for r in rows("全国一、二、三产业增加值分别增长4%、5%、6%。", "广西壮族自治区", 2026))


@pytest.mark.parametrize("sentence, region", [
    # the word a name may leave out (城镇 of 城镇新增就业), parted from the rest by a word of the span (累计, 年均), is
    # the name's own: 新疆 2026 writes 城镇累计新增就业 in its five-year review; 年均 the same way
    ("这五年，就业规模持续扩大，城镇累计新增就业239.2万人，农村劳动力外出务工1610万人次。", "新疆维吾尔自治区"),
    ("这五年，就业规模持续扩大，城镇年均新增就业239.2万人。", "宁夏回族自治区"),
])
def test_an_elided_word_parted_from_its_name_by_a_span_word(sentence, region):
    found = [(r["indicator_id"], r["period"], r["value"]) for r in rows("一、过去五年工作回顾\n" + sentence + "\n",
                                                                        region, 2026)]
    assert found[0] == ("new_urban_jobs", "2021-2025", 239.2)


def test_a_place_before_a_span_word_stays_a_subset():
    # only the left-out word itself: 园区累计新增就业 is the park's
    found = rows("一、过去五年工作回顾\n园区累计新增就业2万人。\n", "宁夏回族自治区", 2026)
    assert [r["indicator_id"] for r in found] == [""]


@pytest.mark.parametrize("region, short", [
    # an autonomous government's place is named without its peoples (新疆, 宁夏, 广西 2026 reports; 延边 a prefecture)
    ("新疆维吾尔自治区", "新疆"), ("宁夏回族自治区", "宁夏"), ("广西壮族自治区", "广西"), ("延边朝鲜族自治州", "延边"),
    ("湘西土家族苗族自治州", "湘西"),
])
def test_an_autonomous_governments_place_without_its_peoples_is_its_own(region, short):
    from govreport.extract.names.grammar import own_scope_words

    assert short in own_scope_words(region)
    assert short not in own_scope_words("西藏自治区")


def test_a_scope_word_of_one_government_only():
    # 全疆 is 新疆's own scope word (新疆 2026), in no other government's report
    text = "一、过去五年工作回顾\n城乡融合发展取得新进步，全疆常住人口城镇化率61.61%、提高5.1个百分点。\n"
    assert [(r["indicator_id"], r["measure"], r["value"]) for r in rows(text, "新疆维吾尔自治区", 2026)] == [
        ("urbanisation_rate", "level", 61.61), ("urbanisation_rate", "change", 5.1)]
    assert [r["indicator_id"] for r in rows(text, "宁夏回族自治区", 2026)] == ["", ""]


@pytest.mark.parametrize("region, sentence, expected", [
    # 研发投入占比 of the whole economy is the R&D intensity (北京 2026); of a part, the part's share (吉林 2026)
    ("北京市", "全员劳动生产率达58万元/人左右，全社会研发投入占比6%以上。", [("rd_intensity", 6.0, "ge")]),
    ("吉林省", "全社会研发经费投入年均增长9%以上，其中规上工业企业研发投入占比60%左右。", [("rd_spending", 9.0, "ge")]),
])
def test_an_rd_share_of_the_whole_economy_is_the_intensity(region, sentence, expected):
    found = rows("二、“十五五”时期主要目标\n" + sentence + "\n", region, 2026)
    assert [(r["indicator_id"], r["value"], r["bound"]) for r in found if r["indicator_id"].startswith("rd_")] == expected


@pytest.mark.parametrize("sentence, region, code, level, whose", [
    # a division below the issuing government, named in full at the head of a figure's name (新疆 2026's prefectures;
    # a prefecture city's districts and counties: 保定市 and 满城区, 洛阳市 and 洛龙区)
    ("和田地区矿业权出让实现收益60.37亿元。", "新疆维吾尔自治区", "650000", "province", "和田地区"),
    ("喀什地区生产总值增长6%。", "新疆维吾尔自治区", "650000", "province", "喀什地区"),
    ("满城区新增高新技术企业12家。", "保定市", "130600", "prefecture", "满城区"),
    ("洛龙区固定资产投资增长12%。", "洛阳市", "410300", "prefecture", "洛龙区"),
])
def test_a_division_below_the_government_is_the_figures_subject(sentence, region, code, level, whose):
    out = extract_document(document(sentence, region=region, region_code=code, level=level, year=2026))
    assert out and all(r["subject"] == whose and r["indicator_id"] == "" for r in out)


@pytest.mark.parametrize("sentence, region, code, level, whose", [
    # a division below named without its suffix (张家界市, 长沙市 in 湖南 2026; 沈阳市 in 辽宁 2026; 浦东新区 in 上海's;
    # 涿州市 in 保定市's), a province's region (南疆: 新疆 2026), the port of two cities (浙江 2026)
    ("张家界入境游客增长32.5%。", "湖南省", "430000", "province", "张家界"),
    ("长沙全球研发中心城市新增研发机构800余家。", "湖南省", "430000", "province", "长沙"),
    ("沈阳浑南科技城落户87个项目。", "辽宁省", "210000", "province", "沈阳"),
    ("南疆高校在校生达到23.85万人、增长15.1%。", "新疆维吾尔自治区", "650000", "province", "南疆"),
    ("宁波舟山港集装箱吞吐量增长11.6%。", "浙江省", "330000", "province", "宁波舟山港"),  # the port (names.entities.facility_of_place)
    ("浦东新增各类总部机构超过100家。", "上海市", "310000", "province", "浦东"),
    ("涿州新增高新技术企业12家。", "保定市", "130600", "prefecture", "涿州"),
])
def test_a_place_below_named_without_its_suffix_is_the_figures_subject(sentence, region, code, level, whose):
    out = extract_document(document(sentence, region=region, region_code=code, level=level, year=2026))
    assert out and all(r["subject"] == whose for r in out)


@pytest.mark.parametrize("sentence, region, code, level", [
    ("新建改造城市道路30公里。", "南昌市", "360100", "prefecture"),  # 新建区's short name is a word (place_names.csv)
    ("新乡村振兴示范村建成20个。", "河南省", "410000", "province"),  # 新乡 is no word of 新乡村振兴 (jieba: 新/乡村)
    ("张家界入境游客增长32.5%。", "慈利县", "430821", "county"),  # a county's report: 张家界 is above it, not below
    ("吉林新增高新技术企业120家。", "吉林省", "220000", "province"),  # 吉林市's short name is the province's own
])
def test_no_short_name_subject_where_the_words_are_no_place_below(sentence, region, code, level):
    out = extract_document(document(sentence, region=region, region_code=code, level=level, year=2026))
    assert out and all(r["subject"] == "" for r in out)


@pytest.mark.parametrize("sentence, region, code, level", [
    ("新疆维吾尔自治区生产总值增长6%。", "新疆维吾尔自治区", "650000", "province"),  # the government itself
    ("满城区新增科技型企业12家。", "满城区", "130607", "county"),  # a county: the gazetteer holds nothing below it
])
def test_no_division_subject_for_the_government_itself(sentence, region, code, level):
    out = extract_document(document(sentence, region=region, region_code=code, level=level, year=2026))
    assert out and all(r["subject"] == "" for r in out)


@pytest.mark.parametrize("sentence, region, year, expected", [
    # a bare list item goes on with the verb before it, and so with whoever did it: the government (安国市 2020,
    # 安阳 2025's communiqué) or the one named before (邵阳 2025's communiqué: road and water transport's figures)
    ("完成城市道路新建改造18公里、农村公路建设50公里。", "安国市", 2020,
     [("完成城市道路新建改造", ""), ("完成农村公路建设", "")]),  # (the list's verb is every item's: test_list_names)
    ("失业人员实现再就业23274人，就业困难人员实现就业7199人。", "安阳市", 2025,
     [("失业人员实现再就业", ""), ("就业困难人员实现就业", "")]),
    ("公路水路完成货运量9909万吨，货物周转量69.7亿吨公里，客运量2784.3万人。", "邵阳市", 2025,
     [("公路水路完成货运量", "公路水路"), ("货物周转量", "公路水路"), ("客运量", "公路水路")]),
])
def test_a_bare_item_after_a_verb_is_the_figure_befores(sentence, region, year, expected):
    out = extract_document(document(sentence, region=region, year=year))
    assert [(r["indicator"], r["subject"]) for r in out] == expected


@pytest.mark.parametrize("sentence, region, year, whose", [
    # the sub-area a sentence opens with, its name opening the figure's (徐水区 2024; a county's 高新区 likewise)
    ("经济开发区营业收入完成1018亿元、增长17.8%。", "徐水区", 2024, "经济开发区"),
    ("高新区营业收入完成520亿元、增长9.5%。", "满城区", 2023, "高新区"),
])
def test_the_place_a_sentence_opens_with_is_the_subject_not_the_whole_name(sentence, region, year, whose):
    out = extract_document(document(sentence, region=region, year=year))
    assert out and all(r["subject"] == whose and r["indicator"] == whose + "营业收入" for r in out)


@pytest.mark.parametrize("sentence, region, year, whose", [
    # a communiqué's section heading run into its first sentence (海口 2025) is no one's name; a place after it is
    ("十、科学技术和教育 科学技术 全市累计滚动培育国家级专精特新“小巨人”企业11家，占全省64.7%。", "海口市", 2025, ""),
    ("三、对外开放 临港新片区新增外资企业120家。", "上海市", 2025, "临港新片区"),
])
def test_a_heading_run_into_the_sentence_is_no_subject(sentence, region, year, whose):
    out = extract_document(document(sentence, region=region, year=year))
    assert out and all(r["subject"] == whose for r in out)


@pytest.mark.parametrize("sentence, region, code, level, whose", [
    # a plant's and an exhibition's own figures (entity_words.csv: 电厂, 博览会), before the place's short name
    ("益阳电厂三期建成投产、总装机达386万千瓦。", "湖南省", "430000", "province", "益阳电厂"),
    ("第七届中阿博览会首次实现22个阿拉伯国家全覆盖。", "宁夏回族自治区", "640000", "province", "第七届中阿博览会"),
])
def test_a_plants_or_an_exhibitions_figure_is_its_own(sentence, region, code, level, whose):
    out = extract_document(document(sentence, region=region, region_code=code, level=level, year=2026))
    assert out and all(r["subject"] == whose for r in out)
