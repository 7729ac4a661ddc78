"""The gazetteer: the shipped divisions table, name finding, and the name-change policy."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from govreport.clean.gazetteer import DIVISIONS_CSV, load_gazetteer
from govreport.clean.metadata import resolve_name
from govreport.errors import UsageError


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


def test_table_covers_all_of_china(gz):
    rows = list(csv.DictReader(line for line in DIVISIONS_CSV.open(encoding="utf-8") if not line.startswith("#")))
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)), "codes are unique"
    assert all(re.fullmatch(r"\d{6}", c) for c in codes)
    current = [r for r in rows if not r["valid_to"]]
    by_level = {lv: sum(r["level"] == lv for r in current) for lv in ("province", "prefecture", "county")}
    assert by_level["province"] == 34  # 23 provinces, 5 autonomous regions, 4 municipalities, HK, Macao
    assert 330 <= by_level["prefecture"] <= 340
    assert 2800 <= by_level["county"] <= 2900
    assert [(r["code"], r["name"]) for r in rows if r["level"] == "national"] == [("100000", "全国")]
    for r in rows:
        if r["level"] == "national":
            continue
        assert r["parent_code"] == "" if r["level"] == "province" else r["parent_code"] in gz.by_code, r
        assert re.search(r"[省市区县旗盟州]$", r["name"]), r


def test_seed_governments(gz):
    expected = {
        "410311": ("洛龙区", "county", "410300"),
        "410302": ("老城区", "county", "410300"),
        "410303": ("西工区", "county", "410300"),
        "410300": ("洛阳市", "prefecture", "410000"),
        "410223": ("尉氏县", "county", "410200"),
        "410000": ("河南省", "province", ""),
        "310000": ("上海市", "province", ""),
    }
    for code, (name, level, parent) in expected.items():
        d = gz.by_code[code]
        assert (d.name, d.level, d.parent_code) == (name, level, parent)


def test_henan_changes_of_2021_are_in_the_table(gz):
    mengjin_xian, mengjin_qu = gz.by_code["410322"], gz.by_code["410308"]
    assert mengjin_xian.name == "孟津县" and mengjin_xian.valid_to.startswith("2021")
    assert mengjin_xian.successor_code == "410308"
    assert mengjin_qu.name == "孟津区" and mengjin_qu.current and mengjin_qu.valid_from.startswith("2021")
    yanshi_shi, yanshi_qu = gz.by_code["410381"], gz.by_code["410307"]
    assert (yanshi_shi.name, yanshi_shi.successor_code) == ("偃师市", "410307")
    assert yanshi_qu.name == "偃师区" and yanshi_qu.parent_code == "410300"


@pytest.mark.parametrize(
    "name, year, code",
    [
        ("孟津县", 2020, "410322"),  # the name used in its own time keeps its own code
        ("孟津县", 2021, "410322"),  # 2021 reports were delivered before the March change
        ("孟津区", 2023, "410308"),
        ("孟津县", 2023, "410308"),  # an outdated name in a 2023 document -> the successor government
        ("孟津县", None, "410322"),  # no year: as written
        ("偃师市", 2022, "410307"),
        ("偃师市", 2019, "410381"),
    ],
)
def test_name_change_policy(gz, name, year, code):
    assert resolve_name(name, gz, year=year).code == code


@pytest.mark.parametrize(
    "near, code",
    [("南京市鼓楼区", "320106"), ("福州市鼓楼区人民政府", "350102"), ("开封市鼓楼区", "410204"), ("徐州市鼓楼区", "320302")],
)
def test_shared_names_resolve_by_the_parent_mentioned(gz, near, code):
    assert resolve_name("鼓楼区", gz, near=near, text=near).code == code


def test_find_names_in_text(gz):
    found = [m.name for m in gz.find("2020年洛阳市西工区政府工作报告")]
    assert found == ["洛阳市", "西工区"]
    # 城区 alone is an ordinary word; after its city it is a district
    assert [m.name for m in gz.find("开工建设洛北城区三级综合医院")] == []
    assert [m.name for m in gz.find("阳泉市城区人民政府")] == ["阳泉市", "城区"]
    # two-character county names need a government word after them
    assert [m.name for m in gz.find("滑县人民政府")] == ["滑县"]
    assert [m.name for m in gz.find("推动新县城建设")] == []
    # 河南县域 is about 河南省's counties, not 河南县 in 青海
    assert [m.name for m in gz.find("壮大河南县域经济")] == []
    m = gz.find("老城区人民政府办公室")[0]
    assert (m.start, m.end, m.name) == (0, 3, "老城区")


def test_find_is_fast_enough_for_whole_reports(gz):
    import time

    text = "洛阳市西工区人民政府" * 20000  # 200k characters
    t = time.perf_counter()
    gz.find(text)
    assert time.perf_counter() - t < 2.0


def test_extra_file_adds_and_corrects_rows(tmp_path: Path):
    extra = tmp_path / "mine.csv"
    extra.write_text(
        "code,name,level,parent_code,valid_from,valid_to,successor_code,former_names\n"
        "410399,洛阳新区,county,410300,2030-01-01,,,\n"
        "410311,洛龙区,county,410300,,,,洛龙旧称区\n",
        encoding="utf-8",
    )
    gz = load_gazetteer([extra])
    assert gz.by_code["410399"].name == "洛阳新区"
    assert [d.code for d in gz.by_name["洛龙旧称区"]] == ["410311"]
    assert "410399" not in load_gazetteer().by_code  # the shipped table is untouched


def test_bad_extra_file_is_a_usage_error(tmp_path: Path):
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,level,parent_code\n4103,洛阳市,city,410000\n", encoding="utf-8")
    with pytest.raises(UsageError) as err:
        load_gazetteer([bad])
    assert "line 2" in str(err.value) and str(bad) in err.value.one_line()
    with pytest.raises(UsageError):
        load_gazetteer([tmp_path / "missing.csv"])


def test_loaded_once(gz):
    assert load_gazetteer() is gz
