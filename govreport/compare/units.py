"""Bringing two figures to one unit (1.2 万人 vs 12000 人, 4.32 万亿元 vs 43214 亿元).

The scales live in govreport/data/unit_scales.csv; this module only reads them.
A unit that is neither listed nor a listed magnitude word (万, 亿 ...) before a
listed or unknown unit converts only to itself, so no figure is ever compared
with one of another kind (亿元 with 亿美元, % with 个百分点).
"""

from __future__ import annotations

from govreport.datafiles import read_rows

import math
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "unit_scales.csv"


@dataclass(frozen=True)
class Scale:
    base: str
    factor: float
    kind: str  # rate / amount / rank / multiple


@lru_cache(maxsize=4)
def _table(path: Path = DATA) -> tuple[dict[str, Scale], tuple[tuple[str, float], ...]]:
    units: dict[str, Scale] = {}
    prefixes: list[tuple[str, float]] = []
    for row in read_rows(path):
        unit = (row.get("unit") or "").strip()
        if not unit:
            continue
        factor = float(row["factor"])
        if (row.get("kind") or "").strip() == "prefix":
            prefixes.append((unit, factor))
        else:
            units[unit] = Scale((row.get("base") or unit).strip(), factor, (row.get("kind") or "amount").strip())
    # Longest magnitude word first: 万亿 before 亿 and 万.
    prefixes.sort(key=lambda p: -len(p[0]))
    return units, tuple(prefixes)


def scale(unit: str | None) -> Scale:
    """The base unit, factor and kind of `unit` (an unknown unit is its own base)."""
    unit = (unit or "").strip()
    units, prefixes = _table()
    if unit in units:
        return units[unit]
    for word, factor in prefixes:
        rest = unit[len(word):]
        if unit.startswith(word) and rest:
            inner = units.get(rest, Scale(rest, 1.0, "amount"))
            return Scale(inner.base, factor * inner.factor, inner.kind)
    return Scale(unit, 1.0, "amount")


def comparable(unit_a: str | None, unit_b: str | None) -> bool:
    return scale(unit_a).base == scale(unit_b).base


def convert(value: float | None, from_unit: str | None, to_unit: str | None) -> float | None:
    """`value` in `from_unit` expressed in `to_unit`; None when the units measure different things."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    a, b = scale(from_unit), scale(to_unit)
    if a.base != b.base:
        return None
    if a.factor == b.factor:
        return float(value)
    # Round away the float noise of the factor ratio (4.32 万亿元 -> 43200.0 亿元, not 43200.000000000004).
    return float(f"{value * a.factor / b.factor:.12g}")


def is_rate(unit: str | None) -> bool:
    return scale(unit).kind == "rate"


def gap_unit(unit: str | None) -> str:
    """The unit of a difference: two rates differ by percentage points."""
    return "个百分点" if (unit or "") == "%" else (unit or "")


def rounding(value: float | None, unit: str | None, to_unit: str | None) -> float:
    """Half the last written digit of `value`, in `to_unit`: 4.32 万亿元 stands for 4.315–4.325 万亿元.

    Used only when two figures were written in different units, where one is a
    rounding of the other (4.32 万亿元 and 43214 亿元 agree).
    """
    if value is None:
        return 0.0
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    half = 0.5 * 10.0 ** min(int(exponent), 0) if isinstance(exponent, int) else 0.0
    return convert(half, unit, to_unit) or 0.0
