"""The indicators table as compare reads it: checked, typed, keyed, with each indicator's better direction.

Every compare table starts from `prepare(frame)`: a list of `Figure`s, one
per row of the indicators table written by `govreport extract`. A figure is
identified by government (region_code, else the region name), indicator
(indicator_id, else the name as written), measure and period; ranks also by
rank_scope (第1 in 全市 and 第3 in 全省 are different facts).
"""

from __future__ import annotations

from govreport.datafiles import read_rows
from govreport.values import finite

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

from govreport.compare import units
from govreport.errors import UsageError
from govreport.extract.lexicon import year_on_year_bases
from govreport.extract.vocabulary import FIGURE_ONLY_MARK
from govreport.schema import INDICATORS, require_columns

INDICATORS_CSV = Path(__file__).resolve().parents[1] / "data" / "indicators.csv"

# The columns without which no comparison means anything; the rest of
# INDICATORS is filled with nulls when absent (e.g. a hand-made CSV of figures).
REQUIRED: dict[str, str] = {
    name: INDICATORS[name]
    for name in ("region", "region_code", "indicator", "measure", "period", "kind", "value", "unit", "bound", "evidence")
}

INF = math.inf


@dataclass
class Figure:
    row: dict[str, Any]  # the input row, all INDICATORS columns present
    gov: str
    ind: str
    measure: str
    period: str
    kind: str
    scope: str  # rank_scope for ranks, else ""
    qualifier: str
    doc: str
    doc_year: int | None
    value: float | None
    value_hi: float | None
    unit: str
    bound: str
    estimated: bool
    order: tuple = field(default=())

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return (self.gov, self.ind, self.measure, self.period, self.scope)

    @property
    def doc_type(self) -> str:
        return text(self.row.get("doc_type"))

    def identity(self, period: str | None = None) -> dict[str, str]:
        """The columns every compare table opens with: whose figure, of what, for when."""
        r = self.row
        return {
            "region": text(r["region"]),
            "region_code": text(r["region_code"]),
            "indicator": text(r["indicator"]),
            "indicator_id": text(r.get("indicator_id")),
            "measure": self.measure,
            "period": self.period if period is None else period,
        }


# ---------------------------------------------------------------- reading


def text(value: Any) -> str:
    """A cell as text: None -> "", 2022.0 -> "2022" (periods and codes read from CSV come back as numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return str(int(value))
    return str(value).strip()


number = finite  # a figure's value as a finite float, or None


def integer(value: Any) -> int | None:
    v = number(value)
    return int(v) if v is not None and v.is_integer() else None


def flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return text(value).lower() in ("true", "1", "yes", "y", "t")


def check(frame, *, path: str | None = None) -> None:
    """Raise SchemaError when `frame` is not an indicators table (e.g. the documents table)."""
    require_columns(frame.columns, REQUIRED, table="indicators", path=path)


def fact_qualifier(qualifier: str) -> str:
    """The parts of a qualifier that make a figure another fact than the plain one: a year-on-year base
    (比上年, 同比: extract's lexicon.year_on_year_bases) is none, 扣除留抵退税因素后 and 同口径 are."""
    if not qualifier:
        return ""
    bases = year_on_year_bases()
    return "；".join(part for part in qualifier.split("；") if part.strip() not in bases)


def prepare(frame) -> list[Figure]:
    """Check the columns and read every row as a Figure (in a stable order)."""
    check(frame)
    figures: list[Figure] = []
    for row in frame.iter_rows(named=True):
        row = {name: row.get(name) for name in INDICATORS} | {k: v for k, v in row.items() if k not in INDICATORS}
        measure = text(row["measure"])
        doc = text(row.get("doc_id")) or text(row.get("source"))
        fig = Figure(
            row=row,
            # one government across its renamings (徐水县 130625 until 2015, 徐水区 130609 after): today's code
            gov=text(row.get("region_code_current")) or text(row["region_code"]) or text(row["region"]),
            ind=text(row.get("indicator_id")) or text(row["indicator"]),
            measure=measure,
            period=text(row["period"]),
            kind=text(row["kind"]),
            scope=text(row.get("rank_scope")) if measure == "rank" else "",
            qualifier=fact_qualifier(text(row.get("qualifier"))),
            doc=doc,
            doc_year=integer(row.get("doc_year")),
            value=number(row["value"]),
            value_hi=number(row.get("value_hi")),
            unit=text(row["unit"]),
            bound=text(row["bound"]) or "eq",
            estimated=flag(row.get("estimated")),
        )
        if not fig.gov or not fig.ind:
            continue  # a figure for no government or no indicator cannot be compared with anything
        if fig.kind not in ("actual", "target"):
            continue  # a kind no word decided (kind_note says why): neither a goal to meet nor a result
        if fig.doc_type == "news" or text(row.get("subject")):
            # a news item sharing a page with a report (seed 004's parts), or a figure of someone else (a
            # sub-area, a company, 全省): no figure of the government's own to compare
            continue
        fig.order = (fig.doc_year if fig.doc_year is not None else 0, text(row.get("doc_date")), doc,
                     integer(row.get("start")) or 0, fig.ind, fig.measure, fig.period)
        figures.append(fig)
    figures.sort(key=lambda f: f.order)
    return figures


def concat(frames: Iterable[Any]):
    """Several indicators tables (one per extract run) as one, tolerating CSV's guessed types."""
    import polars as pl

    from govreport.schema import polars_schema

    schema = polars_schema(INDICATORS)
    typed = []
    for frame in frames:
        cast = {}
        for name, dtype in schema.items():
            if name in frame.columns and frame.schema[name] != dtype:
                if dtype == pl.String:
                    cast[name] = pl.col(name).map_elements(text, return_dtype=pl.String)
                elif dtype == pl.Boolean:
                    cast[name] = pl.col(name).map_elements(flag, return_dtype=pl.Boolean)
                else:
                    cast[name] = pl.col(name).cast(dtype, strict=False)
        typed.append(frame.with_columns(**cast) if cast else frame)
    if not typed:
        raise UsageError("no input tables given")
    return pl.concat(typed, how="diagonal_relaxed") if len(typed) > 1 else typed[0]


def group(figures: Iterable[Figure], *, by_kind: bool = True) -> dict[tuple, list[Figure]]:
    out: dict[tuple, list[Figure]] = {}
    for f in figures:
        out.setdefault(f.key + ((f.kind,) if by_kind else ()), []).append(f)
    return out


def period_year(period: str) -> int | None:
    """The single year a period names ("2022" -> 2022); None for spans ("2021-2025")."""
    return int(period) if period.isdigit() and len(period) == 4 else None


def period_kind(period: str, doc_year: int | None) -> str:
    """year (the document's year or the next), plan_end (到2025年 in a 2021 document) or span (2021-2025)."""
    year = period_year(period)
    if year is None:
        return "span" if "-" in period else "other"
    if doc_year is not None and year > doc_year + 1:
        return "plan_end"
    return "year"


# ---------------------------------------------------------------- directions


@dataclass(frozen=True)
class Vocabulary:
    direction: Mapping[str, str]  # indicator id -> higher / lower / none
    ids: Mapping[str, str]  # id, canonical name or synonym -> id


@lru_cache(maxsize=8)
def vocabulary(extra: Path | None = None) -> Vocabulary:
    """Directions and names from govreport/data/indicators.csv, then `extra` (same columns) on top."""
    direction: dict[str, str] = {}
    ids: dict[str, str] = {}
    for path in (INDICATORS_CSV, extra):
        if path is None:
            continue
        try:
            for row in read_rows(path):
                ident = (row.get("id") or "").strip()
                if not ident:
                    continue
                way = (row.get("direction") or "").strip().lower()
                if way in ("higher", "lower", "none"):
                    direction[ident] = way
                names = [ident, (row.get("name") or "").strip(), *(row.get("synonyms") or "").split("|")]
                for name in names:
                    name = name.strip().removesuffix(FIGURE_ONLY_MARK)  # 经济! is the name 经济
                    if name:
                        ids.setdefault(name, ident)
        except OSError as exc:
            raise UsageError(f"cannot read indicator definitions: {exc.strerror or exc}", path=str(path)) from None
    return Vocabulary(direction, ids)


def direction_of(fig: Figure, vocab: Vocabulary) -> tuple[str, bool]:
    """Which way is better for this figure, and whether that was assumed (indicator not in the vocabulary).

    A rank is better when lower (第1 beats 第3) whatever it ranks. Otherwise the
    indicator's `direction` column decides: 居民消费价格, 失业率, 能耗 are lower-better,
    and so are their growth rates and changes. An indicator outside the
    vocabulary is assumed higher-better (most stated goals are amounts to reach).
    """
    if fig.measure == "rank" or units.scale(fig.unit).kind == "rank":
        return "lower", False
    for name in (text(fig.row.get("indicator_id")), text(fig.row.get("indicator"))):
        ident = vocab.ids.get(name, name)
        if ident in vocab.direction:
            return vocab.direction[ident], False
    return "higher", True


# ---------------------------------------------------------------- agreement


def tolerance_for(value: float | None, unit: str, measure: str, *, tolerance: float, level_tolerance: float) -> float:
    """The slack of "about": `tolerance` points for rates, `level_tolerance` × |value| for amounts, 0 for ranks."""
    kind = units.scale(unit).kind
    if measure == "rank" or kind == "rank":
        return 0.0
    if kind == "rate":
        return tolerance
    return abs(value or 0.0) * level_tolerance


def stated_interval(fig: Figure, to_unit: str, *, slack: float, about: float) -> tuple[float, float] | None:
    """The values a figure allows, in `to_unit`: 4万亿元以上 -> [4, ∞), 7%—8% -> [7, 8], 6%左右 -> 6 ± about."""
    v = units.convert(fig.value, fig.unit, to_unit)
    if v is None:
        return None
    if fig.bound == "ge":
        return (v - slack, INF)
    if fig.bound == "le":
        return (-INF, v + slack)
    if fig.bound == "range":
        hi = units.convert(fig.value_hi, fig.unit, to_unit)
        return (v - slack, (hi if hi is not None else v) + slack)
    if fig.bound == "about":
        return (v - about - slack, v + about + slack)
    return (v - slack, v + slack)


def agree(a: Figure, b: Figure, *, tolerance: float, level_tolerance: float) -> bool | None:
    """Whether two statements of one fact can both be true (None: units not comparable).

    Same unit as written: the numbers must be equal, unless a bound (以上, 以内,
    左右, a range) leaves room. Different units: one is a rounding of the
    other, so each number stands for the interval of its last written digit
    (4.32 万亿元 and 43214 亿元 agree).
    """
    if a.value is None or b.value is None or not units.comparable(a.unit, b.unit):
        return None
    unit = a.unit
    same = a.unit == b.unit
    intervals = []
    for f in (a, b):
        slack = 0.0 if same else units.rounding(f.value, f.unit, unit)
        about = tolerance_for(units.convert(f.value, f.unit, unit), unit, f.measure,
                              tolerance=tolerance, level_tolerance=level_tolerance)
        intervals.append(stated_interval(f, unit, slack=slack, about=about))
    (lo_a, hi_a), (lo_b, hi_b) = intervals  # type: ignore[misc]
    eps = 1e-9 * max(1.0, abs(lo_a) if math.isfinite(lo_a) else 1.0, abs(lo_b) if math.isfinite(lo_b) else 1.0)
    return lo_a <= hi_b + eps and lo_b <= hi_a + eps


def fmt(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.10g}"


# ---------------------------------------------------------------- new ones or the total

COUNT_SIDES_CSV = Path(__file__).resolve().parents[1] / "data" / "count_sides.csv"


@lru_cache(maxsize=1)
def count_side_words() -> tuple[tuple[str, str], ...]:
    """(word, side) from data/count_sides.csv: 新增 -> new, 达到 -> total."""
    return tuple((row["word"], row["side"]) for row in read_rows(COUNT_SIDES_CSV) if row.get("word") and row.get("side"))


def count_side(fig: Figure) -> str:
    """"new" (新增高新技术企业3家, 新增贷款5亿元), "total" (规模以上工业企业达到92家) or "" for a level not a rate.

    The last new/total word decides, else a verb of reaching says total (data/count_sides.csv); a word inside a
    longer match is the longer one's (累计新增 is a total).
    """
    if fig.measure != "level" or not fig.unit or fig.unit in ("%", "个百分点") or units.scale(fig.unit).kind == "rank":
        return ""
    evidence = text(fig.row.get("evidence"))
    matches = []
    for word, side in count_side_words():
        start = evidence.find(word)
        while start >= 0:
            matches.append((start, start + len(word), side))
            start = evidence.find(word, start + 1)
    kept = [m for m in matches if not any(o != m and o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0] for o in matches)]
    strong = [m for m in kept if m[2] != "reach"]  # 新增森林超过6.7万亩: 超过 reaches a number of new forest
    if strong:
        return max(strong)[2]
    return "total" if kept else ""


# ---------------------------------------------------------------- free phrases said another way

PHRASE_VERBS_CSV = Path(__file__).resolve().parents[1] / "data" / "phrase_verbs.csv"


@lru_cache(maxsize=1)
def phrase_verbs() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words taken off the start, words taken off the end) of a free phrase, longest first (data/phrase_verbs.csv)."""
    rows = list(read_rows(PHRASE_VERBS_CSV))
    start = sorted((r["word"] for r in rows if r.get("where") == "start" and r.get("word")), key=len, reverse=True)
    end = sorted((r["word"] for r in rows if r.get("where") == "end" and r.get("word")), key=len, reverse=True)
    return tuple(start), tuple(end)


def phrase_key(name: str) -> str:
    """A free phrase without the words of doing around it: 完成乡村振兴示范村建设 and 建成乡村振兴示范村 -> 乡村振兴示范村.

    "" when fewer than four characters are left: a bare noun (公厕 of 新建公厕) names too little to say that a
    goal and a result are one fact (满城区 2022's village toilets and 2023's toilets of the town).
    """
    start, end = phrase_verbs()
    key = name
    changed = True
    while changed:
        changed = False
        for word in start:
            if key.startswith(word) and len(key) > len(word):
                key, changed = key[len(word):], True
                break
    for word in end:
        if key.endswith(word) and len(key) > len(word):
            key = key[: -len(word)]
            break
    return key if len(key) >= 4 else ""


def reviews_several_years(fig: Figure) -> bool:
    """Whether the figure stands in a review of several years (过去五年工作回顾, 回顾“十三五”) that names no year of its
    own: a free phrase there may be the sum of the years (建成90个乡村振兴示范村 in 上海市 2023's five-year review)."""
    part = text(fig.row.get("section")).split(" / ")[0]
    return bool(_SEVERAL_YEARS.search(part)) and not _A_YEAR.search(part)


_SEVERAL_YEARS = re.compile(r"五年|十[一二三四五]五")
_A_YEAR = re.compile(r"(?:19|20)\d\d年")
