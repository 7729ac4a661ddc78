"""Who a figure is about: the subject phrase before a number and the words between them.

The text before a value list ("head") is read from its end: the words next to the
number (突破, 增长, 提高到, 2015年的, 同比, 扣除留抵退税因素后 ...) are taken off one by
one and say what the figure measures; what is left is the subject. A subject is
one or more items joined by 、/和/及/与:

- 地区生产总值、人均GDP、全员劳动生产率增长8%      three items sharing one value
- 城镇和农村居民人均可支配收入达到29578元、16458元  a compound (城镇 + 农村居民人均可支配收入) giving two
- 高新技术企业、专精特新企业分别从…增加到…         items outside the vocabulary keep their place in 分别 lists
- 粮食作物播种面积162.8万亩、总产65.7万吨           an elliptic item borrows the topic before it (粮食总产)

An item is an indicator when it ends with one of its names (vocabulary.py) and
what stands before the name is the government's own: nothing, a scope word of its
own (全区, 区本级), a lead word (全年, 力争) or a clause ending in a verb (完成区本级
生产总值). Another government's scope (全省, 全国) makes it someone else's figure,
any other word a subset (工业技改投资, 开封固定资产投资): both are kept under the
phrase as written with no vocabulary id, so an analyst can still find them.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

from govreport.extract import lexicon
from govreport.extract.names.entities import entity_words
from govreport.extract.names.grammar import load_grammar
from govreport.extract.names.phrases import CIRCLED_NUMBERS, NOTE_MARK, after_actions
from govreport.extract.numbers import parse_chinese_numeral
from govreport.extract.periods import PLAN, plan_number, plan_span
from govreport.extract.vocabulary import Indicator, Match, Vocabulary

YEAR = r"(?:19|20)\d{2}"
_CN = "[一二两三四五六七八九十]{1,3}"
SEPARATORS = ("以及", "、", "和", "及", "与", "并")
_SEP_RE = re.compile(r"以及|、|和|及|与")
_LAST_SEPARATOR = re.compile(r"(?s:.*)(?:以及|、|和|及|与|并)")  # up to the end of the last of SEPARATORS
# A、B、C三项指标 / A、B等四项主要经济数据: a list of statistics summed up by their count after the last item; the
# count names the items, no statistic of its own
_LIST_SUMMED = re.compile(r"(?P<etc>等)?(?P<n>[一二三四五六七八九十两]|\d{1,2})[项个](?:主要)?(?:经济)?(?:发展)?(?:指标|数据)$")


def _without_list_sum(rest: str) -> str:
    """The list without the count that sums it up (地区生产总值、固定资产投资、规模以上工业增加值三项指标 -> …增加值),
    when the count is the number of items (or, after 等, at least it); the phrase as it is otherwise (地区生产总值等6项
    指标 is one figure of the six, no list)."""
    m = _LIST_SUMMED.search(rest)
    if m is None:
        return rest
    items = rest[: m.start()].count("、") + 1
    n = int(m.group("n")) if m.group("n").isdigit() else parse_chinese_numeral(m.group("n"))
    if items < 2 or n is None or (items > n if m.group("etc") else items != n):
        return rest
    return rest[: m.start()]
_LIST_ITEM_MODIFIER = 4  # characters: a word before the last name of a list (城镇固定资产投资) is no item of its own
_FOOTNOTE_END = re.compile(rf"{NOTE_MARK}$")
@lexicon.derived
@lru_cache(maxsize=1)
def _tiers() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The tiers a certified count is kept at: the level words of name_grammar.csv that end in 级 (国家级, 省级 …) and
    their short forms (国家, 省), longest first; and the pattern of one of them in a list (国家级、省级, 国家和省级)."""
    stems = sorted({w[:-1] for w in load_grammar().words("level") if w.endswith("级") and len(w) > 1}, key=len,
                   reverse=True)
    return (tuple(sorted((*stems, *(s + "级" for s in stems)), key=len, reverse=True)),
            re.compile(rf"({'|'.join(stems)})级?(?:[、和及与]|以及)?"))


def _tiers_only(phrase: str, tiers: frozenset[str]) -> bool:
    """A phrase made only of tiers the indicator is named with (国家级、省级; 国家和省级)."""
    tier_word = _tiers()[1]
    at = 0
    while at < len(phrase):
        m = tier_word.match(phrase, at)
        if m is None or m.group(1) not in tiers:
            return False
        at = m.end()
    return bool(phrase) and phrase[-1] not in "、和及与"


@lexicon.derived
@lru_cache(maxsize=1)
def _verbs_and_leads() -> frozenset[str]:
    """The words before a name that say what is done or lead it (新增, 认定, 力争): none is a tier."""
    return frozenset(lexicon.words_with("verb", "lead"))


_FOOTNOTE_INSIDE = re.compile(rf"(?<=[\u4e00-\u9fffA-Za-z&]){NOTE_MARK}(?=[\u4e00-\u9fffA-Za-z、，,])")
_PUNCT_END = " \t\u3000“”\"'‘’（）()《》·"
# an item's number in an outline or a list (⑨, ⑴, 3.) left alone before a name: the name opens the item, as
# after 二是 (⑨新增就业2000人 in a list of 民生实事 is 城镇新增就业)
_OUTLINE_MARK = re.compile(rf"[{CIRCLED_NUMBERS}]|\d{{1,2}}[.．、]")
_PUNCT_END_OR_COMMA = _PUNCT_END + "，,、"
_PUNCT_END_LEADING = _PUNCT_END + "，,、:："

_YEAR_OF = re.compile(rf"({YEAR})年(?:的|底|末)?$")
_PLAN_OF = re.compile(r"[“\"]?十[一二三四五六七八九]五[”\"]?(?P<end>末|期末)?的?$")
# 实际使用外资比“十三五”时期增长78.9% (辽宁 2026, 山西 2026): the whole of the last plan's years is the base
_PLAN_WHOLE_BASE = re.compile(r"(?P<word>比|较)(?P<plan>[“\"]?十[一二三四五六七八九]五[”\"]?)(?:时期|期间)$")
_BASE = re.compile(r"(?P<word>比|较|与|同)(?P<what>[^，,、比较与同]{0,10}?)(?P<tail>同期)?$")
_COMPARE = re.compile(r"(?:高于|低于|快于|慢于|高出|低出|领先|超出|超过)(?P<what>全国|全省|全市|全区|全县|省|国家|平均|"
                      r"[\u4e00-\u9fff]{0,6}(?:平均水平|平均|水平)"
                      # 高于“十三五”时期1.2个百分点 (辽宁 2026), 快于2024年1.8个百分点 (山西 2026): a period compared with
                      r"|[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间)?|(?:19|20)\d{2}年|上年|去年)[\u4e00-\u9fff]{0,6}$")
_CONT = re.compile(rf"连续(\d+|{_CN})年$")
# 两年平均增长6.4% (2021 reports, against the 2019 base): an average over the N years up to the year reviewed
_YEARS_BACK = re.compile(r"(?:近|这|过去|最近)?(\d{1,2}|[两二三四六七八九十])(年)?$")
_YEARS_BACK_LAST = frozenset("两二三四六七八九十")  # (digits are ASCII: _strip_once tries them anyway)
_QUALIFIERS = (
    re.compile(r"(?:扣除|剔除|不含|除去)[^，,、]{1,16}?后$"),
    re.compile(r"(?:扣除|剔除)[^，,、]{1,16}?因素$"),
    re.compile(r"在[^，,]{1,24}?(?:情况|背景|基础|前提|条件)下$"),
    re.compile(r"按[^，,、]{1,12}?计算$"),
    re.compile(r"按[^，,、]{1,8}?计$"),
)
_MOVES = frozenset(("up", "down", "to", "level"))
_VERBS_IN_DA = ("下达", "送达", "传达", "转达", "抵达", "直达", "通达", "表达")
_SHARE = re.compile(r"(?P<word>占(?!有率|用率)|相当于)(?P<what>[^，,]{0,24}?)(?:的)?(?:比重|比例|份额)?$")
_SHARE_WORD = re.compile(r"(?:占比|比重|比例)$")
_PLAN_SHARE = re.compile(r"(?:年度|全年|年|市下|省下|上级|市定|下达)?(?:计划|目标|任务)")
# 完成年计划的136%, 为预算的102.3%: a share of the plan or budget
_PLAN_DONE = re.compile(r"(?:完成|达到|达|为|是)?(?:" + _PLAN_SHARE.pattern + r"|(?:年初|调整后?)?预算)的$")
_ESTIMATE = "预计"
_PREVIOUS_SPAN = re.compile(r"(?:是|为)(?P<base>上个五年|上一个五年|前五年)的$")
# a place named before an indicator (新片区…, 新片区挂牌以来…, 高新区, 某某镇): not the government's figure
_PLACE_END = re.compile(r"片区|新区|园区|开发区|高新区|示范区|自贸区|保税区|[省市县区镇乡]$")
# 三、工业和建筑业 工业 全年规模以上工业增加值… / —12— 全年城镇新增就业… (统计公报): a paragraph opens with its time
# word; what stands before it on the line, after a space, is a heading or a page mark, no part of the name
_HEADING_GAP = re.compile(rf"(?s:.*)\S[ \u3000]+(?=全年|年末|年初|年底|(?:{YEAR})年)")
# （CPI）, (GDP) after a name; its closing bracket is already gone (parse strips it with the punctuation)
_ABBREVIATION = re.compile(r"(?<=[\u4e00-\u9fff])[（(][A-Za-z][A-Za-z0-9&.]{1,9}$")
# The last characters the end-anchored rules above can end on (a head is stripped several times per
# figure, and most of the time no rule applies: one set lookup saves a regex search). Keep these in
# step with the patterns.
_YEAR_OF_LAST = frozenset("年的底末")
_YEAR_OF_LAST_OR_NEWLINE = _YEAR_OF_LAST | {"\n"}  # ($ matches before a last newline too)
# （不含农户, (含跨区: a note in brackets after a name; its closing bracket is already gone, as for _ABBREVIATION
_NOTE = re.compile(r"[（(][^（）()。；;]{1,16}$")  # (a comma may stand inside: （不含农户，下同）)
_COMPARED_BEFORE = re.compile(r"(?P<name>.+?)(?:增速|增幅|增长速度|增长)(?:高于|快于|跑赢|不低于)"
                              r"[^，,。；;、]{1,12}?(?:增速|增幅|增长|速度|平均水平|平均)$")
_PLAN_OF_LAST = frozenset("五”\"末的")
# 实际使用外资比“十三五”时期增长78.9% (辽宁 2026), 累计使用外资比“十三五”时期增长71% (山西 2026): the plan before, whole, as base
_PLAN_TIME_BASE = re.compile(r"(?P<word>比|较)(?P<plan>[“\"]?十[一二三四五六七八九]五[”\"]?)(?:时期|期间)$")
# 2023年1—11月 / 1至11月 / 前11个月: a figure of the months so far, not of the year (period 2023M1-M11)
MONTHS = re.compile(r"(?<![\d.])(?:1|一)月?份?[—–\-~～至到](?P<to>1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])月份?"
                    r"|前(?P<n>1[01]|[2-9]|十一|十|[二三四五六七八九])个月")
_MONTHS_END = re.compile(rf"(?:{MONTHS.pattern})$")
# “十四五”时期全市研发经费投入强度年均提高0.2个百分点: the plan's period leads the subject, it is no part of it
_PLAN_PERIOD = re.compile(r"[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间|以来)?$")
_QUALIFIER_LAST = frozenset("后素下算计")
_SHARE_WORD_LAST = frozenset("比重例")
# _BASE takes a comparison base only when _is_base accepts what follows 比/较/与/同, and every base
# it accepts ends in one of these (上年, 同期, 上年末, 年初, 五年前, 上届, 2015年, “十三五”末)
_BASE_LAST = frozenset("年期末初前届五”")
# _COMPARE needs 于, 出, 领先 or 超过 (高于, 高出 ...): _strip_rules checks for them first


_PER_HEAD = frozenset("人亩户地")  # 人均, 亩均, 户均, 地均


def _per_unit(s: str, word: str, roles: frozenset[str]) -> bool:
    """保费由每生每年5元: 每年 after another 每 is part of a rate's unit, not a word of the span."""
    return "every" in roles and s[-len(word) - 2: -len(word) - 1] == "每"


@dataclass(slots=True)
class Subject:
    phrase: str  # the item as written
    start: int  # absolute offset of the item
    match: Match | None = None  # vocabulary match inside the phrase
    own: bool = True  # False: another government's or a subset's figure
    note: str = ""  # why it is not own ("foreign", "subset")
    over_span: bool = False  # led by 累计 / 五年 / 年均 (累计建成国家高新技术企业14家): a figure of the whole span
    stop: int = 0  # where the counted noun after a count-first figure ends (新增17家高新技术企业), 0 if none
    owner: str = ""  # whose figure, when said before the item, not in it (磨憨镇 of 磨憨镇A、B、C: B's and C's)
    lead_move: str = ""  # "up"/"down": the verb right before the name is one of moving (净增高新技术企业22家)

    @property
    def indicator(self) -> Indicator | None:
        return self.match.indicator if self.match is not None and self.own else None

    @property
    def aspect(self) -> str:
        return self.match.aspect if self.match is not None else ""


@dataclass(slots=True)
class Head:
    """What the text before one value list says."""

    subjects: list[Subject] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # nearest to the number first
    words: list[str] = field(default_factory=list)  # the words taken off, nearest first
    bound: str | None = None  # from a prefix bound word (超过, 近, 控制在)
    year_of: int | None = None  # 2015年的 / “十二五”末的 just before the number
    base: str = ""  # comparison base kept as qualifier (同比, 比上年, 较2010年)
    base_year: int | None = None
    base_span: tuple[int, int] | None = None
    qualifiers: list[str] = field(default_factory=list)
    estimated: bool = False
    subyear: str | None = None
    cont_years: int | None = None
    years_back: int | None = None  # 两年平均: the average is over that many years
    share: bool = False
    share_of: str = ""  # the share's words as written (相当于地区生产总值的, 占全市比重)
    skip: str | None = None  # plan_share / comparison: not a figure of the subject
    span_words: bool = False  # 五年 / 累计 / 年均: the figure is about the span
    average: bool = False
    hardness: str = ""
    rest: str = ""  # the subject text left after stripping
    rest_start: int = 0

    @property
    def has_predicate(self) -> bool:
        return bool(self.roles) or self.bound is not None or bool(self.base) or bool(self.qualifiers) \
            or self.estimated or self.year_of is not None or self.cont_years is not None

    def nearest_verb(self) -> str | None:
        for r in self.roles:
            if r in ("to", "up", "down", "level", "from"):
                return r
        return None


def _fresh_head() -> Head:
    """Head(), set field by field: HeadParser.parse makes one per value list (~900 per pass over the
    seeds), and the generated __init__ (21 defaults, four default factories) takes 0.39 µs against 0.27 µs
    for this. Keep it in step with Head: tests/extract/test_fast_paths.py checks it equals Head()."""
    head = _new_object(Head)
    head.subjects = []
    head.roles = []
    head.words = []
    head.bound = None
    head.year_of = None
    head.base = ""
    head.base_year = None
    head.base_span = None
    head.qualifiers = []
    head.estimated = False
    head.subyear = None
    head.cont_years = None
    head.years_back = None
    head.share = False
    head.share_of = ""
    head.skip = None
    head.span_words = False
    head.average = False
    head.hardness = ""
    head.rest = ""
    head.rest_start = 0
    return head


_new_object = object.__new__


@dataclass(frozen=True)
class _Words:
    """The word lists a head is read with (the same for every document: built once per process)."""

    predicates: dict[str, frozenset[str]]  # word -> roles, for the words between a subject and its figure
    predicate_endings: lexicon.Endings
    predicate_tuple: tuple[str, ...]
    # word -> (the roles a head notes, in sorted order; average; over the span): what _strip_rules does
    # with a predicate's roles, worked out once per word instead of sorting its roles at every head
    predicate_effects: dict[str, tuple[tuple[str, ...], bool, bool]]
    leads: dict[str, frozenset[str]]  # words that may lead a subject (全年, 力争, 完成)
    lead_endings: lexicon.Endings
    prefix_bounds: dict[str, str]
    bound_endings: lexicon.Endings
    bound_last: frozenset[str]
    hardness: dict[str, lexicon.Hardness]
    hardness_endings: lexicon.Endings
    hardness_last: frozenset[str]
    periods_by_last: dict[str, tuple[tuple[str, str, str], ...]]  # last char -> (word, kind, years), file order
    scopes: dict[str, str]
    scope_endings: lexicon.Endings
    long_scope_endings: lexicon.Endings  # scope words of two characters or more
    strip_last: frozenset[str]  # every last character on which a rule of _strip_rules can take something off
    strip_last_but_predicates: frozenset[str]  # the same for every rule but the predicates
    moving_verb_last: frozenset[str]  # the last characters of verbs of moving before a name (净增)

    @staticmethod
    @lexicon.derived
    @lru_cache(maxsize=1)
    def load() -> "_Words":
        all_predicates = lexicon.predicates()
        maxlen = max(len(w) for w in all_predicates)
        predicates = {w: r for w, r in all_predicates.items()
                      if r & {"level", "to", "up", "down", "average", "cumulative", "every", "from", "base", "filler",
                              "adverb", "growth_aspect", "verb", "word"}}
        leads = {w: r for w, r in all_predicates.items()
                 if r & {"lead", "verb", "average", "cumulative", "every", "adverb", "filler"}}
        prefix_bounds = lexicon.bounds()[0]
        hardness = {h.word: h for h in lexicon.hardness()}
        periods = lexicon.period_words()
        by_last: dict[str, list[tuple[str, str, str]]] = {}
        for word, (kind, years) in periods.items():
            by_last.setdefault(word[-1], []).append((word, kind, years))
        scopes = lexicon.scopes()
        predicate_endings, bound_endings = lexicon.Endings(predicates, maxlen), lexicon.Endings(prefix_bounds, 4)
        hardness_endings = lexicon.Endings(hardness, 4)
        # the rules of _strip_rules in their order: bound words, 预计, _YEAR_OF, _PLAN_OF, _PLAN_WHOLE_BASE, _CONT (…年),
        # _QUALIFIERS, _PLAN_DONE (…的), _SHARE_WORD, predicates, _BASE, hardness words, period words,
        # 五年 / 期间 (_strip_once tells _COMPARE and _SHARE by their words, and tries an ASCII ending for _ABBREVIATION)
        strip_last_but_predicates = (bound_endings.last_chars | {_ESTIMATE[-1]} | _YEAR_OF_LAST | _PLAN_OF_LAST
                                     | {"年"} | _QUALIFIER_LAST | {"的"} | _SHARE_WORD_LAST | _BASE_LAST
                                     | hardness_endings.last_chars | frozenset(by_last) | {"年", "间"}
                                     | _YEARS_BACK_LAST)
        strip_last = strip_last_but_predicates | predicate_endings.last_chars
        effects = {w: (tuple(r for r in sorted(roles) if r not in ("adverb", "filler", "verb", "opening")), "average" in roles,
                       bool(roles & {"average", "cumulative", "every"})) for w, roles in predicates.items()}
        return _Words(predicates, predicate_endings, tuple(predicates), effects, leads,
                      lexicon.Endings(leads, maxlen), prefix_bounds, bound_endings, bound_endings.last_chars, hardness,
                      hardness_endings, hardness_endings.last_chars, {k: tuple(v) for k, v in by_last.items()}, scopes,
                      lexicon.Endings(scopes), lexicon.Endings(w for w in scopes if len(w) >= 2), strip_last,
                      strip_last_but_predicates,
                      frozenset(w[-1] for w, r in leads.items() if "verb" in r and r & {"up", "down"}))


@lexicon.derived
@lru_cache(maxsize=256)
def _own_words_read(own_words: frozenset[str]) -> tuple[lexicon.Endings, tuple[str, ...]]:
    """A government's own words by their endings, and the scope words that are someone else's: the same for
    every document of one government (a HeadParser is made per document)."""
    return (lexicon.Endings(own_words),
            tuple(w for w in _Words.load().scopes if len(w) >= 2 and w not in own_words))


class HeadParser:
    """Reads heads against one vocabulary and one government's own scope words."""

    def __init__(self, vocab: Vocabulary, own_words: frozenset[str]):
        self.vocab = vocab
        self.own_words = own_words
        self.w = _Words.load()
        self.own_endings, self.foreign_scopes = _own_words_read(frozenset(own_words))  # (a set from a caller too)
        self.protected_last = self._protected_last(vocab)
        self.name_ends = vocab.end_chars
        self.partitives = load_grammar().partitives  # 地方财政收入中的一般公共预算收入
        self.places = tuple(r.word for r in load_grammar().of("place"))  # 洛北板块, 临港新片区
        self.elided_words = tuple(r.word for r in load_grammar().of("elided"))  # 城镇 (新增就业)

    def _protected(self, name: str) -> bool:
        """A name that holds or ends in what stripping would take off (…相当于…的比例, …占…)."""
        return "相当于" in name or "占" in name or name.endswith(self.w.predicate_tuple)

    def _protected_last(self, vocab: Vocabulary) -> frozenset[str]:
        """The last characters of a phrase that may end in a protected name (with an aspect word after it)."""
        cached = vocab.__dict__.get("_protected_last")
        if cached is None:
            names = [*vocab.names, *vocab.scoped_names]
            last = {n[-1] for n in names if self._protected(n)}
            last |= {p.pattern[-3] for p, _ in vocab.wildcards}  # a wildcard matches text of its own
            if last:
                last |= {a[-1] for a in vocab.aspects}
            cached = vocab.__dict__["_protected_last"] = frozenset(last)
        return cached

    # -------------------------------------------------------------- the end of a head

    def parse(self, text: str, start: int, end: int) -> Head:
        head = _fresh_head()
        s = text[start:end].rstrip(_PUNCT_END_OR_COMMA)
        if s[-1:] in "]〕":
            # 完成地方生产总值[1]202亿元 (徐水县): a footnote mark between the name and its figure
            s = _FOOTNOTE_END.sub("", s).rstrip(_PUNCT_END_OR_COMMA)
        strip_once = self._strip_once
        while s:
            stripped = strip_once(s, head)
            if stripped == s:
                break
            s = stripped.rstrip(_PUNCT_END_OR_COMMA)
            if s[-1:] in "]〕":  # 全县地区生产总值〔3〕完成…: the mark stands before the verb
                s = _FOOTNOTE_END.sub("", s).rstrip(_PUNCT_END_OR_COMMA)
        head.rest = rest = s.lstrip(_PUNCT_END_LEADING)
        head.rest_start = start + (len(s) - len(rest))
        if " " in rest or "\u3000" in rest:
            gap = _HEADING_GAP.match(rest)
            if gap:
                head.rest = rest[gap.end():]
                head.rest_start += gap.end()
        return head

    def _named_share_ahead(self, s: str) -> bool:
        """A vocabulary name that is itself a share (研发经费支出相当于全市生产总值的比例) stands
        before the predicate (达到); the share pattern must not swallow it."""
        word = self.w.predicate_endings.longest(s)
        if not word:
            return False
        m = self.vocab.match_end(s[: -len(word)])
        return m is not None and ("相当于" in m.name or "占" in m.name)

    def _strip_once(self, s: str, head: Head) -> str:
        if not s:
            return s
        # Most heads are stripped to their subject and then tried once more (地区生产总值, 城镇调查失业率).
        # Only _COMPARE (高于, 高出, 领先, 超过) and _SHARE (占, 相当于) may take text off whatever the
        # head ends with; without their words, and with a last character no other rule ends on, none
        # applies and _strip_rules would give the head back unchanged (tests/extract/test_fast_paths.py).
        w = self.w
        last = s[-1]
        if last not in w.strip_last_but_predicates and not last.isascii() and "于" not in s and "出" not in s \
                and "领先" not in s and "超过" not in s and "占" not in s \
                and "（" not in s and "(" not in s:  # 相当于 holds 于; a note in brackets (_NOTE)
            if last not in w.strip_last:
                return s
            # Only a predicate can end here (增长, 达到, 失业率): the rules before it in _strip_rules cannot
            # apply, so it is looked up at once (the commonest step of a head, and the last of many).
            if last not in self.protected_last:
                word = w.predicate_endings.longest(s)
                return s if word is None else self._take_predicate(s, head, word)
        return self._strip_rules(s, head)

    def _strip_rules(self, s: str, head: Head) -> str:
        """Take the word or phrase next to the figure off the end of a head (s is not empty), noting in
        head what it says; s unchanged when there is none."""
        # Tried on several hundred heads per pass over the seeds (extract's speed bar): each rule that can
        # only end on some last characters is tried only when the head ends in one (a method call or a
        # regex search saved), and a predicate's roles come worked out (_Words.predicate_effects).
        w = self.w
        last = s[-1]
        # a vocabulary name that itself ends in a word we would strip (研发经费支出相当于全市生产总值的比例)
        m = self.vocab.match_end(s) if last in self.protected_last else None
        if m is not None and m.start + len(m.name) + len(m.aspect) == len(s) and self._protected(m.name):
            return s
        if last.isascii():
            mm = _ABBREVIATION.search(s)
            if mm:  # 居民消费价格指数（CPI）上涨2.1%: the abbreviation after the name is no part of it
                return s[: mm.start()]
        mm = _NOTE.search(s) if "（" in s or "(" in s else None
        if mm:
            m = self.vocab.match_end(s[: mm.start()])
            if m is not None and m.start + len(m.name) + len(m.aspect) == mm.start():
                # 固定资产投资（不含农户）增长8%: a note on the statistic's coverage after its name
                head.qualifiers.insert(0, mm.group(0) + ("）" if mm.group(0)[0] == "（" else ")"))
                return s[: mm.start()]
        mm = _COMPARED_BEFORE.match(s) if head.words and last in "速度长幅均" and "于" in s else None
        if mm:
            m = self.vocab.match_end(mm.group("name"))
            if m is not None and m.start + len(m.name) + len(m.aspect) == mm.end("name"):
                # 全体居民人均可支配收入增速高于经济增速、突破3万元 (青海 2026): a comparison of the name's growth said
                # first, then the name's own figure after its verb (the comparison is kept as a qualifier)
                head.qualifiers.insert(0, s[mm.end("name"):])
                return mm.group("name")
        word = w.bound_endings.longest(s) if last in w.bound_last else None
        if word and word not in ("达",) and w.prefix_bounds[word] != "none":  # (签约16.5亿元: bounds.csv none)
            head.bound = head.bound or w.prefix_bounds[word]
            head.words.append(word)
            return s[: -len(word)]
        if s.endswith(_ESTIMATE):
            head.estimated = True
            return s[: -len(_ESTIMATE)]
        mm = _COMPARE.search(s) if "于" in s or "出" in s or "领先" in s or "超过" in s else None
        if mm:
            head.skip = head.skip or "comparison"
            return s[: mm.start()]
        mm = _PREVIOUS_SPAN.search(s) if last == "的" else None
        if mm:  # 累计完成固定资产投资234.78亿元，是上个五年的两倍: the base of the multiple, no subject
            head.base = head.base or mm.group("base")
            return s[: mm.start()]
        mm = _YEAR_OF.search(s) if last in _YEAR_OF_LAST else None
        if mm:
            year = int(mm.group(1))
            prev = s[mm.start() - 1: mm.start()]
            if s.endswith("达到", 0, mm.start()) and mm.group(0).endswith("的"):
                prev = "达"  # (达到2015年的1.6倍: as 达)
            if prev in ("比", "较", "与", "同") or (prev in ("是", "为", "达") and mm.group(0).endswith("的")):
                # 是2015年的2.1倍: 2015 is the base of the multiple, as in 是“十二五”末的1.7倍; so after 达到 (博野县 2021:
                # 一般公共预算收入达到“十二五”末的1.6倍)
                head.base = head.base or (mm.group(0) if prev in ("是", "为", "达") else prev + mm.group(0)).rstrip("的")
                head.base_year = year
                return s[: mm.start() - 1]
            if head.year_of is None:
                head.year_of = year
            return s[: mm.start()]
        mm = _PLAN_TIME_BASE.search(s) if last == "期" else None
        if mm:
            head.base = head.base or mm.group(0)
            head.base_span = plan_span(plan_number(PLAN.search(mm.group("plan"))))
            return s[: mm.start()]
        mm = _PLAN_OF.search(s) if last in _PLAN_OF_LAST else None
        if mm:
            number = plan_number(PLAN.search(mm.group(0))) if PLAN.search(mm.group(0)) else None
            prev = s[mm.start() - 1: mm.start()]
            if number:
                span = plan_span(number)
                if mm.group("end") and prev not in ("是", "比", "较", "为", "达") and not s.endswith("达到", 0, mm.start()):
                    head.year_of = head.year_of or span[1]
                else:
                    head.base = head.base or mm.group(0).rstrip("的")
                    head.base_span = span
                    if prev in ("比", "较"):
                        # 城镇化率达到51.5%，比“十三五”末提高2.7个百分点: 比 belongs to the base, it is no subject
                        head.base = prev + head.base
                        return s[: mm.start() - 1]
            return s[: mm.start()]
        mm = _PLAN_WHOLE_BASE.search(s) if last in "期间" else None
        if mm:
            head.base = head.base or mm.group(0)
            head.base_span = plan_span(plan_number(PLAN.search(mm.group("plan"))))
            return s[: mm.start()]
        mm = _CONT.search(s) if last == "年" else None
        if mm:
            n = mm.group(1)
            head.cont_years = int(n) if n.isdigit() else parse_chinese_numeral(n)
            return s[: mm.start()]
        mm = _YEARS_BACK.search(s) if "average" in head.roles or head.roles[-1:] in (["up"], ["down"]) else None
        # …年平均 / …年均 taken off already: 两 is the count of years (两年平均增长); 财政收入达到1350亿元，3年增长
        # 58.6% (吉林 2026): a growth over the last N years (not 2025年增长: a year's digits are no count)
        if mm and (mm.group(2) or "average" in head.roles and head.words and head.words[-1].startswith("年")) \
                and ("average" in head.roles or mm.group(2) and (not mm.start() or not s[mm.start() - 1].isdigit())):
            n = mm.group(1)
            head.years_back = int(n) if n.isdigit() else parse_chinese_numeral(n)
            return s[: mm.start()]
        for pattern in _QUALIFIERS if last in _QUALIFIER_LAST else ():
            mm = pattern.search(s)
            if mm:
                head.qualifiers.insert(0, mm.group(0))
                return s[: mm.start()]
        if last == "的" and _PLAN_DONE.search(s):
            # 省重点项目完成投资59.5亿元、完成年计划的136%: a share of the plan, no figure of the subject
            head.skip = head.skip or "plan_share"
            return s[: _PLAN_DONE.search(s).start()]
        mm = _SHARE.search(s) if "占" in s or "相当于" in s else None
        if mm and self._named_share_ahead(s):
            mm = None
        if mm and mm.group("word"):
            word = w.predicate_endings.longest(s)
            if word and w.predicates[word] & _MOVES and len(word) < len(mm.group("what")):
                # 高耗能制造业增加值占规模工业增加值比重下降0.5个百分点: the verb after the share is its own, and says
                # which way it moved (the share words must not swallow it: a fall read as a rise)
                return self._take_predicate(s, head, word)
            what = mm.group("what")
            if _PLAN_SHARE.search(what):
                head.skip = head.skip or "plan_share"
            else:
                head.share = True
                head.share_of = mm.group(0)
                head.qualifiers.insert(0, mm.group(0))
            return s[: mm.start()]
        if last in _SHARE_WORD_LAST and _SHARE_WORD.search(s) and not self.vocab.match_end(s):
            head.share = True
            return s[:-2]
        word = w.predicate_endings.longest(s)
        if word:
            return self._take_predicate(s, head, word)
        mm = _BASE.search(s) if last in _BASE_LAST else None
        if mm and mm.group("what") and self._is_base(mm.group("what")):
            head.base = head.base or mm.group(0)
            return s[: mm.start()]
        word = w.hardness_endings.longest(s) if last in w.hardness_last else None
        if word and not w.hardness[word].clause_start:
            head.hardness = head.hardness or w.hardness[word].hardness
            return s[: -len(word)]
        for word, kind, years in w.periods_by_last.get(last, ()):
            if s.endswith(word):
                if kind == "subyear":
                    head.subyear = head.subyear or years
                elif kind.startswith("span"):
                    head.span_words = True
                return s[: -len(word)]
        if s.endswith("五年") or s.endswith("期间"):
            head.span_words = True
            return s[:-2]
        return s

    def _take_predicate(self, s: str, head: Head, word: str) -> str:
        """Take the predicate word s ends with off it (增长, 提高到, 同比), noting its roles."""
        w = self.w
        if word == "均" and s.endswith("人均"):
            return s  # 人均达到4.6万元 (per head), not 均 (each)
        if word == "达" and s.endswith(_VERBS_IN_DA):
            return s  # 目前已下达19个项目: 下达 (hand down) is a verb of its own, no 达 (reach)
        roles = w.predicates[word]
        if "word" in roles:
            return s  # 违法行为, 地面沉降: a word of the name ending like a predicate (predicates.csv)
        if _per_unit(s, word, roles) or word == "均" and s[-2:-1] in _PER_HEAD:
            return s  # 人均达到4.6万元: 均 is part of the per-head word, no filler (均增长)
        if "base" in roles:
            head.base = head.base or word
        elif "growth_aspect" in roles:
            if len(s) == len(word) or not self.vocab.match_end(s):
                head.roles.append("growth")
                head.words.append(word)
                return s[: -len(word)]
            return s
        noted, average, over_span = w.predicate_effects[word]
        if average:
            head.average = True
        if over_span:
            head.span_words = True
        head.roles.extend(noted)
        head.words.append(word)
        return s[: -len(word)]

    def _is_base(self, what: str) -> bool:
        return bool(re.fullmatch(rf"(?:上年|去年|上年同期|同期|上一年|上年末|年初|上个五年|五年前|上届|{YEAR}年|“?十[一二三四五六七八九]五”?末?)",
                                 what))

    # -------------------------------------------------------------- the subject

    def subjects(self, rest: str, rest_start: int, n_values: int, pair_one: bool = True) -> list[Subject]:
        """The items of a subject phrase (see the module doc)."""
        if not rest:
            return []
        if ("[" in rest or "〔" in rest) and (mark := _FOOTNOTE_INSIDE.search(rest)) is not None:
            # 全区规上企业R&D[5]经费投入8.6亿元 (徐水区 2024): a note's mark inside a name is no part of it; the items
            # are read without it, and an item after it starts that much later in the text
            at, width = mark.start(), mark.end() - mark.start()
            items = self.subjects(rest[:at] + rest[mark.end():], rest_start, n_values, pair_one)
            for item in items:
                if item.start - rest_start >= at:
                    item.start += width
            return items
        if "、" in rest and rest[-1] in "标据":
            rest = _without_list_sum(rest)
        items: list[Subject] = []
        s = rest
        any_vocab = False
        # Most subjects name no indicator and hold one item (城镇新增就业, 一批重点项目): the vocabulary is
        # asked only about phrases that end where a name can, and the lone item is made at once.
        name_ends = self.name_ends
        while s:
            m = self.vocab.match_end(s) if s[-1] in name_ends else None
            if m is not None:
                any_vocab = True
                before = s[: m.start]
                sep = next((x for x in SEPARATORS if before.endswith(x)), None) if before.endswith(SEPARATORS) else None
                if sep and len(before) > len(sep):
                    items.insert(0, Subject(s[m.start:], rest_start + m.start, m))
                    s = before[: -len(sep)]
                    continue
                last = _LAST_SEPARATOR.match(before) if "、" in before or "和" in before or "及" in before \
                    or "与" in before else None
                cut = last.end() if last else -1
                if 0 < cut and len(before) - cut <= _LIST_ITEM_MODIFIER and self.vocab.match_end(before[:cut].rstrip(
                        "".join(SEPARATORS))) is not None:
                    # 全社会固定资产投资和城镇固定资产投资均增长35% / 规模以上工业增加值和城镇固定资产投资分别增长…: the
                    # last item is a name with a word before it (城镇, a subset); the items before it are their own
                    sep = next(x for x in SEPARATORS if before[:cut].endswith(x))
                    items.insert(0, self._with_modifier(before[cut:], s[m.start:], rest_start + cut, m))
                    s = before[: cut - len(sep)]
                    continue
                subject = self._with_modifier(before, s[m.start:], rest_start, m)
                items.insert(0, subject)
                break
            # most subjects hold no separator (以及 holds 及): then the pattern need not be tried
            last = _LAST_SEPARATOR.match(s) if "、" in s or "和" in s or "及" in s or "与" in s or "并" in s else None
            cut = last.end() if last else -1
            if cut > 0 and cut < len(s):
                items.insert(0, Subject(s[cut:], rest_start + cut, None, own=False, note="outside"))
                sep = next(x for x in SEPARATORS if s[:cut].endswith(x))
                s = s[: cut - len(sep)]
                continue
            if any_vocab:  # otherwise the items are not used (below)
                items.insert(0, Subject(s, rest_start, None, own=False, note="outside"))
            break
        if not any_vocab:
            parts = [p for p in _SEP_RE.split(rest) if p] if n_values > 1 else []
            if n_values > 1 and len(parts) == n_values:
                out, pos = [], 0
                for p in parts:
                    i = rest.find(p, pos)
                    out.append(Subject(p, rest_start + i, None, own=False, note="outside"))
                    pos = i + len(p)
                # 规上工业产值和增加值分别达到92亿元和26.4亿元: the short item borrows the topic before it
                self._fill_ellipsis(out)
                return out
            lone = Subject(rest, rest_start, None, False, "outside")
            if n_values == 2 and self.paired_in(rest):
                return self._paired(lone) or [lone]  # 一般公共预算收支…分别突破9千亿元、3万亿元: one name each
            return [lone]
        self._expand_compounds(items)
        if len(items) > 1:
            items = self._join_tiers(items, rest, rest_start)
        self._fill_ellipsis(items)
        if items[0].note == "foreign" or len(items) > 1 and self._place_led(items[0].phrase):
            # 新片区规上工业总产值、全社会固定资产投资分别增长…: the place before the list owns every item (so it does
            # when the place is in the first name: 确保开发区营业收入、税收收入、固定资产投资全部实现两位数增长)
            owner = self._owner_of(items[0])
            for k, item in enumerate(items[1:], 1):
                if item.own and item.match is not None and item.phrase == item.match.name + item.match.aspect:
                    items[k] = dataclasses.replace(item, own=False, note="foreign", owner=owner)
                elif owner and item.match is None and item.note == "outside" and not self._place_led(item.phrase) \
                        and not item.phrase.startswith((*self.own_words, *lexicon.scopes())):
                    # 磨憨镇固定资产投资、…、引进省外到位资金、常住人口实现“四个翻番”: the free-phrase items are the town's too
                    items[k] = dataclasses.replace(item, note="foreign", owner=owner)
        if (n_values == 2 or n_values < 2 and pair_one) and len(items) == 1 and items[0].match is not None \
                and "人均" in items[0].match.name:
            # 城乡居民人均可支配收入分别达到52000元、28000元: one each; 城乡居民人均可支配收入增长8.5%以上: the same
            # figure for both (guide rule 9; 城乡居民收入增长与经济增长同步 stays all residents' income)
            return self._paired(items[0]) or items
        if n_values == 2 and len(items) == 1:
            return self._paired(items[0]) or items
        if n_values < 2 and pair_one and len(items) > 1:
            # 地区生产总值、城乡居民人均可支配收入比2010年实现两个翻番: each item shares the figure, so the
            # 城乡 item is both populations' (guide rule 9)
            out = []
            for item in items:
                paired = self._paired(item) if item.match is not None and "人均" in item.match.name else None
                out += paired or [item]
            return out
        return items

    def _owner_of(self, first: Subject) -> str:
        """The place that leads a list's first item (磨憨镇 of 磨憨镇固定资产投资, 开发区 of 开发区营业收入), as written;
        '' when none can be cut out of it."""
        if first.match is not None and first.note == "foreign" and first.match.start > 0:
            left, _, _, _ = self._read_modifier(first.phrase[: first.match.start])
            return left.strip(" \t\u3000“”\"‘’（）()、，,")
        m = load_grammar().topic_place.match(first.phrase)
        return m.group("place") if m is not None and m.end() < len(first.phrase) \
            and m.group("place") not in self.own_words else ""

    def _place_led(self, phrase: str) -> bool:
        """A phrase that opens with a sub-area's name (开发区营业收入, 确保园区规上工业…): up to eight characters
        and a place word, with the rest of the phrase after it."""
        m = load_grammar().topic_place.match(phrase)
        return m is not None and m.end() < len(phrase) and m.group("place") not in self.own_words

    @staticmethod
    def paired_in(phrase: str) -> bool:
        return any(word in phrase for word in lexicon.paired_words())

    def _paired(self, item: Subject) -> list[Subject] | None:
        """城乡居民人均可支配收入 with two values: 城镇居民… and 农村居民…, if both are names."""
        if item.match is None:
            # 一般公共预算收支累计分别突破9千亿元、3万亿元 (广西 2026): no name until the pair word is read as its two
            # parts (一般公共预算收入, 一般公共预算支出), each then a name of its own
            for word, parts in lexicon.paired_words().items():
                if word not in item.phrase:
                    continue
                phrases = [item.phrase.replace(word, part, 1) for part in parts]
                matches = [self.vocab.match_end(p) for p in phrases]
                if all(m is not None for m in matches) and matches[0].indicator.id != matches[1].indicator.id:
                    return [self._with_modifier(p[: m.start], p[m.start:], item.start, m) for p, m in zip(phrases, matches)]
            return None
        for word, parts in lexicon.paired_words().items():
            at = item.phrase.find(word)
            if at < 0:
                continue
            phrases = [item.phrase.replace(word, part, 1) for part in parts]
            matches = [self.vocab.match_end(p) for p in phrases]
            if at >= item.match.start:  # 城乡居民人均可支配收入: the word is inside the name, whose owner stays
                if all(m is not None and m.indicator.id != item.match.indicator.id for m in matches):
                    return [Subject(p, item.start, m, own=item.own, note=item.note) for p, m in zip(phrases, matches)]
            elif all(m is not None for m in matches) and matches[0].indicator.id != matches[1].indicator.id:
                # 实际使用内外资: the name matched (外资) began inside the pair word; each part is read as written
                return [self._with_modifier(p[: m.start], p[m.start:], item.start, m) for p, m in zip(phrases, matches)]
        return None

    def _read_modifier(self, modifier: str) -> tuple[str, str | None, bool, bool]:
        """Take scope, lead, verb and time words off the end of what stands before a name: what is left, the
        role of the last word taken (scope / lead / verb), whether a scope word was someone else's, and
        whether a word said the figure is of a whole span (累计, 年均)."""
        last_role = None
        foreign = False
        over_span = False
        while modifier:
            modifier = modifier.rstrip(_PUNCT_END)
            word = self.own_endings.longest(modifier)
            if word:
                modifier, last_role = modifier[: -len(word)], "scope"
                continue
            word = self.w.long_scope_endings.longest(modifier)
            if word:
                foreign = True
                modifier, last_role = modifier[: -len(word)], "scope"
                continue
            word = self.w.lead_endings.longest(modifier)
            if word and _per_unit(modifier, word, self.w.leads[word]):
                break
            if word:
                last_role = "verb" if "verb" in self.w.leads[word] else "lead"
                over_span = over_span or bool(self.w.leads[word] & {"cumulative", "average", "every"})
                modifier = modifier[: -len(word)]
                continue
            # (asked of re only when the modifier ends as a year can: 年, 的, 底, 末, or a newline that $ passes)
            mm = _YEAR_OF.search(modifier) if modifier[-1:] in _YEAR_OF_LAST_OR_NEWLINE else None
            if mm:
                # 到2030年全社会研发投入强度达到3.2%左右: the year a goal is for, with its 到, leads the name
                modifier, last_role = modifier[: mm.start()].removesuffix("到"), "lead"
                continue
            mm = _MONTHS_END.search(modifier) if modifier[-1:] in "月份" else None
            if mm:  # 1至11月规模以上工业增加值增长6.5%: the months lead the subject
                modifier, last_role = modifier[: mm.start()], "lead"
                continue
            mm = _PLAN_PERIOD.search(modifier) if modifier[-1:] in "期间来五”\"" else None
            if mm:
                modifier, last_role = modifier[: mm.start()], "lead"
                continue
            periods = self.w.periods_by_last.get(modifier[-1:])
            word = next((w for w, _, _ in periods if modifier.endswith(w)), None) if periods else None
            if word:
                modifier, last_role = modifier[: -len(word)], "lead"
                continue
            word = self.w.hardness_endings.longest(modifier)
            if word:
                modifier, last_role = modifier[: -len(word)], "lead"
                continue
            word = next((p for p in self.partitives if modifier.endswith(p) and len(modifier) > len(p)), None) \
                if modifier.endswith(self.partitives) else None
            if word:
                # 地方财政收入中的一般公共预算收入: the name is a part of the whole before it, whose owner it
                # shares (全省财政收入中的… is someone else's)
                whole = modifier[: -len(word)]
                foreign = foreign or any(w in whole for w in self.foreign_scopes)
                modifier, last_role = "", "lead"
                break
            break
        if 0 < len(modifier) <= 3 and _OUTLINE_MARK.fullmatch(modifier):
            modifier = ""
        return modifier, last_role, foreign, over_span

    def someone_elses(self, subject: Subject) -> bool:
        """A subject that is not the government's: a place, another government, or someone doing the verb
        (中信重工实现进出口总额; 金丹科技实现营业收入, a name outside the vocabulary)."""
        if subject.note in ("foreign", "actor"):
            return True
        if subject.match is not None:
            return False
        phrase = subject.phrase
        for i in range(len(phrase) - 2, 0, -1):  # a verb has an object after it (拥有量 is no verb)
            word = self.w.lead_endings.longest(phrase[:i])
            if word and "verb" in self.w.leads[word]:
                left, last_role, foreign, _ = self._read_modifier(phrase[:i])
                return foreign or bool(left) and (last_role == "verb" or bool(_PLACE_END.search(left)))
        return False

    def _own_name_first(self, before: str, name_part: str, m: Match) -> tuple[str, str, Match]:
        """阿克苏地区生产总值: the longest name (地区生产总值) ate the end of the government's own name
        (阿克苏地区), leaving 阿克苏 as if another place stood before it. When the own name runs into the
        matched name and what follows it is a name of the same indicator (生产总值), that is the reading."""
        cut = len(before)
        if not cut:
            return before, name_part, m
        whole = before + name_part
        for word in self.own_words:
            if len(word) < 3:
                continue  # 全区, 我市: scope words end before a name, they do not run into it
            at = whole.rfind(word, max(0, cut - len(word) + 1), cut - 1 + len(word))  # running over the cut
            if at < 0 or at + len(word) <= cut or at + len(word) >= len(whole):
                continue
            rest = whole[at + len(word):]
            again = self.vocab.match_end(rest)
            if again is not None and again.start == 0 and again.indicator.id == m.indicator.id:
                return whole[: at + len(word)], rest, again
        return before, name_part, m

    def _with_modifier(self, before: str, name_part: str, rest_start: int, m: Match) -> Subject:
        """Decide whether what stands before the name keeps the figure the government's own."""
        before, name_part, m = self._own_name_first(before, name_part, m)
        modifier = before
        foreign = False
        if m.scoped:
            scope_word = self.w.scope_endings.longest(modifier)
            if scope_word:
                modifier = modifier[: -len(scope_word)]
                if not (scope_word in self.own_words or scope_word[-1:] == "本"):
                    foreign = True
        # 净增高新技术企业22家 (徐水区 2024), 净增规上企业6家 (曲阳县 2022): a verb of moving right before the name
        # says what 高新技术企业净增700家 says after it, a net change of the stock (guide rule 14)
        lead_move = ""
        if modifier[-1:] in self.w.moving_verb_last:
            next_to_name = self.w.lead_endings.longest(modifier)
            roles = self.w.leads[next_to_name] if next_to_name else ()
            lead_move = ("up" if "up" in roles else "down" if "down" in roles else "") if "verb" in roles else ""
        modifier, last_role, foreign_word, over_span = self._read_modifier(modifier)
        elided = next((w for w in self.elided_words if modifier.endswith(w)), None) if modifier and over_span else None
        if elided and load_grammar().made_by(m.name) == "elided":
            # 城镇累计新增就业239.2万人 (新疆 2026): the word a name may leave out, parted from it by 累计/年均/每年,
            # is the name's own (城镇新增就业), not a subset before it
            modifier, last_role, foreign_word, _ = self._read_modifier(modifier[: -len(elided)])
        start = rest_start + len(before) - len(before)  # the item starts at the phrase start
        if last_role == "verb" and modifier.endswith("、"):
            # 为确保与全国同步基本实现社会主义现代化、实现2035年人均地区生产总值比2020年翻一番 (广西 2026): the verb opens
            # an item of a list of goals; what stands before the 、 is another goal, no one's scope or doing
            start, before, modifier, foreign_word = rest_start + len(modifier), before[len(modifier):], "", False
        foreign = foreign or foreign_word
        if modifier and last_role != "verb" and not foreign and (tiers := self._tiers_of(m.indicator.id)) \
                and _tiers_only(after_actions(modifier, _verbs_and_leads()), tiers):
            # 省市级科技型中小企业数量达到220家 (阜平县 2021), 国家级和省级…: the tiers a certified count is kept at
            modifier = ""
        phrase = before + name_part
        if foreign:
            return Subject(phrase, start, m, own=False, note="foreign")
        if modifier and last_role != "verb":
            # a place (新片区, 高新区, 某某镇) is someone else's, any other leftover (民间) makes a subset
            # (城镇固定资产投资, 乡镇企业: 镇 and 乡 end a kind of the government's own areas, entity_words.csv areas,
            # no town: a subset)
            note = "foreign" if (_PLACE_END.search(modifier) or modifier.endswith(self.places)) \
                and not modifier.endswith(entity_words("areas")) else "subset"
            return Subject(phrase, start, m, own=False, note=note)
        if modifier and any(w in modifier for w in self.foreign_scopes):
            return Subject(phrase, start, m, own=False, note="foreign")
        if modifier and last_role == "verb":
            # someone named does the verb (中信重工实现进出口总额, 高新区完成固定资产投资): their figure
            return Subject(phrase, start, m, own=False, note="actor", over_span=over_span)
        return Subject(phrase, start, m, True, "", over_span, lead_move=lead_move)

    def _expand_compounds(self, items: list[Subject]) -> None:
        """城镇和农村居民人均可支配收入: 城镇 takes the head of the name after it."""
        for i in range(len(items) - 1):
            item = items[i]
            # 粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上: every bare item of a list takes the head of the name that
            # closes it (粮食产量), not only the one next to it
            nxt = next((x for x in items[i + 1:] if x.match is not None), None)
            if item.match is not None or nxt is None:
                continue
            name, phrase = nxt.match.name, item.phrase
            # the compound's first part is the phrase's end (at most 4 characters); what stands before it
            # (其中城镇、农村…: a lead word; 全省城镇、农村…: someone else's) is read as before a name
            for k in range(max(0, len(phrase) - 4), len(phrase)):
                core = phrase[k:]
                candidate = next((core + name[cut:] for cut in range(1, len(name))
                                  if core + name[cut:] in self.vocab.names), None)
                if candidate is None:
                    continue
                match = Match(self.vocab.indicators[self.vocab.names[candidate]], 0, candidate, nxt.match.aspect)
                own, note = nxt.own, nxt.note
                if k:
                    before = self._with_modifier(phrase[:k], core, item.start, match)
                    if not before.own:
                        own, note = False, before.note
                items[i] = Subject(phrase, item.start, match, own=own, note=note)
                break

    def _join_tiers(self, items: list[Subject], rest: str, rest_start: int) -> list[Subject]:
        """新增国家级、省级科技型中小企业102家 (博野县 2025), 国家和省级科技型中小企业50家: tiers of one certified
        count (the indicator's names hold a tier: 省级科技型中小企业) are one figure of it, not one item each."""
        last = items[-1]
        if last.match is None or not last.own:
            return items
        tiers = self._tiers_of(last.match.indicator.id)
        if not tiers:
            return items
        for item in items[:-1]:
            if item.match is None or item.match.indicator.id != last.match.indicator.id \
                    or not _tiers_only(after_actions(item.phrase, _verbs_and_leads()), tiers):
                return items
        first = items[0]
        phrase = rest[first.start - rest_start: last.start - rest_start + len(last.phrase)]
        if not phrase.endswith(last.match.name + last.match.aspect):
            return items
        match = dataclasses.replace(last.match, start=len(phrase) - len(last.match.name) - len(last.match.aspect))
        return [Subject(phrase, first.start, match, own=True, over_span=last.over_span, lead_move=last.lead_move)]

    def _tiers_of(self, indicator_id: str) -> frozenset[str]:
        """The tiers the vocabulary names the indicator with (省级科技型中小企业, 国家高新技术企业: 省, 国家), 级 left out."""
        tiers = self.vocab.__dict__.get("_tiers_of")
        if tiers is None:
            found: dict[str, set[str]] = {}
            names = self.vocab.names
            for name, ident in names.items():
                for t in _tiers()[0]:
                    if name.startswith(t) and names.get(name[len(t):]) == ident:
                        found.setdefault(ident, set()).add(t.removesuffix("级"))
            tiers = self.vocab.__dict__["_tiers_of"] = {k: frozenset(v) for k, v in found.items()}
        return tiers.get(indicator_id, frozenset())

    def _fill_ellipsis(self, items: list[Subject]) -> None:
        """粮食作物播种面积…、总产65.7万吨: a bare 总产 borrows the topic of the item before."""
        for i in range(1, len(items)):
            item, prev = items[i], items[i - 1]
            if item.match is not None or len(item.phrase) > 3 or item.phrase and item.phrase[-1] not in self.name_ends:
                continue  # (every candidate below ends as the item does: no name can end there)
            topic = prev.phrase
            for cut in range(len(topic) - 1, 1, -1):
                candidate = topic[:cut] + item.phrase
                m = self.vocab.match_end(candidate)
                if m is not None and m.start == 0:
                    items[i] = Subject(item.phrase, item.start, m)
                    break

    def ellipsis_from(self, phrase: str, topic: str, start: int) -> Subject | None:
        """The same for a short subject in its own value list after another one in the clause."""
        if len(phrase) == 2 and phrase[1] == "均" and topic:
            # 全县地区生产总值达到110亿元以上、人均达到4.6万元以上 (阜平县 2021): a per-head word before the topic's name
            for cut in range(len(topic) - 1):
                m = self.vocab.match_end(phrase + topic[cut:])
                if m is not None and m.start == 0 and (not cut or self._only_leads(topic[:cut])):
                    return Subject(phrase, start, m)
            # 一般公共财政预算收入达到7.5亿元以上、人均达到3200元以上: per head of the topic, outside the vocabulary
            return Subject(phrase + topic, start, None, own=False, note="outside")
        if len(phrase) > 3 or not topic or phrase and phrase[-1] not in self.name_ends:
            return None  # (every candidate below ends as the phrase does: no name can end there)
        for cut in range(len(topic) - 1, 1, -1):
            m = self.vocab.match_end(topic[:cut] + phrase)
            if m is not None and (m.start == 0 or self._only_leads(topic[: m.start])):
                # 全年粮食面积稳定在104万亩、产量60万吨 (定兴县): a lead word before the topic is no part of it
                return Subject(phrase, start, m)
        return None

    def _only_leads(self, modifier: str) -> bool:
        left, _, foreign, _ = self._read_modifier(modifier)
        return not left and not foreign

    def head_from(self, phrase: str, previous: Subject, start: int) -> Subject | None:
        """城镇居民人均可支配收入达到7.2万元，农村居民达到4.6万元: a short subject that names the other part of
        the indicator before takes that name's head (农村居民 + 人均可支配收入), if that makes another name.
        A lead word before it (其中城镇居民3.75万元) is no part of it."""
        if previous.match is None or not previous.own:
            return None
        name, ident_before = previous.match.name, previous.match.indicator.id
        if phrase.endswith("人均") and (phrase == "人均" or phrase[:-2] in self.w.leads):
            # 全县地区生产总值达到110亿元以上、人均达到4.6万元以上 (阜平 2017): 人均 alone is per head of the name before
            ident = self.vocab.names.get("人均" + name)
            if ident is not None and ident != ident_before:
                return Subject(phrase, start, Match(self.vocab.indicators[ident], 0, "人均" + name, ""))
            return None
        for k in range(max(0, len(phrase) - 4), len(phrase) - 1):  # the part named is at most 4 characters
            core = phrase[k:]
            if k and phrase[:k] not in self.w.leads and phrase[:k] not in self.own_words:
                continue
            for cut in range(1, len(name)):
                ident = self.vocab.names.get(core + name[cut:])
                if ident is not None and ident != ident_before:
                    return Subject(phrase, start, Match(self.vocab.indicators[ident], 0, core + name[cut:], ""))
        return None
