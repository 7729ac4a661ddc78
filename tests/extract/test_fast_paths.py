"""Extract's fast paths find exactly what the plain rules find.

Several lookups are written for speed (the extract issue's throughput bar): a
trie instead of an alternation, words indexed by their last character,
patterns that start with a character class so that re can skip ahead. Each is
checked here against the plain version it replaces, on generated text.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.extract import lexicon
from govreport.extract.numbers import (_BAD_AFTER, _BAD_BEFORE, ARABIC, CHINESE, _RANGE_SEP, _quantity,
                                       _quantity_pattern, find_quantities)
from govreport.extract.periods import (NOT_A_NUMERAL_LIST, PLAN, SUB_HEADING, SUB_HEADING_AFTER, TOP_HEADING,
                                       TOP_HEADING_AFTER, headings_in, plan_mentions, sub_headings, top_headings)
from govreport.extract.pipeline import default_vocabulary, own_scope_words
from govreport.extract.structures import _BASE, _BASE_LAST, Head, HeadParser
from govreport.extract.vocabulary import build_vocabulary

WORDS = st.lists(st.text(alphabet="元万亿/吨人次", min_size=1, max_size=4), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text(alphabet="元万亿/吨人次x", max_size=20))
def test_alternation_matches_like_a_longest_first_alternation(words, text):
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = re.compile(lexicon.alternation(words))
    for pos in range(len(text) + 1):
        a, b = plain.match(text, pos), trie.match(text, pos)
        assert (a and a.group(0)) == (b and b.group(0))


def test_alternation_of_nothing_matches_nothing():
    assert re.compile(lexicon.alternation([])).search("元") is None


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text(alphabet="元万亿/吨人次x", max_size=10), st.integers(1, 5) | st.none())
def test_endings_give_the_longest_word_a_phrase_ends_with(words, phrase, maxlen):
    ends = [w for w in words if phrase.endswith(w) and (maxlen is None or len(w) <= maxlen)]
    expected = max(ends, key=len) if ends else None
    assert lexicon.Endings(words, maxlen).longest(phrase) == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="十三四五第个年“\"”0届次一二", max_size=16), st.data())
def test_plan_mentions_are_the_plan_patterns_matches(text, data):
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    assert [m.span() for m in plan_mentions(text, start, stop)] == [m.span() for m in PLAN.finditer(text, start, stop)]


# the heading patterns as they were first written, with the look-behind inside
TOP_PLAIN = re.compile(r"(?:^|(?<=[\n\r\s\u3000。！？!?]))([一二三四五六七八九十]{1,3})、" + NOT_A_NUMERAL_LIST)
SUB_PLAIN = re.compile(r"(?:^|(?<=[\n\r\s\u3000。！？!?：:；;]))[（(]([一二三四五六七八九十]{1,3})[)）]")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="一二三四十、（）()\n 。：x产年", max_size=20))
def test_headings_are_the_look_behind_patterns_matches(text):
    assert list(headings_in(TOP_HEADING, TOP_HEADING_AFTER, text)) == [m.span() for m in TOP_PLAIN.finditer(text)]
    assert list(top_headings(text)) == [m.span() for m in TOP_PLAIN.finditer(text)]
    assert list(headings_in(SUB_HEADING, SUB_HEADING_AFTER, text)) == [m.span() for m in SUB_PLAIN.finditer(text)]
    assert sub_headings(text) == [m.span() for m in SUB_PLAIN.finditer(text)]


def test_sub_headings_in_crafted_text():
    text = "（一）稳增长。(二)促改革；（三)（十一）扩内需x(四)\n(五）"
    assert sub_headings(text) == [m.span() for m in SUB_PLAIN.finditer(text)]
    assert [text[a:b] for a, b in sub_headings(text)] == ["（一）", "(二)", "（三)", "(五）"]


def _plain_quantity_pattern() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in sorted(lexicon.units(), key=len, reverse=True))
    number = rf"(?:{ARABIC}|{CHINESE})"
    mag = r"(?:万亿|千亿|百亿|千万|百万|亿|万|千)"  # (9千亿元: a digit before 千亿 or 百亿)
    return re.compile(rf"(?P<num>{number})(?P<approx1>余|多)?(?P<mag>{mag})?(?P<approx2>余|多)?"
                      rf"(?:(?P<u1>{units})?(?P<sep>{_RANGE_SEP})(?P<num2>{number})(?P<mag2>{mag})?)?(?P<unit>{units})")


@settings(max_examples=800, deadline=None)
# ١ and ０ are digits (\d) beyond ASCII, 𝟙 one beyond the Basic Multilingual Plane, 𐀀 no digit there
@given(st.text(alphabet="0123456789.,一二两十百千万亿元%个百分点人次-至余多x١０𝟙𐀀", max_size=24))
def test_quantity_pattern_matches_like_the_plain_one(text):
    plain = _plain_quantity_pattern()
    assert [m.groupdict() | {"span": m.span()} for m in _quantity_pattern().finditer(text)] == \
        [m.groupdict() | {"span": m.span()} for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=0, max_value=10**9, allow_nan=False, places=3),
       st.sampled_from(["亿元", "万元", "%", "万人", "个百分点", "倍"]))
def test_a_plain_arabic_figure_reads_as_its_decimal_value(value, unit):
    text = f"增长{value}{unit},"
    (q,) = find_quantities(text)
    assert q.value == float(Decimal(str(value)))


def test_section_lookup_answers_as_a_fresh_lookup_in_any_order():
    import bisect
    import random

    from govreport.clean import clean_bytes
    from govreport.extract.periods import DocContext
    from tests.support import seed

    for name in ("000", "002", "004"):
        for doc in clean_bytes(seed(name).read_bytes(), source=name):
            ctx = DocContext(doc["text"], doc.get("year"), doc.get("doc_type"), doc.get("title") or "")
            positions = list(range(0, len(doc["text"]), 7))
            random.Random(1).shuffle(positions)
            for pos in positions:
                i = bisect.bisect_right(ctx._starts, pos) - 1
                j = bisect.bisect_right(ctx._sub_starts, pos) - 1
                assert ctx.at(pos) == ctx._where(pos, i, j), (name, pos)


def _plain_find_quantities(text: str) -> list:
    """find_quantities before its common case was read inline: every match goes through _quantity."""
    out = []
    for m in _quantity_pattern().finditer(text):
        s, e = m.span()
        if (s and text[s - 1] in _BAD_BEFORE) or (e < len(text) and text[e] in _BAD_AFTER):
            continue
        q = _quantity(text, m, lexicon.units())
        if q is not None:
            out.append(q)
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["1", "2", "0", "5", ".", ",", "，", "．", "１", "٣", "一", "两", "十", "百", "千", "万",
                                 "亿", "余", "多", "-", "至", "元", "%", "亿元", "万人", "个百分点", "人次", "家", "年",
                                 "x", "G", "第", "“"]), max_size=14))
def test_find_quantities_reads_like_quantity_for_every_match(parts):
    text = "".join(parts)
    assert find_quantities(text) == _plain_find_quantities(text)


def test_find_quantities_common_case_on_crafted_text():
    text = "完成582.4亿元，增长5.2%，1,234.5万人，3．5倍，１２家，1.2万余人，2—3万人，两千万元，PM2.5浓度"
    assert find_quantities(text) == _plain_find_quantities(text)
    assert [(q.value, q.unit) for q in find_quantities(text)][:4] == [(582.4, "亿元"), (5.2, "%"), (1234.5, "万人"),
                                                                       (3.5, "倍")]


# --- heads: _strip_once gives a head back at once when no rule of _strip_rules can apply

_HEAD_WORDS = sorted({*lexicon.predicates(), *lexicon.bounds()[0], *(h.word for h in lexicon.hardness()),
                      *lexicon.period_words(), *lexicon.scopes()})
_HEAD_CRAFTED = ["比上年", "较2015年", "同期", "上年同期", "与上年", "“十三五”末的", "十四五", "2020年的", "是2015年的",
                 "占全市", "相当于", "的比重", "比例", "高于", "低出", "超过", "领先", "全国", "全省", "平均", "水平",
                 "扣除留抵退税因素后", "按可比价格计算", "连续3年", "连续三年", "年计划的", "预算的", "预计", "五年",
                 "期间", "（CPI", "(GDP", "地区生产总值", "城镇调查失业率", "研发经费支出相当于全市生产总值的比例",
                 "居民人均可支配收入", "增速", "工业", *"的年于出占比重例计后下期末初前届五”\"间率值入额国，、 xA1"]


def _strip_once_agrees(s: str) -> None:
    parser = HeadParser(default_vocabulary(), own_scope_words("洛龙区"))
    fast, plain = Head(), Head()
    assert parser._strip_once(s, fast) == (parser._strip_rules(s, plain) if s else s), s
    assert fast == plain, s


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_HEAD_CRAFTED) | st.sampled_from(_HEAD_WORDS), max_size=5))
def test_strip_once_answers_as_the_rules(parts):
    _strip_once_agrees("".join(parts))


def test_strip_once_answers_as_the_rules_on_crafted_heads():
    for s in ["高于全国", "超过全省", "领先全市水平", "领先全国", "低出平均", "高出全省", "快于全市", "工业增加值占", "相当于全国的", "居民消费价格指数（CPI",
              "比上年同期", "地区生产总值", "全区城镇调查失业率", "研发经费支出相当于全市生产总值的比例", "“十三五”末的",
              "扣除留抵退税因素后", "连续三年", "完成年计划的", "上半年", "五年", "期间", "力争", "超过",
              # ending on a character only predicates end on (_strip_once takes the predicate itself)
              "工业增加值增长", "城镇调查失业率平均", "居民消费价格涨幅", "居民消费价格增幅", "地区生产总值增速",
              "重点项目建设", "城镇调查失业率", "年均增长", "增长"]:
        _strip_once_agrees(s)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["比", "较", "与", "同", "上年", "去年", "同期", "上一年", "末", "年初", "上个五年", "五年前",
                                 "上届", "2015年", "“", "十三五", "”", "x", "的"]), min_size=1, max_size=5))
def test_a_comparison_base_ends_in_a_base_last_character(parts):
    s = "".join(parts)
    parser = HeadParser(default_vocabulary(), own_scope_words(None))
    m = _BASE.search(s)
    if m and m.group("what") and parser._is_base(m.group("what")):
        assert s[-1] in _BASE_LAST


def test_each_kind_of_comparison_base_ends_in_a_base_last_character():
    parser = HeadParser(default_vocabulary(), own_scope_words(None))
    heads = ["比上年", "较去年", "比上年同期", "同期", "比上一年", "较上年末", "比年初", "比上个五年", "较五年前", "比上届",
             "比2015年", "较“十三五”末", "比十二五", "与“十三五”"]
    for s in heads:
        m = _BASE.search(s)
        assert m and m.group("what") and parser._is_base(m.group("what")) or s == "同期", s
        assert s[-1] in _BASE_LAST, s


# --- the vocabulary: contains_name searches only for the headline names that hold no other


def _plain_any_name(vocab) -> re.Pattern[str]:
    head = {i for i, ind in vocab.indicators.items() if ind.headline}
    words = {w for w, i in (*vocab.names.items(), *vocab.scoped_names.items()) if i in head}
    parts = [lexicon.alternation(words - vocab.figure_only)]
    parts += [p.pattern[3:-2] for p, i in vocab.wildcards if i in head]
    return re.compile("|".join(parts))


@lru_cache(maxsize=1)
def _vocabs_and_plain_patterns():
    return [(vocab, _plain_any_name(vocab)) for vocab in (CRAFTED_VOCAB, default_vocabulary())]


CRAFTED_VOCAB = build_vocabulary([{**row, "headline": "yes"} for row in [
    {"id": "gdp", "name": "地区生产总值", "synonyms": "生产总值|GDP|全市生产总值"},
    {"id": "fai", "name": "固定资产投资", "synonyms": "{全}投资|{全}"},
    {"id": "rd", "name": "研发经费投入强度", "synonyms": "研发*比例|*强度"},
    {"id": "inc", "name": "居民人均可支配收入", "synonyms": "城镇居民人均可支配收入|人均可支配收入"},
    {"id": "tax", "name": "税收收入", "synonyms": "税"},  # a one-character name holds no other
    {"id": "econ", "name": "经济总量", "synonyms": "经济!"},  # searched for as 经济总量, never as 经济
]] + [
    {"id": "exports", "name": "出口总额", "synonyms": "出口额|*比重", "headline": "no"},  # not looked for
])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["地区", "生产", "总值", "生产总值", "GDP", "G", "固定资产", "投资", "资", "研发", "经费",
                                 "比例", "强度", "居民", "城镇", "人均可支配", "收入", "全市", "税", "经济", "总量", "，",
                                 "x", "出口额", "比重"]), max_size=8),
       st.data())
def test_contains_name_finds_what_the_plain_pattern_finds(parts, data):
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for vocab, plain in _vocabs_and_plain_patterns():
        assert vocab.contains_name(text, start, end) == (plain.search(text, start, end) is not None)
        assert vocab.contains_name(text) == (plain.search(text) is not None)
        for a, b in ((-3, end), (start, -2), (-9, -1), (start, len(text) + 5)):
            assert vocab.contains_name(text, a, b) == (plain.search(text, a, b) is not None)


def test_match_end_answers_as_the_plain_lookup():
    vocab = default_vocabulary()
    index = vocab._index

    def plain(phrase):
        found = vocab._match_end(phrase, "", index)
        if found is not None:
            return found
        for aspect in vocab.aspects:
            if phrase.endswith(aspect) and len(phrase) > len(aspect):
                found = vocab._match_end(phrase[: -len(aspect)], aspect, index)
                if found is not None:
                    return found
        return None

    phrases = [p + a for p in ["地区生产总值", "全市投资", "城镇居民人均可支配收入", "工业", "值", "x"]
               for a in ["", "增速", "总量", "增长率", "增", "的"]]
    for phrase in phrases:
        assert vocab.match_end(phrase) == plain(phrase), phrase


# --- qualitative goals: each pattern is tried only when the clause holds the words it needs


def _plain_find_qualitative(text, start, end, parser):
    """find_qualitative as first written: every pattern tried on every clause."""
    from govreport.extract import qualitative as q

    found = q.goal_clause(text, start, end)  # (not the shortcut under test: the same helper)
    if found is None:
        return []
    clause, base = found
    for pattern in (q._IN_STEP, q._ABOVE, q._FLAT, q._MET):
        m = pattern.match(clause)
        if m:
            subject = m.group("subj")
            if pattern is q._MET:
                subject = q._CHANGE_AT_END.sub("", subject) or subject
                subject = q._LIST_OF_INDICATORS.sub("", subject) or subject
                found = q._rows(parser, subject, base, base + len(clause), "met", verb=None)
                if found:
                    return found
                break
            return q._rows(parser, subject, base, base + len(clause), "growth", verb=None)
    m = q._MET_OBJECT.match(clause)
    if m:
        return q._rows(parser, m.group("subj"), base + m.start("subj"), base + len(clause), "met", verb=None,
                       evidence_start=base)
    m = re.match(rf"^(?P<subj>.+?)(?:{q._adverbs()})*(?P<verb>增长|提高|提升|下降|降低|上升|减少)$", clause)
    if m:
        return q._rows(parser, m.group("subj"), base, base + len(clause), None, verb=m.group("verb"))
    m = re.match(rf"^(?P<lead>.*?)(?:{q._adverbs()})+(?P<verb>降低|提高|提升)(?P<subj>.+?)(?:水平)?$", clause)
    if m:
        return q._rows(parser, m.group("subj"), base + m.start("subj"), base + len(clause), None,
                       verb=m.group("verb"), evidence_start=base)
    return []


_GOAL_PARTS = ["居民收入", "居民人均可支配收入", "增长", "增速", "与", "经济增长", "基本", "同步", "高于", "不低于", "跑赢", "GDP",
               "地方一般公共预算收入", "上年", "持平", "完成", "省下达", "目标", "任务", "确保", "税收", "健康", "稳定", "稳步",
               "提高", "降低", "提升", "下降", "单位地区生产总值能耗", "城镇化率", "水平", "“", "”", " ", "\n", "x"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_GOAL_PARTS), max_size=7))
def test_find_qualitative_finds_what_the_plain_patterns_find(parts):
    from govreport.extract.qualitative import find_qualitative

    parser = HeadParser(default_vocabulary(), own_scope_words("洛龙区"))
    text = "，" + "".join(parts) + "。"
    assert find_qualitative(text, 1, len(text) - 1, parser) == _plain_find_qualitative(text, 1, len(text) - 1, parser)


def test_find_qualitative_on_crafted_goals():
    from govreport.extract.qualitative import find_qualitative

    parser = HeadParser(default_vocabulary(), own_scope_words("洛龙区"))
    for clause in ["居民收入增长与经济增长基本同步", "居民人均可支配收入增速高于GDP增速", "地方一般公共预算收入与上年基本持平",
                   "确保税收健康稳定增长", "推动常住人口城镇化率稳步提高", "单位地区生产总值能耗下降完成省下达目标",
                   "稳步降低单位地区生产总值能耗水平", "居民收入与经济增长同步增长\n", "税收稳定增长\n", "人民生活水平稳步提高",
                   "税收增速增长跑赢经济增长", "稳定提升税收"]:
        got = find_qualitative(clause, 0, len(clause), parser)
        assert got == _plain_find_qualitative(clause, 0, len(clause), parser), clause
    assert find_qualitative("确保税收健康稳定增长", 0, 10, parser)[0].subject.indicator.id == "tax_revenue"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="。！？!?\n；;x年", max_size=30), st.data())
def test_sentence_start_is_after_the_last_mark(text, data):
    from govreport.extract.periods import DocContext

    ctx = DocContext(text, 2023, "government_work_report")
    floor = data.draw(st.integers(0, len(text)))
    pos = data.draw(st.integers(floor, len(text)))
    plain = max([floor] + [text.rfind(ch, floor, pos) + 1 for ch in "。！？!?\n；;"])
    assert ctx._sentence_start(pos, floor) == plain


def test_span_words_are_the_span_kinds_of_period_words_in_order():
    from govreport.extract.periods import _span_words

    spans = [w for w, (kind, _) in lexicon.period_words().items() if kind.startswith("span")]
    assert spans and [w for w, _, _ in _span_words()] == spans


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="以及、和与并x的", max_size=12))
def test_a_subject_without_separator_characters_has_no_last_separator(s):
    # HeadParser.subjects tries _LAST_SEPARATOR only when one of these characters is in the phrase
    from govreport.extract.structures import _LAST_SEPARATOR, SEPARATORS

    assert all(any(ch in sep for ch in "、和及与并") for sep in SEPARATORS)
    if _LAST_SEPARATOR.match(s) is not None:
        assert any(ch in s for ch in "、和及与并")


def test_a_lone_chinese_digit_before_a_plain_counting_word_is_no_figure():
    # _quantity turns such a digit down before parsing it: parse_number gives it a value below 10,
    # which the rule after it turns down for a unit not marked chinese in units.csv
    from govreport.extract.numbers import CN_DIGITS, parse_number

    for digit in "零〇一二两三四五六七八九":
        assert digit in CN_DIGITS and parse_number(digit) < 10
        for unit, spec in lexicon.units().items():
            found = find_quantities(f"有{digit}{unit}，")
            if not spec.chinese:
                assert found == [], (digit, unit)
            else:
                assert found == _plain_find_quantities(f"有{digit}{unit}，")


def _plain_parse_chinese_numeral_gate(text: str) -> str:
    from govreport.extract.numbers import CN_DIGITS, CN_LARGE, CN_SMALL

    if not text or any(ch not in CN_DIGITS and ch not in CN_SMALL and ch not in CN_LARGE for ch in text):
        return "none"
    return "digits" if all(ch in CN_DIGITS for ch in text) else "numeral"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="零〇○Ｏ一二两三四五六七八九十百千万亿x1", max_size=8))
def test_chinese_numeral_character_tests_are_the_plain_ones(text):
    from govreport.extract.numbers import _DIGIT_CHARS, _NUMERAL_CHARS

    gate = "none" if not text or not _NUMERAL_CHARS.issuperset(text) else (
        "digits" if _DIGIT_CHARS.issuperset(text) else "numeral")
    assert gate == _plain_parse_chinese_numeral_gate(text)


def test_strip_magnitude_is_the_plain_rule_for_every_unit():
    from govreport.extract.numbers import strip_magnitude

    def plain(unit):
        for mag in ("万亿", "亿", "万"):
            if unit.startswith(mag) and len(unit) > len(mag):
                return unit[len(mag):]
        return unit

    for unit in [*lexicon.units(), *(m + u for m in ("万", "亿", "万亿") for u in lexicon.units()), "", "万", "亿", "万亿"]:
        assert strip_magnitude(unit) == plain(unit), unit


def test_columns_are_the_rows_of_extract_document_transposed():
    # extract_columns builds a table's columns from the figures' tuples (no dict per row); it must give
    # exactly what columns_from_rows makes of extract_document's rows, on the seeds
    from pathlib import Path

    from govreport.clean import clean_bytes
    from govreport.extract.pipeline import extract_columns, extract_document
    from govreport.io import columns_from_rows
    from govreport.schema import INDICATORS

    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    assert seeds
    figures = 0
    for path in seeds:
        for doc in clean_bytes(path.read_bytes(), source=path.name):
            rows = extract_document(doc)
            figures += len(rows)
            assert extract_columns(doc) == columns_from_rows(rows, INDICATORS)
    assert figures > 100
    empty = extract_columns({"doc_id": "x", "source": "x.txt", "text": "没有数字。", "year": 2023})
    assert list(empty) == list(INDICATORS) and all(values == [] for values in empty.values())


# --- heads and subjects: what HeadParser works out once instead of at every head


def test_a_fresh_head_is_a_default_head():
    # parse makes its Head field by field (_fresh_head): a field added to Head and not there would be unset
    import dataclasses

    from govreport.extract.structures import _fresh_head

    fresh, default = _fresh_head(), Head()
    assert [getattr(fresh, f.name) for f in dataclasses.fields(Head)] == \
        [getattr(default, f.name) for f in dataclasses.fields(Head)]
    assert fresh == default
    other = _fresh_head()
    fresh.roles.append("up")
    fresh.words.append("增长")
    fresh.qualifiers.append("（不含农户）")
    fresh.subjects.append(None)
    assert other == Head()  # no list shared between heads


def _plain_predicate_roles(word: str, roles: frozenset[str]) -> Head:
    """_strip_rules on a predicate word as first written: its roles sorted and read one by one."""
    head = Head()
    if "base" in roles:
        head.base = word
    for role in sorted(roles):
        if role in ("average",):
            head.average = True
            head.span_words = True
        if role in ("cumulative", "every"):  # 累计, 每年: a figure of the whole span
            head.span_words = True
        if role not in ("adverb", "filler", "verb", "opening"):
            head.roles.append(role)
    head.words.append(word)
    return head


def test_a_predicate_notes_what_its_roles_read_one_by_one_note():
    # _strip_rules reads a predicate's roles from predicate_effects, worked out once per word
    parser = HeadParser(default_vocabulary(), own_scope_words("洛龙区"))
    words = parser.w.predicates
    assert any(len(r) > 2 for r in words.values()) and any("average" in r for r in words.values())
    assert set(parser.w.predicate_effects) == set(words)
    for word, roles in words.items():
        plain = _plain_predicate_roles(word, roles)
        noted, average, over_span = parser.w.predicate_effects[word]
        assert (list(noted), average, over_span) == (plain.roles, plain.average, plain.span_words), word
    # and on heads: 年均 (average: over the span), 累计 (cumulative, a lead word), 同比 (a base word)
    for s, roles, average, over_span, base in (("工业增加值年均增长", ["up", "average"], True, True, ""),
                                              ("累计完成", ["level", "cumulative", "lead"], False, True, ""),
                                              ("同比增长", ["up", "base"], False, False, "同比")):
        head = parser.parse(s, 0, len(s))
        assert (head.roles, head.average, head.span_words, head.base) == (roles, average, over_span, base), s


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["地区生产总值", "生产总值", "投资", "全市", "全省", "城镇", "居民人均可支配收入", "增速", "总量",
                                 "增长率", "失业率", "率", "值", "收入", "、", "和", "工业", "x", "的"]), max_size=5))
def test_match_end_is_none_for_a_phrase_ending_where_no_name_or_aspect_ends(parts):
    # match_end (and HeadParser.subjects, before calling it) gives up on a last character outside end_chars;
    # _match_end looks for a scoped name only when one can end there
    phrase = "".join(parts)
    vocab = default_vocabulary()
    index = vocab._index
    ends = {w[-1] for w in (*vocab.names, *vocab.scoped_names, *vocab.aspects)} | \
        {p.pattern[-3] for p, _ in vocab.wildcards}
    assert vocab.end_chars == ends
    assert index.scoped_last == {w[-1] for w in vocab.scoped_names}
    if phrase and phrase[-1] not in ends:
        assert vocab.match_end(phrase) is None
    if phrase and phrase[-1] not in index.scoped_last:
        assert index.scoped.longest(phrase) is None


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="，,：:（()）\n中x1", max_size=60))
def test_clauses_are_the_plain_clause_patterns_matches(text):
    from govreport.extract.pipeline import CLAUSE

    plain = re.compile(r"(?:[^，,：:（(]|[（(][^（()）\n]{0,40}[）)]|[（(])+")  # one character per turn
    assert [m.span() for m in CLAUSE.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="甲乙额", min_size=1, max_size=6), min_size=4, max_size=30),
       st.text(alphabet="甲乙额x", max_size=10))
def test_endings_looked_up_by_the_last_two_characters_give_the_longest_word(words, phrase):
    # many lengths end on 额: those are looked up by the phrase's last two characters
    ends = [w for w in words if phrase.endswith(w)]
    assert lexicon.Endings(words).longest(phrase) == (max(ends, key=len) if ends else None)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="前目列期8五十x", max_size=20), st.data())
def test_band_ahead_is_the_plain_loop_over_every_qian(text, data):
    from govreport.extract.rankings import _BAND_DIGITS, _band_ahead

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    plain = any(text[i] == "前" and i + 1 < end and text[i + 1] in _BAND_DIGITS for i in range(start, end))
    assert _band_ahead(text, start, end) == plain


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="第首位前8五居列x，。", max_size=24), st.data())
def test_rank_cues_answer_as_may_hold_rank_for_any_stretch(text, data):
    from govreport.extract.rankings import RankCues, may_hold_rank

    cues = RankCues(text)
    for _ in range(5):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert cues.may_hold(start, end) == may_hold_rank(text, start, end)


def test_rank_cues_on_crafted_sentences():
    from govreport.extract.rankings import RankCues, may_hold_rank

    text = "地区生产总值居全省第3位。目前排名前列，进入前十强。首位度提高。全国首位"
    cues = RankCues(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert cues.may_hold(start, end) == may_hold_rank(text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="。！？!?；;\nx年，", max_size=30), st.data())
def test_sentences_are_the_sentence_patterns_matches(text, data):
    from govreport.extract.pipeline import _FULL_STOP, SENTENCE, DocumentExtractor

    extractor = DocumentExtractor({"text": text, "year": 2023}, default_vocabulary())
    stop = data.draw(st.integers(0, len(text)))
    assert list(extractor._sentences(stop)) == [m.span() for m in SENTENCE.finditer(text, 0, stop)]
    assert extractor._mark_positions(_FULL_STOP) == [m.start() for m in re.finditer(f"[{_FULL_STOP}]", text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="台阶大关口x", max_size=20), st.data())
def test_milestone_words_are_the_patterns_matches(text, data):
    from govreport.extract.numbers import _MILESTONE_WORD, _milestone_words

    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    assert _milestone_words(text, start, stop) == [m.span() for m in _MILESTONE_WORD.finditer(text, start, stop)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["\n", " ", "\t", "注释", "附注", "（", "指标解释", "：", "x", "注"]), max_size=20))
def test_notes_start_is_the_first_match_of_the_notes_heading(pieces):
    from govreport.extract.layout import _NOTES, NOTES_TAIL, notes_start

    text = "".join(pieces)

    first = next(_NOTES.finditer(text, int(len(text) * NOTES_TAIL)), None)
    assert notes_start(text) == (first.start() if first else None)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="，,：:（()）x年\n", max_size=30), st.data())
def test_clauses_are_the_clause_patterns_matches(text, data):
    from govreport.extract.pipeline import CLAUSE, DocumentExtractor

    extractor = DocumentExtractor({"text": text, "year": 2023}, default_vocabulary())
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    assert extractor._clauses(s, e) == [m.span() for m in CLAUSE.finditer(text, s, e)]


def _plain_aspect_of(name: str, aspects: tuple[str, ...]) -> str:
    from govreport.extract.names import phrases

    for total, part in phrases._PART_ASPECTS:
        if name.endswith(total) and len(name) > len(total):
            return part
    aspect = next((a for a in aspects if name.endswith(a) and len(name) > len(a)), "")
    return "" if aspect in phrases._GENERAL_ASPECTS else aspect


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="增加值价格总额零售收入产量工业规模总数额", min_size=1, max_size=8))
def test_aspect_of_finds_what_the_longest_first_scan_finds(name):
    from govreport.extract.names.grammar import load_grammar
    from govreport.extract.names.phrases import aspect_of

    aspects = load_grammar().words("aspect")
    assert aspect_of(name, aspects) == _plain_aspect_of(name, aspects)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("12之全年今当目前其中力争确保取预计累共另又内末初度底截至有09"), max_size=8))
def test_lead_words_are_the_patterns_matches(phrase):
    from govreport.extract.pipeline import _lead_words, _opening_words

    a, b = _lead_words(phrase), _opening_words()[0].match(phrase)
    assert (a and a.span()) == (b and b.span())



@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("2019年的底末\n 到中期"), max_size=12))
def test_a_year_ending_a_modifier_ends_on_one_of_the_characters_looked_for(modifier):
    # _read_modifier asks _YEAR_OF only of a modifier ending on one of them
    from govreport.extract.structures import _YEAR_OF, _YEAR_OF_LAST_OR_NEWLINE

    if _YEAR_OF.search(modifier):
        assert modifier[-1:] in _YEAR_OF_LAST_OR_NEWLINE


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("前第首位目5一十列x"), max_size=16))
def test_ranking_cues_are_every_ordinal_and_band(text):
    from govreport.extract.rankings import _BAND_DIGITS, RankCues

    plain = [i for i in range(len(text)) if text[i] == "第"] + [i for i in range(len(text)) if text.startswith("首位", i)]
    plain += [i for i in range(len(text)) if text[i] == "前" and text[i + 1: i + 2] in _BAND_DIGITS]
    assert RankCues(text).starts == sorted(plain)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["分", "行业", "看", "从", "用途", "按", "在", "规模以上工业", "中", "八", "大类", "消费",
                                  "主要", "工业", "产品", "产量", "零售额", "，", ",", "：", ":", "。", "；", "1", " ", "x"]),
                max_size=8))
def test_a_breakdown_lead_ends_where_the_walk_looks_for_it(parts):
    _assert_lead_ends_where_looked_for("".join(parts))


def test_breakdown_leads_of_each_kind_end_where_the_walk_looks_for_them():
    for text in ("分行业看，食品制造业增长9.8%", "从用途看，", " 按经济类型分：", "在规模以上工业中，", "八大类消费中，",
                 "主要工业产品产量中，", "全年限额以上单位商品零售额中，", "规上工业中,"):
        _assert_lead_ends_where_looked_for(text, must_find=True)


def _assert_lead_ends_where_looked_for(text: str, must_find: bool = False) -> None:
    # DocumentExtractor._sentence asks breakdown_lead only when the sentence's first clause mark comes after
    # one of _BREAKDOWN_LEAD_ENDS: every lead the patterns read ends so
    from govreport.extract.names.phrases import breakdown_lead
    from govreport.extract.pipeline import _BREAKDOWN_LEAD_ENDS, _CLAUSE_MARKS

    lead = breakdown_lead(text, 0, len(text), ("产量", "零售额"))
    assert lead is not None or not must_find
    if lead is not None:
        first = min(i for i in (text.find(mark) for mark in _CLAUSE_MARKS) if i >= 0)
        assert first > 0 and text[first - 1] in _BREAKDOWN_LEAD_ENDS


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 500), st.text(alphabet="入园区内x。", max_size=4)), max_size=6), st.data())
def test_park_marks_near_a_sentence_are_found_as_by_find(parts, data):
    # DocumentExtractor._park_of looks for a park mark within 400 characters of the sentence among the marks'
    # positions found once, not by str.find of each mark
    from unittest import mock

    from govreport.extract.names.entities import park_marks
    from govreport.extract.pipeline import DocumentExtractor

    text = "".join("x" * n + piece for n, piece in parts)
    extractor = DocumentExtractor({"text": text, "year": 2023}, default_vocabulary())
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text) + 3))
    extractor._current = (s, e)
    with mock.patch("govreport.extract.pipeline.park_of_paragraph", return_value="园"):
        looked = extractor._park_of(s) == "园"
    assert looked == any(text.find(mark, max(0, s - 400), e + 400) >= 0 for mark in park_marks())


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["province", "county"]),
       st.lists(st.lists(st.sampled_from(["全省", "全县", "地方", "财政", "收入", "支出", "社会", "失业率", "率", "入", "企业",
                                          "新增", "x"]), min_size=1, max_size=4), min_size=1, max_size=4))
def test_names_by_level_are_looked_up_as_without_the_last_character_test(level, phrases):
    # DocumentExtractor._by_level leaves a phrase as it is when it ends in no last character of level_names.csv
    from govreport.extract.pipeline import DocumentExtractor
    from govreport.extract.structures import Subject

    extractor = DocumentExtractor({"text": "", "year": 2023, "level": level, "region": "河北省"}, default_vocabulary())
    subjects = [Subject("".join(parts), 0, None, own=False, note="outside") for parts in phrases]
    fast = extractor._by_level(subjects)
    extractor._level_last = frozenset(p[-1] for p in map("".join, phrases))  # every phrase is looked up
    assert fast == extractor._by_level(subjects)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["新建", "新建成", "成", "成立", "改造", "提升", "建设", "新", "建", "老旧小区", "投资", "x"]),
                max_size=5))
def test_leading_actions_are_the_plain_longest_first_loop(parts):
    from govreport.extract.names.phrases import leading_actions

    actions = frozenset(("新建", "新建成", "成立", "改造", "提升", "建设", "建"))
    name = "".join(parts)
    s = name
    while s:  # the plain loop: the longest action word (three characters, then two) the rest starts with
        word = next((s[:n] for n in (3, 2) if s[:n] in actions), None)
        if word is None:
            break
        s = s[len(word):]
    assert leading_actions(name, actions) == (name[: len(name) - len(s)] if s else "")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["社会消费品", "零售总额", "零售额", "工业", "产品", "产量", "增加值", "总量", "价格", "x"]),
                max_size=4))
def test_aspect_of_reads_the_part_aspects_as_the_plain_loop(parts):
    from govreport.extract.names.phrases import _GENERAL_ASPECTS, _PART_ASPECTS, _endings_of, aspect_of

    aspects = ("零售额", "增加值", "总量", "价格", "产量")
    name = "".join(parts)
    plain = next((part for total, part in _PART_ASPECTS if name.endswith(total) and len(name) > len(total)), None)
    if plain is None:
        endings = _endings_of(aspects)
        plain = endings.longest(name) or ""
        if plain == name:
            plain = endings.longest(name[1:]) or "" if len(name) > 1 else ""
        plain = "" if plain in _GENERAL_ASPECTS else plain
    assert aspect_of(name, aspects) == plain


def _plain_year_goals_markers(ctx, start: int, stop: int) -> list:
    """DocContext._year_goals_markers before its pre-test: the sentence sought and the opener asked at every 目标."""
    from govreport.extract.periods import _YEAR_GOALS_OPENER, YEAR_GOALS

    out = []
    pos = ctx.text.find("目标", start, stop)
    while pos != -1:
        sentence = ctx._sentence_start(pos, start)
        while sentence < pos and ctx.text[sentence] in " \t\u3000“\"":
            sentence += 1
        if pos - sentence <= 50:
            m = _YEAR_GOALS_OPENER.match(ctx.text, sentence, pos + 3)
            if m and ctx._opens_year_goals(m):
                out.append((sentence, YEAR_GOALS))
        pos = ctx.text.find("目标", pos + 2, stop)
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["目标", "是", "为", "：", ":", "今年", "2023年", "2022年", "主要", "预期", "经济社会",
                                 "发展", "的", "全市", "，", "。", "；", "\n", " ", "“", "任务", "x", "xxxxxxxxxx"]),
                max_size=40))
def test_year_goals_markers_are_the_plain_rules(parts):
    from govreport.extract.periods import DocContext

    text = "".join(parts)
    ctx = DocContext(text, 2023, "government_work_report")
    assert ctx._year_goals_markers(0, len(text)) == _plain_year_goals_markers(ctx, 0, len(text))


def test_year_goals_markers_on_crafted_text_and_seeds():
    from govreport.clean import clean_bytes
    from govreport.extract.periods import YEAR_GOALS, DocContext
    from tests.support import seed

    # the 目标 before the one that ends in 是 opens the goals (目标任务和目标是), and a 目标 far from 是 does not
    text = "过去一年。今年经济社会发展的主要预期目标是：增长5%。主要目标任务和目标是：x。" + "奋斗目标" + "x" * 60 + "目标是"
    ctx = DocContext(text, 2023, "government_work_report")
    assert ctx._year_goals_markers(0, len(text)) == [(5, YEAR_GOALS)]
    assert _plain_year_goals_markers(ctx, 0, len(text)) == [(5, YEAR_GOALS)]
    found = 0
    for name in ("000", "002", "004"):
        for doc in clean_bytes(seed(name).read_bytes(), source=name):
            ctx = DocContext(doc["text"], doc.get("year"), doc.get("doc_type"), doc.get("title") or "")
            markers = ctx._year_goals_markers(0, len(ctx.text))
            assert markers == _plain_year_goals_markers(ctx, 0, len(ctx.text)), name
            found += len(markers)
    assert found  # (the seeds' work reports open their goals so)


_VERB_PLAIN = None


def _plain_verb():
    """rankings.VERB as it was written: the look-behind before 位居 and 位列 (re then tries every position)."""
    global _VERB_PLAIN
    if _VERB_PLAIN is None:
        from govreport.extract import rankings

        before = "(?<![吨泊床岗车席单部品学地职])"
        plain = rankings.VERB.pattern.replace(f"位{before[:-1]}位)居", f"{before}位居") \
            .replace(f"位{before[:-1]}位)列", f"{before}位列")
        assert plain != rankings.VERB.pattern
        _VERB_PLAIN = re.compile(plain)
    return _VERB_PLAIN


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="位居列吨泊学名排在全省第三升至，", max_size=24), st.data())
def test_ranking_verbs_are_the_plain_patterns_matches(text, data):
    from govreport.extract.rankings import VERB

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    plain = _plain_verb()
    assert [m.span() for m in VERB.finditer(text, start, end)] == [m.span() for m in plain.finditer(text, start, end)]
    fast_found, plain_found = VERB.search(text, start, end), plain.search(text, start, end)
    assert (fast_found and fast_found.span()) == (plain_found and plain_found.span())


def test_ranking_verbs_on_crafted_sentences():
    from govreport.extract.rankings import VERB

    for text, verb in [("地区生产总值位居全省第三", "位居"), ("港口货物吞吐量位居全国第5", "位居"), ("总吨位居全国第二", "居"),
                       ("泊位列全省第一", "列"), ("经济总量位列全市第一", "位列")]:
        assert [m.group(0) for m in VERB.finditer(text)] == [m.group(0) for m in _plain_verb().finditer(text)]
        assert VERB.search(text).group(0) == verb


def _plain_division_opening(name: str, below: str, own: str) -> str:
    """DocumentExtractor._division_opening's gazetteer loop as written before: each opening of `name` asked of the
    gazetteer's names, from the longest."""
    from govreport.clean.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    for n in range(min(len(name) - 1, gazetteer.max_len), 2, -1):
        if any(d.code.startswith(below) and d.code != own for d in gazetteer.by_name.get(name[:n], ())):
            return name[:n]
    return ""


def test_divisions_below_answer_as_the_gazetteer_name_by_name():
    from govreport.clean.gazetteer import load_gazetteer
    from govreport.extract.pipeline import _divisions_below

    gazetteer = load_gazetteer()
    divisions = sorted(gazetteer.by_code.values(), key=lambda d: d.code)
    names = [d.name for d in divisions[::37]] + ["喀什地区", "满城区", "浦东新区", "张家界市", "新疆维吾尔自治区"]
    governments = [("65", "650000"), ("1306", "130600"), ("31", "310000"), ("43", "430000"), ("4308", "430800")]
    asked = found = 0
    for below, own in governments:
        division_names, openings, max_len = _divisions_below(below, own)
        for name in names:
            for phrase in (name + "矿业权出让实现收益", name, name[:-1] + "高校在校生", "全年" + name + "产值"):
                plain = _plain_division_opening(phrase, below, own)
                fast = ""
                if phrase[:3] in openings:
                    fast = next((phrase[:n] for n in range(min(len(phrase) - 1, max_len), 2, -1)
                                 if phrase[:n] in division_names), "")
                assert fast == plain, (phrase, below)
                asked += 1
                found += bool(plain)
    assert found >= 5 and asked > found  # (both answers are tried: divisions below, and other phrases)


def test_a_match_is_the_frozen_dataclass_it_was():
    import dataclasses

    import pytest

    from govreport.extract.vocabulary import Match

    indicator = default_vocabulary().indicators["gdp"]

    @dataclasses.dataclass(frozen=True)
    class Plain:  # Match as the generated __init__ makes it
        indicator: object
        start: int
        name: str
        aspect: str
        scoped: bool = False

    for args, kwargs in [((indicator, 2, "地区生产总值", ""), {}), ((indicator, 0, "生产总值", "增速"), {"scoped": True})]:
        fast, plain = Match(*args, **kwargs), Plain(*args, **kwargs)
        assert dataclasses.astuple(fast) == dataclasses.astuple(plain)
        assert fast == Match(*args, **kwargs) and hash(fast) == hash(Match(*args, **kwargs))
        assert repr(fast) == repr(plain).replace("Plain", "Match", 1).replace(
            "test_a_match_is_the_frozen_dataclass_it_was.<locals>.", "")
        assert dataclasses.replace(fast, start=5) == Match(args[0], 5, *args[2:], **kwargs)
        with pytest.raises(dataclasses.FrozenInstanceError):
            fast.start = 1  # type: ignore[misc]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["三棵树", "公司", "产业园", "项目", "集团", "纳税", "新签约", "区", "建成", "x", "的", "2亿元"]),
                max_size=6))
def test_a_phrase_the_entity_pattern_matches_has_an_entity_words_end_inside(parts):
    from govreport.extract.names.entities import _entity_last, _words

    name = "".join(parts)
    # named_entity gives up at once when no entity word can end after two characters and before the last one
    if _words()[0].fullmatch(name) is not None:
        assert not _entity_last().isdisjoint(name[2:-1])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["玖兴", "玖", "兴", "肉鸡", "养殖", "项目", "鸡舍", "县城"]), min_size=1, max_size=5),
       st.lists(st.lists(st.sampled_from(["玖兴", "玖", "兴", "肉鸡", "养殖", "项目", "鸡舍", "县城"]), min_size=1,
                         max_size=5), max_size=4))
def test_a_short_name_is_the_longest_shared_opening_of_any_name_before(parts, before):
    from os.path import commonprefix

    from govreport.extract.names import entities

    name, named_before = "".join(parts), ["".join(b) for b in before]
    best = max((commonprefix((full, name)) for full in named_before), key=len, default="")  # every name compared
    plain = "" if len(best) < 2 or len(best) >= len(name) - 1 or best in named_before \
        or not entities._HAN.fullmatch(best) or not entities._unknown_start(best) else best
    assert entities.short_name(name, named_before) == plain


def test_ranges_with_a_unit_on_both_sides_match_like_the_plain_pattern():
    # (the pattern asks for a range's dash or 至 within a unit's length before trying the unit before it)
    plain = _plain_quantity_pattern()
    for text in ["增长3%-5%", "3万人次—5万人次", "2个百分点至3个百分点", "5-8亿元", "5亿元至8亿元", "30~50家",
                 "新增就业1.2万人～1.5万人", "1.5万千瓦时至2万千瓦时", "3个百分点，至5%"]:
        assert [m.groupdict() | {"span": m.span()} for m in _quantity_pattern().finditer(text)] == \
            [m.groupdict() | {"span": m.span()} for m in plain.finditer(text)], text


def _respective_plain(text, found):
    """numbers._respective_without_unit as written before its first tests (the separator, 分别 near)."""
    from govreport.extract.numbers import _RESPECTIVE_BARE, _RESPECTIVE_SPAN, Quantity

    extra = []
    after = [q for q in found if not q.chinese and q.value_hi is None]
    while after:
        bare = []
        for q in after:
            m = _RESPECTIVE_BARE.search(text, max(0, q.start - 12), q.start)
            if m is None:
                continue
            lead = text[max(0, m.start() - _RESPECTIVE_SPAN): m.start()]
            at = lead.rfind("分别")
            if at < 0 or any(mark in lead[at:] for mark in "，。；,;：:"):
                continue
            s, e = m.start(1), m.end(1)
            bare.append(Quantity(s, e, float(m.group(1)), None, q.unit, q.family, None, False, text[s:e]))
        extra += bare
        after = bare
    return extra


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["分别", "提高", "是", "的", "2.7", "1.5", "12", "和", "与", "、", "\n", "，", "倍",
                                 "个百分点", "%", "亿元", "年", "x"]), max_size=14))
def test_respective_figures_without_unit_are_the_plain_loops(parts):
    from govreport.extract.numbers import _respective_without_unit

    text = "".join(parts)
    found = find_quantities(text)
    assert _respective_without_unit(text, found) == _respective_plain(text, found)


def test_respective_figures_without_unit_on_crafted_sentences():
    from govreport.extract.numbers import _respective_without_unit

    for text, bare in (("分别是2005年的2.7和2.4倍", ["2.7"]), ("分别提高1.5、1.2与0.8个百分点", ["1.5", "1.2"]),
                       ("分别增长6.5和\n7%", ["6.5"]), ("3和5号线", [])):
        found = find_quantities(text)
        got = _respective_without_unit(text, found)  # (before a line break too: $ matches before a last \n)
        assert got == _respective_plain(text, found)
        assert sorted({q.text for q in got}) == sorted(bare), text


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="。，\n年月ab目标", max_size=30), st.sampled_from(["。", "，", "\n", "年", "目标", "a", "aa"]))
def test_where_a_mark_stands_is_the_plain_find_loops(text, mark):
    from govreport.extract.pipeline import _positions

    plain, i = [], text.find(mark)
    while i >= 0:
        plain.append(i)
        i = text.find(mark, i + 1)
    assert _positions(text, mark) == plain


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="建设改造提升级园项目工程和与及以并站4", max_size=16))
def test_first_tests_before_the_task_patterns_skip_only_what_never_matches(words):
    # names.phrases: counted_words asks _PROJECTS_THEN_AND only of words holding 项目 or 工程, _covers asks the `making`
    # pattern only of a clause ending with a making word's last character; neither skips a match
    from govreport.extract.names.phrases import _PROJECTS_THEN_AND, _making_last, _task_objects

    making = _task_objects()[5]
    if making.match(words):
        assert words[-1:] in _making_last()
    if _PROJECTS_THEN_AND.search(words, 2):
        assert "项目" in words or "工程" in words
    for word in ("建设", "改造", "改造提升", "提升改造", "升级改造"):
        assert making.match("绿电产业园" + word) is None or word[-1] in _making_last()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["措施", "政策", "方案", "近", "约", "超过", "共", "计", "达", "\n", "条", "个", "新", "x"]),
                max_size=6))
def test_a_policy_noun_before_a_count_is_sought_only_after_a_character_it_can_end_with(parts):
    # names.phrases.counts_policy asks the `before` pattern (ending in $) only when the character before the count is
    # one _policy_before_last holds: every match it would find ends with one
    from govreport.extract.names.phrases import _policy_before_last, _policy_counts

    before = _policy_counts()[2]
    nouns = sorted(_policy_counts()[0])[:5]
    text = "".join(parts) + "".join(nouns[:1]) + "".join(parts[:2]) + "12条"
    for end in range(len(text) + 1):
        if before.search(text, max(0, end - 10), end):
            assert text[end - 1: end] in _policy_before_last()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["措施", "政策", "方案", "举措", "支持", "等", "，", "、", "1", "新", "x", "促消费"]),
                max_size=6))
def test_a_policy_noun_after_a_count_is_sought_only_where_one_can_start(parts):
    # names.phrases.counts_policy asks the `after` pattern only when a policy noun's first character stands in the seven
    # characters after the count: every match it would find starts its noun there
    from govreport.extract.names.phrases import _policy_counts, _policy_noun_firsts

    after = _policy_counts()[1]
    text = "".join(parts)
    for pos in range(len(text) + 1):
        if after.match(text, pos, min(len(text), pos + 12)):
            assert not _policy_noun_firsts().isdisjoint(text[pos: pos + 7])
