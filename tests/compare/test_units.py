"""Unit scales: magnitudes convert, different kinds never do, rounding follows the written digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreport.compare import units


@pytest.mark.parametrize(
    "value, from_unit, to_unit, expected",
    [
        (1.2, "万人", "人", 12000.0),
        (4.32, "万亿元", "亿元", 43200.0),
        (7608.2, "亿元", "万亿元", 0.76082),
        (7000.0, "万美元", "亿美元", 0.7),
        (1.7, "万家", "家", 17000.0),
        (45.0, "亿斤", "万斤", 450000.0),
        (3.0, "万辆", "辆", 30000.0),  # not listed: 万 before any unit
        (2.0, "亿千瓦时", "万千瓦时", 20000.0),
        (5.0, "%", "%", 5.0),
    ],
)
def test_convert(value, from_unit, to_unit, expected):
    assert units.convert(value, from_unit, to_unit) == pytest.approx(expected)


@pytest.mark.parametrize("a, b", [("亿元", "亿美元"), ("%", "个百分点"), ("万人", "万户"), ("倍", "%"), ("位", "个")])
def test_different_kinds_never_convert(a, b):
    assert units.convert(1.0, a, b) is None
    assert not units.comparable(a, b)


def test_rates_and_their_differences():
    assert units.is_rate("%") and units.is_rate("个百分点") and not units.is_rate("亿元")
    assert units.gap_unit("%") == "个百分点" and units.gap_unit("亿元") == "亿元"


def test_rounding_is_half_the_last_written_digit():
    assert units.rounding(4.32, "万亿元", "亿元") == pytest.approx(50.0)  # 4.315-4.325 万亿元
    assert units.rounding(43214.0, "亿元", "亿元") == pytest.approx(0.5)
    assert units.rounding(None, "亿元", "亿元") == 0.0


UNITS = ["万亿元", "亿元", "万元", "元", "万人", "人", "家", "万家", "%", "亿斤", "万吨", "万辆"]


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.sampled_from(UNITS), st.sampled_from(UNITS))
def test_convert_round_trips(value, a, b):
    there = units.convert(value, a, b)
    if units.comparable(a, b):
        assert units.convert(there, b, a) == pytest.approx(value, rel=1e-9, abs=1e-9)
    else:
        assert there is None
