"""Step 2 — mojibake: repair GBK text that was decoded one byte off after a lost byte.

The mechanism (seed 000, `發(fā)布“四?!卑酌麊纹髽I(yè)和項(xiàng)目`): somewhere on its way
the GBK file lost the lead byte of 保 (B1 A3), and a `?` took its place. A GBK
decoder then paired every trail byte with the next lead byte:

    original   保      ”      白      名      單      企      業
    bytes      B1 A3 | A1 B1 | B0 D7 | C3 FB | 86 CE | C6 F3 | 98 49
    decoded    ?  ！(A3 A1) 卑(B1 B0) 酌 麊 纹 髽(F3 98) I(49)

until a trail byte in the ASCII range (業 = 98 49 ends in `I`) put it back in
step. Later the full-width `！` was narrowed to `!`. Three other endings occur:
the input ends on a lone byte (a `?` is the last character);
the last lead byte meets an ASCII byte that cannot be a trail (`(` of the
pinyin `(chuàng)`), and the decoder writes one `?` for both (`紕?chuàng)`); or
it meets an ASCII byte that can (0x40-0x7E), which disappears into a last
odd character.

The repair re-encodes the run after the `?` to GBK (undoing the narrowing of
！？；：，（）), drops the first byte (the trail of the lost character), and
re-pairs the rest. It keeps the result only when
- the bytes re-pair into valid GBK characters and the run ends at a point
  where the decoder falls back in step (as above);
- the repaired characters read clearly more like Chinese than the garbage
  (mean surprise, data/common_hanzi.tsv, lower by `MARGIN_BITS`), with at
  most one character in six outside the common list;
- a pinyin annotation right after the run agrees with the document's own
  annotations of the repaired character (`I(yè)` -> 業, annotated yè elsewhere).

What the bytes no longer determine is marked, never guessed: the lost
character becomes the gap mark 〓 (U+3013 GETA MARK, the typesetter's sign for
an illegible character; hanzi.GAP_MARK), except when a pinyin annotation and
the surviving byte leave exactly one character the document itself annotates
with that reading (`紕?chuàng)`: lead byte 84 + chuàng -> 創). A `?` directly
before an orphan annotation (`?jiǎng)`) is a character lost with the `(` after
it: it becomes `〓(jiǎng)` so the pinyin step can drop the reading.

Counted: mojibake_runs, mojibake_chars_recovered, mojibake_gaps.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from govreport.clean.hanzi import (
    SYLLABLE,
    CJK_CLASS,
    GAP_MARK,
    TONE_MARKED,
    char_cost,
    common_ranks,
    is_cjk,
    is_pinyin_syllable,
)
from govreport.clean.repairs import Repairs

# Full-width punctuation a later pass narrowed to ASCII (000 prints `!` for the ！ = A3 A1).
NARROWED = {"!": "！", "?": "？", ";": "；", ":": "：", ",": "，", "(": "（", ")": "）"}
LOST_BYTE = "?\ufffd"
MAX_RUN = 400  # characters; a run ends at the first ASCII byte, far apart in simplified GBK
MAX_READINGS = 64  # readings of the `?` inside one run tried at most
MARGIN_BITS = 3.0
GAP_BITS = 10.0  # what a gap costs in the comparison: about a mid-frequency character
# A lone ASCII byte between Chinese characters, or one carrying a pinyin
# annotation (`髽I(yè)`), is what a resynchronising decoder leaves; prose never does.
LONE_ASCII_BITS = 24.0
UNCOMMON_SHARE = 1 / 6
# In a run, an unreadable pair (GBK's unassigned areas: about one pair in seven)
# is far likelier than the pair A3 BF that reads ？; the ？ reading pays this much.
NARROWED_MARK_BITS = 1.5

_SYLLABLE = SYLLABLE
_ANNOTATION_AT = re.compile(f"\\(({_SYLLABLE})\\)")
_ORPHAN_AT = re.compile(f"({_SYLLABLE})\\)")
_ASCII_COMMA_IN_CHINESE = re.compile(f"[{CJK_CLASS}],[{CJK_CLASS}]")


@lru_cache(maxsize=4)
def _marker_patterns(markers: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a lost-byte marker that may start a run, a marker right before an orphan annotation `?jiǎng)`).

    Built for the markers a page actually holds (`?`, U+FFFD or both, see `_markers`): re finds
    one fixed character many times faster than a class of two, and a page rarely holds both.
    """
    marker = "[" + re.escape(markers) + "]"
    return (
        re.compile(f"{marker}(?=[^\\x00-\\x7f]|[!?;:,()])"),
        re.compile(f"{marker}(?={_SYLLABLE}\\))"),
    )


def _markers(text: str) -> str:
    return "".join(ch for ch in LOST_BYTE if ch in text)


@lru_cache(maxsize=8192)
def _gbk(ch: str) -> bytes | None:
    try:
        return ch.encode("gbk")
    except UnicodeEncodeError:
        return None


@lru_cache(maxsize=65536)  # at most 256 x 256 pairs; a damaged run is re-read many ways (try_run)
def _gbk_char(pair: bytes) -> str | None:
    """The character a strict GBK decoder reads from two bytes, or None."""
    try:
        ch = pair.decode("gbk")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 else None


class PinyinMap:
    """The readings a document's own pinyin annotations give its characters.

    Looked up one character (or one syllable) at a time, when a repair asks: a
    document with pinyin has thousands of annotations, a repair asks about a few.
    """

    def __init__(self, text: str):
        self.text = text
        self._readings: dict[str, set[str]] = {}
        self._chars: dict[str, set[str]] = {}

    @classmethod
    def of(cls, text: str) -> PinyinMap:
        return cls(text)

    def readings(self, ch: str) -> set[str]:
        """The syllables the document annotates `ch` with (`業(yè)` -> {yè}); empty if none."""
        found = self._readings.get(ch)
        if found is None:
            found = set()
            if is_cjk(ch):
                for syllable in re.findall(re.escape(ch) + f"\\(({_SYLLABLE})\\)", self.text):
                    if is_pinyin_syllable(syllable):
                        found.add(syllable)
            self._readings[ch] = found
        return found

    def chars(self, syllable: str) -> set[str]:
        """The characters the document annotates with `syllable`; empty if none."""
        found = self._chars.get(syllable)
        if found is None:
            found = set()
            if is_pinyin_syllable(syllable):
                text = self.text
                for m in re.finditer(r"\(" + re.escape(syllable) + r"\)", text):
                    if m.start() and is_cjk(text[m.start() - 1]):
                        found.add(text[m.start() - 1])
            self._chars[syllable] = found
        return found


@dataclass
class Repair:
    start: int  # the lost-byte marker
    end: int  # one past the last character replaced
    text: str
    recovered: int
    gaps: int


def _orphan_syllable(text: str, pos: int) -> str | None:
    """The tone-marked syllable of an orphan annotation `chuàng)` starting at `pos`."""
    m = _ORPHAN_AT.match(text, pos)
    if m and any(c in TONE_MARKED for c in m.group(1)) and is_pinyin_syllable(m.group(1)):
        return m.group(1)
    return None


def _lone_ascii(ch: str) -> bool:
    return len(ch) == 1 and 0x40 <= ord(ch) <= 0x7E


# A run's verdict, kept for the next pass over the same page (`repair_mojibake`), indexed by
# the first characters after its marker: (the text the walk read from the marker on, whether
# that text ran to the end of the page, the narrowed setting, the repair as (length replaced,
# text, recovered, gaps) or None).
Verdict = tuple[str, bool, bool, "tuple[int, str, int, int] | None"]
VERDICT_KEY = 8  # characters after a marker that index the verdicts (every walk reads more)


class _Repairer:
    def __init__(self, text: str, verdicts: dict[str, list[Verdict]] | None = None):
        self.text = text
        self._pinyin: PinyinMap | None = None
        self.pinyin_asked = False
        self._promise: dict[int, float] = {}
        self._next_stop: dict[int, int] = {}
        # position -> (`?` a walk from there visits, the farthest character it looks at) (`_Walk._visits`)
        self.free_visits: dict[int, tuple[int, int]] = {}
        self._steps: dict[str, tuple[int, float, int, int]] = {}
        # A run's verdict depends only on the text its walk read, unless it asked the page's
        # pinyin (which a repair elsewhere can change); the next pass reuses the others.
        self.verdicts = {} if verdicts is None else verdicts
        # Was full-width punctuation narrowed after the damage? Seed 000 prints ASCII
        # `,` between Chinese characters and never `，`; then a `!` or `?` inside a
        # run may stand for ！ or ？. A document printing `，` was not narrowed.
        self.narrowed = "，" not in text and _ASCII_COMMA_IN_CHINESE.search(text) is not None

    @property
    def pinyin(self) -> PinyinMap:
        self.pinyin_asked = True
        if self._pinyin is None:
            self._pinyin = PinyinMap.of(self.text)
        return self._pinyin

    def promise(self, j: int) -> float:
        """At most how many bits a reading gains over its garbage from the character at `j` on.

        Each character it could still take adds its garbage cost, less the least its repaired
        pair can cost (whatever the `?` before it were read as); a reading can end only where
        the walk ends one (a `?`, a lone ASCII letter, a trail byte in the ASCII range), paying
        what that ending writes. -inf where no reading goes on (a stop, a pair no decoder reads).
        `_Walk` leaves a branch that cannot beat its best reading.
        """
        memo = self._promise
        text = self.text
        steps: list[tuple[float, float]] = []  # (gain if the reading goes on, gain if it ends here)
        k = j
        after = -math.inf  # the promise after the last character scanned
        while True:
            if k in memo:
                after = memo[k]
                break
            if k >= len(text):
                break
            ch = text[k]
            k += 1
            if ch in LOST_BYTE:
                if k == len(text):
                    steps.append((-math.inf, _garbage_cost(ch) - GAP_BITS))  # the last pair is a gap
                    break
                if _orphan_syllable(text, k):
                    steps.append((-math.inf, LONE_ASCII_BITS))
                    break
                least = GAP_BITS  # read as a lost pair
                if ch == "?" and self.narrowed:  # or as a narrowed ？, after whatever came before
                    for pending in self._pendings(text[k - 2]):
                        least = min(least, NARROWED_MARK_BITS + (GAP_BITS if pending is None else _pair_cost(pending, 0xA3)))
                # Ending here writes a gap for the last pair and one for the swallowed character.
                steps.append((_garbage_cost(ch) - least, _garbage_cost(ch) - 2 * GAP_BITS))
            elif _lone_ascii(ch):
                steps.append((-math.inf, _garbage_cost(ch)))
                break
            elif ch in NARROWED and not self.narrowed:
                steps.append((-math.inf, -math.inf))
                break
            else:
                b = _gbk(NARROWED.get(ch, ch))
                if b is None or len(b) != 2:
                    steps.append((-math.inf, -math.inf))
                    break
                least = min(((GAP_BITS if pending is None else _pair_cost(pending, b[0]))
                             for pending in self._pendings(text[k - 2])), default=math.inf)
                gain = _garbage_cost(ch) - least
                steps.append((gain, gain if 0x40 <= b[1] <= 0x7E else -math.inf))
        for go_on, end_here in reversed(steps):
            k -= 1
            after = memo[k] = max(end_here, go_on + after)
        return after

    def step(self, ch: str) -> tuple[int, float, int, int]:
        """(what the walk does at `ch`, its garbage cost, its GBK lead and trail byte) for `_Walk.walk`."""
        found = self._steps.get(ch)
        if found is None:
            lead = trail = 0
            if ch in LOST_BYTE:
                kind = _LOST
                lead, trail = _gbk("？") or b"\xa3\xbf"  # what a narrowed ？ re-encodes to
            elif _lone_ascii(ch):
                kind = _LONE_ASCII
            elif ch in NARROWED and not self.narrowed:
                kind = _STOP
            else:
                b = _gbk(NARROWED.get(ch, ch))
                kind = _PAIR if b is not None and len(b) == 2 else _STOP
                if kind == _PAIR:
                    lead, trail = b
            found = self._steps[ch] = (kind, _garbage_cost(ch), lead, trail)
        return found

    def next_stop(self, k: int) -> int:
        """The first `?` (or U+FFFD) at or after `k`, or the first character a walk stops at
        (`_Walk.walk`), or the end of the page. Found once per stretch of the page: every run
        that reaches the stretch asks, and a page full of runs reaches each many times."""
        found = self._next_stop.get(k)
        if found is None:
            text = self.text
            found = k
            while found < len(text) and self.step(text[found])[0] == _PAIR:
                found += 1
            self._next_stop.update(dict.fromkeys(range(k, found + 1), found))
        return found

    def _pendings(self, prev: str) -> tuple[int | None, ...]:
        """The trail bytes a reading can carry out of the character `prev` (None: a lost pair)."""
        if prev in LOST_BYTE:
            return (None, 0xBF) if prev == "?" and self.narrowed else (None,)
        b = _gbk(NARROWED.get(prev, prev))
        return (b[1],) if b is not None and len(b) == 2 else ()

    def resolve(self, lead: int, syllable: str) -> str | None:
        """The one character the document annotates `syllable` whose GBK lead byte is `lead`
        and whose trail byte is one a decoder pairs with `(` into a `?` (0x81-0xFE)."""
        found = []
        for ch in self.pinyin.chars(syllable):
            b = _gbk(ch)
            if b is not None and len(b) == 2 and b[0] == lead and b[1] >= 0x81:
                found.append(ch)
        return found[0] if len(found) == 1 else None

    def try_run(self, start: int) -> Repair | None:
        """Repair the run after the lost-byte marker at `start`, or None if it is not one.

        Every way the run can end (see the module docstring) and every reading of
        a `?` inside it (a narrowed ？, or a pair the decoder could not read) is
        judged; the reading that beats its garbage by the most bits wins, and is
        used only if it also passes the plausibility tests (a wrong reading must
        not win because the right one, honest about its gaps, fell short).

        The readings are walked depth first, at most MAX_READINGS `?` visited per run,
        and each is judged as the walk reaches it (see `_Walk`): the repaired pairs,
        their costs and counts grow with the walk instead of being recomputed for
        every reading, which made a page full of `?` cost seconds.
        """
        text = self.text
        key = text[start : start + VERDICT_KEY]
        for read, to_end, narrowed, verdict in self.verdicts.get(key, ()):
            if narrowed == self.narrowed and text.startswith(read, start) and to_end == (start + len(read) == len(text)):
                return None if verdict is None else Repair(start, start + verdict[0], verdict[1], verdict[2], verdict[3])
        self.pinyin_asked = False
        walk = _Walk(self, start)
        found = walk.best()
        if not self.pinyin_asked:
            # What the walk read: up to the farthest character it stepped on, and the pinyin
            # annotation it may have looked at after it (`(chuàng)`: at most 8 characters).
            read = text[start : walk.reach + 9]
            verdict = None if found is None else (found.end - start, found.text, found.recovered, found.gaps)
            self.verdicts.setdefault(key, []).append((read, start + len(read) == len(text), self.narrowed, verdict))
        return found

    def pinyin_agrees(self, ch: str, pos: int) -> bool:
        """An annotation after the run, `(yè)`, must be one the document gives `ch` (if it annotates `ch` at all)."""
        m = _ANNOTATION_AT.match(self.text, pos)
        if m is None:
            return True
        known = self.pinyin.readings(ch)
        return not known or m.group(1) in known


@lru_cache(maxsize=65536)  # the characters a repair can write: GBK's, a few thousand at most
def _repaired_traits(ch: str) -> tuple[float | None, bool, bool, bool, bool]:
    """(cost in the comparison or None if not counted, gap?, real?, CJK?, uncommon?) of one repaired character."""
    if ch == GAP_MARK:
        return GAP_BITS, True, False, False, False
    if ord(ch) <= 0x7F:
        return None, False, False, False, False
    cjk = is_cjk(ch)
    return char_cost(ch), False, True, cjk, cjk and ch not in common_ranks()


_GAP_TRAITS = _repaired_traits(GAP_MARK)


@lru_cache(maxsize=65536)  # at most 256 x 256 pairs
def _pair(lead: int, trail: int) -> tuple[str | None, tuple[float | None, bool, bool, bool, bool]]:
    """The character two bytes read as (None if no decoder reads them) and its `_repaired_traits`."""
    ch = _gbk_char(bytes((lead, trail)))
    return ch, (_GAP_TRAITS if ch is None else _repaired_traits(ch))


@lru_cache(maxsize=65536)
def _pair_cost(lead: int, trail: int) -> float:
    """What the character two bytes read as costs in the comparison; inf if no decoder reads them."""
    ch, traits = _pair(lead, trail)
    return math.inf if ch is None else traits[0] or 0.0


@lru_cache(maxsize=65536)
def _garbage_cost(ch: str) -> float:
    """What one character of the garbage costs (a swallowed `(` costs LONE_ASCII_BITS instead: `紕?chuàng)`)."""
    return LONE_ASCII_BITS if ord(ch) < 0x80 and ch not in NARROWED else char_cost(NARROWED.get(ch, ch))


# `_Repairer.promise` adds floats in another order than a reading's judgement; far more than its rounding.
PROMISE_SLACK = 1e-6
# What the walk does at a character (`_Repairer.step`).
_PAIR, _LOST, _LONE_ASCII, _STOP = range(4)
_EMPTY = -1  # no byte read yet: the first byte of a run is the trail of the lost character


class _Walk:
    """The readings of one run, walked depth first and judged as the walk reaches them.

    A reading is the bytes of the run re-paired: each pair is the trail byte of one
    element (a character re-encoded, a lost pair, a narrowed ？) and the lead byte of the
    next. A branch of the walk carries the sums and counts of the pairs it completed, so
    judging a reading adds only its last pair and tail (a page full of `?` has thousands
    of runs, each read up to MAX_READINGS ways; re-judging every reading from its first
    byte made such a page cost seconds). The sums are added in the order of the
    characters, as the judgement of a whole reading adds them, so every reading gets the
    same score to the last bit and the same reading wins.

    A branch that completed a pair no GBK decoder reads cannot give a reading any more,
    and one whose gain so far plus the most the rest of the run can add
    (`_Repairer.promise`) does not beat the best reading cannot change the verdict; the
    `?` either would still visit are counted (`_visits`) and taken from the budget without
    being walked, so the readings after it are the ones the full walk reaches, and the
    verdict is the full walk's.
    """

    def __init__(self, repairer: _Repairer, start: int):
        self.repairer = repairer
        self.text = repairer.text
        self.narrowed = repairer.narrowed
        self.start = start
        self.limit = min(len(self.text), start + 1 + MAX_RUN)
        self.budget = MAX_READINGS
        self.chars: list[str] = []  # characters of the pairs completed on the current branch
        self.best_gain: float | None = None
        self.best_repair: Repair | None = None
        self.best_plausible = False
        self._visits_from: dict[int, int] = {}
        self.reach = start + 1  # one past the farthest character the walk stepped on

    def best(self) -> Repair | None:
        self.walk(self.start + 1, _EMPTY, 0, GAP_BITS, 1, 0, 1, 0, 0, False, 0.0, 0)
        return self.best_repair if self.best_repair is not None and self.best_plausible else None

    def walk(self, j: int, pending: int | None, dead: int, rsum: float, rcount: int, recovered: int, gaps: int,
             real: int, uncommon: int, cjk: bool, gsum: float, marks: int) -> None:
        """Walk on from `j`; `pending` is the trail byte of the last element (None: lost, _EMPTY: none yet),
        `rsum`.. `cjk` the judgement of the repaired characters so far (the leading gap included),
        `gsum` the cost of the garbage before `j`, `dead` set once a pair is unreadable."""
        text = self.text
        chars = self.chars
        base = len(chars)
        narrowed = self.narrowed
        promised = self.repairer._promise
        step_of = self.repairer.step
        try:
            while j < self.limit and self.budget > 0:
                if dead or (
                    j > self.start + 1
                    and self.best_gain is not None
                    and gsum - rsum - NARROWED_MARK_BITS * marks
                    + (promised[j] if j in promised else self.repairer.promise(j)) + PROMISE_SLACK
                    <= self.best_gain
                ):
                    # No reading from here on can be read, or beat the best one: only the
                    # budget they would use is taken.
                    self.budget -= min(self.budget, self._visits(j))
                    return
                ch = text[j]
                kind, cost, lead, trail = step_of(ch)
                if kind == _LOST:
                    self.budget -= 1
                    if j + 1 == len(text):
                        # Input ended on a lone byte: the trail of the last character is gone,
                        # nothing after it was swallowed.
                        self.finish(j + 1, "truncated", pending, None, rsum, rcount, recovered, gaps, real,
                                    uncommon, cjk, gsum + cost, marks)
                        return
                    syllable = _orphan_syllable(text, j + 1)
                    if syllable:
                        # The last lead byte swallowed the `(` of an annotation: `紕?chuàng)`.
                        self.finish(j + 1, "swallowed_paren", pending, syllable, rsum, rcount, recovered, gaps,
                                    real, uncommon, cjk, gsum + LONE_ASCII_BITS, marks)
                        return
                    # The last lead byte met an ASCII byte that cannot be a trail (a digit, `,`):
                    # the decoder wrote one `?` for both and fell back in step.
                    self.finish(j + 1, "swallowed_ascii", pending, None, rsum, rcount, recovered, gaps, real,
                                uncommon, cjk, gsum + cost, marks)
                    # Or a pair it could not read (GBK's unassigned areas), still out of step.
                    if pending == _EMPTY:
                        self.walk(j + 1, None, dead, rsum, rcount, recovered, gaps, real, uncommon, cjk,
                                  gsum + cost, marks)
                    else:
                        chars.append(GAP_MARK)
                        self.walk(j + 1, None, dead, rsum + GAP_BITS, rcount + 1, recovered, gaps + 1, real,
                                  uncommon, cjk, gsum + cost, marks)
                        del chars[-1]
                    if ch != "?" or not narrowed:
                        return
                    marks += 1  # or a narrowed ？ (its bytes: `lead`, `trail`)
                elif kind == _LONE_ASCII:
                    self.finish(j + 1, "ascii_trail", pending, ch, rsum, rcount, recovered, gaps, real,
                                uncommon, cjk, gsum + cost, marks)
                    return
                elif kind == _STOP:
                    return  # real ASCII punctuation (the decoder was in step here), or no GBK pair
                if pending != _EMPTY:
                    if pending is None:
                        pair = GAP_MARK
                        traits = _GAP_TRAITS
                    else:
                        pair, traits = _pair(pending, lead)
                        if pair is None:
                            dead = 1
                        else:
                            recovered += 1
                    if pair is not None:
                        pair_cost, is_gap, is_real, is_cjk_char, is_uncommon = traits
                        if pair_cost is not None:
                            rsum += pair_cost
                            rcount += 1
                        gaps += is_gap
                        real += is_real
                        uncommon += is_uncommon
                        cjk = cjk or is_cjk_char
                        chars.append(pair)
                pending = trail
                if 0x40 <= trail <= 0x7E and not dead:
                    # The last lead byte may have been paired with an ASCII character.
                    self.finish(j + 1, "ascii_swallowed", pending, None, rsum, rcount, recovered, gaps, real,
                                uncommon, cjk, gsum + cost, marks)
                gsum += cost
                j += 1
        finally:
            del chars[base:]
            if j >= self.reach:
                self.reach = j + 1

    def finish(self, end: int, ending: str, pending: int | None, extra: str | None, rsum: float, rcount: int,
               recovered: int, gaps: int, real: int, uncommon: int, cjk: bool, gsum: float, marks: int) -> None:
        """Judge the reading that ends at `end` this way; keep it if it beats the best so far.

        `extra` is the annotation's syllable for `swallowed_paren`, the ASCII character for `ascii_trail`.
        """
        last: list[str] = []  # the last pair (with the byte that ended the run) and the tail
        if ending == "ascii_swallowed":
            last.append(chr(pending or 0))  # the ASCII character the last lead byte was paired with
        elif ending == "ascii_trail":
            if pending != _EMPTY:
                if pending is None:
                    last.append(GAP_MARK)
                else:
                    pair = _gbk_char(bytes((pending, ord(extra or "\0"))))
                    if pair is None:
                        return
                    last.append(pair)
                    recovered += 1
            if not self.repairer.pinyin_agrees(last[-1] if last else GAP_MARK, end):
                return
        else:
            if pending != _EMPTY:
                pair = None
                if ending == "swallowed_paren" and pending is not None and extra:
                    pair = self.repairer.resolve(pending, extra)
                    recovered += pair is not None
                last.append(pair or GAP_MARK)
            if ending == "swallowed_paren":
                last.append("(")
            elif ending == "swallowed_ascii":
                last.append(GAP_MARK)  # the ASCII character (a digit, `,` ...) the `?` swallowed
        for ch in last:  # added up as `walk` adds each pair (written out there: its innermost loop)
            ch_cost, is_gap, is_real, is_cjk_char, is_uncommon = _repaired_traits(ch)
            if ch_cost is not None:
                rsum += ch_cost
                rcount += 1
            gaps += is_gap
            real += is_real
            uncommon += is_uncommon
            cjk = cjk or is_cjk_char
        gain = gsum - rsum
        # Reading a `?` as a narrowed ？ rather than an unreadable pair must earn it.
        gain = gain - NARROWED_MARK_BITS * marks
        if self.best_gain is not None and not gain > self.best_gain:
            return
        margin = gsum / (end - self.start - 1) - rsum / rcount
        self.best_gain = gain
        self.best_repair = Repair(self.start, end, GAP_MARK + "".join(self.chars) + "".join(last), recovered, gaps)
        self.best_plausible = (
            recovered >= max(1, gaps)
            and cjk
            and uncommon <= UNCOMMON_SHARE * real
            and margin >= MARGIN_BITS
        )

    def _visits(self, j: int) -> int:
        """How many `?` the walk from `j` visits with an unlimited budget (capped above MAX_READINGS).

        Counted along the `?` from `j` on to where a walk stops; a count that stopped before this
        walk's limit holds for every run of the page (`_Repairer.free_visits`), the others for this one.
        """
        memo = self._visits_from
        free = self.repairer.free_visits
        text = self.text
        chain: list[tuple[int, int]] = []  # (where a scan started, the `?` it stopped at)
        k = j
        last = self.limit  # the farthest character the count looked at
        while True:
            if k in memo:
                visits = memo[k]
                break
            known = free.get(k)
            if known is not None and known[1] < self.limit:
                visits, last = known
                break
            q = min(self.repairer.next_stop(k), self.limit)
            last = q
            visits = 0
            if q == self.limit or text[q] not in LOST_BYTE:
                pass
            elif q + 1 == len(text) or _orphan_syllable(text, q + 1):
                visits = 1
            else:
                chain.append((k, q))
                k = q + 1
                continue
            chain.append((k, -1))
            break
        if last >= self.reach:
            self.reach = last + 1
        for k, q in reversed(chain):
            if q >= 0:
                # After the `?`: the walk as a lost pair, then again as a narrowed ？.
                visits = min(1 + visits * (2 if text[q] == "?" and self.narrowed else 1), MAX_READINGS + 1)
            if last < self.limit:
                free[k] = (visits, last)
            else:
                memo[k] = visits
        return visits



def _repair_once(text: str, repairs: Repairs, verdicts: dict[str, list[Verdict]] | None = None) -> str:
    markers = _markers(text)
    if not markers:
        return text
    repairer = _Repairer(text, verdicts)
    pieces: list[str] = []
    pos = 0
    candidate, _ = _marker_patterns(markers)
    for m in candidate.finditer(text):
        if m.start() < pos:
            continue
        found = repairer.try_run(m.start())
        if found is None:
            continue
        pieces.append(text[pos : found.start])
        pieces.append(found.text)
        pos = found.end
        repairs.add("mojibake_runs", 1)
        repairs.add("mojibake_chars_recovered", found.recovered)
        repairs.add("mojibake_gaps", found.gaps)
    pieces.append(text[pos:])
    text = "".join(pieces)

    # A marker right before an orphan annotation that no run explained: the
    # character and the `(` after it are lost; keep the reading for the pinyin step.
    def lone(m: re.Match[str]) -> str:
        if _orphan_syllable(m.string, m.end()) is None:
            return m.group()
        repairs.add("mojibake_gaps", 1)
        return GAP_MARK + "("

    markers = _markers(text)
    if ")" in text and markers:
        _, lone_orphan = _marker_patterns(markers)
        text = lone_orphan.sub(lone, text)
    return text


def repair_mojibake(text: str, repairs: Repairs) -> str:
    if "?" not in text and "\ufffd" not in text:
        return text
    # A repair can change the context of a later candidate; settle to a fixed point.
    # The runs a repair did not touch get the same verdict in the next pass: kept, not walked again.
    verdicts: dict[str, list[Verdict]] = {}
    for _ in range(3):
        before = text
        text = _repair_once(text, repairs, verdicts)
        if text == before:
            break
    return text
