"""Reader: a PDF -> the text of its text layer, without the page furniture.

pypdfium2 (PDFium, the PDF engine of Chrome; one wheel, no system library) reads
each page's text layer. Then, per page:
- page numbers go: a first or last line that is only a page number
  (`— 3 —`, `- 3 -`, `3`, `第3页`, `第3页 共12页`, `3/12`);
- running headers and footers go: a first or last line (digits aside) that
  recurs on at least `RUNNING_SHARE` of the pages of a document of at least
  `RUNNING_MIN_PAGES` pages;
- the spaces PDF writers put between Chinese and digits or Latin letters go
  (`2026 年 5 月` -> `2026年5月`, `1581.06 亿元` -> `1581.06亿元`, `GDP 增长` ->
  `GDP增长`); spaces between two numbers (a table's columns) stay.
A line that runs to the right margin (read from the characters' boxes) was
wrapped by the writer: it is joined with the next line, across pages too, unless
the next line is indented or a heading (clean/reflow.py's HEADING, as for
hard-wrapped text) or either is a table row, so a paragraph becomes one line.

A PDF without a text layer (a scan) is an InputError naming the file, and so is
one PDFium cannot open (truncated, damaged, encrypted).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from govreport.clean.hanzi import CJK_CHAR, CJK_CLASS
from govreport.clean.readers import Reading
from govreport.errors import InputError

RUNNING_SHARE = 0.5
RUNNING_MIN_PAGES = 3
EDGE_LINES = 2  # lines at the top and at the bottom of a page where furniture stands
# A line was wrapped when the next line's first character or number would not have fitted after it,
# with this many character widths to spare (Chinese line-breaking rules push a character over with a
# comma that may not start a line).
WRAP_SLACK = 1.2
INDENT_MIN = 1.5  # a line starting this many character widths right of the left margin opens a paragraph
MIN_TEXT_CHARS = 20  # fewer letters than this in the whole file: no text layer

_DASH = "-—–－―~〜"
PAGE_NUMBER = re.compile(
    rf"[{_DASH}\s]*\d{{1,4}}[{_DASH}\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?"
)
_CJK = CJK_CLASS  # (clean/hanzi.py: the one definition of a Chinese character)
_SPACE_AFTER_CJK = re.compile(rf"(?<=[{_CJK}])[ \u00a0]+(?=[0-9A-Za-z])")
_SPACE_BEFORE_CJK = re.compile(rf"(?<=[0-9A-Za-z%％‰])[ \u00a0]+(?=[{_CJK}])")
# A space between two numbers: the gap between a table's columns (全市常住人口 346.7 100.0). Such a line
# is a row, never wrapped prose. (Not a space between two Chinese words: prose has those too, 一、2023年工作回顾 过去一年.)
_TABLE_GAP = re.compile(r"[0-9%％‰][ \u00a0]+[-+]?[0-9]")
_SOFT_HYPHEN_AFTER_LATIN = re.compile(r"(?<=[A-Za-z])[\ufffe\x02]")
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}，。、；：！？”“（）《》])[ \u00a0]+(?=[{_CJK}，。、；：！？”“（）《》])")
_HAN = CJK_CHAR
LETTER_SPACED_MIN = 3  # spaces between Chinese characters in a line ...
LETTER_SPACED_SHARE = 0.4  # ... after this share of its characters: the line is letter-spaced
_LETTERS = re.compile(rf"[{_CJK}A-Za-z0-9]")
_DIGITS = re.compile(r"\d+")


@dataclass
class Line:
    """One line of a page: its text, whether it runs to the right margin, whether it is indented."""

    text: str
    right: float = 0.0  # right edge of the last character
    room: float = 0.0  # how far the line could have run on: the page's right margin minus `right`, less slack
    first_width: float = 0.0  # width of the first unbreakable unit (a Chinese character, a number, a word)
    indented: bool = False

    def leaves_no_room_for(self, following: Line) -> bool:
        """The writer wrapped this line: the next line's first unit would not have fitted after it."""
        return following.first_width >= self.room


def read_pdf(data: bytes, source: str) -> Reading:
    pages = _page_lines(data, source)
    if sum(len(_LETTERS.findall(line.text)) for page in pages for line in page) < MIN_TEXT_CHARS:
        raise InputError(
            f"PDF without a text layer ({len(pages)} pages of images, a scan?): run OCR first, "
            "e.g. ocrmypdf -l chi_sim FILE OUT.pdf", path=source)
    lines = join_wrapped_lines(drop_page_furniture(pages))
    # (no hints from the PDF's own Title: writers leave a template's there, 2014年焦作市统计公报 on a 2025 communiqué)
    return Reading("\n".join(lines) + "\n", "pdf", kind="pdf")


def _page_lines(data: bytes, source: str) -> list[list[Line]]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(f"damaged or encrypted PDF, cannot be opened ({exc})", path=source) from None
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                pages.append(_lines_of(textpage))
                textpage.close()
            finally:
                page.close()
    except pdfium.PdfiumError as exc:
        raise InputError(f"damaged PDF, a page cannot be read ({exc})", path=source) from None
    finally:
        pdf.close()
    return pages


def _lines_of(textpage) -> list[Line]:
    """A page's lines, each with its left and right edge read from the character boxes."""
    # PDFium marks a hyphen that ends a line as soft (U+FFFE, or 0x02): an English word's hyphenation,
    # dropped; between Chinese words (竹园-白龙港 at a line end) it is a real hyphen, kept
    text = _SOFT_HYPHEN_AFTER_LATIN.sub("\x00", textpage.get_text_range())
    text = text.replace("\ufffe", "-").replace("\x02", "-")
    geometry = len(text) == textpage.count_chars()  # PDFium counts the line breaks it writes as characters
    rows: list[tuple[str, float, float, float]] = []  # text, left, right, first unit's width
    widths: list[float] = []
    chars: list[str] = []
    left, right, first_right, unit = float("inf"), float("-inf"), float("-inf"), _UNIT_OPEN
    for i, ch in enumerate(text + "\n"):
        if ch in "\r\n":
            line = "".join(chars).replace("\x00", "").strip()
            if line:
                rows.append((line, left, right, max(0.0, first_right - left)))
            chars, left, right, first_right, unit = [], float("inf"), float("-inf"), float("-inf"), _UNIT_OPEN
            continue
        chars.append(ch)
        if not geometry or ch.isspace() or ch == "\x00" or i >= len(text):
            if right != float("-inf"):
                unit = _UNIT_DONE  # a space after the first unit ends it
            continue
        x0, _, x1, _ = textpage.get_charbox(i, loose=True)  # the advance, not the glyph: a comma ends at its box
        left, right = min(left, x0), max(right, x1)
        if unit != _UNIT_DONE:
            unit = _first_unit_step(unit, ch)
            if unit != _UNIT_DONE:
                first_right = x1
        if "\u4e00" <= ch <= "\u9fff":
            widths.append(x1 - x0)
    if not geometry or not widths or not rows:
        return [Line(t) for t, *_ in rows]
    em = sorted(widths)[len(widths) // 2]
    body = [r for r in rows if not PAGE_NUMBER.fullmatch(r[0])]
    margin_left = min((r[1] for r in body), default=0.0)
    margin_right = max((r[2] for r in body), default=0.0)
    return [Line(t, right=r, room=margin_right - r - WRAP_SLACK * em, first_width=w,
                 indented=l >= margin_left + INDENT_MIN * em) for t, l, r, w in rows]


# The first unbreakable unit of a line: a Chinese character with the punctuation that may not start a
# line after it (，。” ）) and what may not end one before the next (“ （ 《); or a run of Latin letters and
# digits (12.5%, GDP, jīng). A writer moves the whole unit to the next line when it does not fit.
_UNIT_OPEN, _UNIT_AFTER_HAN, _UNIT_AFTER_LATIN, _UNIT_DONE = range(4)
_NO_LINE_START = frozenset("，。、；：！？）》」』】〕”’,.;:!?)]%‰·…")
_NO_LINE_END = frozenset("“‘（《「『【〔([")


def _is_latin(ch: str) -> bool:
    return ord(ch) < 0x2E80 and (ch.isalnum() or ch in ".%‰+-/")


def _first_unit_step(state: int, ch: str) -> int:
    """The state after `ch` (whether `ch` belongs to the first unit is: the result is not _UNIT_DONE)."""
    if state == _UNIT_OPEN or ch in _NO_LINE_START or (state == _UNIT_AFTER_LATIN and _is_latin(ch)):
        if ch in _NO_LINE_END:
            return _UNIT_OPEN
        return _UNIT_AFTER_LATIN if _is_latin(ch) else _UNIT_AFTER_HAN
    return _UNIT_DONE


def join_wrapped_lines(lines: list[Line]) -> list[str]:
    """Join a line that runs to the right margin with the next, unless the next starts a paragraph
    (indented, a heading as reflow.HEADING knows them: 一、 （一） 1. 第一章 ..., or a date line that
    may separate the items of a listing) or either is a
    table row (a gap between columns). The writer's spaces around digits are closed here too."""
    # (A wrapped line ending in 。 is joined too: a sentence ends at the margin as often as a paragraph does,
    # and a paragraph's first line is indented or a heading.)
    from govreport.clean.reflow import DATE_LINE, HEADING

    out: list[str] = []
    previous: Line | None = None
    previous_row = False
    for line in lines:
        text = close_cjk_spacing(line.text)
        row = _TABLE_GAP.search(text) is not None
        wrapped = previous is not None and not previous_row and previous.leaves_no_room_for(line)
        if out and wrapped and not row and not line.indented and not HEADING.match(text) and not DATE_LINE.fullmatch(text):
            sep = " " if out[-1][-1].isascii() and out[-1][-1].isalnum() and text[0].isascii() and text[0].isalnum() else ""
            out[-1] += sep + text
        else:
            out.append(text)
        previous, previous_row = line, row
    return out


def _furniture_key(line: str) -> str:
    return _DIGITS.sub("#", re.sub(r"\s", "", line))


def drop_page_furniture(pages: list[list[Line]]) -> list[Line]:
    """The pages' lines without page numbers and running headers/footers, in reading order."""
    edges = lambda lines: lines[:EDGE_LINES] + lines[-EDGE_LINES:]  # noqa: E731
    recurring: set[str] = set()
    if len(pages) >= RUNNING_MIN_PAGES:
        counts = Counter(key for lines in pages for key in {_furniture_key(s.text) for s in edges(lines)})
        recurring = {k for k, n in counts.items() if n >= RUNNING_SHARE * len(pages) and k}
    out: list[Line] = []
    for lines in pages:
        n = len(lines)
        for i, line in enumerate(lines):
            at_edge = i < EDGE_LINES or i >= n - EDGE_LINES
            if at_edge and (PAGE_NUMBER.fullmatch(line.text) or _furniture_key(line.text) in recurring):
                continue
            out.append(line)
    return out


def close_cjk_spacing(line: str) -> str:
    """`2026 年 5 月` -> `2026年5月`: no space between a Chinese character and a digit or Latin letter.
    A line whose Chinese characters are set apart one by one (a letter-spaced title, 统 计 公 报, or text
    the writer spaced out to justify it) loses those spaces too; a line with a few spaced words (a
    table's header, 指标 年末数 比重) keeps them."""
    line = _SPACE_BEFORE_CJK.sub("", _SPACE_AFTER_CJK.sub("", line))
    spaced = len(_SPACE_BETWEEN_CJK.findall(line))
    if spaced >= LETTER_SPACED_MIN and spaced >= LETTER_SPACED_SHARE * len(_HAN.findall(line)):
        line = _SPACE_BETWEEN_CJK.sub("", line)
    return line
