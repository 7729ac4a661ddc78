"""Clean step: split a page holding several documents into parts.

Two page shapes are recognised, both by structure rather than by any page's strings:

- a listing (seed 004): repeated blocks of [marker line "-"] title line, body,
  and a date line (2025-07-07). Every block before a date line must have a
  short title and a real body, so a document with one signature date (001's
  2023年9月27日) or a forum post's timestamp (002) is not cut.
- several reports run together: two or more report headers (a short line
  naming a 政府工作报告 / 计划 / 统计公报) each followed within a few lines by the
  delivery line (…在…人民代表大会…) or the salutation 各位代表.

The listing's date line is the listing's, not the document's: it goes to the
hints as `listing_date` (metadata prefers the document's own date) and out of
the part's text. A page of neither shape stays one part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from govreport.clean.hanzi import LINE_SPACE
from govreport.clean.repairs import Repairs

LISTING_DATE = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
MARKER = re.compile(r"[-–—•·*]")
TITLE_MAX = 80
BODY_MIN = 100  # characters of body a listing item needs
REPORT_BODY_MIN = 500
_SENTENCE_END = "。！？!?"

REPORT_HEADER = re.compile(r".{0,40}(?:政府工作报告|国民经济和社会发展.{0,12}计划.{0,20}|统计公报)[》」]?")
DELIVERY = re.compile(r"在.{2,40}?人民代表大会|各位代表")

# A leading tag in a listing title: 【洛阳招商】, [河南] — the site's section, not the title.
TITLE_TAG = re.compile(r"^\s*(?:【[^】]{1,12}】|\[[^\]]{1,12}\])\s*")


@dataclass
class Part:
    text: str
    hints: dict = field(default_factory=dict)  # e.g. {"doc_type": "news", "title": ..., "listing_date": ...}


def _iso(m: re.Match) -> str | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if 1949 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def split_documents(text: str, repairs: Repairs) -> list[Part]:
    lines = text.split("\n")
    stripped = [ln.strip(LINE_SPACE) for ln in lines]
    parts = _split_listing(lines, stripped) or _split_reports(lines, stripped)
    if parts is None:
        return [Part(text)]
    repairs.add("split_parts", len(parts) - 1)
    return parts


def _split_listing(lines: list[str], stripped: list[str]) -> list[Part] | None:
    # (a date line starts with a digit: most lines are passed over without trying the pattern)
    dates = [i for i, s in enumerate(stripped) if s[:1].isdecimal() and (m := LISTING_DATE.fullmatch(s)) and _iso(m)]
    if len(dates) < 2:
        return None
    parts, start = [], 0
    for d in dates:
        block = [i for i in range(start, d) if stripped[i] and not MARKER.fullmatch(stripped[i])]
        if not block:
            return None
        lead = 0
        if not parts:
            # Page chrome before the first item (a site's menu line): the item's title is
            # the last short line before the first body paragraph.
            while lead + 1 < len(block) and _short_line(stripped[block[lead + 1]]) and lead < 5:
                lead += 1
            if lead + 1 >= len(block):
                lead = 0
        title_i, body = block[lead], block[lead + 1:]
        title = stripped[title_i]
        body_chars = sum(len(stripped[i]) for i in body)
        if len(title) > TITLE_MAX or title[-1] in _SENTENCE_END or body_chars < BODY_MIN:
            return None
        date = _iso(LISTING_DATE.fullmatch(stripped[d]))
        parts.append((start, d, title, date))
        start = d + 1
    out = []
    for n, (a, b, title, date) in enumerate(parts):
        end = len(lines) if n == len(parts) - 1 else b  # what follows the last item is footer: boilerplate's job
        keep = [lines[i] for i in range(a, end) if i != b and not MARKER.fullmatch(stripped[i])]
        out.append(Part("\n".join(keep).strip("\n"), {
            "title": TITLE_TAG.sub("", title),
            "listing_title": title,
            "listing_date": date,
            # an item of a listing is news unless its title names a report (metadata checks the title first)
            "doc_type": "news",
        }))
    return out


def _short_line(s: str) -> bool:
    return len(s) <= TITLE_MAX and s[-1] not in _SENTENCE_END and not s.endswith(("。", "：", ":"))


def _split_reports(lines: list[str], stripped: list[str]) -> list[Part] | None:
    headers = []
    for i, s in enumerate(stripped):
        if not s or len(s) > TITLE_MAX or not REPORT_HEADER.fullmatch(s):
            continue
        following = " ".join(t for t in stripped[i + 1:i + 6] if t)[:200]
        if DELIVERY.search(following):
            headers.append(i)
    if len(headers) < 2:
        return None
    bounds = [0, *headers[1:], len(lines)]
    chunks = ["\n".join(lines[a:b]).strip("\n") for a, b in zip(bounds, bounds[1:])]
    if any(len(c) < REPORT_BODY_MIN for c in chunks):
        return None
    return [Part(c, {"title": TITLE_TAG.sub("", stripped[h])}) for c, h in zip(chunks, headers)]
