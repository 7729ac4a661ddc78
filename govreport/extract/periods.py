"""Period and kind from where a figure stands: the document's sections, span words and the sentence.

A government work report delivered in 2021 reviews 2020 (一、2020年工作回顾: actual
2020) and sets 2021's goals (三、2021年工作安排: target 2021). A plan report's
一、2022年…执行情况 is a review, 二、2023年…主要目标 a plan. Inside a review,
五年来 / 这五年 / “十三五”时期 switch to the five-year span (2016-2020) until the
next top-level heading; 今后五年 and “十四五”时期 in a plan heading make the
section's span 2021-2025 / 2023-2027. Documents without such headings
(action plans, readings of a conference) set the goals of their year.

The five-year plans are counted, not listed: the Nth plan (N >= 3) runs from
1966 + 5·(N-3), so 十三五 is 2016-2020 and 十四五 2021-2025.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from govreport.extract import lexicon
from govreport.extract.numbers import parse_chinese_numeral

YEAR = r"(?:19|20)\d{2}"
# 十三五, “十四五”, 第十四个五年规划
PLAN = re.compile(r"(?<![第0-9])[“\"]?(十[一二三四五六七八九])五[”\"]?(?![届次年个])|第(十[一二三四五六七八九])个五年")
_PLAN_CORE = re.compile(r"十[一二三四五六七八九](?:五|个五年)")  # in every PLAN match; re finds 十 fast


def plan_mentions(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """PLAN.finditer(text, start, stop), found faster: a match begins at most one character before the 十
    of its core (“十三五, 第十三个五年), so PLAN is tried only there."""
    done = start
    for core in _PLAN_CORE.finditer(text, start, stop):
        for begin in (core.start() - 1, core.start()):
            if begin < done:
                continue
            m = PLAN.match(text, begin, stop)
            if m:
                yield m
                done = m.end()
                break
# A heading starts a line or follows the end of a sentence (headings_in checks the character before):
# a pattern that begins with the numeral, not with that look-behind, lets re skip ahead fast.
# 一、二、三产业 / 一、二季度 at a line's start is a list of numerals, no heading; a heading's own words may
# begin with a numeral (福建 2026: 一、一年接着一年干, 二、一张蓝图绘到底, 三、一鼓作气勇争先)
_NUMERALS = "一二三四五六七八九十"
NOT_A_NUMERAL_LIST = rf"(?!、|[{_NUMERALS}]{{1,3}}(?:[、，,和及与至到]|产|季|线|类|级|档|批|期))"
TOP_HEADING = re.compile(rf"([{_NUMERALS}]{{1,3}})、" + NOT_A_NUMERAL_LIST)
TOP_HEADING_AFTER = "\n\r\u3000。！？!?"  # or any white space
SUB_HEADING = re.compile(r"[（(]([一二三四五六七八九十]{1,3})[)）]")
SUB_HEADING_AFTER = "\n\r\u3000。！？!?：:；;"


def headings_in(pattern: re.Pattern[str], after: str, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the matches of a heading pattern that start the text, follow white space or
    one of `after`."""
    for m in pattern.finditer(text):
        i = m.start()
        if i == 0 or text[i - 1] in after or text[i - 1].isspace():
            yield i, m.end()


_TOP_MARK = re.compile(f"、(?<=[{_NUMERALS}]、){NOT_A_NUMERAL_LIST}")  # the 、 of a TOP_HEADING


def top_headings(text: str) -> Iterator[tuple[int, int]]:
    """headings_in(TOP_HEADING, TOP_HEADING_AFTER, text), found from the 、: re looks for one
    character, where TOP_HEADING starts at every numeral (common in running text)."""
    for m in _TOP_MARK.finditer(text):
        mark = m.start()
        i = mark - 1  # back to the first of at most three numerals
        while i > mark - 3 and i > 0 and text[i - 1] in _NUMERALS:
            i -= 1
        if i == 0 or text[i - 1] in TOP_HEADING_AFTER or text[i - 1].isspace():
            yield i, m.end()


def sub_headings(text: str) -> list[tuple[int, int]]:
    """headings_in(SUB_HEADING, SUB_HEADING_AFTER, text), found from the bracket: re tests every character
    of the document against the bracket class, str.find jumps from one bracket to the next far faster.
    Two matches cannot overlap (a bracket never stands inside one), so trying each bracket is finditer."""
    found: list[tuple[int, int]] = []
    for bracket in "（(":
        i = text.find(bracket)
        while i >= 0:
            if i == 0 or text[i - 1] in SUB_HEADING_AFTER or text[i - 1].isspace():
                m = SUB_HEADING.match(text, i)
                if m:
                    found.append((i, m.end()))
            i = text.find(bracket, i + 1)
    found.sort()
    return found


_HEADING_END = re.compile(r"[。！？!?\n]|\s{2,}|\u3000")
_ANNEX = re.compile(r"附件[一二三四五六七八九十\d]{0,2}[ \t\u3000]*[：:]?[ \t\u3000]*(?=\S|\n)")
_YEAR_IN = re.compile(rf"({YEAR})年(?!\d|[-—–]|远景|以来)")

TARGET_DOC_TYPES = ("action_plan", "conference_reading")


@lexicon.derived
@lru_cache(maxsize=1)
def _span_words() -> tuple[tuple[str, str, str], ...]:
    """(word, kind, years) of the span words in period_words.csv (五年来, 今后五年 ...), in file order."""
    return tuple((w, k, y) for w, (k, y) in lexicon.period_words().items() if k.startswith("span"))


def plan_span(number: int) -> tuple[int, int]:
    """The years of the Nth five-year plan (十三五 -> (2016, 2020))."""
    start = 1966 + 5 * (number - 3)
    return start, start + 4


def plan_number(match: re.Match[str]) -> int | None:
    text = match.group(1) or match.group(2)
    return parse_chinese_numeral(text) if text else None


def span_text(span: tuple[int, int]) -> str:
    return f"{span[0]}-{span[1]}"


@dataclass
class Section:
    start: int
    heading: str
    kind: str | None  # actual / target / None (no cue: inherits)
    year: int | None
    span: tuple[int, int] | None
    markers: list[tuple[int, tuple[int, int]]] = field(default_factory=list)  # span words inside
    annex: bool = False  # an annex of the report (附件), whose 今年 is the year it was written of


@dataclass(frozen=True)
class Where:
    """The context of one position: the section's kind and year, a span if one applies, the headings."""

    kind: str
    year: int
    span: tuple[int, int] | None
    heading: str
    in_review: bool  # the section reviews results (a target there needs an explicit future year)


def infer_doc_type(doc_type: str | None, title: str, text: str) -> str:
    """The clean stage's doc_type, or, when it is missing/other, the clean stage's rules
    (govreport/data/doc_types.csv: title, opening, layout) applied here: a table written by
    another tool, or by an older govreport, may lack it."""
    if doc_type and doc_type not in ("other",):
        return doc_type
    from govreport.clean.metadata import detect_doc_type

    return detect_doc_type(title or None, text)


def infer_year(year: int | None, title: str, text: str) -> int | None:
    if year:
        return int(year)
    m = _YEAR_IN.search((title or "") + "\n" + text[:400])
    return int(m.group(1)) if m else None


@lexicon.derived
@lru_cache(maxsize=1)
def _past_span_words() -> tuple[tuple[str, int], ...]:
    """五年来, 这五年 ... with their number of years (period_words of kind span_past)."""
    return tuple((w, int(y)) for w, k, y in _span_words() if k == "span_past")


_COMPARED_WITH = ("比", "较", "于", "与", "同", "比“", "较“", "于“", "与“", "同“", "比\"", "较\"", "于\"")
_FIRST_YEAR = re.compile(r"开好局|开局之年|起好步|开门红")  # a plan's first year (…“十五五”开好局、起好步)
NO_SPAN = (0, 0)  # a span marker that ends the span before it (过去一年)
YEAR_GOALS = (-1, -1)  # a marker that opens the goals of the report's year (今年经济社会发展的主要预期目标是：)

# A sentence that opens with the year's goals sets them, whatever its section's heading says (福建 2026's
# 三、一鼓作气勇争先 has no cue word): an optional lead-in clause (综合考虑各方面因素，), the year, the
# government, 经济社会发展(的), then 主要/预期 目标 是/为/：. A goal of a plan (“十五五”时期…主要目标是, 今后五年
# 的奋斗目标是) names its plan and is left to the plan's markers; 主要目标 with no year and no 预期 may be
# either, and decides nothing; so does 全年目标为 (in a review, the goal of the year reviewed).
_YEAR_GOALS_OPENER = re.compile(
    r"(?:(?P<lead>[^。\n，,]{0,30})[，,])?(?P<when>今年|(?P<year>(?:19|20)\d{2})年)?(?:度)?"
    r"(?:全[省市区县州旗盟]|我[省市区县州旗盟]|县域)?(?:政府工作|经济社会|国民经济和社会)?(?:发展)?的?"
    r"(?:主要|初定)?(?P<expected>预期)?(?:发展)?目标(?:是|为|[：:])")


@lexicon.derived
@lru_cache(maxsize=1)
def _past_year_words() -> tuple[str, ...]:
    """过去一年, 一年来 ... (period_words of kind year_past): the review is of one year again."""
    return tuple(w for w, (k, _) in lexicon.period_words().items() if k == "year_past")


_GOAL_IS = ("是", "为", "：", ":")  # what ends _YEAR_GOALS_OPENER after its 目标
_SENTENCE_MARK = re.compile("[。，,；;：:！？!?、]")  # a line holding one is prose, no heading (_line_headings)


class DocContext:
    """Sections and span markers of one document, built once; `at(pos)` answers for a position."""

    def __init__(self, text: str, doc_year: int | None, doc_type: str | None, title: str = ""):
        self.text = text
        self.doc_type = infer_doc_type(doc_type, title, text)
        self.doc_year = infer_year(doc_year, title, text) or 0
        # the year whose results the document reports: a work or plan report of 2023 reviews 2022, while
        # 2023年嘉兴市国民经济和社会发展统计公报 reports on 2023 itself
        self.review_year = self.doc_year - 1
        if self.doc_type == "statistical_communique":
            # clean gives a communiqué the year it reports on (its name, else its first sentence, else the
            # year before its date); the year after it is the one whose goals a sentence could set
            from govreport.clean.metadata import communique_year

            self.review_year = communique_year((title or "") + "\n" + text)[0] or self.doc_year
            self.doc_year = self.review_year + 1 if self.review_year else 0
        self.sections: list[Section] = []
        self.subheadings: list[tuple[int, str]] = []
        if self.doc_type not in TARGET_DOC_TYPES:
            self._find_sections()
        self._find_subheadings()
        self._starts = [s.start for s in self.sections]
        self._sub_starts = [s for s, _ in self.subheadings]
        self._at: dict[tuple[int, int, int], Where] = {}
        self._last: tuple[int, int, Where | None] = (0, 0, None)  # at(): [lo, hi) and its answer

    # -------------------------------------------------------------- building

    def _find_sections(self) -> None:
        previous_kind: str | None = None
        annexes = self._annex_headings()
        for start, stop in sorted({*top_headings(self.text), *self._line_headings(), *annexes}):
            end = _HEADING_END.search(self.text, stop, stop + 120)
            heading = self.text[start: end.start() if end else stop + 60].strip()
            kind = self._heading_kind(heading)
            year, span = self._heading_period(heading, kind)
            plans = [n for n in (plan_number(m) for m in plan_mentions(heading, 0, len(heading))) if n]
            if span is not None and year is None and len(plans) == 1 and _FIRST_YEAR.search(heading):
                # 三、一鼓作气勇争先，全力推动“十五五”开好局、起好步 (福建 2026): the plan's first year, not the plan
                year, span = plan_span(plans[0])[0], None
            if len(plans) >= 2 and self.review_year and plan_span(plans[0])[1] <= self.review_year < plan_span(plans[-1])[0]:
                # 二、“十四五”时期发展成就和“十五五”时期主要目标任务: the past plan's results first; the paragraph
                # that opens with the next plan starts its goals (_next_plan_markers)
                kind, year, span = "actual", None, plan_span(plans[0])
            kind = kind or self._year_kind(year) or previous_kind
            if kind is None and not self.sections and self.doc_type == "government_work_report":
                # 一、一年接着一年干，新福建建设持续取得新进展新成效 (福建 2026): a work report opens with its review
                kind = "actual"
            previous_kind = kind
            self.sections.append(Section(start, heading, kind, year, span, annex=(start, stop) in annexes))
        if not self.sections and self.doc_type in ("government_work_report", "plan_report"):
            # a report whose headings are of no shape we read (站在新起点：2012年工作回顾, a line with a colon):
            # it opens with its review as every report does, and the sentence that opens the year's goals
            # (经济社会发展的主要预期目标是：) and the span words still place its figures
            self.sections.append(Section(0, "", "actual", None, None))
        default_kind = "target" if self.doc_type in TARGET_DOC_TYPES else "actual"
        ended_in_goals = False
        for i, sec in enumerate(self.sections):
            stop = self.sections[i + 1].start if i + 1 < len(self.sections) else len(self.text)
            if sec.kind is None and ended_in_goals and sec.year is None and sec.span is None:
                # 四、一以贯之转作风 after a section whose goals paragraph opened the year's plan: still the plan
                sec.kind = "target"
            kind = sec.kind or default_kind
            if kind == "actual" and sec.span is None:
                sec.markers = self._span_markers(sec.start + len(sec.heading), stop, sec.year or self.review_year)
            elif kind == "actual":
                # 一、过去五年工作回顾 … 过去一年，全区地区生产总值增长8.6%: the heading's span ends there;
                # a paragraph opening with the next plan (“十五五”时期是…) starts its goals
                years = self._year_markers(sec.start + len(sec.heading), stop)
                sec.markers = sorted(years + self._next_plan_markers(sec.start + len(sec.heading), stop, past=True)
                                     + self._span_words_after(years, stop, sec.span))
            elif kind == "target" and sec.span is not None:
                # “十五五”时期主要目标和2026年重点工作 … 今年经济社会发展的主要预期目标是: the year's goals
                sec.markers = self._this_year_markers(sec.start + len(sec.heading), stop)
            goals = self._year_goals_markers(sec.start + len(sec.heading), stop)
            if goals:
                sec.markers = sorted(sec.markers + goals)
            last = sec.markers[-1][1] if sec.markers else None
            ended_in_goals = last == YEAR_GOALS or (last is not None and last[0] > self.review_year) \
                or (kind == "target" and sec.span is None)

    def _line_headings(self) -> list[tuple[int, int]]:
        """Headings written without a numeral (内蒙古 2026: “十四五”时期发展成就和2025年工作回顾): a short line of
        its own, with no sentence punctuation, naming a section cue and a year, a plan or a span."""
        out: list[tuple[int, int]] = []
        pos = 0
        for raw in self.text.split("\n"):  # (split is far faster than a pattern over every line)
            line = raw.strip(" \t\u3000\r")
            if 4 <= len(line) <= 40 and _SENTENCE_MARK.search(line) is None \
                    and self._heading_kind(line) and (_YEAR_IN.search(line) or PLAN.search(line)
                                                      or any(w in line for w, _, _ in _span_words())):
                start = pos + raw.index(line[0])
                out.append((start, start))
            pos += len(raw) + 1
        return out

    def _annex_headings(self) -> set[tuple[int, int]]:
        """An annex's title (附件 / 附件1： on a line of its own or before it, then 2025年民生实事进展情况): a section of
        the year it names, results when that year is past (an annex reporting last year's progress), goals when it is
        the report's (内蒙古 2026: 附件 / 2026年自治区民生实事)."""
        out: set[tuple[int, int]] = set()
        pos = self.text.find("附件")
        while pos != -1:
            line = self.text.rfind("\n", 0, pos) + 1
            m = _ANNEX.match(self.text, pos) if not self.text[line: pos].strip(" \t\u3000") else None
            if m is not None:
                start = m.end() + 1 if self.text.startswith("\n", m.end()) else m.end()
                end = self.text.find("\n", start)
                title = self.text[start: end if end >= 0 else len(self.text)]
                if 4 <= len(title) <= 40 and _YEAR_IN.search(title) and _SENTENCE_MARK.search(title) is None:
                    out.add((start, start))
            pos = self.text.find("附件", pos + 2)
        return out

    def relative_base(self, pos: int) -> int:
        """The year 今年 / 去年 count from at `pos`: the report's year, or in an annex the year its title names
        (附件：2025年民生实事进展情况 … 今年共完成… is 2025's result)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.sections[i].annex and self.sections[i].year:
            return self.sections[i].year
        return self.doc_year

    def _this_year_markers(self, start: int, stop: int) -> list[tuple[int, tuple[int, int]]]:
        """今年 / 2026年 opening a sentence in a plan section that spans five years: from there the goals are
        the year's (the plan's own goals come before)."""
        out: list[tuple[int, tuple[int, int]]] = []
        words = ("今年", f"{self.doc_year}年") if self.doc_year else ("今年",)
        for word in words:
            pos = self.text.find(word, start, stop)
            while pos != -1:
                if pos == self._sentence_start(pos, start):
                    out.append((pos, NO_SPAN))
                pos = self.text.find(word, pos + 1, stop)
        out.sort()
        return out[:1]

    def _year_goals_markers(self, start: int, stop: int) -> list[tuple[int, tuple[int, int]]]:
        """Sentences that open with the goals of the report's year (今年经济社会发展的主要预期目标是：): from
        there the figures are that year's goals."""
        out: list[tuple[int, tuple[int, int]]] = []
        pos = self.text.find("目标", start, stop)
        previous = -100
        while pos != -1:
            if self.text[pos + 2: pos + 3] not in _GOAL_IS and pos - previous > 50:
                # the opener ends in 目标 and 是, 为 or a colon, this 目标 or one before it in the same sentence
                # (at most 50 characters back): most 目标 (目标任务, 奋斗目标) end none, and the sentence is not sought
                previous, pos = pos, self.text.find("目标", pos + 2, stop)
                continue
            previous = pos
            sentence = self._sentence_start(pos, start)
            while sentence < pos and self.text[sentence] in " \t\u3000“\"":
                sentence += 1
            if pos - sentence <= 50:
                m = _YEAR_GOALS_OPENER.match(self.text, sentence, pos + 3)
                if m and self._opens_year_goals(m):
                    out.append((sentence, YEAR_GOALS))
            pos = self.text.find("目标", pos + 2, stop)
        return out

    def _opens_year_goals(self, m: re.Match[str]) -> bool:
        if m.group("lead") and any(w in m.group("lead") for w in ("去年", "上年", "过去", "年初", "五年", "十")):
            return False  # 去年，…目标是 recalls a goal; 今后五年，/“十五五”时期， leads to a plan's
        if m.group("year"):
            return bool(self.doc_year) and int(m.group("year")) == self.doc_year
        return bool(m.group("when") or m.group("expected"))

    def _year_kind(self, year: int | None) -> str | None:
        """A heading without a cue word in a report that reviews one year and plans the next: its year says
        which (二、2024年工作建议 in a 2024 report: goals; 一、2023年经济社会发展情况: results)."""
        if year is None or not self.doc_year or self.doc_type not in ("government_work_report", "plan_report"):
            return None
        if year == self.doc_year:
            return "target"
        return "actual" if year < self.doc_year else None

    def _heading_kind(self, heading: str) -> str | None:
        for word, kind in lexicon.section_cues():
            if word in heading:
                return kind
        return None

    def _heading_period(self, heading: str, kind: str | None) -> tuple[int | None, tuple[int, int] | None]:
        year = None
        m = _YEAR_IN.search(heading)
        plan = PLAN.search(heading)
        if m and not (plan and plan.start() < m.start()):
            year = int(m.group(1))
        span = None
        for word, wkind, years in _span_words():
            if word in heading:
                n = int(years)
                if wkind == "span_future":
                    span = (self.doc_year, self.doc_year + n - 1)
                else:
                    end = (year or self.review_year)
                    span = (end - n + 1, end)
                break
        if span is None and plan and year is None:
            number = plan_number(plan)
            if number:
                span = self._plan_so_far(number, heading[plan.end(): plan.end() + 2])
        return year, span

    def _plan_so_far(self, number: int, after: str) -> tuple[int, int]:
        """The years of a five-year plan; “十四五”以来 (since it began) only up to the year under review."""
        start, end = plan_span(number)
        if after.startswith("以来") and self.doc_year:
            end = max(start, min(end, self.review_year))
        return start, end

    def _span_markers(self, start: int, stop: int, end_year: int) -> list[tuple[int, tuple[int, int]]]:
        """五年来 / 这五年 / “十三五”时期 inside a review: the span applies from that sentence on."""
        out: list[tuple[int, tuple[int, int]]] = []
        for word, n in _past_span_words():
            pos = self.text.find(word, start, stop)
            while pos != -1:
                out.append((self._sentence_start(pos, start), (end_year - n + 1, end_year)))
                pos = self.text.find(word, pos + 1, stop)
        out += self._year_markers(start, stop)
        for m in plan_mentions(self.text, start, stop):
            after = self.text[m.end(): m.end() + 3]
            number = plan_number(m)
            if self.text[max(start, m.start() - 2): m.start()].endswith(_COMPARED_WITH):
                continue  # 高价值发明专利较“十三五”时期增长148%: a base compared with, no span the review turns to
            if not self._opens_clause(m.start()):
                continue  # 荣获“十三五”期间中国皮毛突出贡献单位 (蠡县 2022): a name that holds a plan, no period
            if number and after[:2] in ("时期", "期间", "以来"):
                span = self._plan_so_far(number, after)
                if span[0] > self.review_year and not self._opens_paragraph(m.start()):
                    continue  # the next plan named inside a sentence (为“十五五”时期开好局) goes on reviewing
                if m.start() - _last_mark(self.text, _SENTENCE_MARKS + _CLAUSE_MARKS, start, m.start()) > 4:
                    continue  # 荣获了…“十三五”期间中国皮毛突出贡献单位 (蠡县 2022): a plan inside a clause is no span
                out.append((self._sentence_start(m.start(), start), span))
        out.sort()
        return out  # all markers, earliest first

    def _span_words_after(self, years: list[tuple[int, tuple[int, int]]], stop: int,
                          span: tuple[int, int]) -> list[tuple[int, tuple[int, int]]]:
        """一、“十三五”时期和2020年主要工作回顾 … 刚刚过去的2020年，… 五年来，…先后向阜平派驻30名挂职干部 (阜平县 2021):
        after the heading's span gave way to the year, a sentence opening with 五年来 / 这五年 turns back to it."""
        if not years:
            return []
        out = []
        for word, n in _past_span_words():
            pos = self.text.find(word, years[0][0], stop)
            while pos != -1:
                out.append((self._sentence_start(pos, years[0][0]), (span[1] - n + 1, span[1])))
                pos = self.text.find(word, pos + 1, stop)
        return out

    def _opens_clause(self, pos: int) -> bool:
        """A plan's mention at the head of its sentence or clause (“十三五”期间，… / 。在“十四五”时期…), where it sets
        the period of what follows."""
        i = pos
        while i > 0 and self.text[i - 1] in "在自从“\" \t\u3000":
            i -= 1
        return i == 0 or self.text[i - 1] in "\n。！？!?；;，,：:"

    def _opens_paragraph(self, pos: int) -> bool:
        return pos - (self.text.rfind("\n", 0, pos) + 1) <= 2  # (“ before the plan's number)

    def _next_plan_markers(self, start: int, stop: int, past: bool = False) -> list[tuple[int, tuple[int, int]]]:
        """A paragraph opening with a plan that begins after the reviewed year (“十五五”时期是… in a 2026
        report): from there on the section sets that plan's goals (see _where). With `past`, one opening with
        the plan that ended with the reviewed year too (上海 2026, 二、关于…第十五个五年规划纲要（草案）的说明 …
        “十四五”时期，上海发展历程极不寻常…这五年，全市生产总值从4.16万亿元增加到5.67万亿元): from there its review."""
        out = []
        for m in plan_mentions(self.text, start, stop):
            number = plan_number(m)
            if number and self.text[m.end(): m.end() + 2] in ("时期", "期间") and self._opens_paragraph(m.start()):
                span = plan_span(number)
                if span[0] > self.review_year or past and span[1] == self.review_year:
                    out.append((self._sentence_start(m.start(), start), span))
            elif number and "规划" in self.text[m.end(): m.end() + 4] and plan_span(number)[0] > self.review_year:
                # 我们编制了“十五五”规划纲要（草案），提交大会审查。《纲要》…提出地区生产总值年均增长5%左右 (广西
                # 2026): a paragraph presenting the next plan's draft outline states that plan's goals
                paragraph = self.text.rfind("\n", start, m.start()) + 1 or start
                end = self.text.find("\n", m.end(), stop)
                if "纲要" in self.text[paragraph: end if end >= 0 else stop]:
                    out.append((max(paragraph, start), plan_span(number)))
        return out

    def _year_markers(self, start: int, stop: int) -> list[tuple[int, tuple[int, int]]]:
        """过去一年 / 一年来 inside a review: from that sentence on the figures are of the reviewed year again."""
        out: list[tuple[int, tuple[int, int]]] = []
        for word in _past_year_words():
            pos = self.text.find(word, start, stop)
            while pos != -1:
                out.append((self._sentence_start(pos, start), NO_SPAN))
                pos = self.text.find(word, pos + 1, stop)
        out.sort()
        return out

    def _sentence_start(self, pos: int, floor: int) -> int:
        best = floor
        for ch in "。！？!?\n；;":
            # a mark before the best so far cannot move it: look only after it (the first, 。, is near)
            i = self.text.rfind(ch, best, pos)
            if i + 1 > best:
                best = i + 1
        return best

    def _find_subheadings(self) -> None:
        for start, stop in sub_headings(self.text):
            end = _HEADING_END.search(self.text, stop, stop + 80)
            self.subheadings.append((start, self.text[start: end.start() if end else stop + 40].strip()))

    # -------------------------------------------------------------- queries

    def at(self, pos: int) -> Where:
        # Every figure asks, mostly about a position near the last one: between the same headings and
        # span markers the answer is the same, so the stretch of the last answer is kept.
        lo, hi, where = self._last
        if lo <= pos < hi:
            return where
        i = bisect.bisect_right(self._starts, pos) - 1
        j = bisect.bisect_right(self._sub_starts, pos) - 1
        markers = self.sections[i].markers if i >= 0 else ()
        k = bisect.bisect_right(markers, (pos, (10**9, 10**9))) if markers else 0  # markers up to pos
        key = (i, j, k)
        where = self._at.get(key)
        if where is None:
            where = self._at[key] = self._where(pos, i, j)
        lo = max(self._starts[i] if i >= 0 else 0, self._sub_starts[j] if j >= 0 else 0,
                 markers[k - 1][0] if k else 0)
        hi = min(self._starts[i + 1] if i + 1 < len(self._starts) else len(self.text) + 1,
                 self._sub_starts[j + 1] if j + 1 < len(self._sub_starts) else len(self.text) + 1,
                 markers[k][0] if k < len(markers) else len(self.text) + 1)
        self._last = (lo, hi, where)
        return where

    def _where(self, pos: int, i: int, j: int) -> Where:
        heading = ""
        if j >= 0 and (i < 0 or self._sub_starts[j] > self.sections[i].start):
            heading = self.subheadings[j][1]
        if i < 0:
            if self.doc_type in TARGET_DOC_TYPES or self.doc_type not in (
                    "government_work_report", "plan_report", "statistical_communique"):
                return Where("target", self.doc_year, None, heading, in_review=False)
            return Where("actual", self.review_year, None, heading, in_review=True)
        sec = self.sections[i]
        top = sec.heading[:60]
        heading = f"{top} / {heading}" if heading and heading != top else top
        kind = sec.kind or ("target" if self.doc_type in TARGET_DOC_TYPES else "actual")
        year = sec.year or (self.review_year if kind == "actual" else self.doc_year)
        span = sec.span
        year_goals = False
        for marker_pos, marker_span in sec.markers:
            if marker_pos <= pos:
                year_goals = marker_span == YEAR_GOALS
                span = marker_span if marker_span not in (NO_SPAN, YEAR_GOALS) else None
        if year_goals:
            return Where("target", self.doc_year, None, heading, in_review=False)
        if kind == "actual" and span is not None and self.review_year and span[0] > self.review_year:
            # 二、“十四五”时期发展成就和“十五五”时期主要目标任务 … “十五五”时期是…(a paragraph opening with the
            # next plan): a span that begins after the reviewed year is a plan, its figures goals
            kind, year = "target", self.doc_year
        return Where(kind, year, span, heading, in_review=kind == "actual")


# ------------------------------------------------------------------ kinds of a document without a year

# Without a document year there are no sections to place a figure in time, and the section default (a
# document of no known type sets goals) is a guess. The words around the figure decide instead, and only
# words that say it in any report: a goal's (力争, 确保, 争取, 预期, 目标是 …; a goal word governs a result
# verb after it: 力争实现 is still a goal), or a result's (同比, 比上年, 完成了, 实际, 累计完成 …), or a result
# verb written right before the figure after its name (地区生产总值完成582.4亿元, 收入实现21.2亿元) with no
# bound after it (a result is a figure reached, not a floor: 完成6亿元以上 is a task). A bare 完成 / 实现 /
# 达到 before an object (完成既有多层住宅加装电梯3000台) is a plan's task as often as a review's result, and
# decides nothing. 左右 right after the figure makes a goal only in a paragraph that states goals.
_KIND_GOAL = re.compile(r"预期目标|主要目标|目标(?:是|为)|力争|确保|预期(?!寿命)|争取(?=\s*(?:增长|突破|保持|实现|达到|完成|控制))")
_KIND_GOAL_WITH_RESULT = re.compile(r"(?:预期|力争|确保|计划|争取|努力)[^，,；;。]{0,30}?(?:完成|实现|达到|同比)")
_KIND_RESULT = re.compile(r"(?:完成|实现|达到|增长|下降|提高)了|实际(?!利用|使用|到位)|累计(?:完成|实现)"
                          r"|已(?:经)?(?:完成|实现|达到)"
                          r"|(?<=[\u4e00-\u9fff]{2})(?<![可将要能准])(?:完成|实现)(?=\d)")  # 生产总值完成582.4亿元, …，增长5.2%
# A comparison with the year before says a result unless the sentence states goals (预期目标：生产总值同比增长8%).
_KIND_COMPARED = re.compile(r"同比|[比较](?:上年|去年|上一年)")
_RESULT_VERB_BEFORE = ("完成", "实现")
_BOUND_AFTER = ("以上", "以内", "左右", "以下", "及以上")
# …确定的目标任务 / 完成了…目标: a goal recalled while a result is reported, not a goal word of this figure
_KIND_GOAL_RECALLED = re.compile(r"(?:年初|确定的?|低于|高于|超过|好于|超额|完成了?[^，。；]{0,20}?)(?:的)?(?:主要)?(?:预期)?目标"
                                 r"|目标任务")
_GOALS_PARAGRAPH = re.compile(r"(?:主要)?(?:预期)?目标(?:是|为)|主要(?:预期)?目标[：:]|预期目标")
_CLAUSE_MARKS = "，,；;：:"
_SENTENCE_MARKS = "。！？!?\n；;"


def _last_mark(text: str, marks: str, floor: int, pos: int) -> int:
    best = floor
    for ch in marks:
        i = text.rfind(ch, best, pos)
        if i + 1 > best:
            best = i + 1
    return best


def _cues(pattern: re.Pattern[str], text: str, start: int, end: int, recalled: list[tuple[int, int]] = ()
          ) -> list[str]:
    return [m.group(0) for m in pattern.finditer(text, start, end) if not any(a <= m.start() < b for a, b in recalled)]


def kind_from_words(text: str, start: int, end: int, relative: int | None = None) -> tuple[str | None, str]:
    """The kind of the figure at text[start:end] (`start`: where its number begins) in a document of
    unknown year, and why.

    The clause decides first, then the sentence, then a result verb right before the number, then a
    relative year before it (去年 / 上年: a result; 明年: a goal; `relative` is its offset), then 左右 after
    the figure in a goals paragraph. Nothing deciding gives (None, the reason): no kind rather than a guess.
    """
    sentence = _last_mark(text, _SENTENCE_MARKS, max(0, start - 400), start)
    clause = _last_mark(text, _CLAUSE_MARKS, sentence, start)
    # a floor or a ceiling (以上, 以内, 左右) is what a goal sets; a result with one says nothing sure
    bound_after = text.startswith(_BOUND_AFTER, end) or text.endswith(_BOUND_AFTER, start, end)
    recalled = [m.span() for m in _KIND_GOAL_RECALLED.finditer(text, sentence, end)]
    compound = _KIND_GOAL_WITH_RESULT.search(text, clause, end)
    goals_clause = _cues(_KIND_GOAL, text, clause, end, recalled)
    goals = _cues(_KIND_GOAL, text, sentence, end, recalled)
    results_clause = _cues(_KIND_RESULT, text, clause, end)
    results = _cues(_KIND_RESULT, text, sentence, end)
    compared = _cues(_KIND_COMPARED, text, sentence, end)
    decided: tuple[str, str] | None = None
    if compound:
        decided = "target", f"the clause says {compound.group(0)}"
    elif results_clause and not goals_clause:
        decided = "actual", f"the clause says {results_clause[-1]}"
    elif goals_clause and not results_clause:
        decided = "target", f"the clause says {goals_clause[-1]}"
    elif goals and not results:
        decided = "target", f"the sentence says {goals[-1]}"
    elif results and not goals:
        decided = "actual", f"the sentence says {results[-1]}"
    elif compared and not goals:
        decided = "actual", f"the sentence says {compared[-1]}"
    if decided:
        kind, why = decided
        if kind == "actual" and bound_after:
            return None, f"no document year; {why}, but a bound follows the figure"
        return kind, f"no document year; {why}"
    verb = text[max(clause, start - 2):start]
    named = start - 4 >= clause and all("\u4e00" <= ch <= "\u9fff" for ch in text[start - 4:start - 2])
    if verb in _RESULT_VERB_BEFORE and named and text[start - 3] not in "可将要能准" and not bound_after and not goals:
        return "actual", f"no document year; {verb} right before the figure"
    if relative is not None and relative != 0:
        return ("actual" if relative < 0 else "target"), "no document year; a relative year says so"
    if text.startswith("左右", end):
        paragraph = max(text.rfind("\n", max(0, start - 2000), start) + 1, max(0, start - 2000))
        if _GOALS_PARAGRAPH.search(text, paragraph, start):
            return "target", "no document year; 左右 in a paragraph of goals"
    return None, "no document year, and no word of the sentence says result or goal"


# ------------------------------------------------------------------ things done over a review of several years

# 累计建成…, 五年新设…, 每年开展…: a word in a free phrase's clause that makes its figure the span's whatever its verb
# (连续五年 is a run: guide rule 10; 先后向我县选派691名支教人员: one after another, over the years)
_SPAN_LEAD = re.compile("累计|(?<!连续)五年|每年|年均|先后")
# words that make a figure of a review of several years the last year's own, or the state at its end (目前，入园企业13家;
# 2025年 is read before: _sentence_year)
_LAST_YEAR_WORDS = ("去年", "上年", "当年", "全年", "今年", "一年来", "过去一年", "目前", "年末", "年底")
# a money aspect that sums what was put in (投入各类扶贫资金近10亿元, 总投资逾200亿元), unlike a year's flow (产值) or a
# stock (余额, 总量)
_PUT_IN = frozenset(("投资", "总投资", "投入", "投入资金"))
# the extent of work done (完成生态保护修复面积132万亩 in a five-year review, 湖南 2026; 新建农村公路里程): summed over the
# span when a verb of doing opens the name, unlike a stock (耕地面积, 通车里程)
_EXTENT = frozenset(("面积", "里程", "总里程", "长度"))
_NUMBER = re.compile(r"\d")
# 由106家整合为50家, 审批时间压减至8小时: from a level, or to one (not 2021年至2025年)
_LEVEL_TO = re.compile(r"[由从](?=[\d一二三四五六七八九十两])|(?<![年月日\d])[至到](?=[\d一二三四五六七八九十两])")


@lexicon.derived
@lru_cache(maxsize=1)
def doing_words() -> frozenset[str]:
    """The grammar's action words (建成, 实施, 改造 ...) and the verbs of done_verbs.csv (获评, 化解 ...)."""
    from govreport.extract.names import load_grammar

    return frozenset(load_grammar().words("action")) | lexicon.done_verbs()


@lexicon.derived
@lru_cache(maxsize=1)
def done_words() -> re.Pattern[str]:
    """doing_words() as one pattern."""
    return re.compile(lexicon.alternation(doing_words()))


def done_over_span(name: str, clause: str, sentence: str, reached: bool, aspect: str,
                   new_words: tuple[str, ...], before: str = "", led: bool = False) -> bool:
    """Whether a free-phrase figure in a review of several years counts what was done over them (guide rule 12:
    five-year totals take the span): `name` as the row shows it, `clause` the text of its clause up to the figure,
    `sentence` the text of its sentence, `reached` whether a verb of reaching stands before the figure (达到, 增至: a
    level at the end, rule 12), `aspect` the aspect word the name ends with ('' if none), `before` the clause before.

    过去五年 … 累计实施城市更新项目223个，6个项目获评全国城市更新典型案例 (重庆 2026): both the span's; 高速公路通车里程
    达到4771公里, 市级以上农业龙头企业16家 (a stock, no verb of doing), 软信产业营收规模突破5000亿元 (a year's flow):
    the last year's; so is a figure whose sentence says 同比, 比上年, 全年 or 目前. `led`: the sentence opens with the span
    itself (“十二五”期间力争新上…项目80个，总投资500亿元), which says of the sum put in what 累计 says."""
    if _SPAN_LEAD.search(clause):
        return True  # (累计治理水土流失面积8000平方公里、石漠化面积1033平方公里: the list's second item too)
    if aspect in _PUT_IN and clause.startswith(aspect) and (led or _SPAN_LEAD.search(before)):
        # 累计引进省市重点项目78项，总投资135亿元 (涞源县 2021): the sum put into the things counted over the span in the
        # clause before, over the same span (the sentence's 到2020年底 of another clause says nothing of it)
        return True
    if any(word in sentence for word in _LAST_YEAR_WORDS) or any(b in sentence for b in lexicon.year_on_year_bases()):
        return False
    # (治理小流域面积401万亩: 山东 2026, an area a verb of doing opens, its own or the list's, 治理废弃矿山16.4万亩、小流域
    # 面积401万亩; not 建成区面积: a noun of its own)
    done_extent = aspect in _EXTENT and (name.startswith(("完成", *new_words))
                                         or done_words().match(name) is not None and not name.startswith("建成区")
                                         or (lead := _NUMBER.search(clause)) is not None
                                         and done_words().match(clause, 0, lead.start()) is not None)
    if reached or aspect and aspect not in _PUT_IN and not done_extent or name.startswith("年") \
            or _LEVEL_TO.search(clause):
        return False  # (年接待游客超过8亿人次: a year's; 园区开发区由106家整合为50家: the level at the end)
    if name.startswith(new_words) or done_words().search(name) is not None \
            or led and any(word in name for word in new_words):
        return True
    # 改造城镇老旧小区7323个、棚户区5.2万套、危旧房3.1万套, 新、改建中小学36所、幼儿园18所: a later item of a list whose
    # verb leads the clause is done as the first is
    first = _NUMBER.search(clause)
    return first is not None and done_words().search(clause, 0, first.start()) is not None
