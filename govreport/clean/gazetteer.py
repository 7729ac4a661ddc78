"""The administrative divisions of China (GB/T 2260) and finding them in text.

The table is govreport/data/divisions.csv (how it was built: scripts/build_divisions.py,
docs/clean.md). Users add or correct rows with extra CSV files of the same
columns (`load_gazetteer(extra=[...])`); a row in an extra file replaces the
shipped row with the same code.

Names are found without looping over all ~3,300 names: every name ends in one
of 省 市 区 县 旗 盟 州, so the scanner visits only those characters and looks
up the few substrings ending there in a dict.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from govreport.errors import UsageError

DIVISIONS_CSV = Path(__file__).resolve().parents[1] / "data" / "divisions.csv"
COLUMNS = ("code", "name", "level", "parent_code", "valid_from", "valid_to", "successor_code", "former_names")
LEVELS = ("national", "province", "prefecture", "county")
# The country (全国, 国务院's reports). It is the parent of every province in the documents table
# (Gazetteer.parent_code), but not among a division's ancestors(): those weigh the names a text
# mentions, and 全国 is in nearly every text.
NATIONAL_CODE = "100000"
_NAME_END = re.compile(r"[省市区县旗盟州]")
# 城区, 郊区, 矿区 are ordinary words (洛北城区, 露天矿区): they count only right
# after their parent's name (阳泉市城区). Other two-character names (滑县, 叶县)
# count after their parent's name or before a word that names a government.
GENERIC_NAMES = frozenset({"城区", "郊区", "矿区", "东区", "西区", "南区", "北区"})
_GOVERNMENT_AFTER = re.compile(r"人民政府|政府|人大|人民代表大会|县委|委员会|第[一二三四五六七八九十]+届|(?:\d{4}年)?(?:国民经济|政府工作报告|统计公报)|\d{4}年")


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str  # province / prefecture / county
    parent_code: str  # "" for a province
    valid_from: str = ""  # ISO date the unit got this name/code, "" if before the data's memory
    valid_to: str = ""  # ISO date it was abolished or renamed, "" if current
    successor_code: str = ""  # the unit that took over, for a former unit

    @property
    def current(self) -> bool:
        return not self.valid_to

    def valid_in(self, year: int) -> bool:
        """Whether the unit existed under this name at some time in `year`."""
        if self.valid_from and int(self.valid_from[:4]) > year:
            return False
        return not (self.valid_to and int(self.valid_to[:4]) < year)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str


class Gazetteer:
    def __init__(self, divisions: Iterable[Division], aliases: Iterable[tuple[str, str]] = ()):
        self.by_code: dict[str, Division] = {}
        for d in divisions:
            self.by_code[d.code] = d
        self.by_name: dict[str, list[Division]] = {}
        for d in self.by_code.values():
            self.by_name.setdefault(d.name, []).append(d)
        # Former names whose unit has no row of its own (襄樊 -> 襄阳 with the code kept):
        # they resolve to the current unit.
        for name, code in aliases:
            d = self.by_code.get(code)
            if d and name not in self.by_name:
                self.by_name.setdefault(name, []).append(d)
        self.max_len = max((len(n) for n in self.by_name), default=0)
        # the lengths of the names ending in each two characters (西工区 -> 工区), longest first: most
        # of a text's 市/区/县 end no name at all (城市, 全区), and trying only the lengths of names
        # that end the same way keeps find() cheap
        lengths: dict[str, set[int]] = {}
        for n in self.by_name:
            if len(n) >= 2:
                lengths.setdefault(n[-2:], set()).add(len(n))
        self.lengths_by_ending = {end: tuple(sorted(ls, reverse=True)) for end, ls in lengths.items()}
        # The scan stops only at a name's last character that follows a character some name has
        # before its last (工 of 西工区, not 、 of 、区 or 本 of 本市): re does the looking back, and
        # the ending is then looked up in lengths_by_ending as before.
        before_last = "".join(sorted({end[0] for end in lengths}))
        self._name_end = _NAME_END
        if before_last:
            self._name_end = re.compile(f"{_NAME_END.pattern}(?<=[{re.escape(before_last)}]{_NAME_END.pattern})")
        self.short_names = frozenset(
            short_name(d.name) for d in self.by_code.values() if d.level in ("province", "prefecture")
        )

    # ---------------------------------------------------------- lookups

    def parent(self, d: Division) -> Division | None:
        return self.by_code.get(d.parent_code) if d.parent_code else None

    def parent_code(self, d: Division) -> str:
        """The government one level up, as the documents table gives it: a province's is the country's."""
        if d.parent_code:
            return d.parent_code
        return NATIONAL_CODE if d.level == "province" and NATIONAL_CODE in self.by_code else ""

    def ancestors(self, d: Division) -> list[Division]:
        out, p = [], self.parent(d)
        while p is not None and p not in out:
            out.append(p)
            p = self.parent(p)
        return out

    def successor(self, d: Division) -> Division:
        """The unit a former unit became (following a chain of renames), or the unit itself."""
        seen = {d.code}
        while d.successor_code and d.successor_code in self.by_code and d.successor_code not in seen:
            d = self.by_code[d.successor_code]
            seen.add(d.code)
        return d

    def find(self, text: str) -> list[Mention]:
        """Names of divisions in `text`, longest first where two overlap (洛阳市西工区 -> 洛阳市, 西工区)."""
        found: list[Mention] = []
        by_name, lengths_by_ending = self.by_name, self.lengths_by_ending
        for m in self._name_end.finditer(text):
            end = m.end()
            for length in lengths_by_ending.get(text[end - 2:end] if end > 1 else "", ()):
                if length > end:
                    continue
                name = text[end - length:end]
                if name in by_name:
                    if length == 2 and not self._after_parent(text, end - length, name) and (
                        name in GENERIC_NAMES or not _GOVERNMENT_AFTER.match(text, end)
                    ):
                        continue
                    # 河南县域经济 is about 河南省's counties, not 河南县 (青海)
                    if name[-1] == "县" and text[end:end + 1] == "域" and name[:-1] in self.short_names:
                        continue
                    found.append(Mention(end - length, end, name))
                    break  # the longest name ending here
        # Drop a mention inside a longer one (城区 in 老城区, 阳市 never occurs as a name but 市 suffixes nest).
        found.sort(key=lambda x: (x.start, -(x.end - x.start)))
        out: list[Mention] = []
        for mention in found:
            if out and mention.start < out[-1].end:
                continue
            out.append(mention)
        return out

    def _after_parent(self, text: str, start: int, name: str) -> bool:
        for d in self.by_name[name]:
            p = self.parent(d)
            if p and text[max(0, start - len(p.name)):start] == p.name:
                return True
        return False


def short_name(name: str) -> str:
    """洛阳市 -> 洛阳, 河南省 -> 河南, 广西壮族自治区 -> 广西 (a context clue only, never a match)."""
    for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "地区", "省", "市", "盟"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _read_rows(path_or_text, source: str) -> list[dict]:
    try:
        text = path_or_text if source == "<shipped>" else Path(path_or_text).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(f"cannot read divisions file: {exc.strerror or exc}", path=str(path_or_text)) from None
    reader = csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    missing = [c for c in ("code", "name", "level", "parent_code") if c not in (reader.fieldnames or [])]
    if missing:
        raise UsageError(f"divisions file lacks column(s) {', '.join(missing)}", path=source)
    rows = []
    for n, row in enumerate(reader, start=2):
        code = (row.get("code") or "").strip()
        if not re.fullmatch(r"\d{6}", code) or (row.get("level") or "").strip() not in LEVELS:
            raise UsageError(f"line {n}: need a 6-digit code and a level of {'/'.join(LEVELS)}", path=source)
        rows.append({k: (row.get(k) or "").strip() for k in COLUMNS})
    return rows


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> Gazetteer:
    shipped = DIVISIONS_CSV.read_text(encoding="utf-8")
    rows = {r["code"]: r for r in _read_rows(shipped, "<shipped>")}
    for path in extra:
        for r in _read_rows(path, path):
            rows[r["code"]] = r
    divisions = [
        Division(r["code"], r["name"], r["level"], r["parent_code"], r["valid_from"], r["valid_to"], r["successor_code"])
        for r in rows.values()
    ]
    aliases = [(name, r["code"]) for r in rows.values() for name in r["former_names"].split(";") if name]
    return Gazetteer(divisions, aliases)


def load_gazetteer(extra: Sequence[str | Path] = ()) -> Gazetteer:
    """The shipped divisions plus any extra CSV files (same columns); cached per set of files."""
    return _load(tuple(str(p) for p in extra))
