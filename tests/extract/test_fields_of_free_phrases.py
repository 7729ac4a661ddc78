"""The fields of free-phrase rows and numbers that are no figures (issue 13, point 6: right fields): things to be
built are counted though a verb of tending leads them, the firms a task courts and the fields it covers are no
figure, a share of a class's members clearing a bar gives no row for the bar, what was done over a review's years
is the span's, a rank of a change over those years too, a table of projects gives each project's figures with the
project as `subject` (data/policy_counts.csv, data/done_verbs.csv). Real sentences of several governments, and
small cases written for the rules."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from tests.support import document


def rows(text: str, region: str = "", year: int = 2026, level: str = "") -> list[dict]:
    return extract_document(document(text, region=region, year=year, level=level))


def named(text: str, region: str = "", year: int = 2026, level: str = "") -> list[tuple]:
    return [(r["indicator"], r["value"], r["unit"]) for r in rows(text, region, year, level)]


# ------------------------------------------------------------------ things to be built, and what a task covers

@pytest.mark.parametrize("sentence, region, year, name, value", [
    # a tending verb before things named and counted, whose noun ends in a place or work built and 建设 / 改造:
    # the things are made, their count a result to reach (judged usable and right)
    ("抓好新能源消纳利用，推进万华新一代电池材料等10个绿电产业园建设，拓展绿电直连应用场景。", "山东省", 2026,
     "推进绿电产业园建设", 10.0),
    ("把创新落到产业上，抓好北京联东、智能制造等4个科技产业社区建设，招引一批创新型企业。", "安新县", 2024,
     "科技产业社区建设", 4.0),
    ("推进中核汇能通榆、华电榆树、天楹辽源等5个百亿级绿色氢基能源一体化项目建设。", "吉林省", 2026,
     "推进百亿级绿色氢基能源一体化项目建设", 5.0),
    ("推动全季酒店、航空大厦等6家酒店改造提升。", "西工区", 2020, "推动酒店改造提升", 6.0),
    ("推进东关、西关等3个老旧小区改造。", "", 2026, "老旧小区改造", 3.0),  # (written for the rule)
])
def test_things_to_be_built_are_counted_though_a_tending_verb_leads(sentence, region, year, name, value):
    assert (name, value) in [(n, v) for n, v, _ in named(sentence, region, year)]


@pytest.mark.parametrize("sentence, region, year", [
    # things on a state's list are tended, not built (国家, 国家级, 省级 in their names or noun)
    ("加快宝鸡、延安等4个国家骨干冷链物流基地建设。", "陕西省", 2026),
    ("推进西安、咸阳等3个省级物流园区建设。", "", 2026),  # (written for the rule)
    # work that is no place built (业态) stays what the task covers
    ("支持白石山温泉旅游度假区研学基地、森林康养、“保定小院”3个版块业态建设。", "涞源县", 2025),
    # a verb of covering right before a count in 家: the firms a task courts
    ("瞄准110余家京车上下游配套企业，开展精准招商，争取一批优质项目落地。", "满城区", 2020),
    ("瞄准50家行业龙头企业，开展以商招商。", "", 2026),  # (written for the rule)
    # a clause opening with 对, no work done to the firms counted: what a task deals with
    ("对纳入视野的全国206家信息智能上下游企业保持密切联系，争取再落地一批标杆企业。", "博野县", 2025),
    # the fields where results are sought (赛道, an area word like 领域)
    ("“2030先锋工程”：到2030年，力争在20个重点产业赛道形成一批处于市场领先位置的标志性成果。", "江西省", 2026),
    ("围绕低空经济等新兴领域，在8个未来产业赛道布局一批应用场景。", "", 2026),  # (written for the rule)
])
def test_what_a_task_courts_or_covers_is_no_figure(sentence, region, year):
    assert [r for r in named(sentence, region, year) if r[2] in ("个", "家", "条")] == []


# ------------------------------------------------------------------ a share of a class clearing a bar

@pytest.mark.parametrize("sentence, region, year, bar", [
    ("确保农业适度规模经营率稳定在75%以上，全县55%以上的村（社区）经营性收入达到10万元以上、65%以上的村（社区）实现分红。",
     "安新县", 2024, 10.0),
    ("持续壮大农村集体经济，确保50%以上的村集体收入达到10万元以上。", "阜平县", 2022, 10.0),
    ("95%的行政村集体经济收入超过5万元。", "洛阳市", 2020, 5.0),
])
def test_the_bar_a_share_of_a_class_clears_is_no_figure(sentence, region, year, bar):
    assert [r for r in named(sentence, region, year) if r[1] == bar and r[2] == "万元"] == []


def test_a_share_of_things_over_a_bar_stays():
    # the share is the figure, the bar in its name (曲阳县 2022)
    assert ("村集体收入10万元以上的村", 50.0, "%") in named("村集体收入10万元以上的村达到50%以上。", "曲阳县", 2022)


# ------------------------------------------------------------------ the span of a review

REVIEW = "一、过去五年工作回顾\n{}\n二、2026年工作安排\n地区生产总值增长5%左右。"


@pytest.mark.parametrize("sentence, region, name", [
    ("五年来，推动出台地方性法规350件，办理省人大代表建议4417件。发布重大行政决策事项2964件，召开省级新闻发布会972场，"
     "政务公开工作全国领先。", "山东省", "召开省级新闻发布会"),
    ("五年来，推动出台地方性法规350件。发布重大行政决策事项2964件。", "山东省", "发布重大行政决策事项"),
    ("五年来，举行重大招商推介活动120场。", "", "举行重大招商推介活动"),  # (written for the rule)
])
def test_what_was_done_over_a_review_is_the_spans(sentence, region, name):
    found = {r["indicator"]: r["period"] for r in rows(REVIEW.format(sentence), region, 2026)}
    assert found[name] == "2021-2025"


@pytest.mark.parametrize("sentence, region, name, period", [
    ("率先实行覆盖全省的生育补贴政策，每千人口托位数从0.5个增至4.8个。近5年人均预期寿命增量居全国第1位。", "云南省",
     "人均预期寿命增量", "2021-2025"),
    ("近五年特色农产品出口增幅居全国第3位。", "", "特色农产品出口", "2021-2025"),  # (written for the rule)
    # the increment (增量) ranked after a change over the review's years
    ("新建高标准农田2471万亩，粮食增产169.8亿斤，增量占全国18.7%、居全国第一。", "新疆维吾尔自治区", "粮食增量", "2021-2025"),
    ("五年来，粮食增产16亿斤，增量居全省第一。", "", "粮食", "2021-2025"),  # (written for the rule)
    # a rank of a level stays the last year's
    ("有机产品认证证书数居全国第1位。", "云南省", "有机产品认证证书数", "2025"),
])
def test_a_rank_of_a_change_over_the_review_is_the_spans(sentence, region, name, period):
    found = [r["period"] for r in rows(REVIEW.format(sentence), region, 2026)
             if r["measure"] == "rank" and r["indicator"].endswith(name)]
    assert found == [period]


# ------------------------------------------------------------------ names that keep their words

@pytest.mark.parametrize("sentence, region, year, name", [
    # two short brackets in a counted noun (村（社区）, 乡（邻）里): both part of it
    ("“三村”创建实现全覆盖。95%以上村（社区）乡（邻）里中心建成投用。", "安新县", 2024, "村（社区）乡（邻）里中心建成投用"),
    ("新建3个乡（镇）社区（村）综合服务站。", "", 2026, "新建乡（镇）社区（村）综合服务站"),  # (written for the rule)
    # a list's first item named with the head of the last takes the share words after that head too
    ("有机产品认证证书数居全国第1位，蔬菜、小浆果设施产量占比分别提高15、22个百分点。", "云南省", 2026, "蔬菜设施产量占比"),
    ("空气质量优良天数比例98.8%，地表水、近岸海域水质优良比例分别达96.9%、99.7%。", "海南省", 2026, "地表水水质优良比例"),
])
def test_names_keep_their_words(sentence, region, year, name):
    assert name in [r[0] for r in named(sentence, region, year)]


# ------------------------------------------------------------------ a table of projects, one cell a line

# (the report before its annexes: an annex stands in a document's second half)
BODY = "二、2022年工作安排\n" + "地区生产总值增长6.5%左右。\n" * 60
TABLE = BODY + ("附件1\n安国市2022年十大工程\n序\n号\n项目名称\n项目内容\n项目投资\n1\n国家药用植物园-华北园项目\n"
         "占地5000亩，包括1个药用植物园、2个博物馆（科技展馆、文化展馆）、3个中心（濒危稀缺药材繁育中心）。\n总投资\n5亿元\n"
         "2022年\n启动\n4\n安国市石佛工业区基础设施配套项目（一期）\n土地收储350亩左右，完成土地组卷报批。\n总投资\n1.74亿元\n"
         "7\n安国市民文化中心项目\n市民文化中心项目为地下一层，地上三层，建筑面积64519.11平方米。\n总投资\n3.9亿元\n"
         "附件2\n安国市2021年十大工程进展情况说明\n八、安国第一中学\n1.项目内容：总建筑面积108825平方米，建设教学楼、食堂餐厅\n"
         "2.责任单位：教体局\n")


def test_a_table_of_projects_written_one_cell_a_line_gives_each_projects_figures():
    found = {(r["indicator"], r["value"]): r["subject"] for r in rows(TABLE, "安国市", 2022, "county")}
    assert found[("土地收储", 350.0)] == "安国市石佛工业区基础设施配套项目（一期）"
    assert found[("安国市民文化中心项目建筑面积", 64519.11)] == "安国市民文化中心项目"
    assert found[("安国第一中学总建筑面积", 108825.0)] == "安国第一中学"
    # the parts a project holds describe it: no figure
    assert not [k for k in found if k[1] in (1.0, 2.0, 3.0)]


def test_a_project_table_written_by_hand_too():
    text = BODY + ("附件 2025年重点项目\n序号\n项目名称\n建设内容\n1\n城东污水处理厂扩建工程\n新增日处理能力5万吨。\n2\n"
            "县城集中供热项目\n敷设供热管网12公里。\n")  # (written for the rule)
    found = {r["indicator"]: r["subject"] for r in rows(text, "某县", 2025, "county")}
    assert "城东污水处理厂扩建工程" in found.values() and "县城集中供热项目" in found.values()


# ------------------------------------------------------------------ bars of a class, plans of things promised

@pytest.mark.parametrize("sentence, region, year, bar", [
    # a measure and 以上/以下 right before a noun: the bar of a class of things, no figure
    ("持续改善农村学校办学办园条件，为100所海拔1500米以上农村中小学幼儿园建设供暖设施。", "贵州省", 2026, 1500.0),
    ("基本公共卫生服务人均补助标准全国最高，海拔5000米以上乡镇、农牧区供暖实现全覆盖。", "西藏自治区", 2026, 5000.0),
    ("成功创建8个省级和美乡村，全县集体经济10万元以上村实现全覆盖。", "博野县", 2024, 10.0),
    ("清理单笔50万元以下拖欠企业账款年度任务完成率居全国前列。", "湖南省", 2026, 50.0),
])
def test_a_measure_before_a_class_is_its_bar(sentence, region, year, bar):
    assert [r for r in named(sentence, region, year) if r[1] == bar] == []


@pytest.mark.parametrize("sentence, region, year, kept", [
    # a share before a noun is of that noun, things counted before theirs are counted: both stay
    ("三级公立医院提前两周向基层投放50%以上号源。", "北京市", 2026, 50.0),
    ("新增50家以上规上工业企业。", "", 2026, 50.0),  # (written for the rule)
])
def test_shares_and_counts_before_a_noun_stay(sentence, region, year, kept):
    assert kept in [r[1] for r in named(sentence, region, year)]


@pytest.mark.parametrize("sentence, region, year", [
    ("今年再办好15件民生实事。", "山西省", 2026),
    ("我们继续安排20件民生实事。", "辽宁省", 2026),
    ("继续办好10件惠民实事。", "云南省", 2026),
    ("今年重点谋划实施15件惠民实事。", "博野县", 2021),
    ("我县确定的18项惠民实事，5项基本完成，11项如期启动。", "唐县", 2020),
])
def test_the_size_of_a_list_of_things_promised_is_no_figure(sentence, region, year):
    assert [r for r in named(sentence, region, year) if r[1] in (15.0, 20.0, 10.0, 18.0)] == []


@pytest.mark.parametrize("sentence, region, year, value", [
    ("10件民生实事如期兑现。", "江西省", 2026, 10.0),
    ("20项民生实事全面完成。", "吉林省", 2026, 20.0),
    ("年度10件惠民实事圆满办结。", "云南省", 2026, 10.0),
])
def test_a_list_of_things_promised_carried_out_stays(sentence, region, year, value):
    assert value in [r[1] for r in named(sentence, region, year)]


@pytest.mark.parametrize("sentence, region, name", [
    # an area a verb of doing opens, its own or the list's, and things moved (划转) over a review: the span's
    ("——美丽山东建设实现新跃升。山水林田湖草沙系统治理持续深化，治理废弃矿山16.4万亩、小流域面积401万亩。", "山东省",
     "治理小流域面积"),
    ("——美丽山东建设实现新跃升。山水林田湖草沙系统治理持续深化，治理废弃矿山16.4万亩。", "山东省", "治理废弃矿山"),
    ("高等教育毛入学率进入普及化阶段，14所省属高职院校划转为省级教育部门主管。", "贵州省", "省属高职院校划转为省级教育部门主管"),
])
def test_work_done_over_a_review_is_the_spans(sentence, region, name):
    found = {r["indicator"]: r["period"] for r in rows(REVIEW.format("五年来，我们砥砺前行。\n" + sentence), region, 2026)}
    assert found[name] == "2021-2025"


@pytest.mark.parametrize("sentence, region, year, gone, kept", [
    # households or people and 以上 before settlements: the settlements' bar, no figure
    ("全省50户以上农村木质房屋连片村寨“水改”“电改”圆满完成。", "贵州省", 2026, 50.0, None),
    ("实现20户以上自然村通硬化路全覆盖。", "", 2026, 20.0, None),  # (written for the rule)
    # households of villagers are counted (村民: the first settlement word is a word of its own)
    ("新增500户以上村民入住新村。", "", 2026, None, 500.0),  # (written for the rule)
])
def test_households_before_settlements_are_their_bar(sentence, region, year, gone, kept):
    values = [r[1] for r in named(sentence, region, year)]
    assert gone not in values and (kept is None or kept in values)


def test_notes_headed_as_a_glossary_of_the_reports_words_hold_no_figures():
    # 江西 2026: 附件 / 《政府工作报告》有关内容名词注释 / 11.“2030先锋工程”：到2030年，布局20个左右重大专项…
    body = "二、2026年工作安排\n" + "地区生产总值增长5%左右。\n" * 40
    notes = ("附件\n《政府工作报告》有关内容名词注释\n1.“2030启航计划”：面向2030年的科技专项计划。\n"
             "11.“2030先锋工程”：到2030年，布局20个左右重大专项，实施100个左右重大项目。\n")
    assert [r for r in rows(body + notes, "江西省", 2026) if r["value"] in (20.0, 100.0)] == []
