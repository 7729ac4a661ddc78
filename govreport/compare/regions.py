"""Across governments: every government's figure beside its parent's, and its place among its siblings.

For each indicator, measure, period and kind (and rank scope), one row per
government. The parent is the government one level up (`parent_code`: the
city for a district, the province for a city). For rates the difference to
the parent shows 层层加码 (a district's 9% growth target under a city's 7%);
for amounts `share_of_parent` is the more telling figure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from govreport.compare import units
from govreport.compare.figures import Figure, direction_of, prepare, text, vocabulary
from govreport.schema import ACROSS_REGIONS

EXTRA: dict[str, str] = {
    "rank_scope": "str",
    "estimated": "bool",
    "source": "str",
    "doc_year": "int",
    "parent_doc": "str",
    "parent_evidence": "str",
    "share_of_parent": "float",  # amounts: this government's figure / its parent's
    "beyond_parent": "bool",  # rates: beyond the parent's in the better direction (a target set higher: 加码)
    "direction": "str",
    "figures": "int",  # how many statements of this figure the government made (conflicts shows any that differ)
}
COLUMNS: dict[str, str] = {**ACROSS_REGIONS, **EXTRA}


def representative(figs: list[Figure]) -> Figure:
    """One statement per government: a final figure before an estimate, a communiqué first, then the earliest."""
    return min(figs, key=lambda f: (f.estimated, f.qualifier != "", f.doc_type != "statistical_communique") + f.order)


def across_regions(frame, *, indicators_file: Path | None = None):
    """One row per government and figure (indicator, measure, period, kind), with its parent's figure and its rank."""
    from govreport.io import frame_from_rows

    figures = prepare(frame)
    rows = across_regions_of(figures, region_names(figures), indicators_file)
    return frame_from_rows(rows, COLUMNS).select(list(COLUMNS))


def region_names(figures: list[Figure]) -> dict[str, str]:
    """Division code -> the government's name as first written (for a parent's name beside its figure)."""
    names: dict[str, str] = {}
    for f in figures:
        code = text(f.row["region_code"])
        if code and text(f.row["region"]):
            names.setdefault(code, text(f.row["region"]))
    return names


def across_regions_of(figures: list[Figure], names: dict[str, str], indicators_file: Path | None = None) -> list[dict]:
    """The rows of the regions table for `figures` (as `prepare` gives them)."""
    vocab = vocabulary(indicators_file)

    groups: dict[tuple, dict[str, list[Figure]]] = {}
    for f in figures:
        groups.setdefault((f.ind, f.measure, f.period, f.kind, f.scope), {}).setdefault(f.gov, []).append(f)

    rows: list[dict[str, Any]] = []
    for _, by_gov in sorted(groups.items()):
        chosen = {gov: representative(figs) for gov, figs in by_gov.items()}
        ranks = sibling_ranks(chosen)
        for gov, fig in sorted(chosen.items()):
            rows.append(_row(fig, len(by_gov[gov]), chosen, ranks.get(gov), names, vocab))
    return rows


def sibling_ranks(chosen: dict[str, Figure]) -> dict[str, tuple[int, int]]:
    """(rank, number of siblings) per government: 1 = highest value among governments with the same parent.

    Figures are compared in their base unit (万人 with 人); a figure in a unit
    of another kind (亿美元 among 亿元) is ranked only with its own kind.
    """
    pools: dict[tuple[str, str], list[tuple[float, str]]] = {}
    for gov, f in chosen.items():
        parent = text(f.row.get("parent_code"))
        if not parent or f.value is None:
            continue
        base = units.scale(f.unit)
        pools.setdefault((parent, base.base), []).append((f.value * base.factor, gov))
    out: dict[str, tuple[int, int]] = {}
    for pool in pools.values():
        values = sorted((v for v, _ in pool), reverse=True)
        for v, gov in pool:
            out[gov] = (values.index(v) + 1, len(pool))
    return out


def _row(fig: Figure, n: int, chosen: dict[str, Figure], rank: tuple[int, int] | None, names: dict[str, str], vocab) -> dict:
    r = fig.row
    parent_code = text(r.get("parent_code"))
    parent = chosen.get(parent_code)
    direction, _ = direction_of(fig, vocab)
    row: dict[str, Any] = {
        **fig.identity(),
        "kind": fig.kind,
        "level": text(r.get("level")),
        "parent_code": parent_code,
        "value": fig.value,
        "value_hi": fig.value_hi,
        "unit": fig.unit,
        "bound": fig.bound,
        "parent_region": names.get(parent_code, ""),
        "sibling_rank": rank[0] if rank else None,
        "siblings": rank[1] if rank else None,
        "doc_id": fig.doc,
        "evidence": text(r["evidence"]),
        "rank_scope": fig.scope,
        "estimated": fig.estimated,
        "source": text(r.get("source")),
        "doc_year": fig.doc_year,
        "direction": direction,
        "figures": n,
    }
    if parent is not None:
        row.update({
            "parent_value": parent.value,
            "parent_unit": parent.unit,
            "parent_doc": parent.doc,
            "parent_evidence": text(parent.row["evidence"]),
        })
        theirs = units.convert(parent.value, parent.unit, fig.unit)
        if fig.value is not None and theirs is not None and fig.measure != "rank":  # ranks in different scopes
            row["difference_to_parent"] = float(f"{fig.value - theirs:.10g}")
            if units.is_rate(fig.unit):
                if direction == "higher":
                    row["beyond_parent"] = fig.value > theirs
                elif direction == "lower":
                    row["beyond_parent"] = fig.value < theirs
            elif theirs:
                row["share_of_parent"] = float(f"{fig.value / theirs:.6g}")
    return row
