"""A work report's targets set against the same government's statistical communiqué of that year
(issue 18, point 4): the whole pipeline (clean → extract → compare) on three short documents of 海口市.

The communiqué's sentences are real (海口市 2025年国民经济和社会发展统计公报, tests/data/communiques/);
the two work reports are built from the sentence patterns of real ones (a goals section of the report
of 2025, a review of 2025 in the report of 2026 with a preliminary figure that the communiqué revised).
"""

from __future__ import annotations

from govreport.clean import clean_bytes
from govreport.compare import attainment, conflicts
from govreport.extract import extract_document
from govreport.io import frame_from_rows
from govreport.schema import INDICATORS

REPORT_2025 = """海口市政府工作报告
——2025年1月15日在海口市第十七届人民代表大会第五次会议上
各位代表：
一、2024年工作回顾
过去一年，全市地区生产总值增长3.5%。
二、2025年主要预期目标
2025年经济社会发展的主要预期目标是：地区生产总值增长6%左右，地方一般公共预算收入增长3%左右。
"""

COMMUNIQUE_2025 = """2025年海口市国民经济和社会发展统计公报
海口市统计局
一、综合
初步核算，2025年全市实现地区生产总值2562.85亿元，比上年增长4.8%。
二、财政
全年全市地方一般公共预算收入253.80亿元，下降1.7%。
"""

REPORT_2026 = """海口市政府工作报告
——2026年1月20日在海口市第十七届人民代表大会第六次会议上
各位代表：
一、2025年工作回顾
2025年，全市地区生产总值增长4.9%。
二、2026年主要预期目标
地区生产总值增长5%左右。
"""


def figures():
    rows = []
    for name, text in (("haikou_2025_gwr.txt", REPORT_2025), ("haikou_2025_communique.txt", COMMUNIQUE_2025),
                       ("haikou_2026_gwr.txt", REPORT_2026)):
        for doc in clean_bytes(text.encode("utf-8"), source=name):
            assert doc["region_code"] == "460100", (name, doc["region"])
            rows += extract_document(doc)
    return frame_from_rows(rows, INDICATORS)


def test_the_target_of_2025_meets_the_communiques_actual_of_2025():
    table = attainment(figures())
    gdp = table.filter((table["indicator_id"] == "gdp") & (table["measure"] == "growth")
                       & (table["period"] == "2025")).row(0, named=True)
    assert (gdp["target_value"], gdp["target_bound"], gdp["actual_value"]) == (6.0, "about", 4.8)
    assert gdp["actual_doc_type"] == "statistical_communique"
    assert gdp["actual_source"] == "haikou_2025_communique.txt" and gdp["target_source"] == "haikou_2025_gwr.txt"
    assert gdp["status"] == "missed"
    revenue = table.filter((table["indicator_id"] == "budget_revenue") & (table["period"] == "2025")).row(0, named=True)
    assert (revenue["target_value"], revenue["actual_value"], revenue["status"]) == (3.0, -1.7, "missed")


def test_the_reports_preliminary_figure_and_the_communiques_final_one_are_listed_as_a_conflict():
    table = conflicts(figures())
    rows = table.filter((table["indicator_id"] == "gdp") & (table["period"] == "2025")).to_dicts()
    assert rows, "the report's 4.9 and the communiqué's 4.8 should be set side by side"
    (row,) = rows
    assert {(row["value_a"], row["doc_type_a"], row["source_a"]), (row["value_b"], row["doc_type_b"], row["source_b"])} == {
        (4.8, "statistical_communique", "haikou_2025_communique.txt"), (4.9, "government_work_report", "haikou_2026_gwr.txt")}


def test_a_government_renamed_between_its_target_and_its_result_is_one_government():
    # 徐水县 set its 2015 goals in February 2015; 徐水区 (130609 since 2015) reported them in 2016
    goals = ("徐水县政府工作报告\n——2015年2月10日在徐水县第十五届人民代表大会第四次会议上\n各位代表：\n"
             "一、2014年工作回顾\n全县生产总值增长6.5%。\n二、2015年主要预期目标\n全县生产总值增长7%左右。\n")
    review = ("保定市徐水区政府工作报告\n——2016年1月20日在保定市徐水区第一届人民代表大会第一次会议上\n各位代表：\n"
              "一、2015年工作回顾\n全区生产总值增长7.2%。\n二、2016年主要预期目标\n全区生产总值增长7%。\n")
    rows = []
    for name, text in (("xushui_2015.txt", goals), ("xushui_2016.txt", review)):
        (doc,) = clean_bytes(text.encode("utf-8"), source=name)
        rows += extract_document(doc)
    assert {(r["region_code"], r["region_code_current"]) for r in rows} == {("130625", "130609"), ("130609", "130609")}
    table = attainment(frame_from_rows(rows, INDICATORS))
    gdp = table.filter((table["indicator_id"] == "gdp") & (table["period"] == "2015")).row(0, named=True)
    assert (gdp["target_value"], gdp["actual_value"], gdp["status"]) == (7.0, 7.2, "met")
