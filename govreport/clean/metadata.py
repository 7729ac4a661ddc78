"""Clean step: metadata — title, document type, issuing government, year, date, speaker.

Read from the cleaned part plus the hints the earlier steps left:
`title`, `listing_date`, `doc_type` (split: an item of a listing is news unless
its title names a report) and `fields` (boilerplate: the publication line's
发布日期 / 时间 / 来源 ... harvested before the line was removed).

Rules, in the order they are tried (docs/clean.md has examples):
- title: the split hint, else the first line that looks like a title (not a
  文号, an issuing office, a date, a salutation or a heading), with a following
  ——subtitle line, without a leading site tag ([河南] / 【洛阳招商】).
- doc_type: govreport/data/doc_types.csv. In the title the match that ends
  last wins (a title's head noun comes last: …政府工作报告重点任务分工方案 is an
  action plan); then the split hint (news); then the opening; then the layout
  (three parts of a type's standard numbered headings, `_layout_parts`).
- date: the delivery date (2020年5月22日在…人民代表大会), then the publication
  fields (发布日期, 日期, 时间 …), then a date line of the document's own
  (2023年9月27日), and for news only the listing's date.
- year: see `detect_year`.
- region: 国务院's own documents are the country (`detect_national`: 全国, 100000, level
  national, the parent of every province); otherwise see `detect_region`; names resolve
  through the gazetteer.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import concat
from pathlib import Path
from typing import Sequence

from govreport.clean.gazetteer import NATIONAL_CODE, Division, Gazetteer, load_gazetteer, short_name
from govreport.clean.hanzi import CJK_CHAR
from govreport.errors import UsageError
from govreport.schema import DOC_TYPES

DOC_TYPES_CSV = Path(__file__).resolve().parents[1] / "data" / "doc_types.csv"

OPENING_CHARS = 800
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_DATE_CN = r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
_DATE_ANY = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
)
# 2020年5月22日在西工区第十四届人民代表大会第六次会议上
_DELIVERY = re.compile(_DATE_CN + r"\s*在[^。\n]{0,40}?(?:人民代表大会|人代会|代表大会|会议)")
# Every delivery line holds 日…在; looking for that first is much cheaper than trying the
# date pattern at every position of an opening that has no delivery line.
_DELIVERY_HINT = re.compile(r"日\s*在")
_DATE_LINE = re.compile(r"\s*" + _DATE_CN + r"\s*")
_MONTH_LINE = re.compile(r"\s*[（(]?(?:19|20)\d\d\s*年\s*\d{1,2}\s*月[）)]?\s*")  # 2026年5月: a date, no title
# The publication fields, best first.
_DATE_FIELDS = ("发布日期", "成文日期", "发文日期", "日期", "发布时间", "时间")

# A line starts at a line break, or at a literal "\r\n" some scrapes leave in the text.
_LINE_START = r"(?:^|\n|\\r\\n|\\n)"
# 一、2019年工作回顾 / 一、关于2014年政府工作 / 一、2020年及"十三五"时期经济社会发展回顾 -> the report is for the
# next year; 三、2023年主要任务 / 二、2015年经济社会发展的任务目标 -> 2023, 2015
_REVIEW_YEAR = re.compile(_LINE_START + r"\s*[一二三四五六七八九十]+、\s*(?:关于)?\s*(\d{4})\s*年"
                          r"(?:(?:工作)?回顾|政府工作\s*(?:$|\n|\\r)|[^\n\\。]{0,20}?发展回顾)")
_PLAN_YEAR = re.compile(
    _LINE_START + r"\s*[一二三四五六七八九十]+、\s*(\d{4})\s*年(?:的)?(?:(?:政府工作|工作|主要|重点|经济社会发展|总体)的?)*"
    r"(?:任务|安排|目标|建议|总体要求|计划)"
)

# A year in a web address or a tag says nothing of the document (xmlns="http://www.w3.org/1999/xhtml",
# /art/2026/3/12/art_123.html): markup and addresses are blanked before a year is read.
_NOT_PROSE = re.compile(r"<[^<>\n]*>|[A-Za-z][\w+.-]*://[^\s<>\"'，。]*|www\.[^\s<>\"'，。]*")
# 2025年安阳市国民经济和社会发展统计公报: the year a communiqué reports on
_COMMUNIQUE_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)\s*年[^。\n]{0,30}?统计公报")
# a line that is a communiqué's name and nothing else (a sentence or a link list holds more)
_COMMUNIQUE_NAME = re.compile(r"[^。，,；;：:\s]{0,40}?(?<!\d)(?:19[5-9]\d|20\d\d)\s*年\s*[^。，,；;：:]{0,40}?统计公报")
# a sentence of the text itself: forty characters of Chinese and a full stop
_BODY_SENTENCE = re.compile(r"[\u4e00-\u9fff，、“”（）\d.%]{40,}。")
# how far into a page its heading can stand (a served page's head and menus come first)
_COMMUNIQUE_HEAD = 40_000

_TITLE_TAG = re.compile(r"^\s*(?:【[^】]{1,12}】|\[[^\]]{1,12}\])\s*")
_TITLE_SKIP = re.compile(
    r".{0,20}[〔\[（(]\d{4}[〕\]）)]\s*\d+\s*号"  # 老城政办〔2023〕22号
    r"|.{2,30}(?:人民政府|办公室|办公厅|委员会|统计局|调查队)"  # 老城区人民政府办公室; 昌都市统计局 (a communiqué's issuer)
    r"|各位代表.{0,3}"
    r"|.{0,30}[省市区县州旗盟府](?:代理?)?[省市区县州旗盟]长(?:[\s;；·]*[\u4e00-\u9fff](?:[\s;；·]*[\u4e00-\u9fff]){1,3})?"  # 上海市市长　龚 正
)
# A document viewer's bar, never a title: 打印 / 下载 / 【关闭】 / 字号：大 中 小 / 分享到
_VIEWER_CHROME = re.compile(
    r"(?:[【\[]?(?:打印(?:本页|此页)?|下载(?:附件)?|关闭(?:窗口|本页)?|字号|字体|默认|大|中|小|分享(?:到)?|收藏|保存|纠错|"
    r"阅读次数|浏览次数|访问量|来源|扫一扫|二维码)[】\]]?[\s:：|｜/·•]*)+"
)
# A site's breadcrumb, never a title: 当前位置：首页 > 政务公开 / 选择区域：河南省>>>
_BREADCRUMB = re.compile(r"当前位置|您的位置|您现在的位置|所在位置|选择区域|>>|[>»›]\s*$")
_HEADING = re.compile(r"[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,3}[、.．](?!\d)")
_TITLE_MAX = 80
_TITLE_MIN_HAN = 4
_HAN = CJK_CHAR
_TITLE_TAIL = re.compile(r"(?:统计)?公报|(?:政府)?工作报告|(?:的)?(?:报告|计划|规划|方案|纲要|通知|意见|决定)")
_SUBTITLE = re.compile(r"[—－-]{1,2}\s*\S.*")

# 西工区人民政府代理区长 史千灵 / 尉氏县人民政府县长;张;锋 / 上海市市长　龚 正
_SPEAKER = re.compile(r"(?:人民政府|[省市区县州旗盟])(?:代理)?[省市区县州旗盟]长[\s;；,，·•:：]*")
# The same title found from its 长 and looked back from there (one look-behind per length of
# title), so re jumps from one 长 to the next instead of trying every position of the opening.
# A title holds one 长, its last character, so the first 长 that ends a title ends the first
# title, and the match ends where _SPEAKER's does (detect_speaker reads only the end).
_TITLE_CHAR = "[省市区县州旗盟]"
_SPEAKER_FROM_TITLE_END = re.compile(
    f"长(?:(?<=人民政府代理{_TITLE_CHAR}长)|(?<=人民政府{_TITLE_CHAR}长)"
    f"|(?<={_TITLE_CHAR}代理{_TITLE_CHAR}长)|(?<={_TITLE_CHAR}{_TITLE_CHAR}长))"
    r"[\s;；,，·•:：]*"
)
_PREMIER = re.compile(r"国务院(?:代理)?总理[\s;；,，·•:：]*")  # the national report: 国务院总理　李强
_NAME_SEP = re.compile(r"[\s;；·•,，、]")
_NAME_STOP = re.compile(r"各位|代表|同志|在|向|作|的|[^\u4e00-\u9fff]")

# The issuing government is named with one of these right after it (a functional area's
# committees: 雄安新区管理委员会, 郑州航空港经济综合实验区管委会, 党工委).
_ISSUER_AFTER = re.compile(
    r"(?:人民政府|政府|第[一二三四五六七八九十]+届人民代表大会|人民代表大会|人大|(?:代理)?[省市区县州旗盟]长"
    r"|管理委员会|管委会|党工委)"
)
_SCORE_TITLE, _SCORE_ISSUER, _SCORE_FIELD, _SCORE_OPENING = 10.0, 6.0, 4.0, 2.0
# a county that calls itself by its short name (容城) and speaks of 全县 throughout
_SCORE_SELF, _SELF_NAMED_MIN = 5.0, 5
_VOICE = {"县": "全县", "市": "全市", "区": "全区", "旗": "全旗"}


@dataclass(frozen=True)
class DocTypeRule:
    doc_type: str
    pattern: re.Pattern
    where: str  # title / opening / structure (three or more of the pattern's headings in the text)


@lru_cache(maxsize=4)
def _doc_type_rules(extra: tuple[str, ...]) -> tuple[DocTypeRule, ...]:
    rules = []
    for path in (str(DOC_TYPES_CSV), *extra):
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise UsageError(f"cannot read document-type keywords: {exc.strerror or exc}", path=path) from None
        for n, row in enumerate(csv.DictReader(text.splitlines()), start=2):
            try:
                rule = DocTypeRule(row["doc_type"].strip(), re.compile(row["pattern"]), (row.get("where") or "title").strip())
            except (KeyError, AttributeError, re.error) as exc:
                raise UsageError(f"line {n}: need doc_type,pattern,where with a valid pattern ({exc})", path=path) from None
            if rule.doc_type not in DOC_TYPES or rule.where not in ("title", "opening", "structure"):
                raise UsageError(
                    f"line {n}: doc_type must be one of {', '.join(DOC_TYPES)} and where title, opening or structure "
                    "(quote a pattern that contains a comma)", path=path)
            rules.append(rule)
    return tuple(rules)


def doc_type_rules(extra: Sequence[str | Path] = ()) -> tuple[DocTypeRule, ...]:
    return _doc_type_rules(tuple(str(p) for p in extra))


def _find_delivery(text: str) -> re.Match | None:
    """The first delivery line's match (2020年5月22日在…人民代表大会…) in `text`, or None."""
    return _DELIVERY.search(text) if _DELIVERY_HINT.search(text) else None


# The session line: 在…人民代表大会第X次会议上, its date before it (2021年2月5日在…), or after it, on its own
# line (（2017年2月26日）), in figures or in Chinese numerals (二〇二一年一月二十日).
_SESSION = re.compile(r"在[^。\n]{0,40}?(?:人民代表大会|人代会)[^。\n]{0,24}?会议上")
_CN_NUM = "〇○零一二三四五六七八九十"
_DATE_WORDS = (r"(?P<y>[\d〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>[\d" + _CN_NUM + r"]{1,3})\s*月\s*"
               r"(?P<d>[\d" + _CN_NUM + r"]{1,3})\s*日")
_DATE_BEFORE_SESSION = re.compile(_DATE_WORDS + r"\s*$")
_DATE_AFTER_SESSION = re.compile(r"[\s　]*(?:\\r\\n|\\n)?[\s　]*[（(]?\s*" + _DATE_WORDS)
_CN_DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def _number_words(text: str) -> int | None:
    """12, 〇一二 digit by digit (二〇二一 -> 2021), or a count to 99 (二十六 -> 26)."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_CN_DIGIT_VALUE[c]) for c in text)) if all(c in _CN_DIGIT_VALUE for c in text) else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or any(c not in _CN_DIGIT_VALUE for c in tens + ones):
        return None
    return (_CN_DIGIT_VALUE[tens] if tens else 1) * 10 + (_CN_DIGIT_VALUE[ones] if ones else 0)


def _iso_words(m: re.Match | None) -> str | None:
    if m is None:
        return None
    y, mo, d = (_number_words(m.group(g)) for g in ("y", "m", "d"))
    if y and mo and d and 1949 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def session_date(text: str, limit: int = 3000) -> str | None:
    """The ISO date of the report's session line in the first `limit` characters, None without one.

    The date the report was delivered, in its own words; a page's crawl or publication date around it
    says when a site copied it.
    """
    head = text[:limit]
    if "会议上" not in head:
        return None
    for m in _SESSION.finditer(head):
        line_start = max(head.rfind("\n", 0, m.start()), head.rfind("\\n", 0, m.start())) + 1
        before = _iso_words(_DATE_BEFORE_SESSION.search(head, max(line_start, m.start() - 24), m.start()))
        if before:
            return before
        after = _iso_words(_DATE_AFTER_SESSION.match(head, m.end(), m.end() + 40))
        if after:
            return after
    return None


def _iso(m: re.Match | None) -> str | None:
    if m is None:
        return None
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if 1949 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


# ------------------------------------------------------------------ title


def find_title(text: str, hints: dict | None = None) -> str | None:
    hints = hints or {}
    if hints.get("title"):
        return _tidy_title(hints["title"])
    own_name = _communique_heading(text)
    if own_name:
        return own_name
    # markup and addresses are no title's words (<html xmlns="http://www.w3.org/1999/xhtml"> is none)
    lines = [_prose(s).strip() for s in _LINE_BREAK.split(text, 15)[:15]]
    for i, s in enumerate(lines):
        if not _title_like(s) or (i and lines[i - 1].endswith("长") and _SPEAKER_NAME.fullmatch(s)):
            continue
        # a site's section label (工作报告) over the report's own title (2021年博野县政府工作报告)
        fuller = next((j for j in range(i + 1, min(i + 4, len(lines))) if _title_like(lines[j])
                       and len(lines[j]) > len(s) and _SPACES.sub("", lines[j]).endswith(_SPACES.sub("", s))), None)
        if fuller is not None:
            i, s = fuller, lines[fuller]
        title = _tidy_title(s)
        # 2025年焦作市国民经济和社会发展 / 统 计 公 报: a title set on two lines, the kind of document on the second
        if i + 1 < len(lines) and _TITLE_TAIL.fullmatch(re.sub(r"\s", "", lines[i + 1])):
            return title + re.sub(r"\s", "", lines[i + 1])
        for nxt in lines[i + 1:i + 3]:
            if not _SUBTITLE.fullmatch(nxt or "") or _DELIVERY.search(nxt) or len(title) + len(nxt) > 2 * _TITLE_MAX:
                break
            title += nxt
        return title or None
    return None


def _communique_heading(text: str) -> str | None:
    """A communiqué's own heading (阿克苏地区2025年 国民经济和社会发展统计公报), where a page puts
    chrome above it (当前位置：首页 > 政务公开, 索 引 号：…, a site's scripts and menus)."""
    head = text[:_COMMUNIQUE_HEAD]
    if "统计公报" not in head:
        return None
    for line in head.split("\n"):
        line = _prose(line).strip()
        if "统计公报" in line and len(line) <= _TITLE_MAX and _COMMUNIQUE_NAME.fullmatch(line):
            return line
        if _BODY_SENTENCE.search(line):
            # the text has begun: a communiqué named below it is a link (a county report's
            # 相关文章: 安国市2020年国民经济和社会发展统计公报), not this document's heading
            return None
    return None


def _page_title(hints: dict) -> str | None:
    """A web page's <title> (readers/html.py) when the text has no title line; never viewer chrome."""
    page_title = _tidy_title(hints.get("page_title") or "")
    if not page_title or len(page_title) > _TITLE_MAX or _VIEWER_CHROME.fullmatch(page_title):
        return None
    return page_title


_SPEAKER_NAME = re.compile(r"[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}")  # 李保森 under 县长
_LINE_BREAK = re.compile(r"\n|\\r\\n|\\n")
_SPACES = re.compile(r"\s+")


# A page's field (来源：…) and a session line (2010年2月4日在…会议上) stand near a title but are none.
_NOT_TITLE = re.compile(r"(?:来源|作者|时间|发布|日期|阅读|评论|编辑|责任编辑)\s*[:：]|[—－-]*\s*(?:" + _DATE_CN + r")?\s*在"
                        r"[^。\n]{0,40}?(?:人民代表大会|人代会)[^。\n]{0,24}?会议上\s*$"
                        # a report's review heading (站在新起点：2012年工作回顾) heads a section, not the document
                        r"|.{0,30}(?:工作回顾|回顾)\s*$")


def _title_like(s: str) -> bool:
    if not s or len(s) > _TITLE_MAX or s[-1] in "。；;：:,，" or _DATE_LINE.fullmatch(s) or _MONTH_LINE.fullmatch(s) \
            or _NOT_TITLE.match(s):
        return False
    if (_TITLE_SKIP.fullmatch(s) or _HEADING.match(s) or _SUBTITLE.fullmatch(s) or _VIEWER_CHROME.fullmatch(s)
            or _BREADCRUMB.search(s)):
        return False
    # a chart's numbers (253.18 285.71 …), a year tag, a page counter: no title's words
    return len(_HAN.findall(s)) >= _TITLE_MIN_HAN


def _tidy_title(title: str) -> str:
    t = _TITLE_TAG.sub("", title.strip())
    if t.startswith("《") and t.endswith("》") and t.count("《") == 1:
        t = t[1:-1]
    return t.strip()


# ------------------------------------------------------------------ type, date, year, speaker


STRUCTURE_HEADINGS = 3  # distinct headings of a type's standard layout that make a document of that type


def _layout_parts(pattern: re.Pattern, text: str) -> set:
    """The distinct parts of a standard layout that `pattern` finds in `text`.

    A pattern with one group names each heading (a communiqué's 综合, 农业, 工业 …: each
    distinct heading is a part); a pattern with several groups names one part per group
    (a work report's review, goals, tasks, 政府自身建设: 目标任务 and 总体要求 are the same part).
    """
    if pattern.groups > 1:
        return {m.lastindex for m in pattern.finditer(text)}
    return {m.group(m.lastindex or 0) for m in pattern.finditer(text)}


def detect_doc_type(title: str | None, text: str, hints: dict | None = None, extra: Sequence[str | Path] = ()) -> str:
    hints = hints or {}
    rules = doc_type_rules(extra)
    if title:
        best = None  # (end of match, -rule order)
        for order, rule in enumerate(rules):
            if rule.where != "title":
                continue
            for m in rule.pattern.finditer(title):
                key = (m.end(), -order)
                if best is None or key > best[0]:
                    best = (key, rule.doc_type)
        if best:
            return best[1]
    if hints.get("doc_type"):
        return hints["doc_type"]
    opening = text[:OPENING_CHARS]
    for rule in rules:
        if rule.where == "opening" and rule.pattern.search(opening):
            return rule.doc_type
    for rule in rules:
        if rule.where == "structure" and len(_layout_parts(rule.pattern, text)) >= STRUCTURE_HEADINGS:
            return rule.doc_type
    return "other"


def detect_date(text: str, hints: dict | None = None, doc_type: str | None = None) -> str | None:
    hints = hints or {}
    date = _iso(_find_delivery(text[:2000])) or session_date(text)
    if date:
        return date
    fields = hints.get("fields") or {}
    for label in _DATE_FIELDS:
        date = _iso(_DATE_ANY.match(fields.get(label, "").strip()))
        if date:
            return date
    for line in text.split("\n")[:60]:
        m = _DATE_LINE.fullmatch(line)
        if m and _iso(m):
            return _iso(m)
    if hints.get("page_date"):  # a web page's own <meta name="PubDate">
        return hints["page_date"]
    if doc_type == "news" and hints.get("listing_date"):
        return hints["listing_date"]
    return None


def detect_year(title: str | None, text: str, doc_type: str, date: str | None) -> int | None:
    """The year the document is for (see decide_year)."""
    return decide_year(title, text, doc_type, date)[0]


# Where a document's year came from (the documents table's year_source), the document's own words first.
YEAR_SOURCES = ("title", "session", "plan_heading", "review_heading", "communique_name", "opening_sentence", "date")


def decide_year(title: str | None, text: str, doc_type: str, date: str | None) -> tuple[int | None, str | None]:
    """The year the document is for, and which of its words decided it (one of YEAR_SOURCES).

    A plan report is for the year of its 草案 (the last year in its title); other
    titles give their first year (2023年…方案, 奋斗2021). Without a year in the
    title, a report is for the year of its session line (2021年2月5日在…人民代表大会
    第五次会议上); else, for a work report or a document of no known type, its
    headings: 三、2023年主要任务 -> 2023, 一、2019年工作回顾 -> 2020. Only then the
    document's date (`date`: its own date line, or its page's publication date),
    which for a scraped page may be the day a site copied it. A statistical
    communiqué is for the year it reports on (its own name in the opening:
    2025年…统计公报; else the year its first sentence opens with; else the year
    before its date, since the communiqué of 2025 comes out in 2026). A year is
    never read from a web address or markup.
    """
    years = [int(y) for y in _YEAR.findall(_prose(title or ""))]
    if years:
        return (max(years) if doc_type == "plan_report" else years[0]), "title"
    if doc_type == "statistical_communique":
        year, source = communique_year(text)
        if year:
            return year, source
        return (int(date[:4]) - 1, "date") if date else (None, None)
    delivery = _iso(_find_delivery(text[:2000])) or session_date(text)
    if delivery:
        return int(delivery[:4]), "session"
    if doc_type in ("government_work_report", "other"):
        m = _PLAN_YEAR.search(text)
        if m:
            return int(m.group(1)), "plan_heading"
        m = _REVIEW_YEAR.search(text)
        if m:
            return int(m.group(1)) + 1, "review_heading"
    return (int(date[:4]), "date") if date else (None, None)


def communique_year(text: str) -> tuple[int | None, str | None]:
    """The year a communiqué reports on, from its own words: its name (2025年…统计公报), else the year its
    first sentence opens with (2025年是“十四五”规划收官之年，全市…), with where it was found. Also used by
    extract, which needs the year reported on for a communiqué of any source."""
    m = _COMMUNIQUE_YEAR.search(_prose(text[:_COMMUNIQUE_HEAD])[:_COMMUNIQUE_OPENING])
    if m:
        return int(m.group(1)), "communique_name"
    m = _OPENING_YEAR.search(_prose(text[:_COMMUNIQUE_OPENING]))
    if m:
        return int(m.group(1)), "opening_sentence"
    return None, None


_COMMUNIQUE_OPENING = 1500  # characters of prose before a communiqué names itself
# 2025年是“十四五”规划收官之年 / 2025年，全市…: a communiqué's first sentence opens with the year reported on
_OPENING_YEAR = re.compile(r"(?m)^\s*((?:19|20)\d\d)年(?:是|，|,|全[市区县州省盟旗]|我[市区县州省])")


def _prose(text: str) -> str:
    return _NOT_PROSE.sub(" ", text) if ("<" in text or "/" in text or "www" in text) else text


def detect_speaker(text: str) -> str | None:
    opening = text[:OPENING_CHARS]
    m = _SPEAKER_FROM_TITLE_END.search(opening) or _PREMIER.search(opening)
    if not m:
        return None
    rest = opening[m.end():m.end() + 16].split("\n")[0]
    name = _NAME_SEP.sub("", rest)
    stop = _NAME_STOP.search(name)
    name = name[:stop.start()] if stop else name
    if 2 <= len(name) <= 4 and (stop is not None or len(rest) < 16):
        return name
    return None


# ------------------------------------------------------------------ region


def _context_score(d: Division, gz: Gazetteer, near: str, text: str, year: int | None) -> float:
    score = 0.0
    for depth, anc in enumerate(gz.ancestors(d)):
        if anc.name in near:
            score += 3.0 / (depth + 1)
        elif anc.name in text:
            score += 1.0 / (depth + 1)
        elif short_name(anc.name) in near:
            score += 1.0 / (depth + 1)
    if year is not None and d.valid_in(year):
        score += 0.5
    return score


def resolve_name(name: str, gz: Gazetteer, *, near: str = "", text: str = "", year: int | None = None) -> Division | None:
    """The division a name stands for in a document of `year`.

    Several places share a name (鼓楼区 ×4): the one whose parent or province is
    mentioned wins. A unit that had ended by the document's year gives way to its
    successor (a 2023 document still saying 孟津县 -> 孟津区 410308); a name used
    in its own time keeps its own code (a 2020 document's 孟津县 -> 410322).
    """
    cands = gz.by_name.get(name)
    if not cands:
        return None
    if year is not None and len(cands) > 1:
        # the units of that name in the document's year (桥东区 of 邢台 until 2020, of 石家庄 until 2014)
        cands = [d for d in cands if d.valid_in(year)] or cands
    if len(cands) == 1:
        # Most names: one place, nothing to weigh (the weighing searches the whole text for its
        # parents). Its years are still read as the weighing reads them, so a malformed date in
        # a user's divisions file fails the same way.
        best = cands[0]
        if year is not None:
            best.valid_in(year)
    else:
        best = max(cands, key=lambda d: (_context_score(d, gz, near, text, year), d.current, d.code))
    if year is not None and best.valid_to and int(best.valid_to[:4]) < year:
        best = gz.successor(best)
    return best


def detect_region(
    title: str | None, text: str, hints: dict | None = None, year: int | None = None, gazetteer: Gazetteer | None = None
) -> Division | None:
    """The government that issues the document.

    Evidence, strongest first: a name in the title; a name followed by 人民政府 /
    人民代表大会 / 区长 in the opening; the 来源 / 发文机关 fields; any name in the
    opening. When a government and one of its own subdivisions both qualify
    (洛阳市西工区), the subdivision is the issuer.
    """
    hints = hints or {}
    gz = gazetteer or load_gazetteer()
    opening = text[:OPENING_CHARS]
    fields = hints.get("fields") or {}
    field_text = " ".join(v for k, v in fields.items() if k in ("来源", "信息来源", "发文机关", "发布机构"))
    tag = hints.get("listing_title") or ""
    near = " ".join(filter(None, [title, tag, opening, field_text]))

    scores: dict[str, float] = {}
    names: dict[str, str] = {}

    named: set[str] = set()  # names given as the title, the issuer or a field, not only mentioned

    def add(name: str, weight: float) -> None:
        names.setdefault(name, name)
        scores[name] = scores.get(name, 0.0) + weight
        if weight >= _SCORE_FIELD:
            named.add(name)

    for m in gz.find(title or ""):
        add(m.name, _SCORE_TITLE)
    mentioned: set[str] = set()
    for m in gz.find(opening):
        if _ISSUER_AFTER.match(opening, m.end):
            add(m.name, _SCORE_ISSUER)
        elif m.name not in mentioned and not all(d.level == "functional_area" for d in gz.by_name[m.name]):
            # a name the opening only mentions counts once: a communiqué's 分区县看，伊吾县…伊吾县…
            # is about its counties, and repeating them must not make one of them the issuer; a county's
            # report names the new area it is part of (在新区党工委管委会…领导下, 雄安新区建设): a
            # functional area issues a document only when named as its issuer
            mentioned.add(m.name)
            add(m.name, _SCORE_OPENING)
    for m in gz.find(field_text):
        add(m.name, _SCORE_FIELD)
    if max(scores.values(), default=0.0) < _SCORE_FIELD:
        self_named = _self_named_county(text, gz, year)
        if self_named:
            add(self_named, _SCORE_SELF)
    if not scores:
        return None

    resolved: dict[str, tuple[Division, float]] = {}
    strongly_named: set[str] = set()  # codes
    for name, score in scores.items():
        d = resolve_name(name, gz, near=near, text=text, year=year)
        if d is None:
            continue
        # A county whose city and province go unmentioned is probably a common word
        # (新城区建设) or a place the text is about, not the issuer.
        if d.level == "county" and not any(a.name in text or short_name(a.name) in text for a in gz.ancestors(d)):
            score *= 0.5
        prev = resolved.get(d.code)
        resolved[d.code] = (d, score + (prev[1] if prev else 0.0))
        if name in named:
            strongly_named.add(d.code)
    if not resolved:
        return None
    # A strongly named government gives way to its own subdivision named as strongly:
    # in "2020年洛阳市西工区政府工作报告" 洛阳市 is the address, 西工区 the issuer.
    # Mentions alone never make a government strong, however many: a city's communiqué lists its
    # counties (分区县看，伊吾县实现地区生产总值…) without any of them issuing it.
    strong = {c: v for c, v in resolved.items() if v[1] >= _SCORE_FIELD and c in strongly_named}
    pool = strong or resolved
    ancestors_of_others = {a.code for d, _ in pool.values() for a in gz.ancestors(d)}
    finalists = [v for c, v in pool.items() if c not in ancestors_of_others] or list(pool.values())
    d, _ = max(finalists, key=lambda v: (v[1], _level_rank(v[0]), v[0].code))
    return d


def _self_named_county(text: str, gz: Gazetteer, year: int | None) -> str | None:
    """The county a report names itself by when no government is named as its issuer.

    A county's report calls its county by the short name (容城 29 times in 容城县's 2015
    report, whose opening names no government) and speaks of 全县; the county's city or
    province is named somewhere (河北). Each condition keeps out a common word that is a
    short name too (和平, 新华).
    """
    if all(text.count(voice) < _SELF_NAMED_MIN for voice in _VOICE.values()):
        return None  # no county speaks of itself as 全县 (全市, 全区, 全旗) often enough (most documents that get here)
    short = gz.counties_by_short_name
    # every pair of neighbouring characters counted at C speed (a loop over a page's characters took
    # longer than the rest of the region's detection); first occurrence order kept for the ties below
    counts = {pair: n for pair, n in Counter(map(concat, text, text[1:])).items() if pair in short}
    best = None
    for pair, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        if n < _SELF_NAMED_MIN:
            break
        for d in short[pair]:
            if text.count(_VOICE[d.name[-1]]) < _SELF_NAMED_MIN or (year is not None and not d.valid_in(year)):
                continue
            if any(a.name in text or short_name(a.name) in text for a in gz.ancestors(d)):
                if best is not None and best.name != d.name:
                    return None  # two counties of one short name both fit: say nothing
                best = d
        if best is not None:
            return best.name
    return None


# 国务院's report: delivered to the 全国人民代表大会 by the 国务院总理, "我代表国务院"; or a title naming 国务院.
_NATIONAL_OPENING = re.compile(
    r"我代表国务院|国务院总理|在第[一二三四五六七八九十]+届全国人民代表大会第[一二三四五六七八九十]+次会议上|中华人民共和国国家统计局")
_NATIONAL_TITLE = re.compile(r"国务院|中华人民共和国|全国")
# A word every match of _NATIONAL_OPENING holds: the opening is searched only when it holds one (most
# openings are a local government's; three `in` skip ahead where re tests every character)
_NATIONAL_WORDS = ("国务院", "全国人民代表大会", "国家统计局")


def detect_national(title: str | None, text: str, gazetteer: Gazetteer) -> Division | None:
    """The country (全国, 100000) for 国务院's own documents; None when a local government's name is in the
    title (河南省贯彻国务院…方案 is 河南省's) or nothing in the opening speaks for 国务院."""
    national = gazetteer.by_code.get(NATIONAL_CODE)
    if national is None or (title and gazetteer.find(title)):
        return None
    opening = text[:OPENING_CHARS]
    if (any(word in opening for word in _NATIONAL_WORDS) and _NATIONAL_OPENING.search(opening)) or (
            title and _NATIONAL_TITLE.search(title) and (
            "政府工作报告" in title or title.startswith("中华人民共和国"))):
        return national
    return None


def _level_rank(d: Division) -> int:
    return {"functional_area": 3, "county": 2, "prefecture": 1, "province": 0}.get(d.level, 0)


# ------------------------------------------------------------------ all together


def detect_metadata(
    text: str,
    source: str = "-",
    hints: dict | None = None,
    *,
    gazetteer: Gazetteer | None = None,
    doc_types: Sequence[str | Path] = (),
) -> dict:
    """The metadata columns of one cleaned document (see govreport.schema.DOCUMENTS)."""
    hints = hints or {}
    title = find_title(text, hints) or _page_title(hints)
    doc_type = detect_doc_type(title, text, hints, doc_types)
    date = detect_date(text, hints, doc_type)
    # a listing's date (004: 2025-07-07 on every item) says when the page was made, not what year a text is for
    own_date = None if date and date == hints.get("listing_date") else date
    year, year_source = decide_year(title, text, doc_type, own_date)
    gz = gazetteer or load_gazetteer()
    region = detect_national(title, text, gz) or detect_region(title, text, hints, year, gz)
    return {
        "title": title,
        "doc_type": doc_type,
        "region": region.name if region else None,
        "region_code": (region.code or None) if region else None,
        "region_code_current": gz.current_code(region) if region else None,
        "level": region.level if region else None,
        "parent_code": (gz.parent_code(region) or None) if region else None,
        "year": year,
        "year_source": year_source,
        "date": date,
        "speaker": detect_speaker(text),
    }
