"""The statistics benchmarks/bench.py reports: medians, ratios of medians, per-round ratios, round order."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"


@pytest.fixture(scope="module")
def bench():
    # bench.py is a script, not a package module: load it by path (its top level imports only the stdlib)
    spec = importlib.util.spec_from_file_location("govreport_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_spread_skips_missing_rounds(bench):
    assert bench.spread([3.0, None, 1.0, 2.0]) == {"median": 2.0, "min": 1.0, "max": 3.0, "n": 3}
    assert bench.spread([4.0, 1.0]) == {"median": 2.5, "min": 1.0, "max": 4.0, "n": 2}
    assert bench.spread([None, None]) is None


def test_ratio_of_medians_is_not_the_median_of_ratios(bench):
    ours, theirs = [5.0, 6.0, 4.0], [1.0, 2.0, 1.25]
    assert bench.ratio_of_medians(ours, theirs) == pytest.approx(5.0 / 1.25)
    assert bench.per_round_ratios(ours, theirs) == pytest.approx([5.0, 3.0, 3.2])
    entry = bench.ratio_entry(bench.ratio_of_medians(ours, theirs), bench.per_round_ratios(ours, theirs))
    assert entry["of_medians"] == pytest.approx(4.0)
    assert entry["per_round_median"] == pytest.approx(3.2)
    assert (entry["per_round_min"], entry["per_round_max"]) == pytest.approx((3.0, 5.0))


def test_a_failed_round_gives_no_ratio_for_that_round(bench):
    assert bench.per_round_ratios([2.0, None, 3.0], [1.0, 1.0, 0.0]) == [2.0, None, None]
    assert bench.ratio_of_medians([None], [1.0]) is None
    with pytest.raises(ValueError):  # rounds are paired one to one
        bench.per_round_ratios([1.0], [1.0, 2.0])


def test_marginal_rate_is_the_second_half_alone(bench):
    # 10 MB more took 2 s more: 5 MB/s, whatever the start-up paid by both runs
    assert bench.marginal_rate(10.0, 5.0, 3.0) == pytest.approx(5.0)
    assert bench.marginal_rate(10.0, 3.0, 3.0) is None
    assert bench.marginal_rate(10.0, None, 3.0) is None


def test_round_order_reverses_every_other_round(bench):
    assert bench.round_orders(["a", "b", "c"], 3) == [["a", "b", "c"], ["c", "b", "a"], ["a", "b", "c"]]
    assert bench.round_orders(["a", "b"], 1) == [["a", "b"]]
