"""Disagreements: one fact (government, indicator, measure, period, kind) stated with different values.

A report and the next year's report often disagree after data revisions, and
an estimate (预计) is often revised: that is information, not an error, so
each such disagreement is listed with both quotations. Two statements agree when both
can be true: equal numbers, a bound that leaves room (4万亿元以上 and 4.32万亿元),
左右 within the tolerance, or a rounding in another unit (4.32万亿元 and 43214亿元).
Statements with different qualifiers (扣除留抵退税因素后) are different facts.

A fact's statements are first gathered by value: the same value restated in
ten documents is one value (quoted where first stated, `documents_a/b` counting
the documents). Then each value, in the order first stated, is set beside the
most recent earlier value it cannot agree with: a revision path 8.1 → 8.3 → 8.4
gives two rows, not three, and a list the extractor could not tell apart (seed
003's hundreds of projects, each with its 计划投资) gives one row per value, never
one per pair: the table grows with the statements, not with their square.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govreport.compare import units
from govreport.compare.attainment import DEFAULT_LEVEL_TOLERANCE, DEFAULT_TOLERANCE
from govreport.compare.figures import Figure, agree, prepare, text
from govreport.schema import CONFLICTS

EXTRA: dict[str, str] = {
    "rank_scope": "str",
    "qualifier": "str",
    "value_hi_a": "float",
    "bound_a": "str",
    "estimated_a": "bool",
    "source_a": "str",
    "doc_year_a": "int",
    "doc_type_a": "str",  # statistical_communique (final figures) beside a report's review (preliminary ones)
    "value_hi_b": "float",
    "bound_b": "str",
    "estimated_b": "bool",
    "source_b": "str",
    "doc_year_b": "int",
    "doc_type_b": "str",
    "same_document": "bool",  # both in one document: often two facts the extractor could not tell apart
    "documents_a": "int",  # the documents that state value a (quoted from the first)
    "documents_b": "int",
    "distinct_values": "int",  # the fact's different values: many in one document is a list, not a revision
}
COLUMNS: dict[str, str] = {**CONFLICTS, **EXTRA}


@dataclass
class _Value:
    """One value of a fact, with the statements that give it: the first, and the first in another document."""

    first: Figure
    other: Figure | None = None
    documents: set[str] = field(default_factory=set)

    def add(self, f: Figure) -> None:
        if self.other is None and f.doc != self.first.doc:
            self.other = f
        self.documents.add(f.doc)


def conflicts(frame, *, tolerance: float = DEFAULT_TOLERANCE, level_tolerance: float = DEFAULT_LEVEL_TOLERANCE):
    """One row per value of a fact that cannot be true beside an earlier stated value (the most recent such);
    a = the earlier statement. Rows grow with the statements, never with their pairs."""
    from govreport.io import frame_from_rows

    return frame_from_rows(conflicts_of(prepare(frame), tolerance, level_tolerance), COLUMNS).select(list(COLUMNS))


def conflicts_of(figures: list[Figure], tolerance: float = DEFAULT_TOLERANCE,
                 level_tolerance: float = DEFAULT_LEVEL_TOLERANCE) -> list[dict[str, Any]]:
    """The rows of the conflicts table for `figures` (as `prepare` gives them)."""
    groups: dict[tuple, list[Figure]] = {}
    for f in figures:
        if f.value is not None:
            groups.setdefault(f.key + (f.kind, f.qualifier), []).append(f)

    rows: list[dict[str, Any]] = []
    for _, figs in sorted(groups.items()):
        values: dict[tuple, _Value] = {}
        for f in figs:  # already in document order
            key = (f.value, f.value_hi, f.unit, f.bound)
            if key not in values:
                values[key] = _Value(f)
            values[key].add(f)
        ordered = list(values.values())
        for j in range(1, len(ordered)):
            later = ordered[j]
            # back to the most recent value this one cannot agree with: usually the one just before, so the
            # work is linear unless many values leave room for each other (bounds, roundings)
            for i in range(j - 1, -1, -1):
                if agree(ordered[i].first, later.first, tolerance=tolerance, level_tolerance=level_tolerance) is False:
                    rows.append(_pair_row(ordered[i], later, len(ordered)))
                    break
    return rows


def _pair_row(earlier: _Value, later: _Value, distinct_values: int) -> dict[str, Any]:
    """The row of two disagreeing values, quoting statements in two documents when the values are stated in two."""
    a, b = earlier.first, later.first
    if a.doc == b.doc:
        if later.other is not None:
            b = later.other
        elif earlier.other is not None:
            a = earlier.other
    if b.order < a.order:
        a, b, earlier, later = b, a, later, earlier
    return _row(a, b) | {"documents_a": len(earlier.documents), "documents_b": len(later.documents),
                         "distinct_values": distinct_values}


def _row(a: Figure, b: Figure) -> dict[str, Any]:
    r = a.row
    theirs = units.convert(b.value, b.unit, a.unit)
    return {
        **a.identity(),
        "kind": a.kind,
        "value_a": a.value,
        "unit_a": a.unit,
        "doc_a": a.doc,
        "evidence_a": text(r["evidence"]),
        "value_b": b.value,
        "unit_b": b.unit,
        "doc_b": b.doc,
        "evidence_b": text(b.row["evidence"]),
        "difference": None if theirs is None or a.value is None else float(f"{theirs - a.value:.10g}"),
        "rank_scope": a.scope,
        "qualifier": a.qualifier,
        "value_hi_a": a.value_hi,
        "bound_a": a.bound,
        "estimated_a": a.estimated,
        "source_a": text(r.get("source")),
        "doc_year_a": a.doc_year,
        "doc_type_a": a.doc_type,
        "value_hi_b": b.value_hi,
        "bound_b": b.bound,
        "estimated_b": b.estimated,
        "source_b": text(b.row.get("source")),
        "doc_year_b": b.doc_year,
        "doc_type_b": b.doc_type,
        "same_document": a.doc == b.doc,
    }
