"""The indicator vocabulary: names and synonyms from govreport/data/indicators.csv (+ user files).

A subject phrase names an indicator when it ENDS with one of its names (Chinese
noun phrases put the head last): 全区地区生产总值, 新认定高新技术企业 and
城镇调查失业率 do, 外资研发中心 and 有进出口实绩企业 do not. Of several names the
longest wins (城镇居民人均可支配收入 over 居民人均可支配收入, 规模以上工业企业利润
over 规模以上工业企业). What stands before the name is checked by the caller
(structures.py): a scope word of another government or a subset word makes the
figure someone else's.

    vocab = load_vocabulary()
    vocab.match_end("全区地区生产总值")      # Match(indicator=gdp, start=2, aspect='')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from govreport.errors import InputError, UsageError
from govreport.extract import lexicon
from govreport.extract.names.grammar import load_grammar

INDICATORS_CSV = lexicon.DATA / "indicators.csv"
REQUIRED = ("id", "name")
_WILD = "[\u4e00-\u9fff]{0,4}"
SCOPE_PLACEHOLDER = "{全}"
# 经济! : a name that is the indicator's only when a figure follows (经济增长7%左右 is GDP's growth), never in a
# qualitative goal (着力保持经济稳定增长 is a heading, not a GDP target)
FIGURE_ONLY_MARK = "!"
# 能耗? : a short name that is the indicator's only as an obligation met (能耗及污染物排放等约束性指标完成省定任务, the
# 保定 counties' goal list), never next to a figure (综合能耗, 建筑能耗 are other statistics)
GOAL_ONLY_MARK = "?"


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    headline: bool
    units: frozenset[str]  # base units of a level (元, 美元, 家 ...)
    percent: str  # what a bare % is: level / growth / ''
    accumulates: bool
    direction: str = ""

    @property
    def is_rate(self) -> bool:
        return self.percent == "level"


@dataclass(frozen=True, init=False)
class Match:
    indicator: Indicator
    start: int  # where the name starts in the phrase
    name: str  # the name as matched
    aspect: str  # an aspect word after the name (增速, 总量), '' if none
    scoped: bool = False  # matched through a {全} name: the scope word is part of it

    def __init__(self, indicator: Indicator, start: int, name: str, aspect: str, scoped: bool = False):
        # the fields written into the instance's dict: a frozen dataclass's own __init__ calls object.__setattr__
        # once per field, twice as slow, and the head parser makes one per name it finds (still frozen: an
        # assignment raises; tests/extract/test_fast_paths.py)
        fields = self.__dict__
        fields["indicator"] = indicator
        fields["start"] = start
        fields["name"] = name
        fields["aspect"] = aspect
        fields["scoped"] = scoped


@dataclass
class Vocabulary:
    indicators: dict[str, Indicator]
    names: dict[str, str]  # name -> id
    scoped_names: dict[str, str] = field(default_factory=dict)  # 投资 -> fixed_asset_investment (needs 全市 ...)
    wildcards: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    aspects: tuple[str, ...] = ()
    figure_only: frozenset[str] = frozenset()  # names written with FIGURE_ONLY_MARK
    derived: frozenset[str] = frozenset()  # names the grammar of names adds (names/grammar.py), also in `names`
    goal_only: dict[str, str] = field(default_factory=dict)  # names written with GOAL_ONLY_MARK -> id (not in `names`)

    def names_of(self, ident: str) -> tuple[str, ...]:
        """Every name of one indicator (its canonical name first), from an index built on the first call."""
        index = self.__dict__.get("_names_by_id")
        if index is None:
            index = {}
            for name, i in self.names.items():
                index.setdefault(i, []).append(name)
            index = self.__dict__["_names_by_id"] = {
                i: (self.indicators[i].name, *names) for i, names in index.items() if i in self.indicators}
        return index.get(ident, (self.indicators[ident].name,) if ident in self.indicators else ())

    def all_names(self) -> list[str]:
        """Every plain name, for the segmenter's user dictionary (not the grammar's variants)."""
        return sorted(n for n in self.names if n not in self.derived)

    def match_end(self, phrase: str) -> Match | None:
        """The indicator the phrase ends with (optionally followed by an aspect word such as 增速 or 总量)."""
        if not phrase:
            return None
        index = self.__dict__.get("_index_cache") or self._index
        last = phrase[-1]
        if last not in index.end_chars:  # most phrases end in neither a name nor an aspect word (企业, 项目)
            return None
        if last in index.last_chars:  # _match_end's own first test, made before calling it
            found = self._match_end(phrase, "", index)
            if found is not None:
                return found
        for aspect in index.aspects.get(last, ()):
            if phrase.endswith(aspect) and len(phrase) > len(aspect):
                found = self._match_end(phrase[: -len(aspect)], aspect, index)
                if found is not None:
                    return found
        return None

    @property
    def end_chars(self) -> frozenset[str]:
        """The last characters of every phrase match_end can match: a caller that tries many phrases can
        skip the call for the others (HeadParser.subjects)."""
        return self._index.end_chars

    @property
    def _index(self) -> "_EndIndex":
        # Every head is matched several times while it is stripped, and most
        # phrases end in no name at all: looking names up by their last
        # character keeps that cheap (extract's speed bar).
        index = self.__dict__.get("_index_cache")
        if index is None:
            index = self.__dict__["_index_cache"] = _EndIndex.build(self)
        return index

    def _match_end(self, phrase: str, aspect: str, index: "_EndIndex") -> Match | None:
        last = phrase[-1]
        if last not in index.last_chars:
            return None
        best: Match | None = None
        n = len(phrase)
        name = index.names.longest(phrase)  # the longest name wins
        if name is not None:
            best = Match(self.indicators[self.names[name]], n - len(name), name, aspect)
        for pattern, ident in index.wildcards.get(last, ()):
            m = pattern.search(phrase)
            if m and (best is None or m.start() < best.start):
                best = Match(self.indicators[ident], m.start(), m.group(0), aspect)
        if best is None and last in index.scoped_last:  # few names are scoped ({全}投资)
            name = index.scoped.longest(phrase)
            if name is not None and phrase[: n - len(name)].endswith(index.own_scopes):
                best = Match(self.indicators[self.scoped_names[name]], n - len(name), name, aspect, scoped=True)
        return best

    def contains_name(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Does a name (plain, scoped or wildcard) of a headline indicator occur in text[start:end]? Names
        that count only next to a figure (经济!) do not: the walk asks about clauses without one, for
        qualitative goals (the annotation guide keeps them for headline indicators only, rule 5) and
        subjects to carry. The other rows of the vocabulary name figures; a clause without one that names
        them only (推动PM2.5浓度持续下降, 合理提高最低工资标准) is no goal to record, and parsing every such
        clause would cost more than their figures do."""
        pattern = self.__dict__.get("_any_name")
        if pattern is None:
            # A name holding another (地区生产总值 holds 生产总值, 固定资产投资 the scoped 投资) can only occur
            # where the shorter one does, so only the names holding none are searched for: the answer is
            # the same, and re stops at fewer first characters (most clauses name no indicator).
            head = {i for i, ind in self.indicators.items() if ind.headline}
            words = {w for w, i in (*self.names.items(), *self.scoped_names.items(), *self.goal_only.items())
                     if w and w not in self.figure_only and i in head}
            # (经济增长 names the economy's growth as a figure would: 经济增长保持在合理区间 is a goal of it)
            words |= {w + "增长" for w in self.figure_only if self.names.get(w) in head}
            innermost = [w for w in words if not any(w[i:j] in words for i in range(len(w))
                                                     for j in range(i + 1, len(w) + (i > 0)))]
            parts = [lexicon.alternation(innermost)]
            parts += [p.pattern[3:-2] for p, i in self.wildcards if i in head]
            pattern = self.__dict__["_any_name"] = re.compile("|".join(parts))
        return pattern.search(text, start, len(text) if end is None else end) is not None


def _truthy(value: str) -> bool:
    return value.strip().lower() in ("yes", "true", "1", "y")


def _read(path: Path) -> list[dict[str, str]]:
    try:
        rows = list(lexicon.read_rows(path))
    except FileNotFoundError:
        raise InputError("no such indicator file", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read indicator definitions: {exc}", path=str(path)) from None
    if rows:
        missing = [c for c in REQUIRED if c not in rows[0]]
        if missing:
            raise UsageError(f"not an indicator file: missing column(s) {', '.join(missing)}", path=str(path),
                             hint="columns: id,name,synonyms,direction,headline,units,percent,accumulates,source,note")
    elif path.stat().st_size:
        raise UsageError("not an indicator file: no rows", path=str(path))
    return rows


def load_vocabulary(extra: Sequence[str | Path] | str | Path | None = None) -> Vocabulary:
    """The shipped vocabulary, then each `extra` file on top (same columns; a row with a known id replaces it)."""
    paths: list[Path] = [INDICATORS_CSV]
    if extra:
        paths += [Path(p) for p in ([extra] if isinstance(extra, (str, Path)) else extra)]
    rows: dict[str, dict[str, str]] = {}
    for path in paths:
        for row in _read(path):
            ident = row.get("id", "")
            if not ident or not row.get("name"):
                continue
            rows[ident] = row
    return build_vocabulary(rows.values())


def build_vocabulary(rows: Iterable[dict[str, str]]) -> Vocabulary:
    indicators: dict[str, Indicator] = {}
    names: dict[str, str] = {}
    scoped: dict[str, str] = {}
    wild: list[tuple[re.Pattern[str], str]] = []
    figure_only: set[str] = set()
    goal_only: dict[str, str] = {}
    for row in rows:
        ident = row["id"].strip()
        ind = Indicator(
            id=ident,
            name=row["name"].strip(),
            headline=_truthy(row.get("headline", "")),
            units=frozenset(u.strip() for u in row.get("units", "").split("|") if u.strip()),
            percent=row.get("percent", "").strip(),
            accumulates=_truthy(row.get("accumulates", "")),
            direction=row.get("direction", "").strip(),
        )
        indicators[ident] = ind
        for name in [ind.name, *row.get("synonyms", "").split("|")]:
            name = name.strip()
            if not name:
                continue
            if name.endswith(FIGURE_ONLY_MARK) and len(name) > 1:
                name = name[: -len(FIGURE_ONLY_MARK)]
                figure_only.add(name)
                names[name] = ident
            elif name.endswith(GOAL_ONLY_MARK) and len(name) > 1:
                goal_only[name[: -len(GOAL_ONLY_MARK)]] = ident
            elif name.startswith(SCOPE_PLACEHOLDER):
                scoped[name[len(SCOPE_PLACEHOLDER):]] = ident
            elif "*" in name:
                wild.append((re.compile("(?:" + _WILD.join(re.escape(p) for p in name.split("*")) + ")$"), ident))
            else:
                names[name] = ident  # a later file (--indicators) wins
    aspects = lexicon.words_with("aspect", "growth_aspect")
    # the grammar's variants of the names (城镇常住居民…, 新增就业人数): a listed name always wins
    derived = load_grammar().derive_names(names, {i: ind.units for i, ind in indicators.items()})
    names.update(derived)
    return Vocabulary(indicators, names, scoped, wild, aspects, frozenset(figure_only), frozenset(derived), goal_only)


@dataclass(frozen=True)
class _EndIndex:
    """The vocabulary's names looked up by how a phrase ends (see lexicon.Endings)."""

    last_chars: frozenset[str]  # any name, scoped name or wildcard ends in one of these
    names: lexicon.Endings
    scoped: lexicon.Endings
    wildcards: dict[str, tuple[tuple[re.Pattern[str], str], ...]]  # by last character, in file order
    aspects: dict[str, tuple[str, ...]]  # by last character, in vocabulary order
    own_scopes: tuple[str, ...]  # 全市, 我区, 本县 ...: what a {全} name needs before it
    end_chars: frozenset[str]  # last_chars and the aspects' last characters: where a match may end
    scoped_last: frozenset[str]  # the scoped names' last characters

    @staticmethod
    def build(vocab: Vocabulary) -> "_EndIndex":
        wild: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        for pattern, ident in vocab.wildcards:
            wild.setdefault(pattern.pattern[-3], []).append((pattern, ident))  # "...X)$": the literal before ')$'
        aspects: dict[str, list[str]] = {}
        for aspect in vocab.aspects:
            aspects.setdefault(aspect[-1], []).append(aspect)
        names, scoped = lexicon.Endings(vocab.names), lexicon.Endings(vocab.scoped_names)
        last_chars = names.last_chars | scoped.last_chars | frozenset(wild)
        return _EndIndex(last_chars, names, scoped,
                         {k: tuple(v) for k, v in wild.items()}, {k: tuple(v) for k, v in aspects.items()},
                         tuple(w for w in lexicon.scopes() if w.startswith(("全", "我", "本"))),
                         last_chars | frozenset(aspects), scoped.last_chars)
