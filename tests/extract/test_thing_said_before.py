"""A name that says only what is done (支持项目, 带动消费, 实施项目) when the thing is said in the clause before (issue 13,
point 6: an aspect word without its thing): the fund of the money spent just before (name_grammar.csv means_verb,
fund), or the programme in quotes the clause before carries out (programme_thing). Real sentences of provinces and
counties, and small written cases; the names stay as written when the clause before names no one fund or programme."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.grammar import load_grammar
from govreport.extract.names.phrases import fund_of_means
from tests.support import document


def names(text: str, region: str, year: int, level: str) -> dict[float, str]:
    d = document(text, region=region, year=year, level=level, doc_type="government_work_report")
    return {r["value"]: r["indicator"] for r in extract_document(d)}


def test_the_words_are_the_grammars():
    g = load_grammar()
    assert {"支持", "带动", "惠及", "覆盖"} <= set(g.words("means_verb"))
    assert {"资金", "补贴", "贷款"} <= set(g.words("fund"))
    assert {"项目", "企业"} <= set(g.words("programme_thing"))


@pytest.mark.parametrize("money, fund", [
    ("新争取国家政策性资金", "国家政策性资金"),  # the verb (争取) and what leads it (新) go
    ("发放以旧换新补贴", "以旧换新补贴"),
    ("促进金融机构发放科技型企业知识价值信用贷款", "科技型企业知识价值信用贷款"),  # after the last verb
    ("落实资金", ""),  # a fund word alone names no fund
    ("超长期特别国债、专项债、中央预算内等资金", ""),  # a list
    ("实施项目投入资金", ""),  # the money named by its purpose: 资金 alone after the verb
    ("以旧换新销售额", ""),  # no fund
])
def test_the_fund_of_a_sum(money, fund):
    g = load_grammar()
    from govreport.extract.pipeline import _means_cuts
    assert fund_of_means(money, g.words("fund"), _means_cuts()) == fund


@pytest.mark.parametrize("region, year, level, text, value, name", [
    # 山东 2026
    ("山东省", 2026, "province", "项目投资支撑有力。新争取国家政策性资金4700多亿元，支持项目4200余个。",
     4200.0, "国家政策性资金支持项目"),
    # 湖南 2026: the item after 、 keeps its own verb (带动), never the list's (发放)
    ("湖南省", 2026, "province", "大力实施提振消费专项行动，发放以旧换新补贴121.9亿元、带动销售金额905亿元。",
     905.0, "以旧换新补贴带动销售金额"),
    # 新疆 2026
    ("新疆维吾尔自治区", 2026, "province", "消费潜力持续释放，落实消费品以旧换新补贴资金34.38亿元、带动消费261.6亿元。",
     261.6, "消费品以旧换新补贴资金带动消费"),
    # 唐县 2020: 实施 only with 项目 alone after it
    ("保定市唐县", 2020, "county", "金融扶贫持续发力，新发放扶贫贷款1.61亿元，覆盖贫困户2957户。", 2957.0, "扶贫贷款覆盖贫困户"),
    ("保定市唐县", 2020, "county", "争取北京朝阳区帮扶资金4800多万元，实施项目26个。", 26.0, "北京朝阳区帮扶资金实施项目"),
    # 容城县 2020
    ("保定市容城县", 2020, "county", "发放价格临时补贴48万余元，惠及困难群众、优抚对象4000余人。", 4000.0,
     "价格临时补贴惠及困难群众、优抚对象"),
    # 湖北 2026
    ("湖北省", 2026, "province", "促进金融机构发放科技型企业知识价值信用贷款1110亿元、惠及企业2.2万户。", 2.2,
     "科技型企业知识价值信用贷款惠及企业"),
    # written
    ("某县", 2022, "county", "全年发放创业担保贷款3000万元，扶持创业500人。", 500.0, "创业担保贷款扶持创业"),
])
def test_a_name_of_what_money_reached_takes_the_fund(region, year, level, text, value, name):
    assert names(text, region, year, level)[value] == name


@pytest.mark.parametrize("region, year, level, text, value, name", [
    # 海南 2026, 苏州 2025 (statistical communiqué): a count of the vocabulary, named by its name
    ("海南省", 2026, "province", "开工改造城镇老旧小区2187个，惠及居民约21万户。", 21.0, "老旧小区改造惠及居民"),
    ("苏州市", 2025, "city", "完成老旧小区改造117个、惠及居民3.68万余户。", 3.68, "老旧小区改造惠及居民"),
    # 湖北 2026: a free-phrase count, its verb left out
    ("湖北省", 2026, "province", "新增返乡创业市场经营主体13.9万户、带动就地就业36.8万人。", 36.8,
     "返乡创业市场经营主体带动就地就业"),
    # 涞水县 2020: the stage the things reached left out
    ("保定市涞水县", 2020, "county", "8个山桃核加工扶贫车间建成投产，带动贫困人口就业84人。", 84.0,
     "山桃核加工扶贫车间带动贫困人口就业"),
])
def test_a_name_of_what_things_counted_reached_takes_their_thing(region, year, level, text, value, name):
    assert names(text, region, year, level)[value] == name


@pytest.mark.parametrize("region, year, level, text, value, name", [
    # 山东 2026: 资金 alone names no fund (the name stays: better than a wrong thing)
    ("山东省", 2026, "province", "推进以旧换新扩围提质，落实资金280多亿元，带动商品销售2000多亿元。", 2000.0, "带动商品销售"),
    # 唐县 2020: 实施 with a thing of its own, or after money with no fund
    ("保定市唐县", 2020, "county", "全年投入资金2.1亿元，实施项目663个，覆盖338个村。", 663.0, "实施项目"),
    ("保定市涞源县", 2021, "county", "整合衔接资金3.91亿元，实施产业类项目47个。", 47.0, "实施产业类项目"),
    # 福建 2026: the money before is no fund
    ("福建省", 2026, "province", "加力扩围以旧换新，带动消费791亿元，惠及消费者750多万人次。", 750.0, "惠及消费者"),
    # written: a clause between
    ("某县", 2022, "county", "发放创业担保贷款3000万元，新增就业岗位800个，扶持创业500人。", 500.0, "扶持创业"),
    # 蠡县 2020: 资助 follows money only (the schools fund no one)
    ("保定市蠡县", 2020, "county", "新改扩建义务教育学校5所，资助帮扶困难学生2443人次。", 2443.0, "资助帮扶困难学生"),
    # 浙江 2026: a growth after a drive is the whole's
    ("浙江省", 2026, "province", "全年共招引落地亿元以上重大产业项目3150个，带动面上产业投资增长6.5%。", 6.5, "带动面上产业投资"),
    # 阿克苏 2025 (communiqué): another item between; 福建 2026: a count inside the name (the places reached)
    ("阿克苏市", 2025, "city", "新开工改造城镇老旧小区15个、42栋楼，惠及群众1392户。", 1392.0, "惠及群众"),
    ("福建省", 2026, "province", "新开通28个高速服务区出入口，累计惠及80个乡镇近300万群众。", 80.0, "惠及乡镇近300万群众"),
    # 唐县 2020: what the count before counts is no thing (项目 alone)
    ("保定市唐县", 2020, "county", "全年投入资金2.1亿元，实施项目663个，覆盖338个村。", 338.0, "覆盖村"),
])
def test_no_fund_just_before_leaves_the_name(region, year, level, text, value, name):
    assert names(text, region, year, level)[value] == name


@pytest.mark.parametrize("region, year, level, text, value, name", [
    # 安新县 2024: the sum after the count is of the same projects
    ("保定市安新县", 2024, "county", "突出抓好“两建设、三改造”，实施项目109个、总投资51.9亿元。", 109.0, "“两建设、三改造”实施项目"),
    # 山东 2026: the words before the quotes, after the clause's verb, are the programme's
    ("山东省", 2026, "province", "开展人工智能“双百工程”，培育100家以上特色企业。", 100.0, "人工智能“双百工程”培育特色企业"),
    # 满城区 2023: a programme word after the quotes
    ("保定市满城区", 2023, "county", "深入实施“领跑者”计划，全年培育领军企业10家以上。", 10.0, "“领跑者”计划培育领军企业"),
    # 北京 2026: a list's next item keeps the programme and its own verb (never 创建“百千工程”创建示范片区)
    ("北京市", 2026, "province", "压茬推进“百千工程”，累计创建42个示范村、22个示范片区。", 22.0, "“百千工程”创建示范片区"),
    ("北京市", 2026, "province", "压茬推进“百千工程”，累计创建42个示范村、22个示范片区。", 42.0, "“百千工程”创建示范村"),
    # 尉氏县 2021 (seed 004, written shorter): 、 inside the quotes is the programme's name
    ("尉氏县", 2021, "county", "推进“百村示范、千村整治”工程,计划创建15个示范村。", 15.0, "“百村示范、千村整治”工程创建示范村"),
    # 洛阳 2021 (seed 003): a description before the quotes, up to 的, left out
    ("洛阳市", 2021, "city", "实施新一轮更大范围的“三大改造”,全年实施项目300个。", 300.0, "“三大改造”实施项目"),
])
def test_a_class_of_things_after_a_programme_is_the_programmes(region, year, level, text, value, name):
    assert names(text, region, year, level)[value] == name


@pytest.mark.parametrize("region, year, level, text, value, name", [
    # 涞源县 2020: two things (企业入统 and “小升规”), no one programme
    ("保定市涞源县", 2020, "county", "促进企业入统和“小升规”，新增入统企业9家。", 9.0, "新增入统企业"),
    # 安国市 2020: no verb of doing in the name (入园企业)
    ("保定市安国市", 2020, "county", "扎实推进“名企名院进安国”战略，入园企业达132家。", 132.0, "入园企业"),
    # 安国市 2020: a thing of its own, not a class (风景大道)
    ("保定市安国市", 2020, "county", "统筹推进城市“绿化、美化、净化、亮化”四大工程，打造2条风景大道。", 2.0, "打造风景大道"),
    # written: the clause before holds a figure
    ("某县", 2022, "county", "完成“三大改造”投资5亿元，实施项目30个。", 30.0, "实施项目"),
])
def test_no_programme_just_before_leaves_the_name(region, year, level, text, value, name):
    assert names(text, region, year, level)[value] == name
