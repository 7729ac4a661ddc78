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


def test_a_revision_path_is_one_row_per_revision_not_one_per_pair():
    # 8.1 (estimate) -> 8.3 -> 8.4: each value beside the one it revised; 8.1 against 8.4 adds nothing
    table = conflicts(frame(actual(8.1, doc_year=2022, period="2021"), actual(8.3, doc_year=2023, period="2021"),
                            actual(8.4, doc_year=2024, period="2021")))
    assert [(r["value_a"], r["value_b"]) for r in table.iter_rows(named=True)] == [(8.1, 8.3), (8.3, 8.4)]
    assert set(table["distinct_values"]) == {3}


def test_the_same_value_restated_later_is_one_value_counting_its_documents():
    table = conflicts(frame(actual(8.1, doc_year=2022, period="2021"), actual(8.3, doc_year=2023, period="2021"),
                            actual(8.3, doc_year=2024, period="2021")))
    assert table.height == 1
    row = table.row(0, named=True)
    assert (row["doc_a"], row["doc_b"], row["documents_a"], row["documents_b"]) == ("doc2022", "doc2023", 1, 2)


def test_a_value_that_agrees_with_the_one_before_is_set_beside_an_earlier_one_it_contradicts():
    # 4.3 (2022), 4万亿元以上 (2023, agrees with both), 4.5 (2024): 4.5 contradicts 4.3 only
    level = dict(measure="level", unit="万亿元", period="2021")
    table = conflicts(frame(actual(4.3, doc_year=2022, **level), actual(4.0, doc_year=2023, bound="ge", **level),
                            actual(4.5, doc_year=2024, **level)))
    assert [(r["value_a"], r["value_b"]) for r in table.iter_rows(named=True)] == [(4.3, 4.5)]


def test_a_contradiction_across_documents_is_not_hidden_behind_one_inside_a_document():
    # 3 and 5 in one report (two facts the extractor could not tell apart), 5 again in the next: the row
    # quotes the next report, so filtering out same_document keeps it
    table = conflicts(frame(actual(3.0, doc_year=2023, doc_id="r2023", start=10), actual(5.0, doc_year=2023, doc_id="r2023",
                                                                                         start=90),
                            actual(5.0, doc_year=2024, doc_id="r2024")))
    row = table.row(0, named=True)
    assert table.height == 1 and (row["doc_a"], row["doc_b"], row["same_document"]) == ("r2023", "r2024", False)


def test_a_long_list_of_one_document_grows_the_table_linearly():
    # a report listing 400 projects, each with its 计划投资, under one government and period: 399 rows, not 79,800
    projects = [figure(value=float(10 + i), unit="亿元", measure="level", indicator="计划投资", doc_id="report", start=i * 20)
                for i in range(400)]
    table = conflicts(frame(*projects))
    assert table.height == 399 and set(table["same_document"]) == {True} and set(table["distinct_values"]) == {400}
