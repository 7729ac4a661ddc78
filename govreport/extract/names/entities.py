"""Whose figure a free phrase is when a named project, firm or park is its subject (issue 13, point 6: a figure of a
company, a project or a sub-area is marked in `subject`, not filed as the government's). The words are data
(data/entity_words.csv, and the grammar's place words)."""

from __future__ import annotations

import re
from functools import lru_cache

from govreport.extract import lexicon

_NOT_A_NAME = re.compile(r"^[\d一二三四五六七八九十两几数“\"]*[\d一二三四五六七八九十两几数][个家项所座条批大]"  # 13个重点园区
                         r"|^[对为赴向与在由从将把仅及和、（(]|[的和及与]|[、，,]$")
# 加快园区…, 二是建立健全园区…: a verb or an item's number, no name
_NOT_A_NAME_START = re.compile(r"[一二三四五六七八九十]是|加快|加强|抓好|做好|建立|健全|完善|推进|推动|打造|围绕|依托|支持|引导|用于|全力|落实|共有|有")
_NOT_ITS_OWN = ("的", "为", "等", "和", "与", "及", "、", "之", "由", "从")  # what cannot follow a subject's name (…公司为主的企业集团)


@lexicon.derived
@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], lexicon.Endings, tuple[str, ...], re.Pattern[str], tuple[str, ...]]:
    """(a name ending with an entity or place word and what follows it, the entity words as endings, the class
    words, a park's name opening a sentence, the marks of the park's figures)."""
    from govreport.extract.names import load_grammar

    rows = list(lexicon.read_rows(lexicon.DATA / "entity_words.csv"))
    entity = {r["word"] for r in rows if r["role"] == "entity"} | {r.word for r in load_grammar().of("place")}
    parks = {r["word"] for r in rows if r["role"] in ("park",)} | {r.word for r in load_grammar().of("place")}
    named = re.compile(rf"(?P<entity>.{{2,30}}(?:{lexicon.alternation(entity)}))(?P<rest>.+)")
    opening = re.compile(rf"[\s“”\"]*(?P<park>[\u4e00-\u9fff·（）()]{{2,20}}?(?:{lexicon.alternation(parks)}))"
                         r"(?![\u4e00-\u9fff]{0,2}(?:内|中|[、和与及]))")
    return (named, lexicon.Endings(entity), tuple(r["word"] for r in rows if r["role"] == "class"), opening,
            tuple(r["word"] for r in rows if r["role"] == "mark"))


def named_entity(name: str, doing: re.Pattern[str]) -> str:
    """The named project, firm or park a free phrase opens with, when what follows is its own figure's words
    (三棵树公司纳税 -> 三棵树公司, 枢纽港产业园新签约产业项目 -> 枢纽港产业园), else ''. `doing`: the verbs of things done
    (periods); a name followed by verbs alone (重大项目开工 390个) or by 累计/总数 counts the projects themselves, one
    followed by more of a name (河南省君恒实业集团生物科技有限公司) is a name only, and a
    class of them (重点项目完成投资, 上市公司总市值, 保险公司保费收入, 13个重点园区…) is the government's own total."""
    named, endings, classes, _, _ = _words()
    described = name.rfind("的")
    if described > 0 and any(ch.isdigit() for ch in name[:described]):
        name = name[described + 1:]  # 投资18亿元的石龙山生态旅游度假村项目完成投资: the project, described
    m = named.fullmatch(name)
    if m is None:
        return ""
    entity, rest = m.group("entity"), m.group("rest")
    if len(rest) < 2 or rest.startswith(_NOT_ITS_OWN) or endings.longest(rest) and not doing.search(rest) \
            or not _a_name(entity, endings, classes) \
            or not doing.sub("", rest).strip("了已全面正式顺利有序加快稳步基本实现") or not rest.strip("累计总数量个合共达"):
        return ""
    return entity


def park_of_paragraph(text: str, start: int, sentence_start: int, sentence_end: int) -> str:
    """The park a sentence's figure is of, when the sentence says so (入园在建项目5个) and an earlier sentence of its
    paragraph opens with a park's name (…产业园区被市政府确定为…); '' otherwise."""
    _, endings, classes, opening, marks = _words()
    if not any(text.find(mark, sentence_start, sentence_end) >= 0 for mark in marks):
        return ""
    paragraph = text.rfind("\n", 0, sentence_start) + 1
    park = ""
    for m in re.finditer(r"[^。！？!?\n]+", text[paragraph:sentence_start]):
        opened = opening.match(m.group(0))
        if opened and _a_name(opened.group("park"), endings, classes):
            park = opened.group("park")
    return park


def _a_name(entity: str, endings: lexicon.Endings, classes: tuple[str, ...]) -> bool:
    """大王店产业园区, 三棵树公司: one named, not a class (重点项目, 园区开发区) or a phrase (加快园区, 二是建立健全园区)."""
    from govreport.extract.periods import done_words

    own = entity[: len(entity) - len(endings.longest(entity) or "")]
    return len(own) >= 2 and not _NOT_A_NAME.search(own) and not _NOT_A_NAME_START.match(own) \
        and len(own) - len(endings.longest(own) or "") >= 2 and not any(word in own for word in classes) and not done_words().search(own)


def park_marks() -> tuple[str, ...]:
    """入园, 园区内 ...: the words saying a figure is of the park named before (park_of_paragraph)."""
    return _words()[4]
