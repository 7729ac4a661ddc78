"""Names of the items of a list in free-phrase rows (issue 13, point 6): a total said after a count of new ones is
the stock; a new-count word said after the thing is the thing's; the verb a list opens with is every item's; a
stage of the whole's things after 其中 takes the whole's qualifier. Real
sentences of several governments (provinces of corpus-2026, 上海, counties of 保定, a city's communiqué) and small
cases."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import join_topic, list_verb, part_of_whole, with_new_word_after, without_new_words
from tests.support import document


def rows(text: str, region: str, year: int, doc_type: str = "government_work_report") -> list[tuple[str, float]]:
    d = document(text, region=region, year=year, doc_type=doc_type)
    return [(r["indicator"], r["value"]) for r in extract_document(d)]


# ------------------------------------------------------------------ a total after a count of new ones is the stock

@pytest.mark.parametrize("text, region, year, expected", [
    # 徐水区 2024 (dev-heldout-5): the total is the stock of the firms, not a sum of new ones (净增 before a name of the
    # vocabulary makes both rows the vocabulary's: tests/extract/test_headline_forms.py)
    ("全年净增高新技术企业22家，总数达100家；新增省级“专精特新”中小企业14家，总数达43家。", "保定市徐水区", 2024,
     [("高新技术企业", 22.0), ("高新技术企业", 100.0), ("新增省级“专精特新”中小企业", 14.0),
      ("省级“专精特新”中小企业总数", 43.0)]),
    # 江西 2026, 苏州 2025 (its communiqué)
    ("累计净增各类经营主体155万户、总量达474万户。", "江西省", 2026, [("净增各类经营主体", 155.0), ("各类经营主体总量", 474.0)]),
    ("新增7名国家级非遗代表性传承人，总数达到57名。", "苏州市", 2025,
     [("新增国家级非遗代表性传承人", 7.0), ("国家级非遗代表性传承人总数", 57.0)]),
    # 湖北 2026: the new word given to 总数 by the list goes too; the new ones listed before 等 are not the total's
    ("外资外贸企业提质扩容，新设外商投资企业673家，新增有进出口实绩企业1357家、总数突破1万家。", "湖北省", 2026,
     [("新设外资企业", 673.0), ("新增有进出口实绩企业", 1357.0), ("有进出口实绩企业总数", 10000.0)]),
    ("持续优化社会治理，新增黄石、咸宁、天门等全国文明城市12个，总数达到22个。", "湖北省", 2026,
     [("新增黄石、咸宁、天门等全国文明城市", 12.0), ("全国文明城市总数", 22.0)]),
])
def test_total_after_new_ones_is_the_stock(text, region, year, expected):
    assert rows(text, region, year) == expected


def test_investment_of_new_projects_stays_theirs():
    # 总投资 of the projects counted is theirs (落地项目15个、总投资58亿元): only 总数, 总量 name the stock
    assert join_topic("新增项目", "总投资", (), ()) == "新增项目总投资"
    assert join_topic("新增项目", "总数", (), ()) == "项目总数"


@pytest.mark.parametrize("name, expected", [
    ("新增省级“专精特新”中小企业", "省级“专精特新”中小企业"), ("净增各类经营主体", "各类经营主体"),
    ("新培育科技小巨人企业", "科技小巨人企业"), ("新增", "新增"), ("高新技术企业", "高新技术企业"),
])
def test_without_new_words(name, expected):
    assert without_new_words(name) == expected


# ------------------------------------------------------------------ a new-count word said after the thing

@pytest.mark.parametrize("text, region, year, expected", [
    # 安国 2020 (dev-heldout-5): without 新增 the 845 read as all the insured
    ("新增就业3550人，安置困难对象410人，企业参保新增845人。", "安国市", 2020,
     [("城镇新增就业", 3550.0), ("安置困难对象", 410.0), ("新增企业参保", 845.0)]),
    # 浙江 2026: each clause's loans are new ones; 上海 2020 (dev-corpus), 陕西 2026
    ("各项贷款新增1.91万亿元，其中制造业中长期贷款新增1124亿元，无还本续贷新增5982亿元。", "浙江省", 2026,
     [("新增各项贷款", 1.91), ("新增制造业中长期贷款", 1124.0), ("新增无还本续贷", 5982.0)]),
    ("野村东方证券、安联保险、摩根大通等对外开放项目落地，持牌金融机构新增54家。", "上海市", 2020, [("新增持牌金融机构", 54.0)]),
    ("科技成果转化企业新增1013家。", "陕西省", 2026, [("新增科技成果转化企业", 1013.0)]),
    # 上海 2026: the total said after the new ones is not new
    ("推动建设国际数据加工枢纽，全国首创制度创新案例新增9个、累计达到79个。", "上海市", 2026,
     [("新增全国首创制度创新案例", 9.0), ("全国首创制度创新案例", 79.0)]),
])
def test_new_word_after_the_thing(text, region, year, expected):
    assert rows(text, region, year) == expected


def test_new_word_after_small_cases():
    text = "企业参保新增845人，贷款新增9个、累计达到79个，投资1.5亿元新建34公里"

    def named(thing: str, figure: str) -> str:
        at = text.find(thing)
        return with_new_word_after(thing, text, at + len(thing), text.find(figure) + len(figure), frozenset())

    assert named("企业参保", "845人") == "新增企业参保"
    assert named("贷款", "79个") == "贷款"  # (the total further on)
    assert named("投资1.5亿元", "34公里") == "投资1.5亿元"  # (a number in the name)


# ------------------------------------------------------------------ the verb a list opens with is every item's

@pytest.mark.parametrize("text, region, year, expected", [
    # 安国 2020, 满城 2022 (dev-heldout-5): the items after vocabulary items are new ones too, not stocks
    ("落实企业科技创新奖励资金4781万，新增省科技型中小企业63家、高新技术企业13家、科技小巨人企业5家、“专精特新”中小企业4家。",
     "安国市", 2020, [("科技型中小企业", 63.0), ("高新技术企业", 13.0), ("新增科技小巨人企业", 5.0),
                      ("新增“专精特新”中小企业", 4.0)]),
    ("力争新增“小升规”企业26家以上、“专精特新”企业1家以上。", "保定市满城区", 2022,
     [("规模以上工业企业", 26.0), ("新增“专精特新”企业", 1.0)]),
    # 博野 2025: a count before the thing; 阜平 2021: lead words (五年累计) before the verb
    ("建成6座书院、3座博物馆，群众文化生活进一步丰富。", "博野县", 2025, [("建成书院", 6.0), ("建成博物馆", 3.0)]),
    ("五年累计办理人大代表建议78件、政协提案151件。", "阜平县", 2021,
     [("五年累计办理人大代表建议", 78.0), ("办理政协提案", 151.0)]),
    # 浙江, 海南, 贵州 2026; 上海 2023 (dev-corpus)
    ("新增制造业单项冠军企业45家、专精特新“小巨人”企业397家、重点“小巨人”企业149家。", "浙江省", 2026,
     [("制造业单项冠军企业", 45.0), ("专精特新“小巨人”企业", 397.0), ("新增重点“小巨人”企业", 149.0)]),
    ("新增国家级旅游度假区2个、5A级景区1个、夜间文旅消费集聚区6个、旅游休闲街区5个，优化西沙邮轮旅游航线。", "海南省", 2026,
     [("新增国家级旅游度假区", 2.0), ("新增5A级景区", 1.0), ("新增夜间文旅消费集聚区", 6.0), ("新增旅游休闲街区", 5.0)]),
    ("累计完成老旧小区改造68.56万户、背街小巷改造5667条。", "贵州省", 2026,
     [("老旧小区改造", 68.56), ("完成背街小巷改造", 5667.0)]),
    # an item with a verb of its own keeps it
    ("完成造林5万亩、森林覆盖率达到30%。", "阜平县", 2021, [("完成造林", 5.0), ("森林覆盖率", 30.0)]),
])
def test_list_verb_is_every_items(text, region, year, expected):
    assert rows(text, region, year) == expected


@pytest.mark.parametrize("text, item, thing, expected", [
    ("新增A企业63家、B企业5家", "、B企业5家", "B企业", "新增"),
    ("建成6座书院、3座博物馆", "、3座博物馆", "", "建成"),  # (the thing after the number)
    ("力争新增C企业26家以上、“D”企业1家以上", "D”企业1家以上", "D”企业", "新增"),
    ("完成造林5万亩、森林覆盖率达到30%", "森林覆盖率达到30%", "森林覆盖率", ""),  # (a verb of its own: 达到)
    ("新增A、B企业5家", "B企业5家", "B企业", ""),  # (the item before holds no number: no list of counts)
    ("A企业63家、B企业5家", "B企业5家", "B企业", ""),  # (no verb)
])
def test_list_verb_small_cases(text, item, thing, expected):
    start = text.find(item)
    thing_end = text.find(thing, start) + len(thing) if thing else -1
    assert list_verb(text, start, start + len(item), thing_end, frozenset({"新增", "建成", "完成"})) == expected


# ------------------------------------------------------------------ a stage of the whole's things after 其中

@pytest.mark.parametrize("text, region, year, doc_type, expected", [
    # 徐水区 2024 (dev-heldout-5): the projects landed and begun are of the 省外招商引资 projects; so are those in talks
    ("全年省外招商引资项目64个，总投资288.5亿元，其中签约项目42个、总投资203.5亿元；落地项目15个、总投资58亿元；"
     "投产项目7个、总投资27亿元，招商引资工作排名全市前列。", "保定市徐水区", 2024, "government_work_report",
     [("省外招商引资落地项目", 15.0), ("省外招商引资投产项目", 7.0)]),
    ("累计推进京津冀协同发展合作项目125项，其中洽谈项目46项，签约项目20项。", "保定市徐水区", 2024, "government_work_report",
     [("推进京津冀协同发展合作项目", 125.0), ("京津冀协同发展合作洽谈项目", 46.0)]),
    # 安阳 2025 (its communiqué): the homes for the old are of the institutions that lodge people
    ("年末全市共有各类提供住宿的民政服务机构187个，其中养老机构184个，儿童福利和救助保护机构1个。", "安阳市", 2025,
     "statistical_communique", [("各类提供住宿的民政服务养老机构", 184.0)]),
])
def test_stage_of_the_whole_takes_its_qualifier(text, region, year, doc_type, expected):
    got = rows(text, region, year, doc_type)
    assert all(x in got for x in expected), got


@pytest.mark.parametrize("name, total, expected", [
    ("洽谈项目", "推进京津冀协同发展合作项目", "京津冀协同发展合作洽谈项目"),
    ("落地项目", "省外招商引资项目", "省外招商引资落地项目"),  # (落地 is the stage, though an action word)
    ("高新技术企业", "规上工业企业", ""),  # (a kind of its own, not a stage)
    ("乡镇卫生院", "医院、乡镇卫生院", ""),  # (an item of a list)
    ("项目", "省外招商引资项目", ""), ("签约企业", "签约项目", ""),
    ("优级天数比例", "空气质量优良天数比例", ""),  # (a level of a measure, 海口 2025)
])
def test_part_of_whole(name, total, expected):
    assert part_of_whole(name, total, frozenset({"推进", "落地"})) == expected
