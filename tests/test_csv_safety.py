"""Spreadsheet-safe CSV: a text cell that begins with = + - @, tab or CR gets a leading apostrophe (OWASP,
"CSV Injection"), numbers stay numbers, --raw-csv writes the text as it is, JSON Lines and Parquet keep the
text exact, and govreport reads its own CSV back to the exact text."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from govreport.cli import app
from govreport.io import read_table, spreadsheet_safe, spreadsheet_text, write_table

runner = CliRunner()
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HOSTILE = ["=HYPERLINK(\"http://x\",\"点我\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1", "'=kept", "普通文本", ""]


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def _runs(cell: str) -> bool:
    return cell.startswith(FORMULA_STARTS)


@pytest.mark.parametrize("text", HOSTILE)
def test_spreadsheet_safe_cells_never_start_a_formula_and_read_back_exactly(text):
    cell = spreadsheet_safe(text)
    assert not _runs(cell)
    assert spreadsheet_text(cell) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("=+-@\t\r'a数 1."), max_size=8))
def test_escape_is_a_bijection(text):
    cell = spreadsheet_safe(text)
    assert not _runs(cell)
    assert spreadsheet_text(cell) == text


def _frame():
    return pl.DataFrame({"indicator": HOSTILE, "value": [-1.5, 2.0, -3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0],
                         "start": list(range(9))})


def test_csv_text_cells_are_escaped_and_numbers_stay_numbers(tmp_path: Path):
    out = tmp_path / "t.csv"
    write_table(_frame(), str(out))
    rows = _cells(out.read_text(encoding="utf-8"))
    assert rows[0] == ["indicator", "value", "start"]
    for row in rows[1:]:
        assert not _runs(row[0]), row
    assert [row[1] for row in rows[1:]][:3] == ["-1.5", "2.0", "-3.0"]  # a negative number is not text
    back = read_table(str(out))
    assert back["indicator"].to_list() == HOSTILE
    assert back["value"].to_list() == _frame()["value"].to_list()


def test_raw_csv_writes_the_text_as_it_is(tmp_path: Path):
    out = tmp_path / "t.csv"
    write_table(_frame(), str(out), raw_csv=True)
    rows = _cells(out.read_text(encoding="utf-8"))
    assert rows[1][0] == HOSTILE[0] and rows[2][0] == "+1+1"


@pytest.mark.parametrize("name", ["t.jsonl", "t.parquet"])
def test_jsonl_and_parquet_keep_the_text_exact(tmp_path: Path, name):
    out = tmp_path / name
    write_table(_frame(), str(out))
    assert read_table(str(out))["indicator"].to_list() == HOSTILE


def _hostile_documents(tmp_path: Path) -> Path:
    """A documents table whose title, region and text lines begin with formula characters."""
    text = "=CMD|' /C calc'!A0\n-今年全区地区生产总值完成582.4亿元，增长5.2%。\n@一般公共预算收入实现21.2亿元。"
    row = {"doc_id": "x-0", "source": "=evil.txt", "part": 0, "title": "=HYPERLINK(\"http://x\")", "region": "+区",
           "year": 2021, "text": text}
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_extract_csv_through_the_cli_is_safe_and_raw_csv_is_not(tmp_path: Path):
    docs = _hostile_documents(tmp_path)
    result = runner.invoke(app, ["-q", "extract", str(docs), "-o", "-", "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = _cells(result.stdout)
    assert len(rows) > 1
    header = rows[0]
    for row in rows[1:]:
        for name, cell in zip(header, row):
            assert not _runs(cell), (name, cell)
    assert rows[1][header.index("source")] == "'=evil.txt"
    raw = runner.invoke(app, ["-q", "extract", str(docs), "-o", "-", "-f", "csv", "--raw-csv"])
    assert _cells(raw.stdout)[1][header.index("source")] == "=evil.txt"


def test_clean_and_compare_csv_through_the_cli_are_safe(tmp_path: Path):
    page = tmp_path / "=page.txt"
    page.write_text("=HYPERLINK(\"http://x\",\"点我\")\n上海市人民政府工作报告\n今年全市生产总值增长5%左右。\n", encoding="utf-8")
    result = runner.invoke(app, ["-q", "clean", str(page), "-o", str(tmp_path / "docs.csv")])
    assert result.exit_code == 0, result.output
    rows = _cells((tmp_path / "docs.csv").read_text(encoding="utf-8"))
    assert all(not _runs(cell) for row in rows for cell in row)
    # read back by the next stage as the exact text
    assert read_table(str(tmp_path / "docs.csv"))["text"][0].startswith("=HYPERLINK")
    ind = tmp_path / "ind.csv"
    assert runner.invoke(app, ["-q", "extract", str(tmp_path / "docs.csv"), "-o", str(ind)]).exit_code == 0
    frame = read_table(str(ind))
    assert frame.height and frame["source"][0].endswith("=page.txt")
    out = tmp_path / "regions.csv"
    result = runner.invoke(app, ["-q", "compare", str(ind), "--by", "region", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert all(not _runs(cell) for row in _cells(out.read_text(encoding="utf-8")) for cell in row)
