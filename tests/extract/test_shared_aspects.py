"""The parts of a list or breakdown carry the aspect the list shares, and a bare aspect word carries the thing named
before it (issue 13, point 6): real sentences of several governments."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.grammar import load_grammar
from govreport.extract.names.phrases import breakdown_lead, names_a_thing, shared_head
from tests.support import document


def names(text: str, region: str, year: int, doc_type: str = "government_work_report") -> dict[float, str]:
    d = document(text, region=region, year=year, doc_type=doc_type)
    return {r["value"]: r["indicator"] for r in extract_document(d)}


def _grammar() -> tuple[tuple[str, ...], frozenset[str]]:
    g = load_grammar()
    return g.words("aspect"), frozenset(r.word for r in g.of("action"))


@pytest.mark.parametrize("items, expected", [
    # the last item's aspect is the list's (广西 2026, 浙江 2026, 阜平县 2021, 苏州 2025)
    (["规上高技术制造业", "装备制造业增加值"], ["规上高技术制造业增加值", "装备制造业增加值"]),
    (["汽车用锂电池", "太阳能电池", "工业机器人产量"], ["汽车用锂电池产量", "太阳能电池产量", "工业机器人产量"]),
    (["集成电路", "工业机器人产量"], ["集成电路产量", "工业机器人产量"]),  # (never 集成电路人产量)
    (["城乡居民基本养老保险", "基本医疗保险参保率"], ["城乡居民基本养老保险参保率", "基本医疗保险参保率"]),
    # two-character items share the last one's head word (辽宁, 陕西 2026)
    (["刑事", "治安案件"], ["刑事案件", "治安案件"]),
    # a bare aspect after an item with a thing is of that thing (阜平县 2020, 吉林 2026)
    (["建档立卡贫困人口医保参保率", "资助率"], ["建档立卡贫困人口医保参保率", "建档立卡贫困人口医保资助率"]),
    (["省属企业营业收入", "利润"], ["省属企业营业收入", "省属企业利润"]),
    # a bare rate word after a rate of a thing (北京 2026: the rate words of the language are mostly three characters)
    (["市民服务热线诉求解决率", "满意率"], ["市民服务热线诉求解决率", "市民服务热线诉求满意率"]),
    (["适龄儿童入园率", "普惠率"], ["适龄儿童入园率", "适龄儿童普惠率"]),
    # items of their own: a measure already said (进口货值), an action opening one (新增外资企业) (海南 2026)
    (["进口货值", "免签入境游客", "新增外资企业", "离岛免税销售额"],
     ["进口货值", "免签入境游客", "新增外资企业", "离岛免税销售额"]),
])
def test_list_items_share_the_aspect_of_the_last(items, expected):
    aspects, actions = _grammar()
    assert shared_head(items, aspects, actions) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    ("规上高技术制造业、装备制造业增加值分别增长23.7%、16.5%，汽车用锂电池、太阳能电池、工业机器人产量分别增长54.5%、"
     "43.1%、86.3%。", "广西壮族自治区", 2026,
     {23.7: "规上高技术制造业增加值", 54.5: "汽车用锂电池产量", 43.1: "太阳能电池产量"}),
    # an item the vocabulary reads only with the list's head (城乡居民基本养老保险 + 参保率) is a phrase with it (阜平县 2021,
    # 浙江 2026); the vocabulary's own item stays its indicator
    ("城乡居民基本养老保险和基本医疗保险参保率分别达到98%和96%以上。", "阜平县", 2021,
     {98.0: "城乡居民基本养老保险参保率", 96.0: "基本医疗保险参保率"}),
    ("全省国际航空旅客和货邮吞吐量分别增长14.2%、13.1%。", "浙江省", 2026,
     {14.2: "国际航空旅客吞吐量", 13.1: "机场货邮吞吐量"}),
    ("持续开展“平安护航”专项行动，刑事、治安案件分别下降12%、3.3%。", "辽宁省", 2026, {-12.0: "刑事案件"}),
    ("推动“百业+文旅”融合创新，国内游客、入境游客数量分别增长6.9%、68.4%。", "安徽省", 2026, {6.9: "国内游客数量"}),
    ("保障政策精准落实。建档立卡贫困人口医保参保率和资助率均达到100%，医疗“三重保障”政策全面落实。", "阜平县", 2021,
     {100.0: "建档立卡贫困人口医保资助率"}),
    ("深入实施国企改革深化提升行动，实现国有资本收益107.2亿元、增长65.9%，省属企业营业收入、利润分别增长6%、60.7%。",
     "吉林省", 2026, {60.7: "省属企业利润"}),
])
def test_list_items_named_with_the_lists_aspect(text, region, year, expected):
    got = names(text, region, year)
    assert {v: got.get(v) for v in expected} == expected


@pytest.mark.parametrize("text, region, expected", [
    # the parts after 其中 of a count of pupils are pupils (安阳, 昌都, 益阳 2025)
    ("基础教育在校生1102420人，其中：学前121644人、义务754113人（小学449319人，初中304794人）、高中175804人、特教1543人；"
     "中等职业教育在校生49316人。", "安阳市", {121644.0: "学前在校生", 304794.0: "初中在校生", 1543.0: "特教在校生"}),
    ("现有在校生166943人，其中：学前26118人、小学83935人、初中36229人、高中16236人、特校171人、职校4254人。", "昌都市",
     {36229.0: "初中在校生", 4254.0: "职校在校生"}),
    # teachers after the pupils' parts are no pupils
    ("在校学生53.39万人（不含高等教育学生），其中，幼儿园6.09万人，小学22.89万人，初中13.55万人；全市现有中小学教职工"
     "7.19万人，其中，在职4.53万人，离退休2.66万人。", "益阳市",
     {6.09: "幼儿园在校生", 13.55: "初中在校生", 7.19: "现有中小学教职工", 4.53: "在职"}),
    # the parts of those insured are insured (邵阳 2025)
    ("基本医疗保险参保人数612.2万人，其中，城乡居民553.9万人。", "邵阳市", {553.9: "城乡居民参保人数"}),
    # the parts of the insurers' payments are payments (邵阳 2025)
    ("全年保险公司保费收入148.1亿元。各项保险赔付支出54.4亿元，增长16.7%。其中财产险20.8亿元，增长6.1%；寿险21.1亿元，"
     "增长64.1%；健康险11.6亿元，下降13.1%。", "邵阳市", {20.8: "财产险赔付支出", 11.6: "健康险赔付支出"}),
])
def test_the_parts_after_qizhong_take_the_totals_aspect(text, region, expected):
    got = names(text, region, 2025, "statistical_communique")
    assert {v: got.get(v) for v in expected} == expected


@pytest.mark.parametrize("text, region, year, value, name", [
    # a rate right after the rate of a thing is of that thing (涞源县 2020)
    ("义务教育阶段控辍保学成效明显，小学和初中入学率100%，巩固率99%。", "涞源县", 2020, 99.0, "小学和初中巩固率"),
    # a rate after a count of the thing's members is the thing's; the verb of new ones goes (浙江 2026)
    ("建成老年助餐点1.18万个。新增长护险参保人数1561万人，参保率达93%。", "浙江省", 2026, 93.0, "长护险参保率"),
    # what the clause before names is no thing: the rate stays as it is, never a made-up name (定兴县 2022, 容城县 2012)
    ("强势推进一二三街424户扫尾，45天签约293户，签约率70%，跨越十年之久的老城区拆迁即将圆满收官。", "定兴县", 2022, 70.0,
     "签约率"),
    # a verb and its object is no thing the rate is of (蠡县 2022)
    ("加大养老保险征缴力度，确保参保率达95%以上。", "蠡县", 2022, 95.0, "参保率"),
    # a clause without a figure that says of a thing only that it moved gives the rate after it its thing (容城县 2012,
    # 徐水县 2010), past an extent word (覆盖面)
    ("新农保顺利启动，参保率达96%，发放养老金1100万元。", "容城县", 2012, 96.0, "新农保参保率"),
    ("保证了企业离退休人员工资按时发放；城镇居民基本医疗保险覆盖面进一步扩大，参保率达91%。", "徐水县", 2010, 91.0,
     "城镇居民基本医疗保险参保率"),
    # a clause with a figure (完成签约2090户) names no thing: the rate is of the one thing the sentence names (定兴县 2022)
    ("聚焦产业发展拓展城市空间，实施三辛告、高家庄4个村整体征迁工作，完成签约2090户，签约率达到96%。", "定兴县", 2022,
     96.0, "村整体征迁工作签约率"),
])
def test_a_bare_rate_takes_the_thing_before_only_when_one_is_named(text, region, year, value, name):
    assert names(text, region, year).get(value) == name


@pytest.mark.parametrize("topic, ok", [
    ("手工加工点", True), ("建档立卡贫困人口医保", True), ("12345政务服务热线受理群众诉求", True), ("15人以上手工加工点", True),
    ("合格", False), ("45天签", False), ("空气质量优良天数比率", False), ("老旧小区完成改造提升已达标", False),
])
def test_what_names_a_thing(topic, ok):
    verbs = frozenset(("完成", "实现", "达到", "新增"))
    assert names_a_thing(topic, verbs) is ok


@pytest.mark.parametrize("text, region, expected", [
    # a breakdown opened by what is broken down and 中, without 在 (海口, 南宁, 安阳 2025)
    ("全年社会消费品零售总额1185.93亿元，增长3.2%。\n限额以上单位商品零售中，家用电器和音像器材类增长120.6%,文化办公用品类增长"
     "117.6%,通讯器材类增长61.8%。", "海口市", {120.6: "家用电器和音像器材类零售额", 61.8: "通讯器材类零售额"}),
    ("全年规模以上工业增加值比上年增长6.8%。\n规上工业中，烟草制品业增加值比上年增长4.0%；电气机械和器械制造业增长25.4%，其中，"
     "电池制造业增长26.6%；农副食品加工业增长7.9%。", "南宁市",
     {25.4: "电气机械和器械制造业增加值", 26.6: "电池制造业增加值", 7.9: "农副食品加工业增加值"}),
    ("全年规模以上工业增加值增长6.2%。全年规模以上工业中，传统产业增加值增长8.1%；战略性新兴产业增长20.3%；高新技术产业增长"
     "14.0%。", "安阳市", {20.3: "战略性新兴产业增加值", 14.0: "高新技术产业增加值"}),
    # an item that names its aspect leads the items after it (鹤壁 2025: sales broken down, the items' retail sales)
    ("\n在限额以上批发和零售业商品销售额中，粮油食品类零售额比上年增长48.2%，饮料类增长1.0%，烟酒类增长9.8%。", "鹤壁市",
     {1.0: "饮料类零售额", 9.8: "烟酒类零售额"}),
])
def test_a_breakdown_lead_without_zai(text, region, expected):
    got = names(text, region, 2025, "statistical_communique")
    assert {v: got.get(v) for v in expected} == expected


@pytest.mark.parametrize("sentence, lead", [
    ("全年限额以上单位商品零售额中，文化办公用品类比上年增长63.1%", "全年限额以上单位商品零售额"),
    ("规上工业中，烟草制品业增加值比上年增长4.0%", "规上工业"),
    # words before 中 that name no whole broken down open no breakdown
    ("年末户籍人口中，男性人口390万人", None),
    ("推进工作中，新建学校12所", None),
])
def test_what_opens_a_breakdown(sentence, lead):
    aspects, _ = _grammar()
    assert breakdown_lead(sentence, 0, len(sentence), aspects) == lead


@pytest.mark.parametrize("text, region, year, doc_type, expected", [
    # the next item of a list of new ones is new too (蠡县 2022)
    ("工业发展更加扎实。新设企业1373户、个体工商户3849户，市场主体达31786户。", "蠡县", 2022, "government_work_report",
     {3849.0: "新设个体工商户"}),
    # the parts after 其中 of new ones are new ones (泉州 2025), a running total among them is not (苏州 2025)
    ("全年新登记经营主体24.52万家，其中企业6.82万家，个体工商户17.68万家。年末经营主体171.12万家，其中企业50.20万家，个体工商户"
     "120.46万家。", "泉州市", 2025, "statistical_communique",
     {68200.0: "新增企业", 176800.0: "新增个体工商户", 1204600.0: "个体工商户"}),
])
def test_the_parts_of_new_ones_are_new(text, region, year, doc_type, expected):
    got = names(text, region, year, doc_type)
    assert {v: got.get(v) for v in expected} == expected


@pytest.mark.parametrize("text, region, year, value, name", [
    # 发展到 says the level reached, as 增加到 does; 从无到有 says nothing of what is counted (徐水区 2010, 阜平县 2020, 2021)
    ("蔬菜、畜牧、林果三大主导产业规模进一步壮大，蔬菜面积发展到15.7万亩，奶牛存栏3.67万头。", "徐水县", 2010, 15.7,
     "蔬菜种植面积"),
    ("建成36个标准化手工业厂房，15人以上手工加工点发展到221家，从业人员达到7000余人。", "阜平县", 2020, 221.0,
     "15人以上手工加工点"),
    ("整理出7.6万亩荒山，完成了5.38万人的搬迁，种植了9.7万亩林果，食用菌从无到有发展到2.1万亩。", "阜平县", 2021, 2.1,
     "食用菌"),
    # the staff after it are the workshops' (阜平县 2020)
    ("建成36个标准化手工业厂房，15人以上手工加工点发展到221家，从业人员达到7000余人。", "阜平县", 2020, 7000.0,
     "15人以上手工加工点从业人员"),
])
def test_fazhan_dao_is_a_level_reached(text, region, year, value, name):
    assert names(text, region, year).get(value) == name


@pytest.mark.parametrize("text, region, year, doc_type, expected", [
    # a list sharing a word before its aspect (贷款 of 贷款余额) gives it to each item (安徽 2026)
    ("制造业、普惠小微贷款余额分别增长10.7%、12%。", "安徽省", 2026, "government_work_report",
     {10.7: "制造业贷款余额", 12.0: "普惠小微贷款余额"}),
    # the pair 存贷 written apart: 存 takes the rest of 贷款 (海南 2026; 涞水县 2020 writes it whole)
    ("金融机构本外币存、贷款余额分别突破1.5万亿元、1.4万亿元。", "海南省", 2026, "government_work_report",
     {1.5: "金融机构本外币存款余额"}),
    ("金融机构存款、贷款余额分别增长9%、12%。", "涞水县", 2020, "government_work_report", {9.0: "金融机构存款余额"}),
    # the parts of a balance of loans are balances (益阳, 哈密 2025)
    ("金融机构本外币贷款余额2750.64亿元，比年初增加140.44亿元。从贷款分类看，中长期贷款1831.26亿元，比年初减少5.87亿元；"
     "短期贷款773.24亿元，比年初增加140.98亿元。", "益阳市", 2025, "statistical_communique",
     {1831.26: "中长期贷款余额", 773.24: "短期贷款余额"}),
])
def test_a_word_the_list_shares_before_its_aspect(text, region, year, doc_type, expected):
    got = names(text, region, year, doc_type)
    assert {v: got.get(v) for v in expected} == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # a stage verb alone counts the thing of the last figure counted alike: before its own stage (涞源县 2020, 云南 2026,
    # 海南 2026: none of those finished is new), after the verb of the figure before (广西 2026)
    ("宝迪养猪能繁基地五条生产线均已完工，第一条生产线投入使用;分散养殖场已建成86个，投产59个。", "涞源县", 2020,
     {86.0: "分散养殖场", 59.0: "分散养殖场投产"}),
    ("新能源开工1600万千瓦、投产1000万千瓦以上。", "云南省", 2026, {1000.0: "新能源投产"}),
    ("加快省重大项目建设进度，年投资亿元以上项目新开工43个以上、竣工38个以上。", "海南省", 2026,
     {38.0: "年投资亿元以上项目竣工"}),
    ("实施“千村引领、万村提升”工程项目2758个、完工2746个。", "广西壮族自治区", 2026,
     {2746.0: "完工“千村引领、万村提升”工程项目"}),
    ("自治区重大项目开工390个、竣工437个。", "广西壮族自治区", 2026, {437.0: "自治区重大项目竣工"}),
    # a verb of handling a case counts the cases of the figure before, after its own verbs (容城县 2019)
    ("环境执法持续加强，全年立案查处环境违法案件22起，立案处罚159起。", "容城县", 2019, {159.0: "立案处罚环境违法案件"}),
])
def test_a_stage_verb_alone_counts_the_thing_before(text, region, year, expected):
    got = names(text, region, year)
    assert {v: got.get(v) for v in expected} == expected


@pytest.mark.parametrize("text, region, year, doc_type, value, name", [
    # staff or a rate two clauses after the one thing the sentence's figures name is that thing's (阜平县 2017, 泉州 2025;
    # 18个门类 and 1410批次 name no thing of their own)
    ("把家庭手工业作为群众短期增收的重要渠道，目前10人以上加工点发展到251个，涉及箱包、服装、玩具等18个门类，从业人员1.3万人，"
     "人均年收入1.8万元左右。", "阜平县", 2017, "government_work_report", 1.3, "10人以上加工点从业人员"),
    ("全年省级监督抽查泉州市工业产品生产企业1465批次产品，合格1410批次，抽样合格率96.3%。", "泉州市", 2025,
     "statistical_communique", 96.3, "省级监督抽查泉州市工业产品生产企业抽样合格率"),  # (22 characters: whole)
    # a sentence naming several things gives none, and a rise per household is of the households (阜平县 2017)
    ("着眼群众快速、持续、稳定增收，把食用菌产业作为主导产业进行培育，流转土地9150亩，按照“政府金融科技龙头企业基地农户”模式，"
     "建成大棚3300 余栋，产值达1.13亿元，带动近4000 农户，户均增收2万元以上。", "阜平县", 2017, "government_work_report",
     2.0, "户均增收"),
])
def test_a_rate_takes_the_one_thing_the_sentence_names(text, region, year, doc_type, value, name):
    assert names(text, region, year, doc_type).get(value) == name


def test_a_per_head_figure_after_a_per_head_income_is_of_the_same_people():
    # 泉州 2025: the spending per head after the urban and the rural income per head (vocabulary rows, not headline)
    got = names("按常住地分，城镇居民人均可支配收入66511元，增长4.6%，人均消费支出41366元，增长5.0%；农村居民人均可支配收入"
                "33321元，增长5.7%，人均消费支出24796元，增长6.1%。", "泉州市", 2025, "statistical_communique")
    assert (got.get(41366.0), got.get(24796.0)) == ("城镇居民人均消费支出", "农村居民人均消费支出")


def test_a_per_head_figure_after_a_semicolon_is_of_the_people_of_the_part_before():
    # 焦作 2025: the whole population's spending per head, after its income per head and a ；
    got = names("全年全市居民人均可支配收入37116元，比上年增长5.5%；人均消费支出25679元，增长4.4%。", "焦作市", 2025,
                "statistical_communique")
    assert got.get(25679.0) == "居民人均消费支出"


@pytest.mark.parametrize("text, region, year, expected", [
    # a list item of the same head and unit goes on with the verb of the item before (阜平县 2013, 徐水区 2019,
    # 容城县 2015, 蠡县 2020): without it the count reads as the stock
    ("通讯设施，新建移动基站45座，联通基站22座，电信基站28座，力争尽早实现通信网络全覆盖。", "阜平县", 2013,
     {45.0: "新建移动基站", 22.0: "新建联通基站", 28.0: "新建电信基站"}),
    ("全年谋划亿元以上项目不少于20个，5亿元以上项目不少于10个，10亿元以上项目不少于5个。", "徐水区", 2019,
     {10.0: "谋划5亿元以上项目", 5.0: "谋划10亿元以上项目"}),
    ("大力培树领军企业，力争新增纳税超1000万元企业2家，超500万元企业10家。", "容城县", 2015,
     {10.0: "新增纳税超500万元企业"}),
    ("健全重大行政决策程序，办理行政复议案件15件，行政诉讼案件16件。", "蠡县", 2020, {16.0: "办理行政诉讼案件"}),
    # a total is the stock, nothing done (北京 2026); an item with a verb of its own keeps it (浙江 2026)
    ("开通3条地铁新线、新增运营里程30公里，总里程达909公里、居全国首位。", "北京市", 2026, {909.0: "总里程"}),
    ("布局建设省级概念验证中心67家、省级中试平台11家，成功创建国家级制造业中试平台3家。", "浙江省", 2026,
     {3.0: "成功创建国家级制造业中试平台"}),
    # an aspect word of installed power after a figure of a thing is of that thing (宁夏 2026)
    ("出台构建新型能源体系实施意见，新能源投资增长70%、装机规模增长38%，利用率达94.5%。", "宁夏回族自治区", 2026,
     {38.0: "新能源装机规模"}),
    # a level word alone before the next count's level word counts the same noun (山西 2026)
    ("实施省级区域医疗中心扩容行动，新建6个国家级、20个省级临床重点专科，打造名医名科名院。", "山西省", 2026,
     {6.0: "新建国家级临床重点专科", 20.0: "新建省级临床重点专科"}),
])
def test_list_items_go_on_with_what_the_list_shares(text, region, year, expected):
    got = names(text, region, year)
    assert {v: got.get(v) for v in expected} == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # a verb of its own (争创, 增容) is no item of the list before it (满城区 2023, 容城县 2017)
    ("新增停车位1076个、公厕和口袋公园各5个，争创四星级公园1个。", "满城区", 2023, {1.0: "争创四星级公园"}),
    ("新增110千伏变电站2座，增容35千伏变电站6座，电力保障能力持续增强。", "容城县", 2017, {6.0: "增容35千伏变电站"}),
])
def test_an_item_with_a_verb_of_its_own_keeps_it(text, region, year, expected):
    got = names(text, region, year)
    assert {v: got.get(v) for v in expected} == expected


def test_names_in_quotes_take_no_verb_of_the_item_before():
    # 洛龙区 2023 (seed 000): “投产一批” is the name of a batch, not 开工投产; a 各 list keeps the quote whole (满城区 2023)
    got = names("前六期“三个一批”项目累计在库36个,其中“签约一批”项目11个,“开工一批”项目15个,“投产一批”项目10个。",
                "洛龙区", 2023)
    assert got.get(10.0) == "“投产一批”项目"
    got = names("全年新增高新技术企业和“专精特新”企业各3家、科技型中小企业30家。", "满城区", 2023)
    assert "新增专精特新" not in "".join(got.values())


@pytest.mark.parametrize("text, region, year, expected", [
    # how many died is said of the events counted before it in the list (福建, 吉林, 湖南, 山西 2026)
    ("安全形势总体平稳。生产安全事故起数、死亡人数分别下降15.2%、13.3%。", "福建省", 2026,
     {-15.2: "生产安全事故起数", -13.3: "生产安全事故死亡人数"}),
    ("通化市入选国家生态产品价值实现机制试点。生产安全事故起数和死亡人数分别下降15.1%、17%。", "吉林省", 2026,
     {-17.0: "生产安全事故死亡人数"}),
    ("新增消防蓄水池30万立方米。安全生产事故起数和死亡人数分别下降4.3%、5.6%。", "湖南省", 2026,
     {-5.6: "安全生产事故死亡人数"}),
    ("全年未发生重大及以上生产安全事故，事故起数、死亡人数同比分别下降12.04%、11.56%。", "山西省", 2026,
     {-11.56: "事故死亡人数"}),
])
def test_deaths_are_of_the_events_counted_before(text, region, year, expected):
    got = names(text, region, year)
    assert {v: got.get(v) for v in expected} == expected


def test_deaths_alone_are_kept_when_no_thing_is_found():
    # 焦作 2025: the deaths after a ；stay a row, as before (name_grammar.csv: 死亡人数 alone)
    got = names("全年全市共发生各类生产安全事故25起，死亡26人。事故起数比上年减少4起，下降约13.8%；死亡人数下降约10.3%。",
                "焦作市", 2025, doc_type="statistical_communique")
    assert -10.3 in got
