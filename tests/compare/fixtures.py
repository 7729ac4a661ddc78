"""Indicators tables built from the hand-checked gold sets, standing in for `govreport extract` output.

The gold rows carry most INDICATORS columns; the rest come from what the gold
files imply: doc_id = source, the division tree of the governments involved,
doc_year from the file name (the seeds' years from their titles), and
indicator_id from govreport/data/indicators.csv.
"""

from __future__ import annotations

import csv
import json
import re

from tests.support import GOLD, REPO

# GB/T 2260 level and parent of every government in the gold sets.
DIVISIONS = {
    "310000": ("province", ""),
    "410300": ("prefecture", "410000"),
    "410311": ("county", "410300"),
    "410302": ("county", "410300"),
    "410303": ("county", "410300"),
    "410223": ("county", "410200"),
}
# The seeds' report years, from their titles (004 holds 尉氏县's and 洛阳市's 2021 reports).
SEED_YEARS = {"000": 2023, "001": 2023, "002": 2020, "003": 2021, "004": 2021}


def indicator_ids() -> dict[str, str]:
    with open(REPO / "govreport" / "data" / "indicators.csv", encoding="utf-8", newline="") as fh:
        return {row["name"]: row["id"] for row in csv.DictReader(line for line in fh if not line.startswith("#"))}


def doc_year(source: str) -> int:
    found = re.search(r"(20\d\d)", source)
    return int(found.group(1)) if found else SEED_YEARS[source[:3]]


def gold_rows(name: str) -> list[dict]:
    ids = indicator_ids()
    rows = []
    with open(GOLD / name, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            g = json.loads(line)
            level, parent = DIVISIONS[g["region_code"]]
            rows.append({
                "doc_id": g["source"] if "shanghai" in g["source"] else f"{g['source']}#{g['region_code']}",
                "source": g["source"],
                "region": g["region"],
                "region_code": g["region_code"],
                "level": level,
                "parent_code": parent,
                "doc_type": "government_work_report",
                "doc_year": doc_year(g["source"]),
                "doc_date": None,
                "indicator": g["indicator"],
                "indicator_id": ids.get(g["indicator"], ""),
                "measure": g["measure"],
                "period": g["period"],
                "kind": g["kind"],
                "value": None if g["value"] is None else float(g["value"]),
                "value_hi": None if g["value_hi"] is None else float(g["value_hi"]),
                "unit": g["unit"],
                "bound": g["bound"],
                "rank_scope": g["rank_scope"],
                "estimated": bool(g["estimated"]),
                "hardness": None,
                "qualifier": None,
                "evidence": g["evidence"],
                "start": None,
                "end": None,
                "section": None,
            })
    return rows


def gold_frame(name: str = "dev-shanghai.jsonl"):
    from govreport.io import frame_from_rows
    from govreport.schema import INDICATORS

    return frame_from_rows(gold_rows(name), INDICATORS)




def figure(**fields) -> dict:
    """One indicators row for a hand-written case: 上海市's GDP growth target for 2023 unless told otherwise."""
    row = {
        "doc_id": "doc2023", "source": "shanghai_2023_gwr.txt", "region": "上海市", "region_code": "310000",
        "level": "province", "parent_code": "", "doc_type": "government_work_report", "doc_year": 2023,
        "doc_date": None, "indicator": "地区生产总值", "indicator_id": "gdp", "measure": "growth", "period": "2023",
        "kind": "target", "value": 5.5, "value_hi": None, "unit": "%", "bound": "eq", "rank_scope": None,
        "estimated": False, "hardness": None, "qualifier": None, "evidence": "全市生产总值增长5.5%", "start": 0,
        "end": 10, "section": None,
    }
    row.update(fields)
    return row


def actual(value, doc_year: int = 2024, **fields) -> dict:
    """The actual for the default figure, reported in the next year's report unless told otherwise."""
    fields.setdefault("doc_id", f"doc{doc_year}")
    fields.setdefault("source", f"shanghai_{doc_year}_gwr.txt")
    fields.setdefault("evidence", f"全市生产总值增长{value}%")
    return figure(kind="actual", value=value, doc_year=doc_year, **fields)


def frame(*rows: dict):
    from govreport.io import frame_from_rows
    from govreport.schema import INDICATORS

    return frame_from_rows(list(rows), INDICATORS)
