"""Free-phrase names cut or run on (issue 13, point 6): a manner word kept and its verb dropped (扎实矿山整合重组),
a time word inside a name, what is done said after the counted thing, a list's shared verb lost across a quote or a
note's mark. Real sentences of several governments (corpus-county, corpus-2026, the 上海 dev corpus, communiqués)."""

from __future__ import annotations

import re

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import verb_after_manner, without_time_words
from tests.support import document


def names(text: str, region: str, year: int, doc_type: str = "government_work_report") -> list[tuple[str, float]]:
    d = document(text, region=region, year=year, doc_type=doc_type)
    return [(r["indicator"], r["value"]) for r in extract_document(d)]


@pytest.mark.parametrize("text, region, year, expected", [
    # (6项重点领域清理规范 counts the areas a task covers, no figure: policy_counts.csv area)
    ("扎实推进28家矿山整合重组，全力实施6项重点领域清理规范。", "阜平县", 2022, [("扎实推进矿山整合重组", 28.0)]),
    ("圆满完成13个整体征迁村。", "容城县", 2020, [("圆满完成整体征迁村", 13.0)]),
    # the list's next item goes on with the whole action (博野县 2025)
    ("积极争取3个国家级试点、9个省级试点。", "博野县", 2025, [("积极争取国家级试点", 3.0), ("积极争取省级试点", 9.0)]),
    ("稳妥推进55个扩面试点项目。", "湖北省", 2026, [("稳妥推进扩面试点项目", 55.0)]),
    ("高质量完成20件民生实事。", "辽宁省", 2026, [("高质量完成民生实事", 20.0)]),
    ("先后建成42万张方舱床位。", "上海市", 2023, [("先后建成方舱床位", 420000.0)]),
    # two verbs of doing: both (阜平县 2021, 浙江 2026)
    ("改造提升93所小规模及薄弱学校。", "阜平县", 2021, [("改造提升小规模及薄弱学校", 93.0)]),
    # a time word before the verb is an opening word, and the verb stays (博野县 2024)
    ("年内建成1个以上移风易俗示范镇。", "博野县", 2024, [("建成移风易俗示范镇", 1.0)]),
])
def test_manner_word_keeps_its_verb(text, region, year, expected):
    assert names(text, region, year) == expected


def test_a_verb_of_having_says_a_stock():
    # 共有 is no deed (南宁 2025's communiqué): the name stays the place's things
    assert names("年末辖区内共有7个融媒体中心。", "南宁市", 2025, "statistical_communique") == [("辖区内融媒体中心", 7.0)]


_VERBS = re.compile(r"(?P<verbs>(?:推进|完成|争取|建成)+)了?(?:近|超过)?")


@pytest.mark.parametrize("words, gap, expected", [
    ("扎实", "推进", "扎实推进"), ("圆满", "完成了", "圆满完成"), ("积极", "争取近", "积极争取"),
    ("扎实", "", "扎实"), ("扎实", "推进总投资", "扎实"), ("", "推进", ""),  # (a gap that says more: unchanged)
])
def test_verb_after_manner(words, gap, expected):
    assert verb_after_manner(words, gap, _VERBS) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # a time word before the deed (阜平县 2020, 涞水县 2020, 容城县 2017, 涞源县 2020)
    ("荣联美邻中心、新材料产业园4家入园企业年底前完成主体建设，装配式建筑产业园3个入园项目上半年实现投产。", "阜平县", 2020,
     [("入园企业完成主体建设", 4.0), ("装配式建筑产业园入园项目实现投产", 3.0)]),
    ("677人上半年全部脱贫。", "涞水县", 2020, [("全部脱贫", 677.0)]),
    ("5770名贫困人口年内全部脱贫。", "容城县", 2017, [("贫困人口全部脱贫", 5770.0)]),
    ("确保重点项目年内开工率100%。", "涞水县", 2020, [("重点项目开工率", 100.0)]),
    ("白桦林温泉谷全年接待人数突破15万人次。", "涞源县", 2020, [("白桦林温泉谷接待人数", 15.0)]),
    # a deadline anywhere (洛阳 seed 003's 2021 goals, 安国市 2020, 浙江 2026)
    ("确保3月底前243项省级下放权限全部承接到位。", "洛阳市", 2021, [("省级下放权限全部承接到位", 243.0)]),
    ("力争到年底省级示范社达到10家。", "安国市", 2020, [("省级示范社", 10.0)]),
    ("到2030年“415X”集群营收突破13万亿元。", "浙江省", 2026, [("“415X”集群营收", 13.0)]),
    # a half-year's own measure, a span of years: the name keeps them (博野县 2025)
    ("上半年全县经济发展绩效位居全市第2。", "博野县", 2025, [("上半年全县经济发展绩效", 2.0)]),
    ("力争三年内完成5个村改造。", "阜平县", 2020, [("三年内完成村改造", 5.0)]),
])
def test_time_words_leave_the_name(text, region, year, expected):
    assert names(text, region, year) == expected


_TIMES = re.compile(r"(?:\d{1,2})月底前|到年底|上半年|年内")
_DEEDS = re.compile(r"完成|实现|全部|开工")


@pytest.mark.parametrize("name, expected", [
    ("入园企业年内完成主体建设", "入园企业完成主体建设"), ("上半年全部脱贫", "全部脱贫"), ("重点项目年内开工率", "重点项目开工率"),
    ("3月底前省级下放权限", "省级下放权限"), ("到年底省级示范社", "省级示范社"),
    ("上半年全县经济发展绩效", "上半年全县经济发展绩效"), ("三年内完成村改造", "三年内完成村改造"), ("3月底前", "3月底前"),
])
def test_without_time_words(name, expected):
    assert without_time_words(name, _TIMES, _DEEDS) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # the work said after the list's last item is every item's (容城县 2020, 唐县 2020, 内蒙古 2026, 上海 2020)
    ("完成全县 37座加油站、155个地下油罐防渗改造任务。", "容城县", 2020,
     [("完成全县加油站改造任务", 37.0), ("完成全县地下油罐防渗改造任务", 155.0)]),
    ("严格实施散煤管控，完成150台燃气锅炉低氮化改造和31个村、2.5万户“气代煤”改造。", "容城县", 2020,
     [("完成燃气锅炉低氮化改造", 150.0), ("完成村“气代煤”改造", 31.0), ("完成“气代煤”改造", 2.5)]),
    ("圆满完成13个整体征迁村、74个分步征迁村征迁任务。", "容城县", 2020,
     [("圆满完成整体征迁村征迁任务", 13.0), ("圆满完成分步征迁村征迁任务", 74.0)]),
    ("完成6个乡镇、70个村、4万户改造。", "唐县", 2020, [("完成乡镇改造", 6.0), ("完成村改造", 70.0)]),
    ("开展大黑河和美岱沟等13条河流、300条中型以上侵蚀沟治理。", "内蒙古自治区", 2026,
     [("开展河流治理", 13.0), ("开展中型以上侵蚀沟治理", 300.0)]),
    ("实施50个交通拥堵节点、11条道路积水点改造。", "上海市", 2020,
     [("实施交通拥堵节点改造", 50.0), ("实施道路积水点改造", 11.0)]),
    # a length measures a thing of its own: the item takes it with the work (定兴县 2020)
    ("同步实施14个路段、9.8公里供水管网建设。", "定兴县", 2020, [("同步实施路段供水管网建设", 14.0), ("供水管网建设", 9.8)]),
])
def test_list_items_share_the_work_said_after(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # items with a predicate of their own (海南 2026), work of their own (天津 2026), a predicate of the whole list
    # whose things are shared too (徐水 2019): each item keeps its own words
    ("82项获国家层面认可、37项向全国推广。", "海南省", 2026, [("获国家层面认可", 82.0), ("向全国推广", 37.0)]),
    ("完成800个经济薄弱村扶持和100个乡村振兴示范村创建。", "天津市", 2026,
     [("完成经济薄弱村扶持", 800.0), ("完成乡村振兴示范村创建", 100.0)]),
    ("44个房地产开发和4个棚改遗留问题全部解决。", "保定市徐水区", 2019,
     [("房地产开发", 44.0), ("棚改遗留问题全部解决", 4.0)]),
    # no list: the next clause is no part of the name
    ("新增企业5家，实现产值3亿元。", "唐县", 2020, [("新增企业", 5.0), ("新增企业实现产值", 3.0)]),
])
def test_items_keep_their_own_words(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # a verb of done_verbs.csv opens the list (容城县 2020, 涞源县 2020)
    ("打掉恶势力团伙4个、渣痞团伙3个。", "容城县", 2020, [("打掉恶势力团伙", 4.0), ("打掉渣痞团伙", 3.0)]),
    ("扎实推进拆旧复垦，共拆除村庄28个、房屋5100处。", "涞源县", 2020, [("拆除村庄", 28.0), ("拆除房屋", 5100.0)]),
    # a quote and a note's mark between the item's thing and its number, over 、 or a comma (博野县 2022)
    ("新增高新技术企业3家、科技型中小企业35家、“上云企业”[1]20家。", "博野县", 2022,
     [("高新技术企业", 3.0), ("科技型中小企业", 35.0), ("新增上云企业", 20.0)]),
    ("新增高新技术企业3家、科技型中小企业35家，“上云企业”[1]20家，实施总投资14.1亿元的技改项目66个。", "博野县", 2022,
     [("高新技术企业", 3.0), ("科技型中小企业", 35.0), ("新增上云企业", 20.0), ("实施总投资14.1亿元的技改项目", 66.0)]),
    # a count of the same kind after a comma (阜平县 2022)
    ("力争打造3—5个千万级销售单品，10—20个百万级销售单品，全网销售额达到3.8亿元以上。", "阜平县", 2022,
     [("打造千万级销售单品", 3.0), ("打造百万级销售单品", 10.0), ("全网销售额", 3.8)]),
])
def test_list_verb_across_quotes_marks_and_commas(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # an item with a verb of its own, after manner words too (北京, 浙江 2026; 上海 2020); an item over a comma with a
    # verb no list knows (曲阳县 2020), a count of another kind over a comma (上海 2024)
    ("拆除违法建设500万平方米、治理无手续建筑500万平方米。", "北京市", 2026,
     [("拆除违法建设", 500.0), ("治理无手续建筑", 500.0)]),
    ("布局建设省级概念验证中心67家、省级中试平台11家，成功创建国家级制造业中试平台3家。", "浙江省", 2026,
     [("布局建设省级概念验证中心", 67.0), ("布局建设省级中试平台", 11.0), ("成功创建国家级制造业中试平台", 3.0)]),
    ("新增综合为老服务中心50家、助餐场所200个，改建认知障碍照护床位2000张。", "上海市", 2020,
     [("新增综合为老服务中心", 50.0), ("老年助餐点", 200.0), ("改建认知障碍照护床位", 2000.0)]),
    ("认定省级科技型中小企业35家、“专精特新”中小企业4家，申报高新技术企业3家。", "曲阳县", 2020,
     [("科技型中小企业", 35.0), ("认定“专精特新”中小企业", 4.0), ("申报高新技术企业", 3.0)]),
    ("累计推出41个“一件事”，200个高频事项实现“智慧好办”。", "上海市", 2024,
     [("推出“一件事”", 41.0), ("高频事项实现“智慧好办”", 200.0)]),
])
def test_items_with_verbs_of_their_own(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # a length or an area said before the work it is of (容城县 2012, 内蒙古 2026 as 涞水县 2020, 上海 2024, 定兴县 2020)
    ("④启动投资2700万元的津保北线李家营段3.5公里改线工程；⑩谋划投资1800万元的容固路7.2公里改建工程。", "容城县", 2012,
     [("津保北线李家营段改线工程", 3.5), ("容固路改建工程", 7.2)]),
    ("启动24个贫困村42公里道路硬化工程。", "涞水县", 2020, [("启动贫困村道路硬化工程", 42.0)]),  # (the count of villages: no part of the name)
    ("实施300公里农村公路提档升级改造。", "上海市", 2024, [("实施农村公路提档升级改造", 300.0)]),
    ("高标准完成通兴西路、振兴路等13.5公里市政道路翻修及新建工程。", "定兴县", 2022, [("市政道路翻修及新建工程", 13.5)]),
    ("积极推进2000亩桑叶产业园、1000亩高端花卉园建设。", "定兴县", 2020, [("高端花卉园建设", 1000.0)]),
    # no work of a thing after it: the words before, as before
    ("道路硬化104公里，新建道路5公里完成改造。", "定兴县", 2020, [("道路硬化", 104.0), ("新建道路", 5.0)]),
])
def test_length_named_by_the_work_after_it(text, region, year, expected):
    assert names(text, region, year) == expected
