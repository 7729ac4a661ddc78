"""Step 3 — pinyin: remove pinyin a converter glued after characters.

Seed 000 came through a converter that wrote the reading after many
characters: `洛龍區(qū)`, `經(jīng)濟(jì)`. An annotation is a parenthesised lowercase
latin syllable directly after a CJK character (or after the gap mark 〓 the
mojibake step leaves for a lost character). Real parentheses stay: `(一)`,
`(試行)`, `(GDP)`, `(PM2.5)`, `(Beijing)` are not single pinyin syllables.

A syllable with a tone mark (`qū`, `lǜ`) is always an annotation. A toneless
one (`de`, `men`) is removed only when the document carries at least
`TONED_EVIDENCE` tone-marked annotations, and never a one-letter one, so a
list marker like `条款(a)` in an ordinary document survives.
"""

from __future__ import annotations

import re
from itertools import islice

from govreport.clean.hanzi import SYLLABLE, CJK_CLASS, GAP_MARK, TONE_MARKED, has_tone_mark, is_pinyin_syllable
from govreport.clean.repairs import Repairs

TONED_EVIDENCE = 3

_SYLLABLE = SYLLABLE
# One or more annotations in a row after a host character (a second one can be
# left behind when an earlier run of the converter was repeated).
# (Written to start with the parenthesis and look back from it: re then jumps from one "(" to the next
# instead of trying the pattern at every character of the document.)
_ANNOTATIONS = re.compile(f"\\((?<=[{CJK_CLASS}{GAP_MARK}]\\(){_SYLLABLE}\\)(?:\\({_SYLLABLE}\\))*")
# The same with the run as a group, so that split returns the runs between the text around them.
_ANNOTATION_RUNS = re.compile(f"({_ANNOTATIONS.pattern})")
_ONE = re.compile(f"\\(({_SYLLABLE})\\)")
# The mojibake can swallow the opening parenthesis: `紕?chuàng)`. Only a
# tone-marked syllable is taken as an orphan annotation.
_LETTER = f"[a-zü{TONE_MARKED}]"  # a letter of a syllable: the first one is looked back from, as above
_ORPHAN = re.compile(f"{_LETTER}(?<=[{CJK_CLASS}{GAP_MARK}?\ufffd]{_LETTER}){_LETTER}{{0,5}}\\)(?:{_SYLLABLE}\\))*")
_ORPHAN_ONE = re.compile(f"({_SYLLABLE})\\)")
# Every orphan ends in a letter and `)`. Most pages have no such `)`, and finding that out
# (re jumps from one `)` to the next) is far cheaper than trying _ORPHAN at every letter.
_LETTER_PAREN = re.compile(f"\\)(?<={_LETTER}\\))")


# `(qū)`: an annotation with a tone mark (the match stops at the first marked letter; one per annotation)
_TONED_ONE = re.compile(f"\\((?={_SYLLABLE}\\))[a-zü]*[{TONE_MARKED}]")


def _has_toned_evidence(text: str) -> bool:
    """At least TONED_EVIDENCE tone-marked annotations (stops counting there: an annotated page has thousands)."""
    return next(islice(_TONED_ONE.finditer(text), TONED_EVIDENCE - 1, None), None) is not None


def is_annotation(syllable: str, toneless_allowed: bool) -> bool:
    if not is_pinyin_syllable(syllable):
        return False
    if has_tone_mark(syllable):
        return True
    return toneless_allowed and len(syllable) > 1


def leading_orphans(run: str) -> tuple[str, int]:
    """(what is kept of an _ORPHAN run, toned syllables removed): `qū)(qū)` whose `(` was lost, from the left,
    up to the first piece that is not a toned pinyin syllable."""
    pos = n = 0
    for one in _ORPHAN_ONE.finditer(run):
        syllable = one.group(1)
        if one.start() != pos or not (has_tone_mark(syllable) and is_pinyin_syllable(syllable)):
            break
        pos = one.end()
        n += 1
    return run[pos:], n


def strip_pinyin(text: str, repairs: Repairs) -> str:
    if ")" not in text:
        return text
    # _has_toned_evidence of the page as given, read when a run is first judged (most pages have none)
    page, toneless = text, []
    removed = 0
    # run -> (what is kept of it, annotations removed). A run's verdict depends only on
    # the run and on `toneless_allowed`, and an annotated page repeats the same
    # runs over and over (000: 1600 runs, under 100 distinct), so each is judged once.
    verdicts: dict[str, tuple[str, int]] = {}

    def judge_run(run: str) -> tuple[str, int]:
        if not toneless:
            toneless.append(_has_toned_evidence(page))
        toneless_allowed = toneless[0]
        if run.count("(") == 1:  # the usual run: one annotation
            return ("", 1) if is_annotation(run[1:-1], toneless_allowed) else (run, 0)
        pos = n = 0
        # Strip annotations from the left; stop at the first real parenthesis.
        for one in _ONE.finditer(run):
            if one.start() != pos or not is_annotation(one.group(1), toneless_allowed):
                break
            pos = one.end()
            n += 1
        return run[pos:], n

    def drop_runs(text: str) -> str:
        """_ANNOTATIONS.sub with each run replaced by what is kept of it, without a call per run:
        the split gives the text between the runs and, at the odd indexes, the runs, which are
        judged once each and counted in bulk."""
        nonlocal removed
        pieces = _ANNOTATION_RUNS.split(text)
        if len(pieces) == 1:
            return text
        runs = pieces[1::2]
        distinct = set(runs)
        for run in distinct.difference(verdicts):
            verdicts[run] = judge_run(run)
        found = {verdicts[run] for run in distinct}
        if len({n for _, n in found}) == 1:  # 000: every run is one annotation, removed
            removed += len(runs) * next(iter(found))[1]
        else:
            removed += sum(verdicts[run][1] for run in runs)
        if {kept for kept, _ in found} == {""}:
            return "".join(pieces[::2])
        pieces[1::2] = [verdicts[run][0] for run in runs]
        return "".join(pieces)

    def drop_orphans(m: re.Match[str]) -> str:
        nonlocal removed
        kept, n = leading_orphans(m.group())
        removed += n
        return kept

    # Removing one annotation can bring another next to its character
    # (`區qū)(qū)`), so repeat until nothing changes; each round shortens the text.
    while True:
        before = removed
        text = drop_runs(text)
        if _LETTER_PAREN.search(text):
            text = _ORPHAN.sub(drop_orphans, text)
        if removed == before:
            break
    repairs.add("pinyin_removed", removed)
    return text
