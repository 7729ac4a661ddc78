"""Free-phrase names still cut or holding what is no part of a name (issue 13, point 6, second pass): an
enumeration's marker at a name's start (十一是, 二十三要), on real sentences of several governments and small
ones written per rule."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import clean_phrase
from tests.support import document


def names(text: str, region: str, year: int, doc_type: str = "government_work_report") -> list[tuple[str, float]]:
    d = document(text, region=region, year=year, doc_type=doc_type)
    return [(r["indicator"], r["value"]) for r in extract_document(d)]


@pytest.mark.parametrize("text, region, year, expected", [
    # the twelve deeds of 山西 2026's list of things done for the people: the marker past 十 too
    ("十一是大型农贸批发市场完成不少于100万批次农产品快检。", "山西省", 2026, [("大型农贸批发市场完成农产品快检", 1e6)]),
    ("十五是打造80个新型公共文化空间。", "山西省", 2026, [("打造新型公共文化空间", 80.0)]),
    ("九是为既有住宅加装电梯600部。", "山西省", 2026, [("为既有住宅加装电梯", 600.0)]),
    # 涞源县 2020's list of what was done
    ("九是全域推广洁净煤6.22万户。", "涞源县", 2020, [("全域推广洁净煤", 6.22)]),
])
def test_enumeration_marker_leaves_the_name(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("一是打造新型公共文化空间", "打造新型公共文化空间"),
    ("十一是维修养护农村供水工程", "维修养护农村供水工程"),
    ("二十三要打造和美乡村", "打造和美乡村"),
    ("九十九是建成书院", "建成书院"),
    ("三、新建学校", "新建学校"),
    ("五．新建学校", "新建学校"),
    # no marker: the first of two numerals, a word opening with a numeral, a marker alone
    ("二、三级医院", "二、三级医院"),
    ("一般公共预算收入", "一般公共预算收入"),
    ("十四五规划项目", "十四五规划项目"),
    ("一是", "一是"),
    ("一百是", "一百是"),
])
def test_clean_phrase_takes_off_an_enumeration_marker(phrase, expected):
    assert clean_phrase(phrase) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # a count of the places the work is done in, the figure a length of it (定兴县 2022, 涞水县 2020)
    ("对环雄安17个村21公里道路进行改造提升。", "定兴县", 2022, [("村道路改造提升", 21.0)]),
    ("启动24个贫困村42公里道路硬化工程。", "涞水县", 2020, [("启动贫困村道路硬化工程", 42.0)]),
    # the count after a verb alone goes, the verb stays (阜平县 2020; 山西 2026)
    ("完成28个特色保留村2322户民居的改造提升。", "阜平县", 2020, [("完成特色保留村民居的改造提升", 2322.0)]),
    ("推动11个能源重点领域项目投资突破2000亿元。", "山西省", 2026, [("推动能源重点领域项目投资", 2000.0)]),
    # the digit belongs to the thing: kept (a class, a size)
    ("新建5G基站1.2万个，4A级景区3家。", "山西省", 2026, [("5G基站", 12000.0), ("4A级景区", 3.0)]),
])
def test_count_of_other_things_leaves_the_name(text, region, year, expected):
    assert names(text, region, year) == expected


@pytest.mark.parametrize("text, region, year, expected", [
    # a length before a dimension or a range is a class of the noun after it: no figure (重庆, 新疆 2026; 唐县 2020)
    ("重庆至武汉段4.5米水深航道全线贯通。", "重庆市", 2026, []),
    ("110米口径全向可动射电望远镜等重大科技项目实现突破。", "新疆维吾尔自治区", 2026, []),
    ("启动南水北调沿线两岸1000米范围内村庄污水治理。", "唐县", 2020, []),
    # a length of the work done stays a figure (阜平县 2013), and one before 的 describes (满城区 2020)
    ("高标准完成河道拓展和3700米护墙建设。", "阜平县", 2013, [("高标准完成河道拓展和护墙建设", 3700.0)]),
    ("完成总长66公里的供水管网建设。", "满城区", 2020, []),
])
def test_size_naming_a_class_is_no_figure(text, region, year, expected):
    assert names(text, region, year) == expected


def test_long_name_is_not_cut_after_a_range_word():
    # 至 joins a range's two ends: a cut after it loses where the range starts (内蒙古 2026)
    from govreport.extract.names.phrases import last_words
    tokens = ["重点", "推进", "贺兰山", "至", "阴山", "段", "沿黄", "岸线", "流沙", "系统", "治理"]
    assert last_words(tokens, 16, 8) == "贺兰山至阴山段沿黄岸线流沙系统治理"
    # two ends of a range in another government's words (重庆 2026: 重庆至武汉段)
    tokens = ["推动", "长江", "重庆", "至", "武汉", "段", "航道", "整治", "工程", "建设", "任务"]
    assert last_words(tokens, 14, 8) == "重庆至武汉段航道整治工程建设任务"


def test_long_name_with_jieba_starts_at_a_word():
    from govreport.extract.segment import jieba_in_use
    d = document("重点推进贺兰山至阴山段沿黄岸线180公里流沙系统治理。", region="内蒙古自治区", year=2026,
                 doc_type="government_work_report")
    rows = extract_document(d, segmenter=jieba_in_use)
    # (the name keeps the verb it gained, 推进, and drops the manner word before it: pipeline.shorten keeps a name of 24
    # characters whole, tests/extract/test_long_names.py)
    assert [(r["indicator"], r["value"]) for r in rows] == [("推进贺兰山至阴山段沿黄岸线流沙系统治理", 180.0)]
