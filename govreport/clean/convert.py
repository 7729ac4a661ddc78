"""Step 4 — convert: traditional characters to simplified with OpenCC t2s.

Only a document written in traditional characters is converted (seed 000,
`洛龍區...`); a simplified document is returned untouched, byte for byte,
because OpenCC also rewrites characters that are correct in simplified text
(`乾安` becomes `干安`, `於潜` becomes `于潜`). A document counts as traditional
when at least `TRADITIONAL_SHARE` of its CJK characters are ones t2s changes:
running traditional prose has 20-35 % of them, simplified prose well under 1 %
(names like 乾隆, 於潜).

Place names OpenCC gets wrong are kept out of the conversion and written in
their official simplified form: govreport/data/t2s_protected.tsv.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from govreport.clean.hanzi import CJK_CLASS
from govreport.clean.repairs import Repairs

TRADITIONAL_SHARE = 0.05
PROTECTED_NAMES = Path(__file__).resolve().parents[1] / "data" / "t2s_protected.tsv"

_CJK_RUN = re.compile(f"[{CJK_CLASS}]+")
# The ranges whose characters OpenCC's t2s character table covers.
_CONVERTIBLE_RANGES = [(0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)]


@lru_cache(maxsize=1)
def _converter():
    import opencc  # heavy: only when a document needs it

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def traditional_class() -> str:
    """Every character t2s changes on its own (about 4200), escaped for a regex character class."""
    chars = [chr(cp) for lo, hi in _CONVERTIBLE_RANGES for cp in range(lo, hi)]
    converted = _converter().convert("\n".join(chars)).split("\n")
    return re.escape("".join(a for a, b in zip(chars, converted) if a != b))


@lru_cache(maxsize=1)
def _traditional_chars() -> re.Pattern[str]:
    return re.compile(f"[{traditional_class()}]")


def has_traditional(text: str, end: int | None = None) -> bool:
    """Whether `text` (or its first `end` characters) holds a character t2s changes."""
    pattern = _traditional_chars()
    return (pattern.search(text) if end is None else pattern.search(text, 0, end)) is not None


@lru_cache(maxsize=1)
def protected_names() -> dict[str, str]:
    """source form -> official simplified form, from data/t2s_protected.tsv."""
    names: dict[str, str] = {}
    for line in PROTECTED_NAMES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, simplified, *_ = line.split("\t")
        names[source.strip()] = simplified.strip()
    return names


@lru_cache(maxsize=1)
def _protected_pattern() -> re.Pattern[str] | None:
    names = sorted(protected_names(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))) if names else None


def _n_cjk(text: str) -> int:
    return sum(map(len, _CJK_RUN.findall(text)))


def _counts(text: str) -> tuple[int, int]:
    """(CJK characters, characters OpenCC t2s changes on their own) in `text`."""
    n_cjk = _n_cjk(text)
    if not n_cjk:
        return 0, 0
    return n_cjk, len(_traditional_chars().findall(text))


def traditional_share(text: str) -> float:
    """Share of the CJK characters in `text` that OpenCC t2s would change."""
    n_cjk, n_traditional = _counts(text)
    return n_traditional / n_cjk if n_cjk else 0.0


def is_traditional(text: str) -> bool:
    return traditional_share(text) >= TRADITIONAL_SHARE


def t2s(text: str) -> str:
    """OpenCC t2s with the protected place names kept out; repeated to a fixed point
    (t2s is not idempotent on a few rare characters, e.g. 薴 -> 苧 -> 苎)."""
    converter = _converter()
    pattern = _protected_pattern()
    names = protected_names()
    for _ in range(4):
        if pattern is None:
            converted = converter.convert(text)
        else:
            pieces: list[str] = []
            pos = 0
            for m in pattern.finditer(text):
                pieces.append(converter.convert(text[pos : m.start()]))
                pieces.append(names[m.group()])
                pos = m.end()
            pieces.append(converter.convert(text[pos:]))
            converted = "".join(pieces)
        if converted == text:
            break
        text = converted
    return text


def to_simplified(text: str, repairs: Repairs) -> str:
    if not _traditional_chars().search(text):
        return text  # most documents: not one character t2s would change
    n_traditional = len(_traditional_chars().findall(text))
    # The CJK characters need counting only when the traditional ones are under the share of the
    # whole text: every character t2s changes is a CJK one, so the share of the CJK ones is higher.
    if n_traditional < TRADITIONAL_SHARE * len(text) and n_traditional < TRADITIONAL_SHARE * _n_cjk(text):
        return text
    converted = t2s(text)
    if converted != text:
        repairs.add("traditional_converted", n_traditional)
    return converted
