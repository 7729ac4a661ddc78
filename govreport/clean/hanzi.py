"""Character knowledge shared by the clean steps: CJK ranges, common characters, pinyin syllables.

The tables live in govreport/data/ (common_hanzi.tsv, pinyin_syllables.txt) and
are loaded once, on first use.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"

# What clean strips around a line: spaces of any width, tabs, a stray CR or BOM.
LINE_SPACE = " \t\u3000\xa0\r\ufeff"

# U+3013 GETA MARK: the conventional sign for an illegible character in Chinese
# typesetting. The mojibake step writes it where a byte is truly lost.
GAP_MARK = "\u3013"

# Unified ideographs, extension A, compatibility ideographs and the supplementary planes.
CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_CHAR = re.compile(f"[{CJK_CLASS}]")

# Tone-marked vowels a pinyin annotator writes (ü with tones, and the rare syllabic m/n).
TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ"
# One pinyin syllable as a converter writes it (tone marks or plain letters); shared by pinyin.py and mojibake.py.
SYLLABLE = f"[a-zü{TONE_MARKED}]{{1,6}}"
_TONE_STRIP = {ord(c): unicodedata.normalize("NFD", c)[0] for c in TONE_MARKED}
_TONE_STRIP[ord("ǖ")] = _TONE_STRIP[ord("ǘ")] = _TONE_STRIP[ord("ǚ")] = _TONE_STRIP[ord("ǜ")] = "ü"

# Cost, in bits, of a character nobody ranked: rarer than the 6000 listed.
UNRANKED_BITS = 15.0
# Chinese punctuation is as ordinary as a common character.
CHINESE_PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』—…·"


def is_cjk(ch: str) -> bool:
    return CJK_CHAR.match(ch) is not None


@lru_cache(maxsize=1)
def common_ranks() -> dict[str, int]:
    """character (simplified or traditional) -> frequency rank, 1 = most frequent."""
    ranks: dict[str, int] = {}
    rank = 0
    for line in (DATA / "common_hanzi.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        rank += 1
        simplified, _, traditional = line.partition("\t")
        for ch in simplified + traditional:
            ranks.setdefault(ch, rank)
    return ranks


def _char_cost(ch: str) -> float:
    rank = common_ranks().get(ch)
    if rank is not None:
        return math.log2(rank + 1)
    if ch in CHINESE_PUNCTUATION:
        return 6.0
    if is_cjk(ch):
        return UNRANKED_BITS
    # Kana, Cyrillic, Greek, box drawing, private use ...: GBK holds them, Chinese prose rarely does.
    return UNRANKED_BITS + 3.0


class _CostTable(dict):
    """character -> _char_cost(character); a character not yet in the table is added on first use."""

    def __missing__(self, ch: str) -> float:
        cost = self[ch] = _char_cost(ch)
        return cost


@lru_cache(maxsize=1)
def char_costs() -> dict[str, float]:
    """The cost table (decoding scores every character of a sample: a lookup, not a computation)."""
    table = _CostTable()
    for ch in (*common_ranks(), *CHINESE_PUNCTUATION):
        table[ch] = _char_cost(ch)
    return table


def char_cost(ch: str) -> float:
    """How surprising `ch` is in Chinese running text, in bits (lower reads more natural)."""
    return char_costs()[ch]


def mean_cost(chars: str) -> float:
    return sum(map(char_costs().__getitem__, chars)) / len(chars) if chars else UNRANKED_BITS


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    lines = (DATA / "pinyin_syllables.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def strip_tones(syllable: str) -> str:
    return syllable.translate(_TONE_STRIP)


_TONE_MARKS = frozenset(TONE_MARKED)


def has_tone_mark(syllable: str) -> bool:
    return not _TONE_MARKS.isdisjoint(syllable)


@lru_cache(maxsize=8192)  # a closed set: the syllables of Mandarin, as written in a document
def is_pinyin_syllable(syllable: str) -> bool:
    """A lowercase Mandarin syllable, tone-marked or not (`chuàng`, `lǜ`, `de`); `v` stands for ü."""
    if not syllable or syllable != syllable.lower():
        return False
    plain = strip_tones(syllable).replace("v", "ü")
    return plain in pinyin_syllables()
