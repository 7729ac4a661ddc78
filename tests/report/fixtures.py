"""Report test tables built from the gold sets, shaped like the stages' outputs (govreport/schema.py).

The report is tested without waiting for extract and compare: the gold rows
(seeds.jsonl, dev-shanghai.jsonl) carry most INDICATORS fields; documents and
the compare tables are derived here with deliberately simple rules. The rules
are the fixture's, not compare's: tests check what the report does with the
tables, not the figures compare would compute.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from govreport.io import frame_from_rows
from govreport.schema import ACROSS_REGIONS, ATTAINMENT, CONFLICTS, DOCUMENTS, INDICATORS, SERIES
from tests.support import GOLD

# Parent governments of the seed governments (GB/T 2260).
PARENTS = {"410311": "410300", "410302": "410300", "410303": "410300", "410223": "410200", "410300": "410000",
           "310000": ""}
LEVELS = {"410300": "prefecture", "310000": "province"}
NAME_TO_ID = {"地区生产总值": "gdp", "一般公共预算收入": "budget_revenue", "规模以上工业增加值": "industrial_value_added",
              "固定资产投资": "fixed_asset_investment", "社会消费品零售总额": "retail_sales", "居民人均可支配收入": "disposable_income",
              "城镇登记失业率": "registered_unemployment", "城镇调查失业率": "surveyed_unemployment", "居民消费价格": "cpi",
              "新增市场主体": "new_market_entities", "城镇新增就业": "new_urban_jobs", "进出口总额": "trade",
              "实际利用外资": "fdi", "税收收入": "tax_revenue"}

# Text an attacker can put in a web page: formulas and control characters.
HOSTILE = ["=1+1", "@SUM(A1)", "-3 下降", "+86 电话", "=HYPERLINK(\"http://x\",\"点击\")", "收入\x07增长\x1b5%"]


def gold_rows() -> list[dict]:
    rows = []
    for name in ("seeds.jsonl", "dev-shanghai.jsonl"):
        path = GOLD / name
        if path.exists():
            rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def doc_id(source: str, region: str) -> str:
    # 004 holds two governments' documents on one page: the region tells them apart.
    return hashlib.sha256(f"{source}|{region}".encode()).hexdigest()[:16] + "-0"


def _doc_year(rows: list[dict]) -> int:
    years = [int(r["period"][-4:]) for r in rows if r["period"][-4:].isdigit()]
    return max(years) if years else 2023


def build_tables(hostile: bool = True) -> dict:
    """documents, indicators, attainment, series, regions, conflicts as polars frames."""
    gold = gold_rows()
    by_doc: dict[tuple[str, str], list[dict]] = {}
    for r in gold:
        by_doc.setdefault((r["source"], r["region"]), []).append(r)
    documents, indicators = [], []
    for (source, region), rows in sorted(by_doc.items()):
        did = doc_id(source, region)
        code = rows[0]["region_code"]
        year = _doc_year(rows)
        text = "\n".join(r["evidence"] for r in rows)
        documents.append({
            "doc_id": did, "source": source, "part": 0, "source_sha256": hashlib.sha256(source.encode()).hexdigest(),
            "encoding": "utf-8", "title": f"{region}{year}年政府工作报告", "doc_type": "government_work_report",
            "region": region, "region_code": code, "level": LEVELS.get(code, "county"), "parent_code": PARENTS.get(code, ""),
            "year": year, "date": f"{year}-01-15", "speaker": "", "text": text, "n_chars": len(text), "repairs": "{}",
        })
        offset = 0
        for r in rows:
            indicators.append({
                "doc_id": did, "source": source, "region": region, "region_code": code, "level": LEVELS.get(code, "county"),
                "parent_code": PARENTS.get(code, ""), "doc_type": "government_work_report", "doc_year": year,
                "doc_date": f"{year}-01-15", "indicator": r["indicator"], "indicator_id": NAME_TO_ID.get(r["indicator"], ""),
                "measure": r["measure"], "period": r["period"], "kind": r["kind"], "value": r["value"],
                "value_hi": r.get("value_hi"), "unit": r["unit"], "bound": r["bound"], "rank_scope": r.get("rank_scope"),
                "estimated": bool(r.get("estimated")), "hardness": "", "qualifier": "", "evidence": r["evidence"],
                "start": offset, "end": offset + len(r["evidence"]), "section": "",
            })
            offset += len(r["evidence"]) + 1
    if hostile:
        first = indicators[0]
        for i, text in enumerate(HOSTILE):
            indicators.append({**first, "indicator": text, "indicator_id": "", "evidence": text, "section": text,
                               "start": 90000 + i, "end": 90000 + i + len(text), "value": 1.0})
    docs = frame_from_rows(documents, DOCUMENTS)
    figs = frame_from_rows(indicators, INDICATORS)
    return {
        "documents": docs, "indicators": figs, "attainment": frame_from_rows(_attainment(indicators, hostile), ATTAINMENT),
        "series": frame_from_rows(_series(indicators), SERIES), "regions": frame_from_rows(_regions(indicators), ACROSS_REGIONS),
        "conflicts": frame_from_rows(_conflicts(indicators), CONFLICTS),
    }


def _key(r: dict) -> tuple:
    return (r["region_code"], r["indicator"], r["measure"], r["period"], r["unit"])


def _attainment(figs: list[dict], hostile: bool) -> list[dict]:
    actuals: dict[tuple, dict] = {}
    for r in figs:
        if r["kind"] == "actual" and r["value"] is not None:
            actuals.setdefault(_key(r), r)
    out = []
    for t in figs:
        if t["kind"] != "target" or not t["indicator_id"]:
            continue
        a = actuals.get(_key(t))
        row = {k: t[k] for k in ("region", "region_code", "level", "parent_code", "indicator", "indicator_id", "measure", "period")}
        row.update(target_value=t["value"], target_value_hi=t["value_hi"], target_unit=t["unit"], target_bound=t["bound"],
                   target_hardness=t["hardness"], target_doc=t["doc_id"], target_evidence=t["evidence"])
        if t["value"] is None:
            status, gap = "qualitative", None
        elif a is None:
            status, gap = "no_actual", None
        else:
            gap = round(a["value"] - t["value"], 6)
            # a ceiling (以内) and a price or unemployment target are met from below
            lower = t["bound"] == "le" or t["indicator_id"] in ("cpi", "registered_unemployment", "surveyed_unemployment")
            status = "met" if (gap <= 0 if lower else gap >= 0) or t["bound"] == "about" and abs(gap) <= 0.5 else "missed"
        row.update(actual_value=a["value"] if a else None, actual_unit=a["unit"] if a else None,
                   actual_doc=a["doc_id"] if a else None, actual_evidence=a["evidence"] if a else None, gap=gap, status=status)
        out.append(row)
    if hostile and out:
        out.append({**out[0], "indicator": "=1+1", "target_evidence": "@SUM(A1)", "actual_evidence": "-3 下降",
                    "status": "missed", "gap": -3.0, "actual_value": out[0]["target_value"] - 3 if out[0]["target_value"] else -3.0})
    return out


def _series(figs: list[dict]) -> list[dict]:
    cells: dict[tuple, dict] = {}
    for r in figs:
        if not r["indicator_id"] or not r["period"].isdigit() or r["value"] is None:
            continue
        key = _key(r)
        row = cells.setdefault(key, {"region": r["region"], "region_code": r["region_code"], "indicator": r["indicator"],
                                     "indicator_id": r["indicator_id"], "measure": r["measure"], "period": r["period"],
                                     "unit": r["unit"]})
        if r["kind"] == "target":
            row.setdefault("target_value", r["value"])
            row.setdefault("target_value_hi", r["value_hi"])
            row.setdefault("target_bound", r["bound"])
            row.setdefault("target_doc", r["doc_id"])
        else:
            row.setdefault("actual_value", r["value"])
            row.setdefault("actual_doc", r["doc_id"])
    return list(cells.values())


def _regions(figs: list[dict]) -> list[dict]:
    by_fact: dict[tuple, dict] = {}
    for r in figs:
        if r["indicator_id"] and r["value"] is not None:
            by_fact.setdefault((r["region_code"], r["indicator_id"], r["measure"], r["period"], r["kind"], r["unit"]), r)
    out = []
    for (code, ind, measure, period, kind, unit), r in sorted(by_fact.items()):
        parent = by_fact.get((PARENTS.get(code, ""), ind, measure, period, kind, unit))
        out.append({
            "indicator": r["indicator"], "indicator_id": ind, "measure": measure, "period": period, "kind": kind,
            "region": r["region"], "region_code": code, "level": r["level"], "parent_code": r["parent_code"],
            "value": r["value"], "value_hi": r["value_hi"], "unit": unit, "bound": r["bound"],
            "parent_region": parent["region"] if parent else None, "parent_value": parent["value"] if parent else None,
            "parent_unit": parent["unit"] if parent else None,
            "difference_to_parent": round(r["value"] - parent["value"], 6) if parent else None,
            "sibling_rank": None, "siblings": None, "doc_id": r["doc_id"], "evidence": r["evidence"],
        })
    return out


def _conflicts(figs: list[dict]) -> list[dict]:
    seen: dict[tuple, dict] = {}
    out = []
    for r in figs:
        if not r["indicator_id"] or r["value"] is None:
            continue
        key = (r["region_code"], r["indicator_id"], r["measure"], r["period"], r["kind"], r["unit"])
        first = seen.setdefault(key, r)
        if first is not r and first["value"] != r["value"]:
            out.append({"region": r["region"], "region_code": r["region_code"], "indicator": r["indicator"],
                        "indicator_id": r["indicator_id"], "measure": r["measure"], "period": r["period"], "kind": r["kind"],
                        "value_a": first["value"], "unit_a": first["unit"], "doc_a": first["doc_id"], "evidence_a": first["evidence"],
                        "value_b": r["value"], "unit_b": r["unit"], "doc_b": r["doc_id"], "evidence_b": r["evidence"],
                        "difference": round(r["value"] - first["value"], 6)})
    return out


def write_tables(tables: dict, folder: Path) -> dict[str, Path]:
    """Write each table as the run command names it; returns kind -> path."""
    from govreport.io import write_table

    names = {"documents": "docs", "indicators": "indicators", "attainment": "attainment", "series": "series",
             "regions": "regions", "conflicts": "conflicts"}
    paths = {}
    for kind, frame in tables.items():
        path = folder / f"{names[kind]}.parquet"
        write_table(frame, str(path))
        paths[kind] = path
    return paths
