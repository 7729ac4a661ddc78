"""The administrative divisions of China (GB/T 2260) and finding them in text.

The table is govreport/data/divisions.csv (how it was built: scripts/build_divisions.py,
docs/clean.md). Users add or correct rows with extra CSV files of the same
columns (`load_gazetteer(extra=[...])`); a row in an extra file replaces the
shipped row with the same code.

Divisions as they were: govreport/data/division_changes.csv lists the changes since
2000 (徐水县 130625 became 徐水区 130609 in 2015), and each former unit gets a row of
its own, valid until the year it ended, with its successor; a name of year Y then
resolves to the unit of that name valid in Y, and `current_code` follows the
successors to today's unit. govreport/data/functional_areas.csv lists functional
areas (开发区, 新区, 示范区): level `functional_area`, never their host's code.

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

DATA = Path(__file__).resolve().parents[1] / "data"
DIVISIONS_CSV = DATA / "divisions.csv"
CHANGES_CSV = DATA / "division_changes.csv"
FUNCTIONAL_AREAS_CSV = DATA / "functional_areas.csv"
COLUMNS = ("code", "name", "level", "parent_code", "valid_from", "valid_to", "successor_code", "former_names")
LEVELS = ("national", "province", "prefecture", "county", "functional_area")
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
    level: str  # province / prefecture / county / functional_area
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
        # One code can name a unit under several names over the years (新市区 -> 竞秀区 130602):
        # by_code holds the unit as it is now, or as it was last; by_name every name it had.
        units: dict[tuple[str, str], Division] = {}
        for d in divisions:
            units[(d.code, d.name)] = d
        self.divisions = tuple(units.values())
        self._short: dict[str, list[Division]] | None = None
        self.aliases = tuple(aliases)
        self.by_code: dict[str, Division] = {}
        for d in units.values():
            if d.code and (d.code not in self.by_code or _latest(d) > _latest(self.by_code[d.code])):
                self.by_code[d.code] = d
        self.by_name: dict[str, list[Division]] = {}
        for d in units.values():
            self.by_name.setdefault(d.name, []).append(d)
        # Former names whose unit has no row of its own (襄樊 -> 襄阳 with the code kept):
        # they resolve to the current unit.
        for name, code in self.aliases:
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
            short_name(d.name) for d in self.by_code.values() if d.level in ("province", "prefecture") and d.current
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
        seen = {(d.code, d.name)}
        while d.successor_code and d.successor_code in self.by_code:
            d = self.by_code[d.successor_code]
            if (d.code, d.name) in seen:
                break
            seen.add((d.code, d.name))
        return d

    def current_code(self, d: Division) -> str | None:
        """Today's code of the government `d` was (徐水县 130625 -> 130609), None if it has none
        (abolished and its land shared out, or its successor not known for certain)."""
        last = self.successor(d)
        return last.code or None if last.current else None

    @property
    def counties_by_short_name(self) -> dict[str, list[Division]]:
        """容城 -> [容城县]: the two characters a county-level government calls itself by
        (三 characters and a 县/市/区/旗; 自治县 and one-character names 蠡县 left out)."""
        if self._short is None:
            short: dict[str, list[Division]] = {}
            for d in self.divisions:
                if d.level == "county" and len(d.name) == 3 and d.name[-1] in "县市区旗":
                    short.setdefault(d.name[:2], []).append(d)
            self._short = short
        return self._short

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


def _latest(d: Division) -> str:
    return d.valid_to or "9999"


def _comment_free(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _level_of(code: str) -> str:
    return "province" if code[2:] == "0000" else "prefecture" if code[4:] == "00" else "county"


def former_units(changes_text: str, current: dict[str, dict]) -> tuple[list[Division], dict[tuple[str, str], str]]:
    """A row for each unit that ended since 2000 (division_changes.csv), valid until its year,
    and the year each successor began under its name.

    The rows of one year are the changes between two year-end lists, so a unit whose
    change is dated Y existed under its old name in Y, and its successor too.
    """
    changes = list(csv.DictReader(_comment_free(changes_text)))
    began = {(c["new_code"], c["new_name"]): c["year"] for c in changes if c["new_code"] and c["year"]}
    codes = set(current) | {c["old_code"] for c in changes}
    out = []
    for c in changes:
        code, name, year = c["old_code"], c["old_name"], c["year"]
        if not year or current.get(code, {}).get("name") == name:
            continue
        level = _level_of(code)
        parent = "" if level == "province" else code[:4] + "00" if level == "county" and code[:4] + "00" in codes else code[:2] + "0000"
        out.append(Division(code, name, level, parent, began.get((code, name), ""), year, c["new_code"]))
    return out, began


def functional_areas(text: str) -> list[Division]:
    return [Division(r["code"], r["name"], "functional_area", r["parent_code"])
            for r in csv.DictReader(_comment_free(text))]


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> Gazetteer:
    shipped = DIVISIONS_CSV.read_text(encoding="utf-8")
    rows = {r["code"]: r for r in _read_rows(shipped, "<shipped>")}
    for path in extra:
        for r in _read_rows(path, path):
            rows[r["code"]] = r
    current = {code: r for code, r in rows.items() if not r["valid_to"]}
    former, began = former_units(CHANGES_CSV.read_text(encoding="utf-8"), current)
    divisions = [
        Division(r["code"], r["name"], r["level"], r["parent_code"],
                 r["valid_from"] or began.get((r["code"], r["name"]), ""), r["valid_to"], r["successor_code"])
        for r in rows.values()
    ]
    aliases = [(name, r["code"]) for r in rows.values() for name in r["former_names"].split(";") if name]
    areas = functional_areas(FUNCTIONAL_AREAS_CSV.read_text(encoding="utf-8"))
    return Gazetteer([*former, *divisions, *areas], aliases)


def load_gazetteer(extra: Sequence[str | Path] = ()) -> Gazetteer:
    """The shipped divisions plus any extra CSV files (same columns); cached per set of files."""
    return _load(tuple(str(p) for p in extra))
