"""The workbook read back with openpyxl: sheets, headers, formats, conditional formats, charts, tracing, safety."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from typer.testing import CliRunner

from govreport.cli import app
from govreport.report import build_workbook, detect_kind, read_report_tables
from govreport.errors import SchemaError
from tests.report.fixtures import HOSTILE, build_tables, write_tables

runner = CliRunner()

SHEETS_ZH = ["说明", "目标完成", "指标面板", "图表", "地区对比", "历年", "冲突", "明细", "文档"]
SHEETS_EN = ["About", "Targets vs actuals", "Panel", "Charts", "Across governments", "Over the years", "Conflicts",
             "All figures", "Documents"]


@pytest.fixture(scope="module")
def tables():
    return build_tables()


@pytest.fixture(scope="module")
def workbook_path(tables, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("wb") / "report.xlsx"
    build_workbook(tables, path, lang="zh", command="govreport report out -o report.xlsx")
    return path


@pytest.fixture(scope="module")
def wb(workbook_path):
    return openpyxl.load_workbook(workbook_path)


def headers(ws) -> list:
    return [c.value for c in ws[1]]


def column(ws, header: str) -> list:
    idx = headers(ws).index(header)
    return [row[idx] for row in ws.iter_rows(min_row=2, values_only=True)]


def cell_of(ws, header: str, row: int):
    return ws.cell(row=row, column=headers(ws).index(header) + 1)


# ---------------------------------------------------------------- structure


def test_sheets_in_order(wb):
    assert wb.sheetnames == SHEETS_ZH


def test_every_sheet_has_frozen_unique_header_and_a_table_or_filter(wb):
    for ws in wb:
        hs = headers(ws)
        assert all(isinstance(h, str) and h for h in hs), ws.title
        assert len({h.lower() for h in hs}) == len(hs), ws.title
        assert ws.freeze_panes == "A2", ws.title
        assert ws.tables or ws.auto_filter.ref, ws.title
        for table in ws.tables.values():
            assert [c.name for c in table.tableColumns] == hs
            assert table.ref.startswith("A1:")


def test_attainment_headers_and_rows(wb, tables):
    ws = wb["目标完成"]
    hs = headers(ws)
    for h in ("政府", "指标", "时期", "目标值", "实际值", "差距", "状态", "目标原文", "实际原文", "目标文档"):
        assert h in hs
    assert ws.max_row - 1 == tables["attainment"].height


def test_every_target_traces_to_a_document_row(wb):
    doc_ids = set(column(wb["文档"], "文档"))
    targets = [d for d in column(wb["目标完成"], "目标文档") if d]
    assert targets and set(targets) <= doc_ids
    actuals = [d for d in column(wb["目标完成"], "实际文档") if d]
    assert set(actuals) <= doc_ids
    assert set(column(wb["明细"], "文档")) <= doc_ids


def test_evidence_of_a_known_target_is_the_document_sentence(wb):
    ws = wb["目标完成"]
    evidence = column(ws, "目标原文")
    assert "全市生产总值增长6%以上" in evidence  # Shanghai's 2021 target, dev gold
    row = evidence.index("全市生产总值增长6%以上") + 2
    assert cell_of(ws, "目标值", row).value == 6
    assert cell_of(ws, "实际值", row).value == 8.1
    assert cell_of(ws, "状态", row).value == "达成"
    assert cell_of(ws, "目标原文", row).alignment.wrap_text


def test_documents_sheet_has_metadata_not_text(wb, tables):
    ws = wb["文档"]
    assert ws.max_row - 1 == tables["documents"].height
    assert "标题" in headers(ws) and "区划代码" in headers(ws)
    assert "text" not in headers(ws)
    assert set(column(ws, "区划代码")) >= {"410311", "310000"}


def test_all_figures_sheet_has_every_figure_with_title(wb, tables):
    ws = wb["明细"]
    assert ws.max_row - 1 == tables["indicators"].height
    titles = column(ws, "文档标题")
    assert all(t for t in titles)


def test_panel_has_governments_as_rows_and_years_as_columns(wb):
    ws = wb["指标面板"]
    hs = headers(ws)
    assert "2021 目标" in hs and "2021 实际" in hs
    assert hs.index("2021 实际") == hs.index("2021 目标") + 1
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    shanghai_gdp = [r for r in rows if r[0] == "地区生产总值" and r[hs.index("政府")] == "上海市" and r[hs.index("单位")] == "%"
                    and r[hs.index("口径")] == "增速"]
    assert len(shanghai_gdp) == 1
    assert shanghai_gdp[0][hs.index("2021 目标")] == 6
    assert shanghai_gdp[0][hs.index("2021 实际")] == 8.1


def test_across_governments_sheet_has_parent_and_amplification(wb):
    ws = wb["地区对比"]
    hs = headers(ws)
    assert "上级数值" in hs and "较上级(放大)" in hs
    diffs = [d for d in column(ws, "较上级(放大)") if d is not None]
    assert diffs  # the seeds' districts beside 洛阳市


# ---------------------------------------------------------------- formats


def test_number_formats_fit_the_unit(wb):
    ws = wb["目标完成"]
    units = column(ws, "目标单位")
    pct_row = units.index("%") + 2
    assert cell_of(ws, "目标值", pct_row).number_format == '#,##0.0"%"'
    ws = wb["明细"]
    units = column(ws, "单位")
    yi_row = units.index("亿元") + 2
    assert cell_of(ws, "数值", yi_row).number_format.startswith("#,##0.00")
    assert isinstance(cell_of(ws, "数值", yi_row).value, float)


def test_gap_has_a_sign(wb):
    ws = wb["目标完成"]
    gaps = column(ws, "差距")
    row = next(i for i, g in enumerate(gaps) if g is not None) + 2
    fmt = cell_of(ws, "差距", row).number_format
    assert fmt.startswith("+") and ";-" in fmt


def test_status_conditional_formatting(wb):
    ws = wb["目标完成"]
    letter = openpyxl.utils.get_column_letter(headers(ws).index("状态") + 1)
    rules = {}
    for cf in ws.conditional_formatting:
        assert str(cf.sqref).startswith(f"{letter}2:")
        for rule in cf.rules:
            rules[rule.formula[0]] = rule.dxf.fill.fgColor.rgb if rule.dxf.fill.fgColor.rgb else rule.dxf.fill.bgColor.rgb
    assert rules['"达成"'].endswith("C6EFCE")  # green
    assert rules['"未达成"'].endswith("FFC7CE")  # red
    assert rules['"无实际值"'].endswith("D9D9D9")  # grey


def test_widths_count_chinese_double(wb):
    ws = wb["目标完成"]
    width = {h: ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width for i, h in enumerate(headers(ws), 1)}
    # "政府" holds names like 上海市 (3 wide chars = 6 columns); 区划代码 holds 6 digits
    assert width["政府"] >= 8
    assert width["目标原文"] >= 40


def test_charts_are_native_excel_charts(workbook_path, wb):
    ws = wb["图表"]
    assert len(ws._charts) >= 2
    with zipfile.ZipFile(workbook_path) as z:
        names = z.namelist()
        charts = [n for n in names if n.startswith("xl/charts/chart")]
        assert charts and not [n for n in names if n.startswith("xl/media/")]
        xml = "".join(z.read(n).decode() for n in charts)
    assert "<c:lineChart>" in xml or "lineChart" in xml
    assert "barChart" in xml
    assert "'图表'!$D$" in xml or "图表!$D$" in xml  # series point at the data table


def test_chart_data_never_mixes_units(wb):
    ws = wb["图表"]
    by_chart: dict = {}
    for chart, _title, _cat, _t, _a, unit in ws.iter_rows(min_row=2, values_only=True):
        by_chart.setdefault(chart, set()).add(unit)
    assert by_chart and all(len(units) == 1 for units in by_chart.values())


# ---------------------------------------------------------------- safety


def test_formula_like_text_is_written_as_text(wb):
    ws = wb["明细"]
    found = {}
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value in ("=1+1", "@SUM(A1)", "-3 下降", "+86 电话"):
                found[cell.value] = cell
    assert set(found) == {"=1+1", "@SUM(A1)", "-3 下降", "+86 电话"}
    for text, cell in found.items():
        assert cell.data_type == "s", text
        assert cell.quotePrefix, text
    ws = wb["目标完成"]
    assert "=1+1" in column(ws, "指标")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"


def test_no_formula_anywhere_in_the_file(workbook_path):
    with zipfile.ZipFile(workbook_path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in z.read(name).decode(), name


def test_control_characters_are_stripped(wb):
    values = column(wb["明细"], "原文")
    assert "收入增长5%" in values
    assert not any(isinstance(v, str) and ("\x07" in v or "\x1b" in v) for v in values)
    assert HOSTILE  # the fixture carries the hostile texts


def test_overlong_text_is_capped(tables, tmp_path):
    long = "很长" * 20_000
    figs = tables["indicators"].head(1).with_columns(pl.lit(long).alias("evidence"))
    path = tmp_path / "long.xlsx"
    build_workbook({"indicators": figs}, path)
    value = openpyxl.load_workbook(path)["明细"].cell(row=2, column=1 + headers(openpyxl.load_workbook(path)["明细"]).index("原文")).value
    assert len(value) == 32_767 and value.startswith("很长很长")


# ---------------------------------------------------------------- determinism, languages, inputs


def test_same_inputs_same_workbook(tables, workbook_path, tmp_path):
    again = tmp_path / "again.xlsx"
    build_workbook(tables, again, lang="zh", command="govreport report out -o report.xlsx")
    a, b = openpyxl.load_workbook(workbook_path), openpyxl.load_workbook(again)
    assert a.sheetnames == b.sheetnames
    for ws in a:
        assert list(ws.values) == list(b[ws.title].values), ws.title
    with zipfile.ZipFile(workbook_path) as za, zipfile.ZipFile(again) as zb:
        assert za.read("docProps/core.xml") == zb.read("docProps/core.xml")
        assert za.read("docProps/app.xml") == zb.read("docProps/app.xml")
    assert a.properties.created == a.properties.modified
    assert str(a.properties.created).startswith("20")
    assert workbook_path.read_bytes() == again.read_bytes()


def test_row_order_does_not_depend_on_input_order(tables, workbook_path, tmp_path):
    shuffled = {k: v.sample(fraction=1.0, shuffle=True, seed=7) for k, v in tables.items()}
    path = tmp_path / "shuffled.xlsx"
    build_workbook(shuffled, path, lang="zh", command="govreport report out -o report.xlsx")
    a, b = openpyxl.load_workbook(workbook_path), openpyxl.load_workbook(path)
    for title in ("目标完成", "指标面板", "地区对比", "历年", "文档", "图表"):
        assert list(a[title].values) == list(b[title].values), title


def test_english_headers(tables, tmp_path):
    path = tmp_path / "en.xlsx"
    build_workbook(tables, path, lang="en")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS_EN
    ws = wb["Targets vs actuals"]
    assert "government" in headers(ws) and "status" in headers(ws)
    assert "met" in column(ws, "status")
    rules = [r.formula[0] for cf in ws.conditional_formatting for r in cf.rules]
    assert '"met"' in rules and '"missed"' in rules


def test_missing_tables_give_header_only_sheets(tables, tmp_path):
    path = tmp_path / "docs-only.xlsx"
    build_workbook({"documents": tables["documents"]}, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS_ZH
    ws = wb["目标完成"]
    assert ws.max_row == 1 and ws.auto_filter.ref and not ws.tables


@pytest.mark.parametrize("kind", ["documents", "indicators", "attainment", "regions", "series", "conflicts"])
def test_kind_is_told_by_columns(tables, kind):
    assert detect_kind(tables[kind].columns) == kind


def test_unknown_table_is_a_schema_error():
    with pytest.raises(SchemaError, match="not a table govreport report reads"):
        detect_kind(["a", "b"], path="x.csv")


# ---------------------------------------------------------------- CLI


def test_cli_reads_the_stage_files(tables, tmp_path):
    paths = write_tables(tables, tmp_path)
    out = tmp_path / "report.xlsx"
    result = runner.invoke(app, ["report", *map(str, paths.values()), "-o", str(out)])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == SHEETS_ZH
    about = {r[0]: r[1] for r in wb["说明"].iter_rows(min_row=2, values_only=True)}
    assert about["工具版本"].startswith("govreport ")
    assert about["生成命令"].startswith("govreport")
    assert "report:" in result.stderr
    # a folder of tables works too
    out2 = tmp_path / "sub" / "folder.xlsx"
    result = runner.invoke(app, ["report", str(tmp_path), "-o", str(out2)])
    assert result.exit_code == 0, result.output
    assert read_report_tables([tmp_path]).get("attainment").height == tables["attainment"].height


def test_cli_unknown_table_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "other.csv"
    bad.write_text("name,score\na,1\n", encoding="utf-8")
    out = tmp_path / "r.xlsx"
    result = runner.invoke(app, ["report", str(bad), "-o", str(out)])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "other.csv" in lines[0] and "not a table" in lines[0]
    assert not out.exists()


def test_cli_rejects_unknown_language(tables, tmp_path):
    paths = write_tables({"documents": tables["documents"]}, tmp_path)
    result = runner.invoke(app, ["report", str(paths["documents"]), "-o", str(tmp_path / "r.xlsx"), "--lang", "fr"])
    assert result.exit_code == 2 and "zh or en" in result.stderr


# ---------------------------------------------------------------- a real spreadsheet application


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it")
def test_libreoffice_opens_the_workbook(workbook_path, tmp_path):
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(tmp_path), str(workbook_path)],
        capture_output=True, text=True, timeout=180,
    )
    pdf = tmp_path / "report.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.stat().st_size > 10_000
    assert pdf.read_bytes().startswith(b"%PDF")


# ---------------------------------------------------------------- with the real compare stage


def test_report_of_the_real_compare_tables(tables, tmp_path):
    from govreport import compare

    figs = tables["indicators"]
    real = {"documents": tables["documents"], "indicators": figs, "attainment": compare.attainment(figs),
            "regions": compare.across_regions(figs), "series": compare.series(figs), "conflicts": compare.conflicts(figs)}
    for kind, frame in real.items():
        assert detect_kind(frame.columns) == kind
    path = tmp_path / "real.xlsx"
    build_workbook(real, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["目标完成"]
    assert ws.max_row - 1 == real["attainment"].height
    statuses = set(column(ws, "状态"))
    assert "达成" in statuses and "未达成" in statuses
    doc_ids = set(column(wb["文档"], "文档"))
    assert {d for d in column(ws, "目标文档") if d} <= doc_ids
    # compare's gap for a rate is in percentage points: signed, no % sign
    gaps = column(ws, "差距")
    units = column(ws, "目标单位")
    row = next(i for i, (g, u) in enumerate(zip(gaps, units)) if g is not None and u == "%") + 2
    assert cell_of(ws, "差距", row).number_format == "+#,##0.0;-#,##0.0;#,##0.0"
    assert any(column(ws, "达成条件"))
