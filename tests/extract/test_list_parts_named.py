"""A list's part is named with what the list shares (issue 13, point 6): a level word alone names the thing counted
before it at that level (names.phrases.level_item_name); the numerals of the three sectors name 第一/第二/第三产业
(names.phrases.shared_head); the verb a list opens with goes to a later item with the manner said before it, and
never to an item with a verb of its own (names.phrases.list_verb, pipeline's drives). Real sentences of several
governments, and small written cases."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import level_item_name, shared_head
from tests.support import document


def rows(text: str, region: str, year: int, doc_type: str = "government_work_report") -> list[tuple[str, float]]:
    d = document(text, region=region, year=year, doc_type=doc_type)
    return [(r["indicator"], r["value"]) for r in extract_document(d)]


BULLETIN = "statistical_communique"


@pytest.mark.parametrize("text, region, year, expected", [
    # after 其中, over 、 or ，: the thing before at that level (泉州, 哈密, 邵阳 2025)
    ("拥有森林公园24个，其中国家级1个、省级23个。", "泉州市", 2025,
     [("拥有森林公园", 24.0), ("国家级森林公园", 1.0), ("省级森林公园", 23.0)]),
    ("星创天地10个，其中国家级2个，自治区级1个，市级7个。", "哈密市", 2025,
     [("星创天地", 10.0), ("国家级星创天地", 2.0), ("自治区级星创天地", 1.0), ("市级星创天地", 7.0)]),
    ("自然保护区共4个，其中，国家级3个，省级1个。", "邵阳市", 2025,
     [("自然保护区", 4.0), ("国家级自然保护区", 3.0), ("省级自然保护区", 1.0)]),
    # in brackets after the count (焦作 2025); of every level (各级各类, 各级: 泉州 2025), the verb kept
    ("年末全市共有国家级地面基本观测站7个，地震台站7个（市级1个、县级6个）。", "焦作市", 2025,
     [("国家级地面基本观测站", 7.0), ("地震台站", 7.0), ("市级地震台站", 1.0), ("县级地震台站", 6.0)]),
    ("全年共实施省、市各级各类科技计划项目522项，其中省级112项、市级410项。", "泉州市", 2025,
     [("实施省、市各级各类科技计划项目", 522.0), ("实施省级科技计划项目", 112.0), ("实施市级科技计划项目", 410.0)]),
    ("入选各级非物质文化遗产项目名录733项，其中世界级8项，国家级36项。", "泉州市", 2025,
     [("入选各级非物质文化遗产项目名录", 733.0), ("世界级非物质文化遗产项目名录", 8.0),
      ("国家级非物质文化遗产项目名录", 36.0)]),
    # a level word after an item at another level: that item's thing and verb (尉氏县 2021), with its manner
    ("创建省级电商示范企业1家、市级14家，连续三年被评为全市电子商务发展先进县。", "尉氏县", 2021,
     [("创建省级电商示范企业", 1.0), ("创建市级电商示范企业", 14.0)]),
    ("新增省级产业化龙头企业1家、市级3家、市级示范合作社2家。", "尉氏县", 2021,
     [("新增省级产业化龙头企业", 1.0), ("新增市级产业化龙头企业", 3.0), ("新增市级示范合作社", 2.0)]),
    ("成功创建省级平安市场1家、市级5家。", "尉氏县", 2021, [("成功创建省级平安市场", 1.0), ("成功创建市级平安市场", 5.0)]),
])
def test_a_level_word_names_the_thing_at_that_level(text, region, year, expected):
    assert rows(text, region, year) == expected


def test_a_scope_word_before_the_level_is_no_verb():
    # (阿克苏地区 2025: 全市 is the whole's scope, no part of the part's name)
    assert rows("全市省级以上专精特新企业56家，其中国家级12家。", "阿克苏地区", 2025)[-1] == ("国家级专精特新企业", 12.0)


def test_level_item_name_needs_a_thing():
    levels = ("国家级", "省级", "市级")
    assert level_item_name("省级", "建设高标准农田3万亩、改造", levels, frozenset({"建设"})) == ""
    assert level_item_name("省级", "新增企业", levels, frozenset({"新增"})) == "新增省级企业"
    assert level_item_name("市级", "省级", levels, frozenset()) == ""  # (the item before names no thing either)


@pytest.mark.parametrize("items, expected", [
    (["第一", "二", "三产业增加值占地区生产总值的比重"],  # 南宁 2025
     ["第一产业增加值占地区生产总值的比重", "第二产业增加值占地区生产总值的比重", "第三产业增加值占地区生产总值的比重"]),
    (["全年第一", "二", "三产业增加值"], ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
    (["二", "三产业从业人员"], ["第二产业从业人员", "第三产业从业人员"]),
    (["一", "二", "三产"], ["第一产业", "第二产业", "第三产业"]),
])
def test_the_sectors_numerals(items, expected):
    assert shared_head(items) == expected


def test_the_sectors_numerals_in_a_sentence():
    # 株洲 2025, 益阳 2025: 二 alone named nothing (its row was dropped), 三产业… lost its 第
    assert rows("第一、二、三产业对GDP增幅的贡献率分别为6.2%、60.0%和33.8%。", "株洲市", 2025, BULLETIN) == [
        ("第一产业对GDP增幅的贡献率", 6.2), ("第二产业对GDP增幅的贡献率", 60.0), ("第三产业对GDP增幅的贡献率", 33.8)]
    assert rows("第一、二、三产业对经济增长的贡献率分别为13.9%、49.0%、37.1%。", "益阳市", 2025, BULLETIN)[1] == (
        "第二产业对经济增长的贡献率", 49.0)


@pytest.mark.parametrize("text, region, year, expected", [
    # the manner before the list's verb goes with it (蠡县 2020, written)
    ("完成燃气锅炉低氮燃烧改造22台，深度治理燃油锅炉8台、生物质锅炉29台。", "蠡县", 2020,
     [("完成燃气锅炉低氮燃烧改造", 22.0), ("深度治理燃油锅炉", 8.0), ("深度治理生物质锅炉", 29.0)]),
    # a state said of the first item's things is no deed (涞源县 2020): the firm's farms stay the firm's
    ("已建成的玖兴肉鸡分散养殖场269个、宝迪养猪分散养殖场86个。", "涞源县", 2020,
     [("已建成的玖兴肉鸡分散养殖场", 269.0), ("宝迪养猪分散养殖场", 86.0)]),
    # an item led by a verb of driving has a verb of its own (湖南, 湖北 2026), never the list's 发放 (what the subsidy
    # drove takes the subsidy's name: test_thing_said_before.py)
    ("大力实施提振消费专项行动，发放以旧换新补贴121.9亿元、带动销售金额905亿元。", "湖南省", 2026,
     [("发放以旧换新补贴", 121.9), ("以旧换新补贴带动销售金额", 905.0)]),
    ("新增返乡创业市场经营主体13.9万户、带动就地就业36.8万人。", "湖北省", 2026,
     [("新增返乡创业市场经营主体", 13.9), ("返乡创业市场经营主体带动就地就业", 36.8)]),
])
def test_the_lists_verb(text, region, year, expected):
    assert rows(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # 均 before a place: each item its own rank (安徽, 河北, 北京 2026), the items sharing the last one's head
    ("市场环境、创新环境、法治环境、政务环境均居全国前三。", "安徽省", 2026,
     [("市场环境", 3.0), ("创新环境", 3.0), ("法治环境", 3.0), ("政务环境", 3.0)]),
    ("钢铁行业国家级绿色工厂、环保绩效A级企业数量均居全国第一。", "河北省", 2026,
     [("钢铁行业国家级绿色工厂数量", 1.0), ("环保绩效A级企业数量", 1.0)]),
    ("文艺创作成果丰硕，“五个一工程”奖、群星奖获奖数量均居全国首位。", "北京市", 2026,
     [("“五个一工程”奖数量", 1.0), ("群星奖获奖数量", 1.0)]),
    # 均 before a count (天津 2026), and groups of a vocabulary figure (the brief of issue 13, written)
    ("资质资格互认、“同事同标”事项均超200项。", "天津市", 2026, [("资质资格互认", 200.0), ("“同事同标”事项", 200.0)]),
    ("退役军人、残疾人新增就业均超7.3万人。", "安徽省", 2026, [("退役军人新增就业", 7.3), ("残疾人新增就业", 7.3)]),
])
def test_each_item_of_a_list_before_jun(text, region, year, expected):
    assert rows(text, region, year) == expected


def test_a_list_that_parts_into_no_names_stays_whole():
    # (上海 2021, its own 上海 left out: 总市值 alone would name nothing; a place without 均 is the list's whole, 水稻、油茶产量位居全国第1)
    assert rows("上海上市企业融资额、总市值均居全国首位。", "上海市", 2021) == [("上市企业融资额、总市值", 1.0)]
    assert [r[0] for r in rows("水稻、油茶产量位居全国第1。", "湖南省", 2026)] == ["水稻、油茶产量"]


@pytest.mark.parametrize("text, region, year, expected", [
    # a new-count word opening the list is its verb (count_sides.csv, side new; 新 and an action word): 广西, 湖南,
    # 山西 2026, and sentences of the brief of issue 13
    ("新培育智能制造标杆企业12家、智能工厂39家。", "广西壮族自治区", 2026,
     [("新培育智能制造标杆企业", 12.0), ("新培育智能工厂", 39.0)]),
    ("新创建国家级零碳园区3家、自治区级绿色工厂54家、绿色园区2家。", "广西壮族自治区", 2026,
     [("新创建国家级零碳园区", 3.0), ("新创建自治区级绿色工厂", 54.0), ("新创建绿色园区", 2.0)]),
    ("净增经营主体34.6万家、企业14万家。", "湖南省", 2026, [("净增经营主体", 346000.0), ("净增企业", 140000.0)]),
    ("净增涉税主体24.8万户、规上法人单位1302户。", "山西省", 2026,
     [("净增涉税主体", 24.8), ("净增规上法人单位", 1302.0)]),
    ("新入库规模以上工业企业400家、限上批零住餐业经营主体600家。", "某县", 2026,
     [("规模以上工业企业", 400.0), ("新入库限上批零住餐业经营主体", 600.0)]),
    ("力争新创建“精品村”11个、“示范村”22个。", "某县", 2026, [("新创建“精品村”", 11.0), ("新创建示范村", 22.0)]),
    # verbs of the grammar (name_grammar.csv action: 获评, 升级 of 升级改造): 海南, 西藏 2026, 尉氏县 2021
    ("获评何梁何利奖2人、国家卓越工程师2人、大国工匠4人。", "海南省", 2026,
     [("获评何梁何利奖", 2.0), ("获评国家卓越工程师", 2.0), ("获评大国工匠", 4.0)]),
    ("升级改造县级寄递物流中心60个、村级服务站4000个。", "西藏自治区", 2026,
     [("升级改造县级寄递物流中心", 60.0), ("升级改造村级服务站", 4000.0)]),
    # a sum before a list of counts is the list's, not its first item's: no row for it (尉氏县 2021, 容城县 2012)
    ("投资2.3亿元,升级改造城市道路7条、雨污水管网20公里。", "尉氏县", 2021,
     [("升级改造城市道路", 7.0), ("升级改造雨污水管网", 20.0)]),
    ("投资5745万元，新改建高低压线路400公里、配变244台。", "容城县", 2012,
     [("新改建高低压线路", 400.0), ("新改建配变", 244.0)]),
])
def test_the_lists_opening_word(text, region, year, expected):
    assert rows(text, region, year) == expected


def test_items_a_count_sums_up_each_with_the_aspect():
    # 徐水县 2010 (分别: one figure each), and written (上海's 三大先导产业); without 分别 the sum stays (徐水县 2010)
    assert rows("年内力争索具、汽车零部件和石油物探装备三大主导产业年产值分别达到32亿元、9亿元和13亿元。", "徐水县", 2010) == [
        ("索具年产值", 32.0), ("汽车零部件年产值", 9.0), ("石油物探装备年产值", 13.0)]
    assert [r[0] for r in rows("集成电路、生物医药、人工智能三大先导产业规模分别增长10%、12%和15%。", "上海市", 2026)] == [
        "集成电路规模", "生物医药规模", "人工智能规模"]
    assert rows("索具、石油物探装备、汽车零部件三大主导产业年产值达到49.7亿元。", "徐水县", 2010) == [
        ("三大主导产业年产值", 49.7)]
    # a count that is not the number of items: no such list
    assert shared_head(["索具", "石油物探装备三大主导产业年产值"])[1] == "石油物探装备三大主导产业年产值"
    assert shared_head(["索具", "石油物探装备两大主导产业年产值"]) == ["索具年产值", "石油物探装备年产值"]


def test_the_first_figure_of_a_respective_list_without_its_unit_names_nothing():
    # 海南 2026: 3500万 (of 人次) read into the second's name (工程、全民健身工程分别惠及3500万): no row rather than that
    assert rows("文化惠民工程、全民健身工程分别惠及3500万、2300万人次。", "海南省", 2026) == []


@pytest.mark.parametrize("text, region, year, expected", [
    # a word for the money of the things the item before counts (name_grammar.csv amount_of): 定兴县 2021, 吉林 2026,
    # written
    ("医保累计报销53.12万人次、金额2.89亿元。", "定兴县", 2021,
     [("医保累计报销", 53.12), ("医保累计报销金额", 2.89)]),
    ("盘活省级行政部门房产345处、货币价值8.83亿元。", "吉林省", 2026,
     [("盘活省级行政部门房产", 345.0), ("盘活省级行政部门房产货币价值", 8.83)]),
    ("发放创业担保贷款120笔、金额1500万元。", "某县", 2024, [("发放创业担保贷款", 120.0), ("发放创业担保贷款金额", 1500.0)]),
])
def test_the_amount_of_what_the_item_before_counts(text, region, year, expected):
    assert rows(text, region, year) == expected


def test_quoted_names_in_a_list():
    # the government's own place opening a quoted name is the name's (上海 2024: was 标准, 品牌; 益阳 2025's “益阳更好玩”),
    # a quote closing the last item is none of the head the items share (广西 2026: was “城市公园”保有量)
    assert rows("质量强国上海纲要稳步实施，“上海标准”、“上海品牌”分别新增10个和37个。", "上海市", 2024) == [
        ("上海标准", 10.0), ("上海品牌", 37.0)]
    assert rows("城市公园、“口袋公园”保有量分别达到1436个、883个。", "广西壮族自治区", 2026) == [
        ("城市公园保有量", 1436.0), ("“口袋公园”保有量", 883.0)]
    assert rows("全市“专精特新”企业达到500家。", "上海市", 2024) == [("“专精特新”企业", 500.0)]


def test_a_new_count_word_is_no_sums_verb():
    # 上海 2024: the sum of the projects started is no figure of new ones (no 新开工总投资: left unnamed, as before)
    assert rows("五个新城建设稳步推进，新开工117个重大项目、总投资1935.7亿元。", "上海市", 2024) == [("新开工重大项目", 117.0)]
