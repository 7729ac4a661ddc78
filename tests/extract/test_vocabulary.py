"""vocabulary.py: names and synonyms from data/indicators.csv, the longest name wins, '*' and '{全}' names,
user files on top (--indicators), and clear errors for a bad file. The shipped file: well formed, its headline
rows the annotation guide's, and its other rows naming what local reports and communiqués state (sentences
copied from them) without taking figures from the headline indicators."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from govreport.datafiles import read_rows
from govreport.errors import InputError, UsageError
from govreport.extract import lexicon
from govreport.extract import extract_document
from govreport.extract.evaluate import GOLD_VOCABULARY
from govreport.extract.vocabulary import INDICATORS_CSV, build_vocabulary, load_vocabulary
from tests.support import document, GOLD

HEADER = "id,name,synonyms,direction,headline,units,percent,accumulates,source,note\n"


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


@pytest.mark.parametrize("phrase, ident, start", [
    ("全区地区生产总值", "gdp", 2),
    ("人均GDP", "gdp_per_capita", 0),
    ("城镇居民人均可支配收入", "urban_disposable_income", 0),  # longer than 居民人均可支配收入
    ("规上工业增加值", "industrial_value_added", 0),
    ("新认定高新技术企业", "high_tech_enterprises", 3),
])
def test_phrase_ends_with_a_name(vocab, phrase, ident, start):
    m = vocab.match_end(phrase)
    assert (m.indicator.id, m.start) == (ident, start)


def test_aspect_word_after_the_name(vocab):
    m = vocab.match_end("地区生产总值增速")
    assert (m.indicator.id, m.aspect) == ("gdp", "增速")


@pytest.mark.parametrize("phrase", ["外资企业", "有进出口实绩企业", "生态环境", ""])
def test_phrase_not_ending_with_a_name(vocab, phrase):
    assert vocab.match_end(phrase) is None


def test_a_name_holding_a_headline_name_is_its_own_indicator(vocab):
    assert vocab.match_end("外资研发中心").indicator.id == "foreign_rd_centres"  # not 外资 (实际利用外资)


def test_scoped_names_need_a_scope_word(vocab):
    m = vocab.match_end("全市投资")
    assert (m.indicator.id, m.scoped) == ("fixed_asset_investment", True)
    assert vocab.match_end("有效投资") is None  # 扩大有效投资: anyone's


def test_wildcard_names():
    v = build_vocabulary([{"id": "rd_ratio", "name": "研发经费投入强度", "synonyms": "研发经费支出相当于*生产总值的比例"}])
    assert v.match_end("全社会研发经费支出相当于全市生产总值的比例").indicator.id == "rd_ratio"
    assert v.match_end("研发经费支出相当于生产总值的比例").indicator.id == "rd_ratio"
    # '*' stands for at most four characters
    assert v.match_end("研发经费支出相当于长三角一体化示范区生产总值的比例") is None


def test_a_name_ending_in_the_figure_only_mark():
    v = build_vocabulary([{"id": "gdp", "name": "地区生产总值", "synonyms": "经济!|经济总量"}])
    assert v.match_end("经济").indicator.id == "gdp" and v.match_end("经济").name == "经济"
    assert v.figure_only == frozenset({"经济"})  # 经济总量 is a name like any other
    assert "经济!" not in v.names and v.match_end("经济!") is None
    assert build_vocabulary([{"id": "x", "name": "!", "synonyms": ""}]).figure_only == frozenset()


def test_indicator_columns(vocab):
    gdp = vocab.indicators["gdp"]
    assert (gdp.name, gdp.headline, "元" in gdp.units, gdp.percent, gdp.direction) == ("地区生产总值", True, True, "",
                                                                                       "higher")
    assert vocab.indicators["urbanisation_rate"].is_rate


def test_user_file_adds_and_replaces(tmp_path: Path):
    extra = tmp_path / "mine.csv"
    extra.write_text("# my indicators\n" + HEADER
                     + "schools,新建中小学,新建学校,higher,no,所,,,our office,counted by hand\n"
                     + "gdp,GDP总量,地区生产总值,higher,yes,元,,,our office,renamed\n", encoding="utf-8")
    v = load_vocabulary([extra])
    assert v.match_end("新建学校").indicator.id == "schools"
    assert v.indicators["gdp"].name == "GDP总量"
    d = document("新建中小学5所。地区生产总值增长5.2%。",
                 region="洛龙区", region_code="410311", level="county", parent_code="410300", year=2023)
    got = [(r["indicator"], r["indicator_id"], r["value"]) for r in extract_document(d, v)]
    assert got == [("新建中小学", "schools", 5.0), ("GDP总量", "gdp", 5.2)]


def test_missing_file_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="no such indicator file"):
        load_vocabulary(tmp_path / "nope.csv")


def test_file_without_the_columns_is_a_usage_error(tmp_path: Path):
    bad = tmp_path / "bad.csv"
    bad.write_text("code,label\nx,y\n", encoding="utf-8")
    with pytest.raises(UsageError, match="missing column"):
        load_vocabulary(bad)


# --------------------------------------------------------------------------- the shipped file

SHIPPED = list(read_rows(INDICATORS_CSV))
# Names that could be several indicators, so that no row holds them (the header of indicators.csv says why):
# 财政收入 is 一般公共预算收入 in one report and 财政总收入 in the next; a bare 投资/总投资 is anyone's; 出口/进口
# end product names in lists (锂电池、太阳能电池等“新三样”出口分别增长…); 产值 and 增加值 need their industry.
UNNAMED = ("财政收入", "地方财政收入", "投资", "总投资", "出口", "进口", "产值", "总产值", "增加值", "到位资金",
           "合同金额", "重点项目", "项目")


def _names(row: dict[str, str]) -> list[str]:
    return [n.strip().rstrip("!") for n in [row["name"], *row.get("synonyms", "").split("|")] if n.strip()]


def test_shipped_file_is_well_formed():
    lines = [line for line in INDICATORS_CSV.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    header, *body = list(csv.reader(lines))
    assert [len(cells) for cells in body] == [len(header)] * len(body)  # no stray comma in a note
    ids = [r["id"] for r in SHIPPED]
    assert len(ids) == len(set(ids)) and len(ids) >= 300
    owner: dict[str, str] = {}
    for row in SHIPPED:
        for name in _names(row):
            assert owner.setdefault(name, row["id"]) == row["id"], f"{name} names {owner[name]} and {row['id']}"
    known_units = {spec.normal for spec in lexicon.units().values()}
    for row in SHIPPED:
        assert row["direction"] in ("higher", "lower", "none"), row["id"]
        assert row["headline"] in ("yes", "no") and row["percent"] in ("", "level", "growth"), row["id"]
        assert row["accumulates"] in ("", "yes") and row["source"], row["id"]
        units = [u for u in row["units"].split("|") if u]
        assert set(units) <= known_units, row["id"]
        # a level is either in units or, for a rate or index, a percentage; a ratio (8.1：40.3：51.6) or an
        # intensity (吨标准煤/万元) has no level extract reads, only its changes, and its note says so
        assert units or row["percent"] or row["id"] == "energy_intensity" or "no level extract reads" in row["note"], \
            row["id"]


def test_header_documents_every_column():
    header = [line for line in INDICATORS_CSV.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    columns = next(line for line in INDICATORS_CSV.read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith("#")).split(",")
    for column in columns:
        assert any(line.lstrip("# ").startswith(column) or f", {column}" in line for line in header), column


def test_headline_rows_are_the_guides_table():
    table = GOLD.joinpath("GUIDE.md").read_text(encoding="utf-8").split("## Headline indicators")[1].split("##")[0]
    guide = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[1] and cells[1] not in ("id",) and not cells[1].startswith("-"):
            guide[cells[1]] = (cells[0], [n.strip() for n in cells[2].split(",") if n.strip()])
    headline = {r["id"]: r for r in SHIPPED if r["headline"] == "yes"}
    assert {i: r["name"] for i, r in headline.items()} == {i: name for i, (name, _) in guide.items()}
    assert sorted(r["name"] for r in headline.values()) == sorted(GOLD_VOCABULARY)
    for ident, (_, also) in guide.items():  # every name the guide lists still names its indicator
        assert set(also) <= set(_names(headline[ident])), ident


@pytest.mark.parametrize("name", UNNAMED)
def test_ambiguous_names_name_nothing(vocab, name):
    assert vocab.match_end(name) is None


def test_longest_name_wins_over_a_headline_name_it_ends_with(vocab):
    # a non-headline row whose name ends with a headline one's (or the reverse) keeps its own figures
    headline = {r["id"] for r in SHIPPED if r["headline"] == "yes"}
    for row in SHIPPED:
        for name in _names(row):
            if "*" in name or name.startswith("{"):
                continue
            if name.endswith("?"):  # a name only of an obligation met (能耗?): no figure's name
                assert vocab.match_end(name[:-1]) is None and vocab.goal_only[name[:-1]] == row["id"], name
                continue
            assert vocab.match_end(name).indicator.id == row["id"], name
            if row["id"] not in headline:
                m = vocab.match_end("全市" + name)
                assert m is not None and m.indicator.id == row["id"], name


# the verbs that open a clause before the thing done or earned (完成营造林, 实现旅游总收入, 建成5G基站) and the time
# words before a stock or a flow of the year (年末常住人口, 全年出生人口): the head parser takes them off, so a name
# is listed without them
CLAUSE_LEADS = ("实现", "完成", "累计建成", "建成", "累计完成", "年末", "全年")


def test_no_name_is_another_name_of_its_row_after_a_clause_lead():
    for row in SHIPPED:
        names = set(_names(row))
        for name in names:
            lead = next((v for v in CLAUSE_LEADS if name.startswith(v)), None)
            assert lead is None or name[len(lead):] not in names, (row["id"], name)


@pytest.mark.parametrize("text, region, level, expected", [
    # the verb before the name is no part of it, in provinces, counties and cities alike
    ("智能算力达4800PF，建成5G基站20.6万个。", "湖南省", "province", [("digital_5g_base_stations", 206000.0)]),
    ("包括：完成老旧小区改造600个；治理中心城区交通堵乱点60处。", "重庆市", "province",
     [("old_community_renovation", 600.0)]),
    ("新增停车位1121个，完成老旧小区改造12个，创建绿色社区6个。", "阜平县", "county",
     [("parking_spaces", 1121.0), ("old_community_renovation", 12.0)]),
    ("完成农村危房改造48户，抗震改造17户。", "涞源县", "county", [("dilapidated_housing_renovation", 48.0)]),
    ("接待游客180万人次，实现旅游总收入9亿元。", "涞水县", "county", [("tourists", 180.0), ("tourism_revenue", 9.0)]),
    ("严格落实粮食安全责任制，完成高标准农田建设6.2万亩，推广节水小麦11万亩。", "安国市", "county",
     [("high_standard_farmland", 6.2)]),
    ("完成人工造林21.7万亩、湿地保护修复工程12处。", "安徽省", "province", [("afforestation", 21.7)]),
    ("完成植树造林129万亩，新造和修复红树林8万亩。", "海南省", "province", [("afforestation", 129.0)]),
    ("改建认知障碍照护床位2598张，完成居家环境适老化改造7715户。", "上海市", "province",
     [("ageing_adaptation", 7715.0)]),
    # communiqués 2025: the year's end before a stock, the year before a flow
    ("年末常住人口621.7万人，较上年减少8.3万人。", "邵阳市", "prefecture", [("resident_population", 621.7)]),
    ("年末常住人口1304.77万人，比上年末增长0.5%。", "苏州市", "prefecture", [("resident_population", 1304.77)]),
    ("年末生猪存栏90.96万头，比上年末下降0.9%。", "泉州市", "prefecture", [("hogs_stock", 909600.0)]),
    ("全年出生人口1.00万人，人口出生率为6.42‰。", "鹤壁市", "prefecture", [("births", 1.0), ("birth_rate", 6.42)]),
])
def test_a_clause_lead_before_a_name_is_no_part_of_it(text, region, level, expected):
    got = [(r["indicator_id"], r["value"]) for r in extract_document(_doc(text, region=region, level=level))
           if r["indicator_id"] and r["measure"] == "level"]
    assert got == expected


@pytest.mark.parametrize("text, region, expected", [
    # a verb of result before a name's last word (name_grammar.csv, result_verb): communiqués 2025 and a province
    ("民营经济实现增加值2091.4亿元，增长0.0%。", "邵阳市", [("private_economy_value_added", "level", 2091.4)]),
    ("全年农林牧渔业实现增加值309.3亿元，增长4.4%。", "株洲市", [("agriculture_value_added", "level", 309.3)]),
    ("规模以上工业企业实现利润总额204.6亿元，下降3.7%。", "株洲市", [("industrial_profit", "level", 204.6)]),
    ("全年规模以上工业实现利润总额141.78亿元，比上年增长4.0%。", "益阳市", [("industrial_profit", "level", 141.78)]),
    ("全年规模以上工业企业实现营业收入49399.6亿元，比上年增长2.7%。", "苏州市", [("industrial_revenue", "level", 49399.6)]),
    ("国际交流合作不断拓展，对外承包工程完成营业额居全国第5位。", "湖北省", [("overseas_contracting", "rank", 5.0)]),
])
def test_a_verb_of_result_inside_a_name_is_no_part_of_it(text, region, expected):
    got = [(r["indicator_id"], r["measure"], r["value"]) for r in extract_document(_doc(text, region=region))
           if r["indicator_id"] and r["measure"] != "growth"]
    assert got == expected


# --------------------------------------------------------------------------- real sentences


def _doc(text: str, region: str = "惠州市", level: str = "prefecture", doc_type: str = "government_work_report"
         ) -> dict:
    return document(text,
                    region=region, region_code="441300", level=level, parent_code="440000",
                    doc_type=doc_type, year=2025)


def _rows(text: str, **kw) -> list[tuple]:
    return [(r["indicator_id"], r["measure"], r["value"], r["unit"]) for r in extract_document(_doc(text, **kw))
            if r["indicator_id"]]


@pytest.mark.parametrize("text, region, level, expected", [
    # 洛阳市 communiqué 2025
    ("全年全市财政总收入200.08亿元，比上年增长6.1%。一般公共预算收入120.5亿元，增长5.2%。", "洛阳市", "prefecture",
     [("fiscal_total_revenue", "level", 200.08, "亿元"), ("fiscal_total_revenue", "growth", 6.1, "%"),
      ("budget_revenue", "level", 120.5, "亿元"), ("budget_revenue", "growth", 5.2, "%")]),
    # a 河北 county's report
    ("全部财政收入完成14.59亿元，增长5.6%；一般公共预算收入完成8.2亿元，增长6.1%。", "安国市", "county",
     [("fiscal_total_revenue", "level", 14.59, "亿元"), ("fiscal_total_revenue", "growth", 5.6, "%"),
      ("budget_revenue", "level", 8.2, "亿元"), ("budget_revenue", "growth", 6.1, "%")]),
    # a communiqué: all industry beside the part above the size threshold
    ("全年全部工业增加值668.15亿元，比上年增长6.3%。规模以上工业增加值增长7.1%。", "漯河市", "prefecture",
     [("industry_value_added_all", "level", 668.15, "亿元"), ("industry_value_added_all", "growth", 6.3, "%"),
      ("industrial_value_added", "growth", 7.1, "%")]),
    # 南宁市 communiqué: the technology part of the contracts' value
    ("技术合同成交金额11.72亿元，其中，技术交易额7.15亿元。", "南宁市", "prefecture",
     [("technology_contracts", "level", 11.72, "亿元"), ("technology_transactions", "level", 7.15, "亿元")]),
    ("单位地区生产总值能耗下降3.2%，规模以上工业单位增加值能耗下降5.1%。", "鹤壁市", "prefecture",
     [("energy_intensity", "growth", -3.2, "%"), ("industrial_energy_intensity", "growth", -5.1, "%")]),
    ("合同外资金额85亿美元，实到外资金额40亿美元。", "上海市", "province",
     [("contracted_fdi", "level", 85.0, "亿美元"), ("fdi", "level", 40.0, "亿美元")]),
])
def test_non_headline_rows_keep_figures_out_of_headline_ones(text, region, level, expected):
    assert _rows(text, region=region, level=level) == expected


@pytest.mark.parametrize("text, expected", [
    # 河南 communiqués 2025
    ("第一产业增加值78.11亿元，增长3.5%；第二产业增加值318.6亿元，增长6.8%。",
     [("primary_value_added", "level", 78.11, "亿元"), ("primary_value_added", "growth", 3.5, "%"),
      ("secondary_value_added", "level", 318.6, "亿元"), ("secondary_value_added", "growth", 6.8, "%")]),
    ("分领域看，工业投资增长17.1%，基础设施投资增长6.9％，民间投资增长13.1%。",
     [("industrial_investment", "growth", 17.1, "%"), ("infrastructure_investment", "growth", 6.9, "%"),
      ("private_investment", "growth", 13.1, "%")]),
    ("房地产开发投资下降8.2%，其中住宅投资下降9.1%。",
     [("real_estate_investment", "growth", -8.2, "%"), ("residential_investment", "growth", -9.1, "%")]),
    ("其中，出口总值86亿元，比上年增长43.8%；进口总值12亿元，下降3.1%。",
     [("exports", "level", 86.0, "亿元"), ("exports", "growth", 43.8, "%"), ("imports", "level", 12.0, "亿元"),
      ("imports", "growth", -3.1, "%")]),
    ("限额以上消费品零售总额233.7亿元，增长10.6%。网上零售额增长18.1%。",
     [("above_quota_retail", "level", 233.7, "亿元"), ("above_quota_retail", "growth", 10.6, "%"),
      ("online_retail", "growth", 18.1, "%")]),
    # 安阳市 communiqué; a 云南 county's report
    ("民生支出265.20亿元，占一般公共预算支出的比重76.6%。",
     [("livelihood_expenditure", "level", 265.2, "亿元"), ("livelihood_expenditure_share", "level", 76.6, "%")]),
    # 上海市 2024; 2026 provincial reports
    ("新增减税降费及退税缓费超过1100亿元。", [("tax_fee_cuts_refunds", "level", 1100.0, "亿元")]),
    ("数字经济核心产业增加值增长9%以上，民营经济增加值增长5.4%。",
     [("digital_economy_value_added", "growth", 9.0, "%"), ("private_economy_value_added", "growth", 5.4, "%")]),
    ("招商引资到位资金795.6亿元，实际使用外资2.23亿美元。",
     [("investment_attracted", "level", 795.6, "亿元"), ("fdi", "level", 2.23, "亿美元")]),
])
def test_sentences_of_reports_and_communiques(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 河南 and 广西 communiqués 2025, a 河北 county's report
    ("全年规上工业企业利润总额143.35亿元，比上年增长34.2%。",
     [("industrial_profit", "level", 143.35, "亿元"), ("industrial_profit", "growth", 34.2, "%")]),
    ("全年规模以上工业企业营业收入1215.35亿元，比上年下降20.0%。",
     [("industrial_revenue", "level", 1215.35, "亿元"), ("industrial_revenue", "growth", -20.0, "%")]),
    ("粮食播种面积133.18万亩，比上年增加0.69万亩。粮食总产量65.2万吨。",
     [("grain_area", "level", 133.18, "万亩"), ("grain_area", "change", 0.69, "万亩"),
      ("grain_output", "level", 65.2, "万吨")]),
    ("年末生猪存栏90.96万头，比上年末下降0.9%，全年生猪出栏30.8万头，比上年增长5.4%。",
     [("hogs_stock", "level", 909600.0, "头"), ("hogs_stock", "growth", -0.9, "%"),
      ("hogs_slaughtered", "level", 308000.0, "头"), ("hogs_slaughtered", "growth", 5.4, "%")]),
    # the elliptic 出栏 borrows 生猪 from the item before it (a 河北 county, 2010)
    ("奶牛存栏3.71万头，生猪存栏46万头、出栏61万头。",
     [("dairy_cows_stock", "level", 37100.0, "头"), ("hogs_stock", "level", 460000.0, "头"),
      ("hogs_slaughtered", "level", 610000.0, "头")]),
    ("农林牧渔业总产值798.2亿元、增长4.1%。",
     [("agricultural_output", "level", 798.2, "亿元"), ("agricultural_output", "growth", 4.1, "%")]),
    # 2026 provincial reports
    ("建设高标准农田25万亩，新能源装机达4091万千瓦。",
     [("high_standard_farmland", "level", 25.0, "万亩"), ("new_energy_capacity", "level", 4091.0, "万千瓦")]),
    ("新增国家级专精特新“小巨人”企业12家，高新技术企业2家。",
     [("little_giants", "level", 12.0, "家"), ("high_tech_enterprises", "level", 2.0, "家")]),
])
def test_sentences_on_industry_and_agriculture(text, expected):
    assert _rows(text) == expected


def test_a_tier_before_a_name_does_not_take_the_next_headline_items():
    # a 河北 county's report: 省市 before a name reads as another government's scope, and would take the list's
    # next items with it; so 专精特新 has a row only with its tier written in (省级专精特新中小企业)
    assert _rows("新增省市专精特新企业3家，科技型中小企业38家，高新技术企业2家。", region="安国市", level="county") == [
        ("tech_smes", "level", 38.0, "家"), ("high_tech_enterprises", "level", 2.0, "家")]
    assert _rows("高新技术企业、省级科技小巨人企业、科技型中小企业分别达24家、25家、440家。", region="安国市",
                 level="county") == [("high_tech_enterprises", "level", 24.0, "家"), ("tech_smes", "level", 440.0, "家")]


@pytest.mark.parametrize("text, expected", [
    # communiqués 2025 (河南, 新疆, 福建)
    ("城镇居民人均消费支出25602元，增长3.9%；农村居民人均消费支出19508元、增长5.3%。",
     [("urban_consumption_per_capita", "level", 25602.0, "元"), ("urban_consumption_per_capita", "growth", 3.9, "%"),
      ("rural_consumption_per_capita", "level", 19508.0, "元"), ("rural_consumption_per_capita", "growth", 5.3, "%")]),
    ("全年出生人口2.35万人，出生率为6.39‰；死亡人口3.01万人，死亡率为8.2‰。",
     [("births", "level", 2.35, "万人"), ("birth_rate", "level", 6.39, "‰"), ("deaths", "level", 3.01, "万人"),
      ("death_rate", "level", 8.2, "‰")]),
    ("年末常住人口729万人，户籍人口773.49万人。",
     [("resident_population", "level", 729.0, "万人"), ("registered_population", "level", 773.49, "万人")]),
    ("工业生产者出厂价格下降2.1%，居民消费价格上涨0.2%。",
     [("ppi", "growth", -2.1, "%"), ("cpi", "growth", 0.2, "%")]),
    # 2026 provincial reports, a 云南 county's report
    ("人均预期寿命达79.5岁，基本医保参保率超98%。",
     [("life_expectancy", "level", 79.5, "岁"), ("medical_insured_rate", "level", 98.0, "%")]),
    ("城乡居民养老保险参保率98.3%、基本医疗保险参保率98.9%。",
     [("pension_insured_rate", "level", 98.3, "%"), ("medical_insured_rate", "level", 98.9, "%")]),
    ("新增养老床位5000张、居家环境适老化改造5000户。",
     [("elderly_care_beds", "level", 5000.0, "张"), ("ageing_adaptation", "level", 5000.0, "户")]),
    ("开展职业技能培训40万人次，农村劳动力转移就业240万人。",
     [("skills_training", "level", 40.0, "万人次"), ("rural_labour_transfer", "level", 240.0, "万人")]),
])
def test_sentences_on_people(text, expected):
    assert _rows(text) == expected


def test_posts_offered_are_not_new_urban_jobs():
    # guide rule 14: 新增就业岗位 is no 城镇新增就业
    assert _rows("城镇新增就业1.1万人，新增就业岗位1.2万个。") == [
        ("new_urban_jobs", "level", 1.1, "万人"), ("new_job_posts", "level", 12000.0, "个")]


@pytest.mark.parametrize("text, expected", [
    # a 河北 county's report 2020, 2026 provincial reports, communiqués 2025
    ("PM2.5平均浓度63微克/立方米，同比下降7.3%；优良天数213天，同比增加34天。",
     [("pm25", "level", 63.0, "微克/立方米"), ("pm25", "growth", -7.3, "%"), ("good_air_days", "level", 213.0, "天"),
      ("good_air_days", "change", 34.0, "天")]),
    ("空气质量优良天数比例达到89.7%，森林覆盖率提高到42.5%。",
     [("good_air_days_ratio", "level", 89.7, "%"), ("forest_coverage", "level", 42.5, "%")]),
    ("地表水国考断面水质优良比例98.5%，农村生活污水治理率达93%。",
     [("surface_water_good_ratio", "level", 98.5, "%"), ("rural_sewage_rate", "level", 93.0, "%")]),
    ("完成营造林310万亩，全年获得专利授权1199件。",
     [("afforestation", "level", 310.0, "万亩"), ("patents_granted", "level", 1199.0, "件")]),
    ("每万人口高价值发明专利拥有量提高到50.2件，新增全国重点实验室12家，5G基站达到9.5万座。",
     [("high_value_patents_per_10k", "level", 50.2, "件"), ("national_key_labs", "level", 12.0, "家"),
      ("digital_5g_base_stations", "level", 95000.0, "座")]),
])
def test_sentences_on_environment_and_science(text, expected):
    assert _rows(text) == expected


def test_carbon_intensity_is_not_energy_intensity():
    assert _rows("单位地区生产总值能耗下降3%，单位地区生产总值二氧化碳排放下降3.8%。") == [
        ("energy_intensity", "growth", -3.0, "%"), ("carbon_intensity", "growth", -3.8, "%")]


@pytest.mark.parametrize("text, expected", [
    # communiqués 2025 (河南, 广西, 福建), 2026 provincial reports, a 河北 county's report
    ("年末金融机构本外币各项存款余额2760.58亿元，比年初增加285.54亿元，增长11.5%。",
     [("deposits", "level", 2760.58, "亿元"), ("deposits", "change", 285.54, "亿元"), ("deposits", "growth", 11.5, "%")]),
    ("全年接待游客4285.41万人次，比上年增长18.5%，实现旅游总收入25亿元。",
     [("tourists", "level", 4285.41, "万人次"), ("tourists", "growth", 18.5, "%"),
      ("tourism_revenue", "level", 25.0, "亿元")]),
    ("商品房销售面积下降6.9%，商品房销售额12.25亿元，下降45.1%。",
     [("housing_sales_area", "growth", -6.9, "%"), ("housing_sales_value", "level", 12.25, "亿元"),
      ("housing_sales_value", "growth", -45.1, "%")]),
    ("新开工改造城镇老旧小区25个，全年港口货物吞吐量10543万吨，下降7.1%。",
     [("old_community_renovation", "level", 25.0, "个"), ("port_cargo", "level", 10543.0, "万吨"),
      ("port_cargo", "growth", -7.1, "%")]),
    ("高速公路通车里程达到8000公里，新改建农村公路1200公里。",
     [("expressway_length", "level", 8000.0, "公里"), ("rural_roads_built", "level", 1200.0, "公里")]),
    # an airport's figure is the airport's, not the government's
    ("江北国际机场年旅客吞吐量首次突破5000万人次。", []),
])
def test_sentences_on_housing_transport_finance_and_tourism(text, expected):
    assert _rows(text) == expected


def test_qualitative_goals_only_for_headline_indicators():
    # guide rule 5: a goal without a figure is a row when it names a headline indicator; the other rows of
    # the vocabulary name figures only (2026 provincial reports)
    text = "二、2026年工作安排\n合理提高最低工资标准，推动PM2.5浓度持续下降，居民收入增长和经济增长同步。\n"
    d = {**_doc(text), "year": 2026}
    assert [(r["indicator_id"], r["value"]) for r in extract_document(d)] == [("disposable_income", None)]


def test_no_name_ends_in_a_predicate_the_head_parser_takes_off():
    # a name ending in a predicate (财政总收入完成, 老旧小区改造提升) is protected from stripping, and every
    # head ending in that predicate's last character (…完成, …提升) then takes the parser's slow path; the
    # predicate is taken off the head anyway, so such a name adds nothing. Shares (…占比, 占…比重) and rates
    # ending in an aspect word (人口自然增长率, 居民消费价格涨幅) need the protection.
    from govreport.extract.pipeline import own_scope_words
    from govreport.extract.structures import HeadParser

    parser = HeadParser(load_vocabulary(), own_scope_words(None))
    assert parser.protected_last <= set("例值均幅平数模比率速重量额度")  # (度: 增长速度, 增速 written out)
