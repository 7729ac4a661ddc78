"""Free-phrase names that lost what they need or kept what they must not (issue 13, point 6): the verb of a count
said before its number past a bound, a commitment or a list of items; the products' output said before a list of
products; the projects a count counts before 和 and another task; a span opening a name. Real sentences of several
governments and small ones written per rule."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import without_item_before
from tests.support import document


def names(text: str, region: str, year: int) -> list[tuple[str, float]]:
    return [(r["indicator"], r["value"]) for r in extract_document(document(text, region=region, year=year))]


@pytest.mark.parametrize("text, region, year, expected", [
    # a bound (至少), a commitment (力争) or a time word (年内) between the verb and the number: the verb stays
    ("每个乡镇至少建成1个农业产业园区。", "曲阳县", 2022, [("每个乡镇建成农业产业园区", 1.0)]),
    ("年内力争引进1-2家股份制银行。", "容城县", 2015, [("引进股份制银行", 1.0)]),
    ("每个村力争新建1所幼儿园。", "某县", 2022, [("每个村新建幼儿园", 1.0)]),
    # a year after the verb (满城区 2020); the places where, then the verb (上海 2021)
    ("高标准完成2020年4个白洋淀上游流域污染治理重点项目。", "满城区", 2020,
     [("高标准完成白洋淀上游流域污染治理重点项目", 4.0)]),
    ("在老旧小区、医院周边新建4000个公共停车泊位。", "上海市", 2021, [("新建公共停车泊位", 4000.0)]),
    # the verb opening the items a count sums up (等N个), none of the grammar's action words
    ("新签约了文旅小镇、康养中心等4个文旅项目。", "某县", 2024, [("新签约文旅项目", 4.0)]),
    ("消除桥园里、和苑等6处易积水点位。", "天津市", 2026, [("消除易积水点位", 6.0)]),
    ("形成便捷就医少等待、为老服务一键通、快捷停车助通畅、数字酒店智管家、数字赋能示范校等11个数字生活标杆场景。",
     "上海市", 2022, [("形成数字生活标杆场景", 11.0)]),
    # a verb further on is an item's own; the things counted doing what follows make it theirs
    ("蕨麻智慧种植、“江源巧姑”家政服务等5个项目获批国家标准化试点。", "青海省", 2026,
     [("项目获批国家标准化试点", 5.0)]),
    ("促进就业创业、跨境贸易便利化、大财政体系建设等100多项改革经验受到肯定和推广。", "湖北省", 2026,
     [("改革经验受到肯定和推广", 100.0)]),
])
def test_the_verb_before_a_count_stays_in_its_name(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # the verb before the sum describing the things counted (安新县 2024; 满城区 2023)
    ("今年，新签约了总投资11.4亿元的奥特莱斯、青要谷文旅综合体等4个文旅项目。", "安新县", 2024, "新签约文旅项目"),
    ("推动总投资53亿元的英利5GW光伏电池、永红铸机等10个项目竣工。", "满城区", 2023, "推动项目竣工"),
])
def test_the_verb_before_a_sum_of_the_things_counted(text, region, year, expected):
    assert expected in [name for name, _ in names(text, region, year)]


@pytest.mark.parametrize("text, region, year, expected", [
    ("高新技术产品产量大幅增长，集成电路圆片增长19.2%，锂电池增长103.1%，新能源汽车超过110万辆。3家单位获中国质量奖。",
     "山东省", 2026, [("集成电路圆片产量", 19.2), ("锂电池产量", 103.1), ("新能源汽车产量", 1.1e6),
                    ("单位获中国质量奖", 3.0)]),
    ("主要工业产品产量稳定增长，其中，钢材增长5.1%，水泥下降3%。", "某市", 2025, [("钢材产量", 5.1), ("水泥产量", -3.0)]),
    # no products' output said before: the items are as written
    ("集成电路圆片增长19.2%，锂电池增长103.1%。", "某省", 2026, [("集成电路圆片", 19.2), ("锂电池", 103.1)]),
])
def test_products_after_their_output_said_to_grow(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # the count's projects and the work on them end before 和 and another task (贵州 2026), or the next count
    ("加快推进6个百万羽蛋鸡养殖重点项目建设和奶业养殖加工一体化发展。", "贵州省", 2026, [("推进百万羽蛋鸡养殖重点项目建设", 6.0)]),
    ("圆满完成省、市20项民生工程和区人代会票决的10件民生实事。", "满城区", 2022,
     [("圆满完成民生工程", 20.0), ("圆满完成民生实事", 10.0)]),
    ("全力推进64个省市重点项目及年初确定的52个重点项目。", "洛阳市", 2021,
     [("全力推进省市重点项目", 64.0), ("全力推进重点项目", 52.0)]),
    # two kinds of thing and no count of the second: the count is of both
    ("七是改扩建50个社区养老工程和乡镇（街道）区域养老服务中心。", "山西省", 2026,
     [("改扩建社区养老工程和乡镇（街道）区域养老服务中心", 50.0)]),
])
def test_projects_counted_end_before_another_task(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    ("“十四五”时期全省生产安全事故起数和死亡人数分别较“十三五”时期下降67.5%、58.5%。", "贵州省", 2026,
     [("生产安全事故起数", -67.5), ("生产安全事故死亡人数", -58.5)]),
    # 近N年: the period says one year (2025), so the name keeps the span (云南 2026)
    ("近5年人均预期寿命增量居全国第1位。", "云南省", 2026, [("近5年人均预期寿命增量", 1.0)]),
    ("五年来劳务输出7.76万人次。", "阜平县", 2017, [("劳务输出", 7.76)]),
    # a plan's name with no word of time after it is part of the thing
    ("“十四五”规划项目完成投资20亿元。", "某县", 2022, [("“十四五”规划项目完成投资", 20.0)]),
])
def test_a_span_opening_a_name_leaves_it(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # the year before or a base year compared with, opening a name (辽宁 2026, 海口 2025)
    ("去年常住人口省际净流入4.5万人。", "辽宁省", 2026, [("常住人口省际净流入", 4.5)]),
    ("与2024年同比事故起数减少2起、下降5.6%。", "海口市", 2025, [("事故起数", -2.0), ("事故起数", -5.6)]),
    ("上年结转资金5亿元。", "某县", 2022, [("上年结转资金", 5.0)]),  # (a term of its own)
])
def test_a_year_opening_a_name_leaves_it(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # the quoted qualifier of the item before, when the item goes on as its noun does (云南 2026)
    ("五年来，建成“铸牢”教育示范学校304所、教育实践基地20个。", "云南省", 2026,
     [("建成“铸牢”教育示范学校", 304.0), ("建成“铸牢”教育实践基地", 20.0)]),
    ("建成“四好”农村公路100公里、桥梁5座。", "某县", 2025, [("建成“四好”农村公路", 100.0), ("建成桥梁", 5.0)]),
    # a class of the threshold before the last item's aspect is every item's (山东 2026)
    ("新能源汽车、智能家电、智能手机限上零售额分别增长8.7%、22.8%、32.3%。", "山东省", 2026,
     [("新能源汽车限上零售额", 8.7), ("智能家电限上零售额", 22.8), ("智能手机限上零售额", 32.3)]),
    ("新能源汽车、智能家电零售额分别增长8.7%、22.8%。", "某省", 2026,
     [("新能源汽车零售额", 8.7), ("智能家电零售额", 22.8)]),
    # an aspect alone after an item before 均 is that item's thing's (山东 2026)
    ("碳排放权交易量、交易额均居全国首位。", "山东省", 2026, [("碳排放权交易量", 1.0), ("碳排放权交易额", 1.0)]),
])
def test_list_parts_keep_what_the_list_shares(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # the item before, its figure without a unit (no row of its own), is no part of the next item's name: the thing
    # the two share is (海南 2026, 湖南 2026, 云南 2026)
    ("2025年医疗旅游人次86.5万、收入83.9亿元。", "海南省", 2026, [("医疗旅游收入", 83.9)]),
    ("“湘易办”用户突破3500万、月访问量稳定在2000万人次。", "湖南省", 2026, [("“湘易办”月访问量", 2000.0)]),
    ("2025年旅居人数超550万、平均居住83天。", "云南省", 2026, [("旅居平均居住", 83.0)]),
])
def test_the_item_before_and_its_unread_figure_leave_a_name(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("name, expected", [
    ("医疗旅游人次86.5万、收入", "医疗旅游收入"),
    ("设置指路牌2573块、覆盖", "设置指路牌2573块、覆盖"),  # (a unit read: the item before is a figure of its own)
    ("投资2.99亿元实施农村危房改造", "投资2.99亿元实施农村危房改造"),  # (no list)
    ("人次86万、收入", "人次86万、收入"),  # (no thing left)
])
def test_without_item_before(name, expected):
    assert without_item_before(name, ("收入", "人次"), lambda s: [s]) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # a comma inside quoted titles closed by 等 parts no clause: the title is not cut in half (安国市 2022)
    ("累计发放文化惠民券6.6万张，开展“党史教育感悟初心，文化惠民践行使命”等系列文化惠民文艺演出活动85场。", "安国市", 2022,
     [("发放文化惠民券", 66000.0), ("系列文化惠民文艺演出活动", 85.0)]),
    ("开展“我们的节日·春节，欢乐过大年”等主题活动120场。", "某县", 2024, [("“我们的节日·春节，欢乐过大年”等主题活动", 120.0)]),
])
def test_a_quoted_title_is_not_cut_at_its_comma(text, region, year, expected):
    assert names(text, region, year) == expected
