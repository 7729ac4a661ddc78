"""国务院's report is the national level (全国, 100000), the parent of every province, so that
`compare --by region` sets a province's targets against the national ones."""

from __future__ import annotations

from govreport.clean import clean_bytes
from govreport.clean.gazetteer import NATIONAL_CODE, load_gazetteer

# The opening and the targets of the 2025 report, as 中国政府网 prints it.
NATIONAL_2025 = """政府工作报告
——2025年3月5日在第十四届全国人民代表大会第三次会议上
国务院总理　李强
各位代表：
现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。
一、2024年工作回顾
过去一年，经济运行总体平稳、稳中有进，国内生产总值达到134.9万亿元、增长5%，城镇新增就业1256万人。
二、2025年经济社会发展总体要求和政策取向
今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右。
"""

# A province's report of the same year (its figures as a test writes them, not a real report's).
PROVINCE_2025 = """2025年河南省政府工作报告
——2025年1月14日在河南省第十四届人民代表大会第三次会议上
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
一、2024年工作回顾
全省生产总值增长5.1%。
二、2025年工作安排
今年全省经济社会发展的主要预期目标是：生产总值增长5.5%左右；城镇新增就业110万人以上；居民消费价格涨幅2%左右。
"""


def _row(text: str, source: str = "x.txt") -> dict:
    rows = clean_bytes(text.encode("utf-8"), source=source)
    assert len(rows) == 1
    return rows[0]


def test_the_state_councils_report_is_the_national_level():
    row = _row(NATIONAL_2025)
    assert (row["region"], row["region_code"], row["level"], row["parent_code"]) == ("全国", "100000", "national", None)
    assert (row["year"], row["doc_type"], row["date"]) == (2025, "government_work_report", "2025-03-05")


def test_a_national_report_without_its_title_and_delivery_lines_gets_its_year_from_the_review_heading():
    body = NATIONAL_2025.split("各位代表：", 1)[1]
    row = _row("各位代表：" + body)
    assert (row["region"], row["level"], row["doc_type"], row["year"]) == ("全国", "national", "government_work_report", 2025)
    # the same for a work report without a title whose heading is written 一、2024年工作回顾 only
    plain = "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2024年工作回顾\n国内生产总值增长5%。\n"
    assert _row(plain)["year"] == 2025


def test_a_province_is_a_child_of_the_country_and_a_local_title_is_never_national():
    row = _row(PROVINCE_2025)
    assert (row["region"], row["level"], row["parent_code"]) == ("河南省", "province", NATIONAL_CODE)
    # a province's plan to carry out 国务院's report is the province's
    row = _row("河南省贯彻落实国务院政府工作报告重点任务分工方案\n各市、县人民政府：\n现将方案印发给你们。\n")
    assert row["region"] == "河南省"
    # a city keeps its province as parent
    assert _row("2025年洛阳市政府工作报告\n各位代表：\n")["parent_code"] == "410000"
    gz = load_gazetteer()
    assert gz.parent_code(gz.by_code["410000"]) == NATIONAL_CODE and gz.ancestors(gz.by_code["410300"])[-1].code == "410000"


def test_compare_by_region_sets_a_provinces_targets_against_the_national_ones():
    import polars as pl

    from govreport.compare.regions import across_regions
    from govreport.extract import extract_records

    docs = [_row(NATIONAL_2025, "national.txt"), _row(PROVINCE_2025, "henan.txt")]
    frame = pl.DataFrame(extract_records(docs), infer_schema_length=None)
    table = across_regions(frame)
    rows = table.to_dicts() if hasattr(table, "to_dicts") else list(table)
    henan = [r for r in rows if r["region"] == "河南省" and r["kind"] == "target" and r.get("parent_value") is not None]
    assert henan, "a province's target has the national one beside it"
    assert all(r["parent_region"] == "全国" and r["parent_code"] == NATIONAL_CODE for r in henan)
    by_indicator = {r["indicator"]: (r["value"], r["parent_value"]) for r in henan}
    assert by_indicator["居民消费价格"] == (2.0, 2.0) and by_indicator["城镇新增就业"] == (110.0, 1200.0), by_indicator
    # 国内生产总值 is the country's GDP: 河南省's 5.5% target beside the national 5%
    assert by_indicator["地区生产总值"] == (5.5, 5.0), by_indicator


def test_the_premier_is_the_speaker_and_the_national_communique_is_national():
    assert _row(NATIONAL_2025)["speaker"] == "李强"
    communique = ("中华人民共和国2024年国民经济和社会发展统计公报\n国家统计局\n2025年2月28日\n"
                  "2024年是实现“十四五”规划目标任务的关键一年。\n一、综合\n初步核算，全年国内生产总值1349084亿元，比上年增长5.0%。\n")
    row = _row(communique)
    assert (row["region"], row["level"], row["year"], row["doc_type"]) == ("全国", "national", 2024, "statistical_communique")
    # a city's communiqué names 国家统计局 too, as its survey team's office: still the city's
    city = "2025年昌都市国民经济和社会发展统计公报\n昌都市统计局\n国家统计局昌都调查队\n2025年，全市经济稳中有进。\n"
    assert _row(city)["region"] == "昌都市"
