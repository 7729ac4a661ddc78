"""Whose figure a row is (`subject`, issue 13, point 6): a named project's investment keeps the project's whole name
(a voltage is a class of the name, no figure), a park named inside a phrase or in a clause before is the figure's, and
words that are no company, project, park or place (a campaign, a class of the government's projects, a verb, a paper,
a fragment) are no subject. Real sentences of the 保定 county reports (corpus-county), the 2026 provincial reports
(corpus-2026), the communiqués (corpus-communiques) and seeds, plus sentences written for the rules."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.entities import not_whose


def rows(region: str, year: int, text: str, level: str = "county") -> list[dict]:
    d = dict(doc_id="x", source="x", region=region, region_code="", level=level, parent_code="",
             doc_type="government_work_report", year=year, date=None, title="", text=f"一、{year - 1}年工作回顾\n{text}\n")
    return extract_document(d)


def named(region: str, year: int, text: str, level: str = "county") -> dict[str, str]:
    return {r["indicator"]: r["subject"] for r in rows(region, year, text, level) if not r["indicator_id"]}


@pytest.mark.parametrize("region, year, text, name, whose", [
    # a voltage names the class of a grid project: the project is named whole (蠡县 2020: a list of three sharing the
    # head after the last one, named by it; 容城 2012, 徐水 2010; a written case after the brief's 邸北110千伏变电站)
    ("蠡县", 2020, "二是完善配套服务。完成投资5.4亿元的长青热电联产项目；推进投资2.6亿元的蠡县东220千伏、握扭庄（玉田）110千伏"
                   "及东口110千伏输变电工程。", "输变电工程投资", "蠡县东220千伏、握扭庄（玉田）110千伏及东口110千伏输变电工程"),
    ("容城县", 2012, "①启动投资3500万元的胡村110千伏变电站建设；②完成投资3000万元的县城水厂建设。",
     "胡村110千伏变电站建设投资", "胡村110千伏变电站建设"),
    ("徐水县", 2010, "电力工程1项：投资2595万元的黑山110千伏输变电站建设。", "黑山110千伏输变电站建设投资", "黑山110千伏输变电站建设"),
    ("定州市", 2023, "投资3500万元的邸北110千伏变电站建成投运。", "邸北110千伏变电站投资", "邸北110千伏变电站"),
])
def test_a_grid_projects_investment_names_it_whole(region, year, text, name, whose):
    assert named(region, year, text)[name] == whose


@pytest.mark.parametrize("region, year, text, level, expected", [
    # no row in 千伏 (蠡县 2022), and a voltage inside what is counted or measured stays in its name (徐水 2011, 内蒙古 2026)
    ("蠡县", 2022, "固其基，推进蠡县东220千伏、握纽庄110千伏输变电工程及10kV配网储备项目。", "county", []),
    ("徐水县", 2011, "累计投资1.5亿元建成110千伏变电站4座、35千伏变电站3座。", "county",
     [("建成110千伏变电站", 4.0), ("35千伏变电站", 3.0)]),
    ("内蒙古自治区", 2026, "220千伏及以上输电线路总长超7万公里。", "province", [("220千伏及以上输电线路总长", 70000.0)]),
])
def test_a_voltage_is_no_figure(region, year, text, level, expected):
    assert [(r["indicator"], r["value"]) for r in rows(region, year, text, level)] == expected


@pytest.mark.parametrize("region, year, text, level, name", [
    # a class of the government's projects, its campaigns (涞源 2020 is named after the class: below), seed 000, seed 003
    ("博野县", 2021, "基础设施更加完善，实施了总投资1.6亿元的“新三个一”工程，新兴华小学主体完工。", "county", "“新三个一”工程总投资"),
    ("蠡县", 2020, "投资678万元的“四好农村路” [5]全面完工。", "county", "“四好农村路”投资"),
    ("济源市", 2022, "抓牢已谋划的66个、总投资809亿元、年度计划投资不低于300亿元的省市重点项目。", "prefecture", "省市重点项目总投资"),
    ("西藏自治区", 2026, "确保招商引资项目完成固定资产投资220亿元。", "province", "招商引资项目完成固定资产投资"),
    # a verb (青海 2026), a paper (鹤壁 2025), a partner (南宁 2025)
    ("青海省", 2026, "成为全国地表水国考断面水质优良率连续五年保持100%的唯一省份。", "province", "成为全国地表水国考断面水质优良率"),
    ("鹤壁市", 2025, "全年新批外商投资企业5家，比上年下降55.0%；合同利用外商直接投资1595万美元。", "prefecture", "合同利用外商直接投资"),
    ("南宁市", 2025, "对东盟国家进出口额320.66亿元，比上年增长15.4%。", "prefecture", "对东盟国家进出口额"),
    # the government's work for a place opening the sentence is no one's name (a written case after 保定's counties)
    ("容城县", 2019, "全力支持服务雄安新区，新增就业岗位1200个。", "county", "新增就业岗位"),
])
def test_no_ones_name_is_no_subject(region, year, text, level, name):
    assert named(region, year, text, level)[name] == ""


def test_two_projects_run_together_are_no_subject():
    # 容城县 2012: 2.85亿元 is 凯隆亿盛's, 2.54亿元 华悦鞋服项目's; no subject runs the two together
    out = rows("容城县", 2012, "力促续建项目提前竣工，完成投资2.85亿元的凯隆亿盛和投资2.54亿元的华悦鞋服项目建设，加快投资6亿元的"
                               "鹏大军需材料综合加工、投资3亿元的奥威仓储物流等项目建设进度。")
    assert out and not any("的" in r["subject"] or "元" in r["subject"] for r in out)
    assert {r["value"]: r["subject"] for r in out}[2.54] == "华悦鞋服项目"


@pytest.mark.parametrize("whose, none", [
    ("省重点项目", True), ("重大项目", True), ("前六期“三个一批”项目", True), ("华中温泉度假区的", True), ("县(市", True),
    # a project, a park, a county's one zone, a quoted name without a campaign's numeral stay
    ("长青热电联产项目", False), ("大王店产业园区", False), ("开发区", False), ("北京新农创肉羊产业提升项目", False),
    ("卫生监督所办公楼和“红十字博爱卫生站”建设", False), ("“晋华炉”煤气化系列产品", False),
])
def test_not_whose(whose, none):
    assert not_whose(whose) is none


def test_a_named_project_after_its_class():
    # 涞源县 2020: the sum is 华中温泉度假区's, a provincial key project, and so is the year's investment after it
    out = named("涞源县", 2020, "发展商务经济，总投资46.58亿元的省重点项目华中温泉度假区，2019年完成投资6亿元，累计完成投资26.8亿元。")
    assert out["华中温泉度假区总投资"] == "华中温泉度假区"


@pytest.mark.parametrize("region, year, text, value, whose", [
    # a park named inside the phrase whose longest name is no one's: its projects counted (阜平 2020), a class (涞水 2020:
    # 新能源 makes the project a class); not inside a longer word nor across a list of parks (曲阳 2020)
    ("阜平县", 2020, "装配式建筑产业园3个入园项目上半年实现投产。", 3.0, "装配式建筑产业园"),
    ("涞水县", 2020, "北京公交智造产业园新能源汽车零部件生产基地项目开工11万平方米，完工2万平方米。",
     11.0, "北京公交智造产业园"),
    ("曲阳县", 2020, "循环经济产业园区、骊山工业园区、羊平雕刻小镇完成土地储备2839亩。", 2839.0, ""),
])
def test_a_park_named_inside_the_phrase(region, year, text, value, whose):
    assert {r["value"]: r["subject"] for r in rows(region, year, text)}[value] == whose


@pytest.mark.parametrize("region, year, text, value, whose", [
    # 入驻: firms or projects moving into the park a clause or sentence before opens with (阜平 2013, 涞水 2020); not a
    # park the government works on (优化园区管理, 下大力抓好…开发区的推介: 徐水 2011, 2019)
    ("阜平县", 2013, "现代工业，炭灰铺煤矿实现与冀中能源整合重组；现代工业园区升级为市级产业园区，入驻项目20个；煤炭物流园正式运营。",
     20.0, "现代工业园区"),
    ("涞水县", 2020, "北京公交智造产业园新能源汽车零部件生产基地项目开工11万平方米，完工2万平方米。"
                     "吉克传动、方盛车桥等32家优质汽车零部件制造企业签约入驻园区。", 32.0, "北京公交智造产业园"),
    ("徐水县", 2011, "二是建立健全园区管理运行机制。优化园区管理，落实园区优惠政策，吸引优势产业入园，年内新上投资亿元以上项目不少于5个。",
     5.0, ""),
    ("徐水区", 2019, "下大力抓好徐水经济开发区的推介与宣传，积极推进开发区路网建设。加快城区中小企业园建设，年内力争10家以上企业入驻。",
     10.0, ""),
])
def test_a_park_said_before(region, year, text, value, whose):
    assert {r["value"]: r["subject"] for r in rows(region, year, text)}[value] == whose


def doc_rows(region: str, year: int, body: str) -> list[dict]:
    d = dict(doc_id="x", source="x", region=region, region_code="", level="county", parent_code="",
             doc_type="government_work_report", year=year, date=None, title="", text=f"一、{year - 1}年工作回顾\n{body}")
    return extract_document(d)


@pytest.mark.parametrize("region, year, body, expected", [
    # rows of a table of projects (附件 重点项目表, as a page's cells between ` | `) and of a numbered list of projects
    # (十大工程进展情况): written cases, no open page holds one
    ("安国市", 2022, "全年地区生产总值增长5%。\n附件：2022年重点项目表\n序号 | 项目名称 | 建设内容\n"
                     "1 | 数字中药都建设项目 | 土地收储350亩，建筑面积18万平方米\n2 | 祁州药市提升改造工程 | 总投资5亿元\n",
     {350.0: ("数字中药都建设项目土地收储", "数字中药都建设项目"), 18.0: ("数字中药都建设项目建筑面积", "数字中药都建设项目"),
      5.0: ("祁州药市提升改造工程总投资", "祁州药市提升改造工程")}),
    ("曲阳县", 2022, "十大工程进展情况\n1.定州至曲阳高速公路工程：完成投资3.2亿元，建成桥梁5座。\n"
                     "2.民生工程：新建学校3所。\n",
     {3.2: ("定州至曲阳高速公路工程完成投资", "定州至曲阳高速公路工程"), 5.0: ("定州至曲阳高速公路工程建成桥梁", "定州至曲阳高速公路工程"),
      3.0: ("新建学校", "")}),  # (民生工程: a class of the government's works, no project)
])
def test_a_row_of_a_table_of_projects(region, year, body, expected):
    out = {r["value"]: (r["indicator"], r["subject"]) for r in doc_rows(region, year, body) if not r["indicator_id"]}
    assert {v: out.get(v) for v in expected} == expected


@pytest.mark.parametrize("region, year, text, value, name, whose", [
    # a park's count in 家 of things done, with no noun, counts its firms (曲阳县 2020; a written case after the brief's
    # 骊山工业园区…完成签约立项5家); not without a park (a county's 新增规上企业…: below), nor with a noun (115家企业签约入驻)
    ("曲阳县", 2020, "现代雕塑产业园115家企业签约入驻，32家建成投产。", 32.0, "建成投产企业", "现代雕塑产业园"),
    ("曲阳县", 2020, "现代雕塑产业园115家企业签约入驻，32家建成投产。", 115.0, "现代雕塑产业园企业签约入驻", "现代雕塑产业园"),
    ("曲阳县", 2022, "骊山工业园区完成主干道路建设，完成签约立项5家。", 5.0, "完成签约立项企业", "骊山工业园区"),
])
def test_a_parks_firms_counted_without_their_noun(region, year, text, value, name, whose):
    out = {r["value"]: (r["indicator"], r["subject"]) for r in rows(region, year, text)}
    assert out[value] == (name, whose)


@pytest.mark.parametrize("text, name, whose", [
    # a sum spent on a named substation, the verb first: named whole (was 建成邸北 投资, cut at the voltage) and the
    # substation's (entity_words.csv 变电站); an unnamed one stays the government's; a voltage before a count of the
    # clause's own names no thing (written cases after the brief's 邸北110千伏变电站)
    ("投资3500万元建成邸北110千伏变电站。", "建成邸北110千伏变电站投资", "邸北110千伏变电站"),
    ("投资3500万元建成110千伏变电站。", "建成110千伏变电站投资", ""),
])
def test_a_sum_spent_on_a_named_substation(text, name, whose):
    assert named("定州市", 2023, text)[name] == whose


def test_a_sum_before_a_voltage_and_a_count_names_no_first_item():
    # 容城县 2012: 1573万元 is the whole item's (lines, transformers, substations): no row named by its first words
    out = rows("容城县", 2012, "⑨投资1573万元，新改建10千伏线路50公里、配变98台，改造35千伏变电站3座。")
    assert [r["value"] for r in out] == [50.0, 98.0, 3.0]


@pytest.mark.parametrize("region, year, level, text, name, whose", [
    # a work named after its road, river or bridge is one project (定兴县 2020; a written case after the brief's
    # 恒山路强弱电入地工程); a class of works (水利工程) and 河 of a province's name (焦作 2025's communiqué) are none
    ("定兴县", 2020, "county", "南拒马河防洪工程6个标段顺利开工。", "南拒马河防洪工程标段顺利开工", "南拒马河防洪工程"),
    ("曲阳县", 2022, "county", "恒山路强弱电入地工程完成投资2000万元。", "恒山路强弱电入地工程完成投资", "恒山路强弱电入地工程"),
    ("曲阳县", 2022, "county", "水利工程完成投资2亿元。", "水利工程完成投资", ""),
    ("焦作市", 2025, "prefecture", "拥有河南省工程技术研究中心296家。", "拥有河南省工程技术研究中心", ""),
])
def test_a_work_named_after_its_road_or_river(region, year, level, text, name, whose):
    assert named(region, year, text, level)[name] == whose
