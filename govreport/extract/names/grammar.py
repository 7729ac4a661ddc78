"""The grammar of indicator names, read from data/name_grammar.csv.

A subject is read as [scope word] [population modifier] NAME [suffix]. The vocabulary lists each
statistic once; this grammar says how its names bend in a sentence:

    城镇常住居民人均可支配收入   population word written another way   -> 城镇居民人均可支配收入
    农牧民人均可支配收入         (the pastoral provinces' rural people) -> 农村居民人均可支配收入
    新增就业人数                 城镇 left out, 人数 repeating the unit   -> 城镇新增就业
    全社会固定资产投资额         scope word before, 额 after             -> 固定资产投资
    县域生产总值 (a county)      the county's own economy                -> 地区生产总值

The variants are worked out once, when the vocabulary is built (`derive_names`): matching a phrase stays
one lookup by its last character (vocabulary.match_end), and a user's synonym always wins over a derived
name. Scope words go with the government's own words (`own_scope_words`), which the head parser strips
before a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Mapping

from govreport.extract import lexicon

GRAMMAR_CSV = lexicon.DATA / "name_grammar.csv"
ROLES = ("scope", "wider", "population", "spelling", "elided", "suffix", "partitive", "place", "part", "ethnic", "own_short", "action", "aspect", "level",
         "person_unit", "measure_noun", "structure_noun", "proper_end", "empty",
         "describing_family", "result_verb", "topic_predicate", "topic_manner", "topic_verb", "extent", "stage", "list_aspect", "owned_kind", "amount_of",
         "deed", "deed_noun", "change_aspect", "elided_topic", "extent_thing",
         "sentence_rate", "threshold_class", "means_verb", "fund", "programme_thing")


@dataclass(frozen=True)
class Rule:
    word: str
    role: str
    replacement: str
    kind: str  # scope: the last character of the governments it is own for ('' = any)
    applies_to: tuple[str, ...]  # elided: endings of the rest; suffix: units of the indicator


@dataclass(frozen=True)
class Grammar:
    rules: tuple[Rule, ...]

    # (the grammar is read once per process and asked for every figure: what is derived from its rules is made
    # once; cached_property writes the instance's __dict__, which a frozen dataclass allows)
    @cached_property
    def _by_role(self) -> dict[str, tuple[Rule, ...]]:
        by_role: dict[str, list[Rule]] = {}
        for r in self.rules:
            by_role.setdefault(r.role, []).append(r)
        return {k: tuple(v) for k, v in by_role.items()}

    def of(self, role: str) -> tuple[Rule, ...]:
        return self._by_role.get(role, ())

    @cached_property
    def _words(self) -> dict[str, tuple[str, ...]]:
        return {role: tuple(sorted((r.word for r in rules), key=len, reverse=True)) for role, rules in self._by_role.items()}

    def words(self, role: str) -> tuple[str, ...]:
        """The words of a role, longest first."""
        return self._words.get(role, ())

    @cached_property
    def list_heads(self) -> tuple[str, ...]:
        """The words a list's items share from its last one: the aspects and the list aspects, longest first."""
        return tuple(sorted({*self.words("aspect"), *self.words("list_aspect")}, key=len, reverse=True))

    @cached_property
    def partitives(self) -> tuple[str, ...]:
        return tuple(r.word for r in self.of("partitive"))

    @cached_property
    def scope_and_partitive_words(self) -> tuple[str, ...]:
        """scope_words + partitives (sources.name_source asks for every figure)."""
        return self.scope_words + self.partitives

    @cached_property
    def topic_place(self) -> re.Pattern[str]:
        """A sub-area's name opening a sentence (临港新片区新一轮…): up to eight characters and a place word."""
        places = lexicon.alternation(r.word for r in self.of("place"))
        return re.compile(rf"[\s“”\"]*(?P<place>[\u4e00-\u9fff]{{0,8}}?(?:{places}))")

    @cached_property
    def topic_part(self) -> re.Pattern[str]:
        """A part of the economy a clause opens with, alone or after a short verb (省属企业创新导向更加突出,
        实施省属国企战略性布局)."""
        parts = lexicon.alternation(r.word for r in self.of("part"))
        return re.compile(rf"[\s“”\"]*[\u4e00-\u9fff]{{0,4}}?(?P<place>(?:{parts}))(?!的)")

    @cached_property
    def topic_clause(self) -> re.Pattern[str]:
        """A clause that says of a thing only that it moved, with no figure (新农保顺利启动, 城镇居民基本医疗保险覆盖面
        进一步扩大): the thing, then an extent word, manner words and a predicate of the grammar, up to the clause's
        end. A rate or staff word alone in the clause after it is of that thing."""
        extents = lexicon.alternation(r.word for r in self.of("extent"))
        manners = lexicon.alternation(r.word for r in self.of("topic_manner"))
        predicates = lexicon.alternation(r.word for r in self.of("topic_predicate"))
        return re.compile(rf"[\s“”\"]*(?P<thing>[\u4e00-\u9fff“”]{{3,16}}?)(?:{extents})?(?:{manners})*"
                          rf"(?:{predicates})[\s]*$")

    @cached_property
    def topic_object(self) -> re.Pattern[str]:
        """A clause that only does something to a thing, with no figure (进一步规范和提升12345热线服务, 全面推行河长制):
        manner words, one verb of the grammar (topic_verb) or two joined by 和/与/并, then the thing, up to the clause's
        end. A rate word alone in the clause after it is of that thing."""
        manners = lexicon.alternation(r.word for r in self.of("topic_manner"))
        verbs = lexicon.alternation(r.word for r in self.of("topic_verb"))
        return re.compile(rf"[\s]*(?:{manners})*(?:{verbs})(?:[和与并](?:{verbs}))?"
                          rf"(?P<thing>[\u4e00-\u9fff“”\d]{{3,14}})[\s]*$")

    @cached_property
    def scope_words(self) -> tuple[str, ...]:
        return tuple(r.word for r in self.of("scope"))

    def derive_names(self, names: Mapping[str, str], units: Mapping[str, frozenset[str]]) -> dict[str, str]:
        """The variants of `names` (name -> indicator id) this grammar allows, none of them a name already:
        population words rewritten, elided words left out, then suffixes added (units: id -> base units).
        `roles` (if given) gets the role each variant was made by; a suffix on an elided variant stays elided."""
        derived: dict[str, str] = {}
        made_by: dict[str, str] = {}

        def add(name: str, ident: str, role: str) -> None:
            if name and name not in names and name not in derived:
                derived[name] = ident
                made_by[name] = role

        for rule in self.of("population") + self.of("spelling"):
            for name, ident in names.items():
                if rule.replacement and rule.replacement in name and rule.word not in name:
                    add(name.replace(rule.replacement, rule.word, 1), ident, rule.role)
        for rule in self.of("elided"):
            for name, ident in list(names.items()) + list(derived.items()):
                if rule.word in name:
                    rest = name.replace(rule.word, "", 1)
                    # the rest must still say what is counted (城镇化率 without 城镇 says nothing) and, when the
                    # ending is a population's, whose (人均可支配收入 alone is no one's in particular)
                    if len(rest) >= 3 and rest.endswith(rule.applies_to) and rest not in rule.applies_to \
                            and rest not in names:
                        add(rest, ident, rule.role)
        for rule in self.of("suffix"):
            for name, ident in list(names.items()) + list(derived.items()):
                if units.get(ident, frozenset()) & set(rule.applies_to) and not name.endswith(rule.word):
                    add(name + rule.word, ident, made_by.get(name) if made_by.get(name) == "elided" else rule.role)
        for rule in self.of("result_verb"):
            for name, ident in names.items():
                last = next((w for w in rule.applies_to if name.endswith(w) and len(name) > len(w) + 1), None)
                # (not in a name that holds the verb already, nor between 总 and 投资 of 项目总投资)
                if last and rule.word not in name and not name[: -len(last)].endswith("总"):
                    add(name[: -len(last)] + rule.word + last, ident, rule.role)
        self.__dict__.setdefault("_made_by", {}).update(made_by)
        return derived

    def made_by(self, name: str) -> str:
        """The role of the rule a derived name was made by ('' for a listed name)."""
        return self.__dict__.get("_made_by", {}).get(name, "")


def _read(path: Path) -> Grammar:
    rules = []
    for row in lexicon.read_rows(path):
        word, role = row.get("word", "").strip(), row.get("role", "").strip()
        if not word or role not in ROLES:
            continue
        rules.append(Rule(word, role, row.get("replacement", "").strip(), row.get("kind", "").strip(),
                          tuple(x for x in row.get("applies_to", "").split("|") if x)))
    return Grammar(tuple(rules))


@lexicon.derived
@lru_cache(maxsize=1)
def load_grammar() -> Grammar:
    return _read(GRAMMAR_CSV)


def without_peoples(place: str, grammar: Grammar | None = None) -> str:
    """A place's name without the peoples it ends with (新疆维吾尔 -> 新疆, 恩施土家族苗族 -> 恩施: name_grammar.csv's
    ethnic words), two characters at least left."""
    peoples = (grammar or load_grammar()).words("ethnic")
    while place.endswith(peoples) \
            and (people := next((w for w in peoples if place.endswith(w) and len(place) - len(w) >= 2), None)):
        place = place[: -len(people)]
    return place


def own_scope_words(region: str | None, grammar: Grammar | None = None) -> frozenset[str]:
    """The words before a name that keep a figure the government's own: 全区, 我区, 本区, 区本级, 洛龙区, 洛龙 for
    洛龙区 (the common local ones for a document with no region), and the grammar's scope words for its kind
    of government (地方, 全社会 for any; 县域 for a county)."""
    grammar = grammar or load_grammar()
    if not region:
        words = {"全市", "全区", "全县", "我市", "我区", "我县", "本市", "本区", "本县", "区本级", "县本级", "市本级",
                 "本级"}
        kind = ""
    else:
        kind = region[-1]
        words = {f"全{kind}", f"我{kind}", f"本{kind}", f"{kind}本级", "本级", region}
        if kind == "国":  # 全国, 国务院's report: 国内生产总值 is its own GDP (scopes.csv: another government's elsewhere)
            words.add("国内")
        short = region[:-1]
        if region.endswith("地区"):  # 阿克苏地区: 阿克苏, 全地区, and 地区 itself (地区森林面积, 地区保护地13个)
            short = region[:-2]
            words.update(("全地区", "地区"))
        for suffix in ("自治", "特别行政"):
            if short.endswith(suffix):
                short = short[: -len(suffix)]
        if len(short) >= 2:
            words.add(short)
        # 新疆维吾尔自治区, 宁夏回族自治区, 延边朝鲜族自治州: the place is named without its peoples (新疆, 宁夏, 延边)
        place = without_peoples(short, grammar)
        if place != short:
            words.add(place)
        words.update(r.word for r in grammar.of("own_short") if r.replacement == region)  # 全疆 for 新疆
    words.update(r.word for r in grammar.of("scope") if not r.kind or r.kind == kind)
    return frozenset(words)

