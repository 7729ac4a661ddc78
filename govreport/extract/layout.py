"""Where in a document figures stand outside sentences: tables read as rows, and the notes that hold none.

Statistical communiqués put part of their figures in tables, and end with notes (注释, 附注, 名词解释)
that explain terms and hold no figures of the year (annotation guide, rule 15). `clean` keeps a table
as one line per row with its cells separated by ` | ` (HTML tables, Markdown tables) or by runs of
two or more spaces (the space-aligned tables of PDF text); this module reads those rows:

    表1  2025年一般公共预算收支            <- a caption; 单位：亿元 here would give the unit
    指标 | 绝对数（亿元） | 比上年增长（%）  <- the header: each column's measure and unit
    一般公共预算收入 | 81.06 | 3.2          <- a row: its name, one figure per number cell
    其中：税收收入 | 41.08 | -2.7

A row gives figures only when its name is a vocabulary indicator (a table of districts or of
products names no indicator, and its rows are not the government's own figures), and a column
only when its header says what it holds (绝对数 with a unit, 增长/增速 in %). Each figure's
evidence runs from the row's name to its cell, so `text[start:end] == evidence` as for any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from govreport.extract import lexicon

# A heading that opens the notes at the end of a document: on a line of its own or before the first note. Its
# word may be spaced (名 词 解 释), marked (※名词解释※, *名词解释, 【名词解释】) or led by what it explains
# (公报注释:, 《政府工作报告》名词解释, 附件一：名词解释, 《政府工作报告》有关内容名词注释: 江西 2026), as the county reports
# and communiqués write it.
# County work reports end with a glossary (阜平县 2021, 博野县, 曲阳县, 涞水县): its notes describe programmes and
# parks with their own figures (税收1.1亿元 of a park), none the report's.
_SP = r"[ \t\u3000]?"
_NOTES = re.compile(r"^[ \t\u3000]*(?:[^\n。，；;,]{0,14}?)[［\[【(（※*＊]?"
                    rf"(?:注{_SP}释|附{_SP}注|名{_SP}词{_SP}解{_SP}释|指{_SP}标{_SP}解{_SP}释)"
                    r"[］\]】)）※*＊]?[ \t\u3000\r]*(?:[:：]|$)", re.M)
NOTES_TAIL = 0.5  # the notes heading stands in the second half of the document

_SPACE_CELLS = re.compile(r"[ \t]{2,}|\t")
_NUMBER = re.compile(r"[-−–]?\d[\d,]*(?:\.\d+)?")
_RULE_CELL = re.compile(r":?-{2,}:?")
_IN_BRACKETS = re.compile(r"[（(]([^（）()]{1,12})[）)]")
_UNIT_LINE = re.compile(r"单位[:：]\s*([^\s，,；;）)]{1,8})")
_ROW_LEAD = re.compile(r"^(?:其中[:：]?|#+|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]+[)）])\s*")
_GROWTH_HEADER = ("增长", "增速", "增减", "比上年", "同比", "±")


def notes_start(text: str) -> int | None:
    """Where the notes of the document begin (their heading), if it has notes at its end."""
    floor = int(len(text) * NOTES_TAIL)
    if text.find("注", floor) < 0 and text.find("释", floor) < 0:
        return None  # every heading _NOTES knows holds one, spaced or not (a find skips ahead far faster than ^)
    # _NOTES.finditer(text, floor)'s first match, tried only where its ^ can match: at a line's start (re
    # would try the pattern at every character)
    line = floor if floor == 0 or text[floor - 1] == "\n" else text.find("\n", floor) + 1
    if line == 0 and floor > 0:
        return None  # no line starts after the floor
    while True:
        if _NOTES.match(text, line):
            return line
        line = text.find("\n", line) + 1
        if line == 0:
            return None


@dataclass(frozen=True)
class Column:
    measure: str  # level / growth
    unit: str  # '' when the header names none (the row's name or the caption may)


@dataclass(frozen=True)
class TableFigure:
    name: str  # the row's name as written, without 其中：
    measure: str
    value: float
    unit: str
    start: int  # the row's name
    end: int  # the end of the cell


def _unit(text: str) -> str:
    """The unit a header, a row name or a caption names: 亿元 in 绝对数（亿元）, % in 比上年增长（%）."""
    units = lexicon.units()
    for candidate in [m.group(1) for m in _IN_BRACKETS.finditer(text)] + [m.group(1) for m in _UNIT_LINE.finditer(text)]:
        candidate = candidate.strip()
        if candidate in ("%", "％"):
            return "%"
        for magnitude in ("万亿", "亿", "万", ""):
            rest = candidate[len(magnitude):]
            if candidate.startswith(magnitude) and rest in units:
                spec = units[rest]
                if not magnitude:
                    return spec.normal
                if magnitude in spec.magnitudes:  # 亿元 stays 亿元 (a 万家 would need folding: not read)
                    return magnitude + spec.normal
    return ""


def _column(header: str) -> Column | None:
    unit = _unit(header)
    if any(word in header for word in _GROWTH_HEADER) and (unit == "%" or "%" in header):
        return Column("growth", "%")
    if any(word in header for word in _GROWTH_HEADER):
        return None  # a change in an amount (比上年增加), not read
    if "%" in header or unit == "%":
        return None  # a share or rate column: which rate depends on the row
    return Column("level", unit)


def _cells(line: str) -> list[tuple[int, str]] | None:
    """(offset in the line, text) of each cell of a table row, or None when the line is no row."""
    if "|" in line:
        body_start = len(line) - len(line.lstrip())
        body = line.strip()
        if body.startswith("|"):
            body, body_start = body[1:], body_start + 1
        if body.endswith("|"):
            body = body[:-1]
        out, pos = [], body_start
        for piece in body.split("|"):
            lead = len(piece) - len(piece.lstrip())
            out.append((pos + lead, piece.strip()))
            pos += len(piece) + 1
        return out if len(out) >= 2 else None
    pieces = _SPACE_CELLS.split(line.strip())
    if len(pieces) < 2:
        return None
    out, pos = [], len(line) - len(line.lstrip())
    for piece in pieces:
        pos = line.index(piece, pos)
        out.append((pos, piece))
        pos += len(piece)
    return out


def _is_number(cell: str) -> bool:
    return _NUMBER.fullmatch(cell) is not None


def table_figures(text: str, vocabulary_match) -> Iterator[TableFigure]:
    """The figures of every table row of `text` whose name `vocabulary_match(name)` accepts (returns true).

    A table is a run of row lines; its header is the last row before the figures whose cells after the
    first hold no number. A space-aligned run counts only with such a header (two spaces alone also
    indent ordinary text)."""
    header: list[Column | None] | None = None
    caption_unit = ""
    previous = ""
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        cells = _cells(line)
        if cells is None:
            header = None
            caption_unit = _unit(line) if "单位" in line else ("" if line.strip() else caption_unit)
            previous = line
            continue
        texts = [c for _, c in cells]
        if all(_RULE_CELL.fullmatch(c) or not c for c in texts):
            continue  # a Markdown rule under the header
        if not any(_is_number(c) for c in texts[1:]):
            if "|" in line or any(_column(c) for c in texts[1:]):
                header = [_column(c) for c in texts[1:]]
                caption_unit = caption_unit or (_unit(previous) if "单位" in previous else "")
            previous = line
            continue
        if header is None:
            continue
        name = _ROW_LEAD.sub("", texts[0]).strip()
        if not name or _is_number(name) or not vocabulary_match(_IN_BRACKETS.sub("", name)):
            continue
        row_unit = _unit(name)
        for (offset, cell), column in zip(cells[1:], header):
            if column is None or not _is_number(cell):
                continue
            unit = column.unit or row_unit or caption_unit
            if not unit:
                continue
            value = float(cell.replace(",", "").replace("−", "-").replace("–", "-"))
            yield TableFigure(_IN_BRACKETS.sub("", name), column.measure, value, unit,
                              line_start + cells[0][0], line_start + offset + len(cell))
