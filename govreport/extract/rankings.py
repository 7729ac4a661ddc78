"""Rankings: 居全市第二, 全省排名第20位, 位居全市第一, 居八城区第三, 总量和增幅均位居全市第一.

A ranking is an ordinal (第N, or 首位 = 1) after a ranking verb (居, 位居, 排名,
位列, 保持, 蝉联, 攀升至 ...) in the same clause. The field ranked within
(rank_scope) is written between the verb and the ordinal (居[全市]第一) or before
排名 ([全省]排名第20位; 在[全国城市]排名由…第49位). 第一方阵, 第一批, 第二届 and
居全省前列 are not rankings. Aspect words before the verb say what is ranked:
总量和增幅均位居全市第一 ranks both the level and the growth (two rows), while
增量、总量均保持全市第一 ranks two levels of one count (one row), and
总量和增速分别居全省第8位、第3位 gives each aspect its own ordinal.

A ranking that moves (进出口总额从全国第13位升至第9位, 在全省排名由第8位上升至第7位) gives
the place it moved from (`moved_from`: of the year before the one reviewed, unless a
year is written: 由2017年的第8位) and the place it reached. A band with a number
(进入全国前8位, 均位列全市前五, 稳居全国前十强) is the place at worst (bound le); a band
without one (居全国前列, 稳居全国上游) is no ranking. 均为全市第2位 ranks each subject
before it, 分别居全国第四、第八 gives each its own place; a clause that is only a field
and an ordinal (，全市第4位) ranks the figure before it.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from dataclasses import dataclass

from govreport.extract.numbers import parse_chinese_numeral

ASPECTS = {"总量": "level", "规模": "level", "金额": "level", "增量": "level", "总额": "level", "数量": "level", "总数": "level",
           "增幅": "growth", "增速": "growth", "增长速度": "growth", "涨幅": "growth"}
_ASPECT = "|".join(sorted(ASPECTS, key=len, reverse=True))
_CN = "[一二两三四五六七八九十]{1,3}"
# (总吨位居全国第二, 泊位居…: 位 ends the name's word, the verb is 居)
_ENDS_IN_WEI = "(?<![吨泊床岗车席单部品学地职])"
# (the look-behind stands after 位, on the character before it: a pattern whose every branch opens with a character
# lets re jump from one possible first character to the next, where one opening with a look-behind tries every position)
_VERB = (f"位{_ENDS_IN_WEI[:-1]}位)居|居于|稳居|跃居|跃升至|跃升到|升至|升到|攀升至|提升至|提升到|上升至|上升到|前移至|前移到|降至|下降至|下降到|"
         f"回落至|位{_ENDS_IN_WEI[:-1]}位)列|名列|跻身|列|居|保持|蝉联|排名|排位|排在|排|进入|均为|都为|分别为|仍为|也为")
# 第N (place N) or 前N (among the first N: a band, bound le); 第一方阵, 第二批, 前三季度, 前1%的学科 are neither
# (a PDF's text may hold a space inside: 全市第 4 位, 全市第12 位)
ORDINAL = re.compile(rf"第[ \u3000]?(?P<n>\d{{1,3}}|{_CN})(?P<suffix>[ \u3000]?(?:位|名))?(?![ \u3000]?[方梯批次届期轮个部季产阶线类档])"
                     rf"|(?P<first>首位)"
                     rf"|前(?P<band>\d{{1,3}}|{_CN})(?P<band_suffix>位|名|强)?(?![\d%‰％方梯批次届期轮个部季产阶线类档月年天周日项大])")
VERB = re.compile(rf"(?:{_VERB})")
# 从全国第13位升至第9位: the place moved from, then a verb of moving and the place reached
_FROM_BEFORE = re.compile(r"(?P<from>[由从])(?P<scope>[^，,、由从第]{0,12}?)"
                          r"(?:(?:19|20)\d{2}年(?:末|底)?的?|[“\"]?十[一二三四五六七八九]五[”\"]?末的?)?$")
_MOVE_AFTER = re.compile(r"(?:跃升|攀升|上升|提升|前移|晋升|升|提高|下降|降|后移|回落)(?:至|到|为)|跃居|升居")
# ，全市第4位: a field with no verb, alone in its clause before the ordinal
_SCOPE_THEN_ORDINAL = re.compile(r"全[国省市区县州盟][\u4e00-\u9fff]{0,4}?\s*第")
_SCOPE_ALONE = re.compile(r"\s*(全[国省市区县州盟][\u4e00-\u9fff]{0,4}?)\s*$")
# 增速11.5%、全市第1 (徐水区 2024): the same field after a figure and 、, within the clause, ranks that figure
_SCOPE_AFTER_FIGURE = re.compile(r"[\d%％][^\d，,、；;]{0,4}、\s*(全[国省市区县州盟][\u4e00-\u9fff]{0,4}?)\s*$")
# 地区生产总值增速全市第2 (博野县 2024), 经济总量全省第一: an aspect of the name, then a field and the ordinal that ends
# the clause, with no verb between them
_ASPECT_SCOPE = re.compile(rf"(?<!总)(?P<aspect>{_ASPECT})(?P<scope>全[国省市区县州盟][\u4e00-\u9fff]{{0,4}}?)\s*$")
LEAD = re.compile(rf"(?:(?:{_ASPECT})(?:[、和及与]|以及)?)*(?:均|都|分别|继续|连续(?:\d+|{_CN})年|持续|稳定|始终|一直|仍)*$")
CONTINUING = re.compile(rf"(?:均|都|分别|继续|连续(?:\d+|{_CN})年|持续|稳定|始终|一直|仍)*$")
_NEXT_IN_LIST = re.compile(r"[、和及与]|以及")  # 分别居全省第8位、第3位: the second ordinal of a list
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SCOPE_AFTER_AT = re.compile(r"(?:在|于)([^在于，,、]{2,10})$")  # 在全国城市排名
_SCOPE_WORD = re.compile(r"(全[国省市区县州][\u4e00-\u9fff]{0,6})$")  # 全省排名
_SCOPE_PLACE = re.compile(r"([\u4e00-\u9fff]{1,4}[省市县区][\u4e00-\u9fff]{0,6})$")  # 河南省县域排名
_SCOPE_JUNK = re.compile(r"^(?:在|于|全年)|(?:中|里|的|内)$")
_ASPECT_WORD = re.compile(_ASPECT)
# a field is a place or a group of peers, not a year, a plan or a comparison ("由“十二五”末的")
_NO_SCOPE = re.compile(r"由|从|的|年|“|”|\"|比|较")


@dataclass(frozen=True)
class Rank:
    start: int  # where the ranking phrase starts (aspect words included), for the subject before it
    end: int
    value: int
    scope: str | None
    aspects: tuple[str, ...]  # distinct measures ranked: ('level',), ('level', 'growth')
    aspect_words: tuple[str, ...]
    ordinal_start: int
    bound: str = "eq"  # le for a band (前8位)
    moved_from: bool = False  # the place a moving ranking left (从全国第13位 of 从全国第13位升至第9位)
    respective: tuple[int, int] | None = None  # 分别居全国第四、第八: (this place's index, how many places)


def may_hold_rank(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] can hold a ranking at all: an ordinal (第, 首位) or a band (前), and a verb or a
    field alone before it (the cheap test first: most sentences have none)."""
    if text.find("第", start, end) < 0 and text.find("首位", start, end) < 0 and not _band_ahead(text, start, end):
        return False
    return VERB.search(text, start, end) is not None or _SCOPE_THEN_ORDINAL.search(text, start, end) is not None


_BAND_DIGITS = frozenset("0123456789一二两三四五六七八九十")


_BAND = re.compile("前[" + "".join(sorted(_BAND_DIGITS)) + "]")


def _occurrences(text: str, word: str) -> list[int]:
    found = []
    i = text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found


class RankCues:
    """may_hold_rank for the stretches of one text (each sentence, each clause): where its ordinals and bands
    stand is found with one search of the whole text, so that a stretch without one (most) costs a bisect,
    not three searches."""

    def __init__(self, text: str):
        self.text = text
        # each cue's first character found with str.find, which skips ahead far faster than re tests a class
        cues = [(i, i + 1) for i in _occurrences(text, "第")] + [(i, i + 2) for i in _occurrences(text, "首位")]
        cues += [(i, i + 2) for i in _occurrences(text, "前") if text[i + 1: i + 2] in _BAND_DIGITS]
        cues.sort()
        self.starts = [s for s, _ in cues]  # (the walk makes the first test itself for every sentence)
        self.ends = [e for _, e in cues]

    def may_hold(self, start: int, end: int) -> bool:
        # the first cue from `start` on lies inside text[start:end] or none does (cues do not overlap)
        i = bisect_left(self.starts, start)
        if i == len(self.starts) or self.ends[i] > end:
            return False
        text = self.text
        return VERB.search(text, start, end) is not None or _SCOPE_THEN_ORDINAL.search(text, start, end) is not None


def _band_ahead(text: str, start: int, end: int) -> bool:
    """前 before a number (前8位, 前五) somewhere in text[start:end]; 目前, 前列, 前期 are most of the 前 there are
    (one search: a loop over them in Python cost more than the rest of may_hold_rank)."""
    return _BAND.search(text, start, end) is not None


def find_ranks(text: str, start: int, end: int) -> list[Rank]:
    """Rankings in one clause text[start:end]."""
    out: list[Rank] = []
    previous_scope: str | None = None
    respective: list[str] = []  # 总量和增速分别居…第8位、第3位: the aspect words still to hand out, in order
    listed: list[int] = []  # the places of a 分别 list so far (their indexes in out)
    for m in ORDINAL.finditer(text, start, end):
        band = m.group("band")
        if m.group("first"):
            value = 1
        else:
            n = m.group("n") or band
            value = int(n) if n.isdigit() else (parse_chinese_numeral(n) or 0)
        if value <= 0:
            continue
        bound = "le" if band else "eq"
        if out and respective and _NEXT_IN_LIST.fullmatch(text, out[-1].end, m.start()):
            word = respective.pop(0)
            out.append(Rank(m.start(), m.end(), value, out[-1].scope, (ASPECTS[word],), (word,), m.start(), bound))
            continue
        respective = []
        before = text[start: m.start()]
        verbs = list(VERB.finditer(before))
        moving = None if band else _FROM_BEFORE.search(before)
        if moving is not None and not _MOVE_AFTER.match(text, m.end(), end):
            moving = None
        if moving is not None and not (verbs and verbs[-1].end() == moving.start()):
            # 进出口总额从全国第13位升至第9位: 从 leads the ranking (在全省排名由第8位: 排名 does, read below)
            scope = _clean_scope(moving.group("scope")) or previous_scope
            phrase_start = start + moving.start()
        elif verbs:
            verb = verbs[-1]
            between = before[verb.end():]
            if out and start + verb.end() < out[-1].end:
                # 进入全市前12、全省前20: the field of the second place follows the first place
                between = text[out[-1].end: m.start()].lstrip("、和及与 ")
            scope = _clean_scope(between)
            phrase_start = start + verb.start()
        elif not band and (alone := _SCOPE_ALONE.fullmatch(before) or _SCOPE_AFTER_FIGURE.search(before)) is not None \
                and not text[m.end(): end].strip():
            # 全县地区生产总值增长8.1%，全市第4位
            scope = alone.group(1)
            phrase_start = start + alone.start(1)
        elif not band and (bare := _ASPECT_SCOPE.search(before)) is not None and not text[m.end(): end].strip():
            word = bare.group("aspect")
            out.append(Rank(start + bare.start(), m.end(), value, bare.group("scope"), (ASPECTS[word],), (word,),
                            m.start(), bound))
            previous_scope, listed = bare.group("scope"), []
            continue
        else:
            continue
        if verbs and phrase_start == start + verbs[-1].start():
            verb = verbs[-1]
            between = before[verb.end():]
            if verb.group(0) in ("排名", "排位", "排") and (scope is None or not between.strip()):
                # 全省排名第20位: the field stands before 排名
                pre = before[: verb.start()]
                m_scope = _SCOPE_AFTER_AT.search(pre) or _SCOPE_WORD.search(pre) or _SCOPE_PLACE.search(pre)
                if m_scope and not scope:
                    candidate = _clean_scope(m_scope.group(1))
                    if candidate:
                        scope = candidate
                        phrase_start = start + m_scope.start()
            if scope is None and between and not _looks_like_scope(between):
                scope = previous_scope  # 攀升至2019年的第45位: the field of the ranking before
        if band and scope is None:
            continue  # a band is read only right after its verb and field (进入全国前8位)
        if scope is None:
            scope = previous_scope
        lead = LEAD.search(text, start, phrase_start)
        lead_text = lead.group(0) if lead else ""
        if lead_text and lead.start() > start and _CJK.match(text[lead.start() - 1]):
            # 经济总量在全国城市排名: 总量 belongs to the subject, it is not an aspect of the ranking
            lead = CONTINUING.search(text, start, phrase_start)
            lead_text = lead.group(0) if lead else ""
        if lead_text:
            phrase_start -= len(lead_text)
        words = tuple(_ASPECT_WORD.findall(lead_text))
        if "分别" in lead_text and len(words) > 1:
            # each aspect has its own ordinal, in the same order
            words, respective = words[:1], list(words[1:])
        aspects = tuple(dict.fromkeys(ASPECTS[w] for w in words)) or ("level",)
        if _is_first_tier(text, m.end()):
            continue
        out.append(Rank(phrase_start, m.end(), value, scope, aspects, words, m.start(), bound, moving is not None))
        previous_scope = scope
        if listed and _NEXT_IN_LIST.fullmatch(text, out[-2].end, out[-1].ordinal_start):
            listed.append(len(out) - 1)
        elif "分别" in lead_text and not respective:
            listed = [len(out) - 1]  # 城镇、农村居民收入…，分别居全国第四、第八: one place for each subject
        else:
            listed = []
        if len(listed) > 1:
            for k, i in enumerate(listed):
                out[i] = dataclasses.replace(out[i], respective=(k, len(listed)))
    return out


def _clean_scope(between: str) -> str | None:
    s = between.strip()
    s = _SCOPE_JUNK.sub("", s)
    s = _SCOPE_JUNK.sub("", s)
    if not s or len(s) > 12 or not _looks_like_scope(s):
        return None
    return s


def _looks_like_scope(s: str) -> bool:
    return not _NO_SCOPE.search(s)


def _is_first_tier(text: str, end: int) -> bool:
    return text[end: end + 2] in ("方阵", "梯队", "梯次")
