"""How many of a government's targets does `compare` pair with the actual its next report states?

    .venv/bin/python benchmarks/attainment_pairs.py            # clean + extract + compare the series, then score
    .venv/bin/python benchmarks/attainment_pairs.py --misses   # ... and list every target left without its actual

The series are consecutive reports of one government in the repository (corpus-county: 徐水县 2010-2013,
定兴县 / 涞源县 / 阜平县 / 涞水县 2020-2022, 博野县 2021-2022, 满城区 2022-2023, 容城县 2019-2020; dev-corpus:
上海市 2020-2024). The held-out pages of the county corpus are in none of them. Every headline target of
year N (numeric, for year N itself) whose government has a report of year N+1 in the series is read against
benchmarks/attainment_pairs.csv, where each was judged by hand against that next report: `stated` with the
value it gives, or why the report gives no actual of the same indicator, measure and year.

Per series it prints: targets; paired (an actual from a later document) and of those right (the hand value)
or wrong; stated in the next report but not paired (what compare or extract misses); and the pair rate
right / stated. Then the causes of the targets the next report does not state. Last, outside the hand list, the
other targets of year N (indicators outside the headline, free phrases) and how many found an actual in a later
document: those pairs are not judged here; read them with `--others`.
"""

from __future__ import annotations

import argparse
import csv
import math
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNTY = ROOT / "tests/data/corpus-county"
SERIES: dict[str, list[Path]] = {
    **{name: [COUNTY / f"hebei-baoding-{name}_{y}_gwr.txt" for y in years] for name, years in {
        "xushui": (2010, 2011, 2012, 2013), "dingxing": (2020, 2021, 2022), "laiyuan": (2020, 2021, 2022),
        "fuping": (2020, 2021, 2022), "laishui": (2020, 2021, 2022), "boye": (2021, 2022),
        "mancheng": (2022, 2023), "rongcheng": (2019, 2020)}.items()},
    "shanghai": [ROOT / f"tests/data/dev-corpus/shanghai_{y}_gwr.txt" for y in range(2020, 2025)],
}
HAND = Path(__file__).with_name("attainment_pairs.csv")


def headline_ids() -> set[str]:
    from govreport.datafiles import read_rows

    return {r["id"] for r in read_rows(ROOT / "govreport/data/indicators.csv") if r.get("headline") == "yes"}


def attainment_of_series(paths: list[Path]):
    from govreport.clean import CleanFailure, clean_paths
    from govreport.compare import attainment
    from govreport.extract import extract_documents
    from govreport.io import frame_from_rows
    from govreport.schema import DOCUMENTS

    docs = [d for d in clean_paths(paths) if not isinstance(d, CleanFailure)]
    figures = extract_documents(frame_from_rows(docs, DOCUMENTS), jobs=1)
    return attainment(figures), {(r["region"], r["doc_year"]) for r in figures.select("region", "doc_year").iter_rows(named=True)}


def same(a, b) -> bool:
    return a is not None and b not in (None, "") and math.isclose(float(a), float(b), rel_tol=1e-9)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the targets left without their actual")
    parser.add_argument("--others", action="store_true", help="list the pairs of targets outside the headline")
    args = parser.parse_args()
    hand: dict[tuple, dict] = {}
    with open(HAND, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(line for line in fh if not line.startswith("#")):
            hand[(r["region"], r["year"], r["indicator_id"], r["measure"], float(r["target_value"]))] = r
    ids = headline_ids()
    causes: Counter = Counter()
    totals = Counter()
    others: list[tuple[str, int, int]] = []
    print(f"{'series':<10} {'targets':>7} {'paired':>6} {'right':>5} {'wrong':>5} {'stated':>6} {'missed':>6} {'rate':>6}")
    for name, paths in SERIES.items():
        table, years = attainment_of_series(paths)
        n = Counter()
        other = Counter()
        for r in table.iter_rows(named=True):
            if (r["status"] == "qualitative" or r["target_value"] is None
                    or r["period"] != str(r["target_doc_year"]) or (r["region"], r["target_doc_year"] + 1) not in years):
                continue
            if r["indicator_id"] not in ids:
                other["targets"] += 1
                if r["actual_value"] is not None and not r["actual_same_document"]:
                    other["paired"] += 1
                    if args.others:
                        print(f"  other {r['region']} {r['period']} {r['indicator']}: {r['target_evidence'][-40:]} -> {r['actual_evidence'][-50:]}")
                continue
            key = (r["region"], r["period"], r["indicator_id"], r["measure"], float(r["target_value"]))
            h = hand.get(key)
            n["targets"] += 1
            paired = r["actual_value"] is not None and not r["actual_same_document"]
            stated = h is not None and h["next_report"] == "stated"
            if h is None:
                n["unjudged"] += 1
                print(f"  not in the hand list: {key} {r['target_evidence']}")
            elif not stated:
                causes[h["next_report"].split(":")[0]] += 1
            n["stated"] += stated
            if paired:
                n["paired"] += 1
                right = stated and same(r["actual_in_target_unit"] if h["unit"] == r["target_unit"] else r["actual_value"], h["value"])
                n["right" if right else "wrong"] += 1
                if not right:
                    print(f"  WRONG PAIR {key}: {r['target_evidence']} -> {r['actual_evidence']} (hand: {h and h['next_report']} {h and h['value']})")
            elif stated:
                n["missed"] += 1
                if args.misses:
                    print(f"  missed {key}: {r['target_evidence']} -> {h['evidence']}")
        rate = n["right"] / n["stated"] if n["stated"] else float("nan")
        print(f"{name:<10} {n['targets']:>7} {n['paired']:>6} {n['right']:>5} {n['wrong']:>5} {n['stated']:>6} {n['missed']:>6} {rate:>6.2f}")
        totals.update(n)
        others.append((name, other["targets"], other["paired"]))
    rate = totals["right"] / totals["stated"] if totals["stated"] else float("nan")
    print(f"{'all':<10} {totals['targets']:>7} {totals['paired']:>6} {totals['right']:>5} {totals['wrong']:>5} "
          f"{totals['stated']:>6} {totals['missed']:>6} {rate:>6.2f}")
    print("not stated in the next report:", ", ".join(f"{k} {v}" for k, v in causes.most_common()))
    print("other targets (outside the headline) with an actual from a later document, not judged:",
          ", ".join(f"{name} {p}/{t}" for name, t, p in others), f"(all {sum(p for _, _, p in others)}/{sum(t for _, t, _ in others)})")
    return 1 if totals["wrong"] or totals["unjudged"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
