"""Clean step: boilerplate — web and forum chrome around the document.

The rules are data (govreport/data/boilerplate.txt, format described in its
header); users add files of the same format. Every rule matches a whole line
or a fragment anchored at a line's start or end, never text in the middle of a
sentence, so a line that carries report content survives.

Publication lines (发布日期:2023-09-28, 时间:2021-01-15 17:59 来源:…) are chrome
for the text but metadata for the document: `harvest_fields` reads them before
they go, and the pipeline passes them to metadata as hints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from govreport.clean.hanzi import LINE_SPACE
from govreport.clean.repairs import Repairs
from govreport.clean.screens import first_of, parsed_pattern
from govreport.errors import UsageError

BOILERPLATE_TXT = Path(__file__).resolve().parents[1] / "data" / "boilerplate.txt"
KINDS = ("line", "head", "tail", "block", "footer", "field")

BLOCK_MAX_LINES = 40
BLOCK_LINE_MAX = 40
FOOTER_LINE_MAX = 80
FOOTER_MAX_LINES = 60

# Page widgets often come as list items: "  • 扫一扫在手机打开当前页" (000)
_BULLETS = "•·▪►◆■"
_BULLET = re.compile(f"^[{_BULLETS}]\\s*")
_DATE_VALUE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
# A site banner before the fields: 河南省人民政府门户网站 www.henan.gov.cn (003)
_SITE_PREFIX = re.compile(r"(?:[^\s:：]{0,30}(?:网站|网|门户)\s*)?(?:(?:https?://)?www\.[\w.\-/]+\s*)?")


@dataclass
class Rules:
    line: re.Pattern | None = None
    head: re.Pattern | None = None
    tail: re.Pattern | None = None
    blocks: list[tuple[re.Pattern, re.Pattern]] = field(default_factory=list)
    footer: re.Pattern | None = None
    field_pair: re.Pattern | None = None
    labels: tuple[str, ...] = ()
    # A line longer than `short_line_max` is tried with `long_line`, the union of the `line`
    # patterns that can match more characters than that: the others (a copyright or ICP line,
    # `.{0,60}ICP备.{0,60}`) cannot match it, and trying them on a paragraph costs most.
    # (A line matches a union when one of its patterns does.)
    short_line_max: int = 0
    long_line: re.Pattern | None = None
    # What a line must show for any block start, footer, line or head rule to match it (tried()):
    # a first character among `starts` or of the `start_kinds` (a digit, a space), or one of the
    # literals in `holds` (a line rule led by `.{0,60}`). None: some rule has no such screen, and
    # every line is tried with every rule.
    starts: frozenset[str] | None = None
    start_kinds: tuple[str, ...] = ()
    holds: tuple[str, ...] = ()
    holds_width: int | None = None  # the longest line those rules can match (None: unbounded)
    _first: dict = field(default_factory=dict)  # character -> whether a line starting with it is tried

    def first_may_match(self, c: str) -> bool:
        verdict = self._first.get(c)
        if verdict is None:  # (a closed set: the characters a line can start with)
            verdict = self._first[c] = c in self.starts or any(getattr(c, kind)() for kind in self.start_kinds)
        return verdict

    def tried(self, lines: list[str]) -> list[bool]:
        """For each stripped line, False only when no block start, footer, line or head rule can
        match it."""
        if self.starts is None:
            return [True] * len(lines)
        first = self._first
        tried = [not s or first.get(s[0]) or (first.get(s[0]) is None and self.first_may_match(s[0])) for s in lines]
        if self.holds:
            widest = self.holds_width
            for i, s in enumerate(lines):
                if not tried[i] and (widest is None or len(s) <= widest):
                    for lit in self.holds:
                        if lit in s:
                            tried[i] = True
                            break
        return tried


def _parse(path: Path) -> dict[str, list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(f"cannot read boilerplate patterns: {exc.strerror or exc}", path=str(path)) from None
    out: dict[str, list[str]] = {k: [] for k in KINDS}
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = re.match(r"(\S+)\s+(.+)", line)
        kind, pattern = (m.group(1), m.group(2).strip()) if m else (line, "")
        if kind not in KINDS or not pattern:
            raise UsageError(f"line {n}: expected one of {', '.join(KINDS)} and a pattern", path=str(path))
        if kind == "block" and "==>" not in pattern:
            raise UsageError(f"line {n}: a block rule is START ==> END", path=str(path))
        try:
            for part in pattern.split("==>") if kind == "block" else [pattern]:
                re.compile(part.strip())
        except re.error as exc:
            raise UsageError(f"line {n}: bad regular expression: {exc}", path=str(path)) from None
        out[kind].append(pattern)
    return out


def _union(patterns: list[str]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _max_width(pattern: str) -> int | None:
    """The most characters `pattern` matches (re's own parser); None if unbounded or unknown."""
    try:
        from re import _parser

        hi = _parser.parse(pattern).getwidth()[1]
    except Exception:  # another Python's parser: the pattern is tried on every line, as before
        return None
    return hi if hi < _parser.MAXREPEAT else None


def _long_lines(patterns: list[str]) -> tuple[int, re.Pattern | None]:
    """(the most characters a pattern of bounded width matches, the union of the other patterns)."""
    if any(re.compile(p).groups for p in patterns):
        return 0, _union(patterns)  # numbered groups: their numbers depend on the union, keep it whole
    widths = [_max_width(p) for p in patterns]
    unbounded = [p for p, w in zip(patterns, widths) if w is None]
    return max((w for w in widths if w is not None), default=0), _union(unbounded)


def _screen(pattern: str) -> tuple[set[str], set[str], str | None] | None:
    """(first characters, first character kinds, a literal every match holds) for `pattern`, one of the
    three enough to tell a line it cannot match; None when neither is known. The literal is read
    from a rule led by a bounded run of any character (`.{0,60}ICP备.{0,60}`)."""
    from re import _constants as c

    parsed = parsed_pattern(pattern)
    if parsed is None:
        return None
    items = list(parsed)
    first = first_of(items)
    if first is not None:
        return first[0], first[1], None
    # `.{0,n}` then literals: the literals occur in every match
    if len(items) >= 2 and items[0][0] in (c.MAX_REPEAT, c.MIN_REPEAT) and list(items[0][1][2]) == [(c.ANY, None)]:
        literal = ""
        for op, av in items[1:]:
            if op is not c.LITERAL:
                break
            literal += chr(av)
        if literal:
            return set(), set(), literal
    return None


def _screens(patterns: list[str]) -> tuple[frozenset[str] | None, tuple[str, ...], tuple[str, ...], int | None]:
    """Rules.starts, start_kinds, holds and holds_width for a set of patterns (starts None: one has no
    screen)."""
    chars: set[str] = set()
    kinds: set[str] = set()
    holds: list[str] = []
    widths: list[int | None] = []
    for pattern in patterns:
        screen = _screen(pattern)
        if screen is None:
            return None, (), (), None
        chars |= screen[0]
        kinds |= screen[1]
        if screen[2] is not None:
            widths.append(_max_width(pattern))
            if screen[2] not in holds:
                holds.append(screen[2])
    widest = None if None in widths else max(widths, default=0)
    return frozenset(chars), tuple(sorted(kinds)), tuple(holds), widest


@lru_cache(maxsize=8)
def _rules(extra: tuple[str, ...]) -> Rules:
    merged: dict[str, list[str]] = {k: [] for k in KINDS}
    for path in (BOILERPLATE_TXT, *map(Path, extra)):
        for kind, pats in _parse(path).items():
            merged[kind].extend(pats)
    labels = tuple(sorted(set(merged["field"]), key=len, reverse=True))
    label_re = "|".join(re.escape(lb) if lb.isalnum() else lb for lb in labels)
    line = _union(merged["line"])
    short_line_max, long_line = _long_lines(merged["line"])
    # (a line rule is also tried on the line without its bullet: a bullet starts a line to try)
    starts, start_kinds, holds, holds_width = _screens(
        [*merged["line"], *merged["head"], *merged["footer"], *(p.split("==>", 1)[0].strip() for p in merged["block"])])
    return Rules(
        line=line,
        short_line_max=short_line_max,
        long_line=long_line,
        starts=None if starts is None else starts | frozenset(_BULLETS),
        start_kinds=start_kinds,
        holds=holds,
        holds_width=holds_width,
        head=re.compile("(?:" + "|".join(f"(?:{p})" for p in merged["head"]) + r")\s*") if merged["head"] else None,
        tail=re.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in merged["tail"]) + ")$") if merged["tail"] else None,
        blocks=[(re.compile(a.strip()), re.compile(b.strip())) for a, b in (p.split("==>", 1) for p in merged["block"])],
        footer=_union(merged["footer"]),
        field_pair=re.compile(rf"(?P<label>{label_re})\s*[:：]\s*(?P<value>.*?)\s*(?=(?:{label_re})\s*[:：]|$)")
        if labels else None,
        labels=labels,
    )


def rules(extra: Sequence[str | Path] = ()) -> Rules:
    """The shipped rules plus any extra pattern files (cached per set of files)."""
    return _rules(tuple(str(p) for p in extra))


def parse_field_line(line: str, r: Rules | None = None) -> dict[str, str] | None:
    """{label: value} when `line` is only a publication line (发布日期:2023-09-28 …), else None.

    A lone short label (时间:, 来源:) counts only with a date value or a site
    banner before it, so a plan's "时间:2023年3月至12月" stays in the text.
    """
    if ":" not in line and "：" not in line:
        return None
    r = r or rules()
    if r.field_pair is None:
        return None
    s = line.strip(LINE_SPACE)
    prefix = _SITE_PREFIX.match(s)
    has_prefix = bool(prefix and prefix.end())
    rest = s[prefix.end():] if prefix else s
    if r.field_pair.match(rest) is None:
        return None  # the usual line (prose): no label at its start; saves finditer's scan of the line
    pairs, pos = {}, 0
    for m in r.field_pair.finditer(rest):
        if m.start() != pos or (not m.group(0) and pos < len(rest)):
            return None
        pairs.setdefault(m.group("label"), m.group("value"))
        pos = m.end()
        if pos >= len(rest):
            break
    if not pairs or pos < len(rest):
        return None
    if len(pairs) == 1 and not has_prefix:
        (label, value), = pairs.items()
        if len(label) < 3 and not _DATE_VALUE.fullmatch(value):
            return None
    return pairs


FIELD_LINES = 81  # the publication lines are looked for among the first 81 lines


def harvest_fields(text: str, extra: Sequence[str | Path] = ()) -> dict[str, str]:
    """The label:value pairs of the publication lines near the top, for metadata (first value wins)."""
    r = rules(extra)
    # (the last item of the split, the rest of the text, is never read)
    return _fields([_parse_if_colon(line, r) for line in text.split("\n", FIELD_LINES)[:FIELD_LINES]])


def _parse_if_colon(line: str, r: Rules) -> dict[str, str] | None:
    # parse_field_line's own first test, made before the call: most lines have no colon
    return parse_field_line(line, r) if ":" in line or "：" in line else None


def _fields(parsed: list[dict[str, str] | None]) -> dict[str, str]:
    found: dict[str, str] = {}
    for pairs in parsed:
        if pairs:
            for k, v in pairs.items():
                if v and k not in found:
                    found[k] = v
    return found


def harvest_and_remove(text: str, repairs: Repairs, extra: Sequence[str | Path] = ()) -> tuple[dict[str, str], str]:
    """(harvest_fields(text), remove_boilerplate(text)) with each of the top lines parsed once:
    both ask parse_field_line about them, and it gives a line and the line stripped the same answer."""
    r = rules(extra)
    lines = text.split("\n")
    top = [_parse_if_colon(line, r) for line in lines[:FIELD_LINES]]
    return _fields(top), _remove(lines, repairs, r, top)


def remove_boilerplate(text: str, repairs: Repairs, extra: Sequence[str | Path] = ()) -> str:
    """Drop chrome lines and anchored chrome fragments; idempotent."""
    return _remove(text.split("\n"), repairs, rules(extra), [])


def _remove(lines: list[str], repairs: Repairs, r: Rules, top: list[dict[str, str] | None]) -> str:
    """remove_boilerplate on the text's lines; `top` holds parse_field_line of the first lines, if known."""
    keep = [True] * len(lines)
    stripped = [ln.strip(LINE_SPACE) for ln in lines]
    # the lines some block start, footer, line or head rule may match (most lines of a report: none)
    tried = r.tried(stripped)

    for start_re, end_re in r.blocks:
        i = 0
        while i < len(lines):
            if tried[i] and keep[i] and start_re.fullmatch(stripped[i]):
                for j in range(i + 1, min(len(lines), i + BLOCK_MAX_LINES + 1)):
                    if end_re.fullmatch(stripped[j]):
                        if all(len(s) <= BLOCK_LINE_MAX for s in stripped[i:j]):
                            for k in range(i, j + 1):
                                keep[k] = False
                            repairs.add("boilerplate_lines", j + 1 - i)
                            i = j
                        break
            i += 1

    if r.footer is not None:
        for i, s in enumerate(stripped):
            if tried[i] and keep[i] and r.footer.fullmatch(s):
                after = [t for t in stripped[i + 1:] if t]
                if len(after) <= FOOTER_MAX_LINES and all(len(t) <= FOOTER_LINE_MAX for t in after):
                    n = sum(keep[i:])
                    keep[i:] = [False] * (len(lines) - i)
                    repairs.add("boilerplate_lines", n)
                    break
                keep[i] = False
                repairs.add("boilerplate_lines")

    out = []
    for i, line in enumerate(lines):
        if not keep[i]:
            continue
        s = stripped[i]
        if not s:
            out.append(line)
            continue
        if not tried[i] and r.tail is None:  # no rule to try but the publication line's
            if (top[i] if i < len(top) else parse_field_line(s, r)) is not None:
                repairs.add("boilerplate_lines")
            else:
                out.append(line)
            continue
        bare = _BULLET.sub("", s) if s[0] in _BULLETS else s
        line_re = r.line if len(s) <= r.short_line_max else r.long_line
        chrome = line_re is not None and (line_re.fullmatch(s) or (bare != s and r.line.fullmatch(bare)))
        if chrome or (top[i] if i < len(top) else parse_field_line(s, r)) is not None:
            repairs.add("boilerplate_lines")
            continue
        cut = s
        if r.head is not None:
            cut = r.head.sub("", cut, count=1) if r.head.match(cut) else cut
        if r.tail is not None:
            cut = r.tail.sub("", cut, count=1)
        if cut != s:
            repairs.add("boilerplate_fragments")
            cut = cut.strip(LINE_SPACE)
            if not cut or (r.line is not None and r.line.fullmatch(cut)) or parse_field_line(cut, r) is not None:
                continue
            # keep the line's indentation; reflow decides about it
            line = line[: len(line) - len(line.lstrip(LINE_SPACE))] + cut
        out.append(line)
    return "\n".join(out)
