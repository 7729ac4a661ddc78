"""A figure of a named project, firm or park, named by a free phrase, says whose it is in `subject` (issue 13, point 6);
a class of projects (重点项目, 上市公司) and a count of projects stay the government's own figures. Sentences from
the 2026 provincial work reports (corpus-2026) and 保定 county reports (corpus-county)."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.entities import named_entity, short_name
from govreport.extract.periods import done_words


def subjects(region: str, year: int, text: str) -> dict[str, str]:
    d = dict(doc_id="x", source="x", region=region, region_code="", level="province", parent_code="",
             doc_type="government_work_report", year=year, date=None, title="", text=f"一、{year - 1}年工作回顾\n{text}\n")
    return {r["indicator"]: r["subject"] for r in extract_document(d) if not r["indicator_id"]}


@pytest.mark.parametrize("region, year, text, name, whose", [
    ("安徽省", 2026, "紫云山（包河）文化创意产业园营收超650亿元。", "紫云山（包河）文化创意产业园营收", "紫云山（包河）文化创意产业园"),
    ("重庆市", 2026, "枢纽港产业园新签约产业项目139个、总投资1022亿元。", "枢纽港产业园新签约产业项目", "枢纽港产业园"),
    ("新疆维吾尔自治区", 2026, "昆冈工业园区总产值突破百亿元。", "昆冈工业园区总产值", "昆冈工业园区"),
    ("海南省", 2026, "江东新区年营收超5000亿元。", "江东新区年营收", "江东新区"),
    ("博野县", 2024, "三棵树公司纳税超过4500万元。", "三棵树公司纳税", "三棵树公司"),
    ("唐县", 2020, "北京乐成集团投资1700多万元。", "北京乐成集团投资", "北京乐成集团"),
    ("徐水县", 2012, "积极发展旅游产业，投资18亿元的石龙山生态旅游度假村项目完成投资5000万元。",
     "石龙山生态旅游度假村项目完成投资", "石龙山生态旅游度假村项目"),
])
def test_a_named_ones_figure(region, year, text, name, whose):
    assert subjects(region, year, text)[name] == whose


@pytest.mark.parametrize("region, year, text, name", [
    ("广西壮族自治区", 2026, "北海铁山港20万吨级散货泊位等7个港航项目建成运营。", "港航项目建成运营"),  # counts the projects
    ("广西壮族自治区", 2026, "自治区重大项目开工390个。", "自治区重大项目开工"),
    ("重庆市", 2026, "园区开发区由106家整合为50家。", "园区开发区"),  # (named without the level it started from)
    ("北京市", 2026, "上市公司总市值超8600亿元。", "上市公司总市值"),  # a class of firms
    ("徐水县", 2010, "竣工项目36个，总投资27.61亿元；续建项目11个，总投资28.49亿元。", "竣工项目总投资"),  # a class
    # communiqués (南宁, 阿克苏 2025): all the insurers', a kind of them
    ("南宁市", 2026, "全年保险公司保费收入332.42亿元，比上年增长3.5%。", "保险公司保费收入"),
    ("阿克苏地区", 2026, "财产险公司原保险保费收入37.17亿元，增长1.7%。", "财产险公司原保险保费收入"),
])
def test_a_class_or_a_count_stays_the_governments(region, year, text, name):
    assert subjects(region, year, text)[name] == ""


def test_a_parks_paragraph():
    # 徐水县 2010: the sentences after one opening with a park that say 入园 are that park's
    text = ("（二）园区建设扎实推进，项目承载能力不断增强。县城工业园区已列入省级产业聚集区，2009年投资8300余万元修建了三条"
            "园区道路和一座地道桥。目前入园规模以上企业达13家，全年实现销售收入35.26亿元、利税5.06亿元。保定·中国电谷（大王店）"
            "产业园区被市政府确定为我县与高新区的共建区，投资1.4亿元的“一纵两横”三条道路已完成投资6000万元。目前入园在建项目5个，"
            "总投资18.7亿元；拟开工项目5个，总投资49.83亿元。\n全县新建道路10条。")
    got = subjects("徐水县", 2010, text)
    assert got["入园规模以上企业"] == "县城工业园区"
    assert got["拟开工项目总投资"] == "保定·中国电谷（大王店）产业园区"
    assert got["新建道路"] == ""  # the next paragraph, no mark of the park


def test_names_alone():
    doing = done_words()
    assert named_entity("航天科技集团累计投入帮扶资金", doing) == "航天科技集团"
    assert named_entity("湘琼先进制造业共建产业园落地项目", doing) == "湘琼先进制造业共建产业园"
    assert named_entity("实施省、市重点项目总投资", doing) == ""
    assert named_entity("加快园区基础设施项目", doing) == ""
    assert named_entity("刘伶醉酿酒有限公司为主的企业集团", doing) == ""


def subjects_at(region: str, level: str, year: int, text: str) -> dict[str, str]:
    d = dict(doc_id="x", source="x", region=region, region_code="", level=level, parent_code="",
             doc_type="government_work_report", year=year, date=None, title="", text=f"一、{year - 1}年工作回顾\n{text}\n")
    return {r["indicator"]: r["subject"] for r in extract_document(d) if not r["indicator_id"]}


@pytest.mark.parametrize("region, level, year, text, name, whose", [
    # a figure in another unit than a count of projects, before the project's name: the project's size
    ("涞源县", "county", 2021, "确保石道沟年出栏12万头的6栋猪上楼项目投产运营，全县生猪出栏达到30万头。",
     "石道沟猪上楼项目投产运营", "石道沟猪上楼项目"),
    # a count after the name of a park or base: of something of the park's
    ("曲阳县", "county", 2020, "现代雕塑产业园115家企业签约入驻。", "现代雕塑产业园企业签约入驻", "现代雕塑产业园"),
    # a resort (度假区) is one project
    ("涞源县", "county", 2021, "华中温泉度假区累计投资32亿元，成为集住宿、餐饮、会议为一体的山地旅游新地标。", "华中温泉度假区累计投资",
     "华中温泉度假区"),
    ("涞源县", "county", 2020, "七山滑雪度假区完成投资5亿元。", "七山滑雪度假区完成投资", "七山滑雪度假区"),
    # a clause opening with a bare count in the same unit and a verb: part of the park's count before
    ("曲阳县", "county", 2020, "现代雕塑产业园115家企业签约入驻，32家建成投产。", "建成投产企业", "现代雕塑产业园"),
    ("福建省", "province", 2026, "金砖创新基地促成138个合作项目，与共建“一带一路”国家进出口贸易额突破5万亿元。",
     "金砖创新基地促成合作项目", "金砖创新基地"),
    # a line of products named in quotes
    ("山西省", "province", 2026, "循环流化床锅炉技术世界领先，“晋华炉”煤气化系列产品全国市场占有率达到50%以上。",
     "“晋华炉”煤气化系列产品全国市场占有率", "“晋华炉”煤气化系列产品"),
    # a county's one development zone opening the sentence, its rank too
    ("徐水区", "county", 2019, "新能源等战略性新兴产业正在落地生根。开发区完成主营业务收入1608.2亿元，同比增长6.5%，位居全省第八位，"
     "全市第一位。", "开发区完成主营业务收入", "开发区"),
    ("博野县", "county", 2025, "开发区入驻企业达到252家，主营业务收入、税收、固定资产投资均实现两位数增长。", "开发区入驻企业", "开发区"),
    # …and opening a clause later in the sentence (博野县 2022, 徐水县 2011)
    ("博野县", "county", 2022, "积极开展土地收储，为优质项目落地提供坚实保障，开发区主营业务收入同比增长125.3%，产业竞争力进一步增强。",
     "开发区主营业务收入", "开发区"),
    ("徐水县", "county", 2011, "加快园区基础设施建设，园区产值力争突破500亿元。", "园区产值", "园区"),
])
def test_one_named_or_the_countys_zone(region, level, year, text, name, whose):
    assert subjects_at(region, level, year, text)[name] == whose


@pytest.mark.parametrize("region, level, year, text, name", [
    # a province's parks written alone: all of them, the province's own figure on a part of it
    ("山西省", "province", 2026, "开发区规上工业增加值、工业投资年均分别增长5.9%、6.7%。", "开发区规上工业增加值"),
    ("云南省", "province", 2026, "园区新增规模以上工业企业600户左右，主导产业集中度提升至55%以上。", "园区新增规模以上工业企业"),
    ("益阳市", "city", 2026, "省级园区规模工业企业增加值增长10.4%。", "省级园区规模工业企业增加值"),
    ("宁夏回族自治区", "province", 2026, "脱贫县农村居民人均可支配收入年均增长8.8%。", "脱贫县农村居民人均可支配收入"),
    ("安徽省", "province", 2026, "脱贫地区农村居民人均可支配收入突破2万元。", "脱贫地区农村居民人均可支配收入"),
    # a count or share of them before the name, people, the next item of a list, a verb made of the word (集团化)
    ("宁夏回族自治区", "province", 2026, "90%的化工园区降至较低风险等级，90%的煤矿达到安全生产标准化二级以上。", "化工园区降至较低风险等级"),
    ("海南省", "province", 2026, "实施县域高中振兴工程和薄弱学校提升工程，60%公办中小学校纳入集团化管理。", "公办中小学校纳入集团化管理"),
    ("曲阳县", "county", 2022, "依法保护企业主体，重拳打击阻挠项目落地6人，营商环境持续优化。", "重拳打击阻挠项目落地"),
    # a county's zones counted before the zone word: no one zone's figure (阜平县 2021)
    ("阜平县", "county", 2021, "加快顾家台骆驼湾、栗元铺、龙门等3个示范区建设。", "示范区建设"),
    ("阜平县", "county", 2020, "经过七年努力，基础设施发生巨变，累计实施了357个1165公里的道路交通项目、27个重点水利工程、37个电力配套工程。",
     "道路交通项目重点水利工程"),
])
def test_a_class_a_share_or_people_stay_the_governments(region, level, year, text, name):
    assert subjects_at(region, level, year, text).get(name, "") == ""


@pytest.mark.parametrize("region, year, text, whose", [
    # each project of a list named after its figure is named whole, not cut where the item before ended
    ("容城县", 2012, "目前，投资5000万元的托普衬布、投资2.1亿元的晨旭汽车零部件、投资2.2亿元的集宏兴服饰等一批项目已提出入园申请。",
     ["托普衬布", "晨旭汽车零部件", "集宏兴服饰"]),
    ("徐水县", 2010, "投资4.22亿元的盛嘉泰汽车传动轴、投资3.7亿元的中恒泰达粮油深加工、投资2.6亿元的兴威索具等项目开工建设。",
     ["盛嘉泰汽车传动轴", "中恒泰达粮油深加工", "兴威索具"]),
    ("唐县", 2020, "总投资12.1亿元的北京金隅绿色建材园、总投资9亿元的北京新农创肉羊产业提升项目加快推进。",
     ["北京金隅绿色建材园", "北京新农创肉羊产业提升项目"]),
])
def test_each_project_of_a_list_is_named_whole(region, year, text, whose):
    d = dict(doc_id="x", source="x", region=region, region_code="", level="county", parent_code="",
             doc_type="government_work_report", year=year, date=None, title="", text=f"一、{year - 1}年工作回顾\n{text}\n")
    rows = extract_document(d)
    assert [r["subject"] for r in rows] == whose
    assert all(r["evidence"] == d["text"][r["start"]: r["end"]] and r["evidence"].startswith(("投资", "总投资"))
               for r in rows)


@pytest.mark.parametrize("region, year, text, name", [
    # levels of the projects (省、市重点项目), a level word (国家制造业单项冠军), a figure (投资2.3亿元) or the base of a rate
    # (每千人) is no one's name: the government's own figure
    ("涞水县", 2020, "整合推进各类项目70个，11个省、市重点项目完成投资22.35亿元。", "省、市重点项目完成投资"),
    ("山东省", 2026, "省市县重点项目完成投资2.8万亿元。", "省市县重点项目完成投资"),
    ("山东省", 2026, "国家制造业单项冠军达到274家。", "国家制造业单项冠军"),
    ("曲阳县", 2021, "全力推进“四好农村路”提升工程，投资2.3亿元完成农村公路建设90.7公里。", "完成农村公路建设"),  # (the sum spent out of the name)
    ("苏州市", 2025, "每千人拥有执业（助理）医师3.85人。", "每千人拥有执业（助理）医师"),
])
def test_words_that_are_no_ones_name_are_no_subject(region, year, text, name):
    assert subjects(region, year, text).get(name, "?") in (None, "")


def test_a_project_after_a_list_item_is_not_done_what_the_item_is():
    # 、投资1.1亿元的职教中心标准化建设主体工程 (涞源县 2022): the project's investment, named by the project, not 完成…
    d = dict(doc_id="x", source="x", region="涞源县", region_code="", level="county", parent_code="",
             doc_type="government_work_report", year=2022, date=None, title="",
             text="一、2021年工作回顾\n全面提高教育质量，完成投资1440万元的北石佛中学等37所中小学改薄提升工程、"
                  "投资1.1亿元的职教中心标准化建设主体工程。\n")
    [row] = [r for r in extract_document(d) if r["value"] == 1.1]
    assert (row["indicator"], row["subject"]) == ("职教中心标准化建设主体工程投资", "职教中心标准化建设主体工程")


@pytest.mark.parametrize("region, level, year, text, name, whose", [
    # a firm's short name after its full name gave an earlier figure its subject (涞源县 2021): the firm's
    ("涞源县", "county", 2021, "玖兴肉鸡养殖项目累计建成鸡舍401栋。玖兴450栋鸡舍全部建成投用，玖兴日屠宰肉鸡27万只两条生产线投产运营。",
     "玖兴鸡舍全部建成投用", "玖兴"),
    ("涞源县", "county", 2021, "玖兴肉鸡养殖项目累计建成鸡舍401栋。玖兴450栋鸡舍全部建成投用，玖兴日屠宰肉鸡27万只两条生产线、50万吨饲料厂投产运营。",
     "玖兴日屠宰肉鸡两条生产线", "玖兴"),
    # what the phrase shares with the full name opens with a word of the language: nobody's short name
    ("徐水县", "county", 2010, "县城工业园区新签约项目12个。县城建成区新增绿地15万平方米。", "县城建成区新增绿地", ""),
])
def test_a_short_name_after_the_full_one(region, level, year, text, name, whose):
    assert subjects_at(region, level, year, text)[name] == whose


def test_a_short_name_is_no_word_of_the_language():
    assert short_name("玖兴鸡舍全部建成投用", ["玖兴肉鸡养殖项目"]) == "玖兴"
    assert short_name("县城建成区新增绿地", ["县城工业园区"]) == ""
    assert short_name("今明两年新建学校", ["今明科技公司"]) == ""
    assert short_name("玖兴肉鸡养殖项目", ["玖兴肉鸡养殖项目"]) == ""  # the full name itself: named_entity's
    assert short_name("新建学校", []) == ""


@pytest.mark.parametrize("region, level, year, text, no_figure", [
    # the field a place is ranked in (涞源县 2021, 涞水县 2020, a province's shape): no figure
    ("涞源县", "county", 2021, "我县乡村振兴传播影响力在全国入围的500个县中排名第53位。", 500.0),
    ("涞水县", "county", 2020, "全年线上零售额达11.42亿元，在全省62个贫困县中排名第五。", 62.0),
    ("江西省", "province", 2026, "全省营商环境评价在全国31个省份中位列第8位。", 31.0),
    # the count of those who issued a document named right after them (涞源县 2021)
    ("涞源县", "county", 2021, "在刚刚公布的中央18家媒体《中国乡村振兴新闻传播力评价榜单》中，我县位列第53位。", 18.0),
])
def test_numbers_that_are_no_figures(region, level, year, text, no_figure):
    d = dict(doc_id="x", source="x", region=region, region_code="", level=level, parent_code="",
             doc_type="government_work_report", year=year, date=None, title="", text=f"一、{year - 1}年工作回顾\n{text}\n")
    assert no_figure not in [r["value"] for r in extract_document(d)]


def test_a_count_before_what_it_counts_in_the_ranking_words_stays():
    d = dict(doc_id="x", source="x", region="上海市", region_code="", level="province", parent_code="",
             doc_type="government_work_report", year=2020, date=None, title="",
             text="一、2019年工作回顾\n推动1.28万户农民相对集中居住。\n")
    assert 1.28 in [r["value"] for r in extract_document(d)]  # (集中居住: no 中…居第 of a ranking)


@pytest.mark.parametrize("region, level, year, text, name", [
    # 城镇, 城乡 and 乡镇 end in a place's last character (镇, 乡) but are kinds of the government's own areas
    # (entity_words.csv areas): the government's figure, no town's (徐水县 2011; a sentence written like a city's)
    ("徐水县", "county", 2011, "全社会固定资产投资和城镇固定资产投资均增长35%。", "城镇固定资产投资"),
    ("上海市", "province", 2020, "全市一般公共预算收入和城乡社会消费品零售总额均增长5%。", "城乡社会消费品零售总额"),
])
def test_the_governments_own_kinds_of_area_are_no_subject(region, level, year, text, name):
    assert subjects_at(region, level, year, text)[name] == ""


@pytest.mark.parametrize("region, year, text, whose", [
    # a project described by its investment, named without what the clause goes on to say of it (涞源县 2022,
    # 唐县 2020, 博野县 2022, 定兴县 2022)
    ("涞源县", 2022, "与北京体育大学签订合作协议，投资3.87亿元的中国雪上运动学院即将开工建设。", "中国雪上运动学院"),
    ("涞源县", 2022, "投资3.17亿元的跳台二期建成投训，和“雪吉祥”一道组成全世界最大的跳台群。", "跳台二期"),
    ("唐县", 2020, "总投资4.6亿元的英利绿色产业园开工建设。", "英利绿色产业园"),
    ("博野县", 2022, "投资6500万元的新兴华小学投入使用。", "新兴华小学"),
    ("定兴县", 2022, "投资15亿元的同福大健康产业园签约落地。", "同福大健康产业园"),
    ("涞源县", 2025, "总投资5.63亿元的标准化科创园6月底前建成投用。", "标准化科创园"),
    # a name ending in 项目/工程/基地 is all the project's name (主体 is part of it)
    ("涞源县", 2022, "投资1.1亿元的职教中心标准化建设主体工程全面完工。", "职教中心标准化建设主体工程"),
])
def test_a_described_project_without_what_is_said_of_it(region, year, text, whose):
    d = dict(doc_id="x", source="x", region=region, region_code="", level="county", parent_code="",
             doc_type="government_work_report", year=year, date=None, title="", text=f"一、{year - 1}年工作回顾\n{text}\n")
    [row] = [r for r in extract_document(d) if r["unit"].endswith("元")]
    assert (row["indicator"], row["subject"]) == (whose + row["indicator"][len(whose):], whose)
    assert row["indicator"][len(whose):] in ("投资", "总投资")
    assert row["evidence"] == d["text"][row["start"]: row["end"]] and row["evidence"].endswith(whose)


@pytest.mark.parametrize("region, year, text, name, whose", [
    # a named project after the verbs done to it, when a proper name opens it (博野县 2022; a sentence written as 阜平's)
    ("博野县", 2022, "⑧投资280万元，完成南邑中学宿舍楼项目建设。", "完成南邑中学宿舍楼项目建设投资", "南邑中学宿舍楼项目"),
    ("阜平县", 2021, "投资1800万元，完成邸庄小学综合楼项目建设。", "完成邸庄小学综合楼项目建设投资", "邸庄小学综合楼项目"),
    # a class of projects after the verb (浙江 2026), or one opening with a word of the language: the government's
    ("浙江省", 2026, "完成城市更新项目投资3696亿元。", "完成城市更新项目投资", ""),
    ("涞水县", 2021, "投资1.2亿元，完成城市更新项目建设。", "完成城市更新项目建设投资", ""),
])
def test_a_project_named_after_its_verbs(region, year, text, name, whose):
    assert subjects_at(region, "county", year, text)[name] == whose


@pytest.mark.parametrize("region, year, text, name, whose", [
    # 纳税 (taxes paid) is an aspect, as 利税: the item after a firm's figure is the firm's (徐水县 2013; 博野县 written)
    ("徐水县", 2013, "其中，巨力集团实现产值70亿元、纳税2.06亿元，赛赛尔俊峰公司实现产值7.5亿元、纳税1.04亿元。",
     "赛赛尔俊峰公司实现纳税", "赛赛尔俊峰公司"),
    ("博野县", 2024, "三棵树公司实现产值12亿元、纳税4500万元。", "三棵树公司实现纳税", "三棵树公司"),
])
def test_taxes_paid_after_a_firms_figure(region, year, text, name, whose):
    assert subjects_at(region, "county", year, text)[name] == whose


@pytest.mark.parametrize("region, year, text, name, whose", [
    # a clause opening with a verb of doing or having, in a sentence about a park: the park's (徐水县 2015; 博野 written)
    ("徐水县", 2015, "三是园区建设日新月异。县城工业园区累计投资13.2亿元，基础设施进一步完善，基本实现“七通一平”，现有企业140家，"
     "实现主营业务收入257亿元。", "现有企业", "县城工业园区"),
    ("博野县", 2025, "开发区累计投资20亿元，基础设施不断完善，现有企业252家，实现主营业务收入100亿元。", "实现主营业务收入", "开发区"),
    # a thing done to places, the parks counted themselves: no park's figure (定兴县 2020, 阜平县 2021)
    ("定兴县", 2020, "开展三大片区改造集中攻坚，完成拆迁247户，630套棚户区改造任务。", "完成拆迁", ""),
    ("阜平县", 2021, "新增规模养殖园区6个，新六农牧生猪育肥基地3月底前完工投用。", "新增规模养殖园区", ""),
])
def test_a_verb_alone_in_a_sentence_about_a_park(region, year, text, name, whose):
    assert subjects_at(region, "county", year, text).get(name) == whose


@pytest.mark.parametrize("region, year, text, name, whose", [
    # a firm's brand before the trade it is known by (涞源县 2022; a sentence written as 唐县's)
    ("涞源县", 2022, "玖兴养鸡年出栏4067万只，宝迪养猪年出栏10万头，销售收入1.65亿元。", "宝迪养猪年出栏", "宝迪"),
    ("唐县", 2020, "温氏养猪年出栏20万头。", "温氏养猪年出栏", "温氏"),
    # two characters that are a word of the language before the trade: the government's own
    ("唐县", 2020, "家庭养猪户达到300户。", "家庭养猪户", ""),
    ("涞源县", 2021, "全县生猪养殖年出栏达到30万头。", "生猪养殖年出栏", ""),
])
def test_a_firm_known_by_its_trade(region, year, text, name, whose):
    assert subjects_at(region, "county", year, text)[name] == whose


@pytest.mark.parametrize("region, year, text, name", [
    # the sum a paper signed is worth (协议, 意向: entity_words.csv agreement) is no project's (涞源县 2022, 阜平县 2020)
    ("涞源县", 2022, "与11家大企业签订总投资105.85亿元的战略合作协议，落地35个。", "战略合作协议总投资"),
    ("阜平县", 2020, "与北京市委宣传部、北京市协作支援办达成总投资32.92亿元的阜平北京文创园建设意向。", "北京文创园建设意向总投资"),
])
def test_a_papers_sum_is_no_projects(region, year, text, name):
    assert subjects_at(region, "county", year, text)[name] == ""


@pytest.mark.parametrize("region, year, text, name, whose", [
    # a sentence opening with two characters of manner and a verb before the place (上海 2022, 天津 2026)
    ("上海市", 2022, "深入推进临港新片区建设，新片区规上工业总产值、全社会固定资产投资分别增长72.7%和62%。",
     "新片区规上工业总产值", "临港新片区"),
    ("天津市", 2026, "稳步推进国家级经开区改革，完善“管委会＋公司”运营模式，建立健全招商引资、要素保障等机制，利用外资、投资分别增长45%、20%。",
     "国家级经开区利用外资", ""),
])
def test_a_place_after_manner_and_a_verb(region, year, text, name, whose):
    assert subjects_at(region, "province", year, text)[name] == whose


@pytest.mark.parametrize("region, year, text, name, whose", [
    # a page puts a space before the mark (as 蠡县 2020 does before its “四好农村路” [5], a campaign: test_whose_names),
    # and a mark of the other kind
    ("蠡县", 2020, "投资678万元的“清水河”治理工程 [5]全面完工。", "“清水河”治理工程投资", "“清水河”治理工程"),
    ("徐水县", 2012, "投资18亿元的石龙山生态旅游度假村〔3〕即将开工建设。", "石龙山生态旅游度假村投资", "石龙山生态旅游度假村"),
])
def test_a_notes_mark_is_no_part_of_whose_name(region, year, text, name, whose):
    assert subjects(region, year, text)[name] == whose
