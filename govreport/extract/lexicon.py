"""The word lists of extract, read from govreport/data/*.csv (each file says where its words come from).

units.csv          units after a number, their family and how 万/亿 is written
bounds.csv         左右 / 以上 / 以内 / 约 / 超过 ... -> about / ge / le
hardness.csv       确保 / 力争 / 预期 ... recorded with targets
period_words.csv   今年 / 上年 / 一季度 / 五年来 ...
section_cues.csv   heading words of a review (回顾) or of a plan (目标, 安排)
scopes.csv         全国 / 全省 / 全市 / 全区 ... whose figure it is
predicates.csv     words between a subject and its figure (完成, 增长, 提高到, 同比 ...)
paired_words.csv   城乡 = 城镇 + 农村: a subject read twice when it has two values
level_names.csv    names whose statistic depends on the level of government (财政收入 of a province)
done_verbs.csv     获评 / 入选 / 化解 ...: verbs of a thing done, whose count in a review of several years is the span's

Each list is read once per process (lru_cache); `reset()` drops the caches (tests).
"""

from __future__ import annotations

from govreport.datafiles import read_rows  # noqa: F401  (the data-file reader, re-exported)

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class UnitSpec:
    unit: str
    normal: str
    family: str
    magnitudes: frozenset[str]
    chinese: bool


@lru_cache(maxsize=1)
def units() -> dict[str, UnitSpec]:
    out: dict[str, UnitSpec] = {}
    for row in read_rows(DATA / "units.csv"):
        mags = frozenset(m for m in row.get("magnitude", "").split("|") if m)
        out[row["unit"]] = UnitSpec(row["unit"], row.get("normal") or row["unit"], row.get("family") or "other", mags,
                                    row.get("chinese", "").lower() == "yes")
    return out


@lru_cache(maxsize=1)
def bounds() -> tuple[dict[str, str], dict[str, str]]:
    """(prefix words, suffix words) -> bound."""
    prefix: dict[str, str] = {}
    suffix: dict[str, str] = {}
    for row in read_rows(DATA / "bounds.csv"):
        (suffix if row["position"] == "suffix" else prefix)[row["word"]] = row["bound"]
    return prefix, suffix


@dataclass(frozen=True)
class Hardness:
    word: str
    hardness: str
    clause_start: bool


@lru_cache(maxsize=1)
def hardness() -> tuple[Hardness, ...]:
    rows = [Hardness(r["word"], r.get("hardness") or r["word"], r.get("clause_start", "").lower() == "yes")
            for r in read_rows(DATA / "hardness.csv")]
    return tuple(sorted(rows, key=lambda h: -len(h.word)))


@lru_cache(maxsize=1)
def period_words() -> dict[str, tuple[str, str]]:
    """word -> (kind, years) with kind relative / subyear / span_past / span_future."""
    return {r["word"]: (r["kind"], r["years"]) for r in read_rows(DATA / "period_words.csv")}


@lru_cache(maxsize=1)
def section_cues() -> tuple[tuple[str, str], ...]:
    """(word, kind) with the actual cues first."""
    rows = [(r["word"], r["kind"]) for r in read_rows(DATA / "section_cues.csv")]
    return tuple(sorted(rows, key=lambda r: r[1] != "actual"))


@lru_cache(maxsize=1)
def scopes() -> dict[str, str]:
    """scope word -> the last character of the kind of government it stands for (全市 -> 市)."""
    return {r["word"]: r["suffix"] for r in read_rows(DATA / "scopes.csv")}


@lru_cache(maxsize=1)
def predicates() -> dict[str, frozenset[str]]:
    """word -> roles (level, to, up, down, average, cumulative, from, base, aspect, growth_aspect, filler, lead,
    verb, adverb); a word may have several (稳定 is an adverb and a lead word)."""
    out: dict[str, set[str]] = {}
    for r in read_rows(DATA / "predicates.csv"):
        out.setdefault(r["word"], set()).add(r["role"])
    return {w: frozenset(roles) for w, roles in out.items()}


@lru_cache(maxsize=1)
def year_on_year_bases() -> frozenset[str]:
    """The comparison bases that say "against the year before" (同比, 比上年, 较去年, 与上年持平): the base rows of
    predicates.csv that name the year before. 比上年增长4.8% and 增长4.9% are the same kind of fact, while 可比,
    同口径, 名义 and 比2019年 qualify it."""
    return frozenset(w for w, roles in predicates().items()
                     if "base" in roles and (w == "同比" or "上年" in w or "去年" in w))


@lru_cache(maxsize=1)
def paired_words() -> dict[str, tuple[str, str]]:
    """城乡 -> (城镇, 农村): a word naming two things, read apart when it has two values (paired_words.csv)."""
    return {r["word"]: (r["first"], r["second"]) for r in read_rows(DATA / "paired_words.csv")}


@lru_cache(maxsize=1)
def level_names() -> dict[tuple[str, str], str]:
    """(level, name) -> indicator id: 财政收入 in a province's report is 一般公共预算收入 (level_names.csv)."""
    return {(r["level"], r["name"]): r["indicator"] for r in read_rows(DATA / "level_names.csv")}


@lru_cache(maxsize=1)
def done_verbs() -> frozenset[str]:
    """获评, 入选, 化解 ...: verbs of a thing done beside the grammar's action words (done_verbs.csv)."""
    return frozenset(r["word"] for r in read_rows(DATA / "done_verbs.csv"))


def words_with(*roles: str) -> tuple[str, ...]:
    """Words having any of `roles`, longest first (for stripping them off a phrase)."""
    return _words_with(frozenset(roles))


@lru_cache(maxsize=64)
def _words_with(roles: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted((w for w, r in predicates().items() if r & roles), key=lambda w: (-len(w), w)))


class Endings:
    """Words looked up by how a phrase ends: `longest(s)` is the longest word s ends with.

    Heads are stripped from their end word by word, several times per figure;
    indexing the words by their last character means most phrases are
    rejected with one dictionary lookup.
    """

    def __init__(self, words: Iterable[str], maxlen: int | None = None):
        self.words = frozenset(w for w in words if w and (maxlen is None or len(w) <= maxlen))
        by_last: dict[str, set[int]] = {}
        by_last_two: dict[str, set[int]] = {}
        for w in self.words:
            by_last.setdefault(w[-1], set()).add(len(w))
            if len(w) >= 2:
                by_last_two.setdefault(w[-2:], set()).add(len(w))
        self._lengths = {ch: tuple(sorted(ls, reverse=True)) for ch, ls in by_last.items()}
        # With a thousand names, one last character (额, 率, 入) leaves a dozen lengths to try and the last two
        # one or two: for such a character the lengths are looked up by the last two (a lone character
        # that is a word itself last)
        self._many = frozenset(ch for ch, ls in self._lengths.items() if len(ls) > 3)
        self._lengths_two = {end: tuple(sorted(ls, reverse=True)) + ((1,) if end[-1] in self.words else ())
                             for end, ls in by_last_two.items() if end[-1] in self._many}
        self._lengths_one = {ch: (1,) for ch in self._many if ch in self.words}

    @property
    def last_chars(self) -> frozenset[str]:
        return frozenset(self._lengths)

    def longest(self, s: str) -> str | None:
        last = s[-1:]
        lengths = self._lengths.get(last)
        if lengths:
            n = len(s)
            if last in self._many and n >= 2:
                lengths = self._lengths_two.get(s[n - 2:]) or self._lengths_one.get(last, ())
            for length in lengths:
                if length <= n and s[n - length:] in self.words:
                    return s[n - length:]
        return None


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, the longest first, written as a trie.

    re tries the branches of 甲|乙|丙 one by one at every position; a trie
    (地(?:区生产总值|方…)) decides on the first character, which makes scanning
    a document for any of a few hundred names several times faster. Where one
    word is a prefix of another (元, 元/吨) the longer is tried first, as in an
    alternation sorted longest first.
    """
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:  # the word may stop here: the longer words first (greedy ?)
            return body + "?" if len(branches) > 1 or len(body) == 1 else "(?:" + body + ")?"
        return body

    # the first level is left unwrapped (甲…|乙…): re then scans for the first characters as a set
    top = [re.escape(ch) + render(child) for ch, child in sorted(trie.items())]
    return "|".join(top) or "(?!)"


_DERIVED: list = []  # caches built from these lists elsewhere (structures._Words, pipeline._Words)


def derived(cached_fn):
    """Register an lru_cache'd function built from these lists, so that reset() drops it too."""
    _DERIVED.append(cached_fn)
    return cached_fn


def reset() -> None:
    for fn in (units, bounds, hardness, period_words, section_cues, scopes, predicates, year_on_year_bases,
               paired_words, level_names, done_verbs, _words_with, *_DERIVED):
        fn.cache_clear()
