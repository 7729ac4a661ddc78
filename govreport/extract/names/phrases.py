"""The free-phrase namer: a figure outside the vocabulary is named by the phrase that says what is counted.

The walk hands over the subject phrase as written (after the government's own words and lead words are
taken off, pipeline._display); this module makes it a name an analyst can read:

- footnote marks go ([2], 〔8〕, ⑤): they point into the document, they name nothing
- connecting words at either end go (和种子独角兽企业, 公交线路覆盖城区和, 提速庆云至章丘等): a list cut at a
  clause boundary leaves them
- quotes and brackets are balanced (气代煤”收尾改造 -> “气代煤”收尾改造, 公园(游园 -> 公园(游园)): the
  clause started inside them
- a phrase that says nothing by itself is `empty`: a single character, a bare time phrase (3月底前, 年内,
  与2010年相比), a scope word alone (区, 全县); the caller then looks for the noun after the number
  (建设10个县级综合养老服务中心) or drops the row
"""

from __future__ import annotations

import re

_FOOTNOTE = re.compile(r"\[\d{1,2}\]|〔\d{1,2}〕|[①-⑳]|（\d{1,2}）")
_LEADING = re.compile(r"^(?:[和与及或、的以]|并且|并|以及)+")
_TRAILING = re.compile(r"(?:[和与及或、]|以及|等)+$")
# a time phrase alone: 3月底前, 6月份, 2025年, 年内, 年底前, 与2010年相比, 5年
_TIME_ONLY = re.compile(r"^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末|中旬|上旬|下旬)?(?:前|后|以来)?"
                        r"|(?:19|20)\d{2}年(?:底|末|初)?(?:前|以来)?|年[内底末初中](?:前)?|当年|今年|上年|去年|全年"
                        r"|(?:与|比|较)(?:19|20)\d{2}年(?:相比|比)?|\d{1,2}年(?:来)?)$")
_SPECIAL = re.compile(r"[“”（）()《》‘’\[\]〔〕①-⑳ \t\u3000\r\n]")
_ENDS = frozenset("和与及或、的以并等")
_PAIRS = (("“", "”"), ("（", "）"), ("(", ")"), ("《", "》"), ("‘", "’"))


def clean_phrase(phrase: str) -> str:
    """The phrase as a name: footnotes, connecting words at the ends and unbalanced marks dealt with."""
    if not _SPECIAL.search(phrase) and phrase[:1] not in _ENDS and phrase[-1:] not in _ENDS \
            and not phrase.endswith("以及"):
        return phrase  # most phrases: nothing to do (extract's speed bar)
    s = _FOOTNOTE.sub("", phrase).strip(" \t\u3000\r\n")
    s = _LEADING.sub("", s)
    s = _TRAILING.sub("", s)
    for left, right in _PAIRS:
        opened, closed = s.count(left), s.count(right)
        if closed > opened and s.find(right) < (s.find(left) if left in s else len(s)):
            s = left + s  # the clause started inside the quote: 气代煤”收尾改造
        elif opened > closed:
            s = s + right  # the figure stands inside it: 全面落实疫情防控“十个常态化
    return s.strip(" \t\u3000")


def says_nothing(name: str, scope_words: frozenset[str] | set[str] = frozenset()) -> bool:
    """A name that does not say what is counted: one character, a time phrase alone, a scope word alone."""
    core = name.strip(" \t\u3000“”\"‘’（）()《》")
    return len(core) <= 1 or bool(_TIME_ONLY.match(core)) or core in scope_words


def only_actions(name: str, actions: frozenset[str] | set[str]) -> bool:
    """A name made only of action words (布局打造, 建设了, 培育打造): it says what is done, not what is counted."""
    s = name.rstrip("了")
    while s:
        word = next((s[:n] for n in (3, 2, 1) if s[:n] in actions), None)
        if word is None:
            return False
        s = s[len(word):]
    return bool(name)


# ------------------------------------------------------------------ count-first figures (新建2所公办幼儿园)

_COUNT_VERB_STOP = re.compile(r"[、等]")
_ATTRIBUTE_NUMBER = re.compile(r"(?:总投资|投资|占地|总长|全长|年产|年出栏|总建筑面积|建筑面积)?[\d０-９]")
_AFTER_NOT_NOUN = ("的", "为", "是", "达", "，", ",")


def counted_noun(after: str, unit: str, person_units: frozenset[str] | set[str],
                 measure_nouns: tuple[str, ...]) -> bool:
    """Whether the words right after a count are the noun it counts (新增9家国家卓越级智能工厂, 实施华建路西延等10条
    道路建设): they start at once with a character, and the unit is a counting word, not a person (4.3亿人公里,
    3925人享受…) nor a duration (1个工作日)."""
    if not after or unit in person_units or after.startswith(_AFTER_NOT_NOUN):
        return False
    return not after.startswith(measure_nouns)


def count_verb(rest: str, actions: frozenset[str] | set[str]) -> str:
    """What stands before a count-first figure, kept in its name: the verb (加快建设4个国家级渔港经济区), not the
    items the count sums up (完成龙泉关、天生桥、史家寨3个镇区大市政建设 -> 完成; 石嘴山先进材料等3个平台 -> '')
    nor a number describing the noun (加快推进总投资143.79亿元的66个项目 -> 加快推进)."""
    if rest.endswith("的"):
        m = _ATTRIBUTE_NUMBER.search(rest)
        if m:
            return rest[: m.start()]
    m = _COUNT_VERB_STOP.search(rest)
    if m is None:
        return rest
    head = rest[: m.start()]
    for k in range(len(head), 0, -1):  # the last action word before the first item ends the verb
        if any(head[:k].endswith(a) for a in actions):
            return head[:k]
    return ""


# ------------------------------------------------------------------ a short phrase after another figure

def join_topic(topic: str, phrase: str, aspects: tuple[str, ...], levels: tuple[str, ...]) -> str:
    """The name of a short phrase that goes on from the subject of an earlier figure of the sentence (`topic`):

    - a level word after 其中 is the topic at that level (省级以上企业技术中心 + 国家级 -> 国家级企业技术中心)
    - a parallel item takes the topic's aspect (粮油、食品类零售额 + 饮料类 -> 饮料类零售额), or stays itself when
      the topic has none: it is another thing, never part of the topic
    - an aspect word is of the topic's thing (粮食种植面积 + 总产量 -> 粮食总产量; 招商引资项目 + 投资)
    - words the two share are written once (本科上线 + 上线率 -> 本科上线率)."""
    if phrase in levels:
        for level in sorted(levels, key=len, reverse=True):
            i = topic.find(level)
            if i >= 0:
                return topic[i:].replace(level, phrase, 1)
        return topic + phrase if len(topic) <= 8 else phrase
    aspect = next((a for a in sorted(aspects, key=len, reverse=True) if topic.endswith(a) and len(topic) > len(a)), "")
    thing = topic[: len(topic) - len(aspect)]
    if thing and not phrase.endswith(aspects) and phrase[-1] == thing[-1] and phrase != thing:
        return phrase + aspect  # 饮料类 after 粮油、食品类零售额; 股份制企业 after 国有控股企业增加值
    if aspect and phrase.lstrip("总") in aspects or phrase in aspects:
        return thing + phrase
    for k in range(min(len(topic), len(phrase) - 1), 1, -1):
        if topic.endswith(phrase[:k]):
            return topic + phrase[k:]
    return topic + phrase
