"""Disagreements: revisions and restatements that cannot both be true; roundings and bounds that can."""

from __future__ import annotations

import pytest

from govreport.compare import conflicts
from govreport.schema import CONFLICTS
from tests.compare.fixtures import actual, figure, frame, gold_frame



def test_a_revised_growth_rate_is_listed_with_both_sources():
    table = conflicts(frame(actual(8.1, doc_year=2022, period="2021"), actual(8.3, doc_year=2023, period="2021",
                                                                             evidence="2021年增长8.3%")))
    assert list(table.columns[: len(CONFLICTS)]) == list(CONFLICTS)
    row = table.row(0, named=True)
    assert (row["value_a"], row["doc_a"], row["value_b"], row["doc_b"]) == (8.1, "doc2022", 8.3, "doc2023")
    assert row["difference"] == pytest.approx(0.2) and row["evidence_b"] == "2021年增长8.3%"
    assert row["same_document"] is False


def test_an_estimate_revised_later_is_a_disagreement():
    level = dict(measure="level", unit="万亿元", period="2022")
    row = conflicts(frame(actual(4.45, doc_year=2023, estimated=True, **level), actual(4.47, doc_year=2024, **level))).row(0, named=True)
    assert (row["estimated_a"], row["estimated_b"]) == (True, False)


@pytest.mark.parametrize(
    "a, b",
    [
        (dict(value=4.32, unit="万亿元"), dict(value=43214.0, unit="亿元")),  # a rounding in another unit
        (dict(value=4.0, unit="万亿元", bound="ge"), dict(value=4.32, unit="万亿元")),  # 突破4万亿元
        (dict(value=4.1, unit="%", bound="about"), dict(value=4.2, unit="%", bound="about")),  # 4.1%左右 / 4.2%左右
        (dict(value=4.0, unit="万亿元"), dict(value=4.0, unit="万亿元", doc_id="doc2025")),  # the same figure again
        (dict(value=2.5, unit="亿美元"), dict(value=17.0, unit="亿元")),  # different currencies: different facts
    ],
)
def test_statements_that_can_both_be_true_are_not_conflicts(a, b):
    assert conflicts(frame(actual(measure="level", doc_year=2023, **a), actual(measure="level", doc_year=2024, **b))).height == 0


def test_same_number_different_rounding_in_the_same_unit_is_a_conflict():
    table = conflicts(frame(actual(measure="level", doc_year=2023, value=4.32, unit="万亿元"),
                            actual(measure="level", doc_year=2024, value=4.3, unit="万亿元")))
    assert table.height == 1 and table["difference"][0] == pytest.approx(-0.02)


def test_qualified_figures_are_different_facts():
    plain = actual(-2.0, doc_year=2023)
    adjusted = actual(6.1, doc_year=2024, qualifier="扣除留抵退税因素后")
    assert conflicts(frame(plain, adjusted)).height == 0


def test_two_targets_for_one_year_are_flagged_too():
    table = conflicts(frame(figure(value=7.0, doc_id="report"), figure(value=7.5, doc_id="plan", doc_type="plan_report")))
    assert table.height == 1 and table["kind"][0] == "target"


def test_the_shanghai_gold_restates_without_contradicting_itself():
    # 外贸进出口总额达到4万亿元以上 (2022 report) and 连续两年超过4万亿元 (2023 report) agree.
    assert conflicts(gold_frame()).height == 0
