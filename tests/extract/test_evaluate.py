"""`govreport eval` and `govreport.extract.evaluate.score`: the guide's scoring rules, equal to the reference scorer."""

from __future__ import annotations

import copy
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from govreport.cli import app
from govreport.extract.evaluate import GOLD_VOCABULARY, base_unit, evaluate, evaluate_files, read_gold, score
from tests.support import GOLD, REPO, SCORER, reference_scorer

runner = CliRunner()


reference = reference_scorer


def seeds_gold() -> list[dict]:
    return [json.loads(line) for line in (GOLD / "seeds.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def perturbed(gold: list[dict]) -> list[dict]:
    """A prediction set with one of each kind of error an extraction makes, built from the gold."""
    pred = copy.deepcopy(gold)
    out = []
    for i, rec in enumerate(pred):
        if i % 9 == 0:
            continue  # missed
        if i % 9 == 1 and rec["value"] is not None:
            rec["value"] = rec["value"] * 1.01  # wrong figure: missed + spurious
        elif i % 9 == 2:
            rec["bound"] = "about" if rec["bound"] != "about" else "eq"  # only strict notices
        elif i % 9 == 3 and rec["unit"] == "亿元" and rec["value"] is not None:
            rec["unit"], rec["value"] = "万元", rec["value"] * 1e4  # same amount, other magnitude: a match
        elif i % 9 == 4:
            rec["source"] = "seeds/" + rec["source"] + "#1"  # extract gives paths and part suffixes
        elif i % 9 == 5 and rec["measure"] == "rank":
            rec["rank_scope"] = "全省"  # strict: wrong field ranked within
        elif i % 9 == 6:
            out.append(dict(rec))  # duplicate: one of the two is spurious
        elif i % 9 == 7:
            rec["kind"] = "target" if rec["kind"] == "actual" else "actual"
        out.append(rec)
    extra = dict(gold[0])
    out.append(dict(extra, source="999_elsewhere.txt"))  # a document the gold does not cover: not counted
    out.append(dict(extra, indicator="绿化覆盖率"))  # outside the vocabulary: not counted
    out.append(dict(extra, value=12345.0))  # spurious in scope
    return out


def same_numbers(mine, ref) -> None:
    assert (mine.overall.matched, mine.overall.predicted, mine.overall.gold) == (ref["tp"], ref["pred"], ref["gold"])
    assert mine.precision == pytest.approx(ref["precision"], abs=1e-12)
    assert mine.recall == pytest.approx(ref["recall"], abs=1e-12)
    assert mine.f1 == pytest.approx(ref["f1"], abs=1e-12)
    assert [r["evidence"] for r in mine.missed] == [r["raw"].get("evidence") for r in ref["missed"]]
    assert [r["evidence"] for r in mine.spurious] == [r["raw"].get("evidence") for r in ref["spurious"]]


# ---------------------------------------------------------------- equal to the reference scorer


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_perturbed_seeds_gold_scores_as_the_reference_scorer(strict):
    gold = seeds_gold()
    pred = perturbed(gold)
    mine = score(pred, gold, strict=strict)
    same_numbers(mine, reference().score(copy.deepcopy(pred), copy.deepcopy(gold), strict))
    # the perturbation really exercises both sides
    assert 0.5 < mine.precision < 1 and 0.5 < mine.recall < 1
    assert mine.out_of_scope == 2


def test_strict_is_below_lenient_when_bounds_differ():
    gold = seeds_gold()
    pred = perturbed(gold)
    assert score(pred, gold, strict=True).f1 < score(pred, gold, strict=False).f1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_perturbations_score_as_the_reference_scorer(data):
    gold = seeds_gold()
    ref = reference()
    picks = data.draw(st.lists(st.integers(0, len(gold) - 1), max_size=80), label="rows kept")
    edits = st.sampled_from(["keep", "value", "bound", "unit", "period", "scope", "hi", "nan_hi"])
    pred = []
    for i in picks:
        rec = dict(gold[i])
        edit = data.draw(edits)
        if edit == "value" and rec["value"] is not None:
            rec["value"] = rec["value"] + data.draw(st.sampled_from([0.1, 1e-9, -1]))
        elif edit == "bound":
            rec["bound"] = data.draw(st.sampled_from(["eq", "about", "ge", "le", "range", "", None]))
        elif edit == "unit" and rec["value"] is not None and rec["unit"] in ("亿元", "万人", "万户"):
            rec["unit"], rec["value"] = rec["unit"][1:], rec["value"] * (1e8 if rec["unit"][0] == "亿" else 1e4)
        elif edit == "period":
            rec["period"] = str(int(str(rec["period"])[:4]) + 1)
        elif edit == "scope":
            rec["rank_scope"] = data.draw(st.sampled_from([None, "", "全市", "全省"]))
        elif edit == "hi":
            rec["value_hi"] = 9.0
        elif edit == "nan_hi":
            rec["value_hi"] = float("nan")  # what a Parquet null becomes in some readers
        pred.append(rec)
    for strict in (False, True):
        same_numbers(score(pred, gold, strict=strict), ref.score(copy.deepcopy(pred), copy.deepcopy(gold), strict))


def test_vocabulary_is_the_guides_and_the_shipped_indicator_names():
    assert list(GOLD_VOCABULARY) == reference().VOCAB
    from govreport.extract.lexicon import read_rows

    shipped = {row["name"] for row in read_rows(REPO / "govreport" / "data" / "indicators.csv")}
    assert set(GOLD_VOCABULARY) <= shipped


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet", ".csv"])
def test_cli_json_equals_reference_scorer_run_on_the_same_file(tmp_path: Path, suffix):
    gold = seeds_gold()
    pred = perturbed(gold)
    path = tmp_path / f"pred{suffix}"
    frame = pl.DataFrame(pred, infer_schema_length=None)
    if suffix == ".parquet":
        frame.write_parquet(path)
    elif suffix == ".csv":
        frame.write_csv(path)
    else:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pred), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path), str(GOLD / "seeds.jsonl"), "--format", "json"])
    assert result.exit_code == 0, result.output
    mine = json.loads(result.stdout)
    for mode, flag in (("lenient", []), ("strict", ["--strict"])):
        if suffix == ".csv":
            # the reference reads CSV types from the first 100 rows and stops at a later "2016-2020" period;
            # give it the rows read whole instead
            rows = pl.read_csv(path, infer_schema_length=None).to_dicts()
            expected = reference().score(rows, seeds_gold(), mode == "strict")
        else:
            ref = subprocess.run([sys.executable, str(SCORER), str(path), str(GOLD / "seeds.jsonl"), "--json", *flag],
                                 capture_output=True, text=True, check=True)
            expected = json.loads(ref.stdout.splitlines()[0])
        got = mine[mode]
        assert (got["matched"], got["predicted"], got["gold"]) == (expected["tp"], expected["pred"], expected["gold"])
        assert got["f1"] == pytest.approx(expected["f1"], abs=1e-12)
        assert 0 < got["f1"] < 1


# ---------------------------------------------------------------- the rules, on small cases


def gdp(**changes) -> dict:
    rec = {"source": "000_a.txt", "region": "洛龙区", "region_code": "410311", "indicator": "地区生产总值",
           "measure": "level", "period": "2022", "kind": "actual", "value": 582.4, "value_hi": None,
           "unit": "亿元", "bound": "eq", "rank_scope": None, "evidence": "全区地区生产总值完成582.4亿元"}
    rec.update(changes)
    return rec


def test_magnitudes_convert_before_comparing():
    assert base_unit("亿元", 582.4) == ("元", pytest.approx(5.824e10))
    assert base_unit("万亿元", 1.2) == ("元", pytest.approx(1.2e12))
    assert base_unit("万", 3.0) == ("万", 3.0)  # a bare magnitude stays a unit
    assert base_unit("％", 5.0) == ("%", 5.0)
    # 1.2万人 is 12000人 (guide, rule 3)
    gold = [gdp(indicator="城镇新增就业", value=1.2, unit="万人")]
    assert score([gdp(indicator="城镇新增就业", value=12000, unit="人")], gold).f1 == 1.0
    assert score([gdp(indicator="城镇新增就业", value=1.2, unit="人")], gold).f1 == 0.0


def test_value_tolerance_is_relative_one_in_a_million():
    assert score([gdp(value=582.4 * (1 + 5e-7))], [gdp()]).f1 == 1.0
    assert score([gdp(value=582.5)], [gdp()]).f1 == 0.0


def test_bound_counts_only_in_strict_and_empty_bound_means_eq():
    assert score([gdp(bound="about")], [gdp()]).f1 == 1.0
    assert score([gdp(bound="about")], [gdp()], strict=True).f1 == 0.0
    assert score([gdp(bound="")], [gdp()], strict=True).f1 == 1.0


def test_rank_scope_counts_only_for_rank_rows_in_strict():
    rank = dict(measure="rank", value=1, unit="位", rank_scope="全市")
    assert score([gdp(**dict(rank, rank_scope="全省"))], [gdp(**rank)], strict=True).f1 == 0.0
    assert score([gdp(**dict(rank, rank_scope="全省"))], [gdp(**rank)]).f1 == 1.0
    assert score([gdp(rank_scope="全市")], [gdp()], strict=True).f1 == 1.0


def test_qualitative_target_matches_without_unit_but_value_hi_must_agree():
    target = dict(kind="target", period="2023", value=None, unit=None)
    assert score([gdp(**dict(target, unit="%"))], [gdp(**target)]).f1 == 1.0
    assert score([gdp(value=7, value_hi=8, unit="%")], [gdp(value=7, value_hi=None, unit="%")]).f1 == 0.0


def test_each_gold_record_matches_one_prediction():
    result = score([gdp(), gdp()], [gdp()])
    assert (result.overall.matched, result.overall.predicted) == (1, 2)
    assert result.precision == 0.5 and result.recall == 1.0
    assert len(result.spurious) == 1


def test_only_documents_and_indicators_the_gold_covers_are_counted():
    gold = [gdp()]
    pred = [gdp(), gdp(source="001_other.txt"), gdp(region_code="410300"), gdp(indicator="空气质量优良天数")]
    result = score(pred, gold)
    assert result.overall.predicted == 1 and result.out_of_scope == 3
    # a path and a part suffix on the prediction's source still name the gold document
    assert score([gdp(source="raw/000_a.txt#2")], gold).f1 == 1.0


def test_breakdowns_add_up_and_missed_carries_what_was_predicted():
    gold = [gdp(), gdp(measure="growth", value=5.2, unit="%"), gdp(source="001_b.txt", region="老城区", region_code="410302")]
    pred = [gdp(), gdp(measure="growth", value=5.3, unit="%", evidence="增长5.3%")]
    result = score(pred, gold)
    assert result.by_indicator["地区生产总值"] == result.overall
    assert result.by_document[("000_a.txt", "410311")].gold == 2
    assert result.by_document[("001_b.txt", "410302")].recall == 0.0
    assert result.document_regions[("001_b.txt", "410302")] == "老城区"
    notes = {r["value"]: r["note"] for r in result.missed}
    assert notes[5.2] == "predicted 5.3% eq" and notes[582.4] == ""
    assert [r["evidence"] for r in result.spurious] == ["增长5.3%"]


def test_no_predictions_scores_zero_not_an_error():
    result = score([], [gdp()])
    assert (result.precision, result.recall, result.f1) == (0.0, 0.0, 0.0)
    both = evaluate([], [gdp()])
    assert both.strict.overall.gold == both.lenient.overall.gold == 1


# ---------------------------------------------------------------- the command


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def small_files(tmp_path: Path):
    gold = [gdp(), gdp(measure="growth", value=5.2, unit="%", evidence="增长5.2%"),
            gdp(source="001_b.txt", region="老城区", region_code="410302", value=100.0)]
    pred = [gdp(bound="about"), gdp(measure="growth", value=5.3, unit="%", evidence="增长5.3%")]
    return write_jsonl(tmp_path / "pred.jsonl", pred), write_jsonl(tmp_path / "gold.jsonl", gold)


def test_cli_text_shows_scores_breakdowns_and_listings(small_files):
    pred, gold = small_files
    result = runner.invoke(app, ["eval", str(pred), str(gold)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "By indicator" in out and "By document" in out and "老城区" in out
    assert "Missed" in out and "增长5.2%" in out and "predicted 5.3% eq" in out
    assert "Spurious" in out and "增长5.3%" in out
    # lenient 1 of 2 predictions right, 1 of 3 gold found; strict none (bound about vs eq)
    assert "0.500   0.333   0.400" in out and "0.000      0.000       0.000" in out
    only_docs = runner.invoke(app, ["eval", str(pred), str(gold), "--by", "document", "--show", "0"]).stdout
    assert "By indicator" not in only_docs and "Missed" not in only_docs


def test_cli_json_equals_library(small_files):
    pred, gold = small_files
    result = runner.invoke(app, ["eval", str(pred), str(gold), "-f", "json", "--show", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    lib = evaluate([json.loads(l) for l in pred.read_text().splitlines()], read_gold(gold))
    assert data["lenient"]["f1"] == pytest.approx(lib.lenient.f1)
    assert data["strict"]["matched"] == lib.strict.overall.matched == 0
    assert len(data["strict"]["missed"]) == 1 and len(lib.strict.missed) == 3
    assert data["lenient"]["by_document"][1]["region"] == "老城区"


def test_cli_csv_is_one_row_per_group_and_mode(small_files):
    pred, gold = small_files
    result = runner.invoke(app, ["eval", str(pred), str(gold), "-f", "csv", "--by", "indicator"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["by"], r["mode"]) for r in rows] == [("overall", "strict"), ("indicator", "strict"),
                                                    ("overall", "lenient"), ("indicator", "lenient")]
    assert rows[2]["f1"] == "0.4000" and rows[2]["matched"] == "1"


def test_min_f1_fails_the_run_for_ci(small_files):
    pred, gold = small_files
    assert runner.invoke(app, ["eval", str(pred), str(gold), "--min-f1", "0.5"]).exit_code == 1
    assert "below --min-f1" in runner.invoke(app, ["eval", str(pred), str(gold), "--min-f1", "0.5"]).stderr
    assert runner.invoke(app, ["eval", str(gold), str(gold), "--min-f1", "1"]).exit_code == 0


def test_missing_file_is_one_line_and_exit_2(small_files, tmp_path: Path):
    pred, gold = small_files
    result = runner.invoke(app, ["eval", str(tmp_path / "nope.parquet"), str(gold)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"govreport: error: {tmp_path / 'nope.parquet'}: no such file"
    assert runner.invoke(app, ["eval", str(pred), str(tmp_path / "nope.jsonl")]).exit_code == 2
    assert result.stdout == ""


def test_gold_without_the_fields_is_refused(small_files, tmp_path: Path):
    pred, _ = small_files
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"source": "a.txt", "indicator": "地区生产总值", "value": 1}])
    result = runner.invoke(app, ["eval", str(pred), str(bad)])
    assert result.exit_code == 2
    assert "not a gold set: line 1: missing field(s) region_code, measure, period, kind, unit" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"source": "a.txt"\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(pred), str(broken)])
    assert result.exit_code == 2 and "line 1 is not JSON" in result.stderr


def test_prediction_table_without_the_fields_is_refused(small_files, tmp_path: Path):
    _, gold = small_files
    docs = tmp_path / "docs.csv"
    docs.write_text("doc_id,source,text\nx,000_a.txt,全区地区生产总值\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(docs), str(gold)])
    assert result.exit_code == 2
    assert "not an extraction table: missing field(s) region_code, indicator" in result.stderr


def test_unknown_format_or_breakdown_is_a_usage_error(small_files):
    pred, gold = small_files
    assert runner.invoke(app, ["eval", str(pred), str(gold), "-f", "xml"]).exit_code == 2
    assert runner.invoke(app, ["eval", str(pred), str(gold), "--by", "year"]).exit_code == 2


def test_predictions_on_stdin(small_files):
    pred, gold = small_files
    result = runner.invoke(app, ["eval", "-", str(gold), "-f", "json"], input=pred.read_bytes())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["lenient"]["matched"] == 1


def test_gold_kept_as_csv_scores_like_jsonl(small_files, tmp_path: Path):
    pred, gold = small_files
    as_csv = tmp_path / "gold.csv"
    pl.DataFrame(read_gold(gold), infer_schema_length=None).write_csv(as_csv)
    assert evaluate_files(pred, as_csv).lenient.f1 == evaluate_files(pred, gold).lenient.f1 == pytest.approx(0.4)
    pl.DataFrame({"source": ["a.txt"], "value": [1.0]}).write_csv(as_csv)
    result = runner.invoke(app, ["eval", str(pred), str(as_csv)])
    assert result.exit_code == 2 and "not a gold set: missing field(s) region_code" in result.stderr
