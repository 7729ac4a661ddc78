"""A document's year comes from its own words: the title's year, the session line (with its date before
or after it, in figures or Chinese numerals), the review or plan heading; a page's crawl or publication
date (时间：2023-03-30 … 作者：中国县域, 阅读 counters) only when the document says nothing. The documents
table's year_source says which decided."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from govreport.clean import clean_bytes
from govreport.clean.metadata import YEAR_SOURCES, decide_year, session_date
from tests.support import COUNTY_CORPUS

PAGES = sorted(COUNTY_CORPUS.glob("*.txt"))
# The test's own reading of a session line: a date in figures right before 在…人民代表大会…会议上.
SESSION_LINE = re.compile(r"(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^。\n]{0,40}?人民代表大会[^。\n]{0,24}?会议上")


@lru_cache(maxsize=None)
def _row(name: str) -> dict:
    path = COUNTY_CORPUS / name
    rows = clean_bytes(path.read_bytes(), source=str(path))
    assert len(rows) == 1, [r["title"] for r in rows]
    return rows[0]


def test_the_county_corpus_is_all_there():
    assert len(PAGES) == 43


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_every_county_page_has_the_year_of_its_session_line(page):
    row = _row(page.name)
    raw = page.read_text(encoding="utf-8")
    session = SESSION_LINE.search(raw[:4000])
    expected = int(session.group(1)) if session else int(re.search(r"_(\d{4})_", page.name).group(1))
    assert row["year"] == expected, (row["year"], row["year_source"], row["title"])
    # the file name carries the year of the vendor's workbook row; it agrees
    assert row["year"] == int(re.search(r"_(\d{4})_", page.name).group(1))
    assert row["year_source"] in YEAR_SOURCES and row["year_source"] != "date"


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_a_page_that_states_its_title_keeps_it_over_the_sites_section_label(page):
    row = _row(page.name)
    assert row["title"] != "工作报告"
    lines = page.read_text(encoding="utf-8").splitlines()[:5]
    stated = next((line.strip() for line in lines if re.fullmatch(r"\S*\d{4}年\S*政府工作报告", line.strip())), None)
    if stated:
        assert row["title"] == stated


def test_county_years_mostly_come_from_title_or_session_line():
    sources = [_row(p.name)["year_source"] for p in PAGES]
    assert sources.count("title") + sources.count("session") >= 30
    assert {"plan_heading"} <= set(sources)


ISSUE_PAGE = """工作报告
清苑区政府工作报告
时间：2023-03-30 09:12:01\t\t\t\t\t\t作者：中国县域\t\t\t\t\t\t来源：政府官网\t\t\t\t\t\t阅读：
1203
政 府 工 作 报 告
——2021年1月20日在保定市清苑区第二届人民代表大会第五次会议上
保定市清苑区人民政府区长 张三
各位代表：
现在，我代表区人民政府，向大会报告工作，请予审议。
一、2020年工作回顾
过去一年，全区地区生产总值完成300亿元，增长4%。
二、2021年主要目标任务
今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右。
"""


def test_the_issues_page_takes_the_session_lines_year_not_the_crawl_date():
    row = clean_bytes(ISSUE_PAGE.encode("utf-8"), source="qingyuan.txt")[0]
    assert row["year"] == 2021
    assert row["year_source"] == "session"
    assert row["date"] == "2021-01-20"
    assert row["title"] == "清苑区政府工作报告"


@pytest.mark.parametrize("text, date", [
    ("政府工作报告\n——2021年2月5日在博野县第十七届人民代表大会第五次会议上\n各位代表：", "2021-02-05"),
    ("政府工作报告\n——在阜平县第十七届人民代表大会第一次会议上\n（ 2017年2月26日）\n各位代表：", "2017-02-26"),
    ("政府工作报告 \\r\\n——在阜平县第十七届人民代表大会第一次会议上 \\r\\n（ 2017年2月26日） \\r\\n各位代表：", "2017-02-26"),
    ("——二〇二一年一月二十日在某县第十七届人民代表大会第五次会议上\n", "2021-01-20"),
    ("（2022年12月31日在某市第十五届人民代表大会第二次会议上）", "2022-12-31"),
    ("在某县第十七届人民代表大会第一次会议上\n各位代表：", None),  # a session line without its date
    ("2021年1月20日，全县召开会议，在会议上强调……", None),  # not a session line
])
def test_session_date_forms(text, date):
    assert session_date(text) == date


@pytest.mark.parametrize("title, text, doc_type, date, expected", [
    ("2021年博野县政府工作报告", "——2020年1月9日在…人民代表大会第五次会议上", "government_work_report", "2023-01-24",
     (2021, "title")),
    (None, "各位代表：\n一、2023年工作回顾\n2023年是……", "government_work_report", "2025-07-01", (2024, "review_heading")),
    (None, "各位代表：\\r\\n一、关于2014年政府工作\\r\\n2014年，……", "government_work_report", None, (2015, "review_heading")),
    (None, "各位代表：\n一、2019年工作回顾\n二、2020年主要目标任务\n", "other", "2023-03-30", (2020, "plan_heading")),
    (None, "一、2020年及“十三五”时期经济社会发展回顾\n", "government_work_report", None, (2021, "review_heading")),
    (None, "全县召开会议。", "news", "2023-03-30", (2023, "date")),
    (None, "全县召开会议。", "news", None, (None, None)),
])
def test_the_year_decision(title, text, doc_type, date, expected):
    assert decide_year(title, text, doc_type, date) == expected


def test_a_page_filed_under_another_county_is_named_by_its_own_words():
    # hebei-baoding-anxin_2024_gwr.txt was filed as 保定市安新县's; its text is 洛阳市新安县's report
    # (tests/data/corpus-county/README.md). The region comes from the text, not from a file name.
    from govreport.clean import clean_paths

    (doc,) = clean_paths([str(COUNTY_CORPUS / "hebei-baoding-anxin_2024_gwr.txt")])
    assert (doc["region"], doc["region_code"], doc["parent_code"], doc["year"]) == ("新安县", "410323", "410300", 2024)
