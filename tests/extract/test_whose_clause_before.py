"""Whose a figure is when the sentence's first clause names someone else and the next clause names no one (issue 13,
point 6: a company's, project's, park's or institution's figure is marked in `subject`, not filed as the
government's). Patterns of the language, each tested on real sentences of several governments and on written cases:

- the first clause opens with a project, firm, park or institution and has no figure (县城工业园区2008年列入省级产业
  聚集区, 城西污水处理厂投入运行, 博野中学高考成绩再创新高, 第三届进口博览会安全、精彩、富有成效): the next clause's
  figure, whose name says nothing of whose it is (基础设施建设累计投资, 日处理能力, 本科上线率, 累计意向成交), is that one's;
- the first clause gives someone else's figure and opens with that one (园区在全省综合排名第14位, 浦东新区…) or
  describes it (启动投资3.3亿元的雄源服装智慧新城项目A区建设): the same, unless it is one of a list;
- not when the next clause names its own thing or counts things (新增床位, 新增110千伏变电站2座, 7所学校), when the first
  clause is a list, a class (现代农业示范园区), the government building it (现代农业园区建设稳步推进) or its work on it
  (改善乡镇初中寄宿制学校条件, 提速山钢日照基地二期…), nor for a wide region of its own (沿海经济带);
- an airport or port named right after a place below the government is the subject (西安咸阳国际机场, not 西安咸阳);
- the government's programmes, campaigns and kinds of its own areas are no one's (省大中型项目, 整改违建别墅项目,
  城乡环卫一体化项目, 设区城市).
"""

from __future__ import annotations

from govreport.extract import extract_document
from govreport.extract.names.entities import clause_owner, facility_of_place, not_whose, owns_nothing
from tests.support import document


def rows(text: str, region: str, year: int, level: str = "county") -> list[dict]:
    return extract_document(document(text, region=region, year=year, level=level))


def test_a_park_opening_the_sentence_owns_the_next_clause():
    # 徐水县 2011: the park's investment in its roads and power, not the county's
    text = ("一、“十一五”时期工作回顾\n县城工业园区2008年列入省级产业聚集区，基础设施建设累计投资5.2亿元，基本实现“五通一平”。"
            "大王店产业园区2007年开始规划建设，道路、电力等基础设施累计投入资金2亿元。\n")
    found = {r["value"]: r["subject"] for r in rows(text, "徐水县", 2011)}
    assert found[5.2] == "县城工业园区"
    assert found[2.0] == "大王店产业园区"


def test_an_institution_opening_the_sentence_owns_the_next_clause():
    # 容城县 2015: the plant's capacity; 博野县 2024: the school's pass rate
    text = "一、2014年工作回顾\n城西污水处理厂投入运行，日处理能力由1万吨提高到4万吨。\n"
    assert {r["subject"] for r in rows(text, "容城县", 2015) if r["unit"] == "万吨"} == {"城西污水处理厂"}
    text = "一、2023年工作回顾\n社会事业稳步推进。博野中学高考成绩再创新高，本科上线率92.8%。\n"
    (rate,) = [r for r in rows(text, "博野县", 2024) if r["value"] == 92.8]
    assert rate["subject"] == "博野中学"


def test_an_event_opening_the_sentence_owns_the_next_clause():
    # 上海 2021: the expo's deals, not the city's
    text = ("一、2020年工作回顾\n第三届进口博览会安全、精彩、富有成效，按一年计累计意向成交726.2亿美元、比上届增长2.1%，"
            "溢出带动效应进一步放大。\n")
    found = [r for r in rows(text, "上海市", 2021, "province") if r["unit"] in ("亿美元", "%")]
    assert found and {r["subject"] for r in found} == {"第三届进口博览会"}


def test_someone_elses_figure_in_the_first_clause_goes_on():
    # 安国市 2020: the zone ranks 14th, and its revenue is the zone's; 上海 2024: 浦东新区's rules
    text = "一、2019年工作回顾\n园区在全省综合排名第14位，预计主营业务收入突破600亿元，进出口总额1050万美元。\n"
    (revenue,) = [r for r in rows(text, "安国市", 2020) if r["value"] == 600.0]
    assert revenue["subject"] == "园区"
    text = "一、2023年工作回顾\n浦东新区法规累计达到18部，管理措施累计达到22部。\n"
    assert {r["subject"] for r in rows(text, "上海市", 2024, "province") if r["value"] in (18.0, 22.0)} \
        == {"浦东新区"}


def test_a_project_described_by_its_sum_owns_the_next_clause():
    # 涞源县 2022: the year's investment in the project the first clause describes; 容城县 2012: not one of a list
    text = "二、2022年工作安排\n启动投资3.3亿元的雄源服装智慧新城项目A区建设，年度完成投资不低于1.2亿元。\n"
    (year,) = [r for r in rows(text, "涞源县", 2022) if r["value"] == 1.2]
    assert year["subject"] == "雄源服装智慧新城项目"
    text = ("二、2012年工作安排\n加快投资5.9亿元的领秀城、投资4亿元的谷丰印象等城中村改造步伐，完成建筑面积20万平方米。\n")
    (area,) = [r for r in rows(text, "容城县", 2012) if r["value"] == 20.0]
    assert area["subject"] == ""


def test_the_governments_own_figures_after_such_a_clause_stay_its_own():
    # 容城县 2017: a class of parks the county builds; 蠡县-like: beds it adds; 海南, 山东 2026: its work on a school or a
    # base; 辽宁 2026: its coastal belt
    cases = [
        ("现代农业园区建设稳步推进，设施蔬菜年产量达到20万吨。", "容城县", 2017, "county"),
        ("保东500千伏变电站竣工投运，新增110千伏变电站2座。", "容城县", 2017, "county"),
        ("北京乐成集团投资1700多万元援建的养老院公寓楼完工，新增床位154张。", "唐县", 2020, "county"),
        ("改善乡镇初中寄宿制学校条件，初中毕业生继续接受教育基本全覆盖、70%以上升入高中。", "海南省", 2026, "province"),
        ("提速山钢日照基地二期、永锋临港焦钢一体化等重大项目，力争高端精品钢产量占比达到50%左右。", "山东省", 2026,
         "province"),
        ("沿海经济带协同效应显现，海洋生产总值增长6%左右，大连迈入万亿级城市。", "辽宁省", 2026, "province"),
        ("县医院、妇幼保健院救治能力提升项目建成投用，带量集中采购药品平均降价52%。", "涞源县", 2022, "county"),
    ]
    for sentence, region, year, level in cases:
        text = f"一、{year - 1}年工作回顾\n{sentence}\n"
        found = [r for r in rows(text, region, year, level) if r["value"] not in (500.0, 1700.0)]
        assert found, sentence
        assert not [r for r in found if r["subject"]], sentence


def test_clause_owner_reads_the_name_a_clause_opens_with():
    assert clause_owner("县城工业园区2008年列入省级产业聚集区") == "县城工业园区"
    assert clause_owner("大王店产业园区2007年开始规划建设") == "大王店产业园区"  # (产业园 + 区: the longest word)
    assert clause_owner("玖兴肉鸡联建片区建成投产") == "玖兴肉鸡联建片区"  # 涞源县 2022
    assert clause_owner("城西污水处理厂投入运行") == "城西污水处理厂"
    for clause in ("现代农业示范园区建设快速推进", "县医院、妇幼保健院救治能力提升项目建成投用", "加快大王店园区61平方公里规划修编工作",
                   "重点项目建设加快推进", "沿海经济带协同效应显现", "做强省纺织集团", "稳步推进国家级经开区改革"):
        assert clause_owner(clause) == "", clause


def test_owns_nothing_tells_a_name_that_says_whose():
    for name in ("主营业务收入", "年出栏", "日处理能力", "基础设施建设累计投资", "本科上线率", "按一年计累计意向成交"):
        assert owns_nothing(name), name
    for name in ("新增床位", "民用运输机场运营数量", "纳税前100名企业接近4成", "新增110千伏变电站", "签约重点项目",
                 "推进园区基础设施建设"):
        assert not owns_nothing(name), name


def test_an_airport_after_a_place_below_is_the_subject():
    # 陕西, 湖南, 云南 2026
    assert facility_of_place("西安咸阳国际机场旅客", "西安咸阳") == "西安咸阳国际机场"
    assert facility_of_place("长沙机场旅客年吞吐量", "长沙") == "长沙机场"
    assert facility_of_place("宁波舟山港集装箱吞吐量", "宁波舟山") == "宁波舟山港"
    assert facility_of_place("长沙全球研发中心城市新增研发机构", "长沙") == ""
    assert facility_of_place("西安地铁运营里程", "西安") == ""
    text = "一、2025年工作回顾\n西安咸阳国际机场旅客超4850万人次，国际货邮吞吐量增长111%。\n"
    found = extract_document(document(text, region="陕西省", region_code="610000", year=2026, level="province"))
    assert {r["subject"] for r in found if r["value"] in (4850.0, 111.0)} == {"西安咸阳国际机场"}


def test_the_governments_programmes_and_areas_are_no_ones():
    # 江西 2026: its programme of large and medium projects; 浙江 2026: its cities with districts; 涞水县 2020, 2021: its
    # campaign against illegal villas, its sanitation programme
    assert not_whose("省大中型项目") and not_whose("城乡环卫一体化项目") and not_whose("整改违建别墅项目")
    assert not not_whose("宝迪楼房养猪项目") and not not_whose("城西污水处理厂")
    cases = [
        ("持续扩大有效益的投资。稳定投资规模，滚动实施“十百千万”工程，实施省大中型项目5296个，年度完成投资1.1万亿元左右。",
         "江西省", 2026, "province"),
        ("完成长江经济带警示片问题整改销号，设区城市PM2.5年平均浓度降至25微克/立方米。", "浙江省", 2026, "province"),
        ("高效务实推进“1+5”专项行动，清理整改违建别墅项目19宗、1624栋、3119套，建筑面积87.95万平方米。", "涞水县", 2020,
         "county"),
        ("新改建涞定路、明台路等8条县乡道路85.7公里，硬化农村道路467.3公里；城乡环卫一体化项目覆盖284个行政村。", "涞水县",
         2021, "county"),
    ]
    for sentence, region, year, level in cases:
        text = f"一、{year - 1}年工作回顾\n{sentence}\n"
        found = rows(text, region, year, level)
        assert found, sentence
        assert not [r for r in found if r["subject"]], sentence
