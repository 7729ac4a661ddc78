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

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

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


def _garbage_costs(chars: str, swallowed_paren: bool) -> list[float]:
    costs = [LONE_ASCII_BITS if ord(ch) < 0x80 and ch not in NARROWED else char_cost(NARROWED.get(ch, ch)) for ch in chars]
    if swallowed_paren:
        costs[-1] = LONE_ASCII_BITS  # the `?` glued to an orphan reading: `紕?chuàng)`
    return costs


def _repaired_costs(chars: str) -> list[float]:
    return [GAP_BITS if ch == GAP_MARK else char_cost(ch) for ch in chars if ord(ch) > 0x7F]


class _Repairer:
    def __init__(self, text: str):
        self.text = text
        self._pinyin: PinyinMap | None = None
        # Was full-width punctuation narrowed after the damage? Seed 000 prints ASCII
        # `,` between Chinese characters and never `，`; then a `!` or `?` inside a
        # run may stand for ！ or ？. A document printing `，` was not narrowed.
        self.narrowed = "，" not in text and _ASCII_COMMA_IN_CHINESE.search(text) is not None

    @property
    def pinyin(self) -> PinyinMap:
        if self._pinyin is None:
            self._pinyin = PinyinMap.of(self.text)
        return self._pinyin

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
        """
        best: tuple[float, Repair, bool] | None = None
        for end, raw, ending, narrowed_marks in self._readings(start):
            judged = self.judge(start, end, raw, ending)
            if judged is None:
                continue
            # Reading a `?` as a narrowed ？ rather than an unreadable pair must earn it.
            gain = judged[0] - NARROWED_MARK_BITS * narrowed_marks
            if best is None or gain > best[0]:
                best = (gain, judged[1], judged[2])
        return best[1] if best and best[2] else None

    def _readings(self, start: int) -> Iterator[tuple[int, list[int | None], str, int]]:
        """(end, bytes, ending) for each way the run after `start` can be read; None = a lost byte."""
        text = self.text
        limit = min(len(text), start + 1 + MAX_RUN)
        budget = [MAX_READINGS]

        def walk(j: int, raw: list[int | None], marks: int) -> Iterator[tuple[int, list[int | None], str, int]]:
            # `raw` belongs to this branch of the walk and grows in place (copying it at every
            # character made a long run quadratic); every reading yielded gets its own copy.
            while j < limit and budget[0] > 0:
                ch = text[j]
                if ch in LOST_BYTE:
                    budget[0] -= 1
                    if j + 1 == len(text):
                        # Input ended on a lone byte: the trail of the last character is gone,
                        # nothing after it was swallowed.
                        yield j + 1, raw + [None], "truncated", marks
                        return
                    if _orphan_syllable(text, j + 1):
                        # The last lead byte swallowed the `(` of an annotation: `紕?chuàng)`.
                        yield j + 1, raw + [None], "swallowed_paren", marks
                        return
                    # The last lead byte met an ASCII byte that cannot be a trail (a digit, `,`):
                    # the decoder wrote one `?` for both and fell back in step.
                    yield j + 1, raw + [None], "swallowed_ascii", marks
                    # Or a pair it could not read (GBK's unassigned areas), still out of step.
                    yield from walk(j + 1, raw + [None, None], marks)
                    if ch != "?" or not self.narrowed:
                        return
                    raw.extend(_gbk("？") or b"")  # or a narrowed ？
                    marks += 1
                elif _lone_ascii(ch):
                    yield j + 1, raw + [ord(ch)], "ascii_trail", marks
                    return
                elif ch in NARROWED and not self.narrowed:
                    return  # real ASCII punctuation: the decoder was in step here
                else:
                    b = _gbk(NARROWED.get(ch, ch))
                    if b is None or len(b) != 2:
                        return
                    raw.extend(b)
                    if 0x40 <= b[1] <= 0x7E:
                        # The last lead byte may have been paired with an ASCII character.
                        yield j + 1, raw[:], "ascii_swallowed", marks
                j += 1

        yield from walk(start + 1, [], 0)

    def judge(self, start: int, end: int, raw: list[int | None], ending: str) -> tuple[float, Repair, bool] | None:
        """(gain in bits over the garbage, repair, plausible?) for one reading; None if the bytes do not fit."""
        body = raw[1:]  # raw[0] is the trail byte of the lost character
        tail: list[str] = []
        if ending == "ascii_swallowed":
            if len(body) % 2 != 1:
                return None
            tail = [chr(body[-1] or 0)]
            body = body[:-1]
        elif len(body) % 2:
            return None
        elif ending == "swallowed_paren":
            tail = ["("]
        elif ending == "swallowed_ascii":
            tail = [GAP_MARK]  # the ASCII character (a digit, `,` ...) the `?` swallowed
        n_pairs = len(body) // 2
        repaired = [GAP_MARK]
        recovered = 0
        for k in range(n_pairs):
            lead, trail = body[2 * k], body[2 * k + 1]
            if lead is not None and trail is not None:
                ch = _gbk_char(bytes((lead, trail)))
                if ch is None:
                    return None
                repaired.append(ch)
                recovered += 1
                continue
            ch = None
            if ending == "swallowed_paren" and k == n_pairs - 1 and lead is not None:
                syllable = _orphan_syllable(self.text, end)
                ch = self.resolve(lead, syllable) if syllable else None
            repaired.append(ch or GAP_MARK)
            recovered += ch is not None
        repaired += tail
        if ending == "ascii_trail" and not self.pinyin_agrees(repaired[-1], end):
            return None
        gaps = repaired.count(GAP_MARK)
        garbage_costs = _garbage_costs(self.text[start + 1 : end], ending == "swallowed_paren")
        repaired_costs = _repaired_costs("".join(repaired))
        gain = sum(garbage_costs) - sum(repaired_costs)
        margin = sum(garbage_costs) / len(garbage_costs) - sum(repaired_costs) / len(repaired_costs)
        real = [ch for ch in repaired if ch != GAP_MARK and ord(ch) > 0x7F]
        uncommon = sum(1 for ch in real if is_cjk(ch) and ch not in common_ranks())
        plausible = (
            recovered >= max(1, gaps)
            and any(is_cjk(ch) for ch in real)
            and uncommon <= UNCOMMON_SHARE * len(real)
            and margin >= MARGIN_BITS
        )
        return gain, Repair(start, end, "".join(repaired), recovered, gaps), plausible

    def pinyin_agrees(self, ch: str, pos: int) -> bool:
        """An annotation after the run, `(yè)`, must be one the document gives `ch` (if it annotates `ch` at all)."""
        m = _ANNOTATION_AT.match(self.text, pos)
        if m is None:
            return True
        known = self.pinyin.readings(ch)
        return not known or m.group(1) in known


def _repair_once(text: str, repairs: Repairs) -> str:
    markers = _markers(text)
    if not markers:
        return text
    repairer = _Repairer(text)
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
    for _ in range(3):
        before = text
        text = _repair_once(text, repairs)
        if text == before:
            break
    return text
