"""Fuzzing the whole pipeline in one process: random bytes and mutated seeds (bytes flipped, cut, encodings
swapped, chrome and markup inserted, very long lines, huge numbers, nested brackets) through clean ->
extract -> compare -> report.

Properties: nothing is raised but the project's own one-line errors (GovReportError); every table written
reads back as written (Parquet, CSV, JSON Lines) and the workbook opens; for every row
text[start:end] == evidence; values are finite; measures, periods and kinds stay in their domains.

The default run tries a few hundred examples (under half a minute); set GOVREPORT_FUZZ_EXAMPLES=5000 for
a long run (benchmarks/README.md records the last one).
"""

from __future__ import annotations

import math
import os
import re
from functools import lru_cache
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govreport.clean import clean_bytes
from govreport.errors import GovReportError
from govreport.extract import extract_document
from govreport.io import frame_from_rows, read_table, write_table
from govreport.schema import INDICATORS, KINDS, MEASURES
from tests.support import DEV_CORPUS, SEEDS

SCALE = int(os.environ.get("GOVREPORT_FUZZ_EXAMPLES", "0") or 0)
DOCUMENT_EXAMPLES = SCALE or 250  # clean -> extract, one page each
PIPELINE_EXAMPLES = max(SCALE // 10, 25) if SCALE else 25  # clean -> extract -> compare -> report, a few pages each
WINDOW = 3000  # bytes of a seed a mutated page starts from: big enough for sections, small enough to be quick

RELATIVE = {"今年", "本年", "本年度", "去年", "上年", "上一年", "前年", "明年"}
PART = r"(?:Q[1-4]|H[12]|M\d{1,2})"
PERIOD = re.compile(rf"\d{{4}}{PART}?(?:-(?:\d{{4}})?{PART}?)?")

CHROME = ["设为首页 | 收藏本站", "当前位置：首页 > 政务公开 > 工作报告", "时间：2023-03-30 09:12\t作者：中国县域\t阅读：\n303",
          "上一篇：无\n下一篇：无", "【打印】【关闭】", "发布日期：2099-13-45", "来源：百度马 克 数据网", "=HYPERLINK(\"x\")",
          "——2021年1月20日在某县第十七届人民代表大会第五次会议上", "一、2020年工作回顾", "二、2021年主要目标任务"]
MARKUP = ["<div class=\"x\">", "</div>", "<script>var a=1<2;</script>", "&nbsp;", "&#x4E2D;", "<br/>", "<p>", "<!--",
          "<table><tr><td>", "\\r\\n", "\ufeff", "\u200b", "\x00"]
HUGE = ["地区生产总值增长" + "9" * 400 + "%", "收入1e308亿元", "增长１２３４５６７８９０１２３４５６７８９０%",
        "一般公共预算收入" + "9" * 30 + "." + "9" * 30 + "亿元", "增长-0.0%", "完成" + "万" * 50 + "亿元",
        "增长NaN%", "增长inf%", "完成九千九百九十九万亿亿元"]


@lru_cache(maxsize=1)
def _pages() -> tuple[bytes, ...]:
    return tuple(p.read_bytes() for p in [*sorted(SEEDS.glob("*.txt")), *sorted(DEV_CORPUS.glob("*.txt"))[:2]])


def _nested(depth: int) -> str:
    return "（" * depth + "增长5%" + "）" * depth + "【" * depth + "[(" * depth


@st.composite
def mutated_page(draw) -> bytes:
    page = draw(st.sampled_from(_pages()))
    start = draw(st.integers(0, max(0, len(page) - WINDOW)))
    data = bytearray(page[start:start + WINDOW])
    for _ in range(draw(st.integers(0, 4))):
        what = draw(st.sampled_from(["flip", "cut", "encoding", "chrome", "markup", "long", "huge", "nested", "bytes"]))
        at = draw(st.integers(0, len(data)))
        if what == "flip":
            if data:
                i = draw(st.integers(0, len(data) - 1))
                data[i] ^= 1 << draw(st.integers(0, 7))
        elif what == "cut":
            data = data[:at] if draw(st.booleans()) else data[at:]
        elif what == "encoding":
            text = bytes(data).decode("utf-8", errors="replace")
            codec = draw(st.sampled_from(["gbk", "gb18030", "big5", "utf-16", "utf-16-be", "latin-1", "shift_jis"]))
            data = bytearray(text.encode(codec, errors=draw(st.sampled_from(["ignore", "replace"]))))
        else:
            piece = {"chrome": lambda: draw(st.sampled_from(CHROME)),
                     "markup": lambda: draw(st.sampled_from(MARKUP)),
                     "long": lambda: draw(st.sampled_from("年增长%，亿元a ")) * draw(st.integers(2_000, 60_000)),
                     "huge": lambda: draw(st.sampled_from(HUGE)),
                     "nested": lambda: _nested(draw(st.integers(1, 300))),
                     "bytes": lambda: draw(st.binary(max_size=64)).decode("latin-1")}[what]()
            data[at:at] = ("\n" + piece + "\n").encode("utf-8") if what != "bytes" else piece.encode("latin-1")
    return bytes(data)


PAGES = st.one_of(st.binary(max_size=2_000), mutated_page(), mutated_page())


def _check_rows(doc: dict, rows: list[dict]) -> None:
    text = doc["text"]
    for r in rows:
        assert text[r["start"]:r["end"]] == r["evidence"], r
        for name in ("value", "value_hi"):
            assert r[name] is None or (isinstance(r[name], float) and math.isfinite(r[name])), r
        assert r["measure"] in MEASURES, r
        assert r["kind"] in (*KINDS, None), r
        assert r["kind"] is not None or r["kind_note"], r
        assert r["period"] == "" or r["period"] in RELATIVE or PERIOD.fullmatch(r["period"]), (r["period"], r["evidence"], r["doc_year"], text[max(0, r["start"] - 300):r["end"]])
        assert r["indicator"], r


def _documents(data: bytes, source: str) -> list[dict]:
    try:
        return clean_bytes(data, source=source)
    except GovReportError as exc:  # the project's own error: one line, naming the file
        line = exc.one_line()
        assert "\n" not in line and source in line, line
        return []


def _figures(docs: list[dict]) -> list[dict]:
    rows = []
    for doc in docs:
        figures = extract_document(doc)
        _check_rows(doc, figures)
        rows += figures
    return rows


@settings(max_examples=DOCUMENT_EXAMPLES, deadline=None, derandomize=not SCALE,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(PAGES)
def test_a_page_is_cleaned_and_extracted_or_refused_in_one_line(data):
    _figures(_documents(data, "fuzz.txt"))


def _round_trip(frame: pl.DataFrame, folder: Path) -> None:
    for name in ("t.parquet", "t.csv", "t.jsonl"):
        if not frame.height and name == "t.jsonl":
            continue  # no rows, no lines: an empty file, which a reader refuses in one line ("empty file")
        path = folder / name
        write_table(frame, str(path))
        back = read_table(str(path))
        assert back.height == frame.height
        for column in ("evidence", "indicator", "kind", "period"):
            if column in frame.columns and frame.height:
                written = ["" if v is None else v for v in frame[column].to_list()]
                read = ["" if v is None else v for v in back[column].to_list()]
                assert read == written, (name, column)


@settings(max_examples=PIPELINE_EXAMPLES, deadline=None, derandomize=not SCALE,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
                                 HealthCheck.function_scoped_fixture])
@given(st.lists(PAGES, min_size=1, max_size=4))
def test_pages_go_through_every_stage_and_every_output_reads_back(tmp_path, pages):
    import govreport.compare as compare
    from govreport.report import build_workbook
    from govreport.schema import DOCUMENTS

    docs = [doc for i, data in enumerate(pages) for doc in _documents(data, f"fuzz{i}.txt")]
    documents = frame_from_rows(docs, DOCUMENTS)
    indicators = frame_from_rows(_figures(docs), INDICATORS)
    _round_trip(indicators, tmp_path)
    _round_trip(documents, tmp_path)
    tables = {"documents": documents, "indicators": indicators,
              "attainment": compare.attainment(indicators), "regions": compare.across_regions(indicators),
              "series": compare.series(indicators), "conflicts": compare.conflicts(indicators)}
    for name in ("attainment", "regions", "series", "conflicts"):
        _round_trip(tables[name], tmp_path)
    book = tmp_path / "report.xlsx"
    build_workbook(tables, book)
    import zipfile

    from openpyxl import load_workbook

    workbook = load_workbook(book, read_only=True)  # opens
    assert workbook.sheetnames
    workbook.close()
    with zipfile.ZipFile(book) as archive:  # no cell is a formula, whatever the text began with
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name


@pytest.mark.parametrize("piece", HUGE + [_nested(500), "增" * 100_000])
def test_hostile_pieces_inside_a_real_report(piece):
    page = SEEDS.glob("001_*.txt").__next__().read_bytes()
    data = page[:4000] + ("\n" + piece + "\n").encode("utf-8") + page[4000:8000]
    _figures(_documents(data, "hostile.txt"))
