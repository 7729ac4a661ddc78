"""Documents in, one row per figure out: the walk through sentences and clauses.

For each sentence holding a number (or, in a plan, a qualitative goal) the
clauses are read left to right. Numbers next to each other form a value list
(29578元、16458元; 2.1%和7.2%); the text before each list is its head
(structures.py), which gives the subject and what the figure measures. A head
without a subject (,增长5.2%; ,分别增长2.1%和7.2%; ,居全市第一) carries the
subject of the list before it in the same sentence, so a level, its growth and
its ranking stay together. Numbers that are not figures of their subject are
skipped but keep the chain going: attributes (亿元以上项目27个: 27个 counts projects,
亿元 describes them), comparisons (高于全省1.7个百分点) and shares of a plan
(占年计划的136%). A milestone (迈上5000亿元台阶) is a lower bound of the level.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from govreport.extract import layout, lexicon
from govreport.extract.names import load_grammar, name_source, own_scope_words
from govreport.extract.names.entities import (all_zones, clause_owner, county_zone, facility_of_place, entity_counts, firm_by_trade,
                                              entity_words, named_entity, not_whose, owns_nothing, park_marks, park_of_paragraph, project_rows,
                                              project_cells,
                                              place_opening,
                                              short_name, without_what_is_said,
                                              sizes_a_facility)
from govreport.extract.names.phrases import (thing_of_first_item, without_item_before, after_actions, aspect_of, class_lead, clean_phrase, count_verb, opening_verb, counted_noun, counted_words, described_after, described_thing, describes_noun, funds_after, ranked_in, without_particles, verb_after_manner, without_time_words, DEADLINE, work_after,
                                             PER_HEAD_TOTALS, breakdown_lead, per_head_part, share_words_after, subject_name, with_breakdown_aspect, with_whole_quotes, without_own_quantity,
                                             without_comparison_base, without_summed_items,
                                             in_quoted_name, leading_actions, level_item_name, listed_rates, purpose_words, shared_head,
                                             things_of,
                                             without_note, _MEASURE_LAST, fund_of_means,
                                             join_topic, names_a_thing, thing_of_topic, with_change_aspect, without_count_inside, respective_first, without_from_value, without_money_inside, one_name_for_many, only_actions, ratio_name, says_nothing,
                                             share_name, last_words, whole_words, with_new_word_after, list_item_verb, next_item_name, part_of_whole, counts_policy, counted_length, name_edges, _SHARE_ENDS)
from govreport.extract.numbers import MAGNITUDES, find_quantities, parse_chinese_numeral, strip_magnitude
from govreport.extract.periods import (DocContext, Where, doing_words, done_over_span, done_words, kind_from_words, plan_mentions, plan_number,
                                       plan_span, span_text)
from govreport.extract.qualitative import find_flat_results, find_qualitative
from govreport.extract.rankings import Rank, RankCues, find_ranks
from govreport.extract.structures import MONTHS, Head, HeadParser, Subject
from govreport.extract.vocabulary import Indicator, Match, Vocabulary, load_vocabulary
from govreport.schema import INDICATORS

SENTENCE = re.compile(r"[^。！？!?；;\n]+")
# a clause runs to the next comma or colon, except one inside brackets: 固定资产投资（不含农户，下同）增长5.9%
# (a run of plain characters taken whole, not one character per turn of the group: twice as fast, same spans)
CLAUSE = re.compile(r"(?:[^，,：:（(]+|[（(](?:[^（()）\n]{0,40}[）)])?)+")
YEAR = r"(?:19|20)\d{2}"
# 到二〇三五年: a year may be written in Chinese digits
_CN_YEAR_TAIL = r"[〇零○][〇零○一二三四五六七八九]{2}"
YEAR_CN = r"[一二]" + _CN_YEAR_TAIL
# 到2025年 / 至2025年 (a target year) is told by the character before: a pattern that starts with
# the year's first digit (1, 2, 一, 二) lets re skip ahead fast
# 到二三五年 (青海 2026 as served: a web page that lost its 〇) is 2035 after 到/至, where nothing else reads so
_SENT_YEAR = re.compile(rf"(?P<year>19\d{{2}}|20\d{{2}}|一{_CN_YEAR_TAIL}|二{_CN_YEAR_TAIL}|(?<=[到至])二[一二三][一二三四五六七八九])年(?![\d月份底末—–\-]|远景|以来|的)")
# 到2017年底，全县农村居民人均可支配收入达到7500元: a goal for the end of that year (阜平 2017's five-year plan)
_TO_YEAR_END = re.compile(r"[到至]((?:19|20)\d{2})年[底末](?!的)")
_LIST_GAP = re.compile(r"^[、和与及\s]*(?:以及)?[、和与及\s]*$")
# 突破4万亿元大关, 两大台阶; 跨越3个千亿元台阶 (3个 counts milestones)
_MILESTONE = re.compile(r"^(?:[两三四五六七八九十]?个?大|新|个|一个|[两三四五六七八九十]个|[百千万亿]+元?级?)?(?:台阶|大关|关口)")
# …N个县中排名第53位: the words after a count of the field a ranking is made in (pipeline: no figure)
# …18家媒体《…榜单》: the count of those who issued the document named after them (no figure either)
_RANKED_AMONG = re.compile(r"(?P<field>[^，,。；;、\d]{0,10}?中[，,]?(?:综合)?(?:排名|排在|位列|位居|名列|[居列排][第前]))|[\u4e00-\u9fff]{1,4}《")
# 连跨两个万亿元台阶 / 跨越3个千亿元台阶: a count of steps passed, no figure of the subject (dev gold rule 20)
_STEPS_PASSED = re.compile(r"(?:连续|连|先后|接连|相继)?(?:跨越|跨上|迈上|跃上|迈过|登上|站上|跨过|跨)"
                           r"(?:[两二三四五六七八九十]|\d{1,2})个?(?:[百千万亿]+元?级?)?(?:新)?(?:台阶|大关|关口)$")
# words that say "how much" of the thing named before them (predicates.csv, role aspect): alone after a figure
# of an indicator, its level (外贸进出口增长8.4%，总额突破8000亿元)
_GROWTH_AFTER = re.compile(r"的(?:高|较高|较快|快速|稳定|中高)?(?:增速|增长|增幅|增长率|速度增长)")
_INDUSTRY_LIST = re.compile(r"第?(?P<n1>[一二三])(?:次?产业?)?[、和及与]?第?(?P<n2>[一二三])(?:次?产业?)?"
                            r"(?:[、和及与]?第?(?P<n3>[一二三]))?次?产业?(?P<aspect>增加值)$")
_FROM_PART_OF_YEAR = re.compile(r"[从由](?:一季度|上半年|前三季度|年初|[1一]月份?|\d{1,2}月底?)")
_AMOUNT_WORDS = ("总量", "总额", "规模", "总数")


def _milestone_after(after: str) -> bool:
    """_MILESTONE.match(after), asked only when a milestone word is there at all (most value lists have none;
    a call into re costs more than three `in`)."""
    return ("台阶" in after or "大关" in after or "关口" in after) and _MILESTONE.match(after) is not None


_MILESTONE_VERBS = ("迈上", "跨上", "跃上", "登上", "站上", "迈过", "跨越", "连跨", "跨过")
# 地区生产总值连跨两个万亿元台阶，年均增长5.7% (安徽 2026): milestones passed with no figure of the subject, whose
# figure follows in the next clause
_MILESTONES_PASSED = re.compile(r"(?:连续|连|先后|接连|相继|历史性)?(?:连跨|" + "|".join(_MILESTONE_VERBS)
                                + r")[^，,、0-9]{0,10}(?:台阶|大关|关口)$")
# 翻番, 翻两番 (4 倍), 翻了一番, 翻了将近一番 (about)
_DOUBLING = re.compile(r"翻了?(?P<near>将近|接近|近)?(?P<n>一|两|二|三|四)?番")
# 比2010年实现两个翻番 / 实现“双翻番”: each of the subjects before doubled (the count is of subjects, not of
# doublings); looked for before a 翻番 found, so that the search still starts from 翻
# 翻番 as a noun (将“一区”建设作为翻一番的重要引擎, 拆出了…翻一番”的强大信心) or ending a slogan in quotes: no figure; a
# goal stays one (实现翻一番的目标)
_DOUBLING_NAMED = re.compile(r"”|的(?!(?:奋斗|预期|发展)?目标|任务)")
_EACH_BEFORE = re.compile(r"[“\"]?(?:两个|双)$")
_DOUBLINGS = {"两": 4.0, "二": 4.0, "三": 8.0, "四": 16.0}
# 城镇化率由2015年的33.6%提升至2020年的48.7%: a verb after a figure starts the next one, it is no attribute
_CONTINUE = ("和", "与", "及", "增长", "下降", "同比", "比", "较", "居", "位", "排", "占", "是", "分别", "提高", "增加",
             "提升", "上升", "扩大", "缩小", "攀升", "跃升",
             "减少", "降低", "上涨", "回落", "相当于", "高于", "低于", "超", "，", ",", "、", "。", "；", ";", "：", ":",
             "）", ")", "”", "\"", "（", "(", "!", "！", "?", "？", "增", "降", "左右", "以上", "以内", "以下")
_CONTINUE_NOT_AND = tuple(w for w in _CONTINUE if w not in ("和", "与", "及"))
# the same words by their first character: asked of the text after every value list (twice), and a tuple
# of 70 words is tried word by word
_CONTINUE_BY_FIRST = {w[0]: tuple(x for x in _CONTINUE if x[0] == w[0]) for w in _CONTINUE}
_LIST_BREAK = re.compile("[、，,和及与；;。]")  # between two numbers: they are not one attribute and its figure
# (from 届, looking back at its number: re jumps from one 届 to the next instead of trying every numeral)
_MEETING = re.compile(r"届(?<=[一二三四五六七八九十\d]届)(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})次[、和]?)+")
_CLAUSE_GAP = re.compile(r"[，,；;][^，,；;]*[，,；;]")  # more than one clause between two words
_EACH = re.compile(r"均|分别|各|都|每")  # a figure after a list that is each item's (粮食、蔬菜产量均稳定在…)
_STOCK_REACHED = (["达到"], ["达"], ["增至"], ["增加到"], ["总数达"], ["总数达到"])  # the word before a stock's figure
_NEW_WORDS = frozenset(("新增", "净增", "新认定", "新培育", "新引进", "新登记"))
_PARAGRAPH_STOP = re.compile(r"[。\n！？]")
_NEW_WORDS_AND_BUILT = (*_NEW_WORDS, "新建", "新开工")  # (none is the start of another: the order is free)
_NEW_WORDS_LED = (*_NEW_WORDS_AND_BUILT, "新上")  # “十二五”期间力争新上…项目80个 (徐水县 2011): projects newly started
_REACHING = ("达到", "达", "高达", "达到了")  # a level reached, at the end of a span (guide rule 12), as 增至 and 突破 say
_DELIMS = set("，,、。；;：:！？!?\n")
_FULL_STOP = "。！？!?\n"  # where a sentence ends
_SENTENCE_END = _FULL_STOP + "；;"  # ... or one of its parts
_CLAUSE_MARKS = "，,：:"  # what ends a clause (CLAUSE) in a sentence without brackets
_BREAKDOWN_LEAD_ENDS = "看分中长升高加"  # the last character of every lead names.phrases.breakdown_lead reads, before its mark


_SHORT_QUOTE_LONGEST = 26  # (a quoted title or slogan is shorter: longer quotes are speech, with clauses of their own)


def _stretches(cuts: list[int], s: int, e: int) -> list[tuple[int, int]]:
    """The non-empty stretches of text[s:e] between the marks at `cuts` (sorted, each in [s, e))."""
    out = []
    for cut in cuts:
        if cut > s:
            out.append((s, cut))
        s = cut + 1
    if e > s:
        out.append((s, e))
    return out


_CJK = re.compile(r"[\u4e00-\u9fff]")
_NOUN_START = re.compile(r"“?[\u4e00-\u9fff]")  # 推出119个“高效办成一件事”重点事项: a counted noun may open with a quote
_DIGIT = re.compile(r"\d")
_LAND_AFTER = re.compile(r"[\u4e00-\u9fff]{2,8}(?=[，,；;。]|$)")  # (the words after an area to its clause's end)
_SHARE_NAME_ENDS = (*_SHARE_ENDS, "占有率")  # (a name ending with one says a share: measure share, not level)
_AND_NEXT = frozenset("和及与")
# 1家高新技术企业通过省级公示, 51家科技型中小企业通过省级认定, 2家公司成功认定国家科技型中小企业: a verb after the
# counted noun (what the firms did) is no part of what is counted
_COUNTED_DID = re.compile(r"通过|成功|顺利|被|获|入选|纳入|认定|评为|实现")
# a verb of doing, the sum of the things counted after it (新签约了总投资11.4亿元的: pipeline._verb_before_sum)
_VERB_BEFORE_SUM = re.compile(r"(?:^|(?<=[，,；;。：:]))(?P<verb>[\u4e00-\u9fff]{2,6}?)了?(?:计划)?总?投资[\d.]+[万亿千百]*元的$")
# the things counted do what follows (…等100多项改革经验受到肯定和推广): the verb before the list is an item's own
_COUNTED_DOER = re.compile(rf"{_COUNTED_DID.pattern}|受到")
# 培育40家河北省科技型中小企业 (蠡县 2020): a province's name before a class it certifies (省科技型中小企业, as
# 省级…) between a count and the name is the class's tier, not another government's figure
_PROVINCE_TIER = re.compile(r"[\u4e00-\u9fff]{2,3}省")
_BECAME = re.compile(r"(?:企业|公司|单位)(?:成功|顺利)?被?(?:新)?(?:认定为?|评为|获评|入选|获批为?|通过认定为?|晋升为?)")
_YEAR_BEFORE = re.compile(rf"({YEAR})年的?$")  # 攀升至2019年的第45位
_PLAN_END_BEFORE = re.compile(r"十([一二三四五六七八九])五[”\"]?末的?$")  # 由“十二五”末的第49位
_FROM_TO = re.compile(rf"[由从]({YEAR})年[^。！？!?；;]{{0,40}}?[到至]({YEAR})年")
@lexicon.derived
@lru_cache(maxsize=1)
def _opening_words() -> tuple[re.Pattern[str], frozenset[str]]:
    """What is no part of a name at a phrase's start: a year, or a word opening a clause (predicates.csv, role
    opening); and the characters one of them starts with."""
    words = lexicon.words_with("opening")
    return re.compile(rf"{YEAR}年度?|{lexicon.alternation(words)}"), frozenset("12") | frozenset(w[0] for w in words)


# a span opening a name says when, which the period says: “十四五”时期, “十三五”期间, 十四五以来, 五年来 (not
# 十四五规划项目: a plan's name without a word of time after it is part of the thing; 近5年, 近三年累计造林 stay while the
# period gives such a figure one year: the name is then the only place that says the span)
# …; the year before or the report's (去年常住人口省际净流入, 辽宁 2026), a base year compared with (与2024年同比事故起数,
# 海口 2025)
_SPAN_LEAD = re.compile(r"“?[十]?[一二三四五六七八九]五”?(?:时期|期间|以来)[，,、]?"
                        r"|(?:过去)?[\d一二三四五六七八九十两]{1,2}年(?:来|间|以来)[，,、]?"
                        r"|(?:今年|去年)(?:以来)?[，,、]?|与(?:(?:19|20)\d{2}年|上年|去年)(?:同期)?同比")
_SPAN_LEAD_FIRST = frozenset("“十一二三四五六七八九过0123456789今去与")


_ITEM_WORDS = re.compile(r"(?:(?![一二三四五六七八九十两])[\u4e00-\u9fff]){2,4}")  # a short word, no numeral


def _item_words(gap: str) -> str:
    """The words of an item's own between a list's count before and its count, right before the count (、市定, 和全县:
    市定, 全县), '' when the gap holds only the list's marks, a bound or a lead word (、近, ，其中: predicates.csv roles
    opening, lead, time), more than a short word, or words a list mark follows (、职业院校和: the item before's)."""
    own = gap.lstrip("、，,和及与以 ")  # (、职业院校和538所: words before 和 are the item before's, no maker)
    if not _ITEM_WORDS.fullmatch(own) or own in lexicon.bounds()[0] or own in lexicon.words_with("opening", "lead", "time"):
        return ""
    return own


def _lead_words(phrase: str) -> re.Match[str] | None:
    """The opening words' match at the phrase's start, asked of re only when the phrase starts as one of them does
    (most do not; a call into re costs more than a set lookup)."""
    pattern, initials = _opening_words()
    return pattern.match(phrase) if phrase[:1] in initials else None


# a meeting's number (县委十五届三次全会, 十五次党代会, 省委十次全会): it names the meeting, no figure (issue 13, point 6)
_PLACE_KINDS = frozenset("省市县区州盟旗镇乡")  # the last character of a place's name (阿克苏 + 市)
_PLACE_PARTS = frozenset(("市区", "县城", "城区"))  # 泉州市区: the city proper, a part of the place, not the place
# 近5年人均预期寿命增量, 五年来…增幅: a change over the years of a review, which a rank after it ranks
_SPAN_CHANGE_RANKED = re.compile(r"(?<!连续)(?<!连)(?P<n>[3-9三四五六七八九])年(?:来)?[^，,。；;\d]{0,20}?"
                                 r"(?:增量|增幅|增速|增长|涨幅)")
# a share of a class opening a name (55%以上的村（社区）, 80%的企业): the name holds the figure, the rest is each one's bar
_SHARE_OF_CLASS = re.compile(r"\d+(?:\.\d+)?%(?:以上|以下|左右)?的")
_MEETING_NUMBER = re.compile(r"[一二三四五六七八九十\d]+(?:届[一二三四五六七八九十\d]+)?次(?:全会|党代会|全体会议|代表大会|会议)")
_TIME_LEAD = re.compile(rf"(?:{YEAR}年|今年|去年|上年|当年)")
_GOAL_AFTER = ("的目标", "的预期目标", "的年度目标", "的计划目标", "的增长目标", "的调控目标", "目标")
_GOAL_BEFORE = re.compile(r"目标(?:是|为)[：:]?|目标[：:]")
# 增长6.5%(年度目标6%以上) (涞源县 2025), 增长8.2%，全年目标为7%: right after a figure, the goal set for it
_GOAL_OF_CARRIED = re.compile(r"[\s，,]*[（(]?(?:年度|全年|年初)?(?:预期|计划)?目标值?(?:为|是)?[：:]?")
_GOAL_RIGHT_BEFORE = re.compile(r"[（(，,；;]\s*(?:年度|全年|年初)?(?:预期|计划)?目标值?(?:为|是)?[：:]?\s*$")  # (not 优于考核目标)
_ACHIEVED = re.compile(r"实际|实现|完成|达到|结果")  # a result after the goal
_BASE_YEAR = re.compile(rf"[比较]({YEAR})年(?:同期)?")
# a level held every year of a span (guide rule 12: 城镇调查失业率控制在5.5%以内 in a five-year review)
_STABLE = ("稳定在", "保持在", "维持在", "控制在", "稳定", "保持", "每年")

COLUMNS = tuple(INDICATORS)
# a span's end is a year, or a part of the start's year (2016-2020, 2023Q1-Q3, 2023M1-M11)
_PERIOD_SHAPE = re.compile(r"(?:19|20)\d\d(?:[QHM]\d{1,2})?-(?:(?:19|20)\d\d)?(?:[QHM]\d{1,2})?")


@lexicon.derived
@lru_cache(maxsize=1)
def _manner_words() -> re.Pattern[str]:
    """Words of how something was done, opening a phrase (predicates.csv: adverb, filler and opening words)."""
    return re.compile(rf"(?:{lexicon.alternation(lexicon.words_with('adverb', 'filler', 'opening'))})*")


@lexicon.derived
@lru_cache(maxsize=1)
def _deed_verbs() -> frozenset[str]:
    """Verbs of doing: the grammar's action words and done_verbs.csv (periods.doing_words), and predicates.csv's verbs
    less those opening a clause and the verbs of having (共有, 拥有: a stock, no deed)."""
    return doing_words() | {w for w, roles in lexicon.predicates().items()
                            if "verb" in roles and "opening" not in roles and not w.endswith("有")}


@lexicon.derived
@lru_cache(maxsize=1)
def _deed_manner_words() -> frozenset[str]:
    """How a deed is done, before its verb (成功创建, 高质量完成): predicates.csv adverb, name_grammar.csv topic_manner."""
    return frozenset(lexicon.words_with("adverb")) | frozenset(load_grammar().words("topic_manner"))


@lexicon.derived
@lru_cache(maxsize=1)
def _verbs_before_count() -> re.Pattern[str]:
    """Verbs of doing between a count-first figure's words and its number (the grammar's action words, done_verbs.csv
    and predicates.csv's verbs), then 了 or a bound word (建成了, 推进近): names.phrases.verb_after_manner. A verb of
    having (共有, 拥有) says a stock, no deed: 辖区内共有7个融媒体中心 stays 辖区内融媒体中心. Before the verbs may stand
    words that are no part of a name: a bound (至少), a commitment (力争), a clause's lead or time word (年内): 每个乡镇
    至少建成1个农业产业园区 -> 每个乡镇建成, 年内力争引进1-2家股份制银行 -> 年内引进 (the time word goes later); a year
    may stand after them (高标准完成2020年4个…重点项目 -> 高标准完成)."""
    verbs = _deed_verbs()
    leads = [w for w in (*(w for w, b in lexicon.bounds()[0].items() if b != "none"),
                         *(h.word for h in lexicon.hardness() if not h.clause_start),
                         *lexicon.words_with("opening", "lead", "time")) if w not in verbs]
    return re.compile(rf"(?:{lexicon.alternation(leads)})*(?P<verbs>(?:{lexicon.alternation(verbs)})+)了?"
                      rf"(?:{YEAR}年度?)?(?:{lexicon.alternation(lexicon.bounds()[0])})?")


@lexicon.derived
@lru_cache(maxsize=1)
def _time_in_names() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The time words of a deed inside a name (predicates.csv, role time; deadlines by pattern) and what a deed starts
    with (a verb of doing, a stage, a manner word: predicates.csv adverb, name_grammar.csv topic_manner and stage):
    names.phrases.without_time_words."""
    deeds = _deed_verbs() | _deed_manner_words() | frozenset(load_grammar().words("stage"))
    return (re.compile(rf"{DEADLINE}|{lexicon.alternation(lexicon.words_with('time'))}"),
            re.compile(lexicon.alternation(deeds)))


@lexicon.derived
@lru_cache(maxsize=1)
def _shared_deeds() -> tuple[lexicon.Endings, lexicon.Endings, frozenset[str]]:
    """The words of work a list of counts shares after its last item (name_grammar.csv deed, action, stage;
    done_verbs.csv) and the task nouns after them (deed_noun), by their endings, and the characters either ends
    with: names.phrases.counted_words."""
    grammar = load_grammar()
    works = doing_words() | frozenset(grammar.words("deed")) | frozenset(grammar.words("stage"))
    tasks = frozenset(grammar.words("deed_noun"))
    return lexicon.Endings(works), lexicon.Endings(tasks), frozenset(w[-1] for w in works | tasks)


@lexicon.derived
@lru_cache(maxsize=1)
def _list_verbs() -> tuple[frozenset[str], re.Pattern[str]]:
    """The verbs a list of counts opens with for all its items: the grammar's action and deed words and
    done_verbs.csv (打掉恶势力团伙4个、渣痞团伙3个 -> 打掉渣痞团伙): names.phrases.list_verb; and the manner words an
    item may open with before a verb of its own (成功创建, 高质量完成: predicates.csv adverb, name_grammar.csv
    topic_manner)."""
    verbs = doing_words() | frozenset(load_grammar().words("deed"))
    return verbs, re.compile(rf"(?:{lexicon.alternation(_deed_manner_words())})*")


@lru_cache(maxsize=256)
def _only_done(shown: str) -> bool:
    """及时足额拨付, 累计下达, 争取到位: how and what was done to money, no thing (manner words, then verbs of doing)."""
    verbs = shown[_manner_words().match(shown).end():].rstrip("了")
    return bool(verbs) and re.fullmatch(f"(?:{done_words().pattern})+", verbs) is not None


class Figure(NamedTuple):
    """One figure of a document: the INDICATORS columns after the document's own (doc_id ... doc_date).

    The walk makes hundreds per document; a tuple is several times cheaper to make than a
    26-key dict, and a table's columns are the figures transposed (extract_columns).
    """

    indicator: str
    indicator_id: str
    measure: str
    period: str
    kind: str
    value: float | None
    value_hi: float | None
    unit: str
    bound: str
    rank_scope: str | None
    estimated: bool
    hardness: str
    qualifier: str
    evidence: str
    start: int
    end: int
    section: str
    kind_note: str = ""  # a document of unknown year: which words decided the kind, or why none did
    name_source: str = ""  # vocabulary / grammar / phrase (extract/names)
    subject: str = ""  # whose figure, when not the issuing government's own


# the document's own columns, the same on each of its rows, and the documents-table column each comes from
DOCUMENT_COLUMNS = (("doc_id", "doc_id"), ("source", "source"), ("region", "region"), ("region_code", "region_code"),
                    ("region_code_current", "region_code_current"),
                    ("level", "level"), ("parent_code", "parent_code"), ("doc_type", "doc_type"),
                    ("doc_year", "year"), ("doc_date", "date"))
assert COLUMNS == tuple(c for c, _ in DOCUMENT_COLUMNS) + Figure._fields, "schema.INDICATORS and Figure disagree"
_new_figure = Figure._make  # tuple.__new__: no Python-level __init__ per figure

NAMELESS_SHORT = 8  # a shorter clause may be only connecting words (同比, 其中) and keeps the carried subject


# (2025年 is a year, no count; 增速较近两年翻一番 (蠡县 2022) compares with the years, it counts none)
_YEARS_BEFORE_DOUBLING = re.compile(r"(?<![\d年较比近])(\d{1,2}|[两二三四五六七八九十])年$")


@dataclass
class _Doubling:
    """翻番 read as a quantity: 2 倍 (翻两番: 4)."""

    start: int
    end: int
    value: float
    value_hi: None = None
    unit: str = "倍"
    family: str = "multiple"
    approx: str | None = None
    chinese: bool = True
    text: str = ""
    each: bool = False  # 两个翻番: of each of the subjects named, which must be named


@dataclass(frozen=True)
class _Words:
    """Word lists the walk reads with, the same for every document (built once per process)."""

    suffix_bounds: dict[str, list[tuple[str, str]]]  # first character -> (左右, 以上 ..., bound), longest first
    hardness_re: re.Pattern[str]
    hardness: dict[str, lexicon.Hardness]
    subyears: list[tuple[str, str]]  # 一季度 -> Q1
    any_subyear: re.Pattern[str]  # one sub-year word, the longest (前三季度 before 三季度)
    quarter_list: re.Pattern[str]  # a head that is a list of them: 一季度、上半年、前三季度分别增长
    subyear_code: dict[str, str]  # the same as a dict
    subyear_ends: tuple[str, ...]  # the last two characters of each (季度, 半年): one is there if a word is
    relative: dict[str, int]  # 上年 -> -1
    relative_re: re.Pattern[str]
    relative_have_nian: bool  # every relative word holds 年 (so does every year)

    @staticmethod
    @lexicon.derived
    @lru_cache(maxsize=1)
    def load() -> "_Words":
        suffix_bounds: dict[str, list[tuple[str, str]]] = {}
        for word, bound in sorted(lexicon.bounds()[1].items(), key=lambda kv: -len(kv[0])):
            suffix_bounds.setdefault(word[0], []).append((word, bound))
        relative = {w: int(y) for w, (k, y) in lexicon.period_words().items() if k == "relative"}
        subyears = [(w, y) for w, (k, y) in lexicon.period_words().items() if k == "subyear"]
        subyear = lexicon.alternation(w for w, _ in subyears)
        return _Words(
            suffix_bounds,
            re.compile("|".join(re.escape(h.word) for h in lexicon.hardness())),
            {h.word: h for h in lexicon.hardness()},
            subyears,
            re.compile(subyear),
            re.compile(rf"[，,\s]*(?P<list>(?:{subyear})(?:[、和及与](?:{subyear}))+)"
                       r"(?:分别)?(?:同比|比上年)?(?:增长|下降|增加|减少|提高|降低|达到|为|是)?$"),
            dict(subyears),
            tuple(sorted({w[-2:] for w, _ in subyears})),
            relative,
            re.compile("|".join(sorted(map(re.escape, relative), key=len, reverse=True))),
            all("年" in w for w in relative),
        )


def _plan_start(year: int) -> int:
    """The first year of the five-year plan that holds `year` (2023 -> 2021: 十四五)."""
    return 2021 + (year - 2021) // 5 * 5


@lexicon.derived
@lru_cache(maxsize=1)
def _walk_word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The verbs, the grammar's action words, the scope words, the drive words and the state words (longest
    first): the same for every document."""
    predicates = lexicon.predicates()
    return (frozenset(w for w, roles in predicates.items() if roles & {"verb", "lead"}),
            frozenset(r.word for r in load_grammar().of("action")), frozenset(lexicon.scopes()),
            tuple(w for w, roles in predicates.items() if "drive" in roles),
            tuple(sorted((w for w, roles in predicates.items() if "state" in roles), key=len, reverse=True)))


@lexicon.derived
@lru_cache(maxsize=1)
def _walk_verbs_of_doing() -> tuple[str, ...]:
    """The verbs a clause may open with and so name no one doing them (实现, 完成; not 带动, whose result is
    someone else's): data/predicates.csv."""
    return tuple(sorted((w for w, roles in lexicon.predicates().items() if "verb" in roles and "drive" not in roles),
                        key=len, reverse=True))


_MEANS_THING_LONGEST = 14  # (a thing counted that a means verb's name opens with: 返乡创业市场经营主体)


class _MeansWords(NamedTuple):
    verbs: dict[str, tuple[str, ...]]  # name_grammar.csv means_verb: the things it may stand before ((): any)
    after_counts: frozenset[str]  # those that also follow a count of things (kind count: 惠及, 带动)
    firsts: frozenset[str]  # their first characters
    funds: tuple[str, ...]  # fund, longest first
    things: tuple[str, ...]  # programme_thing
    programme_words: dict[str, tuple[str, ...]]  # the words after a programme's quotes, for each thing


@lexicon.derived
@lru_cache(maxsize=1)
def _means_words() -> _MeansWords:
    """What _by_means and _of_programme ask of the grammar: the same for every document."""
    grammar = load_grammar()
    verbs = {r.word: r.applies_to for r in grammar.of("means_verb")}
    programme = {r.word: r.applies_to for r in grammar.of("programme_thing")}
    return _MeansWords(verbs, frozenset(r.word for r in grammar.of("means_verb") if r.kind == "count"),
                       frozenset(w[0] for w in verbs), grammar.words("fund"), tuple(programme), programme)


@lexicon.derived
@lru_cache(maxsize=1)
def _means_cuts() -> frozenset[str]:
    """The verbs a fund's name is cut after (发放, 争取, 落实, 投入): the grammar's actions, topic verbs and money aspects,
    predicates.csv's verbs and leads."""
    verbs, actions, *_ = _walk_word_sets()
    grammar = load_grammar()
    return verbs | actions | frozenset(grammar.words("topic_verb")) \
        | frozenset(r.word for r in grammar.of("aspect") if "money" in r.applies_to)


_CLAUSE_JOINS = ("，", "；", ",", ";")
# units counting things (projects, firms, schools, works …): such a count after a clause opening with a project or an
# institution is mostly the government's own (保东500千伏变电站竣工投运，新增110千伏变电站2座), no one's of that name
_THINGS_COUNTED = frozenset(("个", "项", "家", "批", "处", "座", "所", "户", "宗", "件", "期", "条", "栋", "套"))
_HAVING = ("现有", "拥有", "共有")  # (现有企业140家: a verb of having, no subject of its own)


def _next_comma(text: str, start: int, end: int) -> int:
    """Where the first comma (，or ,) of text[start:end] stands, -1 if none."""
    a, b = text.find("，", start, end), text.find(",", start, end)
    return a if b < 0 or 0 <= a < b else b


_MONEY_UNITS = frozenset({"元", "美元"})  # (a balance, 存款余额, is a stock: the last year's, never a sum)
# a clause right after a review's figure comparing it (，同比增长36.1% / ，是2006年的3.6倍 / ，比“十二五”末增长 / ，年均递增12%):
# the figure is a year's level, compared with another year's, so the last year's
_COMPARED_OPENERS = ("同比", "比", "较", "是", "相当于", "按", "年均", "增长", "分别", "提高", "增加")
# a review's flow this many times the last year's level is the sum over its years (five years of a growing flow: about
# 4-5 times; two years: about 2), and within this factor of it the last year's own level (_settle_review_flows)
_SUM_OVER_YEARS = 1.8
_ABOUT_EQUAL = 1.3


@lexicon.derived
@lru_cache(maxsize=1)
def _grammar_word_sets() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]], frozenset[str], frozenset[str],
                                  frozenset[str], frozenset[str]]:
    """What the walk asks of the grammar's words, the same for every document: the money aspects (longest first),
    the describing families (the words only before which they describe: 的, 水深; none: before any noun), the
    levels, the aspects, the aspects' last characters and the person units, as sets."""
    grammar = load_grammar()
    aspects = grammar.words("aspect")
    return (tuple(sorted((r.word for r in grammar.of("aspect") if "money" in r.applies_to), key=len, reverse=True)),
            {r.word: r.applies_to for r in grammar.of("describing_family")},
            frozenset(grammar.words("level")), frozenset(aspects), frozenset(a[-1] for a in aspects),
            frozenset(grammar.words("person_unit")))


@lru_cache(maxsize=64)
def _divisions_below(below: str, own: str) -> tuple[frozenset[str], frozenset[str], int]:
    """Every name the gazetteer gives a division whose code starts with `below` (other than `own`), their first
    three characters, and the gazetteer's longest name: what DocumentExtractor._division_opening looks a phrase's
    openings up in (a per-government answer, as places_below's; the same as asking the gazetteer name by name)."""
    from govreport.clean.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    names = frozenset(name for name, divisions in gazetteer.by_name.items()
                      if any(d.code.startswith(below) and d.code != own for d in divisions))
    return names, frozenset(name[:3] for name in names if len(name) >= 3), gazetteer.max_len


class DocumentExtractor:
    """Extract the figures of one document (a row of the documents table)."""

    def __init__(self, doc: dict[str, Any], vocab: Vocabulary):
        self.doc = doc
        self.text: str = doc.get("text") or ""
        self.vocab = vocab
        self.ctx = DocContext(self.text, doc.get("year"), doc.get("doc_type"), doc.get("title") or "")
        self.own = own_scope_words(doc.get("region"))
        # a phrase outside the vocabulary loses the government's own words (全区, 洛龙区), not the grammar's
        # scope words: 全社会固定资产投资 of a sub-area stays as written, never the bare indicator's name
        self.own_longest_first = sorted(self.own - set(load_grammar().scope_words), key=len, reverse=True)
        self._own_initials = frozenset(word[0] for word in self.own)  # _display: most phrases start with none
        self.parser = HeadParser(vocab, self.own)
        self._level_names = {name: ident for (level, name), ident in lexicon.level_names().items()
                             if level == doc.get("level") and ident in vocab.indicators}
        self._level_last = frozenset(name[-1] for name in self._level_names)  # (_by_level)
        self._own_by_length = sorted(self.own, key=len, reverse=True)
        self._own_tuple = tuple(self._own_by_length)  # (str.startswith of them all at once)
        self.figures: list[Figure] = []
        self._review_flows: list[tuple[Figure, tuple[int, int]]] = []  # (figure, span): _settle_review_flows
        self._headline_names: frozenset[str] | None = None  # (asked only of someone else's figures)
        self._unmarked_review_level = False  # _period_kind gave a level of a review the span's last year, unmarked
        self._marks: dict[str, list[int]] = {}
        self._rank_cues = RankCues(self.text)  # _may_hold_rank
        self._plan_in_sentence: dict[int, tuple[int, tuple[int, int] | None]] = {}  # _sentence_plan's answers
        self._estimate_from: int | None = None  # where a 预计 leading the current sentence stands
        self._named_shares: dict[tuple[str, str], Indicator | None] = {}  # _named_share's answers
        self._shown: dict[str, str] = {}  # _display's answers
        self._periods_shown: dict[str, str] = {}  # _period_shown's answers
        self._current = (0, -1)  # the sentence the walk is in
        self._commas = (-1, -1, -1)  # its start and its first two commas (_second_clause)
        self._park: tuple[tuple[int, int], str] = ((0, -1), "")  # _park_of's answer for a sentence
        self._project_rows: dict[int, str] | None = None  # _row_project: the lines opening a row of projects
        self._project_cells: dict[int, str] = {}  # … and the lines describing a project named on the line before
        self._park_marks: list[tuple[int, int]] | None = None  # _park_of: (start, end) of each park mark
        self._division_prefix: str | None = None  # the code prefix of the divisions below the government (_division_opening)
        self._firms_named: list[str] = []  # the named firms, projects and parks of the document's figures so far
        # a county's one zone may open a clause alone (county_zone): the zone words, in a county's report only
        self._county_zones = entity_words("zones") if doc.get("level") == "county" else ()
        self._park_words = tuple(entity_words("park")) + tuple(entity_words("zones"))  # (a park's name ends with one)
        self._trades = entity_words("trade")  # 养猪, 养鸡 …: a firm known by its trade (firm_by_trade)
        self._topic = ""  # a sub-area opening the sentence (临港新片区…): its figures are that place's
        self._first_figure = 0  # where the sentence's first number stands
        self._breakdown = False  # the sentence opens with 分行业看，/ 在规模以上工业中，(names.phrases)
        self._lead_aspect = ("", "", "")  # the aspect of the last figure outside a breakdown, its section, its name
        # the figure parts follow after 其中: its name, its aspect, the last part's name, where it ended (a part goes on
        # in the same sentence, over ；)
        self._part_of: tuple[str, str, str, int] = ("", "", "", 0)
        self._grammar = load_grammar()
        self._verbs, self._actions, scopes, self._drives, self._states = _walk_word_sets()
        self._threshold_classes = self._grammar.words("threshold_class")
        self._aspects = self._grammar.words("aspect")
        self._proper_ends = self._grammar.words("proper_end")  # 苏州港: the place's name stays
        self._levels = self._grammar.words("level")
        (self._money_aspects, self._describing_families, self._level_set, self._aspect_set, self._aspect_last,
         self._person_units) = _grammar_word_sets()
        self._measure_nouns = self._grammar.words("measure_noun")
        self._structure_nouns = self._grammar.words("structure_noun")
        self._place_words = self._grammar.words("place")
        self._part_words = self._grammar.words("part")
        self._count_verb = ""  # the verb of the last count-first figure (新增9家A、38家B: B's too)
        self._count_noun = ""  # ... and its noun (a count of the same kind after a comma goes on with the verb)
        self._count_stop = 0  # where its noun ends
        self._value_start = 0  # where the value list being named starts
        self._scope_words = scopes | self.own
        self._empty_words = frozenset(self._grammar.words("empty"))  # (其中, 剩余, /月 alone: no name)
        # aspect words whose row stays when no clause before names their thing (参保率达96%: name_grammar.csv)
        self._stages = self._grammar.words("stage")  # (开工, 投产: longest first)
        self._stage_set = frozenset(self._stages)
        self._kept_alone = frozenset(r.word for r in self._grammar.of("aspect") if "alone" in r.applies_to)
        self._change_aspects = {r.word: r.replacement for r in self._grammar.of("change_aspect")}
        self._sentence_rates = frozenset(self._grammar.words("sentence_rate"))
        self._sentence_rate_ends = tuple(self._sentence_rates)
        # 支持, 带动, 惠及 … and the funds (_by_means), 项目, 企业 of a programme (_of_programme); the names so made
        self._means = _means_words()
        self._named_by_means: set[str] = set()  # (the list's verb is not theirs: _emit)
        self._rate_words = tuple(sorted((w for w in self._kept_alone if w.endswith("率")), key=len, reverse=True))
        # what the sentence holds at all (_note_cues); True until the walk enters one: ask everything
        self._has_year = self._has_plan = self._has_part_year = self._has_goal = True
        self.w = _Words.load()
        self.base = {column: doc.get(source) for column, source in DOCUMENT_COLUMNS}

    # -------------------------------------------------------------- the walk

    def run(self) -> list[Figure]:
        text = self.text
        quantities: list[Any] = find_quantities(text)
        for m in _DOUBLING.finditer(text):
            each = _EACH_BEFORE.search(text, max(0, m.start() - 3), m.start())
            if not each and _DOUBLING_NAMED.match(text, m.end()):
                continue  # 作为翻一番的重要引擎, “大干十四五、五年翻一番”战略目标: a slogan's words, no figure
            start = each.start() if each else m.start()
            quantities.append(_Doubling(start, m.end(), _DOUBLINGS.get(m.group("n"), 2.0),
                                        approx="about" if m.group("near") else None, text=text[start:m.end()],
                                        each=each is not None))
        quantities.sort(key=lambda q: q.start)
        if "届" in text:
            # 省委十一届十次、十一次全会: the session numbers of a meeting are no figures (issue 13, point 6)
            spans = [m.span() for m in _MEETING.finditer(text)]
            if spans:
                ends = [e for _, e in spans]
                quantities = [q for q in quantities
                              if not ((k := bisect.bisect_right(ends, q.start)) < len(spans) and spans[k][0] <= q.start)]
        starts = [q.start for q in quantities]
        n_quantities = len(quantities)
        bisect_left = bisect.bisect_left
        may_hold_rank = self._rank_cues.may_hold
        # may_hold_rank's own first test, made here: most sentences hold no ordinal or band at all
        cue_starts, cue_ends = self._rank_cues.starts, self._rank_cues.ends
        n_cues = len(cue_starts)
        notes = layout.notes_start(text)  # the notes at the end explain terms and hold no figures
        for s, e in self._sentences(len(text) if notes is None else notes):  # most hold no figure: the loop is kept lean
            self._current = s, e
            i = bisect_left(starts, s)
            # 一般公共预算收入全省排名第20位。: a ranking needs no number with a unit
            if i < n_quantities and starts[i] < e or (k := bisect_left(cue_starts, s)) < n_cues and cue_ends[k] <= e \
                    and may_hold_rank(s, e):
                j = bisect_left(starts, e, i)
                self._note_cues(s, e)
                n = len(self.figures)
                self._sentence(s, e, quantities[i:j], starts[i:j])
                if len(self.figures) - n > 1:
                    self._drop_bounds_met(n)
            elif (self.ctx.at(s).kind == "target" or text.find("持平", s, e) >= 0) \
                    and self.vocab.contains_name(text, s, e):
                # no figure, so no subject to carry: only a qualitative goal (增速高于GDP增速) can be here,
                # or a result held flat (居民消费价格与上年持平), and it names an indicator
                self._note_cues(s, e)
                for cs, ce in self._clauses(s, e):
                    if self.vocab.contains_name(text, cs, ce):
                        self._qualitative_goals(cs, ce)
        if self.ctx.doc_type == "statistical_communique":
            self._table_rows(notes)
        if self._review_flows:
            self._settle_review_flows()
        return self.figures  # finish_figures drops the repeats, once long phrases are shortened

    def _table_rows(self, notes: int | None) -> None:
        """The figures of a communiqué's tables (extract/layout.py), after those of its sentences, so that a
        figure a sentence states too is kept with the sentence's evidence."""
        text = self.text if notes is None else self.text[:notes]
        stated = {(f.indicator_id, f.measure, f.period, f.kind) for f in self.figures if f.indicator_id}
        for row in layout.table_figures(text, lambda name: self._table_indicator(name) is not None):
            indicator = self._table_indicator(row.name)
            assert indicator is not None
            if row.measure == "level" and indicator.units and strip_magnitude(row.unit) not in indicator.units:
                continue  # a count of firms in a column of 亿元 is no figure of it
            where = self.ctx.at(row.start)
            if (indicator.id, row.measure, str(where.year), where.kind) in stated:
                continue  # the sentence's figure stands (a table may round it, or repeat it)
            self.figures.append(Figure(
                indicator=indicator.name, indicator_id=indicator.id, measure=row.measure, period=str(where.year),
                kind=where.kind, value=row.value, value_hi=None, unit=row.unit, bound="eq", rank_scope=None,
                estimated=False, hardness="", qualifier="", evidence=text[row.start:row.end], start=row.start,
                end=row.end, section=where.heading, name_source="vocabulary"))

    def _table_indicator(self, name: str) -> Indicator | None:
        """The vocabulary indicator a table row's whole name is (全市 and the like may lead it)."""
        found = self.vocab.match_end(name)
        if found is None or found.aspect:
            return None
        lead = name[: found.start]
        if lead and lead not in self.own and lead not in ("全年", "全部", "地方"):
            return None
        return found.indicator

    def _note_cues(self, s: int, e: int) -> None:
        """Whether the sentence names a year (or 今年 ...), a five-year plan, a part of the year or a goal at all:
        most name none, and then the walk need not look for one before each of its figures."""
        text = self.text
        sentence = text[s:e]  # (one slice and `in`: four calls of find with bounds cost more)
        self._has_year = "年" in sentence or not self.w.relative_have_nian or (
            s > 0 and text[s - 1] in "；;" and self._year_leading_whole(s) is not None)
        self._has_plan = "五" in sentence
        self._has_part_year = "月" in sentence or self._names_subyear(s, e)
        self._has_goal = "目标" in sentence

    def _drop_bounds_met(self, first: int) -> None:
        """全省地区生产总值突破2万亿元，达到20913.3亿元 / 粮食产量达到554.5亿斤，连续11年稳定在500亿斤以上: a lower
        bound that the exact figure of the same subject in the sentence meets says nothing more of that year;
        only the exact figure stays (figures from `first` on: one sentence; one subject: one evidence start).
        So does the last of a run of steps (经济总量连跨5万亿元、6万亿元两个台阶, 连续跨越7万亿、8万亿、9万亿三个大台阶):
        the earlier steps were passed in earlier years, and the highest says where the year stands (docs/extract.md,
        guide rule 10's run read at the year reviewed)."""
        figures = self.figures
        drop = set()
        for k in range(first, len(figures)):
            a = figures[k]
            if a.bound != "ge" or a.measure != "level" or not a.indicator_id or a.value is None:
                continue
            for b in figures[first:]:
                if b is not a and b.indicator_id == a.indicator_id and b.measure == "level" and b.period == a.period \
                        and b.kind == a.kind and b.bound in ("eq", "ge") and b.value is not None and b.start == a.start \
                        and strip_magnitude(b.unit) == strip_magnitude(a.unit) \
                        and (_in_base(a.value, a.unit) < _in_base(b.value, b.unit)
                             or b.bound == "eq" and _in_base(a.value, a.unit) == _in_base(b.value, b.unit)):
                    drop.add(k)
                    break
        if drop:
            figures[first:] = [f for k, f in enumerate(figures[first:], first) if k not in drop]

    def _qualitative_goals(self, cs: int, ce: int) -> None:
        """Qualitative targets in a clause without figures that names an indicator."""
        where = self.ctx.at(cs)
        if where.kind == "target":
            for q in find_qualitative(self.text, cs, ce, self.parser):
                self._qualitative_row(q, where)
        elif where.kind == "actual" and where.span is None and self.text.find("持平", cs, ce) >= 0:
            for q in find_flat_results(self.text, cs, ce, self.parser):  # 居民消费价格与上年持平: growth 0
                explicit, _ = self._sentence_year(q.start)
                self._emit(q.subject, q.subject.indicator, q.measure, str(explicit or where.year), "actual", 0.0,
                           None, q.unit, "eq", None, False, "", q.start, q.end, where)

    def _may_hold_rank(self, s: int, e: int) -> bool:
        return self._rank_cues.may_hold(s, e)

    def _sentence(self, s: int, e: int, quantities: list[Any], starts: list[int]) -> None:
        text = self.text
        carry: list[Subject] = []
        carry_estimated = False
        carry_change: str | None = None  # up / down: the carried subject's figure was a change
        last_change: str | None = None  # up / down: the last figure given was a change (增长6.5%)
        listed: list[Subject] = []  # the subjects given figures of their own in the last clause that had any
        owned: list[list[Subject] | None] = []  # the same for every clause so far (None: not one figure each)
        before: list[Subject] = []  # the last subjects named in the sentence (whose figure goes on: _bare)
        ordinals = self._may_hold_rank(s, e)  # a ranking needs an ordinal (第, 首位) or a band (前)
        last_figure = e if ordinals or not quantities else quantities[-1].start
        self._topic = self._topic_place(s, e)
        self._first_figure = quantities[0].start if quantities else e
        # a breakdown's lead (分行业看，/ 规上工业中，) is the sentence's first clause and ends in 看, 分 or 中 right before
        # its mark: most sentences' first clause does not, and the patterns are not asked (the marks are found once)
        marks = self._mark_positions(_CLAUSE_MARKS)
        k = bisect.bisect_left(marks, s)
        lead = breakdown_lead(text, s, e, self._aspects) \
            if k < len(marks) and s < marks[k] < e and text[marks[k] - 1] in _BREAKDOWN_LEAD_ENDS else None
        if lead is not None:  # 从产品产量看：铁矿石原矿下降43%: the lead may name the aspect itself
            self._breakdown = True
            aspect = aspect_of(lead, self._aspects)
            if aspect:
                self._lead_aspect = (aspect, self.ctx.at(s).heading, "")
        elif not (self._breakdown and text[s - 1: s] in "；;"):  # (八大类消费中，食品烟酒…；衣着下降0.3%)
            self._breakdown = False
        # 预计全年一般公共预算收入增长8%左右，税收收入增长6%: a 预计 before the sentence's first figure makes all
        # its results estimates (in a review: 预计 in a goal section is a forecast, no estimate of a result)
        first = quantities[0].start if quantities else e
        ahead = text.find("预计", s, first)
        self._estimate_from = ahead if ahead >= 0 and self.ctx.at(s).kind == "actual" else None
        bisect_left = bisect.bisect_left
        clause_topic = ""  # a sub-area whose figure opened a clause: the topic from the next clause on
        sentence_topic, part_clauses = self._topic, 0
        for cs, ce in self._clauses(s, e):
            if part_clauses:  # a part opening a clause (below) owns the figures of the clause after it only
                part_clauses -= 1
                if not part_clauses:
                    self._topic = sentence_topic
            qs = quantities[bisect_left(starts, cs): bisect_left(starts, ce)]
            ranks = find_ranks(text, cs, ce) if ordinals and self._may_hold_rank(cs, ce) else []
            if not qs and not ranks:
                if cs < last_figure:
                    part = self._grammar.topic_part.match(text, cs, ce)
                    if part:  # 省属企业创新导向更加突出，研发经费投入增长15.6% (浙江 2026): the firms' figure
                        self._topic, part_clauses = part.group("place"), 2
                if cs > last_figure:  # nothing after it to carry a subject to: only a goal may be here
                    if self.vocab.contains_name(text, cs, ce):
                        self._qualitative_goals(cs, ce)
                    continue
                new_carry, carry_estimated = self._clause_without_figures(cs, ce, carry, carry_estimated)
                if new_carry is not carry:
                    carry, carry_change = new_carry, None
                continue
            events: list[Any] = qs  # in text order already
            if clause_topic:
                self._topic = clause_topic
            elif not self._topic and cs > s and qs:
                # 谋划推进开发区基础设施建设项目，力争年内开发区营业收入超过450亿元，固投达到10亿元: a clause that
                # opens with a sub-area's figure makes the sentence's figures after it the place's, as a sentence
                # opening with the place does (a scope word, 全县, still says the government's own)
                topic = self._topic_place(cs, ce)
                if topic and self._names_a_place(topic) and not leading_actions(topic, self._actions) \
                        and topic[:2] not in self._verbs:
                    clause_topic = topic  # (实施综合片区类城市更新项目32个 does a thing to places: no topic)
            if not self._topic and not clause_topic and ranks:
                # 力争到2025年，综合排名跻身省级开发区前50，工业总产值达到150亿元，…，税收超4.5亿元: what ranks among
                # development zones is one; the figures after it are the zone's
                place = next((max((w for w in self._place_words if r.scope.endswith(w)), key=len)
                              for r in ranks if r.scope and self._names_a_place(r.scope)), "")
                clause_topic = place
            if ranks:
                events = sorted(qs + ranks, key=lambda ev: ev.start)
                # a number inside a ranking phrase (排名54个市辖区第四) belongs to the ranking
                events = [ev for ev in events if isinstance(ev, Rank) or not any(
                    r.start <= ev.start < r.end for r in ranks)]
            pos = cs
            clause_span = False
            previous_phrase = ""
            own: list[Subject] = []  # this clause's `listed`
            own_values = 0  # how many figures they were given
            i = 0
            while i < len(events):
                ev = events[i]
                if isinstance(ev, Rank):
                    head = self.parser.parse(text, pos, ev.start)
                    subjects = self.parser.subjects(head.rest, head.rest_start, 1) if head.rest else []
                    if subjects:
                        carry, carry_change = subjects, None
                    if len(subjects) == 1 and "、" in subjects[0].phrase and (subjects[0].match is None or subjects[0].note
                                                                                 == "subset") \
                            and _EACH_ALL.search(text, subjects[0].start + len(subjects[0].phrase), ev.ordinal_start) \
                            and (items := self._each_of_list(subjects[0], text)) is not None:
                        # 市场环境、创新环境、法治环境、政务环境均居全国前三, 上海上市企业融资额、总市值均居全国首位: 均 says
                        # the place is each item's; the items share the last one's head (shared_head)
                        subjects = items
                    elif len(subjects) == 1 and subjects[0].match is None and not subjects[0].stop:
                        subjects = self._of_sentence_thing(subjects)  # (…重点项目19个，…，投资完成率全市排名第二)
                    ranked = subjects or carry
                    if ev.respective and len(ranked) == ev.respective[1]:
                        ranked = [ranked[ev.respective[0]]]  # 分别居全国第四、第八: each subject its own place
                    for subject in ranked:
                        self._rank_rows(subject, ev, head, carry_estimated and not subjects)
                    pos = ev.end
                    i += 1
                    continue
                # a value list: numbers joined only by 、/和 (29578元、16458元)
                values = [ev]
                ends = [self._suffix_end(ev)]
                j = i
                while j + 1 < len(events) and not isinstance(events[j + 1], Rank) and \
                        _LIST_GAP.match(text[ends[-1][0]: events[j + 1].start]) and events[j + 1].start > ends[-1][0]:
                    j += 1
                    values.append(events[j])
                    ends.append(self._suffix_end(events[j]))
                list_end = ends[-1][0]
                one_value, family = len(values) == 1, values[0].family  # the list's shape, asked by most tests below
                if len(ends) > 1 and ends[-1][1] is not None and all(b is None for _, b in ends[:-1]) \
                        and not any(v.approx for v in values):
                    # 城乡居民人均可支配收入分别增长7%和8%左右: a bound after the last of a list is the list's, as a
                    # unit after the last number is (when each has its own, each is written: 4.8%左右和4.3%左右)
                    ends = [(end, ends[-1][1]) for end, _ in ends]
                after = text[list_end: ce]
                self._value_start = values[0].start
                head = self.parser.parse(text, pos, values[0].start)
                if isinstance(values[0], _Doubling) and head.years_back is None \
                        and (years := _YEARS_BEFORE_DOUBLING.search(head.rest)):
                    # 高新技术企业数3年翻一番 (云南 2026): doubled over the last N years, as 3年增长58.6% grew
                    head.rest = head.rest[: years.start()]
                    n_years = years.group(1)
                    head.years_back = int(n_years) if n_years.isdigit() else parse_chinese_numeral(n_years)
                clause_span = clause_span or head.span_words
                if _milestone_after(after) or text[pos: values[0].start].rstrip().endswith(_MILESTONE_VERBS):
                    # 一般公共预算收入迈上10亿元大关, 经济总量连续迈上4万亿、5万亿两个台阶: the level is at least the
                    # milestone; 先后迈上4000亿元、5000亿元两大台阶 passed them in years it does not say (no row)
                    subjects = self._subjects(head, len(values), previous_phrase, first_family=family)
                    if not subjects and len(carry) == 1 and carry[0].indicator is not None and not head.rest:
                        subjects = carry  # 全省生产总值增长5.5%，连续跨越…台阶: the steps of the figure before
                    if subjects:
                        carry, carry_change = subjects, None
                        # only the government's own indicator: someone else's milestone (全国…迈上120万亿元台阶)
                        # is no row; an exact figure later in the sentence replaces the bound (_drop_bounds_met)
                        own = [x for x in subjects if x.indicator is not None]
                        # (money or weight: 粮食产量跃上500亿斤台阶, 辽宁 2026)
                        if own and "先后" not in text[pos: values[0].start] \
                                and all(v.family in ("money", "weight") for v in values):
                            # a step reached is a level of the year it is reached by, never of a span (年均增长5%左右、
                            # 迈上3万亿元 in a five-year plan: 2030); a harvest's too (辽宁 2026: 粮食产量跃上500亿斤台阶)
                            self._value_rows(own, values, [(end, bound or "ge") for end, bound in ends], head,
                                             head.estimated, False, False)
                            # 迈上5万亿台阶、五年增量超1.36万亿元 (湖南 2026): 台阶 ends the step's figure
                            step = _MILESTONE.match(after)
                            list_end += step.end() if step else 0
                    pos = list_end
                    i = j + 1
                    continue
                # numbers that are not figures of the subject before them
                if self._is_attribute(after, events, j, ce):
                    i = j + 1  # the head goes on: 区级税收超50万元企业15家 is about 企业
                    continue
                if head.skip:
                    pos = list_end
                    i = j + 1
                    continue
                if after[:1] == "的" and _GROWTH_AFTER.match(after) and all(v.family == "percent" for v in values) \
                        and "up" not in head.roles:
                    # 保持了年均9.3%的高增速 / 实现了8%的增长: the noun after says the figure is a growth
                    head = dataclasses.replace(head, roles=["up", *head.roles])
                quarters = self._quarters(pos, values[0].start, len(values)) if len(values) > 1 else None
                if quarters:
                    # 一季度、上半年、前三季度分别增长4.5%、5.1%、5.5%: periods, not subjects; the figures are
                    # the carried subject's (none in this sentence: whose they are is not said, so no row)
                    if len(carry) == 1:
                        for q, end, code in zip(values, ends, quarters):
                            self._value_rows(carry, [q], [end], dataclasses.replace(head, subyear=code),
                                             head.estimated or carry_estimated, clause_span, True)
                    pos = list_end
                    i = j + 1
                    continue
                if carry and "目标" in text[pos: values[0].start] and _GOAL_OF_CARRIED.fullmatch(text, pos, values[0].start):
                    # 完成92.4亿元，增长6.5%(年度目标6%以上): the goal of the figure before, of its subject (carried)
                    # and its measure
                    subjects = []
                    if last_change and all(v.family == "percent" for v in values):
                        head = dataclasses.replace(head, roles=[last_change, *head.roles])
                else:
                    subjects = self._subjects(head, len(values), previous_phrase, carry,
                                              first_family=family)
                if len(subjects) == 1 and subjects[0].match is None and subjects[0].phrase in self.own and \
                        len(carry) == 1 and carry[0].match is not None:
                    # 全省地区生产总值增长5.1%，我市增长5.8%: the government's own figure of the indicator before
                    subjects = [Subject(subjects[0].phrase, subjects[0].start, carry[0].match)]
                if len(subjects) > 1 and one_value and family == "count" and head.rest and \
                        _EACH.search(text, pos, values[0].start) is None:
                    # 新增高新技术和科技型中小企业60家: one count after a list of kinds counts them together, it is
                    # neither's (a rate is each one's: 地区生产总值、人均GDP增长8%; 均/分别/各 make a count each one's)
                    subjects = together = [Subject(head.rest, head.rest_start, None)]
                else:
                    together = None
                noun_after = self._noun_after(after)
                among = one_value and family == "count" and _RANKED_AMONG.match(after)
                if noun_after and family == "count" and noun_after.startswith(self._structure_nouns) or among:
                    # 重点做好十一个方面工作: parts of the speech; 在全国入围的500个县中排名第53位 (涞源县 2021), 在全省62个
                    # 贫困县中排名第五 (涞水县 2020): the field a place is ranked in, no figure (its rank is one); 中央18家
                    # 媒体《中国乡村振兴新闻传播力评价榜单》: who issued the list
                    if among and among.group("field"):
                        carry = []  # (the rank after is of what the clause named before 在, not of an earlier figure)
                    pos = list_end
                    i = j + 1
                    continue
                if (family in self._describing_families
                        and describes_noun(after, _CONTINUE, self._describing_families[family],
                                           text[max(0, values[0].start - 3): values[0].start])
                        or family == "weight" and one_value and sizes_a_facility(after)
                        or "“" in text[max(0, values[0].start - 8): values[0].start]
                        and in_quoted_name(text, values[0].start, list_end)) \
                        and all(x.match is None for x in subjects):
                    # 3座35万千瓦光热电站, 实施0-6岁残疾儿童康复救助工程, 总长66公里的…工程: a size, a voltage or an
                    # age describing the noun after it; 落实“土十条”: a number in a name. No figure of the subject
                    pos = list_end
                    i = j + 1
                    continue
                # one sum of money, or one count, said of one subject: whose the money is and what is counted may be
                # said after the number (asked by family: most value lists are neither)
                if family in ("length", "area") and one_value and len(subjects) == 1 and subjects[0].match is None \
                        and not subjects[0].stop and (work := work_after(after, _shared_deeds())):
                    # 启动…津保北线李家营段3.5公里改线工程 (容城 2012), 沿黄岸线180公里流沙系统治理 (内蒙古 2026): the work
                    # the length is of, said after it, names it with the words before
                    phrase, at = subjects[0].phrase, subjects[0].start
                    described = max(phrase.rfind("的") if _DIGIT.search(phrase) else -1, phrase.rfind("等"))
                    if text[values[0].start - 1: values[0].start] in ("、", "，", ","):
                        phrase, at = "", values[0].start  # (2000亩桑叶产业园、1000亩高端花卉园建设: a new item's own)
                    elif described > 0:
                        # (投资2700万元的: the project's size; 通兴西路、振兴路等13.5公里市政道路翻修…: the items summed up)
                        phrase, at = phrase[described + 1:], at + described + 1
                    subjects = [dataclasses.replace(subjects[0], phrase=phrase + work, start=at,
                                                    stop=list_end + len(work))]
                elif family in ("length", "area") and one_value and len(subjects) == 1 and subjects[0].match is None \
                        and not subjects[0].stop and (m := _LAND_AFTER.match(after)) \
                        and m.group(0).endswith(self._grammar.words("extent_thing")) \
                        and text[values[0].start - 1: values[0].start] not in ("、", "，", ",", "和"):
                    # 整理出7.6万亩荒山，…种植了9.7万亩林果 (阜平 2021), 整理2380亩建设用地 (定兴 2022): the land an area
                    # measures, said right after it to the clause's end, is the thing counted (name_grammar.csv
                    # extent_thing); the words before say only what was done to it
                    land = m.group(0)
                    subjects = [dataclasses.replace(subjects[0], phrase=subjects[0].phrase.removesuffix("了") + land,
                                                    stop=list_end + len(land))]
                elif not one_value or len(subjects) != 1 or family not in ("money", "count"):
                    pass
                elif family == "money":
                    if subjects[0].match is None:
                        # 启动投资2亿元的直隶黑猪养殖基地项目: the money is the project's, named after it
                        described = described_after(after)
                        if described:
                            subjects = self._of_project(subjects[0], after[described:], list_end + described)
                        else:
                            subjects = self._with_funds_after(subjects, after)
                elif subjects[0].match is None:
                    # 建设10个县级综合养老服务中心 / 打造150个和美乡村: the number counts the noun after it; the word
                    # before says only what is done (和美 is a word here, no 和 of a list), or sums up the items
                    # counted (完成龙泉关、天生桥、史家寨3个镇区大市政建设), or describes them (总投资…的17个项目)
                    noun = counted_words(after, _shared_deeds()) if after and _NOUN_START.match(after) \
                        and not after.startswith(_CONTINUE_NOT_AND) else ""
                    if noun[:1] in _AND_NEXT and _DIGIT.search(noun):
                        noun = ""  # 新建学校12所和养老院5个: 和 joins the next item's own count, no noun of this one
                    if noun and self._bare_verb(subjects[0].phrase):
                        subjects = self._count_first(head, noun, list_end)
                    elif noun and counted_noun(after, values[0].unit, self._person_units, self._measure_nouns):
                        verb = count_verb(head.rest, self._actions) or (
                            opening_verb(head.rest, _deed_verbs()) if _COUNTED_DOER.search(noun) is None else "")
                        in_list = carried_verb = bool(before and before[-1].stop and head.rest_start < before[-1].stop)
                        if carried_verb and (item_own := _item_words(text[before[-1].stop: values[0].start])):
                            # 承担全市20件民心工程和全县30项民生实事, 省定20项民心工程、市定32项民生实事: the item's own scope
                            # word or maker, so another list's item, whose verb is not the one before (a scope word names
                            # nothing: scopes.csv)
                            carried_verb = False
                            verb = "" if item_own in lexicon.scopes() else item_own
                        elif carried_verb:
                            verb = self._count_verb  # 新增9家A、38家B: the list goes on with the verb before
                        if not verb and head.rest.startswith("的"):
                            verb = self._verb_before_sum(head.rest_start)
                        elif not verb and head.words and "、" in head.rest and not carried_verb and (
                                taken := _verbs_before_count().fullmatch(
                                    text, head.rest_start + len(head.rest), values[0].start)):
                            # 在老旧小区、医院周边新建4000个公共停车泊位 (上海 2021): the places where, then the verb
                            # the head reader took off before the count
                            verb = taken.group("verbs")
                        subjects = self._count_first(head, noun, list_end, verb)
                        if in_list:  # (the verb is the first item's: B starts at its count, never cut by A)
                            subjects = [dataclasses.replace(x, start=list_end) for x in subjects]
                elif before and before[-1].stop and before[-1].start <= subjects[0].start < before[-1].stop:
                    # 新增36家科技型中小企业、5家科技小巨人企业: the name before 5家 is the noun the count before
                    # it counted; 5家 counts the noun after it, as the list goes on counting first
                    noun = counted_words(after, _shared_deeds()) if after and _CJK.match(after[0]) \
                        and not after.startswith(_CONTINUE_NOT_AND) else ""
                    if noun and counted_noun(after, values[0].unit, self._person_units, self._measure_nouns):
                        subjects = [dataclasses.replace(x, start=list_end)
                                    for x in self._count_first(head, noun, list_end, self._count_verb
                                                               if self._count_stop == before[-1].stop else "")]
                carried = False
                if not subjects:
                    if noun_after and (not self._predicate_only(head) or family == "count" and carry
                                       and all(c.match is None for c in carry) and one_value):
                        # 完成149户农村危房改造加固 after another phrase's figure: the count's own noun, not the carry
                        subjects = self._count_first(head, noun_after, list_end)
                    elif carry:
                        subjects, carried = carry, True
                        if len(carry) == 1 and len(values) > 1 and "分别" in text[pos: values[0].start]:
                            # 吸收外资超140亿美元、省外境内资金近4000亿元，分别是“十二五”的1.3倍和1.6倍:
                            # 分别 goes back to each figure of the list, not to its last subject alone; so it
                            # does over clauses (城镇居民…达19233元，农村居民…达7815元，分别是2006年的2倍、1.8倍)
                            respective = listed if len(listed) == len(values) else _last_clauses(owned, len(values))
                            if respective:
                                subjects = respective
                        elif len(carry) == 1 and one_value and family == "percent" \
                                and len(owned) > 1 and all(o is not None and len(o) == 1 and o[0].indicator
                                                           for o in owned) \
                                and "分别" in text[pos: values[0].start] \
                                and [f.measure for f in self.figures if f.start >= s] == ["level"] * len(owned):
                            # 城镇居民人均可支配收入预计完成1.9万元，农民人均纯收入预计完成1.2万元，同比分别增长11% (容城
                            # 2015): one rate said of each (分别) is each clause's, when every clause before gave one
                            # indicator its level and nothing else
                            subjects = [o[0] for o in owned]
                    elif noun_after:
                        subjects = self._count_first(head, noun_after, list_end)
                if not subjects:
                    pos = list_end
                    i = j + 1
                    continue
                # The fix-ups below rename the value list's subjects by what the sentence says around them. Nearly all
                # are for one free phrase (a single subject outside the vocabulary: three value lists in four) of the
                # list's own (not carried from a figure before): the shape is asked once here, and again only after a
                # fix-up that changed the subjects (a fix-up that rewrites the phrase keeps the shape).
                alone = len(subjects) == 1 and subjects[0].match is None
                staged = rated = leveled = False
                if not carried:
                    if before and before[-1].stop and len(subjects) == 1 and subjects[0].note == "project" \
                            and subjects[0].start < before[-1].stop:
                        # 投资5000万元的托普衬布、投资2.1亿元的晨旭汽车零部件 (容城 2012): a project named after its figure is
                        # written there whole; only its evidence starts after the item before
                        gap = text[before[-1].stop: values[0].start]
                        own_start = before[-1].stop + len(gap) - len(gap.lstrip("、，,和及与 "))
                        subjects = [dataclasses.replace(subjects[0], start=own_start)]
                    elif alone and before and before[-1].stop \
                            and subjects[0].start < before[-1].stop < subjects[0].start + len(subjects[0].phrase):
                        # 新增1个国家级优势特色产业集群、新入规加工企业20家以上: the noun the count before counted is
                        # no part of the next subject
                        cut = before[-1].stop - subjects[0].start
                        rest = subjects[0].phrase[cut:]
                        kept = rest.lstrip("、，,和及与 ")
                        if kept:
                            subjects = [dataclasses.replace(subjects[0], phrase=kept,
                                                            start=before[-1].stop + len(rest) - len(kept))]
                        elif noun_after:  # 完成84个村通村道路硬化和10公里“四好”农村公路建设: the noun after it
                            subjects = self._count_first(head, noun_after, list_end, self._verb_before_sum(
                                head.rest_start) if head.rest.startswith("的") else "")
                            alone = len(subjects) == 1 and subjects[0].match is None
                    staged = alone and not subjects[0].stop \
                        and only_actions(self._display(subjects[0].phrase), self._stage_set)
                    if alone and before and "级" in subjects[0].phrase and not staged and not subjects[0].stop \
                            and (level := self._without_lead(self._display(subjects[0].phrase))) in self._level_set \
                            and (named := level_item_name(level, clean_phrase(self._display(before[-1].phrase)),
                                                          self._levels, self._actions | self._verbs, _list_verbs()[1])):
                        # 森林公园24个，其中国家级1个、省级23个 / 创建省级电商示范企业1家、市级14家: a level word alone is
                        # the thing counted before at that level (国家级森林公园, 创建市级电商示范企业), never 省级 alone
                        subjects = [dataclasses.replace(subjects[0], phrase=named)]
                        leveled = True
                    elif staged:
                        # 分散养殖场已建成86个，投产59个 / 实施…工程项目2758个、完工2746个: a stage verb alone counts the
                        # thing of the sentence's last figure counted alike (name_grammar.csv: stage)
                        subjects = self._at_stage(subjects, values[0].unit)
                        alone = len(subjects) == 1 and subjects[0].match is None
                    elif alone and before and subjects[0].note != "project" \
                            and (text[max(pos, before[-1].stop): subjects[0].start].strip() == "、"
                                 or subjects[0].phrase[:1] in _AND_NEXT and before[-1].stop <= subjects[0].start
                                 and not text[max(pos, before[-1].stop): subjects[0].start].strip()):
                        # 改造老旧小区682个、老旧管网7912公里: the next item of a list is done what the first is (新建学校
                        # 12所和养老院5个: so is the item after 和)
                        shown = self._display(subjects[0].phrase)
                        if shown[:1] in _AND_NEXT and text[subjects[0].start - 1: subjects[0].start] != "、":
                            shown = shown[1:]  # (the 和 that joins the item, no word of its name)
                        named = next_item_name(self._display(before[-1].phrase), shown, before[-1].match is not None,
                                               self._actions, self._grammar.words("owned_kind"), self._aspects,
                                               self._aspect_set, self._grammar.words("amount_of"))
                        if named and not shown.startswith(self._drives):  # (带动销售金额: a verb of its own)
                            subjects = [dataclasses.replace(subjects[0], phrase=named)]
                    if alone and "元" in subjects[0].phrase \
                            and (named := class_lead(self._display(before[-1].phrase) if before and before[-1].match is None
                                                     else self._counted_before(s, values[0].unit) if not before else "",
                                                     self._display(subjects[0].phrase))):
                        # 纳税超千万元企业27家；超亿元企业4家: a class above another amount, of the measure the one before
                        # has
                        subjects = [dataclasses.replace(subjects[0], phrase=named)]
                if one_value and (alone or len(subjects) > 1) and text[values[0].start - 1: values[0].start] == "各":
                    # 研发平台及众创空间各1家, (新增)公厕和口袋公园各5个: one figure for each of the kinds, done what the
                    # first is done (新建省重点实验室、省技术创新中心、省工程研究中心各20家: 新建省技术创新中心 also when
                    # the first is the vocabulary's)
                    if len(subjects) == 1:
                        subjects = _each_item(subjects[0], text)
                    verb = leading_actions(self._display(subjects[0].phrase), self._actions) if len(subjects) > 1 else ""
                    if verb:
                        # (a quoted name takes no verb inside its quotes: “专精特新”企业 stays)
                        subjects[1:] = [x if x.match is not None or leading_actions(self._display(x.phrase), self._actions)
                                        or "”" in self._display(x.phrase) else dataclasses.replace(x, phrase=verb + self._display(x.phrase))
                                        for x in subjects[1:]]
                    alone = len(subjects) == 1 and subjects[0].match is None
                if not carried:
                    if alone and not before and s > 0 \
                            and text[s - 1] in "；;" and self.figures and self.figures[-1].indicator_id \
                            and not text[s: subjects[0].start].strip():
                        # 居民人均可支配收入37116元，比上年增长5.5%；人均消费支出25679元 (焦作, 泉州 2025): per head of the
                        # people of the part before
                        subjects = self._per_head_of(subjects, self.figures[-1].indicator)
                        alone = len(subjects) == 1 and subjects[0].match is None
                    rated = one_value and alone and "率" in subjects[0].phrase and values[0].unit == "%"
                    if rated:
                        # 办理人大代表建议54件、政协委员提案34件，办结率、满意率均达100%: each rate its own row, of the
                        # things the counts before it counted
                        named = self._rates_of_things(subjects, text)
                        rated = named is not subjects
                        subjects = named
                        alone = len(subjects) == 1 and subjects[0].match is None
                    if one_value and not alone and len(subjects) == 1 and subjects[0].note == "subset" \
                            and "、" in subjects[0].phrase \
                            and _EACH_ALL.search(text, subjects[0].start + len(subjects[0].phrase), values[0].start) \
                            and (items := self._each_of_list(subjects[0], text)) is not None:
                        # 退役军人、残疾人新增就业均超7.3万人: groups of a vocabulary figure, each its own row (退役军人
                        # 新增就业, 残疾人新增就业), not one named by both
                        subjects = items
                        alone = False
                    if not rated and alone and not leveled and not subjects[0].stop:
                        # 全区共申列市以上重点项目24个，总投资1414.9亿元，…，开工率达100%: a rate of a stage or of
                        # the money done is of the one thing the sentence counted, not of the measure just before
                        named = self._of_sentence_thing(subjects)
                        alone = named is subjects
                        subjects = named
                    if not rated and alone and not leveled:
                        if before and not subjects[0].stop and subjects[0].phrase[:1] in self._means.firsts \
                                and (named := self._by_means(subjects, text, values[0].family)) is not subjects \
                                or cs > s and "”" in text[cs - 4: cs - 1] and subjects[0].phrase.endswith(self._means.things) \
                                and (named := self._of_programme(subjects, cs, s)) is not subjects:
                            # 新争取国家政策性资金4700多亿元，支持项目4200余个: what the money said just before reached;
                            # 开展人工智能“双百工程”，培育100家以上特色企业: the firms are the programme's
                            subjects = named
                            alone = False
                        if alone and before and not subjects[0].stop \
                                and (before[-1].start < cs or text[pos: subjects[0].start].strip() == "、"
                                     and (self._aspect_only(self._display(subjects[0].phrase)) or before[-1].match is not None
                                          and self._aspect_only(self._without_lead(self._display(subjects[0].phrase))))):
                            # 招商引资项目12个，投资38亿元 / 14个项目纳入省市重点项目，开工率100%: a bare verb of money or
                            # an aspect word (投资, 开工率, 总产能) is of the subject named in an earlier clause of the
                            # sentence (新建学校12所、医院3家: a list's own items stay as they are); a parallel item takes
                            # its aspect (国有控股企业增加值增长1.5%，股份制企业增长10.6%), a level word its thing (其中，
                            # 国家级4个)
                            subjects = self._with_topic(subjects, before[-1], values[0])
                            alone = len(subjects) == 1 and subjects[0].match is None
                        if alone and not subjects[0].stop and cs > s and not text[cs: subjects[0].start].strip():
                            # 新农保顺利启动，参保率达96%: a rate alone opening a clause is of the thing the clause before,
                            # which holds no figure, said only moved (name_grammar.csv: topic_predicate)
                            subjects = self._with_clause_topic(subjects, cs, s)
                            alone = len(subjects) == 1 and subjects[0].match is None
                        if one_value and alone \
                                and _EACH_ALL.search(text, subjects[0].start + len(subjects[0].phrase), values[0].start):
                            # 城市生活垃圾和建筑垃圾利用率均达60%以上, 退役军人、残疾人新增就业均超7.3万人: 均 says the figure
                            # is each item's; the items share the last one's head (shared_head, below)
                            items = _each_item(subjects[0], text, top_level=True)
                            shown = shared_head([self._display(x.phrase) for x in items], self._aspects, self._actions,
                                                words=_words_of, without_manner=self._without_manner,
                                                classes=self._threshold_classes) \
                                if len(items) > 1 else []
                            measured = [x[-1] in _MEASURE_LAST or x.endswith(("人次", "数量"))
                                        or bool(aspect_of(x, self._aspects)) for x in shown]
                            if shown and all(len(x) >= 3 for x in shown) and (all(measured) or not measured[-1]):
                                # (旅游人次和花费, 人大代表建议、政协提案办结率、满意率: an item left without the measure the
                                # others have, or a bare word, reads worse than the list under one name)
                                subjects = items
                                alone = len(subjects) == 1 and subjects[0].match is None
                    if family not in ("percent", "points", "multiple") \
                            and subjects[0].phrase.startswith(self._drives) and any(x.indicator for x in subjects):
                        # 中欧班列…，带动陕西进出口415.4亿元、增长11.7%: the amount a driver brought is its part of the
                        # indicator, not the government's whole, and so is the growth said of it
                        subjects = [dataclasses.replace(x, own=False, note="subset") for x in subjects]
                if not carried:
                    if before and not head.has_predicate and any(self._bare(x) for x in subjects) \
                            and all(self.parser.someone_elses(x) for x in before):
                        # 金丹科技实现营业收入12亿元，税收1.2亿元: a bare name and a figure with no verb of their
                        # own go on with the verb before, and so with whoever did it
                        subjects = [dataclasses.replace(x, own=False, note="actor") if self._bare(x) else x
                                    for x in subjects]
                    before = subjects if together is None else []  # (a sum is no one's to go on with)
                    carry = subjects
                    carry_estimated = head.estimated
                    # 五年吸收外资超140亿美元、省外境内资金近4000亿元: the span word leads the whole list
                    clause_span = clause_span or any(subject.over_span for subject in subjects)
                    verb = head.nearest_verb()
                    carry_change = verb if verb in ("up", "down") else None
                elif carry_change and all(v.family == "percent" for v in values) and (
                        (verb := head.nearest_verb()) is None or verb == "level" and all(
                            c.indicator is not None and c.indicator.percent == "" for c in carry)):
                    # 地区生产总值增长6.5%左右，力争7%: a bare % after a growth is the same growth; so is 努力实现7%
                    # of an amount, which has no level in % (but 城镇化率提高0.8个百分点，达到65% is a level)
                    head = dataclasses.replace(head, roles=[carry_change, *head.roles])
                if not carried:
                    seen = {o.phrase for o in own}
                    own += [subject for subject in subjects if subject.phrase not in seen]
                    own_values += len(values)
                estimated = head.estimated or (carried and carry_estimated)
                if not carried and alone and family == "money" and not subjects[0].stop and one_value:
                    subjects = self._for_purpose(subjects, after, list_end, ce, e)
                if not carried and len(subjects) > 1 and any(x.indicator is None for x in subjects):
                    # 广播、电视人口综合覆盖率分别达99.61%和99.77%: the items share the last one's head or aspect (an
                    # item the vocabulary does not name: 城乡居民基本养老保险 is read as 养老保险参保率, of another scope)
                    shown = [self._display(x.phrase) for x in subjects]
                    subjects = [dataclasses.replace(x, phrase=p) if p != w and x.indicator is None else x
                                for x, w, p in zip(subjects, shown, shared_head(shown, self._grammar.list_heads, self._actions,
                                                                                 words=_words_of,
                                                                                 pairs=lexicon.paired_words().keys(),
                                                                                 without_manner=self._without_manner,
                                                                                 classes=self._threshold_classes))]
                previous_phrase = subjects[-1].phrase
                self._value_rows(subjects, values, ends, head, estimated, clause_span, carried)
                last_change = verb if (verb := head.nearest_verb()) in ("up", "down") else None
                pos = list_end
                i = j + 1
            if own:
                listed = own
                owned.append(own if own_values == len(own) else None)

    # -------------------------------------------------------------- helpers of the walk

    def _counted_before(self, s: int, unit: str) -> str:
        """The name of the last phrase figure counted in `unit` in the part of the sentence before its ；, or ""."""
        if not s or self.text[s - 1] not in "；;":
            return ""
        stop = self.text.rfind("。", 0, s)
        for f in reversed(self.figures[-3:]):
            if f.start < stop:
                break
            if f.unit == unit and not f.indicator_id:
                return f.indicator
        return ""

    def _quarters(self, start: int, end: int, n_values: int) -> list[str] | None:
        """The sub-year codes when the head of a value list is a list of parts of the year, one per value
        (一季度、上半年、前三季度分别增长…); None otherwise."""
        if n_values < 2:
            return None
        m = self.w.quarter_list.match(self.text, start, end)
        if m is None:
            return None
        found = [self.w.subyear_code[w] for w in self.w.any_subyear.findall(m.group("list"))]
        return found if len(found) == n_values else None

    def _suffix_end(self, q: Any) -> tuple[int, str | None]:
        """End of the quantity with its suffix bound word (左右, 以上 ...) and that bound."""
        end = q.end
        for word, bound in self.w.suffix_bounds.get(self.text[end: end + 1], ()):
            if self.text.startswith(word, end):
                return end + len(word), bound
        return end, None

    def _is_attribute(self, after: str, events: list[Any], j: int, ce: int) -> bool:
        """亿元以上项目27个, 总投资1736.7亿元的248个重点项目: a number describing the noun after it."""
        if not after or not "\u4e00" <= after[0] <= "\u9fff" or after.startswith(_CONTINUE_BY_FIRST.get(after[0], ())) \
                or isinstance(events[j], _Doubling):
            return False  # 进出口总值翻番达到2206亿元: 翻番 is a change of the subject, not a word about the next figure
        if j + 1 >= len(events) or isinstance(events[j + 1], Rank):
            return False
        gap = self.text[events[j].end: events[j + 1].start]
        return _LIST_BREAK.search(gap) is None

    @staticmethod
    def _bare(subject: Subject) -> bool:
        """The government's own indicator named with nothing before it (税收, not 全县税收收入)."""
        return subject.own and subject.match is not None and subject.phrase == subject.match.name + subject.match.aspect

    def _noun_after(self, after: str) -> str:
        """新建2所公办幼儿园: the noun a count-first figure counts."""
        if not after or not _NOUN_START.match(after) or after.startswith(_CONTINUE_BY_FIRST.get(after[0], ())):
            return ""
        return counted_words(after, _shared_deeds())

    def _of_project(self, subject: Subject, after: str, noun_start: int) -> list[Subject]:
        shown = self._display(subject.phrase)
        aspect = next((a for a in self._money_aspects if shown.endswith(a)), "")
        project = described_thing(after)
        if not aspect or not project:
            return [subject]
        skipped = 0
        if not_whose(project) and not _DIGIT.search(project) and "的" not in project \
                and (named := _NAME_AFTER_CLASS.match(after, len(project))) and not done_words().match(named.group(0)):
            # 总投资46.58亿元的省重点项目华中温泉度假区 (涞源县 2020): a class of projects, then the one named
            project, skipped = named.group(0), len(project)
        project = without_what_is_said(project)  # 投资3.17亿元的跳台二期建成投训: the project is 跳台二期
        # (蠡县东220千伏、…及东口110千伏输变电工程: items sharing the head after the last one's class, named by it; whose
        # they are, the whole list, is the subject)
        head = _SHARED_HEAD.search(project) if "、" in project else None
        return [Subject((head.group(1) if head else project) + aspect, subject.start, None, own=False, note="project",
                        stop=noun_start + skipped + len(project), owner=project if head else "")]

    def _with_funds_after(self, subjects: list[Subject], after: str) -> list[Subject]:
        """及时足额拨付1600万元就业补助资金 (博野县 2025): a verb alone before an amount is named with the funds said
        right after it (names.phrases.funds_after)."""
        if not _only_done(self._display(subjects[0].phrase)):
            return subjects
        funds = funds_after(after)
        return [dataclasses.replace(subjects[0], phrase=subjects[0].phrase + funds)] if funds else subjects

    def _each_of_list(self, subject: Subject, text: str) -> list[Subject] | None:
        """The items of a list a figure after 均 is each one's (退役军人、残疾人新增就业均超7.3万人, 上海上市企业融资额、
        总市值均居全国首位), named with the head they share (names.phrases.shared_head: 退役军人新增就业, 上海上市企业总市值),
        as free phrases; None when the list does not part into such items (an item of fewer than three characters
        after sharing, or a bare word after a measured one: 旅游人次和花费 reads better whole)."""
        items = _each_item(subject, text, top_level=True)
        if len(items) < 2:
            return None
        shown = shared_head([self._display(x.phrase) for x in items], self._aspects, self._actions,
                            words=_words_of, without_manner=self._without_manner,
                            classes=self._threshold_classes)
        if len(shown) == 2 and not self._aspect_only(shown[0]) and self._aspect_only(shown[1]):
            # 碳排放权交易量、交易额均居全国首位 (山东 2026): an aspect alone after an item is that item's thing's
            shown = [shown[0], thing_of_first_item(shown[0], shown[1], self._aspects) or shown[1]]
        measured = [x[-1] in _MEASURE_LAST or x.endswith(("人次", "数量")) or bool(aspect_of(x, self._aspects))
                    for x in shown]
        if not all(len(x) >= 3 for x in shown) or not (all(measured) or not measured[-1]) \
                or any(self._aspect_only(x) for x in shown):
            return None  # (上海上市企业融资额、总市值: 总市值 alone would name nothing)
        return [dataclasses.replace(x, phrase=p, match=None, note=x.note if x.note != "subset" else "outside")
                for x, p in zip(items, shown)]

    def _with_topic(self, subjects: list[Subject], topic_subject: Subject, value: Any) -> list[Subject]:
        """The subject of a short phrase named with the subject of an earlier figure (names.phrases.join_topic)."""
        shown = self._display(subjects[0].phrase)
        if not shown:
            return subjects
        if topic_subject.match is None:
            if self._breakdown:
                return subjects  # 主要产品中，…实木木地板47.7万平方米，石灰石865.5万吨: the items of a breakdown are siblings
            last = shown[-1]
            aspect_only = last in self._aspect_last and self._aspect_only(shown)
            # 幼儿园684所，小学326所，初中170所: items counted alike are siblings, none is the other's aspect
            siblings = bool(self.figures) and self.figures[-1].unit == value.unit and not self.figures[-1].indicator_id
            if siblings and (verb := self._shared_verb(shown, self._display(topic_subject.phrase))):
                # 新建移动基站45座，联通基站22座: a sibling of the same head and unit is done as the item before it
                # (新建联通基站; 谋划亿元以上项目…，5亿元以上项目: 谋划); without the verb it reads as the stock
                return [dataclasses.replace(subjects[0], phrase=verb + shown)]
            if not aspect_only and last in self._aspect_last and (core := self._without_manner(shown)) != shown \
                    and self._aspect_only(core):
                # 谋划实施…重点项目82项，年度计划投资41亿元 / 棚改…，基本建成率: an aspect word after a lead or manner word
                # of its own is of the thing the earlier figure counts, when that names one; else it stays
                thing = thing_of_topic(clean_phrase(self._display(topic_subject.phrase)), self._aspects, self._actions,
                                       self._verbs)
                return [dataclasses.replace(subjects[0], phrase=thing + shown)] if thing else subjects
            if shown in self._level_set or aspect_only \
                    or not siblings and (len(shown) <= 3 or self._needs_topic(subjects[0].phrase, shown)):
                topic = clean_phrase(self._display(topic_subject.phrase))
                kept_alone = aspect_only and after_actions(shown, self._actions) in self._kept_alone
                if kept_alone and after_actions(topic, self._actions) in self._stage_set:
                    # 实施…4个村整体征迁工作，完成签约2090户，签约率达到96% (定兴县 2022): a stage done names no thing;
                    # the rate is of the one thing the sentence names, if one
                    topic = self._sentence_thing() or topic
                elif kept_alone and (
                        not names_a_thing(topic[: len(topic) - len(aspect_of(topic, self._aspects))], self._verbs)
                        or _CLAUSE_GAP.search(self.text, topic_subject.start + len(topic_subject.phrase),
                                              subjects[0].start)):
                    # (a thing two clauses back is not what the rate or the staff are of: 流转土地9150亩，…，户均增收),
                    # unless it is the one thing the sentence's figures name (目前10人以上加工点发展到251个，涉及…18个
                    # 门类，从业人员1.3万人)
                    topic = "" if shown.startswith(("户均", "人均")) else self._sentence_thing()
                    if not topic:  # (户均增收 is of the households counted, 带动近4000农户, not of the land let)
                        return subjects
                if kept_alone:
                    # (新增长护险参保人数…，参保率: 长护险's; 45天签 + 签约率, 合格 + 抽样合格率: what the clause before names
                    # is no thing)
                    topic = after_actions(topic, self._actions)
            elif len(shown) <= 14 and self.figures and self.figures[-1].unit == value.unit \
                    and last in topic_subject.phrase and not (last in self._aspect_last and shown.endswith(self._aspects)) \
                    and not _DIGIT.search(shown):
                # a parallel item: the topic's thing ends as it does (国有控股企业增加值 / 股份制企业)
                topic = clean_phrase(self._display(topic_subject.phrase))
                if not topic or topic[-1] not in self._aspect_last:
                    return subjects
                aspect = next((a for a in self._aspects if topic.endswith(a)), "")
                thing = topic[: len(topic) - len(aspect)]
                if not (aspect and thing and thing[-1] == shown[-1]):
                    return subjects
            else:
                return subjects
        elif shown.startswith("人均") and topic_subject.own and topic_subject.match.indicator.name.find("人均") > 0:
            # 城镇居民人均可支配收入66511元，增长4.6%，人均消费支出41366元 (泉州 2025): per head of the same people
            return self._per_head_of(subjects, topic_subject.match.indicator.name)
        elif shown in _AMOUNT_WORDS and topic_subject.own and "新增" not in topic_subject.match.indicator.name:
            # (新增市场主体2537家，总数达到20179家: the total is the stock, not what is new)
            # 一般公共预算收入增长4.6%，总量首次突破1900亿元 (广西 2026): the amount of the indicator named before
            return [topic_subject]
        elif shown in self._aspect_set or shown.lstrip("总") in self._aspect_set:
            topic = topic_subject.match.name  # 粮食种植面积551.84万亩，…，总产量236.88万吨
        elif topic_subject.own and (core := self._without_lead(shown)) != shown and (
                core in self._aspect_set or core.lstrip("总") in self._aspect_set):
            # 粮食播种面积稳定在6200万亩以上、年度产量首次突破2000万吨 (云南 2026): a lead word (年度) says no thing; the
            # aspect is the indicator's thing's when the two make a name of the vocabulary, else it stays as written
            named = self._vocabulary_subject(join_topic(topic_subject.match.name, core, self._aspects, self._levels),
                                             subjects[0].start)
            return [named] if named else subjects
        elif topic_subject.own and len(shown) <= 6 \
                and self._repeats_last_word(topic_subject.match.indicator.name, shown):
            # 全区规上企业R&D经费投入8.6亿元，…，投入强度达4.15% (徐水区 2024): a phrase opening with the last word of
            # the name before (投入) goes on from it, when the two make a name of the vocabulary (研发经费投入强度)
            named = self._vocabulary_subject(
                join_topic(topic_subject.match.indicator.name, shown, self._aspects, self._levels), subjects[0].start)
            return [named] if named else subjects
        elif (verb := leading_actions(shown, self._actions)) and shown[len(verb):] in self._aspect_set \
                and self.figures and self.figures[-1].name_source == "phrase" \
                and self.figures[-1].start >= self._current[0]:
            # 入园规模以上企业达13家，实现销售收入35.26亿元 (徐水 2010): a verb and an aspect after a thing the vocabulary
            # knows but the sentence names otherwise (a phrase row: 入园, the park's firms, not all of them), as written
            topic = clean_phrase(self._display(topic_subject.phrase))
        else:
            return subjects
        if not topic or topic.endswith(shown) or topic_subject.match is None and topic[:1] == "年" \
                and self._aspect_only(topic[1:]):
            return subjects  # (力争年产值达到3.5亿元，实现利税8000万元: a year's amount alone names no thing to go on with)
        joined = join_topic(topic, shown, self._aspects, self._levels)
        # 粮食播种面积稳定在36万亩，产量稳定在17万吨左右 (博野县 2021): the joined name is the vocabulary's 粮食产量
        named = self._vocabulary_subject(joined, subjects[0].start) \
            if topic_subject.match is not None and topic_subject.own else None
        return [named or dataclasses.replace(subjects[0], phrase=joined)]

    def _without_lead(self, shown: str) -> str:
        """`shown` without the lead words (predicates.csv: lead and nothing else, 年度, 全年, 确保) it opens with."""
        leads = self.parser.w.leads
        k = 0
        while True:
            word = next((w for w in (shown[k: k + 2], shown[k: k + 3]) if leads.get(w) == {"lead"}), "")
            if not word or len(shown) - k <= len(word):
                return shown[k:]
            k += len(word)

    def _without_manner(self, shown: str) -> str:
        """`shown` without the lead, manner and filler words it opens with (predicates.csv: 年度, 计划, 基本, 均), but
        for the last two characters (基本建成率 -> 建成率, 年度计划投资 -> 投资)."""
        leads = self.parser.w.leads
        k = 0
        while True:
            word = next((w for w in (shown[k: k + 2], shown[k: k + 3]) if leads.get(w)
                         and not leads[w] - {"lead", "adverb", "filler", "opening"}), "")
            if not word or len(shown) - k - len(word) < 2:
                return shown[k:]
            k += len(word)

    def _per_head_of(self, subjects: list[Subject], name: str) -> list[Subject]:
        """A figure per head (人均消费支出) named with the people of `name`, a vocabulary figure per head of them
        (城镇居民人均可支配收入 -> 城镇居民人均消费支出); as it is otherwise."""
        shown = self._display(subjects[0].phrase)
        k = name.find("人均")
        if k <= 0 or not shown.startswith("人均") or shown == name[k:]:
            return subjects
        joined = name[:k] + shown
        return [self._vocabulary_subject(joined, subjects[0].start) or dataclasses.replace(subjects[0], phrase=joined)]

    def _of_sentence_thing(self, subjects: list[Subject]) -> list[Subject]:
        """A rate of a stage or of the money done alone (name_grammar.csv: sentence_rate; after lead words, 年度投资完成率)
        named with the one thing the sentence's figures so far counted (_sentence_thing); `subjects` when none."""
        if not subjects[0].phrase.endswith(self._sentence_rate_ends):  # (asked of every phrase: kept cheap)
            return subjects
        shown = self._display(subjects[0].phrase)
        if not self._sentence_rates or self._without_lead(shown) not in self._sentence_rates:
            return subjects
        thing = self._sentence_thing() or self._thing_done(shown)
        return [dataclasses.replace(subjects[0], phrase=thing + shown)] if thing else subjects

    def _by_means(self, subjects: list[Subject], text: str, family: str) -> list[Subject]:
        """A name opening with a verb of reaching (name_grammar.csv means_verb: 支持项目, 带动消费, 惠及企业) named with the
        fund of the money figure just before it in the sentence (names.phrases.fund_of_means: 新争取国家政策性资金4700多亿元，
        支持项目4200余个 -> 国家政策性资金支持项目), or for a verb of kind count with the thing of a count just before
        (_thing_counted: 完成老旧小区改造117个、惠及居民 -> 老旧小区改造惠及居民); `subjects` when there is none, or the fund
        names nothing but money."""
        shown = self._display(subjects[0].phrase)
        verbs = self._means.verbs
        verb = next((v for v in verbs if shown.startswith(v)), "")
        if not verb or len(shown) <= len(verb) or (verbs[verb] and shown[len(verb):] not in verbs[verb]):
            return subjects
        f = self.figures[-1] if self.figures else None
        if f is None or f.start < self._current[0] or f.measure != "level" or family in ("percent", "points") \
                or text[f.end: subjects[0].start].strip() not in ("，", "、", ","):
            # (…重大产业项目3150个，带动面上产业投资增长6.5%: a growth after a drive is the whole's, predicates.csv)
            return subjects
        if f.unit.endswith("元"):
            means = fund_of_means(clean_phrase(self._display(f.indicator)), self._means.funds, _means_cuts()) \
                if f.name_source == "phrase" else ""
        elif verb in self._means.after_counts and f.unit != "%" and not _DIGIT.search(shown):
            # 完成老旧小区改造117个、惠及居民3.68万余户 / 新增返乡创业市场经营主体13.9万户、带动就地就业36.8万人: what the
            # things counted just before reached
            means = f.indicator if f.name_source != "phrase" else self._thing_counted(clean_phrase(self._display(f.indicator)))
        else:
            means = ""
        if not means:
            return subjects
        self._named_by_means.add(means + shown)
        return [dataclasses.replace(subjects[0], phrase=means + shown)]

    def _thing_counted(self, name: str) -> str:
        """The thing a count's free-phrase name counts, without the verb it opens with or the stage it ends with
        (新增返乡创业市场经营主体 -> 返乡创业市场经营主体, 山桃核加工扶贫车间建成投产 -> 山桃核加工扶贫车间); '' when it
        has neither, or what is left is no thing of one name (a list, a number, a verb inside)."""
        verb = leading_actions(name, self._actions)
        end = "" if verb else next((w for w in self._stages if name.endswith(w)), "")
        if not verb and not end:
            return ""
        thing = name[len(verb): len(name) - len(end)]
        while (stage := next((w for w in self._stages if thing.endswith(w) and len(thing) > len(w)), "")):
            thing = thing[: len(thing) - len(stage)]  # (建成投产: two stages)
        if len(thing) > _MEANS_THING_LONGEST or any(c in thing for c in "、和及与等") or not names_a_thing(thing, self._verbs):
            return ""
        return thing

    def _of_programme(self, subjects: list[Subject], cs: int, s: int) -> list[Subject]:
        """A verb and a class of things (name_grammar.csv programme_thing: 实施项目, 培育特色企业) named with the programme in
        quotes that the clause right before, with no figure, carries out (开展人工智能“双百工程”，培育特色企业 -> 人工智能
        “双百工程”培育特色企业); `subjects` when the clause is no such one."""
        shown = self._display(subjects[0].phrase)
        verb = leading_actions(shown, self._actions)
        thing = shown[len(verb):]
        if not verb or not 2 <= len(thing) <= 4 or not thing.endswith(self._means.things):
            return subjects
        programme_words = self._means.programme_words[next(w for w in self._means.things if thing.endswith(w))]
        k = max(self.text.rfind(c, s, cs - 1) for c in _CLAUSE_MARKS + "；;。") + 1
        clause = self.text[max(k, s): cs - 1]
        close = clause.rfind("”")
        q = clause.rfind("“", 0, close)
        if q < 0 or _DIGIT.search(clause, 0, q) or clause[close + 1:] not in ("", *programme_words):
            return subjects
        cuts = _means_cuts()
        cut = clause.rfind("的", 0, q) + 1
        for i in range(cut, q - 1):
            for n in (3, 2):
                if clause[i: i + n] in cuts:
                    cut = max(cut, i + n)
        if cut == 0 or q - cut > 6 or len(clause) - cut > 14 or any(c in clause[cut:q] for c in "、和及与"):
            # (no verb nor 的 before the name: what the clause is, is not read; 促进企业入统和“小升规”: two things)
            return subjects
        self._named_by_means.add(clause[cut:] + shown)  # (…创建42个示范村、22个示范片区: the item has its verb)
        return [dataclasses.replace(subjects[0], phrase=clause[cut:] + shown)]

    def _thing_done(self, rate: str) -> str:
        """The one thing whose money done the sentence's figures said (1596个“千项万亿”重大项目完成投资1.5万亿元: a result
        verb and an aspect, name_grammar.csv result_verb), for a rate of that aspect (投资完成率); '' when none or two."""
        def things_done(name: str) -> Iterator[str]:
            for r in self._grammar.of("result_verb"):
                end = next((r.word + a for a in r.applies_to if a in rate and name.endswith(r.word + a)), "")
                if end:
                    yield after_actions(name[: len(name) - len(end)], self._actions)
        return self._one_thing_of_sentence(things_done)

    def _sentence_thing(self) -> str:
        """The one thing the figures of the sentence so far name (their names without a leading verb or an aspect
        word, names_a_thing); '' when they name none or more than one."""
        def thing(name: str) -> Iterator[str]:
            name = after_actions(name, self._actions)
            yield name[: len(name) - len(aspect_of(name, self._aspects))]
        return self._one_thing_of_sentence(thing)

    def _one_thing_of_sentence(self, things_of: Callable[[str], Iterator[str]]) -> str:
        """The one thing (names_a_thing) that `things_of` reads off the names of the sentence's figures so far; ''
        when none or more than one."""
        things = set()
        for f in reversed(self.figures):
            if f.start < self._current[0]:
                break
            things.update(t for t in things_of(clean_phrase(self._display(f.indicator))) if names_a_thing(t, self._verbs))
        return things.pop() if len(things) == 1 else ""

    def _at_stage(self, subjects: list[Subject], unit: str) -> list[Subject]:
        """A stage verb alone (投产, 完工) named with the thing of the sentence's last phrase figure in `unit`: after its
        verb (实施X -> 完工X), or before its own stage (X开工 -> X完工; 签约项目 -> 签约项目开工); as it is when that
        names no thing."""
        stage = self._display(subjects[0].phrase)
        figure = next((f for f in reversed(self.figures) if f.start >= self._current[0] and f.unit == unit
                       and f.measure == "level"), None)
        if figure is None or figure.start < self._current[0]:
            return subjects
        topic = figure.indicator
        readings = []  # (the thing, the name): after the topic's verb (立案查处环境违法案件 -> 立案处罚环境违法案件), or
        for verb in (leading_actions(topic, self._actions), leading_actions(topic, self._actions | self._stage_set)):
            if verb:
                readings.append((topic[len(verb):], stage + topic[len(verb):]))
        end = next((w for w in self._stages if topic.endswith(w)), "")  # before its own stage
        thing = topic[: len(topic) - len(end)].rstrip("已新")  # (项目新开工43个、竣工38个: none new)
        readings.append((thing, thing + stage))
        for thing, joined in readings:
            if names_a_thing(thing.strip("“”"), self._verbs) and not thing.endswith(stage):
                return [dataclasses.replace(subjects[0], phrase=joined)]
        return subjects

    def _rates_of_things(self, subjects: list[Subject], text: str) -> list[Subject]:
        """Rates listed under one figure (办复率、满意率均达100%) as one subject each (names.phrases.listed_rates), a
        bare rate word among them (or alone, after a list of counts) named with what the counts just before it in
        the sentence counted (names.phrases.things_of: 办理人大代表建议、政协委员提案54件 -> 人大代表建议、政协委员提案
        办复率); `subjects` itself when nothing is renamed."""
        shown = self._display(subjects[0].phrase)
        core, parts = shown, listed_rates(shown, self._rate_words)
        if not parts and shown not in self._kept_alone:  # (办理满意率; but 办结率 is no 办结 + 率)
            core = after_actions(shown, self._actions)
            parts = listed_rates(core, self._rate_words)
        if parts:
            items = _each_item(dataclasses.replace(subjects[0], phrase=core), text)
            if len(items) != len(parts):
                return subjects
        elif core.endswith("率") and (core in self._kept_alone or len(core) <= 3):
            items, parts = subjects, [core]
        else:
            return subjects
        # (a rate word of the grammar, or one of three characters: 办复率, 走访率, 见面率)
        bare = [k for k, name in enumerate(parts) if name in self._kept_alone or len(name) <= 3]
        if not bare:
            return [dataclasses.replace(item, phrase=name) for item, name in zip(items, parts)]
        rate = next((w for w in self._rate_words if parts[0].endswith(w)), "")
        thing = parts[0][: len(parts[0]) - len(rate)] if rate else ""
        thing = after_actions(thing, self._actions)
        if not names_a_thing(thing, self._verbs):  # (建议提案办复率、满意率: the first rate's thing is the list's)
            counts = self._counts_before()
            if not parts[1:] and len(counts) < 2 and not (counts and "、" in counts[0]):
                return subjects  # (one count before a rate: _with_topic names it, as any aspect word)
            thing = things_of(counts, self._actions, self._verbs) if counts else ""
            if not thing and not parts[1:]:
                return subjects
        return [dataclasses.replace(item, phrase=thing + name if k in bare and thing else name)
                for k, (item, name) in enumerate(zip(items, parts))]

    def _counts_before(self) -> list[str]:
        """The phrase counts the sentence lists last, in the order said (办理人大代表建议54件、政协委员提案34件: both), past
        the rates said after them (办结率100%、满意率100%): back to the one written with its own verb (办理…), which
        opens the list, and within one clause of each other (a count clauses before is of something else)."""
        names: list[str] = []
        unit, after, opened = "", -1, None
        for f in reversed(self.figures):
            if f.start < self._current[0]:
                break
            if f.unit == "%" and not names:
                continue
            if f.name_source != "phrase" or f.measure != "level" or unit and f.unit != unit \
                    or f.unit in ("%", "位") or after >= 0 and _CLAUSE_GAP.search(self.text, f.end, after):
                break
            verb = leading_actions(f.indicator, self._actions)
            if opened is not None and verb != opened:
                break  # (受理…群众诉求事项12.39万余件 after 办理…事项63万余件: another verb, another list)
            thing = f.indicator[len(verb):]
            if not names_a_thing(thing, self._verbs) and (len(thing) < 2 or self.text[f.start - 1: f.start] != "、"):
                return []  # (合格1410批次: a verb, no thing; but 人大议案1件、建议53件: a thing of a list)
            unit, after = f.unit, f.start
            if f.indicator not in names:
                names.append(f.indicator)
            if verb and verb in f.evidence[: len(verb) + 4]:
                opened = verb  # (承办人大议案1件、建议53件，承办政协提案106件: the same verb goes on with the list)
        return names[::-1]

    def _with_clause_topic(self, subjects: list[Subject], cs: int, s: int) -> list[Subject]:
        """The subject of an aspect word kept alone (参保率) named with the thing of the clause just before it, when
        that clause is a thing and a predicate of the grammar without a figure (新农保顺利启动)."""
        shown = self._display(subjects[0].phrase)
        core = after_actions(shown, self._actions)
        alone = core in self._kept_alone
        if not alone and not self._aspect_only(core):
            return subjects
        k = max(self.text.rfind(c, s, cs - 1) for c in _CLAUSE_MARKS + "；;") + 1
        m = self._grammar.topic_clause.match(self.text, max(k, s), cs - 1)
        if m is None and alone:
            # 进一步规范和提升12345热线服务，满意率95.4% (山西 2026): what the clause before does something to
            m = self._grammar.topic_object.match(self.text, max(k, s), cs - 1)
        if m is None:
            return subjects
        thing = self._display(m.group("thing").strip("“”"))
        if not thing or leading_actions(thing, self._actions) or not names_a_thing(thing, self._verbs):
            return subjects  # (加大养老保险征缴力度: a verb and its object, no thing)
        if not alone:
            # 粮食生产再获丰收，总产达到20.2万吨 (容城 2015): another aspect word is of that thing only when the two make
            # a name of the vocabulary (粮食总产), the thing's extent word (生产) left out
            extent = next((w for w in self._grammar.words("extent") if thing.endswith(w) and len(thing) > len(w)), "")
            joined = thing[: len(thing) - len(extent)] + core
            found = self.vocab.match_end(joined)
            if found is None or found.start != 0 or found.aspect:
                return subjects
            return [Subject(joined, subjects[0].start, found)]
        return [dataclasses.replace(subjects[0], phrase=thing + core)]

    def _for_purpose(self, subjects: list[Subject], after: str, list_end: int, ce: int, e: int) -> list[Subject]:
        """投资8000万元启动兴隆街北延建设 / 投资530万元，完成南邑中学宿舍楼建设: a bare sum of money is named by what
        it is spent on, when that follows at once (in the clause, or as the next clause) and starts with an action."""
        shown = self._display(subjects[0].phrase)
        if not shown or shown[-1] not in self._aspect_last:
            return subjects
        shown = clean_phrase(shown)
        if not shown or not self._aspect_only(shown):
            return subjects
        start = list_end
        if not after.strip():
            start = ce + 1  # the next clause
            if start >= e:
                return subjects
        m, stop = purpose_words(self.text, start, e, self._actions)
        if not m or not leading_actions(m, self._actions):
            return subjects
        return [dataclasses.replace(subjects[0], phrase=m + shown, own=False, note="outside", stop=stop)]

    def _shared_verb(self, shown: str, before: str) -> str:
        """The action words the name before opens with (新建移动基站 -> 新建) when `shown` has none of its own and
        names a thing of the same head (联通基站: 基站, two characters at least); '' otherwise."""
        if "”" in before or "”" in shown:
            return ""  # (“开工一批”项目15个,“投产一批”项目10个: names in quotes are no things done)
        verb = leading_actions(before, self._actions)
        thing = before[len(verb):]
        if not verb or len(shown) < 3 or len(thing) < 3 or shown == thing or shown[-2:] != thing[-2:] \
                or shown[-1] in _MEASURE_LAST or aspect_of(shown, self._aspects) or shown[0] == "总":
            return ""  # (新增…，总里程达909公里: a total is the stock, nothing done)
        if any(shown[k: k + n] in self._actions for k in range(len(shown)) for n in (2, 3)):
            return ""  # (成功创建国家级制造业中试平台, 争创四星级公园: a verb of its own)
        return verb

    def _aspect_only(self, shown: str) -> bool:
        """投资, 总投资, 实现产值 (the phrase as shown): an aspect word, with a verb or 总 at most, names no thing of
        its own."""
        core = after_actions(shown, self._actions) or shown
        return core in self._aspect_set or core.lstrip("总") in self._aspect_set

    def _vocabulary_subject(self, name: str, start: int) -> Subject | None:
        """A subject made of `name` when the whole of it is a name of the vocabulary, with no aspect after it."""
        m = self.vocab.match_end(name)
        return Subject(name, start, m) if m is not None and m.start == 0 and not m.aspect else None

    @staticmethod
    def _repeats_last_word(name: str, shown: str) -> bool:
        """Whether `shown` opens with the last two characters or more of `name` and goes on past them (经费投入 +
        投入强度)."""
        return len(shown) > 2 and name.endswith(shown[:2]) and name[-2:] != shown

    def _needs_topic(self, phrase: str, shown: str | None = None) -> bool:
        """A name that says how much but not of what: a word of three characters at most (投资, 满意率, 总产能) or
        one made only of action words (完成了投资 holds 投资 as its object: see name_grammar.csv)."""
        shown = self._display(phrase) if shown is None else shown
        return 0 < len(shown) <= 3 or only_actions(shown.replace("投资", "").replace("投入", ""), self._actions)

    def _bare_verb(self, phrase: str) -> bool:
        """A subject phrase that names no thing: a verb or a word of two characters at most (建设, 打造, 对, 剩余)."""
        shown = self._display(phrase)
        return len(shown) <= 2 or shown in self._verbs or only_actions(shown, self._actions)

    def _predicate_only(self, head: Head) -> bool:
        return head.has_predicate and any(r in ("to", "up", "down", "level", "growth") for r in head.roles)

    def _count_first(self, head: Head, noun: str, noun_start: int, verb: str | None = None) -> list[Subject]:
        # (国家级 + the next count's 临床重点专科: the name goes on past the words written here; the list goes on after them)
        written = counted_length(self.text, noun_start, noun) or noun.find("级") + 1  # (村均: 均 left out of noun)
        m = self.vocab.match_end(noun)
        if m is not None and (m.start == 0 or _PROVINCE_TIER.fullmatch(noun, 0, m.start + 1)):
            return [Subject(noun, noun_start, m, stop=noun_start + len(noun))]
        if _COUNTED_DID.search(noun):
            named = self._counted_name(noun, noun_start)
            if named is not None:
                return [named]
        if verb is None:
            verb = self.text[head.rest_start: head.rest_start + len(head.rest)] if head.rest else ""
            if not verb:  # 全年新增5个…: the words taken off, without the lead and time words (全年)
                verb = "".join(w for w in head.words[::-1] if not _opening_words()[0].fullmatch(w))[-4:]
            elif len(verb) == 1 and head.words and verb not in name_edges()["free_single"] \
                    and self.text.startswith(head.words[-1], head.rest_start + 1):
                verb += head.words[-1]  # 新培育30户以上智能工厂: 新 alone is a word cut off its verb (name_edges.csv)
        if not verb and self._count_verb and self._count_stop <= self._value_start \
                and (_LIST_GAP.match(self.text[self._count_stop: self._value_start])
                     or self.text[self._count_stop: self._value_start] in ("，", ",")
                     and noun.strip("“”")[-2:] == self._count_noun.strip("“”")[-2:]):
            # 新增5个市级农业创新驿站、24个家庭农场: the list goes on with the verb before; over a comma with a count of
            # the same kind of thing alone (力争打造3—5个千万级销售单品，10—20个百万级销售单品: 阜平县 2022)
            verb = self._count_verb
        if verb and verb == head.rest:
            # 扎实推进28家矿山整合重组, 圆满完成13个整体征迁村: the verb the head reader took off stays after the manner word
            verb = verb_after_manner(verb, self.text[head.rest_start + len(verb): self._value_start],
                                     _verbs_before_count())
        if verb.count("“") > verb.count("”") and head.rest and head.rest.endswith(verb) \
                and self.text.startswith("”", head.rest_start + len(head.rest)):
            verb += "”"  # 对外贸易“朋友圈”扩大到155个国家和地区: the quote closes in the words before the count
        k = noun.find("、")
        if k >= 4 and len(verb + noun) > LONG_NAME + 4 >= len(verb) + k + 4 and written == len(noun) and noun[0] != "的" \
                and not _DIGIT.search(noun, 0, k) and noun.count("“", 0, k) == noun.count("”", 0, k):
            # 获评5个国家生态文明建设示范区、“两山”实践创新基地和美丽乡村先行区 / 42个国家和省级现代农业产业园、产业集群、
            # 产业强镇梯次创建: the count's noun opens the list; a long name keeps its last words, the kinds the count
            # does not name first, so the name is the first kind, when it is short enough to be kept whole
            whole = Subject(verb + noun, noun_start, None)
            if self._done_over_span(whole, head, self._value_start, verb + noun[:k]) \
                    == self._done_over_span(whole, head, self._value_start):
                noun = noun[:k]  # (…产业强镇梯次创建 in a five-year review: the verb says a sum over the span; kept)
        self._count_verb, self._count_stop, self._count_noun = verb, noun_start + written, noun
        return [Subject(verb + noun, head.rest_start if head.rest else noun_start, None, own=False, note="outside",
                        stop=noun_start + written)]

    def _verb_before_sum(self, at: int) -> str:
        """新签约了总投资11.4亿元的奥特莱斯、青要谷文旅综合体等4个文旅项目 (安新县 2024): the verb of doing before the sum
        that describes the things counted (`at`: the 的 after it) is the count's (新签约); '' when other words stand
        there."""
        m = _VERB_BEFORE_SUM.search(self.text, max(0, at - 24), at + 1)
        if m is None:
            return ""
        new = "新" if m.group("verb").startswith("新") else ""
        verbs = _verbs_before_count().fullmatch(m.group("verb"), len(new))
        return new + verbs.group("verbs") if verbs and verbs.start("verbs") == len(new) else ""

    def _counted_name(self, noun: str, noun_start: int) -> Subject | None:
        """1家高新技术企业通过省级公示 / 2家公司成功认定国家科技型中小企业: what a count-first figure counts when a
        verb follows the name (the name before it) or firms became what the verb names (the name after it)."""
        became = _BECAME.match(noun)
        if became is not None:
            rest = noun[became.end():]
            found = self.parser.subjects(rest, noun_start + became.end(), 1)
            if len(found) == 1 and found[0].indicator is not None and found[0].start == noun_start + became.end():
                return dataclasses.replace(found[0], stop=noun_start + len(noun))
            return None
        for k in range(len(noun) - 1, 1, -1):
            if _COUNTED_DID.match(noun, k):
                m = self.vocab.match_end(noun[:k])
                if m is not None and m.start == 0:
                    return Subject(noun[:k], noun_start, m, stop=noun_start + len(noun))
        return None

    def _subjects(self, head: Head, n_values: int, previous_phrase: str, carry: list[Subject] | None = None,
                  first_family: str = "") -> list[Subject]:
        if not head.rest:
            return []
        # 城乡居民人均可支配收入51343元: one amount is all residents' (urban and rural cannot share a level); one
        # rate (增长8.5%以上) is both populations' (guide rule 9)
        industries = self._industries(head.rest, head.rest_start, n_values) \
            if "产" in head.rest and not head.share_of else None  # (…增加值占地区生产总值的比重: a share)
        if industries:
            return industries
        subjects = self.parser.subjects(head.rest, head.rest_start, n_values, pair_one=first_family != "money")
        if len(subjects) == 1 and subjects[0].match is None and previous_phrase:
            filled = self.parser.ellipsis_from(subjects[0].phrase, previous_phrase, subjects[0].start)
            if filled is not None:
                return [filled]
        if len(subjects) == 1 and subjects[0].match is None and carry and len(carry) == 1:
            filled = self.parser.head_from(subjects[0].phrase, carry[0], subjects[0].start)
            if filled is None and carry[0].indicator is not None:
                # 粮食种植面积551.84万亩，比上年增长0.2%，总产量236.88万吨 (益阳市 2025): the elliptic name borrows
                # the topic of the subject carried from the clause before, as it does within one clause
                filled = self.parser.ellipsis_from(subjects[0].phrase, carry[0].phrase, subjects[0].start)
            if filled is not None:
                return [filled]
            if carry[0].match is not None and carry[0].own:
                # 粮食种植面积551.84万亩，比上年增长0.2%，总产量236.88万吨 (益阳 2025): the topic of the clauses before
                filled = self.parser.ellipsis_from(subjects[0].phrase, carry[0].phrase, subjects[0].start)
                if filled is not None:
                    return [filled]
        return self._by_level(subjects) if self._level_names else subjects

    def _by_level(self, subjects: list[Subject]) -> list[Subject]:
        """Names whose statistic depends on the level of government (level_names.csv): a province's bare
        财政收入 is its 一般公共预算收入; in a list, a short item borrows the name before it (地方财政收入、支出)."""
        out: list[Subject] = []
        previous = ""
        for subject in subjects:
            if subject.match is not None or subject.note not in ("", "outside") \
                    or subject.phrase[-1:] not in self._level_last:  # (no name here: it ends where none can)
                out.append(subject)
                previous = ""
                continue
            name = self._bare_name(subject.phrase)
            ident = self._level_names.get(name)
            if ident is None and previous and len(name) <= 2:
                name = previous[: len(previous) - len(name)] + name
                ident = self._level_names.get(name)
            if ident is None:
                out.append(subject)
                previous = ""
                continue
            match = Match(self.vocab.indicators[ident], max(0, len(subject.phrase) - len(name)), name, "")
            out.append(Subject(subject.phrase, subject.start, match))
            previous = name
        return out

    def _bare_name(self, phrase: str) -> str:
        """A phrase without the government's own scope words and lead words before it, as far as they go before
        a name of level_names.csv (全区地方财政收入 -> 地方财政收入, not 财政收入)."""
        while phrase not in self._level_names:
            word = next((w for w in self._own_by_length if phrase.startswith(w) and len(phrase) > len(w)), None) \
                if phrase.startswith(self._own_tuple) else None
            lead = _lead_words(phrase) if word is None else None
            if word is None and (lead is None or lead.end() == len(phrase)):
                return phrase
            phrase = phrase[len(word) if word else lead.end():]
        return phrase

    def _industries(self, rest: str, rest_start: int, n_values: int) -> list[Subject] | None:
        """一、二、三产业增加值分别增长4.2%、5%、5.4% (广西 2026), 一二三产增加值 (贵州 2026): numerals sharing
        产业 and its aspect name 第一/第二/第三产业增加值, one per figure; None when the head is no such list."""
        m = _INDUSTRY_LIST.search(rest)
        if m is None or rest[: m.start()].strip() not in ("", "其中", *self.own):
            return None
        numerals = [n for n in m.group("n1", "n2", "n3") if n]
        if len(numerals) != n_values:
            return None
        out = []
        for n in numerals:
            name = f"第{n}产业{m.group('aspect')}"
            match = self.vocab.match_end(name)
            if match is None or match.start != 0:
                return None
            out.append(Subject(name, rest_start + m.start(), match))
        return out

    def _clause_without_figures(self, cs: int, ce: int, carry: list[Subject], estimated: bool
                                ) -> tuple[list[Subject], bool]:
        """A clause with no number: a qualitative goal, or a subject the next clause's figure is about."""
        named = self.vocab.contains_name(self.text, cs, ce)
        if named:
            self._qualitative_goals(cs, ce)
        if ce - cs > NAMELESS_SHORT and not named:
            # No indicator is named here, so no subject can carry over to the
            # next clause; most clauses are like this, and parsing them is most
            # of extract's time.
            return [], False
        if named and (passed := _STEPS_PASSED.search(self.text, cs, ce)) is not None:
            ce = passed.start()  # 地区生产总值连跨两个万亿元台阶，年均增长5.7%: the steps say no figure, the name goes on
        head = self.parser.parse(self.text, cs, ce)
        if head.rest:
            subjects = self.parser.subjects(head.rest, head.rest_start, 1)
            if subjects and any(s.match is not None for s in subjects) and len(head.rest) <= 24:
                return subjects, head.estimated
            state = next((w for w in self._states if head.rest.endswith(w)), None) if named else None
            if state is None and named and head.rest.endswith(("台阶", "大关", "关口")):
                passed = _MILESTONES_PASSED.search(head.rest)
                state = passed.group(0) if passed else None
            if state:
                # 全省进出口总值创历史新高，达到5379亿元: a subject that did well, its figure in the next clause
                rest = head.rest[: -len(state)]
                subjects = self.parser.subjects(rest, head.rest_start, 1) if rest else []
                if subjects and any(s.match is not None for s in subjects) and len(rest) <= 24:
                    return subjects, head.estimated
            return [], False
        return carry, estimated

    # -------------------------------------------------------------- rows

    def _value_rows(self, subjects: list[Subject], values: list[Any], ends: list[tuple[int, str | None]], head: Head,
                    estimated: bool, clause_span: bool, carried: bool) -> None:
        if getattr(values[0], "each", False) and not any(s.indicator for s in subjects):
            return  # 建设西部中心城市、实现“两个翻一番”: the two doubled are not named
        if len(values) == 1 and len(subjects) == 1 and not carried:
            # one subject, one figure, its own (most value lists): no pairing, no running total to mark
            end, suffix_bound = ends[0]
            self._value_row(subjects[0], values[0], end, suffix_bound, head, estimated, clause_span)
            return
        if len(values) == 1:
            pairs = [(s, values[0], ends[0]) for s in subjects]
        elif len(subjects) == len(values):
            pairs = list(zip(subjects, values, ends))
        elif len(subjects) == 1:
            pairs = [(subjects[0], v, e) for v, e in zip(values, ends)]
        else:
            return
        list_new = False
        for subject, q, (end, suffix_bound) in pairs:
            if carried and subject.indicator is not None and subject.indicator.accumulates and (
                    "cumulative" in head.roles
                    # 达到 after a count of what is new: the stock, when the indicator counts only the new
                    # (新增市场主体), while 高新技术企业增至3.5万家 is that indicator's own level
                    or head.words[:1] in _STOCK_REACHED and subject.indicator.name.startswith(tuple(_NEW_WORDS))):
                # 全区新增市场主体4.2万户，累计达到30.8万户 / 新增市场主体7113户、达到47050户 (曲阳 2022): the running
                # total (the stock reached), not the year's new ones
                subject = dataclasses.replace(subject, own=False, note="cumulative")
            elif carried and subject.indicator is None and ("cumulative" in head.roles
                                                            or head.words[:1] in _STOCK_REACHED):
                # 全年新增三级医院4家、累计37家 / 新建省级特色田园乡村9个，累计87个: the running total is no new one;
                # nor is the stock reached (全年净增市场主体3000家、达到3.3万家: 满城区 2023), as of 新增市场主体 above
                shown = self._display(subject.phrase)
                new = next((w for w in _NEW_WORDS_AND_BUILT if shown.startswith(w) and len(shown) > len(w) + 1), "")
                if new:
                    subject = dataclasses.replace(subject, phrase=shown[len(new):] + "累计")
                    list_new = True
                elif list_new:
                    # 新增…总部和功能性机构11个、外资研发中心48个，累计分别达238和317个: the list's 新增 was every item's
                    subject = dataclasses.replace(subject, phrase=shown + "累计")
            self._value_row(subject, q, end, suffix_bound, head, estimated, clause_span)

    def _topic_place(self, s: int, e: int) -> str:
        """The sub-area a sentence opens with (临港新片区新一轮市级支持政策出台，…), '' if none or the government's own."""
        m = self._grammar.topic_place.match(self.text, s, e)
        if m is None:
            # 前三季度，开发区主营业务收入完成263.7亿元，亩均产值、税收分别增长19.7%和12.9% (博野县 2024): a part of the
            # year alone before the first comma does not hide the place after it
            comma = self.text.find("，", s, min(e, s + 12))
            lead = self.text[s:comma].strip() if comma > s else ""
            if lead:
                t = _TIME_LEAD.match(lead)
                rest = lead[t.end():] if t else lead
                if rest and (rest in self.w.subyear_code or MONTHS.fullmatch(rest)):
                    m = self._grammar.topic_place.match(self.text, comma + 1, e)
        if m is None:
            return ""
        place = m.group("place")
        # 预计园区主营业务…, 推进临港新片区…: the place is 园区, 临港新片区
        lead = _lead_words(place)
        verb = lead.end() if lead else next((n for n in range(len(place) - 2, 1, -1) if place[:n] in self._verbs), 0)
        while verb and verb < len(place):
            place = place[verb:]
            lead = _lead_words(place)
            verb = lead.end() if lead else next((n for n in range(len(place) - 2, 1, -1) if place[:n] in self._verbs), 0)
        # 深入推进临港新片区建设 (上海 2022), 全力推进开发区建设: two characters of manner before the verb
        verb = next((2 + n for n in range(len(place) - 4, 1, -1) if place[2: 2 + n] in self._verbs), 0)
        if verb:
            place = place[verb:]
        region = self.doc.get("region") or ""
        return "" if place in self.own or (region and region.startswith(place)) else place

    def _division_opening(self, name: str) -> str:
        """The full name of an administrative division below the document's government that `name` opens with
        (喀什地区 in 新疆's report, 满城区 in 保定市's), '' if none: the gazetteer of clean/, loaded on first use."""
        below = self._division_prefix
        if below is None:
            code, level = self.doc.get("region_code") or "", self.doc.get("level") or ""
            digits = {"province": 2, "prefecture": 4}.get(level, 0)
            below = self._division_prefix = code[:digits] if digits and len(code) == 6 else ""
        if not below:
            return ""
        own = self.doc.get("region_code")
        names, openings, max_len = _divisions_below(below, own or "")
        if name[:3] in openings:  # (most phrases open with no division's first three characters: one look-up)
            for n in range(min(len(name) - 1, max_len), 2, -1):
                if name[:n] in names:
                    return name[:n]
        # 张家界入境游客 in 湖南's report, 南疆高校在校生 in 新疆's: named without the suffix
        return place_opening(name, own or "", self.doc.get("level") or "")

    def _names_a_place(self, topic: str) -> bool:
        """园区, 临港新片区, 大王店园区: a place word after at most a short name (not 稳步推进国家级经开区)."""
        # (endswith of them all at once first: most topics end in none)
        return topic.endswith(self._place_words) and any(topic.endswith(w) and len(topic) - len(w) <= 4
                                                         for w in self._place_words)

    def _of_topic(self, subject: Subject) -> Subject:
        """A figure in a sentence about a sub-area is that place's, unless its own scope word says otherwise."""
        if self._topic and subject.own and not subject.phrase.startswith(tuple(self.own_longest_first)):
            return dataclasses.replace(subject, own=False, note="foreign")
        if subject.own and subject.match is not None and self._first_figure < subject.start \
                and self._grammar.made_by(subject.match.name) == "elided" and not self._same_topic_before(subject) \
                and self.text.find(subject.match.name[-2:], self._current[0], self._first_figure) < 0:
            # 全县旅游扶贫产业项目达到320个，新增就业8000多人: a name with a word left out is the headline one only
            # when it opens the sentence's figures; after another subject's figure it is that subject's result
            # (guide rule 14: 新增就业 in a paragraph about an industry is no 城镇新增就业); a sentence that opens on
            # jobs keeps it (抓好…重点群体就业，精心办好7场招聘会，新增就业2000人: 博野县 2021)
            return dataclasses.replace(subject, own=False, note="subset")
        return subject

    def _same_topic_before(self, subject: Subject) -> bool:
        """出台促进高质量充分就业等政策措施，发放就业创业补贴13亿元，新增就业32.7万人 (天津 2026): a sentence about
        what the elided name measures (就业) goes on with it; the figure before is a means to it, not a
        subject whose result it is."""
        assert subject.match is not None
        s = self._sentence_start(subject.start)
        name = subject.match.name
        return any(word in name and self.text.find(word, s, subject.start) >= 0
                   for rule in self._grammar.of("elided") for word in rule.applies_to) \
            or any(self.text.find(rule.word, s, subject.start) >= 0
                   for rule in self._grammar.of("elided_topic") if any(word in name for word in rule.applies_to))

    def _value_row(self, subject: Subject, q: Any, end: int, suffix_bound: str | None, head: Head, estimated: bool,
                   clause_span: bool) -> None:
        if self._topic or subject.own and subject.match is not None and self._first_figure < subject.start:
            subject = self._of_topic(subject)  # (it changes nothing else: most figures skip the call)
        if (subject.own or subject.note == "outside") and self.figures and self.figures[-1].subject:
            subject = self._owner_goes_on(subject, q.unit)
        indicator = subject.indicator
        estimated = estimated or (self._estimate_from is not None and self._estimate_from < q.start)
        ratio = self._named_share(indicator, head) if head.share_of and q.family == "percent" else None
        if ratio is not None:
            # 研究与试验发展经费支出220.3亿元，相当于地区生产总值的3.27%: the share has a name of its own
            # (研发经费支出相当于*生产总值的比例 -> 研发经费投入强度), and the figure is its level
            indicator, head = ratio, dataclasses.replace(head, share=False)
        if indicator is not None and q.unit.endswith("人次") and "人次" not in indicator.units and "人" in indicator.units:
            # 城镇新增就业3000人次 (徐水县 2010): persons counted as 人次 by a loose pen; an indicator that counts persons
            # only (人, not 人次 as 职业技能培训 does) reads the figure in persons
            q = dataclasses.replace(q, unit=q.unit[:-1])
        measured = self._measure(q, head, indicator, subject)
        if measured is None and indicator is not None:
            indicator = None
            measured = self._measure(q, head, None, subject)
        if measured is None:
            return
        measure, value, value_hi = measured
        if indicator is None and measure == "share" and head.share_of:
            # 规模以上工业企业研发经费支出占营业收入比重达1.26%: the share says what it is of
            subject = dataclasses.replace(subject, phrase=share_name(subject.phrase, head.share_of))
        bound = suffix_bound or q.approx or (head.bound if head.bound != "eq" else None) or "eq"
        if value_hi is not None:
            bound = "range"
        where = self.ctx.at(q.start)
        # 新增17家高新技术企业 in a five-year review: what is new over the span adds up over it (guide rule 12)
        flow = not _NEW_WORDS.isdisjoint(head.words)
        if not flow and indicator is None and measure == "level" and q.family != "percent" and where.span is not None \
                and where.kind == "actual" and where.span[0] < where.span[1] <= self.ctx.review_year:
            # 过去五年…6个项目获评全国城市更新典型案例: the five years'
            flow = self._done_over_span(subject, head, q.start, count=q.family == "count")
        elif where.kind == "target" and not flow and indicator is None and measure == "level" and q.family != "percent" \
                and self._has_plan and (plan := self._sentence_plan(q.start)) is not None \
                and plan[1] > self.ctx.review_year:
            # “十二五”期间力争新上投资千万元以上生产经营性项目80个，总投资500亿元 (徐水县 2011): what the plan's goals say is
            # done over its period, in a sentence the period leads, adds up over it as a review's does (guide rule 12)
            flow = self._done_over_span(subject, head, q.start, led=True)
        self._unmarked_review_level = False
        periods, kind = self._period_kind(q.start, where, head, measure, indicator,
                                          clause_span or subject.over_span or flow, estimated)
        review_flow = self._unmarked_review_level and where.kind == "actual" and where.span is not None \
            and self._a_flow(indicator, head, bound) and not head.base \
            and not (self.text[end: end + 1] in "，," and self.text.startswith(_COMPARED_OPENERS, end + 1))
        if kind == "actual" and where.kind == "actual" and self._has_goal and self._stated_goal(q.start, end):
            kind = "target"
        if isinstance(q, _Doubling) and kind == "target" and where.span is not None and head.base_year is None \
                and periods == [str(where.span[1])]:
            # 2025年全县地区生产总值、城乡居民人均可支配收入实现“两个翻一番” in the plan's goals: a doubling runs
            # over the plan, as every change over five years does (guide rule 12), not in its last year
            periods = [span_text(where.span)]
        note = ""
        if not self.doc.get("year"):
            kind, note, periods = self._undated(q.start, end, periods)
        qualifier = "；".join(x for x in [head.base, *head.qualifiers] if x) if head.qualifiers else head.base
        start = min(subject.start, q.start)
        end = max(end, subject.stop)  # 新增17家高新技术企业: the counted noun after the number is in the evidence
        n = len(self.figures)
        for period in periods:
            self._emit(subject, indicator, measure, period, kind, value, value_hi, q.unit, bound, None, estimated,
                       qualifier, start, end, where, note)
        if review_flow and len(self.figures) == n + 1:
            self._review_flows.append((self.figures[n], where.span))

    @staticmethod
    def _a_flow(indicator: Indicator | None, head: Head, bound: str) -> bool:
        """A sum of money over a year (trade, budget revenue and spending, investment, foreign capital), plainly
        stated (实现进出口总额1.4万亿元): in a review of several years without a year, either the last year's or
        the years' sum. A level reached (达到, 突破, 超过) is the last year's (guide rule 12)."""
        return indicator is not None and not indicator.accumulates and not indicator.percent \
            and bool(indicator.units & _MONEY_UNITS) and "人均" not in indicator.name and "余额" not in indicator.name \
            and bound == "eq" \
            and "to" not in head.roles and not (head.words and head.words[0] in _REACHING)

    def _settle_review_flows(self) -> None:
        """A review's flow without a year (_a_flow) is the sum over its years when it is several times the level the
        document gives for the last year (云南 2026: 这五年…一般公共预算支出3.4万亿元, and for 2025 支出首次超过7000亿元),
        the last year's when about that level; when the document gives no level to tell, no row (a wrong period is
        worse than none)."""
        from govreport.extract.evaluate import base_unit

        settled: dict[int, Figure | None] = {}
        for figure, span in self._review_flows:
            unit, value = base_unit(figure.unit, figure.value)
            ratios = []
            for other in self.figures:
                if other.indicator_id == figure.indicator_id and other.measure == "level" and other.kind == "actual" \
                        and other.period == str(span[1]) and not other.subject and other is not figure:
                    other_unit, other_value = base_unit(other.unit, other.value)
                    if other_unit == unit and other_value and value is not None:
                        ratios.append(value / other_value)
            if ratios and all(r >= _SUM_OVER_YEARS for r in ratios):
                settled[id(figure)] = figure._replace(period=span_text(span))
            elif not ratios or not all(1 / _ABOUT_EQUAL <= r <= _ABOUT_EQUAL for r in ratios):
                settled[id(figure)] = None
        self.figures = [f for f in (settled.get(id(f), f) for f in self.figures) if f is not None]

    def _owner_goes_on(self, subject: Subject, unit: str = "") -> Subject:
        """A clause that opens with a verb has no subject of its own: it goes on with the one before it, across
        a ， or a ； (徐水区 2018: 长城公司在徐水实现产值428.1亿元，同比增长28.8%；实现税收31.7亿元 is the firm's
        税收, not the government's), so the figure right before it, when someone else's, is that one's too; so does
        a clause opening with a bare count in the unit of the figure before and a verb (曲阳县 2020: 现代雕塑产业园115家
        企业签约入驻，32家建成投产: 32 of the park's firms)."""
        last = self.figures[-1]
        if last.start == subject.start and last.start < last.end:
            pass  # (…，同比增长74.1%: the growth of the figure just given that one, carried)
        elif self.text[last.end: subject.start].strip() in _CLAUSE_JOINS:
            if not subject.phrase.startswith(_walk_verbs_of_doing()):
                return subject
        elif not (unit and unit == last.unit and self._bare_count(self.text[last.end: subject.start], unit)
                  and done_words().match(subject.phrase)):
            return subject
        return dataclasses.replace(subject, own=False, note="foreign", owner=last.subject)

    @staticmethod
    def _bare_count(between: str, unit: str) -> bool:
        """，32家 (before 建成投产): a clause opening with a count and its unit, no noun."""
        return re.fullmatch(r"[，；,;]\s*[\d.]+" + re.escape(unit), between.strip()) is not None

    def _done_over_span(self, subject: Subject, head: Head, pos: int, name: str | None = None, led: bool = False,
                        count: bool = False) -> bool:
        """periods.done_over_span for a free-phrase figure of a review of several years (its number at `pos`). `led`: the
        sentence opens with the plan's period, among goals, where 新上 says new projects as 新建 does; `count`: the figure
        counts things (个, 家), so a name ending in 产品 names the things, not their 产量 (培育全国名特优新农产品105个)."""
        name = self._display(subject.phrase) if name is None else name
        aspect = aspect_of(name, self._aspects)
        if count and aspect == "产量" and name.endswith("产品"):
            aspect = ""
        s, e = self._current
        clause = max(s, *(self.text.rfind(mark, s, pos) + 1 for mark in "，,；;：:"))
        before = max(s, *(self.text.rfind(mark, s, clause - 1) + 1 for mark in "，,；;：:")) if clause > s else clause
        return done_over_span(name, self.text[clause:pos], self.text[s:e],
                              "to" in head.roles or (head.words[0] if head.words else "") in _REACHING,
                              aspect, _NEW_WORDS_LED if led else _NEW_WORDS_AND_BUILT,
                              self.text[before:clause], led)

    def _undated(self, pos: int, end: int, periods: list[str]) -> tuple[str | None, str, list[str]]:
        """A figure of a document of unknown year: its kind from its words (kind_from_words), and a relative
        year (今年, 去年) kept as written, since no year can resolve it."""
        relative = None
        s = self._sentence_start(pos)
        for m in self.w.relative_re.finditer(self.text, s, pos):
            if not (m.start() and self.text[m.start() - 1] in "比较与同"):
                relative = m.group(0)
        kind, note = kind_from_words(self.text, pos, end, self.w.relative[relative] if relative else None)
        if relative and periods == [str(self.ctx.doc_year + self.w.relative[relative])]:
            periods = [relative]
        return kind, note, periods

    def _named_share(self, indicator: Indicator | None, head: Head) -> Indicator | None:
        """The rate indicator named by the amount's name and its share words (研发经费支出 + 相当于地区生产总值的
        + 比例), or None."""
        if indicator is None or indicator.is_rate:
            return None
        key = (indicator.id, head.share_of)
        cache = self._named_shares
        if key not in cache:
            found = None
            names = self.vocab.names_of(indicator.id)
            share = head.share_of
            endings = ("",) if share.endswith(("比重", "比例", "份额")) else ("比重", "比例")
            for name in names:
                for ending in endings:
                    m = self.vocab.match_end(name + share + ending)
                    if m is not None and m.start == 0 and m.indicator.is_rate:
                        found = m.indicator
                        break
                if found is not None:
                    break
            cache[key] = found
        return cache[key]

    def _measure(self, q: Any, head: Head, indicator: Indicator | None, subject: Subject
                 ) -> tuple[str, float, float | None] | None:
        verb = head.nearest_verb()
        sign = -1.0 if verb == "down" else 1.0
        value, hi = q.value, q.value_hi
        if q.family == "multiple":
            return "change", value, hi
        if q.family == "points":
            if indicator is not None and indicator.percent == "":
                # an amount does not move by percentage points: its growth rate or its share did
                # (GDP总量3616.8亿元，增幅比上年回落2.1个百分点; 服务业增加值占…比重达到85%，较上年提高0.5个百分点)
                return None
            return "change", sign * value, (sign * hi if hi is not None else None)
        if q.family == "percent":
            if head.share:
                return ("share", value, hi) if indicator is None or indicator.is_rate else None
            if verb in ("up", "down"):
                measure = "avg_growth" if head.average or "average" in head.roles else "growth"
                return measure, sign * value, (sign * hi if hi is not None else None)
            if "growth" in head.roles or subject.aspect in ("增速", "增幅", "涨幅", "增长率") \
                    or subject.aspect in _fall_aspects() or (indicator is not None and indicator.percent == "growth"):
                measure = "avg_growth" if head.average else "growth"
                if value > 0 and (subject.aspect in _fall_aspects() or not _fall_aspects().isdisjoint(head.words)):
                    return measure, -value, (-hi if hi is not None else None)  # 降幅达3%: a fall, -3
                return measure, value, hi
            if indicator is not None and not indicator.is_rate:
                return None  # a bare % is no level of an amount (进出口总额 60%)
            if indicator is None and subject.phrase.rstrip(" ”\u3000").endswith(_SHARE_NAME_ENDS):
                # 规上工业企业研发投入占比60%左右 (吉林 2026), 市区空气质量优良天数比例为96.2% (南宁 2025): a share by its
                # name's last word, though no 占 says of what
                return "share", value, hi
            return "level", value, hi
        if indicator is not None and q.base_unit not in indicator.units:
            return None
        if head.share:
            return None if indicator is not None else ("share", value, hi)
        if verb in ("up", "down"):
            return "change", sign * value, (sign * hi if hi is not None else None)
        if verb is None and subject.lead_move and not subject.aspect:
            sign = -1.0 if subject.lead_move == "down" else 1.0
            return "change", sign * value, (sign * hi if hi is not None else None)
        return "level", value, hi

    def _period_kind(self, pos: int, where: Where, head: Head, measure: str, indicator: Indicator | None,
                     clause_span: bool, estimated: bool) -> tuple[list[str], str]:
        explicit = head.year_of
        to_year = False
        if explicit is None and self._has_year:
            explicit, to_year = self._sentence_year(pos)
        span = where.span or (self._sentence_plan(pos) if self._has_plan else None)
        if measure in ("avg_growth", "growth", "change") and head.years_back and not to_year:
            # 两年平均增长6.4%: the N years up to the year (2020-2021 in a review of 2021); 3年增长58.6%: 2023-2025
            end = explicit or where.year
            span, explicit = (end - head.years_back + 1, end), None
        base_year = head.base_year
        if base_year is None and measure == "avg_growth" and head.year_of is None:
            base_year = self._sentence_base_year(pos)
        if base_year is not None and measure in ("growth", "avg_growth") and not to_year \
                and base_year < (explicit or where.year) - 1:
            # 社会消费品零售总额增长9.5%，比2019年增长8.6%: a growth over the years since 2019, not the year's;
            # …比2019年增长20.1%，年均增长9.6%: the yearly average over the same years
            span, explicit = (base_year + 1, explicit or where.year), None
        if measure in ("growth", "avg_growth", "change") and head.year_of is None and head.base_year is None \
                and self._has_year:
            # 由2017年的1520亿元增加到2022年的2350亿元，年均增长7.2%: the change runs over those years
            s = self._sentence_start(pos)
            m = _FROM_TO.search(self.text, s, pos) if self.text.find("年", s, pos) >= 0 else None
            if m and int(m.group(1)) < int(m.group(2)):
                span, explicit, to_year = (int(m.group(1)) + 1, int(m.group(2))), None, False
        periods: list[str]
        if head.base_year is not None and measure == "change":
            periods = [f"{head.base_year + 1}-{explicit or (span[1] if span else where.year)}"]
        elif head.base_span is not None \
                and (measure == "change" or measure == "growth" and head.base.endswith(("时期", "期间"))):
            # 比“十三五”末提高2.7个百分点, 比“十三五”时期增长78.9%: the change over the plan's years since
            periods = [span_text(span) if span else f"{head.base_span[1] + 1}-{explicit or where.year}"]
        elif explicit is not None and measure == "avg_growth" and span is not None and span[1] == explicit:
            # 二、今后五年奋斗目标 … 到2026年，…年均增长6%左右: a yearly average is over the span that ends then
            periods = [span_text(span)]
        elif explicit is not None and measure == "avg_growth" and to_year and span is None and explicit > where.year:
            # 到2016年，城镇居民人均可支配收入年均递增12% in a 2012 report (徐水县, 容城县): the average runs from the
            # plan's first year to the year named
            periods = [f"{where.year}-{explicit}"]
        elif explicit is not None:
            periods = [str(explicit)]
        elif span is not None:
            # 城镇调查失业率5.5%左右 among a plan's goals (辽宁 2026): a ceiling on a yearly rate holds in every year
            # of the plan, as 控制在 says where it is written (guide rule 12)
            stable = any(w in head.words for w in _STABLE) or where.kind == "target" and indicator is not None \
                and indicator.is_rate and indicator.direction == "lower"
            if measure == "growth" and head.base in lexicon.year_on_year_bases():
                # 过去五年 … 完成固定资产投资62.5亿元，同比增长36.1%: a year-on-year growth is of the review's
                # last year, not of the five (issue 13: the last year's own figures inside a five-year review)
                periods = [str(span[1])]
            elif measure in ("growth", "avg_growth", "change"):
                periods = [span_text(span)]
            elif measure == "level" and "from" in head.roles:
                periods = [str(span[0] - 1)]
            elif measure == "level" and head.cont_years and head.cont_years > span[1] - span[0] + 1:
                # 粮食总产量连续18年保持在100万吨以上 in a five-year review: a run longer than the span is a
                # state of the year reviewed (guide rule 10), not of the span
                periods = [str(span[1])]
            elif measure == "level" and (head.span_words or clause_span or stable or (
                    indicator is not None and indicator.accumulates and not self._year_before_part(pos))) \
                    and "to" not in head.roles:
                periods = [span_text(span)]
            else:
                periods = [str(span[1])]
                self._unmarked_review_level = True
        elif measure == "level" and "from" in head.roles and not (self._has_part_year and self._subyear(pos)):
            periods = [str(where.year - 1)]  # (从上半年5.5%降到5.3%: the part of the year is of the year itself)
        elif where.kind == "actual" and measure in ("growth", "change") and any("累计" in w for w in head.words) \
                and where.year > _plan_start(where.year) and not head.subyear \
                and not (self._has_part_year and self._subyear(pos)):
            # 全区能耗强度累计下降17.3% in the review of 2025 (宁夏 2026): a change added up over years is over the
            # years of the plan so far (the plan's binding goals are counted so), not the year's own
            periods = [f"{_plan_start(where.year)}-{where.year}"]
        else:
            periods = [str(where.year)]
        if head.cont_years and measure == "level" and len(periods) == 1 and periods[0].isdigit() \
                and 1 < head.cont_years <= 5:
            last = int(periods[0])
            periods = [str(y) for y in range(last - head.cont_years + 1, last + 1)]
        subyear = head.subyear or (self._subyear(pos) if self._has_part_year else None)
        if subyear and len(periods) == 1 and periods[0].isdigit():
            periods = [periods[0] + subyear]
        first = int(periods[0][:4]) if periods[0][:4].isdigit() else where.year
        if estimated:
            kind = "actual" if first <= max(where.year, self.ctx.review_year) else "target"
        elif where.kind == "target":
            last = int(periods[-1][-4:]) if periods[-1][-4:].isdigit() else first  # (asked of goals only)
            kind = "target" if last >= where.year or to_year else "actual"
        else:
            kind = "target" if first > where.year or to_year else "actual"
        return periods, kind

    def _sentence_year(self, pos: int) -> tuple[int | None, bool]:
        """The last year named earlier in the sentence (2022年,全区… / 到2025年 / 今年), None if none."""
        s = self._sentence_start(pos)
        found: tuple[int, int | None, bool] | None = None
        text = self.text
        before = text[s:pos]  # (one slice and `in`: calls of find with bounds cost more)
        if self.w.relative_have_nian and "年" not in before:
            # most figures: no year named before them in the sentence
            return (self._year_leading_whole(s), False) if s and text[s - 1] in "；;" else (None, False)
        for m in _SENT_YEAR.finditer(text, s, pos):
            begin = m.start()
            to = begin > s and text[begin - 1] in "到至"
            if to:
                begin -= 1
            elif begin and text[begin - 1] in "比较与同":
                continue
            year = m.group("year")
            if len(year) == 3:
                year = year[0] + "〇" + year[1:]
            found = (begin, int(year) if year.isdigit() else parse_chinese_numeral(year), to)
        for m in (_TO_YEAR_END.finditer(text, s, pos) if "年底" in before or "年末" in before
                  else ()):
            if found is None or m.start() > found[0]:
                found = (m.start(), int(m.group(1)), False)  # (到2011年底，入园企业达135家 in a review is a result)
        for m in self.w.relative_re.finditer(self.text, s, pos):
            prev = self.text[m.start() - 1: m.start()] if m.start() else ""
            if prev in ("比", "较", "与", "同") or self.text.startswith("同期", m.end()):
                continue
            if found is None or m.start() > found[0]:
                found = (m.start(), self.ctx.relative_base(m.start()) + self.w.relative[m.group(0)], False)
        if found is None:
            return (self._year_leading_whole(s), False) if s and text[s - 1] in "；;" else (None, False)
        return found[1], found[2]

    def _year_leading_whole(self, s: int) -> int | None:
        """2024年我市R&D经费投入达50.73亿元…；R&D经费投入强度2.05%: the year that opens the whole sentence (to 。),
        written or relative (今年), is the year of each of its parts after ；, None if it opens with no year."""
        whole = self._after_last(_FULL_STOP, s - 1)
        part = self.text[whole: s]
        at = whole + len(part) - len(part.lstrip())
        lead = _SENT_YEAR.match(self.text, at)
        year = None
        if lead is not None:
            year = int(lead.group("year")) if lead.group("year").isdigit() else None
        elif (relative := self.w.relative_re.match(self.text, at)) is not None:
            # 今年经济社会发展的主要预期目标是：地区生产总值增长5%左右…；城镇调查失业率控制在5%左右 (福建 2026)
            year = self.ctx.relative_base(at) + self.w.relative[relative.group(0)]
        # the year the section is about already is no news (2016年，…；贫困人口由10.81万人下降到2.88万人 keeps
        # its own reading of from-to and bases)
        return year if year is not None and year != self.ctx.at(at).year else None

    def _year_before_part(self, pos: int) -> bool:
        """2010年引进省外资金7.56亿元，超额完成市定任务；实际利用外资3438.2万美元 (徐水县 2011): a year written in an
        earlier part of the sentence (before a ；) still dates what follows, which is no sum over a span."""
        s = self._sentence_start(pos)
        if not s or self.text[s - 1] not in "；;":
            return False
        full = self._after_last(_FULL_STOP, s)
        return self.text.find("年", full, s) >= 0 and any(
            not (m.start() and self.text[m.start() - 1] in "比较与同") for m in _SENT_YEAR.finditer(self.text, full, s))

    def _stated_goal(self, start: int, end: int) -> bool:
        """A goal recalled in a review: 年初确定的地区生产总值增长6.5%的目标 / 去年的计划目标是：地区生产总值增长6.5%
        左右 (not what was achieved, which the review reports as such: …目标为增长6.5%，实际增长4.2%)."""
        text = self.text
        if text.startswith(_GOAL_AFTER, end):
            return True
        s = self._sentence_start(start)
        if text.find("目标", s, start) < 0:
            return False
        if _GOAL_RIGHT_BEFORE.search(text[max(s, start - 16): start]):
            return True  # (年度目标6%以上)
        found = None
        for m in _GOAL_BEFORE.finditer(text, s, start):
            found = m
        return found is not None and _ACHIEVED.search(text, found.end(), start) is None

    def _sentence_base_year(self, pos: int) -> int | None:
        """The year compared with earlier in the sentence (比2019年增长20.1%), None if none."""
        s = self._sentence_start(pos)
        if self.text.find("年", s, pos) < 0:
            return None
        found = None
        for m in _BASE_YEAR.finditer(self.text, s, pos):
            found = int(m.group(1))
        return found

    def _sentence_plan(self, pos: int) -> tuple[int, int] | None:
        """The span of a plan the sentence puts its figures in (“十四五”期间，地区生产总值年均增长6.5%左右 in a
        section of one year's goals), None if it names none."""
        s = self._sentence_start(pos)
        if self.text.find("五", s, pos) < 0:  # most sentences name no plan
            return None
        first = self._plan_in_sentence.get(s)
        if first is None:  # the first plan mention of the sentence, and its span (or none: (-1, None))
            first = self._plan_in_sentence[s] = self._first_plan_period(s)
        return first[1] if 0 <= first[0] < pos else None

    def _first_plan_period(self, s: int) -> tuple[int, tuple[int, int] | None]:
        # only a plan's period that leads the sentence sets it (确保“十四五”时期目标任务顺利推进，地区生产总值增长6%
        # is this year's goal)
        lead = len(self.text[s: s + 3]) - len(self.text[s: s + 3].lstrip(" \t\u3000“\"在"))
        for m in plan_mentions(self.text, s, min(s + lead + 8, len(self.text))):
            number = plan_number(m)
            if number and m.start() <= s + lead and self.text.startswith(("时期", "期间"), m.end()):
                return m.start(), plan_span(number)
        return -1, None

    def _names_subyear(self, s: int, e: int) -> bool:
        """Whether text[s:e] holds a sub-year word (一季度, 上半年): asked of re only when the last two characters
        of one of them are there (一季度 needs 季度), which str.find answers far more cheaply."""
        part = self.text[s:e]  # (one slice and `in`: a call of find with bounds per word costs more)
        for end in self.w.subyear_ends:
            if end in part:
                return self.w.any_subyear.search(self.text, s, e) is not None
        return False

    def _subyear(self, pos: int) -> str | None:
        s = self._sentence_start(pos)
        text = self.text
        if text.find("月", s, pos) < 0 and not self._names_subyear(s, pos):
            return None  # most sentences name no quarter or months
        cs = max(s, text.rfind("，", s, pos) + 1, text.rfind(",", s, pos) + 1)
        code = self._subyear_in(text[cs:pos])
        if code:
            m = _FROM_PART_OF_YEAR.search(text, cs, pos)
            if m and any(ch.isdigit() for ch in text[m.end(): pos]):
                return None  # 年末城镇调查失业率从上半年5.5%降到5.3%: 上半年 is the first figure's, 5.3% the year's
        if code or cs == s or "全年" in text[cs:pos]:
            return code
        # 前三季度，全市地区生产总值增长4.5%，规模以上工业增加值增长7%: a clause that only names a part of
        # the year, leading the sentence, covers all its figures
        lead = text[s: min(i for i in (text.find("，", s, pos), text.find(",", s, pos), pos) if i >= 0)].strip()
        m = _TIME_LEAD.match(lead)
        lead = lead[m.end():] if m else lead
        code = self._subyear_in(lead)
        if code and (lead in self.w.subyear_code or MONTHS.fullmatch(lead)):
            return code
        return None

    def _subyear_in(self, clause: str) -> str | None:
        m = self.w.any_subyear.search(clause)  # the longest word: 前三季度 (Q1-Q3), not its 三季度 (Q3)
        if m:
            return self.w.subyear_code[m.group(0)]
        m = MONTHS.search(clause) if "月" in clause else None
        if m:
            n = m.group("to") or m.group("n")
            last = int(n) if n.isdigit() else parse_chinese_numeral(n)
            return f"M1-M{last}" if last and 1 < last <= 12 else None
        return None

    def _sentence_start(self, pos: int) -> int:
        s, e = self._current
        # the walk is inside the sentence (run() sets it); anything else looks it up
        return s if s <= pos <= e else self._after_last(_SENTENCE_END, pos)

    def _after_last(self, marks: str, pos: int) -> int:
        """The position after the last of `marks` before pos (0 if none): where its sentence or clause starts."""
        found = self._mark_positions(marks)
        i = bisect.bisect_left(found, pos)
        return found[i - 1] + 1 if i else 0

    def _clauses(self, s: int, e: int) -> list[tuple[int, int]]:
        """The (start, end) of CLAUSE's matches in text[s:e]. Without a bracket there they are the stretches
        between the clause marks (re tests each character against a class; the marks are found once)."""
        text = self.text
        if "（" in (part := text[s:e]) or "(" in part:  # (one slice and `in`: two calls of find with bounds cost more)
            return [m.span() for m in CLAUSE.finditer(text, s, e)]
        marks = self._marks.get("")  # (_clause_cuts' answer once found: no call)
        if marks is None:
            marks = self._clause_cuts()
        return _stretches(marks[bisect.bisect_left(marks, s): bisect.bisect_left(marks, e)], s, e)

    def _clause_cuts(self) -> list[int]:
        """The clause marks of the text, less those inside a short quote of titles closed by 等: 开展“党史教育感悟初心，
        文化惠民践行使命”等系列…活动85场 (安国市 2022): a comma inside a quoted title parts no clause (found once per
        document)."""
        cuts = self._marks.get("")
        if cuts is None:
            cuts = self._mark_positions(_CLAUSE_MARKS)
            text = self.text
            close = text.find("”等")  # (a few per document, if any: find, no scan in Python)
            while close >= 0:
                q = text.rfind("“", max(0, close - _SHORT_QUOTE_LONGEST), close)
                if q >= 0 and (text.find("，", q, close) > 0 or text.find(",", q, close) > 0) \
                        and not any(c in text[q: close] for c in "。；;\n”"):
                    cuts = [c for c in cuts if not q < c < close]
                close = text.find("”等", close + 2)
            self._marks[""] = cuts
        return cuts

    def _mark_positions(self, marks: str) -> list[int]:
        """Where each of `marks` stands in the text, in order (kept per set of marks)."""
        found = self._marks.get(marks)
        if found is None:
            # one str.find loop per mark: find skips ahead far faster than re tests each character against a
            # class (a whole-text pattern scan costs about 1 % of extract)
            found = []
            for mark in marks:  # (。 ends a sentence and a part: each mark is looked for once, _char_positions)
                found += self._char_positions(mark)
            found.sort()
            self._marks[marks] = found
        return found

    def _char_positions(self, mark: str) -> list[int]:
        """Where `mark` (one character, or a word) starts in the text, in order (kept per mark)."""
        found = self._marks.get("\0" + mark)
        if found is None:
            found = self._marks["\0" + mark] = _positions(self.text, mark)
        return found

    def _sentences(self, stop: int) -> list[tuple[int, int]]:
        """The (start, end) of each sentence or part (SENTENCE's matches) before `stop`: the stretches between
        the marks that end one (_SENTENCE_END)."""
        marks = self._mark_positions(_SENTENCE_END)
        return _stretches(marks[: bisect.bisect_left(marks, stop)], 0, stop)

    def _hardness(self, pos: int) -> str:
        s, e = self._current
        if not s <= pos <= e or (s and self.text[s - 1] not in _FULL_STOP):
            # outside the walk's sentence, or the sentence is the part after a ；: look further back
            s = self._after_last(_FULL_STOP, pos)
        best = ""
        for m in self.w.hardness_re.finditer(self.text, s, pos):
            h = self.w.hardness[m.group(0)]
            if h.clause_start:
                prev = self.text[m.start() - 1: m.start()] if m.start() > s else ""
                if prev and prev not in _DELIMS and prev not in "们年":
                    continue
            best = h.hardness
        return best

    def _rank_rows(self, subject: Subject, rank: Rank, head: Head, estimated: bool) -> None:
        subject = self._of_topic(subject)
        indicator = subject.indicator
        estimated = estimated or (self._estimate_from is not None and self._estimate_from < rank.start)
        where = self.ctx.at(rank.start)
        # 攀升至2019年的第45位 / 由“十二五”末的第49位: the year written just before the ordinal
        m = _YEAR_BEFORE.search(self.text[rank.start: rank.ordinal_start])
        plan = _PLAN_END_BEFORE.search(self.text[rank.start: rank.ordinal_start])
        year = head.year_of
        if year is None:
            year, _ = self._sentence_year(rank.ordinal_start)
        if m and (year is None or rank.moved_from):
            year = int(m.group(1))
        elif plan and (year is None or rank.moved_from):
            year = plan_span(10 + (parse_chinese_numeral(plan.group(1)) or 0))[1]
        elif rank.moved_from:
            # 从全国第13位升至第9位 / 排名由第8位上升至第7位: the place held the year before the one (or the
            # span) reviewed, or before the year the sentence names
            year = year - 1 if year is not None else where.span[0] - 1 if where.span else where.year - 1
        period = ""
        if year is None and where.span is not None and where.kind == "actual" and not rank.moved_from:
            clause = self._after_last(_CLAUSE_MARKS + "；;" + _FULL_STOP, rank.ordinal_start)
            change = _SPAN_CHANGE_RANKED.search(self.text, clause, rank.ordinal_start)
            if change is not None and (int(change["n"]) if change["n"].isdigit() else parse_chinese_numeral(change["n"])) \
                    == where.span[1] - where.span[0] + 1 or change is None and where.span[0] < where.span[1] \
                    and "增量" in self.text[clause: rank.ordinal_start]:
                # 近5年人均预期寿命增量居全国第1位 (云南 2026), 五年来…增幅居全国第3位, …粮食增产169.8亿斤，增量占全国18.7%、
                # 居全国第一 (新疆 2026): the rank of a change over the review's years is the span's, not its last year's
                period = span_text(where.span)
        if year is None:
            year = where.span[1] if where.span else where.year
        kind = "target" if where.kind == "target" and year >= where.year else "actual"
        note = ""
        if not self.doc.get("year"):
            kind, note, _ = self._undated(rank.ordinal_start, rank.end, [])
        start = min(subject.start, rank.start)
        words = rank.aspect_words
        for n, aspect in enumerate(rank.aspects):
            word = next((w for w in words if (aspect == "growth") == (w in ("增幅", "增速", "增长速度", "涨幅"))), "")
            self._emit(subject, indicator, "rank", period or str(year), kind, float(rank.value), None, "位", rank.bound,
                       rank.scope, estimated, word, start, rank.end, where, note)

    def _qualitative_row(self, q: Any, where: Where) -> None:
        explicit, _ = self._sentence_year(q.start)
        if where.span is not None and q.measure == "level" and explicit is None:
            period = str(where.span[1])  # a level to reach: the plan's end year (guide rule 12)
        elif where.span is not None and (explicit is None or explicit == where.span[1] and q.measure == "growth"):
            # 到2030年，…居民收入增长与经济增长同步: a growth goal holds in every year of the plan (guide rule 12)
            period = span_text(where.span)
        else:
            period = str(explicit or where.year)
        note = ""
        if not self.doc.get("year"):  # a news item of unknown year: only its words make this a goal
            kind, note, periods = self._undated(q.start, q.end, [period])
            if kind != "target":
                return
            period = periods[0]
        self._emit(q.subject, q.subject.indicator, q.measure, period, "target", None, None, q.unit, "eq", q.rank_scope,
                   False, "", q.start, q.end, where, note)

    def _emit(self, subject: Subject, indicator: Indicator | None, measure: str, period: str, kind: str | None,
              value: float | None, value_hi: float | None, unit: str, bound: str, rank_scope: str | None,
              estimated: bool, qualifier: str, start: int, end: int, where: Where, kind_note: str = "") -> None:
        if unit == "次" and _MEETING_NUMBER.search(self.text, start, min(len(self.text), end + 6)):
            return
        if indicator is not None:
            name, ident = indicator.name, indicator.id
        else:
            if counts_policy(self.text, start, end, unit):
                return  # 出台科技金融20条政策措施, 制定…5个专项方案: a policy's name or plans written, no figure
            name, ident = without_particles(clean_phrase(self._display(subject.phrase)), done_words()), ""
            if "年" in name or "月" in name:
                name = without_time_words(name, *_time_in_names())  # 入园企业年底前完成主体建设 -> 入园企业完成主体建设
            if not name.isalpha() and _DIGIT.search(name):  # (isalpha: most names, no regex)
                if respective_first(name):
                    return  # 分别是2005年的2.7和2.4倍: the first item's figure, no name of the second's (docs/extract.md)
                if _SHARE_OF_CLASS.match(name) and unit not in ("%", "个百分点"):
                    # 全县55%以上的村（社区）经营性收入达到10万元以上 (安新县 2024), 确保50%以上的村集体收入达到10万元以上
                    # (阜平县 2022): the figure is the share of the villages; 10万元 is the bar each one clears, no figure
                    return
                name = without_from_value(without_count_inside(name, self._actions, self._drives))
                if not self._aspect_only(spent := without_money_inside(name)):  # (投资13.5亿元完成装机容量: stays)
                    name = spent
                name = without_item_before(name, self._aspects, _words_of)
            if measure == "rank" and name[:1] == "在":
                name = ranked_in(name)
            if measure == "level":
                thing_end = subject.start + len(subject.phrase) if self.text.startswith(subject.phrase, subject.start) else -1
                if thing_end >= 0:  # (企业参保新增845人)
                    name = with_new_word_after(name, self.text, thing_end, end, self._actions)
                if ("、" in self.text[start - 2: start + 1] or "，" in self.text[start - 2: start]) \
                        and not name.startswith(self._drives) and name not in self._named_by_means:
                    # (…补贴121.9亿元、带动销售金额905亿元: a verb of its own)
                    # 新增…63家、科技小巨人企业5家: the list's verb is every item's (names.phrases, the list's one
                    # home; the test here only spares the call for a row after no separator, most rows)
                    name = list_item_verb(name, self.text, start, end, thing_end, *_list_verbs(), self._actions) + name
            if measure in ("growth", "change") and _DIGIT.search(name) \
                    and self.text[subject.start + len(subject.phrase): subject.start + len(subject.phrase) + 1] in "、，,":
                name = without_own_quantity(name)  # 饮料酒10.7万千升、下降32.5%: the item's growth, named by the item
            if name in self.vocab.names:
                # 地区生产总值等6项指标, 全社会固定资产投资 of a sub-area: a phrase row never takes a vocabulary
                # name, which would read as the government's own figure
                name = self._display(subject.phrase)
                if name in self.vocab.names and subject.own and measure == "share":
                    if not name.endswith(_SHARE_ENDS):  # (清洁能源装机占比55.1%: already the share's name, 山西 2026)
                        name += "占比"  # 教育支出占一般公共预算支出的18%: the share of the statistic, a figure of its own
                elif name in self.vocab.names and subject.own:
                    # 单位地区生产总值能耗…约为全国平均的70%: the government's own name with a figure that is none
                    # of its measures (a ratio to something else): no row rather than a wrong one
                    return
                elif name in self.vocab.names and subject.note == "cumulative":
                    # 新增市场主体7113户、达到47050户 / 累计达到30.8万户: the running total, not the year's new ones
                    name += "累计"
                elif name in self.vocab.names and self._topic and self._whose(subject) == self._topic \
                        and (self._names_a_place(self._topic) or self._topic in self._part_words) \
                        and not name.startswith(self._topic):
                    # 园区主营业务、税收收入、实际利用外资分别完成…: the park's 税收收入 is named as the park's
                    name = self._topic + name
                elif name in self.vocab.names and subject.owner:
                    name = subject.owner + name  # 磨憨镇…、一般公共预算收入: the town's, named as the town's
            if "比" in name or "较" in name:
                name = without_comparison_base(name)  # 实际使用外资比“十三五”时期增长78.9% -> 实际使用外资
            if "、" in name:
                name = without_summed_items(name)  # 索具、石油物探装备、汽车零部件三大主导产业年产值 -> 三大主导产业年产值
            name = ratio_name(name, measure, unit)
            if (measure == "share" or unit == "个百分点") and name and self.text.startswith(subject.phrase, subject.start):
                end_of_subject = subject.start + len(subject.phrase)  # 九龙江流域优质水比例提升14.3个百分点
                name = share_words_after(name, self.text[end_of_subject: end_of_subject + 20])
            elif (measure == "share" or unit == "个百分点") and name and "、" in self.text[subject.start: end] \
                    and (head_end := self._head_end(name, subject.start, end)):
                # 蔬菜、小浆果设施产量占比分别提高15、22个百分点 (云南 2026): a list's first item named with the head of the
                # last (蔬菜设施产量) takes the share words after that head too
                name = share_words_after(name, self.text[head_end: head_end + 20])
            if measure in ("change", "growth") and name and name[-1] not in "率额值价费比入出" \
                    and self.text.startswith(subject.phrase, subject.start) and not aspect_of(name, self._aspects):
                end_of_subject = subject.start + len(subject.phrase)  # 二氧化硫累计削减1399.3吨: 二氧化硫排放量
                name = with_change_aspect(name, self.text[end_of_subject: end_of_subject + 8], self._change_aspects)
            if not name or says_nothing(name, self._scope_words, self._empty_words) or name[-1] in self._aspect_last \
                    and self._aspect_only(name) and after_actions(name, self._actions) not in self._kept_alone \
                    or len(name) <= 6 and only_actions(name, self._actions):
                # (投资, 实现产值, 新增 alone: how much, but of nothing the sentence names; docs/extract.md)
                return  # 3月底前, 区, 年内: no name says what the figure counts (issue 13, point 6)
        if not name:
            return
        same_item = indicator is None and measure in ("growth", "change") and bool(self.figures) \
            and self.figures[-1].start == start and not self.figures[-1].indicator_id
        if same_item:
            name = self.figures[-1].indicator  # 经营净收入9662元，增长3.1%: the growth of the item is named as its level
        elif not self._breakdown:
            after_qizhong = "其中" in self.text[max(0, subject.start - 4): subject.start + 2]
            # (the figure before, counted alike, is asked only where a part may follow it: after 其中, or after a part)
            alike = next((f for f in reversed(self.figures[-3:]) if strip_magnitude(f.unit) == strip_magnitude(unit)),
                         None) if self.figures and (after_qizhong or indicator is None and self._part_of[2]) else None
            if indicator is not None and alike is not None and after_qizhong:
                # 城镇居民人均可支配收入…，其中，工资性收入31496元 (a vocabulary row)…；经营净收入4022元: the parts go on
                self._part_of = (alike.indicator, aspect_of(alike.indicator, self._aspects), name, end)
                alike = None
            if indicator is None and alike is not None and (
                    after_qizhong
                    or self._part_of[2] == alike.indicator and len(name) <= 16
                    and _PARAGRAPH_STOP.search(self.text, self._part_of[3], subject.start) is None):
                # 完成零售额529.1亿元，其中粮油、食品类90.5亿元，饮料和烟酒类41.9亿元 / 人均消费支出25850元，其中，
                # 食品烟酒支出8026元，居住支出5040元: the parts, in the sentence, of the figure before 其中 (counted alike)
                if after_qizhong:
                    before = alike.indicator  # (全市保费收入109.8亿元。其中财产险…: a bare aspect is the total's own)
                    self._part_of = (before, aspect_of(before, self._aspects)
                                     or (before if before in self._aspect_set else ""), "", end)
                total, aspect, _, _ = self._part_of
                part = per_head_part(name, total) or with_breakdown_aspect(name, aspect, self._aspects)
                if part == name and not aspect:
                    part = part_of_whole(name, total, self._actions) or name  # (其中洽谈项目46项: of which projects)
                new = next((w for w in _NEW_WORDS_AND_BUILT if total.startswith(w)), "") \
                    if part == name and total.startswith(_NEW_WORDS_AND_BUILT) else ""  # (the tuple first: most have none)
                if new and not leading_actions(name, self._actions) and not name.startswith("新") and "累计" not in name:
                    part = new + name  # 全年新登记经营主体24.52万家，其中企业6.82万家: new ones too (新登记企业)
                if part != name:
                    name = part
                    self._part_of = (total, aspect, name, end)
            aspect = aspect_of(name, self._aspects)
            if aspect or name.endswith(PER_HEAD_TOTALS):
                self._lead_aspect = (aspect, where.heading, name)
        elif indicator is not None and name.endswith(PER_HEAD_TOTALS):
            # 按常住地分，城镇居民人均可支配收入48647元，…其中，经营净收入4022元: a total named in a breakdown leads its parts
            self._lead_aspect = (self._lead_aspect[0], where.heading, name)
        elif indicator is None and self._lead_aspect[1] == where.heading:
            # 规模以上工业增加值增长7.3%。…分行业看，食品制造业增长9.8%: the item is a part of that figure; 从主要收入构成看，
            # 经营净收入9079元: a part of the income per head named before
            name = per_head_part(name, self._lead_aspect[2]) or with_breakdown_aspect(name, self._lead_aspect[0],
                                                                                      self._aspects)
            own = aspect_of(name, self._aspects)
            if own and own != self._lead_aspect[0] and not name.endswith(self._lead_aspect[0] or "\0"):
                # 在限额以上批发和零售业商品销售额中，粮油食品类零售额…，饮料类增长1.0%: the items after one that names
                # its aspect share that one
                self._lead_aspect = (own, where.heading, self._lead_aspect[2])
        source = name_source(subject, indicator, self.vocab, self._grammar)
        whose = "" if subject.own or subject.note not in ("foreign", "actor", "project") else self._whose(subject)
        if whose:
            whose = subject_name(whose, self.own, self._verbs, self._actions, self._part_words)
        if not whose and indicator is None and measure != "rank":
            # 三棵树公司纳税超过4500万元, 枢纽港产业园新签约产业项目139个, 现代雕塑产业园115家企业签约入驻: a named firm's,
            # project's or park's own figure (not 7个港航项目建成运营, which counts them); 入园在建项目 after a sentence
            # opening with the park: the park's
            whose = named_entity(name, done_words(), unit)
            if not whose and name.startswith(self._trades, 2):  # (宝迪养猪…: two characters, then a trade)
                whose = firm_by_trade(name, done_words())
            if whose and subject.stop and subject.note == "outside" and unit in entity_counts() \
                    and not self._named_before_count(whose, start, end):
                # 北海铁山港…等7个港航项目建成运营, 90%的化工园区: the number counts them; 重拳打击阻挠项目落地6人: people
                # (but 同光科技10万片碳化硅单晶衬底项目: the project's size)
                whose = ""
            if whose:
                if whose not in self._firms_named:
                    self._firms_named.append(whose)
            elif self._firms_named:
                whose = short_name(name, self._firms_named)  # 玖兴450栋鸡舍 after 玖兴肉鸡养殖项目…: 玖兴
            whose = whose or self._park_of(start)
        if not whose and indicator is None and self._topic and name.startswith(self._topic) \
                and self._names_a_place(self._topic) and not leading_actions(self._topic, self._actions):
            # 开发区完成主营业务收入1608.2亿元，…位居全市第一位 (徐水区 2019): a free phrase opening with the sub-area the
            # sentence is about is that place's figure, its rank too
            whose = self._topic
        if not whose and indicator is None and self._topic and subject.phrase.startswith(_walk_verbs_of_doing() + _HAVING) \
                and self._names_a_place(self._topic) and self._topic not in subject.phrase \
                and not leading_actions(self._topic, self._actions) and self.text.startswith(subject.phrase, subject.start) \
                and not self.text[self._after_last(_CLAUSE_MARKS + "；;" + _FULL_STOP, subject.start): subject.start].strip():
            # 县城工业园区累计投资13.2亿元，基础设施进一步完善，…，现有企业140家，实现主营业务收入257亿元 (徐水县 2015): a
            # clause opening with a verb of doing or having has no subject of its own: the sub-area the sentence is about
            # (not 开展三大片区改造…，完成拆迁247户: a thing done to places; nor 新增规模养殖园区6个: the parks counted)
            whose = self._topic
        if not whose and indicator is None and self._county_zones and name.startswith(self._county_zones):
            # …，开发区主营业务收入同比增长125.3% (博野县 2022), 园区产值力争突破500亿元 (徐水县 2011): a clause of a county's
            # report opening with 开发区 or 园区 alone is its one zone's figure (not 3个示范区…, 各开发区…)
            whose = county_zone(name, subject.phrase.lstrip(), "county")
            if whose and not (self.text.startswith(subject.phrase, subject.start) and not self.text[
                    self._after_last(_CLAUSE_MARKS + "；;" + _FULL_STOP, subject.start): subject.start].strip()):
                whose = ""
        if not whose and indicator is None:
            # 和田地区矿业权出让实现收益60.37亿元 in 新疆's report, 满城区… in 保定市's: a figure named after a division
            # below the issuing government is that place's (its full name in the gazetteer)
            whose = self._division_opening(name)
            if whose:
                whose = facility_of_place(name, whose) or whose  # 西安咸阳国际机场旅客… (陕西 2026): the airport's
            elif self.text[subject.start - 1] in "，," and (self._first_figure > subject.start or self.figures
                                                              and self.figures[-1].subject
                                                              and self.figures[-1].start >= self._current[0]) \
                    and unit not in _THINGS_COUNTED and (before := self._second_clause(self._current[0], subject.start - 1)):
                # 县城工业园区2008年列入省级产业聚集区，基础设施建设累计投资5.2亿元 (徐水县 2011), 博野中学高考成绩再创新高，
                # 本科上线率92.8% (博野县 2024), 园区在全省综合排名第14位，预计主营业务收入突破600亿元 (安国市 2020): a
                # clause naming no one of its own right after the sentence's first clause, which opens with a project,
                # firm, park or institution, is that one's (the sentence's first figure, or after someone else's)
                whose = self._owner_of_clause_before(subject, name, before - 1)
        if whose and indicator is None and all_zones(whose, self.doc.get("level")):
            whose = ""  # 开发区规上工业增加值 in a province's report (山西 2026): all its parks, the province's own figure
        if whose and not_whose(whose):
            whose = ""  # (对东盟, 合同, 省重点项目, “新三个一”工程, …的: no one else's name)
        rows = self._project_rows
        if rows is None:
            self._project_cells = project_cells(self.text)
            rows = self._project_rows = project_rows(self.text) or ({-1: ""} if self._project_cells else {})
        if rows and not whose and indicator is None and self._row_project(start) \
                and (project := self._row_project(start, number := _last_number(self.text, start, end))):
            # 1 | 安国市数字中药都建设项目 | 土地收储350亩，建筑面积18万平方米: a row of a table of projects gives its
            # project's figures, named with the project (建筑面积 of what) when the two are short enough to stay whole
            if "包括" in self.text[self._after_last("，,；;：:。|｜\n", number): number]:
                # 国家药用植物园-华北园项目 | 占地5000亩，包括1个药用植物园、2个博物馆 (安国市 2022): the parts the project
                # holds describe it, no figure of anyone's
                return
            whose = project
            written = re.split(r"[|｜，,：:；;、]", self.text[start: number])[-1].strip()
            # (a project named on the line before is shown as written: 安国市民文化中心项目, never 民文化中心项目)
            shown = project if project not in self.text[start - 1 - len(project): start] and self._project_cells \
                and self._project_cells.get(self.text.rfind("\n", 0, start) + 1) == project else self._display(project)
            if measure == "level" and written and not written.startswith(shown) \
                    and len(shown) + len(written) <= LONG_NAME:
                name = shown + written
        if whose and indicator is None and unit == "家" and whose.endswith(self._park_words) \
                and only_actions(name, doing_words()):
            # 现代雕塑产业园115家企业签约入驻，32家建成投产 (曲阳县 2020), …园区…完成签约立项5家: a park's count in 家 of
            # things done, with no noun, counts its firms (企业 said before, or left out)
            name += "企业"
        if whose and indicator is None and self._headline_names is None:
            self._headline_names = frozenset(i.name for i in self.vocab.indicators.values() if i.headline)
        if whose and indicator is None and name in self._headline_names and not name.startswith(whose):
            # someone else's figure never under a headline name of the government's own (eval reads names): the
            # firm's 税收收入 is named as the firm's
            name = whose + name
        shown = self._periods_shown.get(period)
        if shown is None:
            shown = self._periods_shown[period] = self._period_shown(period)
        period = shown
        self.figures.append(_new_figure((
            name, ident, measure, period, kind, value, value_hi, unit, bound, rank_scope, bool(estimated),
            # 力争地区生产总值增长8%: the commitment word may lead the subject, so look up to the figure's end
            self._hardness(end) if kind == "target" else "",
            qualifier, self.text[start:end], start, end, where.heading, kind_note, source, whose,
        )))

    def _head_end(self, name: str, start: int, stop: int) -> int:
        """Where the longest end of `name` (two characters at least, not all of it) ends in text[start:stop], 0 if
        nowhere: the head a list's first item borrows from its last one."""
        for cut in range(1, len(name) - 1):
            at = self.text.find(name[cut:], start, stop)
            if at >= 0:
                return at + len(name) - cut
        return 0

    def _second_clause(self, s: int, mark: int) -> int:
        """Where the clause before the comma at `mark` starts, plus one, when that comma is the first of the sentence
        starting at `s`, or its second after a part of the year (前三季度，开发区主营业务收入…，亩均产值…); 0
        otherwise. (The sentence's first two commas are found once: most figures stand after neither.)"""
        if self._commas[0] != s:
            self._commas = (s, _next_comma(self.text, s, mark + 1), -2)
        _, first, second = self._commas
        if mark == first:
            return s + 1
        if first < 0 or first - s > 8:
            return 0
        if second == -2:
            second = _next_comma(self.text, first + 1, mark + 1)
            self._commas = (s, first, second)
        if mark != second:
            return 0
        lead = self.text[s:first].strip()
        return first + 2 if _TIME_LEAD.fullmatch(lead) or lead in self.w.subyear_code or MONTHS.fullmatch(lead) else 0

    def _owner_of_clause_before(self, subject: Subject, name: str, before: int) -> str:
        """Whose a free phrase opening the second clause of its sentence is (the first starting at `before`:
        _second_clause), when it names no one of its own (names.entities.owns_nothing) and the first clause opens with
        someone else: the one its figure was given (园区在全省综合排名第14位，…, or described by it: 投资3.3亿元的雄源服装
        智慧新城项目…), or the project, firm, park or institution it opens with when it has no figure
        (names.entities.clause_owner: 城西污水处理厂投入运行，日处理能力…); '' otherwise."""
        at = subject.start
        clause = self.text[before: at - 1].strip()
        last = self.figures[-1] if self.figures else None
        if last is not None and last.start >= before:
            # (启动投资3.3亿元的雄源服装智慧新城项目A区建设，年度完成投资不低于1.2亿元: 涞源县 2022, the project described;
            # not one of a list: 加快投资5.9亿元的领秀城、投资4亿元的谷丰印象等城中村改造步伐，完成建筑面积20万平方米)
            owner = last.subject
            if not owner or not (clause.startswith(owner) or "的" + owner in clause and "、" not in clause
                                 and "等" not in clause):
                return ""
        elif not (owner := clause_owner(clause)):
            return ""
        return owner if self.text.startswith(subject.phrase, at) and owns_nothing(name) else ""

    def _row_project(self, pos: int, number: int = -1) -> str:
        """names.entities.row_project for the line holding `pos`, when the project stands before the figure's
        `number` (asked first without the number). The lines that open a row of projects are found once per
        document (names.entities.project_rows: most documents have none)."""
        rows = self._project_rows
        if not rows:
            return ""
        lines = self._char_positions("\n")
        k = bisect.bisect_left(lines, pos)
        line = lines[k - 1] + 1 if k else 0
        project = rows.get(line, "")
        if not project and self._project_cells:
            return self._project_cells.get(line, "")  # (the project named on the line before: no test of where)
        if number < 0 or not project:
            return project
        at = self.text.find(project, line, number)
        return project if at >= 0 and at + len(project) <= number else ""

    def _named_before_count(self, whose: str, start: int, end: int) -> bool:
        """现代雕塑产业园115家企业签约入驻: the one named stands before the count, which counts something of its own."""
        evidence = self.text[start:end]
        first_digit = next((i for i, ch in enumerate(evidence) if ch.isdigit()), len(evidence))
        at = evidence.find(whose, 0, first_digit)
        # (的道路交通项目、27个重点水利工程: the count is of the next item of a list)
        return at >= 0 and not any(mark in evidence[at + len(whose): first_digit] for mark in "、，,；")

    def _park_of(self, pos: int) -> str:
        """names.entities.park_of_paragraph for the full sentence (to 。) holding `pos`."""
        part = self._current  # (a part of the sentence, to its ；: its figures share the answer)
        if self._park[0] != part:
            s, e = part
            lo, hi = max(0, s - 400), e + 400
            if self._park_marks is None:  # (where 入园, 园内 … stand: found once per document)
                self._park_marks = sorted((i, i + len(mark)) for mark in park_marks() for i in self._char_positions(mark))
            marks = self._park_marks
            k = bisect.bisect_left(marks, (lo,))
            while k < len(marks) and marks[k][0] < hi < marks[k][1]:
                k += 1  # (a mark running past the window)
            if not (k < len(marks) and marks[k][0] < hi):
                self._park = (part, "")  # (most sentences: no 入园 near, no park to look for)
                return ""
            # the full sentence around the part, at most 400 characters either side (the sentence ends found once)
            stops = self._mark_positions(_FULL_STOP)
            after = bisect.bisect_left(stops, e - 1)
            stop = stops[after] if after < len(stops) and stops[after] < e + 400 else min(len(self.text), e + 400)
            s = max(self._after_last(_FULL_STOP, s + 1), lo)
            self._park = (part, park_of_paragraph(self.text, pos, s, stop))
        return self._park[1]

    def _period_shown(self, period: str) -> str:
        """The period as the row gives it (a document's few periods: _emit keeps the answers)."""
        if not (period[:2] in ("19", "20") and period[2:4].isdecimal() and len(period) >= 4) \
                and period not in self.w.relative:
            return ""  # a document of unknown year (004's news items): say nothing rather than "0"
        if "-" in period and (not _PERIOD_SHAPE.fullmatch(period) or period.split("-", 1)[1][:4] < period[:4]):
            return ""  # 较2010年实现翻番 in a document of unknown year: a span from 2011 to a year no one knows
        return period

    def _whose(self, subject: Subject) -> str:
        """'' for the government's own figure; else who or what the figure is of, as written (全省, 临港新片区,
        中信重工)."""
        if subject.note == "project":  # 投资2亿元的直隶黑猪养殖基地项目: the project (its name without 投资)
            if subject.owner:
                return subject.owner  # (a list of projects sharing the head their name gives)
            thing = next((subject.phrase[: -len(a)] for a in self._money_aspects if subject.phrase.endswith(a)), "")
            # (签订总投资105.85亿元的战略合作协议: the sum the agreements signed are worth, the government's, no project's)
            return "" if thing.endswith(entity_words("agreement")) else thing
        if subject.own or subject.note not in ("foreign", "actor"):
            return ""
        if self._topic:
            return self._topic  # (经济开发区营业收入完成1018亿元: the place, not the name it opens)
        if subject.owner:
            return subject.owner  # 磨憨镇固定资产投资、一般公共预算收入…: named before the list, every item's
        match = subject.match
        if subject.note == "actor" and (match is None or match.start == 0):
            # 完成城市道路新建改造18公里、农村公路建设50公里 / 金丹科技实现营业收入12亿元，税收1.2亿元: a bare item
            # goes on with the verb before, so it is the figure before's (the government's: '')
            return self.figures[-1].subject if self.figures else ""
        if match is not None and 0 < match.start <= len(subject.phrase):
            before = subject.phrase[: match.start]
            left, _, _, _ = self.parser._read_modifier(before)
            return left.strip(" \t\u3000“”\"‘’（）()、，,") or before.strip(" \t\u3000“”\"‘’（）()、，,")
        return subject.phrase

    def _display(self, phrase: str) -> str:
        """The subject phrase of a figure outside the vocabulary, without the words that lead into it."""
        # asked two or three times for most figures (_bare_verb, _needs_topic, _emit): kept for the document
        shown = self._shown.get(phrase)
        if shown is None:
            shown = self._shown[phrase] = self._display_once(phrase)
        return shown

    def _display_once(self, phrase: str) -> str:
        s = phrase.strip(" \t\u3000“”\"‘’（）()《》、，,:：")
        changed = True
        while changed and s:
            changed = False
            if s[0] in self._own_initials and not _in_quoted_name(phrase):
                for word in self.own_longest_first:
                    if s.startswith(word) and len(s) > len(word) and not s.startswith(self._proper_ends, len(word)) \
                            and s[len(word)] != "级" \
                            and not (s[len(word)] in _PLACE_KINDS and word[-1] not in _PLACE_KINDS) \
                            and word[-1] + s[len(word)] not in _PLACE_PARTS:
                        # (地区级非遗项目: a level, not the place; 阿克苏市 in 阿克苏地区's communiqué: another place)
                        s, changed = s[len(word):], True
            m = _lead_words(s)
            if m and len(s) > m.end() and not s.startswith(whole_words()):  # (共享, 共济: a word, no lead 共)
                s, changed = s[m.end():], True
            elif s[:1] in _SPAN_LEAD_FIRST and (m := _SPAN_LEAD.match(s)) and len(s) > m.end() + 1:
                s, changed = s[m.end():], True  # (“十四五”时期全省生产安全事故死亡人数, 近5年人均预期寿命增量)
        return s


def _positions(text: str, mark: str) -> list[int]:
    """Where `mark` starts in `text`, in order (overlapping ones too: 哈哈 in 哈哈哈 at 0 and 1)."""
    found = []
    if len(mark) == 1:  # (one split and the parts' lengths: a call of find per mark costs more)
        at = -1
        for part in text.split(mark)[:-1]:
            at += len(part) + 1
            found.append(at)
        return found
    i = text.find(mark)
    while i >= 0:
        found.append(i)
        i = text.find(mark, i + 1)
    return found


def _last_number(text: str, start: int, end: int) -> int:
    """Where the last run of digits in text[start:end] starts (the figure's number at the end of its evidence)."""
    i = end
    while i > start and not text[i - 1].isdigit():
        i -= 1
    while i > start and (text[i - 1].isdigit() or text[i - 1] == "."):
        i -= 1
    return i if i < end else end


_NAME_AFTER_CLASS = re.compile(r"[^、，,；;。（(等的\s]{2,20}(?=[，,；;。]|$)")
_SHARED_HEAD = re.compile(r"\d+[\u4e00-\u9fffA-Za-z]{0,2}([^\d、]{2,}(?:项目|工程))$")


def _in_quoted_name(phrase: str) -> bool:
    """Whether a phrase opens inside a quoted name (“上海标准”、“上海品牌”分别新增10个: the government's own place
    opens a brand's name and stays in it)."""
    if phrase[:1] == "“":
        return True
    closing = phrase.find("”")
    return closing > 0 and "“" not in phrase[:closing]


_EACH_ITEM_SEP = re.compile(r"、|及|和|与")
_LIST_IN_QUOTES = re.compile(r"“[^”]*、")  # (a quoted name holding a list is one item: “千村示范、万村整治”工程)
_EACH_ALL = re.compile(r"(?<![人户亩年平])均(?!值|价|等|衡)")  # (人均, 年均, 平均 are per head, per year, mean: no each)


def _each_item(subject: Subject, text: str, top_level: bool = False) -> list[Subject]:
    """The kinds of a phrase a count after 各 (each) counts one by one (研发平台及众创空间各1家 -> 研发平台, 众创空间;
    公厕和口袋公园各5个): two to four items of two characters at least, else the phrase as it is. `top_level`: a list
    parted by 、 is parted there only (城市自来水和燃气普及率、污水集中处理率: two rates, the first of two things), and no
    item may hold a number."""
    phrase = subject.phrase
    if top_level and (any(c.isdigit() for c in phrase) or "等" in phrase or _LIST_IN_QUOTES.search(phrase)):
        return [subject]  # (数字经济营业收入、智算规模等主要指标均增长3倍: 等 sums the items up under a word of its own)
    parts, at = [], 0
    for m in (re.finditer("、", phrase) if top_level and "、" in phrase else _EACH_ITEM_SEP.finditer(phrase)):
        parts.append((phrase[at: m.start()], at))
        at = m.end()
    parts.append((phrase[at:], at))
    if not 2 <= len(parts) <= 4 or any(len(part.strip("“”")) < 2 for part, _ in parts):
        return [subject]
    out = [dataclasses.replace(subject, phrase=parts[0][0])]
    for part, _ in parts[1:]:
        found = text.find(part, out[-1].start, subject.start + len(phrase) + 1)  # (the phrase may hold a verb put before it)
        out.append(dataclasses.replace(subject, phrase=part, start=found if found >= 0 else subject.start))
    return out


def _last_clauses(owned: list[list[Subject]], n: int) -> list[Subject] | None:
    """The subjects of the last clauses of a sentence, n of them with one figure each (what one 分别 list
    of n figures goes back to), or None."""
    taken: list[Subject] = []
    for subjects in reversed(owned):
        if subjects is None:
            return None
        taken[:0] = subjects
        if len(taken) >= n:
            break
    return taken if len(taken) == n else None


def _in_base(value: float, unit: str) -> float:
    """2 万亿元 -> 2e12 (元): for comparing two figures of one indicator written with different magnitudes."""
    magnitude = unit[: len(unit) - len(strip_magnitude(unit))]
    return value * float(MAGNITUDES[magnitude]) if magnitude else value


_SAME_FIGURE = Figure._fields.index("rank_scope") + 1  # indicator ... rank_scope: what makes two figures the same


_SAME_GOAL = Figure._fields.index("bound")  # indicator ... unit: a goal of the vocabulary said again


@lexicon.derived
@lru_cache(maxsize=1)
def _fall_aspects() -> frozenset[str]:
    """降幅, 降低率, 下降率: growth aspects that say a fall (predicates.csv, roles growth_aspect and down)."""
    return frozenset(w for w, roles in lexicon.predicates().items() if {"growth_aspect", "down"} <= roles)


def _dedupe(figures: list[Figure]) -> list[Figure]:
    """The same figure said twice (same indicator, measure, period, kind, value, unit, bound) kept once; and a
    vocabulary goal said again with another bound (城镇新增就业2500人 in the year's goals, 城镇新增就业2500人以上
    in the tasks after them): the first statement, where the report sets its goals, is the goal."""
    seen: set[tuple] = set()
    goals: set[tuple] = set()
    out = []
    for figure in figures:
        key = (figure[:_SAME_FIGURE], figure.qualifier if figure.measure == "rank" else "")
        if key in seen:
            continue
        if figure.kind == "target" and figure.indicator_id and figure.value is not None:
            goal = figure[:_SAME_GOAL]
            if goal in goals:
                continue
            goals.add(goal)
        seen.add(key)
        out.append(figure)
    return out


def _words_of(text: str) -> list[str]:
    """jieba's words of a short text (a list's last item: names/phrases.shared_head), loaded when first asked."""
    from govreport.extract.segment import jieba_in_use

    return jieba_in_use().cut(text)


LONG_NAME = 16  # characters: a longer subject phrase outside the vocabulary keeps only its last words


def finish_figures(figures: list[Figure], segmenter: Callable[[], Any] | None = None) -> list[Figure]:
    """One document's figures from DocumentExtractor.run as extract gives them: long subject phrases cut to
    their last words, and a figure that became the same as another kept once.

    `segmenter` is a factory, called only when a phrase is long, so a document without one never loads
    jieba's dictionary.
    """
    out = []
    shortened: dict[str, str] = {}  # a document names the same long phrase again (one segmenter call each)
    for figure in figures:
        name = figure.indicator
        if not figure.indicator_id and len(name) > LONG_NAME and not ("、" in name and len(name) <= LONG_NAME + 4):
            # (电力、热力、燃气及水生产和供应业增加值: a list a little too long stays whole, a cut would lose its first items)
            if name not in shortened:
                full = without_note(name)
                # a cut may leave a connecting word or half a quote
                shortened[name] = clean_phrase(with_whole_quotes(full, shorten(full, segmenter), LONG_NAME + 8))
            name = shortened[name]
            if not name:
                continue
            figure = figure._replace(indicator=name)
        out.append(figure)
    shared = one_name_for_many(out)  # (牛羊出栏分别增长5.2%、1.9%: one name, two figures; issue 13, point 6)
    return _dedupe([f for i, f in enumerate(out) if i not in shared] if shared else out)


WHOLE_NAME = LONG_NAME + 8  # characters: a longer name is cut to its last words; up to this, only when it must be


@lexicon.derived
@lru_cache(maxsize=1)
def _figure_in_lead() -> re.Pattern[str]:
    """A count, a sum or a year in the words a cut to LONG_NAME drops (为6873名困难群体代缴…, 总投资2.6亿元的13所…,
    下达2025年中央…) or a time word of a deed (五年完成…, 去年我县共承接…: predicates.csv time): another figure or a
    time in the name, which the cut leaves out. A number inside a name (12345政务服务热线, 1000M速率, 10号线) is none."""
    units = "个所项名家支座条户人亩元年天届批次期处村头只吨"
    # (and a word of two characters or more opening a clause, predicates.csv opening: 支出年末金融机构… of a table
    # read as text, 年末 starts the name's own clause)
    words = {*lexicon.words_with("time"), *(w for w in lexicon.words_with("opening") if len(w) > 1)}
    return re.compile(rf"\d[\d.]*(?:[余多]?[万亿千百]*[余多]?[{units}]|[万亿][余多]?)|{DEADLINE}|"
                      rf"{lexicon.alternation(words)}|[一二三四五两去上明]年")


@lexicon.derived
@lru_cache(maxsize=1)
def _manner_before_verb() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """How a deed is done (_deed_manner_words, name_edges.csv manner) and the verbs it may stand before (verbs of
    doing, name_grammar.csv topic_verb: 落实, 推进): what shorten takes off a long name's start."""
    manner = _deed_manner_words() | name_edges().get("manner", frozenset())
    verbs = _deed_verbs() | frozenset(load_grammar().words("topic_verb"))
    return re.compile(f"(?:{lexicon.alternation(manner)})*"), re.compile(lexicon.alternation(verbs))


def shorten(phrase: str, segmenter: Callable[[], Any] | None = None) -> str:
    """A long phrase as a name: without the manner words before its verb (深入推进…, 全力争取…) and whole when
    that leaves at most WHOLE_NAME characters (主城区大气环境质量自动监测站有效监测天数, 疾病预防控制中心（防疫站）
    卫生技术人员: a cut to LONG_NAME would start inside a term or a proper name); else, or when the words the cut
    drops hold another figure or a time (_figure_in_lead), its last words up to LONG_NAME characters (jieba or
    pkuseg on this phrase only, never the document; its last characters when no segmenter is given)."""
    manner, verbs = _manner_before_verb()
    lead = manner.match(phrase).end()
    if lead and len(phrase) - lead >= 6 and verbs.match(phrase, lead):
        phrase = phrase[lead:]  # (深入推进“散乱污”企业动态清零工地 -> 推进“散乱污”…: the verb and its object stay)
    if len(phrase) <= WHOLE_NAME and not any(c.isdigit() for c in phrase) \
            and not _figure_in_lead().search(phrase, 0, len(phrase) - LONG_NAME + 4):
        return phrase
    cut = _last_words(phrase, segmenter)
    if len(phrase) > WHOLE_NAME or _figure_in_lead().search(phrase, 0, len(phrase) - len(cut) + 2):
        return cut
    return phrase


def _last_words(phrase: str, segmenter: Callable[[], Any] | None) -> str:
    """The last words of a long phrase, up to LONG_NAME characters."""
    if segmenter is None:
        return phrase[-LONG_NAME:]
    try:
        cutter = segmenter()
        # jieba cuts only the end of the phrase that can reach the kept words (JiebaSegmenter.cut_last)
        cut_last = getattr(cutter, "cut_last", None)
        tokens = cut_last(phrase, LONG_NAME + 1) if cut_last is not None else cutter.cut(phrase)
    except Exception:  # a segmenter problem must not cost the figure
        return phrase[-LONG_NAME:]
    return last_words(list(tokens), LONG_NAME, 8).strip()  # (between words that may start a name)


# ------------------------------------------------------------------ public API


def document_figures(doc: dict[str, Any], vocabulary: Vocabulary | None = None, *,
                     segmenter: Callable[[], Any] | None = None) -> tuple[dict[str, Any], list[Figure]]:
    """The figures of one document, and the values of its own columns (doc_id ... doc_date)."""
    extractor = DocumentExtractor(doc, vocabulary if vocabulary is not None else default_vocabulary())
    return extractor.base, finish_figures(extractor.run(), segmenter)


def extract_document(doc: dict[str, Any], vocabulary: Vocabulary | None = None, *,
                     segmenter: Callable[[], Any] | None = None) -> list[dict[str, Any]]:
    """The figures of one document (a dict with the columns of govreport.schema.DOCUMENTS) as INDICATORS rows."""
    base, figures = document_figures(doc, vocabulary, segmenter=segmenter)
    return [{**base, **figure._asdict()} for figure in figures]


def extract_columns(doc: dict[str, Any], vocabulary: Vocabulary | None = None, *,
                    segmenter: Callable[[], Any] | None = None) -> dict[str, list[Any]]:
    """The same as extract_document, as one list per INDICATORS column (what a table is built from)."""
    base, figures = document_figures(doc, vocabulary, segmenter=segmenter)
    n = len(figures)
    columns = {name: [value] * n for name, value in base.items()}
    columns.update(zip(Figure._fields, map(list, zip(*figures))) if figures else
                   ((name, []) for name in Figure._fields))
    return columns


def extract_records(docs: Iterable[dict[str, Any]], vocabulary: Vocabulary | None = None, *,
                    segmenter: Callable[[], Any] | None = None) -> Iterator[dict[str, Any]]:
    for doc in docs:
        yield from extract_document(doc, vocabulary, segmenter=segmenter)


_DEFAULT: Vocabulary | None = None


def default_vocabulary() -> Vocabulary:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_vocabulary()
    return _DEFAULT
