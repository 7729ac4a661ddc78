"""Regenerate govreport/data/common_hanzi.tsv from jieba's dictionary and OpenCC.

Run with the project venv: `.venv/bin/python scripts/build_hanzi_data.py`.

Character frequency = the summed frequency of every jieba dictionary word that
contains the character (jieba 0.42.1 dict.txt, MIT licence); traditional
entries in that dictionary are folded into their simplified character with
OpenCC t2s, and each line lists the traditional forms OpenCC t2s maps onto the
simplified character, so the ranks serve traditional text too.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import jieba
import opencc

TOP = 6000
OUT = Path(__file__).resolve().parents[1] / "govreport" / "data" / "common_hanzi.tsv"


def main() -> None:
    dict_txt = Path(jieba.__file__).parent / "dict.txt"
    freq: Counter[str] = Counter()
    for line in dict_txt.read_text(encoding="utf-8").splitlines():
        word, count, *_ = line.split()
        for ch in word:
            if "\u4e00" <= ch <= "\u9fff":
                freq[ch] += int(count)
    converter = opencc.OpenCC("t2s")
    chars = [chr(cp) for cp in [*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000)]]
    simplified = converter.convert("\n".join(chars)).split("\n")
    to_simplified = {t: s for t, s in zip(chars, simplified) if t != s and len(s) == 1}
    traditional_forms: dict[str, list[str]] = {}
    for t, s in to_simplified.items():
        traditional_forms.setdefault(s, []).append(t)
    folded: Counter[str] = Counter()
    for ch, count in freq.items():
        folded[to_simplified.get(ch, ch)] += count
    lines = [
        "# The most frequent Chinese characters, most frequent first (line order = rank).",
        "# Column 1: the simplified character; column 2: the traditional forms OpenCC t2s",
        "# maps onto it (empty when none). Built by scripts/build_hanzi_data.py from the",
        "# word frequencies of jieba 0.42.1's dict.txt (MIT licence) and OpenCC t2s (opencc 1.4).",
        "# Used to judge which decoding or mojibake repair reads more like Chinese; add",
        "# a character at the end if a real document needs it counted as common.",
    ]
    for ch, _ in folded.most_common(TOP):
        lines.append(f"{ch}\t{''.join(traditional_forms.get(ch, []))}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
