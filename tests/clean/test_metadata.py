"""Metadata rules on small cases: title, type, date, year, speaker, issuing government."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.clean.metadata import (
    detect_date,
    detect_doc_type,
    detect_metadata,
    detect_region,
    detect_speaker,
    detect_year,
    find_title,
)
from govreport.errors import UsageError
from govreport.schema import DOC_TYPES, DOCUMENTS


# ------------------------------------------------------------------ title


def test_title_skips_doc_number_office_and_joins_subtitle():
    text = "老城政办〔2023〕22号\n老城区人民政府办公室\n关于印发2023年老城区高质量发展赶超活动方案的通知\n各街道办事处:"
    assert find_title(text) == "关于印发2023年老城区高质量发展赶超活动方案的通知"
    text = "奋斗2021:迈好第一步 见到新气象\n——洛阳市委十一届十四次全会暨市委经济工作会议精神解读④\n日月其迈,岁律更新。"
    assert find_title(text) == "奋斗2021:迈好第一步 见到新气象——洛阳市委十一届十四次全会暨市委经济工作会议精神解读④"


def test_title_leaves_out_the_delivery_line_and_site_tag():
    text = "[河南] 2020年洛阳市西工区政府工作报告\n2020年洛阳市西工区政府工作报告\n——2020年5月22日在西工区第十四届人民代表大会第六次会议上"
    assert find_title(text) == "2020年洛阳市西工区政府工作报告"


def test_no_title_line_gives_none_rather_than_a_made_up_one():
    text = "上海市市长　龚 正\n各位代表：\n现在，我代表上海市人民政府，向大会报告工作，请予审议。\n一、2021年工作回顾"
    assert find_title(text) is None


def test_title_hint_wins_and_is_tidied():
    assert find_title("正文", {"title": "【河南招商】《河南特色农业集群发力助推质效双升》"}) == "河南特色农业集群发力助推质效双升"


def test_a_title_with_a_mayor_word_is_still_a_title():
    assert find_title("关于加强城市长效管理的实施方案\n为了……") == "关于加强城市长效管理的实施方案"


# ------------------------------------------------------------------ type


@pytest.mark.parametrize(
    "title, doc_type",
    [
        ("洛龙区2023年国民经济和社会发展计划", "plan_report"),
        ("关于洛龙区2022年国民经济和社会发展计划执行情况与2023年计划草案的报告", "plan_report"),
        ("关于印发2023年老城区高质量发展赶超活动方案的通知", "action_plan"),
        ("2020年洛阳市西工区政府工作报告", "government_work_report"),
        ("关于印发2023年政府工作报告重点任务分工方案的通知", "action_plan"),  # the head noun comes last
        ("奋斗2021:迈好第一步——洛阳市委十一届十四次全会暨市委经济工作会议精神解读④", "conference_reading"),
        ("洛阳市2022年国民经济和社会发展统计公报", "statistical_communique"),
        ("洛阳市召开经济运行分析会", "other"),
    ],
)
def test_doc_type_from_title(title, doc_type):
    assert detect_doc_type(title, "") == doc_type


def test_doc_type_hint_then_opening():
    assert detect_doc_type("河南特色农业集群发力助推质效双升", "", {"doc_type": "news"}) == "news"
    assert detect_doc_type("2021年尉氏县政府工作报告", "", {"doc_type": "news"}) == "government_work_report"
    opening = "各位代表：\n现在，我代表上海市人民政府，向大会报告工作，请予审议。"
    assert detect_doc_type(None, opening) == "government_work_report"


@pytest.mark.parametrize(
    "headings, doc_type",
    [
        # 容城县 2019 and 徐水区 2019 (corpus-county): pages that lost their title and salutation
        ("一、2018年工作回顾\n二、2019年工作总体要求\n三、2019年主要任务\n四、全面加强政府自身建设", "government_work_report"),
        ("一、2018年工作回顾\n二、2019年目标任务和重点工作\n三、加强政府自身建设", "government_work_report"),
        # 容城县 2017: five-year review, goals and the year's tasks
        ("一、过去五年工作回顾\n二、今后五年的总体思路和奋斗目标\n三、 2017年工作任务", "government_work_report"),
        # two headings of the same part (goals) are one part: not enough
        ("一、2018年工作回顾\n二、2019年工作总体要求\n三、2019年主要目标", "other"),
        # a plan report's layout has no review heading and no 政府自身建设
        ("一、2024年主要目标\n二、2024年主要任务", "other"),
    ],
)
def test_doc_type_from_a_work_reports_layout(headings, doc_type):
    text = headings.replace("\n", "\n正文。\n") + "\n正文。"
    assert detect_doc_type(None, text) == doc_type


def test_doc_type_opening_with_the_period_reported_on():
    # 容城县 2012: 向大会报告 2007年换届以来的工作
    opening = "各位代表：\n现在，我代表容城县第十四届人民政府，向大会报告 2007年换届以来的工作，请予审议。"
    assert detect_doc_type(None, opening) == "government_work_report"


def test_user_doc_type_file(tmp_path: Path):
    extra = tmp_path / "types.csv"
    extra.write_text('doc_type,pattern,where,note\nstatistical_communique,"统计快报|经济运行.{0,4}简况",title,mine\n',
                     encoding="utf-8")
    assert detect_doc_type("2023年1-6月经济运行简况", "", extra=[extra]) == "statistical_communique"
    bad = tmp_path / "bad.csv"
    bad.write_text("doc_type,pattern,where\nreport,年报,title\n", encoding="utf-8")
    with pytest.raises(UsageError):
        detect_doc_type("x", "", extra=[bad])


# ------------------------------------------------------------------ date


def test_delivery_date_beats_fields_and_listing_date():
    text = "2021年2月7日在洛阳市第十五届人民代表大会第四次会议上"
    hints = {"fields": {"发布日期": "2021-03-01"}, "listing_date": "2025-07-07"}
    assert detect_date(text, hints, "government_work_report") == "2021-02-07"


def test_publication_fields_then_own_date_line():
    assert detect_date("正文", {"fields": {"日期": "2023-02-14", "来源": "区发改委"}}) == "2023-02-14"
    assert detect_date("正文", {"fields": {"时间": "2021-01-15 17:59"}}) == "2021-01-15"
    assert detect_date("通知正文。\n2023年9月27日\n方案", {"fields": {"发布日期": "2023-09-28"}}) == "2023-09-28"
    assert detect_date("通知正文。\n2023年9月27日\n方案") == "2023-09-27"


def test_listing_date_only_for_news():
    hints = {"listing_date": "2025-07-07"}
    assert detect_date("近年来,河南省……", hints, "news") == "2025-07-07"
    assert detect_date("各位代表:……", hints, "government_work_report") is None


def test_impossible_dates_are_ignored():
    assert detect_date("2023年13月45日在某县第一届人民代表大会上") is None


# ------------------------------------------------------------------ year


@pytest.mark.parametrize(
    "title, text, doc_type, date, year",
    [
        ("洛龙区2023年国民经济和社会发展计划", "", "plan_report", "2023-02-14", 2023),
        ("关于2022年国民经济和社会发展计划执行情况与2023年计划草案的报告", "", "plan_report", None, 2023),
        ("关于印发2023年老城区高质量发展赶超活动方案的通知", "", "action_plan", "2023-09-28", 2023),
        ("奋斗2021:迈好第一步 见到新气象", "", "conference_reading", "2021-01-15", 2021),
        ("洛阳市政府工作报告", "2021年2月7日在洛阳市第十五届人民代表大会第四次会议上", "government_work_report", None, 2021),
        (None, "各位代表：\n一、2019年工作回顾\n过去一年……", "government_work_report", None, 2020),
        (None, "各位代表：\n一、过去五年工作回顾\n三、2023年主要任务\n", "government_work_report", None, 2023),
        ("某市召开会议", "", "other", "2022-05-01", 2022),
        ("某市召开会议", "", "other", None, None),
    ],
)
def test_year_the_document_is_for(title, text, doc_type, date, year):
    assert detect_year(title, text, doc_type, date) == year


def test_listing_date_does_not_make_the_year():
    meta = detect_metadata("【河南招商】河南国有企业重组整合提速\n2022年,河南省响应全国号召。",
                           hints={"title": "河南国有企业重组整合提速", "listing_date": "2025-07-07", "doc_type": "news"})
    assert meta["date"] == "2025-07-07" and meta["year"] is None


# ------------------------------------------------------------------ speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("西工区人民政府代理区长  史千灵\n各位代表:", "史千灵"),
        ("会议上尉氏县人民政府县长;张;锋各位代表:现在,我代表县人民政府", "张锋"),
        ("会议上\n洛阳市人民政府市长刘宛康\n各位代表:", "刘宛康"),
        ("上海市市长　龚 正\n各位代表：", "龚正"),
        ("上海市市长　应勇 各位代表：", "应勇"),
        ("各位代表：现在，我代表上海市人民政府，向大会报告工作。", None),
        ("副市长热线开通以来,群众反映的问题得到解决。", None),
    ],
)
def test_speaker(text, speaker):
    assert detect_speaker(text) == speaker


# ------------------------------------------------------------------ region


def region_of(title, text, **kw):
    d = detect_region(title, text, **kw)
    return d.code if d else None


def test_subdivision_named_with_its_city_is_the_issuer():
    assert region_of("2020年洛阳市西工区政府工作报告", "西工区人民政府代理区长 史千灵") == "410303"


def test_issuing_office_and_city_in_the_body():
    text = "老城区人民政府办公室\n关于印发2023年老城区高质量发展赶超活动方案的通知\n为贯彻落实洛阳市关于工作要求"
    assert region_of("关于印发2023年老城区高质量发展赶超活动方案的通知", text) == "410302"


def test_city_party_plenum_reading_is_the_city():
    title = "奋斗2021:迈好第一步 见到新气象——洛阳市委十一届十四次全会暨市委经济工作会议精神解读④"
    assert region_of(title, "日月其迈,岁律更新。开工建设洛北城区三级综合医院。",
                     hints={"fields": {"来源": "洛阳市人民政府"}}) == "410300"


def test_opening_alone_names_the_issuer():
    assert region_of(None, "上海市市长　应勇\n各位代表：\n现在，我代表上海市人民政府，向大会报告工作。") == "310000"


def test_shared_district_name_follows_the_city_in_the_text():
    text = "鼓楼区人民政府\n2023年鼓楼区政府工作报告\n在福州市委的坚强领导下"
    assert region_of("2023年鼓楼区政府工作报告", text) == "350102"
    text = "鼓楼区人民政府\n2023年鼓楼区政府工作报告\n在南京市委的坚强领导下"
    assert region_of("2023年鼓楼区政府工作报告", text) == "320106"


def test_outdated_name_in_a_later_document_goes_to_the_successor():
    text = "孟津县人民政府\n2023年孟津县政府工作报告\n在洛阳市委的领导下"
    assert region_of("2023年孟津县政府工作报告", text, year=2023) == "410308"
    assert region_of("2020年孟津县政府工作报告", text, year=2020) == "410322"


def test_no_government_named_gives_none():
    assert region_of("关于做好防汛工作的通知", "各单位:请做好防汛准备。") is None


def test_metadata_row_has_the_schema_columns_and_types():
    meta = detect_metadata("2021年尉氏县政府工作报告\n2021年2月24日在尉氏县第十四届人民代表大会第六次会议上尉氏县人民政府县长;张;锋各位代表:")
    assert set(meta) <= set(DOCUMENTS)
    assert meta == {
        "title": "2021年尉氏县政府工作报告",
        "doc_type": "government_work_report",
        "region": "尉氏县",
        "region_code": "410223",
        "region_code_current": "410223",
        "level": "county",
        "parent_code": "410200",
        "year": 2021,
        "year_source": "title",
        "date": "2021-02-24",
        "speaker": "张锋",
    }


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("洛阳市西工区老城区人民政府县长市长2023年月日在代表大会上政府工作报告方案\n—:;各位")), max_size=200))
def test_no_crash_and_valid_values(text):
    meta = detect_metadata(text)
    assert meta["doc_type"] in DOC_TYPES
    assert meta["region_code"] is None or len(meta["region_code"]) == 6
    assert meta["year"] is None or 1949 <= meta["year"] <= 2100


# ---------------------------------------------------------------- communiqués: year and title

# the first lines of 2025 communiqués as their sites served them (tests/data/communiques)
XHTML_PAGE = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
              '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
              '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
              '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
              '.m{font-size:16px;font-family:微软雅黑;color:#403fc4 }\n'
              '当前位置：首页 > 政务公开 > 统计信息\n'
              '阿克苏地区2025年 国民经济和社会发展统计公报\n'
              '一、综合\n初步核算，全年全地区实现地区生产总值（GDP）2376.13亿元，比上年增长6.2%。\n')


def test_a_year_is_never_read_from_a_web_address_or_markup():
    meta = detect_metadata(XHTML_PAGE)
    assert meta["year"] == 2025 and meta["doc_type"] == "statistical_communique"
    assert detect_year('<html xmlns="http://www.w3.org/1999/xhtml">', "", "other", None) is None
    assert detect_year("http://www.gov.cn/2019/03/15/index.html", "", "other", "2021-05-01") == 2021


def test_a_communique_s_title_is_its_own_heading_not_chrome():
    meta = detect_metadata(XHTML_PAGE)
    assert meta["title"] == "阿克苏地区2025年 国民经济和社会发展统计公报"
    assert (meta["region_code"], meta["level"]) == ("652900", "prefecture")


@pytest.mark.parametrize("title, text, date, year", [
    # the year reported on, not the year of publication
    ("乌海市2025年国民经济和社会发展统计公报", "", "2026-03-20", 2025),
    (None, "益阳市统计局\n益阳市2025年国民经济和社会发展统计公报\n一、综合", "2026-04-28", 2025),
    # no year in the title nor the opening: the communiqué of a year comes out the next year
    ("国民经济和社会发展统计公报", "一、综合\n全年全市地区生产总值", "2026-04-28", 2025),
])
def test_a_communique_is_for_the_year_it_reports_on(title, text, date, year):
    assert detect_year(title, text, "statistical_communique", date) == year


def test_a_communique_whose_title_line_was_lost_is_known_by_its_sections():
    # 鹤壁市's 2025 communiqué (tests/data/communiques/) without its title and date lines
    text = ("2025年，鹤壁市委、市政府带领全市上下坚定不移推动高质量发展。\n"
            "一、综合\n初步核算，全年全市生产总值1144.12亿元，比上年增长6.6%。\n"
            "二、农业\n全年粮食播种面积333.56万亩。\n"
            "三、工业和建筑业\n全年全市规模以上工业增加值比上年增长7.8%。\n")
    assert detect_doc_type(None, text) == "statistical_communique"


def test_a_work_report_with_numbered_sections_is_no_communique():
    # the communiqué's layout is not seen in it; a work report's own layout is
    text = "一、2024年工作回顾\n全区地区生产总值增长5%。\n二、2025年工作安排\n三、加强政府自身建设\n"
    assert detect_doc_type(None, text) == "government_work_report"


def test_a_communique_linked_below_a_report_is_not_its_title():
    # 安国市's 2022 report on a county-news page; its 相关文章 below the text list
    # 安国市2020年国民经济和社会发展统计公报
    from govreport.clean import clean_bytes
    from tests.support import DATA

    (row,) = clean_bytes((DATA / "gazetteer" / "hebei-baoding-anguo_2022_gwr.txt").read_bytes(), source="anguo_2022.txt")
    assert "统计公报" not in (row["title"] or "")
    assert (row["doc_type"], row["year"], row["region_code"]) == ("government_work_report", 2022, "130683")


def test_a_communique_without_its_name_is_for_the_year_its_first_sentence_names():
    # 昌都市's 2025 communiqué as its PDF's text layer gives it (the title is an image): issuer lines, a month
    text = ("昌都市统计局\n国家统计局昌都调查队\n2026年5月\n"
            "2025年是“十四五”规划收官之年，全市上下坚持以习近平新时代中国特色社会主义思想为指导。\n"
            "一、综合\n经初步核算，2025年，全市实现地区生产总值424.86亿元，按不变价计算，同比增长6.7%。\n"
            "二、农业\n三、工业和建筑业\n")
    meta = detect_metadata(text)
    assert (meta["doc_type"], meta["year"], meta["region"]) == ("statistical_communique", 2025, "昌都市")
    assert meta["title"] != "昌都市统计局"


def test_a_citys_communique_that_lists_its_counties_is_the_citys():
    # 哈密市 2025: 分区县看 names each county several times, none of them issues the communiqué
    text = ("哈密市2025年国民经济和社会发展统计公报\n来源：哈密市统计局\n一、综合\n"
            "全年实现地区生产总值（GDP）1162.95亿元，比上年增长9.3%。\n"
            "分区县看，伊州区实现地区生产总值664.08亿元，比上年增长7.6%；巴里坤县实现地区生产总值211.11亿元，"
            "增长14.6%；伊吾县实现地区生产总值287.75亿元，增长10.4%。伊州区、巴里坤县、伊吾县地区生产总值占全市比重"
            "分别为57.1%、18.2%、24.7%。\n")
    assert detect_metadata(text)["region_code"] == "650500"


def test_a_charts_numbers_are_no_title():
    # 昌都市's communiqué PDF: the first chart's labels come before any heading in its text layer
    text = "253.18 285.71 309.26 352.8 386.01 424.86\n7.8%\n2020 2021 2022 2023 2024 2025\n一、综合\n全市实现地区生产总值424.86亿元。\n"
    assert find_title(text) is None
