"""Things done over a review of several years (guide rule 12: five-year totals take the span), for figures named
by a free phrase: 6个项目获评全国城市更新典型案例 in a review of 2021-2025 is the five years', 国家级旅游度假区增至3家
(a level reached) and 年接待游客超过8亿人次 (a year's) are 2025's. Sentences from the five-year reviews of 2026
provincial work reports (corpus-2026) and of 保定 county reports (corpus-county), each under its report's heading."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.periods import done_over_span


def periods(region: str, year: int, heading: str, text: str) -> dict[str, str]:
    d = dict(doc_id="x", source="x", region=region, region_code="", level="province", parent_code="",
             doc_type="government_work_report", year=year, date=None, title="",
             text=f"{heading}\n{text}\n二、{year}年工作安排\n")
    return {r["indicator"]: r["period"] for r in extract_document(d) if not r["indicator_id"]}


CHONGQING = ("重庆市", 2026, "一、2025年和“十四五”时期工作回顾",
             "五年来，我们坚持以城带乡。城市功能品质持续提升，累计实施城市更新项目223个，6个项目获评全国城市更新典型案例，"
             "23项经验做法获全国推广。统筹治山治岸，累计治理水土流失面积8000平方公里、石漠化面积1033平方公里，"
             "三峡库区431处存量危岩全面除险清患。获批省域现代职业教育体系建设新模式试点，新增本科高校3所、博士硕士学位授予单位7个。"
             "文化生活更加丰富多彩，国家级旅游度假区增至3家。“三攻坚一盘活”改革纵深突破，市属重点国企由51家整合为33家。"
             "软信产业“满天星”行动新增从业人员29.1万人，营收规模突破5000亿元。")


@pytest.mark.parametrize("name, period", [
    ("实施城市更新项目", "2021-2025"),  # 累计
    ("项目获评全国城市更新典型案例", "2021-2025"),  # a count before its noun, then what it underwent
    ("经验做法获全国推广", "2021-2025"),
    ("治理石漠化面积", "2021-2025"),  # the second item of a list led by 累计 (治理, a deed word, is the list's verb)
    ("三峡库区存量危岩全面除险清患", "2021-2025"),
    ("新增博士硕士学位授予单位", "2021-2025"),  # the list's 新增 goes on to the second item
    ("国家级旅游度假区", "2025"),  # 增至: a level reached
    ("市属重点国企", "2025"),  # from a level to a level (由51家整合为33家: named without the level it started from)
    ("营收规模", "2025"),  # a year's flow (an aspect word)
])
def test_a_provinces_five_year_review(name, period):
    assert periods(*CHONGQING)[name] == period


@pytest.mark.parametrize("region, heading, text, expected", [
    ("湖北省", "一、“十四五”时期发展成就和2025年工作回顾",
     "过去五年，法治政府建设扎实推进，制定、修改、废止省政府规章72部，办理人大代表建议3623件、政协提案3862件。"
     "科技创新引领作用明显提升，重大科技基础设施达到8个、新型研发机构547家，均居全国前列。",
     {"制定、修改、废止省政府规章": "2021-2025", "办理人大代表建议": "2021-2025", "办理政协提案": "2021-2025",
      "重大科技基础设施": "2025", "新型研发机构": "2025"}),
    ("海南省", "一、过去五年工作回顾",
     "五年来，有效应对50个热带气旋、67次区域暴雨。陵水黎安国际教育创新试验区初具规模，签约入驻国内外知名高校26所，"
     "在园师生达1万人。",
     {"有效应对热带气旋": "2021-2025", "有效应对区域暴雨": "2021-2025", "签约入驻国内外知名高校": "2021-2025",
      "在园师生": "2025"}),
    ("湖南省", "一、2025年和“十四五”时期工作回顾",
     "这五年，“投资湖南”品牌更加响亮，引进“三类500强”项目1608个。", {"引进“三类500强”项目": "2021-2025"}),
    ("浙江省", "一、“十四五”时期和2025年工作回顾",
     "五年来，平安浙江法治浙江建设迈上更高水平，累计化解各类矛盾纠纷1655万件。", {"化解各类矛盾纠纷": "2021-2025"}),
    ("陕西省", "一、“十四五”时期和2025年工作回顾",
     "五年来，电影《柳青》、电视剧《装台》等50部文艺作品获得国家、国际大奖，年接待游客超过8亿人次。",
     {"文艺作品获得国家、国际大奖": "2021-2025", "年接待游客": "2025"}),
])
def test_other_provinces(region, heading, text, expected):
    got = periods(region, 2026, heading, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize("region, year, heading, text, expected", [
    ("徐水县", 2011, "一、过去五年工作回顾", "国有企业改革稳步推进，五年累计盘活低效闲置资产1.8亿元。",
     {"五年累计盘活低效闲置资产": "2006-2010"}),
    ("阜平县", 2017, "一、过去五年工作回顾",
     "深入推进行政审批制度改革，成立行政审批局，简化审批程序，共取消行政审批（许可）事项310项。",
     {"取消行政审批（许可）事项": "2012-2016"}),
    ("定兴县", 2021, "一、“十三五”时期工作回顾",
     "严格落实“河长制”，完成21个傍水村生活污水治理，有效管控253个村庄生活污水。",
     {"完成傍水村生活污水治理": "2016-2020", "有效管控村庄生活污水": "2016-2020"}),
    ("涞水县", 2021, "一、“十三五”时期工作回顾",
     "脱贫攻坚卓有成效，投入各类扶贫资金近10亿元。扫黑除恶圆满收官，打掉各类犯罪团伙8个，抓获犯罪嫌疑人78名。",
     {"投入各类扶贫资金": "2016-2020", "打掉各类犯罪团伙": "2016-2020", "抓获犯罪嫌疑人": "2016-2020"}),
    # 目前: the state at the review's end, whatever was done to reach it
    ("徐水县", 2012, "一、过去五年工作回顾", "目前，入园企业13家，投产及在建项目总投资215.3亿元。",
     {"入园企业": "2011", "投产及在建项目总投资": "2011"}),
])
def test_county_reports(region, year, heading, text, expected):
    got = periods(region, year, heading, text)
    assert {name: got.get(name) for name in expected} == expected


def test_the_later_items_of_a_list_done():
    # 内蒙古 2026, 容城县 2017: the verb leads the clause, the later items name only what was done to
    got = periods("内蒙古自治区", 2026, "一、“十四五”时期工作回顾",
                  "五年来，改造城镇老旧小区7323个、棚户区5.2万套、危旧房3.1万套（户），增设电动汽车充电桩3.2万个。")
    assert (got["改造危旧房"], got["增设电动汽车充电桩"]) == ("2021-2025", "2021-2025")  # (the list's verb is its items')
    got = periods("容城县", 2017, "一、过去五年工作回顾", "累计投资1亿元，新、改建中小学36所、幼儿园18所，教育教学条件持续改善。")
    assert got["幼儿园"] == "2012-2016"


def test_a_review_of_one_year_keeps_its_year():
    # the same words in the review of 2025 alone: no span to give
    got = periods("重庆市", 2026, "一、2025年工作回顾", "开展规范涉企行政执法专项行动，办理市人大代表建议1402件、市政协提案1255件。")
    assert got == {"办理市人大代表建议": "2025", "办理市政协提案": "2025"}


def test_the_last_years_own_words():
    # 徐水县 2012, 一、过去五年工作回顾: 完成固定资产投资62.5亿元，同比增长36.1%, the last year's
    sentence = "完成固定资产投资62.5亿元，同比增长36.1%，是2006年的2.6倍"
    assert not done_over_span("完成固定资产投资", "完成固定资产投资", sentence, False, "投资", ("新增",))
    assert done_over_span("完成固定资产投资", "完成固定资产投资", "完成固定资产投资62.5亿元", False, "投资", ("新增",))
    # 连续五年 is a run (guide rule 10), no span word
    assert not done_over_span("排名全国第三", "自贸试验区制度创新指数连续五年", "", False, "", ("新增",))


# ------------------------------------------------------------------ a plan's goals of things done, and annexes

def _rows(region: str, year: int, text: str) -> dict[str, tuple[str, str]]:
    d = dict(doc_id="x", source="x", region=region, region_code="", level="county", parent_code="",
             doc_type="government_work_report", year=year, date=None, title="", text=text)
    return {r["indicator"]: (r["period"], r["kind"]) for r in extract_document(d)}


def test_a_plans_goals_of_things_done_in_a_sentence_its_period_leads_add_up_over_it():
    # 徐水县 2011: the goals of “十二五” (2011-2015), a sentence led by “十二五”期间: the projects newly started and the sum
    # put into them over the five years, not in 2015; a level to reach at the plan's end stays its last year
    rows = _rows("徐水县", 2011, "二、“十二五”时期的奋斗目标\n“十二五”期间力争新上投资千万元以上生产经营性项目80个，"
                 "总投资500亿元。“十二五”末，园区产值力争突破500亿元。\n三、2011年工作安排\n年内新建幼儿园5所。")
    assert rows["新上投资千万元以上生产经营性项目"] == ("2011-2015", "target")
    assert rows["园区产值"] == ("2015", "target")
    assert rows["新建幼儿园"] == ("2011", "target")
    # (written for the rule) a plan under way named among one year's goals: 新建 and 累计 over the plan's years
    rows = _rows("某县", 2022, "二、2022年工作安排\n“十四五”期间，新建中小学50所，累计投入资金30亿元。全年新建幼儿园5所。")
    assert rows["新建中小学"] == ("2021-2025", "target")
    assert rows["新建幼儿园"] == ("2022", "target")


def test_an_annex_reporting_last_years_progress_is_that_years_result():
    # (written for the rule, after the annexes of 2026 provincial reports: 内蒙古's 附件 / 2026年自治区民生实事) an annex
    # titled with last year reports its results, and its 今年 is that year; one titled with the report's year sets goals
    rows = _rows("某市", 2026, "一、2025年工作回顾\n全年新建养老服务中心10个。\n二、2026年工作安排\n今年新建幼儿园5所。\n"
                 "附件\n2025年市政府民生实事进展情况\n1.今年共完成老旧小区改造120个，新增停车位3000个。\n"
                 "附件2：2026年市政府民生实事\n1.新建社区食堂20家。")
    assert rows["新增停车位"] == ("2025", "actual")
    assert [v for k, v in rows.items() if "老旧小区改造" in k] == [("2025", "actual")]
    assert rows["新建幼儿园"] == ("2026", "target")
    assert rows["老年助餐点"] == ("2026", "target")  # (社区食堂: a name of the vocabulary's, once 1. leaves the name)


def test_people_elected_savings_and_households_reached_over_a_review_are_the_spans():
    # 内蒙古 2026, 五年来: elected, promoted, saved, reached: verbs of things done (done_verbs.csv), over the five years
    got = periods("内蒙古自治区", 2026, "一、“十四五”时期发展成就和2025年工作回顾",
                  "五年来，累计培育创新型企业1714家，2人当选中国工程院院士。医保集中带量采购为群众减负237亿元。"
                  "实施偏远农牧户电网延伸和新能源通电升级改造工程，4万户农牧民用上稳定可靠的电。6座博物馆晋级国家一级博物馆。")
    assert got["当选中国工程院院士"] == "2021-2025"
    assert got["医保集中带量采购为群众减负"] == "2021-2025"
    assert got["农牧民用上稳定可靠的电"] == "2021-2025"
    assert got["博物馆晋级国家一级博物馆"] == "2021-2025"
    # the seed 004 (尉氏县 2021)'s sentence in a five-year review; a stock reached keeps the last year (达到)
    got = periods("尉氏县", 2021, "一、“十三五”时期工作回顾",
                  "五年来，及时出台“支持实体经济20条”等一揽子政策，为企业减负68.3亿元。全国文明城市达到13个。")
    assert got["为企业减负"] == "2016-2020"
    assert got["全国文明城市"] == "2020"


def test_a_count_of_products_made_over_a_review_is_the_spans():
    # 宁夏 2026, 这五年: 培育…农产品105个 counts products (个), not their 产量; tons of products stay a year's output
    got = periods("宁夏回族自治区", 2026, "一、2025年工作总结和“十四五”发展成就",
                  "这五年，我区经济繁荣的基础更加坚实。培育全国名特优新农产品105个，农业“六特”产业全部入选国家产业集群。")
    assert got["培育全国名特优新农产品"] == "2021-2025"
    # (written for the rule, in the words of 陕西 2026's review) a count of certified products, and tons of them
    got = periods("陕西省", 2026, "一、“十四五”时期发展成就和2025年工作回顾",
                  "五年来，培育地理标志农产品86个，生产水产品18万吨。")
    assert got["培育地理标志农产品"] == "2021-2025"
    assert got["生产水产品"] == "2025"
