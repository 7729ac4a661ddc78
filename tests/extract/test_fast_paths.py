"""Extract's fast paths find exactly what the plain rules find.

Several lookups are written for speed (the extract issue's throughput bar): a
trie instead of an alternation, words indexed by their last character,
patterns that start with a character class so that re can skip ahead. Each is
checked here against the plain version it replaces, on generated text.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.extract import lexicon
from govreport.extract.numbers import ARABIC, CHINESE, _RANGE_SEP, _quantity_pattern, find_quantities
from govreport.extract.periods import (PLAN, SUB_HEADING, SUB_HEADING_AFTER, TOP_HEADING, TOP_HEADING_AFTER,
                                       headings_in, plan_mentions, top_headings)

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
TOP_PLAIN = re.compile(r"(?:^|(?<=[\n\r\s\u3000。！？!?]))([一二三四五六七八九十]{1,3})、(?![、一二三四五六七八九十])")
SUB_PLAIN = re.compile(r"(?:^|(?<=[\n\r\s\u3000。！？!?：:；;]))[（(]([一二三四五六七八九十]{1,3})[)）]")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="一二三四十、（）()\n 。：x", max_size=20))
def test_headings_are_the_look_behind_patterns_matches(text):
    assert list(headings_in(TOP_HEADING, TOP_HEADING_AFTER, text)) == [m.span() for m in TOP_PLAIN.finditer(text)]
    assert list(top_headings(text)) == [m.span() for m in TOP_PLAIN.finditer(text)]
    assert list(headings_in(SUB_HEADING, SUB_HEADING_AFTER, text)) == [m.span() for m in SUB_PLAIN.finditer(text)]


def _plain_quantity_pattern() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in sorted(lexicon.units(), key=len, reverse=True))
    number = rf"(?:{ARABIC}|{CHINESE})"
    mag = r"(?:万亿|千万|百万|亿|万|千)"
    return re.compile(rf"(?P<num>{number})(?P<approx1>余|多)?(?P<mag>{mag})?(?P<approx2>余|多)?"
                      rf"(?:(?P<u1>{units})?(?P<sep>{_RANGE_SEP})(?P<num2>{number})(?P<mag2>{mag})?)?(?P<unit>{units})")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789.,一二两十百千万亿元%个百分点人次-至余多x", max_size=24))
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
