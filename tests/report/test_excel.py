"""Excel helpers: cell text safety, widths, sheet names, headers, number formats."""

from __future__ import annotations

import io

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.report.excel import (
    MAX_CELL_CHARS,
    clean_text,
    display_width,
    number_format,
    safe_sheet_name,
    set_text,
    unique_headers,
)


def test_display_width_counts_wide_characters_double():
    assert display_width("GDP") == 3
    assert display_width("地区生产总值") == 12
    assert display_width("增长5.2%") == 4 + 4
    assert display_width("ＧＤＰ") == 6  # full-width letters (F)


def test_sheet_names_within_excel_limits():
    assert safe_sheet_name("目标完成") == "目标完成"
    assert safe_sheet_name("a[b]:c*d?e/f\\g") == "a_b__c_d_e_f_g"
    assert len(safe_sheet_name("很" * 40)) == 31
    assert safe_sheet_name("Data", ["data"]) == "Data (2)"
    assert safe_sheet_name("   ") == "Sheet"


def test_headers_unique_and_non_empty():
    assert unique_headers(["政府", "", None, "政府", "Value", "value", "a\nb"]) == [
        "政府", "列2", "列3", "政府 (2)", "Value", "value (2)", "a b"]


def test_number_format_fits_the_unit():
    assert number_format("%", 5.2) == '#,##0.0"%"'
    assert number_format("亿元", 582.4) == "#,##0.00"
    assert number_format("人", 12000) == "#,##0"
    assert number_format("%", 5.2, signed=True) == "+#,##0.0;-#,##0.0;#,##0.0"


def test_number_format_never_hides_a_written_decimal():
    # 5.25% shown as 5.3% would be a number the document does not say
    assert number_format("%", 5.25) == '#,##0.00"%"'
    assert number_format("亿元", 4.456) == "#,##0.000"
    assert number_format("元", 29578.5) == "#,##0.0"


def test_clean_text_strips_controls_and_caps_length():
    assert clean_text("增长\x00\x085%\x0b") == "增长5%"
    assert clean_text("行1\n行2\t") == "行1\n行2\t"
    assert len(clean_text("x" * 40_000)) == MAX_CELL_CHARS


def _roundtrip(texts: list[str]):
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, text in enumerate(texts, 1):
        set_text(ws.cell(row=i, column=1), text)
    buf = io.BytesIO()
    wb.save(buf)
    return openpyxl.load_workbook(io.BytesIO(buf.getvalue())).active


def test_formula_triggers_read_back_as_strings():
    texts = ["=1+1", "@SUM(A1)", "-3 下降", "+86 电话", "=cmd|' /C calc'!A0"]
    ws = _roundtrip(texts)
    for i, text in enumerate(texts, 1):
        cell = ws.cell(row=i, column=1)
        assert cell.value == text and cell.data_type == "s"
        assert cell.quotePrefix


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=5))
def test_any_text_round_trips_as_text(texts):
    ws = _roundtrip(texts)
    for i, text in enumerate(texts, 1):
        cell = ws.cell(row=i, column=1)
        expected = clean_text(text)
        if expected == "":
            assert cell.value in (None, "")
            continue
        assert cell.data_type == "s"
        # XML normalises a lone CR to LF; nothing else may change
        assert cell.value.replace("\r", "\n") == expected.replace("\r\n", "\n").replace("\r", "\n") or cell.value == expected


@given(st.text(max_size=60))
def test_clean_text_idempotent(text):
    assert clean_text(clean_text(text)) == clean_text(text)


def test_sheets_lead_with_the_headline_indicators_then_the_vocabulary_then_free_phrases():
    import polars as pl

    from govreport.report.sheets import Vocabulary, attainment_rows

    vocab = Vocabulary({"industrial_output": 0, "gdp": 5}, frozenset({"gdp"}), {})
    rows = [{"region_code": "310000", "region": "上海市", "indicator_id": ident, "indicator": name, "measure": "growth",
             "period": "2023"} for ident, name in (("", "新建中小学"), ("industrial_output", "规模以上工业总产值"),
                                                   ("gdp", "地区生产总值"))]
    ordered = attainment_rows(pl.DataFrame(rows), vocab)
    assert [r["indicator"] for r in ordered] == ["地区生产总值", "规模以上工业总产值", "新建中小学"]
