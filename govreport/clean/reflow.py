"""Clean step: reflow — one paragraph per line.

Web pages and PDF conversions break paragraphs and titles over several lines
(001: 关于印发2023年老城区高质量发展赶超 / 活动方案的通知; 002: ——2020年5月22日在…
人民代表大会 / 第六次会议上), indent paragraphs with spaces (002, 003), or run a
whole report into one line (004, the 上海 reports). The output has one
paragraph per line, no indentation and no blank lines.

Lines are joined only on positive evidence, so headings (一、 (一) 1. 第一
重点一:…) and short title lines keep their own line:
- the line leaves a frame open that the next line closes: an unclosed bracket
  or quote (《 “ （ 【), 关于… waiting for its …的通知/报告/意见, or a delivery
  line's 在… waiting for …会议上;
- the next line starts with a continuation (暨, or punctuation such as ，、。),
  or with the unit of the number the line ends on (增长19.0 / %。, 81.06 / 亿元);
- the break falls inside the name of a headline statistic (城镇常住居民人 / 均可支配收入):
  the headline names of govreport/data/indicators.csv, as PDF text copied to a page cuts them;
- the page is hard-wrapped at a fixed width and the line fills it.
A top heading set inline before its paragraph (八、财政金融 全年一般公共预算收入…, as
communiqué pages flatten them) gets a line of its own.
Joining runs to a fixed point, so reflow(reflow(x)) == reflow(x).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from govreport.clean.repairs import Repairs
from govreport.clean.screens import may_start

TERMINAL = "。！？!?；;：:…"
_OPEN_CLOSE = {"《": "》", "“": "”", "（": "）", "(": ")", "【": "】", "「": "」", "『": "』", "〔": "〕", "[": "]"}

# A line that starts a new unit: 一、 (一) 1. 第一章 ① 重点一 —— 各位代表 附件
HEADING = re.compile(
    r"(?:[一二三四五六七八九十百]+[、.．]"
    r"|[（(][一二三四五六七八九十百\d]+[)）]"
    r"|\d{1,3}[、.．](?!\d)"
    r"|第[一二三四五六七八九十百\d]+[章节部分条篇项个、，,]"
    r"|[①-⑳]"
    r"|重点[一二三四五六七八九十]+"
    r"|——|—"
    r"|各位代表|附件"
    r")"
)
DATE_LINE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
DOC_NUMBER = re.compile(r".{0,20}[〔\[（(]\d{4}[〕\]）)]\s*\d+\s*号")
CONTINUATION = re.compile(r"[暨，,、。；;：:）)》”」』%‰]")
# Tests of a line's first character: whether CONTINUATION, and HEADING, can match a line starting with it
# (most lines start with neither: a set lookup instead of a call into re)
_MAY_CONTINUE, _MAY_HEAD = may_start(CONTINUATION), may_start(HEADING)
# The unit of a number cut from it: 81.06 / 亿元。
_UNIT_AFTER_NUMBER = re.compile(r"(?:万亿|亿|万|千)?(?:元|美元|人|户|家|吨|亩|斤)[，,。；;、）)]")

# 关于印发…方案 / 的通知: 关于 opens, the document noun closes.
_ABOUT_OPEN = re.compile(r"^.{0,12}关于")
_ABOUT_CLOSE = re.compile(r"的?(?:通知|报告|意见|决定|批复|函|请示|办法|规定|方案|计划|纲要|公告|通告|规划|细则|纪要)[》」]?$")
# ——2020年5月22日在西工区第十四届人民代表大会 / 第六次会议上
# (starts at 日在 and looks back for the digit: re then jumps to each 日在 instead of trying every position)
_AT_OPEN = re.compile(r"日在(?<=\d日在)[^。！？，,]*$")
_AT_CLOSE = re.compile(r".{0,30}(?:会议|大会|会)上(?:的(?:讲话|报告))?$")
CLOSE_MAX = 40  # the closing line of a frame is short

# In a page flattened into one long line (004, 上海), paragraphs are separated
# by spaces after a sentence end, or by 　　 indentation, or stand before a heading.
_FLAT_LINE = 300
# A space is any character str.isspace() accepts (what re's \s matches), and a run of two
# of any kind — 　　, \u2003\u2003, "  " — is a paragraph's indentation.
_AFTER_SENTENCE = frozenset("。！？!?：:；;")
_FLAT_HEADING = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|各位代表")


def _break_flat(s: str) -> list[str]:
    """One stripped line (no LF) -> its paragraphs."""
    # This runs on whole reports, so only the few space runs are looked at; str.split finds
    # them several times faster than a regex scan. Between two words, s[a:b] is one space run.
    # (The word starts at the first non-space after the previous one: stepping over the short
    # run is cheaper than s.find comparing the word, which is a whole paragraph here.)
    pieces, start, end = [], 0, 0
    for word in s.split():
        a = b = end
        while s[b].isspace():
            b += 1
        end = b + len(word)
        if a == 0:
            continue  # the first word (a run before it starts the line; one after the last ends it)
        if b - a >= 2 or s[a - 1] in _AFTER_SENTENCE or _FLAT_HEADING.match(s, b):
            pieces.append(s[start:a])
            start = b
    pieces.append(s[start:])
    return [p for p in pieces if p]


# A top heading (一、综合) with its paragraph after a space on the same line.
_INLINE_HEADING = re.compile(r"([一二三四五六七八九十]+、[^\s，。；;：:、,]{1,12})[ \t]+(?=\S{10})")
_HEADING_NUMERALS = frozenset("一二三四五六七八九十")

WRAP_MIN_WIDTH = 15
WRAP_MIN_LINES = 5


def reflow(text: str, repairs: Repairs) -> str:
    lines = []
    for raw in text.split("\n"):
        s = raw.strip()
        if not s:
            continue
        if len(s) >= _FLAT_LINE:
            pieces = _break_flat(s)
            repairs.add("reflow_paragraph_breaks", len(pieces) - 1)
        else:
            pieces = [s]
        for piece in pieces:
            m = _INLINE_HEADING.match(piece) if piece[0] in _HEADING_NUMERALS else None
            if m:  # 八、财政金融 全年一般公共预算收入205.40亿元: a page that set the heading inline
                repairs.add("reflow_paragraph_breaks", 1)
                lines.append(m.group(1))
                piece = piece[m.end():]
            lines.append(piece)
    joined, width, alone = _join_pass(lines)
    while len(joined) != len(lines):
        repairs.add("reflow_joins", len(lines) - len(joined))
        lines = joined
        joined, width, alone = _join_pass(lines, width, alone)
    return "\n".join(lines)


def _wrap_width(lines: list[str]) -> int | None:
    """The fixed width a hard-wrapped page breaks at, if most long lines share it."""
    all_long = [s for s in lines if len(s) >= WRAP_MIN_WIDTH]
    long_lines = [len(s) for s in all_long if s[-1] not in TERMINAL]
    if len(long_lines) < WRAP_MIN_LINES:
        return None
    counts = Counter(long_lines)
    width, n = max(counts.items(), key=lambda kv: (kv[1] + counts.get(kv[0] - 1, 0), kv[0]))
    n += counts.get(width - 1, 0)
    return width if n >= WRAP_MIN_LINES and n * 3 >= len(all_long) else None


def _unbalanced(s: str) -> bool:
    # (`in` for each opener: str.find skips ahead to it far faster than re tests each character of the
    # line against the class of the nine, and most lines open few kinds of bracket)
    for o, c in _OPEN_CLOSE.items():
        if o in s and s.count(o) > s.count(c):
            return True
    return False


def _joins(a: str, a_last: str, b: str, width: int | None) -> bool:
    # (A date line starts with a digit and a document number ends in 号: checked before the patterns,
    # which most lines could not match.)
    if (
        a[-1] in TERMINAL
        or (a[0].isdecimal() and DATE_LINE.fullmatch(a))
        or (b[0].isdecimal() and DATE_LINE.fullmatch(b))
        or (a[-1] == "号" and DOC_NUMBER.fullmatch(a))
    ):
        return False
    if _MAY_CONTINUE(b[0]) and CONTINUATION.match(b):
        return True
    if a[-1].isdecimal() and _UNIT_AFTER_NUMBER.match(b):
        return True
    if _MAY_HEAD(b[0]) and HEADING.match(b):
        return False
    if _cuts_a_name(a, b):
        return True
    if len(b) <= CLOSE_MAX:
        if _ABOUT_OPEN.match(a) and not _ABOUT_CLOSE.search(a) and _ABOUT_CLOSE.search(b):
            return True
        if _AT_OPEN.search(a) and _AT_CLOSE.fullmatch(b):
            return True
    if _unbalanced(a) and not _unbalanced(a + b) and len(a) + len(b) <= 400:
        return True
    return width is not None and len(a_last) >= width - 1


_NAME_MIN = 4  # shorter names (税收, 出口) end too many lines on their own


@lru_cache(maxsize=1)
def _statistic_names() -> re.Pattern[str]:
    """The names and synonyms of the headline indicators (without wildcards), longest first."""
    return re.compile("|".join(re.escape(n) for n in _statistic_name_list()))


@lru_cache(maxsize=1)
def _statistic_name_list() -> list[str]:
    from govreport.datafiles import DATA_DIR, read_rows

    names: set[str] = set()
    for row in read_rows(DATA_DIR / "indicators.csv"):
        if row.get("headline", "").lower() != "yes":
            continue  # the headline statistics are what a cut must not lose; the whole list costs a long pattern
        for name in [row.get("name", ""), *row.get("synonyms", "").split("|")]:
            name = name.rstrip("!")
            if len(name) >= _NAME_MIN and not any(ch in name for ch in "*{}"):
                names.add(name)
    return sorted(names, key=len, reverse=True)


@lru_cache(maxsize=1)
def _name_pairs() -> frozenset[str]:
    """Every two characters next to each other in a name of _statistic_names()."""
    return frozenset(name[i:i + 2] for name in _statistic_name_list() for i in range(len(name) - 1))


def _cuts_a_name(a: str, b: str) -> bool:
    """Whether a statistic's name runs over the break between `a` and `b` (人 / 均可支配收入)."""
    if not (a[-1] >= "\u3400" and b[0] >= "\u3400"):  # a name cut in two has Chinese on both sides
        return False
    if a[-1] + b[0] not in _name_pairs():  # a name over the break holds its last and first characters
        return False
    tail = a[-20:]
    around = tail + b[:20]
    return any(m.start() < len(tail) < m.end() for m in _statistic_names().finditer(around))


def _join_pass(
    lines: list[str], width_before: int | None = None, alone_before: list[bool] | None = None
) -> tuple[list[str], int | None, list[bool]]:
    """One pass of joins: (the lines, the wrap width the pass used, for each line whether it is
    one line of the input, nothing joined to it).

    A later pass is given the width and flags of the pass before. Two lines next to each other
    that that pass left alone were already judged, as the same (a, a_last, b) under that width:
    with the same width again they stay apart, and _joins is not asked twice. So such a pass
    judges only the pairs around the lines the pass before joined, and copies the runs of lines
    between them (001-003 make one join; the pass that confirms it would otherwise judge every
    line again).
    """
    width = _wrap_width(lines)
    known = alone_before if alone_before is not None and width == width_before else None
    out: list[str] = []
    alone: list[bool] = []
    i, n = 0, len(lines)
    while i < n:
        if known is not None and i and known[i - 1] and known[i] and alone[-1]:
            # this line and the next ones up to the next line the pass before joined: judged apart
            try:
                k = known.index(False, i)
            except ValueError:
                k = n
            out.extend(lines[i:k])
            alone.extend([True] * (k - i))
            i = k
            continue
        s = lines[i]
        # (the line before, lines[i - 1], is the last piece of out[-1])
        if out and _joins(out[-1], lines[i - 1], s, width):
            sep = " " if (out[-1][-1].isascii() and out[-1][-1].isalnum() and s[0].isascii() and s[0].isalnum()) else ""
            out[-1] = out[-1] + sep + s
            alone[-1] = False
        else:
            out.append(s)
            alone.append(True)
        i += 1
    return out, width, alone
