"""extract/layout.py: communiqué tables read as rows, and notes that hold no figures.

Rows are real ones from 2025 communiqués (海口市 表4, 鹤壁市, 益阳市; tests/data/communiques/), written in
the three forms clean leaves a table in: cells between ` | ` (HTML), Markdown, and space-aligned PDF text.
"""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.layout import notes_start

TITLE = "海口市2025年国民经济和社会发展统计公报\n海口市统计局\n一、综合\n"


def rows(text: str, doc_type: str = "statistical_communique") -> list[dict]:
    doc = {"doc_id": "t", "source": "t.txt", "text": text, "region": "海口市", "region_code": "460100",
           "level": "prefecture", "doc_type": doc_type, "year": 2025, "title": text.split("\n", 1)[0]}
    return extract_document(doc)


def figures(text: str, **kw) -> set[tuple]:
    return {(r["indicator"], r["measure"], r["period"], r["kind"], r["value"], r["unit"]) for r in rows(text, **kw)}


HTML_TABLE = ("表4  2025年货物进出口总额及其增长速度\n"
              "指标 | 金额(亿元) | 比上年增减(%)\n"
              "货物进出口总额 | 932.92 | 8.5\n"
              "货物进口额 | 600.89 | 14.4\n"
              "其中：一般贸易 | 334.32 | 1.2\n")


def test_cells_of_an_html_table_give_the_row_indicators_figures():
    got = figures(TITLE + HTML_TABLE)
    assert ("进出口总额", "level", "2025", "actual", 932.92, "亿元") in got
    assert ("进出口总额", "growth", "2025", "actual", 8.5, "%") in got
    assert not any(name == "一般贸易" for name, *_ in got)  # a row naming no indicator gives nothing


def test_evidence_runs_from_the_row_name_to_its_cell():
    text = TITLE + HTML_TABLE
    row = next(r for r in rows(text) if r["measure"] == "growth" and r["indicator"] == "进出口总额")
    assert row["evidence"] == "货物进出口总额 | 932.92 | 8.5" == text[row["start"]:row["end"]]


def test_markdown_table_with_its_rule_line():
    table = ("| 指标 | 绝对数（亿元） | 比上年增长（%） |\n"
             "| --- | ---: | ---: |\n"
             "| 一般公共预算收入 | 84.50 | 3.6 |\n"
             "| 其中：税收收入 | 41.08 | -2.7 |\n")
    got = figures(TITLE + table)
    assert {("一般公共预算收入", "level", "2025", "actual", 84.5, "亿元"),
            ("税收收入", "growth", "2025", "actual", -2.7, "%")} <= got


def test_space_aligned_table_of_pdf_text_with_the_unit_in_its_caption():
    table = ("表1  一般公共预算收支（单位：亿元）\n"
             "指标              绝对数       比上年增长%\n"
             "一般公共预算收入     113.85       5.28\n"
             "一般公共预算支出     426.92      -6.3\n")
    got = figures(TITLE + table)
    assert ("一般公共预算支出", "level", "2025", "actual", 426.92, "亿元") in got
    assert ("一般公共预算支出", "growth", "2025", "actual", -6.3, "%") in got


def test_a_figure_the_sentence_states_keeps_the_sentences_evidence():
    text = TITLE + "全年全市货物进出口总额932.92亿元，比上年增长8.5%。\n" + HTML_TABLE
    trade = [r for r in rows(text) if r["indicator"] == "进出口总额"]
    assert len(trade) == 2 and all("|" not in r["evidence"] for r in trade)


def test_a_table_of_districts_is_not_the_citys():
    table = "指标 | 地区生产总值（亿元） | 比上年增长（%）\n龙华区 | 865.2 | 5.1\n美兰区 | 512.7 | 4.9\n"
    assert not any(r["value"] in (865.2, 5.1) for r in rows(TITLE + table))


def test_tables_of_a_work_report_are_not_read_as_results():
    # a plan report's table mixes targets and results column by column: not read as a communiqué's
    text = "2025年海口市政府工作报告\n" + HTML_TABLE
    assert not any("|" in r["evidence"] for r in rows(text, doc_type="government_work_report"))


NOTES = ("注释：\n[1]本公报数据均为年度初步统计数。\n"
         "[2]2024年地区生产总值经国家统计局统一核算修订为3876.2亿元，比上年增长5.3%。\n")


def test_the_notes_at_the_end_hold_no_figures():
    text = TITLE + "全年全市地区生产总值4063.5亿元，增长5.6%。\n" * 3 + NOTES
    assert notes_start(text) == text.index("注释")
    assert {r["value"] for r in rows(text)} == {4063.5, 5.6}


def test_a_notes_word_early_in_the_document_is_no_notes_heading():
    text = "注释：见文末\n" + TITLE + "全年全市地区生产总值4063.5亿元，增长5.6%。\n"
    assert notes_start(text) is None


# County work reports end with a glossary whose heading is written ※名词解释※ (涞水县 2020, 博野县, 曲阳县) or with
# its characters spaced, 名 词 解 释 (阜平县 2021); its notes give figures of parks and projects, none the report's.
COUNTY_REPORT = ("一、2020年工作回顾\n全县地区生产总值完成50.1亿元，增长6.3%。\n" * 3
                 + "二、2021年重点工作\n地区生产总值增长10%以上。\n" * 3)


def county_rows(text: str) -> list[dict]:
    doc = {"doc_id": "t", "source": "t.txt", "text": text, "region": "阜平县", "region_code": "130624",
           "level": "county", "doc_type": "government_work_report", "year": 2021, "title": ""}
    return extract_document(doc)


def test_a_county_glossary_holds_no_figures():
    for heading, note in [
        ("名 词 解 释", "〔6〕农副产品加工园区：位于阜平镇高阜口村，总面积2763亩。总投资12.82亿元，达产后预计年销售收入"
                       "18.95亿元，税收1.1亿元，可直接安排就业人员2050人。(见第3页)\n"),
        ("※名词解释※", "[3]淘宝镇、淘宝村：“淘宝村”是指大量网商聚集在某个村落，电子商务年交易额达到1000万元以上，"
                       "本村活跃网店数量达到100家以上。\n"),
    ]:
        text = COUNTY_REPORT + heading + "\n" + note
        assert notes_start(text) == text.index(heading)
        assert {r["value"] for r in county_rows(text) if r["indicator_id"]} == {50.1, 6.3, 10.0}
        assert all(r["start"] < text.index(heading) for r in county_rows(text))

@pytest.mark.parametrize("heading, note", [
    # the notes headings of county reports and communiqués, as their pages write them
    ("※名词解释※", "[18]“1530”工程：即1个名校长团队培养5个校长学员，30个教师学员。"),  # 博野县 2022
    ("名 词 解 释", "〔7〕装配式建筑产业园：项目占地1669亩，总投资3.57亿元。"),  # 阜平县 2021
    ("*名词解释", "[1]“4+4”产业体系：一是食品加工、生物制药4大主导产业。"),  # 定兴县 2021
    ("《政府工作报告》名词解释", "[5]6个100%：施工工地100%围挡、物料堆放100%覆盖。"),  # 唐县 2020
    ("附件一：名词解释", "1.清理河道“五乱”：清理河道乱占、乱采等5类问题120处。"),  # 蠡县 2022
    ("公报注释:", "[5]2025年年末，全市0-14岁（含不满15周岁）人口为6.84万人。"),  # 乌海市 2025
])
def test_a_notes_heading_however_marked_or_led_holds_no_figures_after_it(heading, note):
    text = TITLE + "全年全市地区生产总值4063.5亿元，增长5.6%。\n" * 3 + heading + "\n" + note + "\n"
    assert notes_start(text) == text.index(heading)
    assert {r["value"] for r in rows(text)} == {4063.5, 5.6}


@pytest.mark.parametrize("line", ["全年注释了很多，名词解释", "本公报注释的数据为初步数。"])
def test_a_sentence_that_names_notes_is_no_notes_heading(line):
    text = TITLE + "全年全市地区生产总值4063.5亿元，增长5.6%。\n" * 3 + line + "\n"
    assert notes_start(text) is None
