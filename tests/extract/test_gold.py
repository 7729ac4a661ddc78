"""The whole extract stage against the gold sets, scored by the annotation guide's own scorer (strict).

Measured when written: seeds P 0.994 / R 0.994, Shanghai dev P 1.000 / R 1.000 (strict)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from govreport.clean import clean_paths
from govreport.clean.pipeline import CleanFailure
from govreport.extract import extract_document
from tests.support import DEV_CORPUS, GOLD, SEEDS, reference_scorer




reference = reference_scorer


@lru_cache(maxsize=None)
def documents(folder: str) -> tuple[dict, ...]:
    paths = sorted(str(p) for p in Path(folder).iterdir() if p.suffix in (".txt", ".html", ".pdf"))
    out = list(clean_paths(paths))
    assert not [d for d in out if isinstance(d, CleanFailure)]
    return tuple(out)


@lru_cache(maxsize=None)
def predictions(folder: str) -> tuple[dict, ...]:
    return tuple(row for d in documents(folder) for row in extract_document(d))


def gold(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_seeds_strict_score():
    res = reference().score(list(predictions(str(SEEDS))), gold("seeds.jsonl"), strict=True)
    assert res["precision"] >= 0.97, res["spurious"][:5]
    assert res["recall"] >= 0.95, res["missed"][:5]


def test_shanghai_strict_score():
    res = reference().score(list(predictions(str(DEV_CORPUS))), gold("dev-shanghai.jsonl"), strict=True)
    assert res["precision"] >= 0.95, res["spurious"][:5]
    assert res["recall"] >= 0.95, res["missed"][:5]


# Gold sets of governments nobody tuned for (tests/data/README.md): floors a little under what was measured
# (strict P / R when last raised: provinces-counties 0.992 / 0.976, reports-2 1.000 / 0.994, communiqués as served
# 1.000 / 0.980), so a rule that costs figures elsewhere fails here and not in a user's table.
@pytest.mark.parametrize("folder, name, precision, recall", [
    ("dev-provinces-counties", "dev-provinces-counties.jsonl", 0.98, 0.98),
    ("dev-reports-2", "dev-reports-2.jsonl", 0.98, 0.98),
    ("communiques", "dev-communiques.jsonl", 0.98, 0.96),
    # held out until measured (0.952 / 0.815 with the code of 2026-12-07 07:30, before any rule saw it)
    # (recall branch: 1.000 / 0.986 after its seventh step; 1.000 / 0.993 on rec3)
    ("dev-heldout", "dev-heldout.jsonl", 0.97, 0.97),
    # one annotation each, validated (0.925 / 0.829 when first measured; 0.974 / 0.933 once headings whose words
    # begin with a numeral, sentences opening with the year's goals, goals in brackets, milestones and names
    # completed from the sentence were read; 0.977 / 0.938 once a plan's ceiling on a yearly rate took the span and
    # prices that did not move were read as growth 0; 0.980 / 0.944 with 使用外资 and the plan before as a base;
    # 0.980 / 0.950 with steps of grain and 金额 ranks; 0.980 / 0.955 with 收支 read as 收入 and 支出, 9千亿元)
    ("dev-reports-3", "dev-reports-3.jsonl", 0.97, 0.95),
    # held out from every rule of 2026-12-07 until measured at the day's end (0.960 / 0.908; 0.950 / 0.870 with the
    # morning's code), see tests/data/gold/adjudication/dev-heldout-2.md; a dev set since 12:45 (1.000 / 0.916 once
    # a firm's and a town's figures over clauses and lists, and a review's flow sums, were read; 1.000 / 0.954 with
    # recall6's 节能减排降碳 obligations, a lead word before an aspect, 3年翻一番, 到位, 均值)
    ("dev-heldout-2", "dev-heldout-2.jsonl", 0.99, 0.95),
    # held out from every rule of the afternoon of 2026-12-07 (0.978 / 0.862 with the code of that morning, 0.978 /
    # 0.882 at the afternoon's end), see tests/data/gold/adjudication/dev-heldout-3.md; 0.979 / 0.921 once 居民 may be
    # left out between a population and 人均可支配收入 (城乡人均可支配收入分别…); 0.980 / 0.954 with lists of in-step
    # goals, a harvest's 总产, one rate 分别 of each, 实现…增长 goals and 登记技术合同成交额 (recall6)
    # (149 lines since a milestone followed by its exact level in one statement is one line, as the reference gold has it)
    ("dev-heldout-3", "dev-heldout-3.jsonl", 0.97, 0.96),
    # held out from every rule of the session of 2026-12-07 12:15 until measured at its end (1.000 / 0.956 both with
    # the code of its start and of its end), see tests/data/gold/adjudication/dev-heldout-4.md; 1.000 / 0.974 with
    # 节能降碳 obligations, lists of in-step goals and 争取实现正增长 (recall6)
    ("dev-heldout-4", "dev-heldout-4.jsonl", 0.99, 0.97),
    # held out from every rule of the session of 2026-12-07 14:55 until measured at its end (0.988 / 0.918 with the
    # code of its start, 0.988 / 0.922 at its end), see tests/data/gold/adjudication/dev-heldout-5.md; a dev set since
    # (0.985 / 0.955 with 净增 before a name, notes' marks inside names, tiers of a certified count and ranks after 、)
    ("dev-heldout-5", "dev-heldout-5.jsonl", 0.98, 0.94),
    # the eleven county pages no headline rule was written on, measured at the end of the session of 2026-12-07
    # night (0.980 / 0.960 with the code of its start and of its end), see tests/data/gold/adjudication/dev-heldout-6.md
    ("dev-heldout-6", "dev-heldout-6.jsonl", 0.97, 0.95),
])
def test_governments_nobody_tuned_for(folder, name, precision, recall):
    from tests.support import DATA

    res = reference().score(list(predictions(str(DATA / folder))), gold(name), strict=True)
    assert res["precision"] >= precision, res["spurious"][:5]
    assert res["recall"] >= recall, res["missed"][:5]


@pytest.mark.parametrize("folder", [str(SEEDS), str(DEV_CORPUS)], ids=["seeds", "shanghai"])
def test_evidence_is_the_cited_text_on_every_document(folder):
    by_id = {d["doc_id"]: d["text"] for d in documents(folder)}
    rows = predictions(folder)
    assert rows
    for row in rows:
        assert row["evidence"] == by_id[row["doc_id"]][row["start"]: row["end"]]


@pytest.mark.parametrize("folder", [str(SEEDS), str(DEV_CORPUS)], ids=["seeds", "shanghai"])
def test_rows_have_the_schema_columns_and_values(folder):
    from govreport.schema import BOUNDS, INDICATORS, KINDS, MEASURES

    rows = predictions(folder)
    # each implication below must hold on some row, or it could not fail
    assert any(r["rank_scope"] is not None for r in rows) and any(r["value"] is None for r in rows)
    for row in rows:
        assert set(INDICATORS) <= set(row)
        assert row["measure"] in MEASURES and row["bound"] in BOUNDS
        # a kind is decided or empty with the reason (004's news items have no year: their words decide)
        assert row["kind"] in KINDS or (row["kind"] is None and row["doc_year"] is None and row["kind_note"])
        assert bool(row["kind_note"]) == (row["doc_year"] is None)
        assert (row["value_hi"] is not None) == (row["bound"] == "range")
        assert (row["rank_scope"] is not None) <= (row["measure"] == "rank")
        assert row["value"] is not None or row["kind"] == "target"  # a null value only for a qualitative goal
