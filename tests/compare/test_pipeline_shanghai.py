"""End to end: clean + extract on the dev corpus (上海市 2020-2024), then attainment against the gold pairs."""

from __future__ import annotations

import pytest

from govreport.compare import attainment, units
from tests.compare.test_attainment import _expected_status, _gold_pairs
from tests.support import DEV_CORPUS


def test_the_real_pipeline_pairs_shanghai_targets_with_next_years_actuals():
    from govreport.clean import CleanFailure, clean_paths
    from govreport.extract import extract_documents
    from govreport.io import expand_inputs, frame_from_rows
    from govreport.schema import DOCUMENTS

    docs = [d for d in clean_paths(expand_inputs([DEV_CORPUS])) if not isinstance(d, CleanFailure)]
    table = attainment(extract_documents(frame_from_rows(docs, DOCUMENTS), jobs=1))
    missing = []
    for t, a in _gold_pairs():
        rows = [r for r in table.iter_rows(named=True)
                if r["region_code"] == "310000" and r["indicator"] == t["indicator"] and r["measure"] == t["measure"]
                and r["period"] == t["period"] and r["target_value"] is not None
                and units.convert(r["target_value"], r["target_unit"], t["unit"]) == pytest.approx(t["value"])]
        ok = [r for r in rows if r["actual_value"] is not None
              and units.convert(r["actual_value"], r["actual_unit"], a["unit"]) == pytest.approx(a["value"])
              and r["status"] == _expected_status(t, a)]
        if not ok:
            missing.append(f"{t['evidence']} -> {a['evidence']}")
    assert not missing, missing
