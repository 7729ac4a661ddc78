"""Target attainment: the Shanghai gold pairs, then one small case per rule."""

from __future__ import annotations

import csv
import json

import pytest

from govreport.compare import attainment
from govreport.schema import ATTAINMENT, STATUSES
from tests.compare.fixtures import actual, figure, frame, gold_frame
from tests.support import GOLD, REPO



def one(table, **where) -> dict:
    rows = [r for r in table.iter_rows(named=True) if all(r[k] == v for k, v in where.items())]
    assert len(rows) == 1, (where, rows)
    return rows[0]


def status_of(*rows, **kw) -> str:
    table = attainment(frame(*rows), **kw)
    assert table.height == 1
    return table["status"][0]


# ---------------------------------------------------------------- the Shanghai gold


def _gold_pairs() -> list[tuple[dict, dict]]:
    """Every numeric 2020-2023 target in the dev gold with a numeric actual for it in the next year's report."""
    rows = [json.loads(line) for line in open(GOLD / "dev-shanghai.jsonl", encoding="utf-8") if line.strip()]
    year = lambda r: int(r["source"].split("_")[1])  # noqa: E731  shanghai_2021_gwr.txt
    pairs = []
    for t in rows:
        if t["kind"] != "target" or t["value"] is None or not 2020 <= year(t) <= 2023 or t["period"] != str(year(t)):
            continue
        found = [a for a in rows if a["kind"] == "actual" and year(a) == year(t) + 1 and a["value"] is not None
                 and all(a[k] == t[k] for k in ("region_code", "indicator", "measure", "period", "unit"))]
        if found:
            assert len(found) == 1
            pairs.append((t, found[0]))
    return pairs


def _directions() -> dict[str, str]:
    with open(REPO / "govreport" / "data" / "indicators.csv", encoding="utf-8") as fh:
        return {r["name"]: r["direction"] for r in csv.DictReader(line for line in fh if not line.startswith("#"))}


def _expected_status(t: dict, a: dict) -> str:
    """The rule as an analyst states it, written independently of the library: bounds first, then the direction."""
    lower = _directions()[t["indicator"]] == "lower"
    slack = 0.5 if t["bound"] == "about" else 0.0
    v = a["value"]
    if t["bound"] == "ge":
        return "met" if v >= t["value"] else "missed"
    if t["bound"] == "le":
        return "met" if v <= t["value"] else "missed"
    if lower:
        return "met" if v <= t["value"] + slack else "missed"
    return "met" if v >= t["value"] - slack else "missed"


def test_every_shanghai_target_with_a_next_year_actual_has_both_values_and_the_right_status():
    pairs = _gold_pairs()
    assert len(pairs) >= 12  # 2020-2023: GDP, budget revenue, CPI, unemployment, R&D intensity
    table = attainment(gold_frame())
    for t, a in pairs:
        row = one(table, region_code="310000", indicator=t["indicator"], measure=t["measure"], period=t["period"])
        assert row["target_value"] == t["value"] and row["target_bound"] == t["bound"]
        assert row["actual_value"] == a["value"] and row["actual_doc"] == a["source"]
        assert row["target_evidence"] == t["evidence"] and row["actual_evidence"] == a["evidence"]
        assert row["gap"] == pytest.approx(a["value"] - t["value"])
        assert row["status"] == _expected_status(t, a), (t["evidence"], a["evidence"])


def test_shanghai_statuses_read_as_an_analyst_would():
    table = attainment(gold_frame())
    assert set(table.columns[: len(ATTAINMENT)]) == set(ATTAINMENT)
    assert set(table.get_column("status").unique()) <= set(STATUSES)
    # 2020: 增长6%左右, then 全年实现生产总值增长1.7% (the pandemic year)
    gdp_2020 = one(table, indicator_id="gdp", measure="growth", period="2020")
    assert (gdp_2020["status"], gdp_2020["gap"], gdp_2020["gap_unit"]) == ("missed", pytest.approx(-4.3), "个百分点")
    # 2023: 增长5.5%以上, then 增长5%: a floor missed by half a point
    assert one(table, indicator_id="gdp", measure="growth", period="2023")["status"] == "missed"
    # 居民消费价格涨幅3%左右 is a ceiling: 上涨0.3% meets it
    assert one(table, indicator_id="cpi", period="2023")["status"] == "met"
    # 城镇调查失业率4.8%左右, then 稳定在4.4%以内: the actual is itself a bound, all of it below the target
    unemployment = one(table, indicator_id="surveyed_unemployment", period="2020")
    assert (unemployment["status"], unemployment["actual_bound"]) == ("met", "le")
    # 2022 GDP growth was not stated in the 2023 report (only the level, 预计4.45万亿元)
    assert one(table, indicator_id="gdp", measure="growth", period="2022")["status"] == "no_actual"
    # 到2027年研发强度4.5%以上: a plan-end target, no actual yet
    plan = one(table, indicator_id="rd_intensity", period="2027")
    assert (plan["status"], plan["period_kind"]) == ("no_actual", "plan_end")
    # 居民人均可支配收入增长与经济增长基本同步: qualitative, but the actual is shown
    income = one(table, indicator_id="disposable_income", period="2023")
    assert (income["status"], income["actual_value"], income["gap"]) == ("qualitative", 6.6, None)


def test_shanghai_status_counts():
    counts = dict(attainment(gold_frame()).get_column("status").value_counts().iter_rows())
    assert counts == {"met": 12, "missed": 2, "no_actual": 13, "qualitative": 13}


# ---------------------------------------------------------------- bounds and directions


@pytest.mark.parametrize(
    "bound, target, value, expected",
    [
        ("ge", 5.5, 5.5, "met"),  # 增长5.5%以上: the target itself is enough
        ("ge", 5.5, 5.4, "missed"),  # no tolerance on a stated floor
        ("eq", 5.5, 5.4, "missed"),  # 增长5.5%: read as a floor for a higher-better indicator
        ("eq", 5.5, 9.0, "met"),  # beating a growth target meets it
        ("about", 6.0, 5.5, "met"),  # 增长6%左右: within 0.5 points
        ("about", 6.0, 5.4, "missed"),
        ("about", 6.0, 8.1, "met"),  # beyond 左右 in the better direction
        ("le", 5.0, 5.0, "met"),
    ],
)
def test_bounds_for_a_higher_better_growth_target(bound, target, value, expected):
    assert status_of(figure(bound=bound, value=target), actual(value)) == expected


@pytest.mark.parametrize(
    "bound, target, value, expected",
    [
        ("about", 3.0, 3.5, "met"),  # 居民消费价格涨幅3%左右: a ceiling with 0.5 points' slack
        ("about", 3.0, 3.6, "missed"),
        ("about", 3.0, 0.3, "met"),  # far below a price ceiling is not a miss
        ("eq", 3.0, 3.1, "missed"),
        ("le", 3.0, 2.0, "met"),
    ],
)
def test_lower_better_indicators_read_targets_as_ceilings(bound, target, value, expected):
    cpi = dict(indicator="居民消费价格", indicator_id="cpi")
    assert status_of(figure(bound=bound, value=target, **cpi), actual(value, **cpi)) == expected


def test_an_energy_intensity_fall_is_met_by_a_bigger_fall():
    energy = dict(indicator="单位地区生产总值能耗", indicator_id="energy_intensity")
    assert status_of(figure(value=-3.0, **energy), actual(-3.5, **energy)) == "met"  # 下降3%, then 下降3.5%
    assert status_of(figure(value=-3.0, **energy), actual(-2.0, **energy)) == "missed"


def test_a_spending_target_without_a_better_direction_is_met_only_near_it():
    spend = dict(indicator="一般公共预算支出", indicator_id="budget_expenditure")
    assert status_of(figure(value=5.0, **spend), actual(5.4, **spend)) == "met"
    assert status_of(figure(value=5.0, **spend), actual(8.0, **spend)) == "missed"


def test_a_range_target_is_met_inside_and_beyond_it_in_the_better_direction():
    rows = attainment(frame(figure(bound="range", value=7.0, value_hi=8.0), actual(6.8)))
    assert (rows["status"][0], rows["gap"][0]) == ("missed", pytest.approx(-0.2))  # measured from the nearer end
    assert status_of(figure(bound="range", value=7.0, value_hi=8.0), actual(7.5)) == "met"
    assert status_of(figure(bound="range", value=7.0, value_hi=8.0), actual(9.0)) == "met"


def test_the_tolerance_option_changes_about():
    assert status_of(figure(bound="about", value=6.0), actual(5.7), tolerance=0.2) == "missed"
    assert status_of(figure(bound="about", value=6.0), actual(5.7), tolerance=0.5) == "met"


def test_about_for_amounts_is_relative():
    level = dict(measure="level", unit="亿元")
    # 地区生产总值600亿元左右: 1% is 6亿元
    assert status_of(figure(bound="about", value=600.0, **level), actual(594.5, **level)) == "met"
    assert status_of(figure(bound="about", value=600.0, **level), actual(590.0, **level)) == "missed"
    assert status_of(figure(bound="about", value=600.0, **level), actual(590.0, **level), level_tolerance=0.02) == "met"


def test_a_rank_target_is_met_by_a_better_place():
    rank = dict(indicator="地区生产总值", measure="rank", unit="位", rank_scope="全市")
    assert status_of(figure(bound="le", value=3.0, **rank), actual(2.0, **rank)) == "met"  # 进入全市前三
    assert status_of(figure(bound="eq", value=1.0, **rank), actual(2.0, **rank)) == "missed"
    # a place in another ranking is another fact
    assert status_of(figure(bound="eq", value=1.0, **rank), actual(1.0, **{**rank, "rank_scope": "全省"})) == "no_actual"


# ---------------------------------------------------------------- units


def test_units_are_brought_to_the_targets_before_comparing():
    jobs = dict(indicator="城镇新增就业", indicator_id="new_urban_jobs", measure="level")
    table = attainment(frame(figure(value=1.2, unit="万人", bound="ge", **jobs), actual(12500.0, unit="人", **jobs)))
    row = table.row(0, named=True)
    assert (row["status"], row["actual_value"], row["actual_unit"]) == ("met", 12500.0, "人")
    assert (row["actual_in_target_unit"], row["gap"], row["gap_unit"]) == (1.25, pytest.approx(0.05), "万人")


def test_trillions_against_hundred_millions():
    level = dict(measure="level", bound="ge")
    table = attainment(frame(figure(value=4.7, unit="万亿元", **level), actual(47218.7, unit="亿元", measure="level")))
    assert table["status"][0] == "met" and table["gap"][0] == pytest.approx(0.02187)


def test_an_actual_in_another_currency_is_not_compared():
    fdi = dict(indicator="实际利用外资", indicator_id="fdi", measure="level")
    row = attainment(frame(figure(value=2.5, unit="亿美元", **fdi), actual(17.0, unit="亿元", **fdi))).row(0, named=True)
    assert (row["status"], row["actual_value"]) == ("no_actual", None)
    assert "亿元" in row["note"]


# ---------------------------------------------------------------- which actual


def test_a_final_figure_from_a_later_document_beats_an_estimate():
    table = attainment(frame(
        figure(value=5.5, doc_year=2022, doc_id="doc2022", period="2022"),
        actual(5.2, doc_year=2023, estimated=True, period="2022"),  # 预计增长5.2%
        actual(5.4, doc_year=2024, period="2022"),
    ))
    row = table.row(0, named=True)
    assert (row["actual_value"], row["actual_estimated"], row["actual_doc"], row["status"]) == (5.4, False, "doc2024", "missed")


def test_an_actual_known_only_as_an_estimate_says_so():
    row = attainment(frame(figure(value=5.5), actual(5.6, estimated=True))).row(0, named=True)
    assert (row["status"], row["actual_estimated"]) == ("met", True)
    assert "预计" in row["note"]


def test_the_targets_own_document_is_used_only_when_nothing_else_exists():
    own = actual(5.0, doc_year=2023, doc_id="doc2023")
    assert attainment(frame(figure(), own))["actual_same_document"][0] is True
    row = attainment(frame(figure(), own, actual(6.0))).row(0, named=True)
    assert (row["actual_value"], row["actual_same_document"], row["status"]) == (6.0, False, "met")


def test_a_statistical_communique_comes_before_a_report():
    table = attainment(frame(
        figure(),
        actual(5.6, doc_year=2024, doc_id="report2024"),
        actual(5.6, doc_year=2024, doc_id="communique2024", doc_type="statistical_communique"),
    ))
    assert table["actual_doc"][0] == "communique2024"


def test_later_documents_with_different_verdicts_conflict():
    row = attainment(frame(figure(value=5.5), actual(5.6, doc_year=2024), actual(5.3, doc_year=2025))).row(0, named=True)
    assert row["status"] == "conflicting"
    assert (row["actual_value"], row["actual_alternatives"]) == (5.6, "5.3")


def test_a_revision_that_keeps_the_verdict_is_not_a_conflict():
    row = attainment(frame(figure(value=6.0), actual(8.1, doc_year=2024), actual(8.3, doc_year=2025))).row(0, named=True)
    assert (row["status"], row["actual_value"], row["actual_alternatives"]) == ("met", 8.1, "8.3")


def test_an_actual_stated_only_as_a_bound_may_not_be_enough_to_judge():
    level = dict(measure="level", unit="万亿元", indicator="进出口总额", indicator_id="trade")
    row = attainment(frame(figure(value=4.2, **level), actual(4.0, bound="ge", **level))).row(0, named=True)
    assert (row["status"], row["actual_value"], row["actual_bound"]) == ("no_actual", 4.0, "ge")  # 4万亿元以上
    assert "not enough to judge" in row["note"]
    # ... but a bound clearing the target is enough (高新技术企业突破2万家 against 1.8万家)
    assert status_of(figure(value=1.8, **level), actual(2.0, bound="ge", **level)) == "met"


def test_an_actual_with_the_targets_qualifier_is_preferred():
    tax = dict(indicator="一般公共预算收入", indicator_id="budget_revenue")
    row = attainment(frame(
        figure(value=5.0, **tax),
        actual(-2.0, **tax),
        actual(6.1, qualifier="扣除留抵退税因素后", **tax),
    )).row(0, named=True)
    assert (row["actual_value"], row["status"]) == (-2.0, "missed")
    row = attainment(frame(figure(value=5.0, qualifier="扣除留抵退税因素后", **tax), actual(-2.0, **tax),
                           actual(6.1, qualifier="扣除留抵退税因素后", **tax))).row(0, named=True)
    assert (row["actual_value"], row["status"]) == (6.1, "met")


def test_another_governments_actual_is_never_used():
    other = actual(9.0, region="洛阳市", region_code="410300")
    assert status_of(figure(), other) == "no_actual"


def test_an_indicator_outside_the_vocabulary_is_assumed_higher_better():
    new = dict(indicator="新建口袋公园", indicator_id="", measure="level", unit="个")
    row = attainment(frame(figure(value=1000.0, **new), actual(1200.0, **new))).row(0, named=True)
    assert (row["status"], row["direction"]) == ("met", "higher")
    assert "assumed" in row["note"]


def test_no_targets_gives_an_empty_table_with_the_columns():
    table = attainment(frame(actual(5.0)))
    assert table.height == 0 and list(table.columns[: len(ATTAINMENT)]) == list(ATTAINMENT)


# ---------------------------------------------------------------- properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_values = st.floats(min_value=-50, max_value=50, allow_nan=False).map(lambda v: round(v, 1))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["eq", "about", "ge", "le"]), st.sampled_from(["gdp", "cpi", "budget_expenditure"]), _values, _values,
       _values)
def test_status_is_monotone_in_the_better_direction(bound, ident, target, a, b):
    """If an actual meets a higher-better target, a larger one does too (mirrored for lower-better).

    Except against an explicit bound the other way (a GDP growth 以内 is a ceiling whatever the direction).
    """
    names = {"gdp": "地区生产总值", "cpi": "居民消费价格", "budget_expenditure": "一般公共预算支出"}
    ind = dict(indicator=names[ident], indicator_id=ident)
    lo, hi = sorted((a, b))
    s_lo = status_of(figure(bound=bound, value=target, **ind), actual(lo, **ind))
    s_hi = status_of(figure(bound=bound, value=target, **ind), actual(hi, **ind))
    assert {s_lo, s_hi} <= {"met", "missed"}
    if ident == "gdp" and s_lo == "met" and bound != "le":
        assert s_hi == "met"
    if ident == "cpi" and s_hi == "met" and bound != "ge":
        assert s_lo == "met"


@pytest.mark.parametrize("fields", [
    {"doc_type": "news"},  # a news item sharing the page with a report (seed 004's parts)
    {"subject": "临港新片区"},  # a sub-area's figure, not the government's
])
def test_news_and_someone_elses_figures_stay_out(fields):
    # the actual alone would meet the target; left out, the target has no actual
    assert status_of(figure(), actual(5.6, **fields)) == "no_actual"
