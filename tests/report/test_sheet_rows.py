"""The workbook's sheets are sorted in polars (SheetRows) in the order a stable sort of every row's dict gives."""

from __future__ import annotations

import polars as pl
import pytest

from govreport.report import sheets as S
from tests.report.fixtures import build_tables


def _s(value):
    return "" if value is None else str(value)


def _rank(vocab, r):
    return vocab.rank(r.get("indicator_id"), r.get("indicator"))


def _measure(r):
    return S.MEASURE_ORDER.get(_s(r.get("measure")), 99)


def _period(r):
    return S._period_key(r.get("period"))


# The sheets' orders as they were written before SheetRows: a key on each row's dict.
PYTHON_KEYS = {
    "attainment": (S.attainment_rows, lambda v, r: (_s(r.get("region_code")), _s(r.get("region")), _rank(v, r), _measure(r), _period(r),
                                                   _s(r.get("target_doc")), _s(r.get("target_evidence")), _s(r.get("actual_doc")))),
    "regions": (S.across_rows, lambda v, r: (_rank(v, r), _measure(r), _period(r), _s(r.get("kind")), _s(r.get("parent_code")),
                                             r.get("sibling_rank") if isinstance(r.get("sibling_rank"), int) else 10**9,
                                             _s(r.get("region_code")), _s(r.get("doc_id")), _s(r.get("evidence")))),
    "series": (S.series_rows, lambda v, r: (_s(r.get("region_code")), _s(r.get("region")), _rank(v, r), _measure(r), _s(r.get("unit")),
                                            _period(r), _s(r.get("target_doc")), _s(r.get("actual_doc")))),
    "conflicts": (S.conflict_rows, lambda v, r: (_s(r.get("region_code")), _rank(v, r), _measure(r), _period(r), _s(r.get("kind")),
                                                 _s(r.get("doc_a")), _s(r.get("evidence_a")), _s(r.get("doc_b")), _s(r.get("evidence_b")))),
    "documents": (lambda frame, vocab: S.document_rows(frame),
                  lambda v, r: (_s(r.get("region_code")), r.get("year") if isinstance(r.get("year"), int) else 0, _s(r.get("source")),
                                r.get("part") if isinstance(r.get("part"), int) else 0, _s(r.get("doc_id")))),
}


def _shuffled_with_awkward_values(frame: pl.DataFrame) -> pl.DataFrame:
    # every row three times, numbered (rows of equal keys keep their order: the sort is stable), out of
    # order; empty and missing periods, codes and names (which sort alike); a period that is no year;
    # hostile text (tests/report/fixtures.HOSTILE)
    frame = pl.concat([frame] * 3).with_row_index("number").sample(fraction=1.0, shuffle=True, seed=7)
    n = frame.height
    changes = {}
    for name, values in (("period", [None, "", "2021-2025", "十四五", "2023"]), ("region_code", [None, "", "310000"]),
                         ("indicator", [None, "", "地区生产总值"]), ("indicator_id", [None, "", "gdp", "not_in_vocabulary"])):
        if name in frame.columns:
            changes[name] = pl.Series(name, [values[i % len(values)] if i % 3 == 0 else v
                                             for i, v in enumerate(frame.get_column(name).to_list())], dtype=pl.String)
    return frame.with_columns(**changes) if changes else frame


@pytest.mark.parametrize("kind", list(PYTHON_KEYS))
def test_sheet_order_equals_sorting_every_row(kind):
    vocab = S.load_vocabulary()
    frame = _shuffled_with_awkward_values(build_tables(hostile=True)[kind])
    assert frame.height > 5
    make, key = PYTHON_KEYS[kind]
    want = sorted((r for r in frame.drop("text", strict=False).iter_rows(named=True)), key=lambda r: key(vocab, r))
    rows = make(frame, vocab)
    got = list(rows)
    for r in got:
        r.pop("_diff_unit", None), r.pop("_gap_unit", None)
    assert len(rows) == frame.height and got == want


def test_rows_are_handed_out_in_batches_and_the_first_rows_on_their_own(monkeypatch):
    monkeypatch.setattr(S.SheetRows, "BATCH", 3)
    vocab = S.load_vocabulary()
    rows = S.series_rows(build_tables()["series"], vocab)
    first = rows[:4]
    assert first == rows.head(4) == list(rows)[:4] and all("_diff_unit" in r for r in first)
