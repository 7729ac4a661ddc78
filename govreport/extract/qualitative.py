"""Qualitative targets tied to an indicator (annotation guide, rule 5): kept with value null, bound eq.

    居民人均可支配收入增速高于GDP增速          growth of disposable income, above GDP's
    居民收入增长与经济增长基本同步            growth of disposable income, in step with the economy
    地方一般公共预算收入与上年基本持平        growth of budget revenue, flat
    确保税收健康稳定增长 / 单位生产总值能耗…继续下降 / 推动常住人口城镇化率稳步提高
    稳步降低单位地区生产总值能耗水平          the verb before the indicator
    节能降耗完成国家和省、市定目标            the indicator's target met

Only goals count (the caller asks for clauses in a target context), only clauses
without a number, and only the subject before the verb: in 增速高于GDP增速 the
GDP is the yardstick, not a second target. A rate (城镇化率) that rises changes
in percentage points; everything else is a growth in %.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from govreport.extract import lexicon
from govreport.extract.structures import HeadParser, Subject
from govreport.extract.vocabulary import Match

_ADVERBS = None


def _adverbs() -> str:
    global _ADVERBS
    if _ADVERBS is None:
        words = lexicon.words_with("adverb")
        _ADVERBS = "(?:" + "|".join(re.escape(w) for w in words) + ")"
    return _ADVERBS


_VERBS = ("增长", "提高", "提升", "下降", "降低", "上升", "减少")  # a change a qualitative goal ends with


@lru_cache(maxsize=4)
def _verb_patterns(adverbs: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two verb patterns of find_qualitative, compiled once for the adverb list (re's own cache would
    hash the whole pattern text again at every clause)."""
    return (re.compile(rf"^(?P<subj>.+?)(?:{adverbs})*(?P<verb>{'|'.join(_VERBS)})$"),
            re.compile(rf"^(?P<lead>.*?)(?:{adverbs})+(?P<verb>降低|提高|提升)(?P<subj>.+?)(?:水平)?$"))


# (年均 before the growth in a plan's goals: 居民人均可支配收入年均增长与经济增长同步)
_IN_STEP = re.compile(r"^(?P<subj>.+?)(?:年均)?(?:增长|增速)?(?:与|和|同)(?:经济增长|经济发展|地区生产总值增长|生产总值增长|GDP增长|经济增速)"
                      r"(?:保持|基本|相)*同步(?:增长)?$")
# the yardstick: the economy, the country's, province's or city's average (安徽 2026: 城镇常住居民人均可支配收入增速高于全国
# 平均水平), the urban residents (海南 2026: 农村居民人均可支配收入增速快于城镇居民); several in a row
_YARDSTICK = (r"(?:GDP|经济|地区生产总值|生产总值|全市生产总值|全[国省市]平均水平|全[国省市]平均|全国|全省|全市"
              r"|城镇居民人均可支配收入|城镇居民收入|城镇居民)")
_ABOVE = re.compile(rf"^(?P<subj>.+?)(?:年均)?(?:增速|增长|增幅)(?:(?:高于|快于|不低于|跑赢){_YARDSTICK}(?:增速|增长|增幅)?[、和]?)+$")
_FLAT = re.compile(r"^(?P<subj>.+?)与上年(?:基本|大体)?持平$")
# a result: 居民消费价格与上年持平 (福建 2026, 海口 2025) is a change of 0%. Only the level itself flat: a rate of
# change that equals last year's (增速与上年持平) is no 0%, and 基本持平 is no figure (guide rule 13)
# (宁夏 2026 says just 居民消费价格指数持平)
_FLAT_RESULT = re.compile(r"^(?P<subj>[^，,。；;]+?)(?:同比)?(?:与上年|与去年|比上年|同比)?持平$")
_ABBREVIATION = re.compile(r"[（(][A-Za-z0-9.]{1,8}[）)]$")
_RATE_OF_CHANGE = ("增速", "增幅", "涨幅", "增长", "速度", "降幅", "幅度")
_CHANGE_AT_END = re.compile(r"(?:增长|提高|提升|下降|降低|上升|减少)$")
_MET = re.compile(r"^(?P<subj>.+?)(?:完成|达到|实现)[^，,。；;]{0,16}?(?:目标|任务)$")
# 确保完成粮食生产任务 / 完成市下达的节能减排任务目标: the indicator named between the verb and 任务 (各项, 相关 before it:
# 完成市下达的各项节能减排任务目标, 徐水县 2011)
_MET_OBJECT = re.compile(r"^(?:确保|力争|全面|坚决|努力)*(?:完成|实现)(?:[^，,。；;的]{0,8}?(?:下达|确定|分解)的|[省市县区]定)?"
                         r"(?:各项|相关|有关)?(?P<subj>[^，,。；;的]{2,24}?)(?:的)?(?:年度)?(?:任务|目标){1,2}$")
# 城镇新增就业、登记失业率等约束性指标完成上级下达的任务: the list before 等…指标 names the indicators
# …和其他约束性指标 (满城区 2023) lists them too; 节能减排相关约束性指标, 节能减排各项指标全部 (容城县 2019, 2020)
_LIST_OF_INDICATORS = re.compile(r"(?:(?:等|[和及与](?:其他|其它))[\u4e00-\u9fff]{0,6}?|(?:相关|各项)?(?:约束性|主要)?)指标"
                                 r"(?:均|全部|全面|确保|不折不扣)*$")
# 节能减排相关约束性指标达到核定标准 (容城县 2019): indicators meet a standard
_MET_STANDARD = re.compile(r"^(?P<subj>.+?指标(?:均|全部|全面)*)(?:完成|达到|实现)[^，,。；;]{0,12}?标准$")
# 实际利用外资、外贸进出口和其他约束性指标，均完成市定任务: the list in one clause, its task met in the next
_MET_NEXT = re.compile(r"[，,]\s*(?:均|都|全部|全面|均已)?(?:完成|实现|达到)[^，,。；;]{0,16}?(?:目标|任务)(?=[，,。；;\n]|$)")
# 固定资产投资增速保持在全国平均水平以上 (陕西 2026): a growth held above a yardstick
_HELD_ABOVE = re.compile(rf"^(?P<subj>.+?)(?:增速|增幅|增长)(?:保持在|稳定在|保持|继续)(?:{_YARDSTICK})(?:增速|水平)?以上$")


# 经济增长保持在合理区间 (山西, 重庆, 青海 2026: a plan's goal), 居民消费价格保持合理水平 (山东 2026): a growth kept
# within a range no figure bounds; 经济增长 names the economy's growth here as a figure would (the reference gold's lines)
_IN_RANGE = re.compile(r"^(?P<subj>[^，,。；;]+?)(?:增长|增速|涨幅)?(?:保持|稳定|继续保持|始终保持)(?:在)?合理(?:区间|水平)$")


# 进出口总额争取实现正增长 (山西 2026), 进出口总值实现同比较大增长 (安国市 2022): a growth to be achieved (实现), with no
# figure, in a list of the year's goals; not 促进…稳定增长, an action of the government's
_REALISED_GROWTH = re.compile(r"^(?P<subj>[^，,。；;]+?)(?:争取|力争|确保|努力)?实现(?:同比)?(?:较大|正|较快)?增长$")


# a place among others to hold (内蒙古 2026: 人均地区生产总值稳居全国上游、居民收入稳居全国上游): a rank without a number
_HELD_RANK = re.compile(r"^(?P<subj>.+?)(?:稳居|位居|保持在?|继续保持|始终保持)(?P<scope>全国|全省|全市|全区|西部|中西部)"
                        r"(?:上游|前列)$")
# a level to reach against a yardstick (重庆 2026: 全体居民人均可支配收入达到全国平均水平; 浙江 2026: 人均地区生产总值
# 接近发达经济体水平)
_LEVEL_REACHED = re.compile(r"^(?P<subj>.+?)(?:达到|接近|赶上|达到或超过)(?:全国|全省|全市|发达经济体|中等发达国家|"
                            r"中等发达经济体)(?:平均)?水平$")

# 特别是“十五五”时期要实现人均地区生产总值稳居全国上游: what leads up to the goal's verb is no part of its subject
_GOAL_VERB_BEFORE = re.compile(r".*(?:实现|推动|力争|确保|争取|促进|努力)")


@dataclass(frozen=True)
class Qualitative:
    subject: Subject
    measure: str
    unit: str
    start: int  # evidence start (the clause)
    end: int
    rank_scope: str | None = None


def goal_clause(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The clause text[start:end] without spaces and quotes around it, and where it now starts; None when
    what is left is too short to hold a goal."""
    clause = text[start:end].rstrip(" \t\u3000”\"")
    lead = len(clause) - len(clause.lstrip(" \t\u3000“\""))
    clause = clause.strip(" \t\u3000“”\"")
    return (clause, start + lead) if len(clause) >= 4 else None


def find_qualitative(text: str, start: int, end: int, parser: HeadParser) -> list[Qualitative]:
    """Qualitative targets in the clause text[start:end] (a clause with no number)."""
    found = goal_clause(text, start, end)
    if found is None:
        return []
    clause, base = found
    # Each pattern is tried only when the clause holds the words it needs: a lazy ^(?P<subj>.+?) tries
    # every split of the clause before it fails, and most clauses hold none of them. (`$` may also stand
    # before a final newline, so the endings are looked for before one.)
    tail = clause[:-1] if clause.endswith("\n") else clause
    if tail.endswith("指标") and _LIST_OF_INDICATORS.search(tail):
        m = _MET_NEXT.match(text, end)
        if m:
            return _rows(parser, _LIST_OF_INDICATORS.sub("", tail), base, m.end(), "met", verb=None)
    for pattern, measure, possible in ((_IN_STEP, "growth", tail.endswith(("同步", "同步增长"))),
                                       (_REALISED_GROWTH, "growth", tail.endswith("增长") and "实现" in tail),
                                       (_ABOVE, "growth", "于" in clause or "跑赢" in clause),  # 高于, 不低于
                                       (_HELD_ABOVE, "growth", tail.endswith("以上")),
                                       (_FLAT, "growth", tail.endswith("持平")),
                                       (_IN_RANGE, "growth", tail.endswith(("合理区间", "合理水平"))),
                                       (_MET, "growth", tail.endswith(("目标", "任务"))),
                                       (_MET_STANDARD, "growth", tail.endswith("标准"))):
        m = pattern.match(clause) if possible else None
        if m:
            subject = m.group("subj")
            if pattern is _MET or pattern is _MET_STANDARD:
                # 单位地区生产总值能耗下降完成国家下达目标: the change verb is not the subject's
                subject = _CHANGE_AT_END.sub("", subject) or subject
                subject = _LIST_OF_INDICATORS.sub("", subject) or subject
                found = _rows(parser, subject, base, base + len(clause), "met", verb=None)
                if found:
                    return found
                break  # 确保完成粮食生产任务: the indicator may follow the verb (below)
            return _rows(parser, subject, base, base + len(clause), measure, verb=None,
                         figure_named=pattern is _IN_RANGE and clause[len(subject):].startswith("增长"))
    if tail.endswith(("上游", "前列", "同步")) and "、" in tail and (
            all(p.endswith(("上游", "前列")) for p in tail.split("、"))
            or all(p.endswith("同步") for p in tail.split("、"))):
        # 人均地区生产总值稳居全国上游、居民收入稳居全国上游: each goal of the list with its own verb; 居民收入增长和经济
        # 增长同步、劳动报酬提高和劳动生产率提高同步 (贵州, 山西 2026: the plan's pair of in-step goals)
        out, at = [], base
        for part in clause.split("、"):
            out += find_qualitative(text, at, at + len(part), parser)
            at += len(part) + 1
        return out
    m = _HELD_RANK.match(clause) if tail.endswith(("上游", "前列")) else None
    if m:
        lead = _GOAL_VERB_BEFORE.match(m.group("subj"))
        at = lead.end() if lead and lead.end() < len(m.group("subj")) else 0
        return [dataclasses.replace(q, measure="rank", unit="位", rank_scope=m.group("scope"))
                for q in _rows(parser, m.group("subj")[at:], base + at, base + len(clause), "growth", verb=None)]
    m = _LEVEL_REACHED.match(clause) if tail.endswith("水平") else None
    if m:
        lead = _GOAL_VERB_BEFORE.match(m.group("subj"))
        at = lead.end() if lead and lead.end() < len(m.group("subj")) else 0
        return [dataclasses.replace(q, measure="level", unit=_level_unit(q.subject.indicator))
                for q in _rows(parser, m.group("subj")[at:], base + at, base + len(clause), "growth", verb=None)]
    m = _MET_OBJECT.match(clause) if tail.endswith(("目标", "任务")) else None
    if m:
        return _rows(parser, m.group("subj"), base + m.start("subj"), base + len(clause), "met", verb=None,
                     evidence_start=base)
    verb_at_end, verb_before = _verb_patterns(_adverbs())
    m = verb_at_end.match(clause) if tail.endswith(_VERBS) else None
    if m:
        found = _rows(parser, m.group("subj"), base, base + len(clause), None, verb=m.group("verb"))
        if found or "、" not in tail:
            return found
    m = verb_before.match(clause) if "降低" in clause or "提高" in clause or "提升" in clause else None
    if m:
        offset = m.start("subj")
        found = _rows(parser, m.group("subj"), base + offset, base + len(clause), None, verb=m.group("verb"),
                      evidence_start=base)
        if found:
            return found
    if "、" in tail and tail.endswith(_VERBS):
        # 力争居民收入稳步较快增长、劳动报酬与劳动生产率同步提高: goals listed one after another, each its verb
        out: list[Qualitative] = []
        at = base
        for part in clause.split("、"):
            if part.endswith(_VERBS):
                out += find_qualitative(text, at, at + len(part), parser)
            at += len(part) + 1
        return out
    return []


def find_flat_results(text: str, start: int, end: int, parser: HeadParser) -> list[Qualitative]:
    """Results held flat in the clause text[start:end] (居民消费价格与上年持平): a growth of 0% each (the caller
    asks in a review, for clauses with no number)."""
    found = goal_clause(text, start, end)
    if found is None:
        return []
    clause, base = found
    clause = clause.rstrip("\n")
    m = _FLAT_RESULT.match(clause) if clause.endswith("持平") else None
    if m is None or m.group("subj").endswith(("基本", "大体", "总体")):
        return []
    subject = _ABBREVIATION.sub("", m.group("subj"))  # 居民消费价格(CPI)
    if subject.endswith(_RATE_OF_CHANGE):
        return []
    lead = subject.rfind(" ") + 1  # a communiqué's run-in heading: 价格 全年居民消费价格(CPI)与上年持平
    return [q for q in _rows(parser, subject[lead:], base + lead, base + len(clause), "growth", verb=None)
            if not q.subject.indicator.is_rate]  # a rate that stayed (城镇化率) has no growth


_BOUND_INDICATOR = re.compile(r"(?:约束性|预期性)?指标$")
_MET_UNITS = (("吨", "万吨"), ("斤", "万吨"), ("公斤", "万吨"), ("人", "万人"), ("户", "户"), ("家", "家"), ("个", "个"))


def _level_unit(ind) -> str:
    """The unit a level of the indicator is written in: % for a rate, else its first base unit."""
    return "%" if ind.is_rate or not ind.units else sorted(ind.units)[0]


def _met_measure(ind) -> tuple[str, str]:
    if ind.is_rate:
        return "level", "%"
    for base, unit in _MET_UNITS:
        if base in ind.units:
            return "level", unit
    return "growth", "%"


def _rows(parser: HeadParser, subject_text: str, start: int, end: int, measure: str | None, verb: str | None,
          evidence_start: int | None = None, figure_named: bool = False) -> list[Qualitative]:
    """`figure_named`: the clause names the subject's figure itself (经济增长…), so a name that stands for an indicator
    only next to a figure (经济) does here."""
    # adverbs left at the end of the subject (健康稳定) are not part of it
    s = subject_text
    while True:
        w = next((a for a in lexicon.words_with("adverb") if s.endswith(a) and len(s) > len(a)), None)
        if not w:
            break
        s = s[: -len(w)]
    out = []
    subjects = parser.subjects(s, start, 1)
    if measure == "met" and not any(x.indicator for x in subjects) and not any(sep in s for sep in "、和及与"):
        # 节能减排减污降碳指标完成国家下达目标 (天津 2026): a run of tasks, the first a name
        lead = _leading_name(parser, s)
        subjects = parser.subjects(lead, start, 1) if lead else subjects
    if measure == "met" and parser.vocab.goal_only:
        # 粮食总产量、生态环境、节能降碳等指标全面完成任务 (宁夏 2026): an item named only as an obligation beside others
        named = {x.indicator.id for x in subjects if x.indicator}
        subjects = [x for x in subjects if x.indicator] + [
            x for x in _goal_only_items(parser, s, start) if x.indicator.id not in named] or subjects
    for subject in subjects:
        ind = subject.indicator
        if ind is None or subject.match.name in parser.vocab.figure_only and not figure_named:
            continue  # 保持经济稳定增长: 经济 is GDP only next to a figure
        if measure == "met":
            # a task met: a rate or a physical amount is met at a level (登记失业率, 粮食 in 万吨, 就业 in 人);
            # an amount of money or an intensity by its change
            m, unit = _met_measure(ind)
        elif measure is None:
            rising_rate = ind.is_rate and verb in ("提高", "提升", "降低", "下降", "上升")
            m, unit = ("change", "个百分点") if rising_rate else ("growth", "%")
        else:
            m, unit = measure, "%"
        out.append(Qualitative(subject, m, unit, evidence_start if evidence_start is not None else subject.start, end))
    return out


def _goal_only_items(parser: HeadParser, s: str, start: int) -> list[Subject]:
    """The items of a list of obligations (能耗及污染物排放) that are names counting only as an obligation met."""
    out, at = [], start
    for part in re.split("([、和及与])", s):
        # 节能减排降碳约束性指标和环境质量改善 (山东 2026): the item says it is a bound indicator
        ident = parser.vocab.goal_only.get(_BOUND_INDICATOR.sub("", part))
        if ident is not None:
            out.append(Subject(part, at, Match(parser.vocab.indicators[ident], 0, part, "")))
        at += len(part)
    return out


def _leading_name(parser: HeadParser, s: str) -> str:
    """The longest start of s that is a name of the vocabulary, '' if none."""
    for k in range(len(s) - 1, 1, -1):
        m = parser.vocab.match_end(s[:k])
        if m is not None and m.start == 0:
            return s[:k]
    return ""
