"""Names that start and end between words, and numbers that are no figures (issue 13, point 6): a long phrase cut
to its last words never starts inside a word (规模以上 -> 上文化…) nor drops a list's first item; a predicate that
is one word with the character before it (压减, 调增) or a word ending like a predicate (违法行为) leaves no
character of it in the name; a count of a policy's articles or of plans written is no row; real sentences of
several governments (data/name_edges.csv, data/policy_counts.csv)."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import clean_phrase, counts_policy, last_words, shared_head
from tests.support import document


def named(text: str, region: str, year: int, **kw) -> list[tuple]:
    d = document(text, region=region, year=year)
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_document(d, **kw)]


def _jieba():
    from govreport.extract.segment import get_segmenter

    return get_segmenter("jieba")


# ------------------------------------------------------------------ where a long name is cut

@pytest.mark.parametrize("phrase, name", [
    # a cut on a postposition takes the word it belongs to (南宁 2025)
    ("规模以上文化及相关产业企业营业收入", "规模以上文化及相关产业企业营业收入"),
    # a cut on a one-character word takes the word before (北京 2026: 服务包)
    ("为服务包企业和服务热线拨打企业提供服务", "服务包企业和服务热线拨打企业提供服务"),
    # a cut right after a list's connecting word keeps the list's first item (株洲 2025)
    ("具有建筑业资质等级的总承包和专业承包建筑业企业实现利润总额", "总承包和专业承包建筑业企业实现利润总额"),
    # after 的 a one-character word starts the name (益阳 2025)
    ("具有资质等级的总承包和专业承包建筑企业", "总承包和专业承包建筑企业"),
    # a cut in a qualifier's number moves on to the thing (保定's counties: 投资…万元的…)
    ("投资9920万元的农村饮水安全工程供水站", "农村饮水安全工程供水站"),
    ("投资6800万元责任主体灭失矿山修复治理工程", "责任主体灭失矿山修复治理工程"),
])
def test_a_long_name_is_cut_between_words_that_may_start_a_name(phrase, name):
    assert last_words(_jieba().cut(phrase), 16, 8) == name


def test_a_long_name_keeps_the_place_word_a_proper_name_starts_with():
    # 生态环境部 (一个部): jieba leaves 部 apart, the cut never starts on it
    assert last_words(_jieba().cut("生态环境部强化监督定点帮扶交办问题"), 16, 8) == "生态环境部强化监督定点帮扶交办问题"


def test_long_names_in_documents_start_between_words():
    rows = named("全年规模以上文化及相关产业企业营业收入314.42亿元，比上年增长8.5%。", "南宁市", 2025, segmenter=_jieba)
    assert {r[0] for r in rows} == {"规模以上文化及相关产业企业营业收入"}
    # (a name of 24 characters at most stays whole: tests/extract/test_long_names.py; this one is longer)
    rows = named("具有建筑业资质等级的总承包和专业承包建筑业企业实现利润总额24.6亿元。", "株洲市", 2025, segmenter=_jieba)
    assert {r[0] for r in rows} == {"总承包和专业承包建筑业企业实现利润总额"}


@pytest.mark.parametrize("phrase, name", [
    ("以上文化及相关产业", "以上文化及相关产业"),  # 以上 is a word: its 以 is no connecting word
    ("及时足额拨付", "及时足额拨付"),  # 博野县 2025
    ("和田地区矿业权出让实现收益", "和田地区矿业权出让实现收益"),  # 新疆 2026: a place
    ("和种子独角兽企业", "种子独角兽企业"),  # a connecting word still goes
    ("及以上城市空气质量", "以上城市空气质量"),
])
def test_a_word_starting_with_a_connecting_character_keeps_it(phrase, name):
    assert clean_phrase(phrase) == name


@pytest.mark.parametrize("sentence, region, year, name", [
    ("年末地区共有剧场10个，艺术团体10个。", "阿克苏地区", 2025, "剧场"),  # 共有 (there are) leads in, whole
    ("年末全市共有普通高等学校16所。", "海口市", 2025, "普通高等学校"),
    ("职工医保个人账户家庭共济改革惠及616.2万名近亲属、共济金额69.1亿元。", "浙江省", 2026, "共济金额"),  # 共济: one word
])
def test_the_lead_words_go_whole_and_no_word_loses_its_first_character(sentence, region, year, name):
    assert name in [r[0] for r in named(sentence, region, year)]


def test_a_place_named_with_the_government_short_name_and_another_kind_stays_itself():
    # 阿克苏市 in 阿克苏地区's communiqué: the city, not the prefecture's 阿克苏 and a stray 市
    rows = named("阿克苏市环境空气质量优良天数161天。", "阿克苏地区", 2025)
    assert rows and all(not r[0].startswith("市") for r in rows)


# ------------------------------------------------------------------ where a name ends: predicates of two characters

@pytest.mark.parametrize("sentence, region, year, expected", [
    ("全级次国企法人数量压减67.7%。", "重庆市", 2026, ("全级次国企法人数量", -67.7, "%")),
    ("省级一般性支出压减22.3%。", "吉林省", 2026, ("省级一般性支出", -22.3, "%")),
    ("城乡居民基础养老金最低标准调增11.8%。", "福建省", 2026, ("城乡居民基础养老金最低标准", 11.8, "%")),
    # (削减 out of the name; the side it cuts, the emission, named: name_grammar.csv change_aspect)
    ("化学需氧量累计削减3008.2吨。", "容城县", 2017, ("化学需氧量排放量", -3008.2, "吨")),
])
def test_a_two_character_predicate_leaves_nothing_in_the_name(sentence, region, year, expected):
    assert expected in named(sentence, region, year)


@pytest.mark.parametrize("sentence, region, year, expected", [
    ("立案查处环境违法行为220件。", "涞水县", 2020, ("立案查处环境违法行为", 220.0, "件")),
    ("处理违规经营行为2370起。", "容城县", 2020, ("处理违规经营行为", 2370.0, "起")),
])
def test_a_word_ending_like_a_predicate_stays_in_the_name(sentence, region, year, expected):
    assert named(sentence, region, year) == [expected]


@pytest.mark.parametrize("sentence, region, year, expected", [
    ("检查生产经营单位1523家次，牢牢守住安全底线。", "蠡县", 2022, ("检查生产经营单位", 1523.0, "家次")),
    ("邮轮母港接待邮轮91艘次。", "天津市", 2026, ("邮轮母港接待邮轮", 91.0, "艘次")),
    ("惠及企业10.2万户次。", "苏州市", 2025, ("惠及企业", 10.2, "万户次")),
])
def test_visits_are_counted_in_their_unit_and_the_name_keeps_no_stray_ci(sentence, region, year, expected):
    assert named(sentence, region, year) == [expected]


@pytest.mark.parametrize("sentence, region, year, expected", [
    ("新增高新技术企业3家、科技型中小企业30家、研发平台及众创空间各1家。", "满城区", 2022,
     [("研发平台", 1.0), ("众创空间", 1.0)]),
    # the list's verb goes to each kind (满城区 2023)
    ("新增停车位1076个、公厕和口袋公园各5个。", "满城区", 2023, [("新增公厕", 5.0), ("新增口袋公园", 5.0)]),
    ("争创国家现代农业产业园、产业集群、产业强镇各1个。", "海南省", 2026,
     [("争创国家现代农业产业园", 1.0), ("争创产业集群", 1.0), ("争创产业强镇", 1.0)]),  # (争创: name_grammar.csv action)
    # the verb goes on also when the first kind is the vocabulary's (山西 2026)
    ("筹建一批省实验室，新建省重点实验室、省技术创新中心、省工程研究中心各20家。", "山西省", 2026,
     [("省级重点实验室", 20.0), ("新建省技术创新中心", 20.0), ("新建省工程研究中心", 20.0)]),
])
def test_a_count_after_ge_is_each_kinds_own(sentence, region, year, expected):
    rows = [r[:2] for r in named(sentence, region, year)]
    assert rows[-len(expected):] == expected and not any(n.endswith("各") for n, _ in rows)


def test_items_of_a_list_take_the_last_ones_head_from_where_its_first_word_ends():
    assert shared_head(["国家级", "部级创新平台"]) == ["国家级创新平台", "部级创新平台"]  # 吉林 2026
    assert shared_head(["第一", "二", "三产业对经济增长的贡献率"])[0] == "第一产业对经济增长的贡献率"  # 益阳 2025
    assert shared_head(["广播", "电视人口综合覆盖率"]) == ["广播人口综合覆盖率", "电视人口综合覆盖率"]  # 昌都 2025


# ------------------------------------------------------------------ numbers that are no figures

@pytest.mark.parametrize("sentence, region, year", [
    ("出台推动人工智能产业发展和赋能应用10条措施。", "福建省", 2026),  # the articles of one policy
    ("出台科技金融20条政策措施。", "辽宁省", 2026),
    ("迭代升级我省“民营经济32条”。", "浙江省", 2026),  # a policy's name
    ("出台稳增长措施近100条。", "广西壮族自治区", 2026),  # the noun before the count
    ("出台优化法制化营商环境十六条措施。", "定兴县", 2022),
    ("出台69项支持政策。", "新疆维吾尔自治区", 2026),  # policies written
    ("制定完善《涞源县水污染防治(2018—2020年)三年作战计划》等6个方案。", "涞源县", 2020),  # plans written
    ("将“一区”建设作为翻一番的重要引擎。", "定兴县", 2022),  # a slogan's doubling
    ("拆出了“大干十四五、五年翻一番”的强大信心。", "定兴县", 2022),
])
def test_policy_counts_plans_and_slogans_are_no_figures(sentence, region, year):
    assert named(sentence, region, year) == []


@pytest.mark.parametrize("sentence, region, year, expected", [
    ("打通53条断头路。", "北京市", 2026, [("打通断头路", 53.0, "条")]),  # roads, no policy
    ("开工建设农村公路120条。", "满城区", 2023, [("开工建设农村公路", 120.0, "条")]),
    ("水利建设投资翻番。", "湖南省", 2026, [("水利建设投资", 2.0, "倍")]),  # a doubling of a thing
])
def test_counts_of_things_and_doublings_of_things_stay(sentence, region, year, expected):
    assert named(sentence, region, year) == expected


@pytest.mark.parametrize("sentence, region, year", [
    # the size of a plan or a list: its actions, indicators, reform tasks, candidate projects counted
    ("实施农业转移人口市民化、产业带动新型城镇化建设等8项行动。", "新疆维吾尔自治区", 2026),
    ("提出五大类21个主要指标。", "新疆维吾尔自治区", 2026),
    ("并从5方面提出了28个主要指标。", "江西省", 2026),
    ("持续推进首批12项及第二批14项重点改革。", "湖南省", 2026),  # the first count's noun after the second
    ("全年41项市级改革任务、92项自主谋划改革任务全部完成。", "博野县", 2025),
    ("区属国企战略性重组、开发区管理制度等163项改革任务落地见效。", "宁夏回族自治区", 2026),
    ("我们梳理形成了12件民生实事候选项目，提请本次大会票决。", "博野县", 2025),
    ("梳理形成了32个民生实事候选项目。", "涞水县", 2021),
    # a forum's name and a policy's rate made with a count, the noun right after it
    ("办好中国国际人才交流大会、创新创业青年50人论坛等活动。", "上海市", 2026),
    ("继续落实80岁以上老人医保缴费财政补贴90%政策。", "徐水区", 2024),
])
def test_the_size_of_a_plan_or_list_is_no_figure(sentence, region, year):
    assert named(sentence, region, year) == []


@pytest.mark.parametrize("sentence, region, year, expected", [
    ("吸引3000人参加论坛。", "上海市", 2026, [("吸引参加论坛", 3000.0, "人")]),  # people at a forum
    ("推动90%以上政策免申即享。", "上海市", 2025, [("推动政策免申即享", 90.0, "%")]),  # a share of policies
    ("709个政策项目实现免申即享。", "上海市", 2026, [("政策项目实现免申即享", 709.0, "个")]),  # items done (judged yes)
    ("建成高标准农田12万亩及配套工程8项。", "湖南省", 2026, [("新建高标准农田", 12.0, "万亩"), ("建成配套工程", 8.0, "项")]),
])
def test_counts_near_plan_words_that_are_figures_stay(sentence, region, year, expected):
    assert named(sentence, region, year) == expected


@pytest.mark.parametrize("sentence, region, year", [
    # a count of items whose clause runs into a colon: the length of the list the report gives next
    ("其中城建工程10项：①聚源大街建设（巨力路至复兴路）。教育工程3项：①安肃镇中综合高中艺术楼。", "徐水县", 2010),
    ("卫生工程2项：(1)中医院迁建⑵县医院医技大楼投入使用。", "徐水县", 2011),
    ("我们仍将尽力而为,全力办好15项民生实事:一是农村道路工程。", "尉氏县", 2021),
    ("每年实施20项重点民生实事：一是…", "", 2026),  # (written for the rule)
    # the areas a task covers
    ("全力实施违法违规圈占土地、违规违建项目、资源能源项目、房地产开发项目、矿山综合治理、地下水超采综合治理等6项重点领域"
     "清理规范，筑牢自然资源保护屏障。", "阜平县", 2020),
    ("大力开展“五个一”行动，锚定优势产业、城市更新、科技创新及成果转化、乡村振兴等十个主攻方向，推进产业链招商。", "蠡县", 2022),
    ("为实现上述指标，《纲要（草案）》安排了18个领域的重点任务。", "辽宁省", 2026),
    ("大力推进电子商务，涉及箱包、服装、玩具等18个门类。", "阜平县", 2017),  # (the clause of 阜平 2017)
    # things that exist, named before the count, acted on by a verb of tending: the objects of a task
    ("加快发展现代物流产业，推进国家物流枢纽、国家骨干冷链物流基地和银川陆港等5个物流园区建设，推动物流降本增效。",
     "宁夏回族自治区", 2026),
    ("加快宝鸡、延安等4个国家骨干冷链物流基地建设。", "陕西省", 2026),
    ("推动呼和浩特、鄂尔多斯、满洲里3个综保区高质量发展。", "内蒙古自治区", 2026),
    ("续建黄桶至百色、合浦至湛江等7个铁路项目，力争南珠高铁广西段贯通。", "广西壮族自治区", 2026),
    ("壮大新型储能、低空经济、生物制造和商业航天等4个千亿级新兴潜力产业。", "", 2026),  # (written for the rule)
    # a verb of covering right before the count: what the task covers, named or not
    ("聚焦13个产业集群，推动产业延链补链强链。", "山西省", 2026),
    ("坚决做到6个“始终坚持”。", "", 2026),  # (written for the rule)
    # ... or said to do more: the things pushed, no result counted
    ("推动246个专项债谋划项目更多纳入国家和省市盘子。", "", 2026),  # (written for the rule)
    # a clause opening with the preposition 对 and no work done to the things counted: what a task deals with
    ("对新谋划总投资424.5亿元的48个项目加强跑办申报。", "徐水区", 2024),
    ("对110个房地产开发项目遗留问题分类施策。", "涞源县", 2021),
    ("对环保巷、光华皮件厂等35个问题楼盘集中攻坚,力争年内全部化解到位。", "西工区", 2020),
    # a short item before the next item of a list ending with a policy noun or 指标 shares that noun
    ("严格落实10个常态化〔37〕、30项防控措施，坚决防止疫情输入和发生。", "阜平县", 2022),
    ("加强对2个省控点、7个监测点指标研判分析。", "博野县", 2025),
    # the size of a ranked field
    ("设区市首次全部退出全国168个重点城市空气质量“后十位”。", "山西省", 2026),
    ("县城空气质量在全市22个县（市、区）中排名靠前。", "", 2026),  # (written for the rule)
    # a threshold of a class of things, with no count of them
    ("特殊教育学校覆盖20万人口以上的县。", "山西省", 2026),
    ("十二是对农产品网络销售额2万元以上且快递单量达1000单以上的经营主体进行补助。", "山西省", 2026),
])
def test_what_a_task_covers_and_the_length_of_a_list_are_no_figures(sentence, region, year):
    assert named(sentence, region, year) == []


@pytest.mark.parametrize("sentence, region, year, expected", [
    # a thing after the area word: the count is of the things (重庆 2026)
    ("启动14个民生领域重大项目，建成投用重庆东站、渝厦高铁重庆东至黔江段、渝湘复线高速等340个市级重点项目。", "重庆市", 2026,
     [("启动民生领域重大项目", 14.0, "个"), ("建成市级重点项目", 340.0, "个")]),
    # a list of counts after a verb of tending: each a target (西工区 2020)
    ("推动28个项目竣工投用、158个项目开工建设、49个项目启动实施。", "西工区", 2020,
     [("推动项目竣工投用", 28.0, "个"), ("推动项目开工建设", 158.0, "个"), ("推动项目启动实施", 49.0, "个")]),
    # a verb of a thing done after the named things: a target of things done (定兴县 2021)
    ("力促定兴和谷国际智能港、中科锂电创新产业园、百度云计算中心等27个省市重点项目早投产、早达效。", "定兴县", 2021,
     [("力促省市重点项目早投产、早达效", 27.0, "个")]),  # (the verb opening the items, as 推动 above)
    ("推动5家企业上市。", "", 2026, [("推动企业上市", 5.0, "家")]),  # (written: nothing named, a result)
    # work done to the things counted after 对, and 对 in a word of its own (对接, 对外)
    ("对城区5条河道进行清淤疏浚。", "尉氏县", 2021, [("对城区河道进行清淤疏浚", 5.0, "条")]),
    ("对35所燃油取暖学校进行改气改电。", "徐水区", 2024, [("对燃油取暖学校进行改气改电", 35.0, "所")]),
    ("对接成果转化项目300余个。", "吉林省", 2026, [("对接成果转化项目", 300.0, "个")]),
    # a goal 以上的目标 is the figure; a class's threshold before a count of the class leaves the count (written)
    ("实现旅游收入100亿元以上的目标。", "", 2026, [("旅游总收入", 100.0, "亿元")]),
    ("培育年产值10亿元以上的企业5家。", "", 2026, [("培育年产值10亿元以上的企业", 5.0, "家")]),
])
def test_counts_of_things_a_task_makes_stay(sentence, region, year, expected):
    assert named(sentence, region, year) == expected


def test_counts_policy_reads_the_words_around_the_count():
    text = "出台科技金融20条政策措施，打通53条断头路"
    assert counts_policy(text, 0, text.index("，"), "条")
    assert not counts_policy(text, text.index("打"), len(text), "条")
    assert not counts_policy(text, 0, text.index("，"), "个")


@pytest.mark.parametrize("sentence, region, year, expected", [
    ("江水置换工程惠及28万人口。", "定兴县", 2022, ("江水置换工程惠及", 28.0, "万人")),  # 人口 counts people: no 口 left
    ("泉州市区新建商品住宅销售价格同比下降2.3%。", "泉州市", 2025, ("市区新建商品住宅销售价格", -2.3, "%")),  # the city proper
    ("总吨位居全国第二。", "海南省", 2026, ("总吨位", 2.0, "位")),  # 吨位 is a word, the ranking verb is 居
])
def test_a_word_around_the_figure_stays_whole(sentence, region, year, expected):
    assert named(sentence, region, year) == [expected]


def test_merger_keeps_its_first_character():
    assert clean_phrase("并购重组交易规模") == "并购重组交易规模"  # 重庆 2026: 并购 (merger), no 并 (and)


def test_list_items_of_other_lengths_take_the_head_after_the_last_items_first_word():
    from govreport.extract.pipeline import _words_of

    assert shared_head(["对非洲", "拉美市场出口"], words=_words_of)[0] == "对非洲出口"  # 福建 2026 (not 对非洲场出口)
    assert shared_head(["地表水", "近岸海域水质优良比例"], words=_words_of)[0] == "地表水水质优良比例"  # 海南 2026
    assert shared_head(["人参", "食用菌全产业链产值"], words=_words_of)[0] == "人参全产业链产值"  # 吉林 2026
    assert shared_head(["家用电器", "新能源汽车零售额"], words=_words_of)[0] == "家用电器零售额"  # 陕西 2026


def test_a_list_of_items_of_other_lengths_in_a_document():
    rows = named("人参、食用菌全产业链产值分别达到1230亿元、120亿元。", "吉林省", 2026)
    assert [r[0] for r in rows] == ["人参全产业链产值", "食用菌全产业链产值"]


@pytest.mark.parametrize("sentence, region, year, expected", [
    # 占有率 is a rate of its own, no 占 (a share of) 有率 (海南 2026)
    ("重点行业场所替代品占有率达84%。", "海南省", 2026, ("重点行业场所替代品占有率", 84.0, "%")),
    # a quote closing before the predicate stays where it is written (青海 2026)
    ("对外贸易“朋友圈”扩大到155个国家和地区。", "青海省", 2026, ("对外贸易“朋友圈”国家和地区", 155.0, "个")),
])
def test_no_character_moves_or_goes_from_inside_a_name(sentence, region, year, expected):
    assert named(sentence, region, year) == [expected]


@pytest.mark.parametrize("phrase, name", [
    # a count's measure word is no noun of the compound (涞源县 2025)
    ("为50601名低收入人口资助基本医疗费", "低收入人口资助基本医疗费"),
    # letters after a number are its unit (泉州 2025)
    ("1000Mbps及以上接入速率的宽带接入用户", "1000Mbps及以上接入速率的宽带接入用户"),
])
def test_a_long_name_starts_after_a_count_and_its_unit(phrase, name):
    from govreport.extract.pipeline import shorten

    assert shorten(phrase, _jieba) == name


def test_a_level_word_alone_counts_the_noun_of_the_next_level_word():
    from govreport.extract.names.phrases import counted_words
    assert counted_words("国家级、20个省级临床重点专科，打造") == "国家级临床重点专科"
    assert counted_words("市级、2个县级文明村镇") == "市级文明村镇"
    # (no level word after: the item stays as written; a noun of its own is no level word alone)
    assert counted_words("国家级、3个省级") == "国家级"
    assert counted_words("国家级渔港经济区和2个海洋牧场") == "国家级渔港经济区"


# ------------------------------------------------------------------ a word cut or run together at the count (names5b)

@pytest.mark.parametrize("text, region, year, value, name", [
    # 均 after a counted one-character noun is "all": no per-village or per-district figure (曲阳县 2020, 北京 2026)
    ("农村饮水安全巩固提升工程全面完成，367个村均达到安全饮水要求。", "曲阳县", 2020, 367.0, "村达到安全饮水要求"),
    ("退役军人服务保障有力有效，16个区均被评为全国双拥模范城。", "北京市", 2026, 16.0, "区被评为全国双拥模范城"),
    # a verb whose first character stands apart from the count's verb word (新|培育, 新|创建) keeps it whole
    ("新培育30户以上智能工厂，培育20家专精特新企业。", "山西省", 2026, 30.0, "新培育智能工厂"),
    ("全国高校区域技术转移转化中心（成渝地区），新培育10个概念验证中心、20个中试平台。", "重庆市", 2026, 10.0,
     "新培育概念验证中心"),
    ("加快建设9个国家区域医疗中心项目，新创建13个国家临床重点专科。", "山东省", 2026, 13.0, "新创建国家临床重点专科"),
])
def test_a_count_first_name_keeps_its_words_whole(text, region, year, value, name):
    assert name in [n for n, v, _ in named(text, region, year) if v == value]


@pytest.mark.parametrize("text, region, year, name", [
    # a share of a thing whose vocabulary name already says share takes no second 占比 (山西 2026, 山东 2026)
    ("过去一年，清洁能源装机达到9048万千瓦，占比55.1%。", "山西省", 2026, "清洁能源装机占比"),
    ("每年实施20项重点民生实事，财政民生支出突破万亿元、占比稳定在80%左右。", "山东省", 2026, "财政民生支出占比"),
])
def test_a_share_name_says_share_once(text, region, year, name):
    assert [n for n, _, u in named(text, region, year) if u == "%"] == [name]


@pytest.mark.parametrize("text, region, year", [
    # campaigns counted: the number of campaigns launched, no result (涞水县 and 涞源县 2021, 宁夏 2026)
    ("巩固扫黑除恶专项斗争，推进十个重点行业领域专项整治，坚决完成“六清”目标任务。", "涞水县", 2021),
    ("深化巩固扫黑除恶专项斗争成果，推进十个重点行业领域专项整治，坚决完成“六清”（12）目标任务。", "涞源县", 2021),
    ("大力实施“稳增长促发展攻坚年”行动，组织开展65个专项行动，打出了一整套有力有效的“组合拳”。", "宁夏回族自治区", 2026),
])
def test_a_count_of_campaigns_is_no_figure(text, region, year):
    assert named(text, region, year) == []


def test_a_level_word_after_a_count_is_no_place():
    # 等5个市重点项目 (阜平县 2013): 市 is the level of the projects counted (市重点项目), no city whose figure it is
    d = document("河北名舍、乐天凤凰、煤炭物流园等5个市重点项目完成投资7.8亿元。", region="阜平县", year=2013)
    [row] = [r for r in extract_document(d) if r["value"] == 7.8]
    assert row["subject"] is None or row["subject"] == ""


@pytest.mark.parametrize("text, region, year", [
    # a capacity in tons right before the plant or project it sizes is that plant's size, no figure
    # (entity_words.csv facility), also in a list of such plants before its one 等项目
    ("玖兴日屠宰肉鸡27万只两条生产线、50万吨饲料厂、1亿羽孵化基地、有机肥厂投产运营，产业链全面闭合。", "涞源县", 2021),
    ("推动吉林梅花60万吨赖氨酸等项目释放产能。", "吉林省", 2026),
    ("加快推进青海广泰10万吨再生铝等项目建设。", "青海省", 2026),
    ("推进青海辉源20万吨绿色高性能铝板带箔、青海广泰10万吨再生铝等项目建设。", "青海省", 2026),  # a list of plants
    ("力争巨力集团大型现代30万吨粮食储运包装加工项目开工。", "徐水县", 2012),
])
def test_a_plants_capacity_is_no_figure(text, region, year):
    assert [r for r in named(text, region, year) if r[2] == "万吨"] == []


def test_tons_of_what_is_made_stay_figures():
    assert named("全年粮食产量达到850亿斤，生产化肥50万吨，新增仓储能力5万吨。", "吉林省", 2026)[1:] == [
        ("生产化肥", 50.0, "万吨"), ("新增仓储能力", 5.0, "万吨")]
