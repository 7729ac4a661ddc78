"""The free-phrase namer (extract/names/phrases.py): a figure outside the vocabulary is named by what it counts,
never by a fragment, a bare verb, a time phrase or a scope word; real sentences of several governments."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import clean_phrase, says_nothing, shared_head, with_whole_quotes
from tests.support import document


def named(text: str, region: str, year: int) -> list[tuple]:
    d = document(text, region=region, year=year)
    return [(r["indicator"], r["value"], r["unit"], r["evidence"]) for r in extract_document(d)]


@pytest.mark.parametrize("sentence, region, year, expected", [
    # a bare verb before the number: the noun after it is what is counted (内蒙古 2026, 山西 2026, 涞源县 2020)
    ("打造150个和美乡村。", "内蒙古自治区", 2026, ("打造和美乡村", 150.0, "个", "打造150个和美乡村")),
    ("建设10个县级综合养老服务中心。", "山西省", 2026, ("建设县级综合养老服务中心", 10.0, "个", "建设10个县级综合养老服务中心")),
    ("剩余360户气代煤。", "涞源县", 2020, ("剩余气代煤", 360.0, "户", "剩余360户气代煤")),
])
def test_a_bare_verb_takes_the_noun_after_the_number(sentence, region, year, expected):
    assert named(sentence, region, year) == [expected]


@pytest.mark.parametrize("phrase, name", [
    ("和种子独角兽企业", "种子独角兽企业"),  # a list cut at the clause: the connecting word goes
    ("公交线路覆盖城区和", "公交线路覆盖城区"),
    ("提速庆云至章丘等", "提速庆云至章丘"),
    ("、外向型企业高质量发展", "外向型企业高质量发展"),
    ("气代煤”收尾改造", "“气代煤”收尾改造"),  # the clause started inside the quote
    ("全面落实疫情防控“十个常态化", "全面落实疫情防控“十个常态化”"),
    ("公园(游园", "公园(游园)"),
    ("四大主导产业[2]", "四大主导产业"),  # a footnote mark names nothing
    ("“四好农村路”〔8〕建设", "“四好农村路”建设"),
    ("3个绿色社区〔", "3个绿色社区"),  # a footnote mark cut at its start or its end (阜平县 2021)
    ("〕创建", "创建"),
    ("24〕", ""),
])
def test_clean_phrase(phrase, name):
    assert clean_phrase(phrase) == name


@pytest.mark.parametrize("name", ["3月底前", "年内", "区", "与2010年相比", "2025年", "6月份", "全县"])
def test_names_that_say_nothing(name):
    assert says_nothing(name, {"区", "全县"})


@pytest.mark.parametrize("name", ["新建中小学", "投资总额", "建设高标准农田", "新增“两院”院士"])
def test_names_that_say_what_is_counted(name):
    assert not says_nothing(name, {"区", "全县"})


def test_a_phrase_row_never_takes_a_vocabulary_name():
    # 海南 2026: 地区生产总值等6项指标不及预期 counts indicators, it is no figure of GDP
    rows = named("地区生产总值等6项指标不及预期。", "海南省", 2026)
    assert all(name != "地区生产总值" for name, *_ in rows)


@pytest.mark.parametrize("sentence, region, year, indicator", [
    # an elided 城镇 opening the sentence's figures is the headline one (定兴县 2022, 阜平县)
    ("加强就业创业服务指导，提升就业保障，完成新增就业3750人以上。", "定兴县", 2022, "城镇新增就业"),
    ("全县新增就业2505人，基本养老和基本医疗参保率分别达到95%。", "阜平县", 2021, "城镇新增就业"),
    # after another subject's figure it is that subject's result (涞源县 2020; guide rule 14)
    ("全县旅游扶贫产业项目达到320个，新增就业8000多人。", "涞源县", 2020, "新增就业"),
])
def test_an_elided_name_is_the_headline_one_only_where_it_opens_the_figures(sentence, region, year, indicator):
    assert [r for r in named(sentence, region, year) if "就业" in r[0]][0][0] == indicator


@pytest.mark.parametrize("sentence, region, year, value", [
    ("按照省委十一届十次、十一次全会部署，全县地区生产总值增长6%。", "定兴县", 2021, 6.0),  # 保定 counties
    ("根据党的二十届四中全会和省委十二届十一次全会精神，全省地区生产总值增长5%。", "湖北省", 2026, 5.0),
])
def test_meeting_numbers_are_no_figures(sentence, region, year, value):
    assert [r[1:3] for r in named(sentence, region, year)] == [(value, "%")]


@pytest.mark.parametrize("sentence, region, year, name", [
    ("建设了6个美丽乡村精品村。", "博野县", 2022, "建设美丽乡村精品村"),  # 博野县 2022 (了 left out: test_names_without_particles)
    ("布局打造14个市级重点实验室。", "重庆市", 2026, "布局打造市级重点实验室"),  # 重庆 2026
])
def test_a_subject_of_action_words_only_takes_the_noun_after_the_number(sentence, region, year, name):
    assert [r[0] for r in named(sentence, region, year)] == [name]


@pytest.mark.parametrize("sentence, region, year, name", [
    # a bare money verb or aspect word is of the subject of an earlier clause (定兴县 2020, 涞源县-style)
    ("14个项目纳入省市重点项目，开工率100%。", "定兴县", 2020, "项目纳入省市重点项目开工率"),
    ("建设污水处理厂3座，完成了投资2.4亿元。", "蠡县", 2019, "建设污水处理厂完成投资"),
])
def test_a_bare_aspect_borrows_the_subject_of_an_earlier_clause(sentence, region, year, name):
    assert [r[0] for r in named(sentence, region, year)][-1] == name


@pytest.mark.parametrize("sentence, region, year", [
    ("全省地区生产总值增长6%，高于“十三五”时期1.2个百分点。", "辽宁省", 2026),  # 辽宁 2026
    ("全省地区生产总值增长5.6%，快于2024年1.8个百分点。", "山西省", 2026),  # 山西 2026
])
def test_a_gap_to_another_period_is_no_figure(sentence, region, year):
    assert [r[2] for r in named(sentence, region, year)] == ["%"]


@pytest.mark.parametrize("sentence, region, year, expected", [
    # the words before a count sum up the items counted: the noun after it is what is counted, with the verb
    # (阜平县 2021, 宁夏 2026, 福建 2026)
    ("完成龙泉关、天生桥、史家寨3个镇区大市政建设。", "阜平县", 2021, [("完成镇区大市政建设", 3.0)]),
    ("石嘴山先进材料等3个平台入选国家重点培育名单。", "宁夏回族自治区", 2026, [("平台入选国家重点培育名单", 3.0)]),
    ("新增9家国家卓越级智能工厂、38家国家级5G工厂。", "福建省", 2026,
     [("新增国家卓越级智能工厂", 9.0), ("新增国家级5G工厂", 38.0)]),
    # a number describing the noun (总投资…的) is no part of the name (徐水区 2024, 唐县 2020)
    # (the sentence with 对 before it counts what a task deals with, no figure: test_name_edges.py)
    ("新谋划总投资424.5亿元的48个项目，加强跑办申报。", "徐水区", 2024, [("新谋划项目", 48.0)]),
    ("加快推进总投资143.79亿元的66个债券项目。", "唐县", 2020, [("加快推进债券项目", 66.0)]),
    # a list of counts: each its own noun (湖北 2026)
    ("加快建设4个国家级渔港经济区和2个海洋牧场。", "湖北省", 2026,
     [("加快建设国家级渔港经济区", 4.0), ("加快建设海洋牧场", 2.0)]),
])
def test_a_count_names_the_noun_after_it(sentence, region, year, expected):
    assert [r[:2] for r in named(sentence, region, year)] == expected


@pytest.mark.parametrize("sentence, region, year, expected", [
    # a person is the noun counted; a noun after a duration is no counted thing (漯河 2025, 定兴县 2021)
    ("公路客运周转量4.3亿人公里，下降18.5%。", "漯河市", 2025, "公路客运周转量"),
    ("企业开办时间压缩到1个工作日。", "定兴县", 2021, "企业开办时间压缩"),
])
def test_a_count_of_people_or_time_keeps_the_phrase_before(sentence, region, year, expected):
    assert named(sentence, region, year)[0][0] == expected


@pytest.mark.parametrize("sentence, region, year", [
    ("重点做好十一个方面工作。", "湖南省", 2026),  # a work report's outline (湖南 2026, 定兴县)
    ("今年要突出抓好以下5个方面工作。", "定兴县", 2021),
])
def test_a_count_of_the_reports_parts_is_no_figure(sentence, region, year):
    assert named(sentence, region, year) == []


@pytest.mark.parametrize("sentence, region, year, expected", [
    # after 其中 a level word is the thing before at that level (焦作 2025, 阿克苏 2025)
    ("年末共有省级以上企业技术中心101个，其中，国家级4个。", "焦作市", 2025, "国家级企业技术中心"),
    ("全市省级以上专精特新企业56家，其中国家级12家。", "阿克苏地区", 2025, "国家级专精特新企业"),
    # a parallel item takes the aspect of the one before (哈密 2025, 焦作 2025)
    ("国有控股企业增加值增长1.5%，股份制企业增长10.6%。", "哈密市", 2025, "股份制企业增加值"),
    ("粮油、食品类零售额下降1.6%，饮料类增长7.0%，烟酒类增长11.1%。", "焦作市", 2025, "烟酒类零售额"),
    # ... and stays itself when the one before has none: never glued to it (焦作 2025)
    ("石油及制品类下降4.9%，汽车类增长10.3%。", "焦作市", 2025, "汽车类"),
    # a bare aspect is of the thing before (益阳 2025); shared words are written once (容城县 2012)
    ("全年粮食种植面积551.84万亩，总产量236.88万吨，增长0.7%。", "益阳市", 2025, "粮食总产量"),
    ("2011年，本科上线682人，上线率72%。", "容城县", 2012, "本科上线率"),
])
def test_a_short_phrase_after_another_figure(sentence, region, year, expected):
    assert named(sentence, region, year)[-1][0] == expected


@pytest.mark.parametrize("sentence, region, year, expected", [
    # money followed by 的 and a thing is that thing's: named after it, the thing in `subject` (涞源县 2022,
    # 徐水县 2010, 汝州-style 总投资)
    ("启动投资2亿元的直隶黑猪养殖基地项目、投资1亿元的小白羽鸡育种项目。", "涞源县", 2022,
     [("直隶黑猪养殖基地项目投资", 2.0, "直隶黑猪养殖基地项目"), ("小白羽鸡育种项目投资", 1.0, "小白羽鸡育种项目")]),
    ("年内力争投资4亿元的巨力新能源二期扩建、投资3.12亿元的晨阳水性涂料等项目竣工投产。", "徐水县", 2010,
     [("巨力新能源二期扩建投资", 4.0, "巨力新能源二期扩建"), ("晨阳水性涂料投资", 3.12, "晨阳水性涂料")]),
    ("重点实施了总投资27.9亿元的汉关文化城。", "蠡县", 2020, [("汉关文化城总投资", 27.9, "汉关文化城")]),
    # 和 before another sum starts the next thing, as 、 does (容城县 2012; written: 及 and 总投资)
    ("力促续建项目提前竣工，完成投资2.85亿元的凯隆亿盛和投资2.54亿元的华悦鞋服项目建设。", "容城县", 2012,
     [("凯隆亿盛投资", 2.85, "凯隆亿盛"), ("华悦鞋服项目投资", 2.54, "华悦鞋服项目")]),
    ("启动投资2亿元的黑猪养殖基地项目及总投资3亿元的物流园项目。", "涞源县", 2022,
     [("黑猪养殖基地项目投资", 2.0, "黑猪养殖基地项目"), ("物流园项目总投资", 3.0, "物流园项目")]),
    # … but not before a sum said of the thing after it (徐水县 2012)
    ("投资142亿元的长城汽车零部件园及物流园项目完成投资5亿元。", "徐水县", 2012,
     [("长城汽车零部件园及物流园项目投资", 142.0, "长城汽车零部件园及物流园项目")]),
])
def test_a_figure_describing_a_project_is_the_projects(sentence, region, year, expected):
    d = document(sentence, region=region, year=year)
    assert [(r["indicator"], r["value"], r["subject"]) for r in extract_document(d)] == expected


@pytest.mark.parametrize("sentence, region, year, expected", [
    # a share names what it is of (江西 2026, 贵州 2026)
    ("确保民间投资占固定资产投资比重达40%以上。", "贵州省", 2026, "民间投资占固定资产投资比重"),
    ("力争企业研发经费支出占营业收入比重达1.26%。", "江西省", 2026, "企业研发经费支出占营业收入比重"),
    # a name cut before the word 的 qualifies (阿克苏 2025, 满城区 2022)
    ("地表水达到或好于Ⅲ类水体的比例为94.4%。", "阿克苏地区", 2025, "地表水达到或好于Ⅲ类水体的比例"),
    ("装配式建筑达到新建建筑面积的25%以上。", "满城区", 2022, "装配式建筑占新建建筑面积比例"),
    # a page or outline number left in front by the layout goes (泉州 2025, 益阳-style outline)
    (".2年末共有证券公司营业部5家。", "泉州市", 2025, "年末共有证券公司营业部"),
    ("—13— 全年获得专利授权6532件。", "濮阳市", 2025, "专利授权量"),  # (the page mark gone, the vocabulary names it)
    # the government's own place name in a proper name stays (苏州 2025, 浙江 2026)
    ("苏州港货物吞吐量6.13亿吨。", "苏州市", 2025, "苏州港货物吞吐量"),
    ("重庆东站旅客发送量1200万人次。", "重庆市", 2026, "重庆东站旅客发送量"),
])
def test_names_that_say_what_they_are_of(sentence, region, year, expected):
    assert named(sentence, region, year)[0][0] == expected


@pytest.mark.parametrize("sentence, region, year", [
    ("工业总产值是“十五”时期的4.8倍。", "河北省", 2026),  # a multiple of another period with no name of its own
    ("国内推力最大的220吨液体火箭发动机试车成功。", "陕西省", 2026),  # a record, not a figure of the government
])
def test_a_name_cut_before_what_it_qualifies_is_no_row(sentence, region, year):
    assert [r for r in named(sentence, region, year) if r[0].endswith("的")] == []


@pytest.mark.parametrize("name", ["38.0832.2业实现利润", "断面水质综合指数为3.0588"])
def test_numbers_run_together_by_a_table_are_no_name(name):
    assert says_nothing(name)


@pytest.mark.parametrize("sentence, region, year", [
    # a capacity, a voltage or an age right before the noun it describes (青海 2026, 阜平县 2020, 定兴县 2020,
    # 浙江 2026), a length before 的 (满城区 2020), a number inside a quoted name (安国市 2020, 贵州 2026, 上海 2021)
    ("加快德令哈35万千瓦光热电站建设。", "青海省", 2026),
    ("启动高阜口食品园区10千伏线路改造。", "阜平县", 2020),
    ("实施0-6岁残疾儿童康复救助工程。", "定兴县", 2020),
    ("为全省0—6岁儿童免费开展孤独症筛查。", "浙江省", 2026),
    ("全面落实“土十条”。", "安国市", 2020),
    ("落实“三个80%”要求。", "贵州省", 2026),
    ("深化落实“金融30条”。", "上海市", 2021),
])
def test_a_number_describing_a_noun_or_inside_a_name_is_no_figure(sentence, region, year):
    assert named(sentence, region, year) == []


@pytest.mark.parametrize("sentence, region, year, expected", [
    # ... but a length or an area before the noun measures it (上海 2021, 保定 counties)
    ("完成120.5公里架空线入地及合杆整治。", "上海市", 2021, [("完成架空线入地及合杆整治", 120.5)]),
    ("新建3万亩高标准农田。", "上海市", 2023, [("新建高标准农田", 3.0)]),
    # and a money figure with a length before 的 is the project's (满城区 2020)
    ("启动了投资2.8亿元、总长66公里的“南延北伸”供水管网工程。", "满城区", 2020,
     [("“南延北伸”供水管网工程投资", 2.8)]),
])
def test_a_measure_before_a_noun_is_named_by_it(sentence, region, year, expected):
    assert [r[:2] for r in named(sentence, region, year)] == expected


@pytest.mark.parametrize("sentence, region, year, expected", [
    # the next item of a list is done what the first is (辽宁 2026, 涞源县 2025, 博野县 2022)
    ("改造老旧小区682个、老旧管网7912公里。", "辽宁省", 2026, "改造老旧管网"),
    ("创建美丽庭院2900个、精品庭院800个。", "涞源县", 2025, "创建精品庭院"),
    ("全年新增5个市级农业创新驿站、24个家庭农场。", "博野县", 2022, "新增家庭农场"),
])
def test_list_items_share_the_verb_of_the_first(sentence, region, year, expected):
    assert named(sentence, region, year)[-1][0] == expected


@pytest.mark.parametrize("sentence, region, year, expected", [
    # a count's noun ends where the next figure of the list starts (内蒙古 2026)
    ("新增1个国家级优势特色产业集群、新入规加工企业20家以上。", "内蒙古自治区", 2026,
     [("新增国家级优势特色产业集群", 1.0), ("新入规加工企业", 20.0)]),
    # a 、 parting clauses leaves the verb after it (浙江 2026)
    # (出台20条举措 there: a count of a policy's articles, no figure: test_policy_counts_are_no_figures)
    ("第一时间成立支持外经贸高质量发展指挥部、出台20条举措。", "浙江省", 2026, []),
    # households are counted things: the noun after names them, not the phrase before (阜平县 2020)
    ("完成28个特色保留村民居改造，完成149户农村危房改造加固。", "阜平县", 2020,
     [("完成特色保留村民居改造", 28.0), ("完成农村危房改造加固", 149.0)]),
    # an aspect word with a verb or 总 is of the thing before, in the clause or after a 、 (徐水区 2024, 徐水县 2012)
    ("投产项目7个、总投资27亿元。", "徐水区", 2024, [("投产项目", 7.0), ("投产项目总投资", 27.0)]),
    ("入园企业达135家，实现产值131.9亿元。", "徐水县", 2012, [("入园企业", 135.0), ("入园企业实现产值", 131.9)]),
    # a verb ending in 及 keeps it (新疆 2026)
    ("出台10项民生政策，惠及251.6万人。", "新疆维吾尔自治区", 2026, [("出台民生政策惠及", 251.6)]),
    # short items of a list share the last one's head (昌都 2025, 海口-style 建筑、安装工程产值)
    ("全市广播、电视人口综合覆盖率分别达99.61%和99.77%。", "昌都市", 2025,
     [("广播人口综合覆盖率", 99.61), ("电视人口综合覆盖率", 99.77)]),
    ("建筑、安装工程产值分别增长4.7%和28.7%。", "海口市", 2025, [("建筑工程产值", 4.7), ("安装工程产值", 28.7)]),
    # a long name loses its note in brackets before it is cut, never keeps only the note (乌海 2025)
    ("全年邮政行业业务收入（不包括邮政储蓄银行直接营业收入）累计完成2.71亿元。", "乌海市", 2025,
     [("邮政行业业务收入", 2.71)]),
])
def test_list_items_and_aspects_get_their_own_names(sentence, region, year, expected):
    assert [r[:2] for r in named(sentence, region, year)] == expected


@pytest.mark.parametrize("sentence, region, year, expected", [
    # a bare sum is named by what it is spent on, in the clause or the next one (博野县 2025, 唐县 2020, 蠡县 2020)
    ("①投资5000万元推进博文路西段建设。", "博野县", 2025, [("推进博文路西段建设投资", 5000.0)]),
    ("投资4.6亿元完成贫困村电力改造升级、扶贫项目电力配套等工程建设。", "唐县", 2020,
     [("完成贫困村电力改造升级投资", 4.6)]),
    ("投资8500万元，建设供水管网157公里。", "蠡县", 2020, [("建设供水管网投资", 8500.0), ("建设供水管网", 157.0)]),
    # ... and is no row when no action follows: 投资 alone names nothing (docs/extract.md; 徐水区, 涞源县)
    ("投资8845万元，月明河综合治理成效初显。", "徐水区", 2019, []),
    ("投入资金7947.3万元，精准落实学前教育资助政策。", "涞源县", 2020, []),
])
def test_a_bare_sum_is_named_by_what_it_is_spent_on(sentence, region, year, expected):
    assert [r[:2] for r in named(sentence, region, year)] == expected


@pytest.mark.parametrize("sentence, region, year, expected", [
    # items counted alike are siblings, never glued to each other (益阳 2025)
    ("其中，幼儿园684所，小学326所，初中170所。", "益阳市", 2025, ["幼儿园", "小学", "初中"]),
    # an aspect word whose thing is a vocabulary name before it (徐水区 2024; 净增 before the name is a verb, so both
    # rows are the vocabulary's: tests/extract/test_headline_forms.py)
    ("全年净增高新技术企业22家，总数达100家。", "徐水区", 2024, ["高新技术企业", "高新技术企业"]),
    # the verb of a list is carried to its next item (阜平县 2022, 上海 2026)
    ("培训农村劳动力4794人、城镇失业人员285人。", "阜平县", 2022, ["培训农村劳动力", "培训城镇失业人员"]),
])
def test_siblings_aspects_and_verbs_of_a_list(sentence, region, year, expected):
    assert [r[0] for r in named(sentence, region, year)] == expected


def bulletin_names(text: str, region: str) -> dict[float, str]:
    d = document(text, region=region, year=2025, doc_type="statistical_communique")
    return {r["value"]: r["indicator"] for r in extract_document(d)}


@pytest.mark.parametrize("text, region, expected", [
    # a sentence that opens with how the figure before it is broken down: its items take that figure's aspect
    ("全年全市规模以上工业增加值比上年增长7.3%。分门类看，采矿业下降7.2%，制造业增长14.6%。"
     "分行业看，食品制造业增长9.8%，家具制造业增长12.7%。", "濮阳市",
     {-7.2: "采矿业增加值", 14.6: "制造业增加值", 9.8: "食品制造业增加值", 12.7: "家具制造业增加值"}),
    ("全年全部工业增加值比上年增长6.3%。规模以上工业增加值增长7.0%。在规模以上工业中，轻工业增长8.8%，重工业增长4.2%。",
     "泉州市", {8.8: "轻工业增加值", 4.2: "重工业增加值"}),
    # (the breakdown goes on after ；)
    ("全年居民消费价格下降0.5%。八大类消费中，食品烟酒下降1.4%；衣着下降0.3%；教育文化娱乐下降0.1%。", "益阳市",
     {-1.4: "食品烟酒价格", -0.3: "衣着价格", -0.1: "教育文化娱乐价格"}),
    # the lead may name the aspect itself
    ("全市规模以上工业增加值同比增长1.2%。从产品产量看：铁矿石原矿下降43%；水泥增长9.7%。", "昌都市",
     {-43.0: "铁矿石原矿产量", 9.7: "水泥产量"}),
    ("全年社会消费品零售总额6416.07亿元，比上年增长4.1%。在限额以上单位商品零售额中，通讯器材类零售额比上年增长53.2%，"
     "家电类增长47.8%，新能源汽车增长23.4%。", "泉州市", {47.8: "家电类零售额", 23.4: "新能源汽车零售额"}),
])
def test_the_items_of_a_breakdown_take_the_aspect_of_the_figure_they_break_down(text, region, expected):
    names = bulletin_names(text, region)
    assert {v: names.get(v) for v in expected} == expected


@pytest.mark.parametrize("text, region, value, name", [
    # a general aspect (总量) is no part of its items' names, nor is one added to a name with a measure of its own
    ("全年经济社会计划内指标用水总量85.07亿立方米。按水源分，地表水70.94亿立方米，地下水开采量13.59亿立方米。", "阿克苏地区",
     70.94, "地表水"),
    ("规模以上工业增加值增长7.6%。从轻重工业看，轻工业增长12.7%，重工业增长4.2%，轻工业增速快于重工业8.5个百分点。",
     "南宁市", 8.5, "轻工业增速快于重工业"),
    # no lead: the items of a sentence of their own stay as they are
    ("规模以上工业增加值增长7.0%。全年新建小学12所。", "泉州市", 12.0, "新建小学"),
])
def test_a_breakdown_adds_no_aspect_where_none_is_shared(text, region, value, name):
    assert bulletin_names(text, region)[value] == name


def test_gao_da_is_a_verb_before_the_figure():
    # 定兴县 2022: 优良天数高达255天 (高 is no part of the name)
    rows = named("空气质量持续改善。优良天数高达255天，同比增加10天。", "定兴县", 2022)
    assert {name for name, *_ in rows} == {"空气质量优良天数"}


@pytest.mark.parametrize("text, region, year, doc_type, expected", [
    # the growth of a list item said with its level is named by the item, not by its level (浙江 2026, 陕西 2026)
    ("中欧班列（义新欧）开行3005列、增长14.7%。", "浙江省", 2026, "government_work_report",
     {14.7: "中欧班列（义新欧）开行"}),
    ("中欧班列（西安）开行6037列、增长21.1%。", "陕西省", 2026, "government_work_report", {21.1: "中欧班列（西安）开行"}),
    # a product after another product is a thing of its own, however its units differ (邵阳 2025)
    ("饮料酒10.7万千升、下降32.5%，水泥339.3万吨、下降29.4%。", "邵阳市", 2025, "statistical_communique",
     {-32.5: "饮料酒", 339.3: "水泥", -29.4: "水泥"}),
    # an aspect after a rate is no measure of the rate (海口 2025): no row rather than 营业收入利润率实现利润总额; the rate
    # is of the firms before (营业收入利润率 an aspect word)
    ("规模以上工业企业营业收入比上年增长12.4%，营业收入利润率13.5%，实现利润总额比上年增长35.1%。", "海口市", 2025,
     "statistical_communique", {13.5: "规模以上工业企业营业收入利润率", 35.1: None}),
    # a state of the things counted before goes on from them, not from their sum (阜平县 2021)
    ("招商引资成果丰硕，累计签约引进县外投资项目43个，总投资逾200亿元，已落地25个。", "阜平县", 2021,
     "government_work_report", {25.0: "签约引进县外投资项目已落地"}),
])
def test_a_short_phrase_goes_on_from_the_figure_before_only_when_it_is_of_it(text, region, year, doc_type, expected):
    rows = extract_document(document(text, region=region, year=year, doc_type=doc_type))
    got = {}
    for r in rows:
        got.setdefault(r["value"], r["indicator"])
    assert {v: got.get(v) for v in expected} == expected


@pytest.mark.parametrize("sentence, region, year, value, name", [
    # a counted noun may open with a quote (北京 2026); the next count of a list counts its own noun (定兴县 2020)
    ("持续营造国际一流营商环境，累计推出119个“高效办成一件事”重点事项。", "北京市", 2026, 119.0,
     "推出“高效办成一件事”重点事项"),
    ("大力实施农村人居环境整治三年行动计划，完成84个村通村道路硬化和10公里“四好”农村公路建设。", "定兴县", 2020, 10.0,
     "完成“四好”农村公路建设"),
    # adverbs between a name and its verb are no part of the name (满城区 2023, 涞源县 2020)
    ("打响农村集体经济合同清理规范攻坚战，村集体收入全部达到5万元。", "满城区", 2023, 5.0, "村集体收入"),
    ("预计2019—2020雪季参与人数将突破20万人次。", "涞源县", 2020, 20.0, "2019—2020雪季参与人数"),
])
def test_the_noun_a_figure_counts(sentence, region, year, value, name):
    assert {v: n for n, v, *_ in named(sentence, region, year)}[value] == name


@pytest.mark.parametrize("full, short, name", [
    # a long name cut to its last words never starts inside a quoted name (湖南 2026, 上海 2026)
    ("支持建设100所“徐特立项目”学校", "特立项目”学校", "“徐特立项目”学校"),
    ("推动15个“沪派江南”风貌保护传承试点稳步推进", "派江南”风貌保护传承试点稳步推进", "“沪派江南”风貌保护传承试点稳步推进"),
    # too long with the quote: the cut goes past it (浙江 2026)
    ("面向重点群体开展“岗位需求+技能培训+技能评价+就业服务”职业技能培训", "技能评价+就业服务”职业技能培训", "职业技能培训"),
    ("新建改造城市主干道路总里程", "城市主干道路总里程", "城市主干道路总里程"),  # no quote: as cut
])
def test_a_cut_name_keeps_its_quotes_whole(full, short, name):
    assert with_whole_quotes(full, short, 24) == name


@pytest.mark.parametrize("text, region, year, doc_type, expected", [
    # a share keeps its share words, and its change is the share's (福建 2026, 乌海 2025)
    ("闽江水质首次实现全流域全优，九龙江流域优质水比例提升14.3个百分点。", "福建省", 2026, "government_work_report",
     ("九龙江流域优质水比例", "change", 14.3)),
    ("新兴动能加速释放。战新产业总产值占规上工业比重为10.4%，较上年提高2.3个百分点。", "乌海市", 2025,
     "statistical_communique", ("战新产业总产值占规上工业比重", "change", 2.3)),
    # a fall of a share is a fall (湖南 2026): the share words do not swallow the verb; a long share drops what it
    # is a share of before the thing
    ("高耗能制造业增加值占规模工业增加值比重下降0.5个百分点。", "湖南省", 2026, "government_work_report",
     ("高耗能制造业增加值比重", "change", -0.5)),
])
def test_a_share_and_its_change(text, region, year, doc_type, expected):
    rows = extract_document(document(text, region=region, year=year, doc_type=doc_type))
    assert expected in {(r["indicator"], r["measure"], r["value"]) for r in rows}


@pytest.mark.parametrize("text, region, level, value", [
    # the statistics' own population of firms is no one else (阿克苏地区, 安阳市 2025)
    ("全年建筑业增加值167.97亿元。具有资质等级的总承包和专业承包建筑业企业完成建筑业总产值299.91亿元，增长8.2%。",
     "阿克苏地区", "prefecture", 299.91),
    ("全年全市总承包和专业承包资质建筑业企业完成建筑业总产值1039.45亿元，比上年增长2.8%。", "安阳市", "prefecture",
     1039.45),
    # 地区 alone is a 地区's own place word (阿克苏地区 2025)
    ("二手房销售面积266.58万平方米。地区新建商品房待售面积322.67万平方米，下降10.2%。", "阿克苏地区", "prefecture", 322.67),
])
def test_the_governments_own_figures_have_no_subject(text, region, level, value):
    rows = extract_document(document(text, region=region, level=level, year=2025, doc_type="statistical_communique"))
    row = next(r for r in rows if r["value"] == value)
    assert row["subject"] == ""
    assert not row["indicator"].startswith("地区新建")


def test_a_projects_figure_keeps_its_subject():
    # 满城区 2023: 推动总投资53亿元的英利5GW光伏电池…竣工 is the project's
    d = document("推动总投资53亿元的英利5GW光伏电池、永红铸机等10个项目竣工。", region="满城区", year=2023)
    assert any(r["subject"] for r in extract_document(d) if r["value"] == 53.0)


@pytest.mark.parametrize("items, names", [
    # 等 closes a list: every item has the head after it (吉林 2026, 苏州 2025)
    (["食品", "石化", "医药", "信息等产业增加值"], ["食品产业增加值", "石化产业增加值", "医药产业增加值", "信息产业增加值"]),
    (["集成电路圆片", "工业自动调节仪表与控制系统", "工业机器人等产品产量"],
     ["集成电路圆片产品产量", "工业自动调节仪表与控制系统产品产量", "工业机器人产品产量"]),
    (["广播", "电视人口综合覆盖率"], ["广播人口综合覆盖率", "电视人口综合覆盖率"]),
])
def test_items_share_the_head_of_the_last(items, names):
    assert shared_head(items) == names


def test_a_respective_list_closed_by_deng():
    rows = named("强化工业支撑，食品、石化、医药、信息等产业增加值分别增长7.5%、11.5%、17.4%、7.3%。", "吉林省", 2026)
    assert {v: n for n, v, *_ in rows} == {7.5: "食品产业增加值", 11.5: "石化产业增加值", 17.4: "医药产业增加值",
                                          7.3: "信息产业增加值"}


@pytest.mark.parametrize("sentence, region, year, value, name", [
    # verbs of the grammar's action list say what is done to the counted noun (满城区 2023, 定兴县 2021, 容城县 2017)
    ("聘请华电、燕山大学、天津科技大学等5所高校为科技特派团。", "满城区", 2023, 5.0, "聘请高校为科技特派团"),
    ("打通兴达街、吉祥街南延、和平路3处“断头路”。", "定兴县", 2021, 3.0, "打通“断头路”"),
    ("深入开展专项治理，集中清理取缔91家非法加油站。", "容城县", 2017, 91.0, "集中清理取缔非法加油站"),
])
def test_more_action_verbs(sentence, region, year, value, name):
    assert {v: n for n, v, *_ in named(sentence, region, year)}[value] == name


@pytest.mark.parametrize("sentence, region, year", [
    # a yearly capacity before the plant it describes is no figure of the government (涞源县 2022, 吉林 2026)
    ("完成21个傍河村庄生活污水治理，宝迪公司年产5万吨有机肥厂建设完成。", "涞源县", 2022),
    ("抓好中粮油脂年产60万吨油料等项目建设。", "吉林省", 2026),
])
def test_a_capacity_before_a_plant_describes_it(sentence, region, year):
    assert all(unit != "万吨" for _, _, unit, _ in named(sentence, region, year))


@pytest.mark.parametrize("text, region, expected", [
    # the parts after 其中 take the aspect of the figure they split, in the sentence, counted alike (漯河, 邵阳 2025)
    ("全年全市保险公司保费收入65.2亿元。其中，财产险13.2亿元，寿险39.8亿元，意外险0.7亿元，健康险11.5亿元。", "漯河市",
     {13.2: "财产险保费收入", 39.8: "寿险保费收入", 0.7: "意外险保费收入"}),
    ("全市限额以上法人商贸企业1787户，完成零售额529.1亿元、下降14.5%，其中粮油、食品类90.5亿元、下降15.4%，"
     "饮料和烟酒类41.9亿元、下降8.7%。", "邵阳市", {90.5: "粮油、食品类零售额", 41.9: "饮料和烟酒类零售额"}),
    # the parts of a per-head income or spending are per head too, whoever the total is of (哈密, 乌海, 益阳 2025)
    ("全年全市居民人均可支配收入40050元，比上年增长6.4%。按常住地分，城镇居民人均可支配收入48647元，比上年增长5.8%，其中，"
     "工资性收入31496元，增长6.9%；经营净收入4022元，增长3.0%；财产净收入1542元，增长2.0%。", "哈密市",
     {4022.0: "城镇居民人均经营净收入", 1542.0: "城镇居民人均财产净收入"}),
    ("农村牧区常住居民人均可支配收入29506元，比上年增长4.8%。从主要收入构成看，工资性收入12734元，增长3.6%；"
     "经营净收入9079元，增长6.0%。", "乌海市", {9079.0: "农村居民人均经营净收入"}),
    ("全体居民人均消费支出25850元，其中，食品烟酒支出8026元，居住支出5040元。", "益阳市",
     {8026.0: "居民人均食品烟酒支出", 5040.0: "居民人均居住支出"}),
])
def test_the_parts_of_a_figure_after_qizhong(text, region, expected):
    names = bulletin_names(text, region)
    assert {v: names.get(v) for v in expected} == expected


def test_parts_end_with_their_sentence():
    # 安阳 2025: the schools after the insurance paragraph are no premiums
    text = "全年保险公司保费收入115.51亿元。其中，财产险31.6亿元，人身险83.92亿元。\n九、教育和科学技术\n全年全市各级各类学校2481所。"
    assert bulletin_names(text, "安阳市")[2481.0] == "各级各类学校"


@pytest.mark.parametrize("sentence, region, year", [
    # a meeting's number names the meeting, it is no figure (定兴县 2021, 辽宁 2026)
    ("我们要全面贯彻落实县十五次党代会和县委十五届三次全会精神。", "定兴县", 2021),
    ("按照省委十次全会部署，深入实施全面振兴新突破三年行动。", "辽宁省", 2026),
])
def test_meeting_numbers_are_no_figures(sentence, region, year):
    assert named(sentence, region, year) == []


@pytest.mark.parametrize("text, region, year, doc_type, expected", [
    # the running total after the year's new ones is no new one (苏州 2025, 上海 2026)
    ("全年新增三级医院4家、累计37家，新增三甲医院1家、累计17家。", "苏州市", 2025, "statistical_communique",
     {4.0: "新增三级医院", 37.0: "三级医院累计", 17.0: "三甲医院累计"}),
    ("新建绿道137公里、累计达到2136公里。", "上海市", 2026, "government_work_report", {2136.0: "绿道累计"}),
    # a comparison base is no part of the name (辽宁, 福建 2026)
    ("华锦阿美等重大外资项目落地，实际使用外资比“十三五”时期增长78.9%。", "辽宁省", 2026, "government_work_report",
     # (实际使用外资 is the vocabulary's 实际利用外资; the base 比“十三五”时期 is no part of the name either way)
     {78.9: "实际利用外资"}),
    ("高价值发明专利较“十三五”时期增长148%。", "福建省", 2026, "government_work_report", {148.0: "高价值发明专利"}),
    # a list a little over the length limit stays whole; its growth is named as its level (泉州, 哈密 2025)
    ("规模以上工业增加值增长7.0%。分门类看，采矿业下降10.0%，电力、热力、燃气及水生产和供应业下降0.2%。", "泉州市", 2025,
     "statistical_communique", {-0.2: "电力、热力、燃气及水生产和供应业增加值"}),
    ("农村居民人均可支配收入27533元，比上年增长6.6%，其中，工资性收入11219元，增长12.7%；经营净收入9662元，增长3.1%。",
     "哈密市", 2025, "statistical_communique", {9662.0: "农村居民人均经营净收入", 3.1: "农村居民人均经营净收入"}),
])
def test_running_totals_comparison_bases_and_long_lists(text, region, year, doc_type, expected):
    rows = extract_document(document(text, region=region, year=year, doc_type=doc_type))
    got = {r["value"]: r["indicator"] for r in rows}
    assert {v: got.get(v) for v in expected} == expected


@pytest.mark.parametrize("text, region, expected", [
    # a list of products: each item's figure is its output, and the items are siblings (邵阳, 益阳 2025)
    ("全市规模工业企业主要产品中，显示器45.6万台、增长3.1%，轻革99.1万平方米、增长2.5%，饮料酒10.7万千升、下降32.5%，"
     "水泥339.3万吨、下降29.4%。", "邵阳市", {3.1: "显示器产量", 2.5: "轻革产量", -32.5: "饮料酒产量", -29.4: "水泥产量"}),
    ("全年规模以上工业统计的主要产品产量中，生产印制电路板1117.59万平方米，比上年增长29.9%；电子元件482.92亿只，"
     "比上年增长1.0%。", "益阳市", {29.9: "生产印制电路板产量", 1.0: "电子元件产量"}),
    # the parts of 社会消费品零售总额 are 零售额 (濮阳 2025); a firm's kind holding 投资 takes the aspect too (漯河 2025)
    ("全年全市社会消费品零售总额862.35亿元，比上年增长5.0%。分城乡看，城镇577.47亿元，增长4.3%；乡村284.88亿元，增长6.5%。",
     "濮阳市", {577.47: "城镇零售额", 284.88: "乡村零售额"}),
    ("全年全市规模以上工业增加值比上年增长8.0%。分经济类型看，国有企业增加值增长3.1%，股份制企业增长8.1%，"
     "外商及港澳台商投资企业增长9.5%。", "漯河市", {8.1: "股份制企业增加值", 9.5: "外商及港澳台商投资企业增加值"}),
])
def test_products_and_retail_parts(text, region, expected):
    names = bulletin_names(text, region)
    assert {v: names.get(v) for v in expected} == expected


@pytest.mark.parametrize("sentence, region, year", [
    # a count of the indicators just listed, and its ranking, say nothing of any one of them (涞源县 2025, 宁夏 2026)
    ("全县空气质量综合指数、PM2.5浓度均值、PM10浓度均值、优良天数4项指标稳居全市第一。", "涞源县", 2025),
    ("全区5G用户渗透率、电信业务收入增幅等5项指标居全国第一。", "宁夏回族自治区", 2026),
])
def test_counts_of_indicators_are_no_figures(sentence, region, year):
    assert named(sentence, region, year) == []


@pytest.mark.parametrize("text, region, expected", [
    # a bare total that is an aspect word names its parts too (邵阳 2025); a per-head part says whose it is (邵阳, 益阳)
    ("全市保费收入109.8亿元，增长3.0%。其中财产险27.5亿元，增长1.8%；寿险60.4亿元，增长7.4%。", "邵阳市",
     {27.5: "财产险保费收入", 60.4: "寿险保费收入"}),
    ("城镇居民人均消费支出25045元、增长3.5%，其中烟酒食品类人均支出7986元、增长4.0%；农村居民人均消费支出19508元、"
     "增长5.3%，其中烟酒食品类人均支出6345元、增长3.8%。", "邵阳市",
     {7986.0: "城镇居民烟酒食品类人均支出", 6345.0: "农村居民烟酒食品类人均支出"}),
    ("全体居民人均消费支出25850元，其中，食品烟酒支出8026元。", "益阳市", {8026.0: "居民人均食品烟酒支出"}),
])
def test_parts_of_bare_and_per_head_totals(text, region, expected):
    names = bulletin_names(text, region)
    assert {v: names.get(v) for v in expected} == expected


@pytest.mark.parametrize("text, region, value, unit", [
    # freight and passenger turnover are counted in 吨公里 / 人公里, not in 吨 or 人 (焦作, 漯河 2025)
    ("全年全市公路货物运输总量2.14亿吨，比上年增长8.6%。公路货物运输周转量752.32亿吨公里，增长3.5%。", "焦作市", 752.32, "亿吨公里"),
    ("全年全市公路货运量7617万吨，比上年增长8.4%；公路货物运输周转量253.1亿吨公里，增长4.8%。", "漯河市", 253.1, "亿吨公里"),
])
def test_turnover_units(text, region, value, unit):
    rows = extract_document(document(text, region=region, year=2025, doc_type="statistical_communique"))
    assert (value, unit) in {(r["value"], r["unit"]) for r in rows}


@pytest.mark.parametrize("sentence, region, year", [
    # a daily capacity or a class of ship describes the plant or the channel after it: no figure (唐县 2020, 广西 2026)
    ("扎实开展农村人居环境整治，日处理500吨水泥窑协同处理生活垃圾项目建成投入使用。", "唐县", 2020),
    ("全力确保平陆运河建成通航，推进防城港30万吨级、北海20万吨级航道建设。", "广西壮族自治区", 2026),
])
def test_capacities_and_classes_describe_the_noun_after(sentence, region, year):
    assert all(not unit.endswith("吨") for _, _, unit, _ in named(sentence, region, year))


@pytest.mark.parametrize("sentence, region, year, gone, kept", [
    # a word of the clause's order or a manner alone names nothing: 其中, 最后, 剩余, 跃升 (data/name_grammar.csv, empty)
    ("全县建成高标准农田5000亩，其中1400亩。", "容城县", 2017, "其中", "新建高标准农田"),
    ("成立全省首家新媒体助力脱贫攻坚联盟。最后111户243人全部脱贫。", "博野县", 2021, "最后", None),
    ("全国重点实验室从15家跃升到38家。", "浙江省", 2026, "跃升", None),
    ("实际使用外资达到160.6亿美元、折合1148亿元人民币。", "上海市", 2026, "折合", None),
    ("城市低保人均保障标准从796元/月提高至842元/月。", "安徽省", 2026, "/月", None),
    # a verb of raising or spending money alone (action words): what the money is for was said before
    ("统筹各类资金，筹措890.59亿元。", "广西壮族自治区", 2026, "筹措", None),
    ("实施城区道路提升工程，斥资4967万元。", "定兴县", 2020, "斥资", None),
    ("改造老旧小区1.84万个，惠及310多万户。", "湖北省", 2026, "惠及", "老旧小区改造"),
])
def test_a_bare_word_that_names_nothing_gives_no_row(sentence, region, year, gone, kept):
    names = [name for name, *_ in named(sentence, region, year)]
    assert gone not in names
    assert kept is None or kept in names


def test_the_empty_words_are_words_of_the_grammar():
    from govreport.extract.names import load_grammar

    empty = set(load_grammar().words("empty"))
    assert {"其中", "剩余", "/月"} <= empty
    assert says_nothing("其中", set(), empty) and not says_nothing("其中企业", set(), empty)


@pytest.mark.parametrize("sentence, region, year, shared", [
    # a 分别 list whose figures all got one name: none of them is named, none is kept (湖北 2026; 苏州 2025)
    ("外贸新动能加快发展，对东盟、欧盟进出口分别增长16.7%、40.2%。", "湖北省", 2026, "对东盟、欧盟进出口"),
    ("分行业看，前六大主导行业实现产值32088.4亿元，比上年增长4.0%，其中计算机、通信和其他电子设备制造业，电气机械和器材制造业，"
     "通用设备制造业产值分别增长5.1%、4.6%和4.4%。", "苏州市", 2025, "通用设备制造业产值"),
])
def test_a_list_whose_figures_share_one_name_gives_no_rows(sentence, region, year, shared):
    rows = named(sentence, region, year)
    assert all(name != shared for name, *_ in rows)


def test_a_list_named_item_by_item_stays():
    # 辽宁 2026: the items are named one by one, each figure stays
    rows = named("水利、电网投资分别增长19.1%、12%。", "辽宁省", 2026)
    assert len({name for name, *_ in rows}) == len(rows) == 2


@pytest.mark.parametrize("sentence, region, year, expected", [
    # the second count of a list goes on with the first one's verb and names its own noun whole (福建, 山西 2026;
    # 蠡县 2022): never 级区域医疗中心, 业镇, 级美丽乡村示范村 (the name cut by the first item's length)
    ("健康福建建设全面推进，建成8个国家级、13个省级区域医疗中心，居民医保政策范围内住院报销比例达70%。", "福建省", 2026,
     ("建成省级区域医疗中心", 13.0)),
    ("打造2-3个精品村、11个省级美丽乡村示范村，创建50个“一村一品”示范村。", "蠡县", 2022, ("打造省级美丽乡村示范村", 11.0)),
    ("建成3个乡镇综合文化站、196个综合文化中心功能设施。", "蠡县", 2022, ("建成综合文化中心功能设施", 196.0)),
])
def test_the_next_count_of_a_list_keeps_its_noun_whole(sentence, region, year, expected):
    assert expected in [(name, value) for name, value, *_ in named(sentence, region, year)]


@pytest.mark.parametrize("sentence, region, year, expected", [
    # an aspect word of money or of a ratio takes the thing of the clause before (海口, 泉州 2025)
    ("规模以上工业企业营业收入比上年增长12.4%,营业收入利润率13.5%,实现利润总额比上年增长35.1%。", "海口市", 2025,
     ("规模以上工业企业营业收入利润率", 13.5)),
    ("新增发行境内外债券157只，规模651.35亿元，比上年下降2.9%；年末私募基金435家，资金规模1305.94亿元，比上年末增长7.6%。",
     "泉州市", 2025, ("私募基金资金规模", 1305.94)),
])
def test_an_aspect_word_takes_the_thing_before(sentence, region, year, expected):
    assert expected in [(name, value) for name, value, *_ in named(sentence, region, year)]


def test_an_aspect_word_without_a_thing_before_gives_no_row():
    # 海口 2025: 负债总额 opens its sentence, the banks are the sentence before's: no name, no row
    rows = named("全市银行业金融机构资产总额13945.62亿元，比上年末增长15.0%。负债总额13372.87亿元，比上年末增长16.0%。", "海口市", 2025)
    assert all(name != "负债总额" for name, *_ in rows) and any(v == 13945.62 for _, v, *_ in rows)


@pytest.mark.parametrize("sentence, region, year, expected", [
    # the government speaking (我们, 我们将) opens the clause and is no part of what is counted (重庆, 辽宁 2026), as the
    # other words that open a clause (predicates.csv: opening; 年底前 in 洛龙区's 2023 goals)
    # (their sentences, 我们将接续办好15件市级重点民生实事 and 我们继续安排20件民生实事, count a list of things promised: no row,
    # test_fields_of_free_phrases.py; the same openings before other counts, written for the rule)
    ("二、2026年工作安排\n我们将接续打造15个市级重点消费商圈。", "重庆市", 2026, ["接续打造市级重点消费商圈"]),
    ("二、2026年工作安排\n我们继续实施20个城市更新项目。", "辽宁省", 2026, ["继续实施城市更新项目"]),
    ("二、2023年工作安排\n年底前创成2个五星社区。", "洛龙区", 2023, ["创成五星社区"]),
])
def test_words_opening_a_clause_are_no_part_of_a_name(sentence, region, year, expected):
    d = document(sentence + "\n", region=region, year=year)
    assert [r["indicator"] for r in extract_document(d)] == expected
