"""Step 5 — normalise: widths, decimal points, spaces, quotes, invisible characters.

What changes (each counted in `repairs`):
- line breaks written out as the two characters `\r\n`, `\n` (a
  spreadsheet or JSON export's escapes, the 保定 county pages up to 2019)
  -> LF, when a page holds three or more                          escaped_line_breaks
- HTML character references left in text (&nbsp; &amp; &#12288;) -> the
  character                                                      html_entities
- line breaks: CR LF, CR, U+2028/2029, NEL -> LF                 line_breaks_normalised
- zero-width and bidi-control characters, soft hyphens removed    invisible_removed
- control characters removed (tab and LF stay)                    control_removed
- no-break, ideographic and other wide spaces -> ' '             spaces_normalised
- full-width digits, letters and the symbols in
  data/fullwidth_narrowing.tsv (％ ＋ － ～ ...) -> ASCII          width_normalised
- a decimal point written ． · ・ between digits -> '.'           decimal_points
  (but `5·12` followed by no unit stays: Chinese names events by
  month·day, “5·12”汶川地震, “7·20”特大暴雨)
- a space between a number and % or ‰ removed: `6.3 %`            number_spaces
- one space inside a figure removed, as PDF writers put it between
  Chinese and digits: `2026 年`, `1581.06 亿元`, `增长 5.2%`
  (two or more spaces stay: they separate the cells of a table)    number_spaces
- a page number a PDF left inside a sentence removed: `比上年增 —7— 长3.8%`   page_numbers
- a note marker between a name and what follows removed:
  `地区生产总值[2]1570.2亿元`, `城镇居民人均可支配收入①34520元`, `（注）`
  (a marker opening a line, the note itself, stays)                note_markers
- a straight double-quote pair around or next to Chinese text
  -> “ ”                                                          quotes_normalised

What stays: Chinese punctuation (，。；：！？（）、“”《》) and ASCII punctuation
between Chinese characters, both as printed. Seed 000 prints ASCII `,` `:` `;`
`(` `)` and its gold evidence quotes them (`新增市场主体1.6万户,增量、总量均保持全市第一`);
the dev corpus prints `，` and its evidence quotes that. Later stages cite the
clean text by offset and search the evidence in it, so neither is rewritten.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from govreport.clean.hanzi import CJK_CLASS
from govreport.clean.repairs import Repairs

NARROWING_TABLE = Path(__file__).resolve().parents[1] / "data" / "fullwidth_narrowing.tsv"

_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")
_ESCAPED_BREAKS = re.compile(r"\\r\\n|\\n|\\r")
ESCAPED_BREAKS_MIN = 3  # a page with fewer holds a backslash-n in its text, not an export's line ends
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")

# Patterns below start with the character they are about and look back from it: re then jumps from
# one candidate to the next instead of trying every position of the document.
_POINTS = "．·・･"
_DECIMAL_POINT = re.compile(f"[{_POINTS}](?<=[0-9][{_POINTS}])(?=[0-9])")
_DIGITS_BEFORE = re.compile("[0-9]+$")
_DIGITS_AFTER = re.compile("[0-9]+")
# After an event date (`5·12`) comes a name, not a unit of measure.
_NUMBER_FOLLOWER = set("0123456789.．%‰万亿千百十元角个倍吨亩斤米升克户人家项位台辆座所套张")

_SPACE_BEFORE_PERCENT = re.compile(" (?<=[0-9] ) *(?=[%‰])")
# One space (not two: a table's cells) between a digit and the unit or date word that follows it,
# or between a Chinese character and the number that follows it.
_UNIT_START = "万亿千元人户家个项吨亩斤米座所台辆套倍年月日季"
_SPACE_IN_FIGURE = re.compile(
    f" (?:(?<=[0-9] )(?=[{_UNIT_START}])|(?<=[{CJK_CLASS}] )(?=[0-9]))"
)
# A note marker ([2], ①) written right after a name, before the figure or the next word. A marker
# after punctuation or opening a line numbers a list item or the note itself, and stays.
# Read: (?<=[…）)]) ?(?:\[[0-9]{1,2}\]|[①-⑳]|[（(]注[0-9]{0,2}[）)]). Written to start with the class of
# the first character a match holds, the character before it checked after that (a look-behind at the
# front makes re try the whole pattern at every position of the page: four times as slow; the same
# matches, tests/clean/test_fast_paths.py).
_NOTE_AFTER = f"{CJK_CLASS}）)"
_NOTE_MARKER = re.compile(
    f"[ \\[①-⑳（(](?:(?<= )(?<=[{_NOTE_AFTER}] )(?:\\[[0-9]{{1,2}}\\]|[①-⑳]|[（(]注[0-9]{{0,2}}[）)])"
    f"|(?<=\\[)(?<=[{_NOTE_AFTER}]\\[)[0-9]{{1,2}}\\]"
    f"|(?<=[①-⑳])(?<=[{_NOTE_AFTER}][①-⑳])"
    f"|(?<=[（(])(?<=[{_NOTE_AFTER}][（(])注[0-9]{{0,2}}[）)])"
    f"(?=[0-9{CJK_CLASS}（(，,。；;、]|(?<=\\])(?:\n|$))"  # a title's ④ numbers a series, its [1] a note
)
# [, ①-⑳, or 注[0-9]{0,2}[）)] (one class first, as above)
_MARKER_CHARS = re.compile("[\\[①-⑳注](?:(?<!注)|[0-9]{0,2}[）)])")
_CIRCLED = "".join(map(chr, range(ord("①"), ord("⑳") + 1)))
_NOTE_WORD = re.compile("注[0-9]{0,2}[）)]")


def has_marker_chars(text: str, marks: str | None = None) -> bool:
    """Whether _MARKER_CHARS matches: `in` for each of its characters first (str.find skips ahead far faster
    than re tests each character of the page against a class), the pattern only after a 注. `marks`: a
    string holding at least every character of `text` in scanned_class() (see normalise): a bracket or a
    circled number is looked for in the page only when it is among them."""
    return (_holds_bracket(text, marks) or any(ch in text for ch in _CIRCLED if marks is None or ch in marks)
            or ("注" in text and _NOTE_WORD.search(text) is not None))


def _holds_bracket(text: str, marks: str | None) -> bool:
    """`"[" in text`, asked of `marks` first (see has_marker_chars): the [ is among them, or a wide
    character whose narrow form holds it was (normalise narrows them before the markers are removed)."""
    if marks is not None and "[" not in marks and not any(ch in marks for ch in _narrowed_to("[")):
        return False
    return "[" in text


# A PDF page's number left inside a sentence by a page turned into HTML or text: 比上年增 —7— 长3.8%.
# Read: (?<=[…0-9%，,]) ?[—－] ?[0-9]{1,3} ?[—－] ?(?=[…0-9]), its first character's class first (as above)
_PAGE_AFTER = f"{CJK_CLASS}0-9%，,"
_PAGE_NUMBER = re.compile(f"[ —－](?:(?<= )(?<=[{_PAGE_AFTER}] )[—－]|(?<=[—－])(?<=[{_PAGE_AFTER}][—－]))"
                          f" ?[0-9]{{1,3}} ?[—－] ?(?=[{CJK_CLASS}0-9])")

# A page number's first dash is followed by its digits (a space between at most).
_DASH_DIGIT = (re.compile("—(?= ?[0-9])"), re.compile("－(?= ?[0-9])"))


def _page_number_starts(text: str) -> list[int]:
    """Where a match of _PAGE_NUMBER may start: at its first dash, or at the space before it."""
    starts = []
    for dash, pattern in zip("—－", _DASH_DIGIT):
        if dash in text:
            for m in pattern.finditer(text):  # (led by the dash: re jumps from one to the next)
                d = m.start()
                if d and text[d - 1] == " ":
                    starts.append(d - 1)
                starts.append(d)
    return starts


_BRACKET_DIGIT = re.compile(r"\[(?=[0-9])")


def _note_marker_starts(text: str, marks: str) -> list[int]:
    """Where a match of _NOTE_MARKER may start: at its marker ([2], ①, （注 or (注) or at the space before it.
    `marks`: as for has_marker_chars."""
    found = [m.start() for m in _BRACKET_DIGIT.finditer(text)] if _holds_bracket(text, marks) else []
    for ch in _CIRCLED:
        if ch in marks:
            i = text.find(ch)
            while i >= 0:
                found.append(i)
                i = text.find(ch, i + 1)
    i = text.find("注")
    while i >= 0:
        if i and text[i - 1] in "（(":
            found.append(i - 1)
        i = text.find("注", i + 1)
    return [*found, *(i - 1 for i in found if i and text[i - 1] == " ")]


def _removed_at(pattern: re.Pattern[str], text: str, starts: list[int], repairs: Repairs, name: str) -> str:
    """_sub_counted(pattern, "", text, repairs, name) when every match of `pattern` starts at one of `starts`:
    the pattern is tried there only, as subn would reach them (left to right, none inside a match before)."""
    pieces: list[str] = []
    pos = 0
    for start in sorted(set(starts)):
        if start < pos:
            continue
        m = pattern.match(text, start)  # (its look-behinds still see the text before `start`)
        if m is not None:
            pieces.append(text[pos:start])
            pos = m.end()
    if not pieces:
        return text
    repairs.add(name, len(pieces))
    pieces.append(text[pos:])
    return "".join(pieces)


_STRAIGHT_QUOTED = re.compile('"([^"\n]*)"')
_CJK = re.compile(f"[{CJK_CLASS}]")


@lru_cache(maxsize=1)
def narrowing_table() -> dict[int, str]:
    table = {0xFF10 + i: chr(0x30 + i) for i in range(10)}
    table.update({0xFF21 + i: chr(0x41 + i) for i in range(26)})
    table.update({0xFF41 + i: chr(0x61 + i) for i in range(26)})
    for line in NARROWING_TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        wide, narrow, *_ = line.split("\t")
        if len(wide) == 1 and narrow:
            table[ord(wide)] = narrow
    return table


@lru_cache(maxsize=1)
def _wide_chars() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(narrowing_table())) + "]")


@lru_cache(maxsize=1)
def odd_class() -> str:
    """The characters _INVISIBLE, _CONTROL, _ODD_SPACES or the narrowing table change, as the
    inside of a regex character class."""
    return "".join(p.pattern[1:-1] for p in (_INVISIBLE, _CONTROL, _ODD_SPACES, _wide_chars()))


# Characters whose presence the steps after the odd clean-ups test (decimal points, circled note markers,
# the [ of a note marker, page-number dashes) or the steps before them do (U+2028/2029/0085, the \ of an
# escaped line break): `in` costs most for these on a page of Chinese (str.find hunts for the character's
# low byte, and theirs are the high bytes of common Chinese characters), so they are found in the one
# scan for the odd characters instead.
_MARKS = _POINTS + "\u2460-\u2473—－\u2028\u2029\x85\\[\\\\"


@lru_cache(maxsize=1)
def scanned_class() -> str:
    """odd_class() and the _MARKS: what normalise finds in one scan of the page, as the inside of a
    regex character class."""
    return odd_class() + _MARKS


@lru_cache(maxsize=1)
def _odd_runs() -> re.Pattern[str]:
    """A run of the characters of scanned_class()."""
    odd = "[" + scanned_class() + "]"
    # Written `[…][…]*`, not `[…]+`: re skips ahead to a character of a leading class, but tries a
    # leading repeat at every position of the page (twice as slow).
    return re.compile(odd + odd + "*")


@lru_cache(maxsize=None)
def _narrowed_to(ch: str) -> str:
    """The wide characters whose narrow form holds `ch`."""
    return "".join(chr(wide) for wide, narrow in narrowing_table().items() if ch in narrow)


@lru_cache(maxsize=1)
def _narrowing_replaces() -> bool:
    """Whether replacing one wide character after another gives what translate gives: no narrow form
    holds a wide character (each is ASCII in the shipped table)."""
    table = narrowing_table()
    return not any(ord(ch) in table for narrow in table.values() for ch in narrow)


def _replace_chars(text: str, chars, repl: str) -> tuple[str, int]:
    """pattern.subn(repl, text) for a pattern of one character of a class, given (at least) the
    characters of the class that `text` holds: str.replace per character, not re's scan."""
    n = 0
    for ch in chars:
        found = text.count(ch)
        if found:
            n += found
            text = text.replace(ch, repl)
    return text, n


def _sub_counted(pattern: re.Pattern[str], repl, text: str, repairs: Repairs, name: str) -> str:
    new, n = pattern.subn(repl, text)
    repairs.add(name, n)
    return new


def _sub_callback(pattern: re.Pattern[str], repl, text: str, repairs: Repairs, name: str) -> str:
    """`pattern.sub(repl, text)`, counting the matches `repl` actually changed."""
    changed = 0

    def counted(m: re.Match[str]) -> str:
        nonlocal changed
        new = repl(m)
        changed += new != m.group()
        return new

    text = pattern.sub(counted, text)
    repairs.add(name, changed)
    return text


def _decimal_point(m: re.Match[str]) -> str:
    if m.group() == "．":
        return "."
    text, start, end = m.string, m.start(), m.end()
    left = _DIGITS_BEFORE.search(text, 0, start)
    right = _DIGITS_AFTER.match(text, end)
    assert left is not None and right is not None  # the lookarounds saw a digit on each side
    before = text[left.start() - 1] if left.start() > 0 else ""
    after = text[right.end()] if right.end() < len(text) else ""
    event_date = (
        1 <= int(left.group()) <= 12
        and 1 <= int(right.group()) <= 31
        and len(left.group()) <= 2
        and len(right.group()) <= 2
        and before not in (".", "．")
        and after not in _NUMBER_FOLLOWER
    )
    return m.group() if event_date else "."


def _between_digits(text: str, point: str) -> list[int]:
    """Where `point` stands between two digits: the matches of _DECIMAL_POINT that are this point, found
    with str.find (re would test every character of the page against the class of the four points)."""
    found = []
    i = text.find(point)
    while i >= 0:
        if i and i + 1 < len(text) and text[i - 1] in _DIGITS and text[i + 1] in _DIGITS:
            found.append(i)
        i = text.find(point, i + 1)
    return found


_DIGITS = "0123456789"


def _decimal_points(text: str, starts: list[int], repairs: Repairs) -> str:
    """_sub_callback(_DECIMAL_POINT, _decimal_point, text, repairs, "decimal_points") given where its
    matches start (in order)."""
    pieces: list[str] = []
    pos = changed = 0
    for start in starts:
        m = _DECIMAL_POINT.match(text, start)
        assert m is not None  # a point between two digits
        new = _decimal_point(m)
        changed += new != m.group()
        pieces += (text[pos:start], new)
        pos = m.end()
    pieces.append(text[pos:])
    repairs.add("decimal_points", changed)
    return "".join(pieces)


def _entity(m: re.Match[str]) -> str:
    import html

    return html.unescape(m.group())  # an unknown name (&foo;) comes back as it was


def _quote_pair(m: re.Match[str]) -> str:
    inner = m.group(1)
    text = m.string
    before = text[m.start() - 1] if m.start() > 0 else ""
    after = text[m.end()] if m.end() < len(text) else ""
    if _CJK.search(inner) or _CJK.match(before) or _CJK.match(after):
        return f"“{inner}”"
    return m.group()


def normalise(text: str, repairs: Repairs, odd: str | None = None) -> str:
    """`odd`: a string holding at least every character of `text` in scanned_class(), that is every
    character the invisible, control, space and width clean-ups change and the marks later steps
    look for (from a caller that scanned the page already; see pipeline._convert_then_normalise).
    More characters are harmless: each step still finds its own in the text and counts only what
    it changes."""
    if odd is None:
        odd = "".join(set(_odd_runs().findall(text)))
    if "\\" in odd and "\\" in text and len(_ESCAPED_BREAKS.findall(text, 0, 200_000)) >= ESCAPED_BREAKS_MIN:
        text = _sub_counted(_ESCAPED_BREAKS, "\n", text, repairs, "escaped_line_breaks")
    if "&" in text and _ENTITY.search(text):
        for _ in range(3):  # &amp;nbsp; (a page escaped twice) to the end, so cleaning twice changes nothing
            before = text
            text = _sub_callback(_ENTITY, _entity, text, repairs, "html_entities")
            if text == before or "&" not in text:
                break
        odd = None  # a reference may stand for any character: the odd ones are looked for again
    if odd is None:
        odd = "".join(set(_odd_runs().findall(text)))
    # (No step below brings in a character of scanned_class(): they delete, or write a line break, a
    # plain space or ASCII. So what `odd` lacks, the text lacks at every step.)
    if "\r" in text or "\u2028" in odd or "\u2029" in odd or "\x85" in odd:
        text = _sub_counted(_LINE_BREAKS, "\n", text, repairs, "line_breaks_normalised")
    if odd:  # most pages need none of the four steps below
        # Each step replaces the characters of its class that the page holds, found among the odd
        # ones, character by character (str.replace), instead of scanning the page again.
        for pattern, repl, name in ((_INVISIBLE, "", "invisible_removed"), (_CONTROL, "", "control_removed"),
                                    (_ODD_SPACES, " ", "spaces_normalised")):
            chars = set(pattern.findall(odd))
            if chars:
                text, n = _replace_chars(text, chars, repl)
                repairs.add(name, n)
        wide = set(_wide_chars().findall(odd))
        if wide:
            if _narrowing_replaces():
                table = narrowing_table()
                n = 0
                for ch in wide:
                    found = text.count(ch)
                    if found:
                        n += found
                        text = text.replace(ch, table[ord(ch)])
                repairs.add("width_normalised", n)
            else:
                repairs.add("width_normalised", len(_wide_chars().findall(text)))
                text = text.translate(narrowing_table())
    # (the four points, the circled numbers and the dashes are looked for in the page only when the
    # scan found them)
    points = [i for point in _POINTS if point in odd for i in _between_digits(text, point)]
    if points:
        text = _decimal_points(text, sorted(points), repairs)
    # (the last space before a % or ‰ is next to it in every match)
    if " %" in text or " ‰" in text:
        text = _sub_counted(_SPACE_BEFORE_PERCENT, "", text, repairs, "number_spaces")
    if " " in text:
        text = _sub_counted(_SPACE_IN_FIGURE, "", text, repairs, "number_spaces")
    # The note markers and page numbers: their patterns are led by a class holding the space, so subn
    # would stop at every space of the page; they are tried where their marker or dash is.
    if has_marker_chars(text, odd):  # (only pages holding a marker's character are scanned)
        text = _removed_at(_NOTE_MARKER, text, _note_marker_starts(text, odd), repairs, "note_markers")
    if "—" in odd or "－" in odd:
        text = _removed_at(_PAGE_NUMBER, text, _page_number_starts(text), repairs, "page_numbers")
    if '"' in text:
        text = _sub_callback(_STRAIGHT_QUOTED, _quote_pair, text, repairs, "quotes_normalised")
    return text
