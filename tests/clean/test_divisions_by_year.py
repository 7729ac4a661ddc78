"""Divisions as they were in the document's year: former units, today's code beside, functional areas."""

from __future__ import annotations

import csv
import re

import pytest

from govreport.clean import clean_bytes
from govreport.clean.gazetteer import CHANGES_CSV, FUNCTIONAL_AREAS_CSV, load_gazetteer
from govreport.clean.metadata import detect_metadata, detect_region, resolve_name
from tests.support import DATA

PAGES = DATA / "gazetteer"
KINDS = {"撤县设区", "撤县设市", "撤市设区", "撤地设市", "撤盟设市", "撤区设区", "撤区设市", "更名", "代码变更", "合并", "撤销"}


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


def _rows(path):
    return list(csv.DictReader(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")))


def test_every_change_row_is_well_formed_and_its_successor_is_known(gz):
    rows = _rows(CHANGES_CSV)
    assert len(rows) > 900
    known = {d.code for d in gz.divisions}
    for r in rows:
        assert re.fullmatch(r"\d{6}", r["old_code"]) and r["old_name"], r
        assert r["kind"] in KINDS, r
        assert r["year"] == "" or 2000 <= int(r["year"]) <= 2025, r
        assert r["source"], r
        if r["new_code"]:
            assert r["new_code"] in known and r["new_name"], r
        else:
            assert r["kind"] == "撤销" and not r["new_name"], r


def test_the_changes_of_baoding_in_2015(gz):
    changes = {(r["old_code"], r["old_name"]): (r["new_code"], r["new_name"], r["year"], r["kind"]) for r in _rows(CHANGES_CSV)}
    assert changes[("130625", "徐水县")] == ("130609", "徐水区", "2015", "撤县设区")
    assert changes[("130621", "满城县")] == ("130607", "满城区", "2015", "撤县设区")
    assert changes[("130622", "清苑县")] == ("130608", "清苑区", "2015", "撤县设区")
    assert changes[("130602", "新市区")] == ("130602", "竞秀区", "2015", "更名")
    assert changes[("130603", "北市区")][:2] == changes[("130604", "南市区")][:2] == ("130606", "莲池区")


@pytest.mark.parametrize("name, year, code, current", [
    ("徐水县", 2012, "130625", "130609"),
    ("徐水区", 2016, "130609", "130609"),
    ("满城县", 2010, "130621", "130607"),
    ("保定市新市区", 2013, "130602", "130602"),  # 竞秀区 kept the code (乌鲁木齐 has a 新市区 too)
    ("襄樊市", 2009, "420600", "420600"),  # renamed 襄阳市 in 2010, code kept
    ("莱芜市", 2015, "371200", "370116"),  # a prefecture city that became 济南市莱芜区 in 2019
    ("郫县", 2015, "510124", "510117"),  # 郫都区 since 2016: a successor named by hand
    ("卢湾区", 2010, "310103", "310101"),  # merged into 黄浦区 in 2011
    ("哈密市", 2010, "652201", "650502"),  # the county-level city, 伊州区 since 2016
    ("哈密市", 2020, "650500", "650500"),  # the prefecture-level city of the same name since 2016
    ("儋州市", 2012, "469003", "460400"),  # made prefecture-level in 2015
    ("济源市", 2020, "419001", "419001"),  # a county-level city under its province
    ("仙桃市", 2020, "429004", "429004"),
    ("石河子市", 2020, "659001", "659001"),
    ("琼海市", 2020, "469002", "469002"),
])
def test_a_name_of_year_y_resolves_to_the_code_valid_in_y(gz, name, year, code, current):
    city, name = name[:-3] if len(name) == 6 else "", name[-3:] if len(name) == 6 else name
    d = resolve_name(name, gz, near=city, text=city, year=year)
    assert (d.code, gz.current_code(d)) == (code, current)


def test_a_name_shared_over_the_years_takes_the_unit_of_the_document_year(gz):
    # 上饶县 was 362321 under 上饶地区 until 2000, then 361121 under 上饶市 until it became 广信区
    assert resolve_name("上饶县", gz, year=1999).code == "362321"
    assert resolve_name("上饶县", gz, year=2010).code == "361121"


def test_leagues_prefectures_and_autonomous_prefectures_are_prefectures(gz):
    for name, code in [("阿克苏地区", "652900"), ("克孜勒苏柯尔克孜自治州", "653000"), ("锡林郭勒盟", "152500")]:
        (d,) = gz.by_name[name]
        assert (d.code, d.level) == (code, "prefecture")


def test_a_2012_county_report_of_a_later_district_gets_the_2012_code_and_today_code():
    (row,) = clean_bytes((PAGES / "hebei-baoding-xushui_2012_gwr.txt").read_bytes(), source="xushui_2012.txt")
    assert (row["region"], row["region_code"], row["region_code_current"], row["year"]) == ("徐水县", "130625", "130609", 2012)
    assert (row["level"], row["parent_code"]) == ("county", "130600")


def test_the_last_report_of_the_county_before_it_became_a_district():
    # delivered early in 2015 by 徐水县人民政府, before the 撤县设区 of that year
    (row,) = clean_bytes((PAGES / "hebei-baoding-xushui_2015_gwr.txt").read_bytes(), source="xushui_2015.txt")
    assert (row["region_code"], row["region_code_current"]) == ("130625", "130609")


def test_the_same_county_under_its_district_name_after_the_change():
    text = "保定市徐水区人民政府区长李志永\n各位代表：\n现在，我代表徐水区人民政府向大会报告工作"
    meta = detect_metadata("2018年保定市徐水区政府工作报告\n" + text)
    assert (meta["region_code"], meta["region_code_current"], meta["year"]) == ("130609", "130609", 2018)


def test_jiyuan_a_city_under_its_province():
    text = "2024年济源市政府工作报告\n——2024年1月10日在济源市第十一届人民代表大会第四次会议上\n济源市人民政府市长\n各位代表："
    meta = detect_metadata(text)
    assert (meta["region_code"], meta["level"], meta["parent_code"], meta["year"]) == ("419001", "county", "410000", 2024)


def test_functional_areas_have_a_level_of_their_own(gz):
    rows = _rows(FUNCTIONAL_AREAS_CSV)
    assert {r["name"] for r in rows} >= {"雄安新区", "保定高新技术产业开发区", "兰州新区"}
    for r in rows:
        assert r["code"] == "" or re.fullmatch(r"\d{4}7\d", r["code"]), r
    (d,) = gz.by_name["保定高新技术产业开发区"]
    assert (d.code, d.level, d.parent_code) == ("130671", "functional_area", "130600")


def test_a_functional_area_is_not_its_host():
    d = detect_region("保定高新技术产业开发区2023年工作报告", "保定高新技术产业开发区管委会\n在保定市委、市政府的坚强领导下")
    assert (d.name, d.code, d.level) == ("保定高新技术产业开发区", "130671", "functional_area")
    meta = detect_metadata("雄安新区管理委员会\n2023年雄安新区工作报告\n在河北省委、省政府和保定市的支持下")
    assert (meta["region"], meta["level"], meta["region_code"], meta["parent_code"]) == ("雄安新区", "functional_area", None, "130000")


def test_a_county_report_naming_its_functional_area_is_not_the_area_s():
    # 容城县 2020: 雄安新区 in the opening (在…新区党工委管委会和县委的坚强领导下, 雄安新区…转换之年)
    (row,) = clean_bytes((PAGES / "hebei-baoding-rongcheng_2020_gwr.txt").read_bytes(), source="rongcheng_2020.txt")
    assert row["region"] != "雄安新区" and row["level"] != "functional_area"


def test_a_county_report_that_names_no_government_is_the_county_it_calls_itself_by():
    # 容城县 2020: the page begins at 一、2019年工作回顾; 容城 ×15, 全县 ×12, 河北 named
    (row,) = clean_bytes((PAGES / "hebei-baoding-rongcheng_2020_gwr.txt").read_bytes(), source="rongcheng_2020.txt")
    assert (row["region"], row["region_code"], row["level"]) == ("容城县", "130629", "county")


def test_a_common_word_that_is_a_county_s_short_name_does_not_make_the_issuer():
    # 和平 is 和平县 (河源市, 广东) too; nothing here names 广东 or 河源
    sentence = "全县上下维护和平稳定的发展环境，和平发展、和平合作是全县人民的共同心愿。"
    assert detect_region(None, "各位代表：\n" + sentence * 4) is None
    # the same words in a text that names its city make the county
    d = detect_region(None, "各位代表：\n在河源市委的坚强领导下，" + sentence * 4)
    assert (d.name, d.code) == ("和平县", "441624")


def test_county_level_units_under_their_province(gz):
    hainan = ["五指山市", "琼海市", "文昌市", "万宁市", "东方市", "定安县", "屯昌县", "澄迈县", "临高县", "白沙黎族自治县",
              "昌江黎族自治县", "乐东黎族自治县", "陵水黎族自治县", "保亭黎族苗族自治县", "琼中黎族苗族自治县"]
    corps = ["石河子市", "阿拉尔市", "图木舒克市", "五家渠市", "北屯市", "铁门关市", "双河市", "可克达拉市", "昆玉市", "胡杨河市"]
    hubei = ["仙桃市", "潜江市", "天门市", "神农架林区"]
    for names, province in [(hainan, "460000"), (corps, "650000"), (hubei, "420000"), (["济源市"], "410000")]:
        for name in names:
            d = resolve_name(name, gz, year=2024)
            assert (d.level, d.parent_code, d.code[:2], d.code[2:4]) == ("county", province, province[:2], "90"), name
