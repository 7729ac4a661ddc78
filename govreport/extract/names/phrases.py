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
        # the longest action word s starts with (three characters at most), as a loop: asked for most figures
        if s[:3] in actions:
            s = s[3:]
        elif s[:2] in actions:
            s = s[2:]
        elif s[:1] in actions:
            s = s[1:]
        else:
            return False
    return bool(name)
