"""Draw a random sample of free-phrase rows (name_source = phrase) to judge by hand.

    .venv/bin/python benchmarks/free_phrase_draw.py DOCS.parquet INDICATORS.parquet --seed 4711 -n 160 \
        --exclude guizhou_2026 --exclude jiangxi_2026 -o sample.csv [--context context.txt]

DOCS.parquet and INDICATORS.parquet are `govreport clean` and `govreport extract` outputs of the same corpus.
`--exclude` leaves out every document whose source starts with the word (the held-out pages: PROTOCOL of the
project's helpers). The CSV has the columns of benchmarks/free_phrase_sample.csv with usable_name,
right_fields and note empty, for the judge to fill; `--context` writes each row's sentence with some text
before it (the judge needs the clause before: an aspect said earlier, a project described in a note).
The draw is polars' DataFrame.sample(n, seed) over the phrase rows in document order, so a seed gives the
same rows for the same extract output.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

COLUMNS = ["n", "source", "doc_year", "name", "measure", "period", "kind", "value", "unit", "bound", "subject",
           "evidence", "usable_name", "right_fields", "note"]


def main(argv: list[str] | None = None) -> int:
    import polars as pl

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("docs", type=Path)
    p.add_argument("indicators", type=Path)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("-n", type=int, default=160)
    p.add_argument("--exclude", action="append", default=[])
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--context", type=Path)
    p.add_argument("--before", type=int, default=120, help="characters of context before the evidence")
    a = p.parse_args(argv)

    rows = pl.read_parquet(a.indicators).filter(pl.col("name_source") == "phrase")
    rows = rows.with_columns(pl.col("source").str.split("/").list.last().alias("source"))
    for word in a.exclude:
        rows = rows.filter(~pl.col("source").str.starts_with(word))
    rows = rows.sort("source", "start")
    sample = rows.sample(n=min(a.n, rows.height), seed=a.seed).sort("source", "start")
    texts = dict(pl.read_parquet(a.docs).select("doc_id", "text").iter_rows())

    with a.output.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for i, r in enumerate(sample.iter_rows(named=True)):
            w.writerow([i, r["source"], r["doc_year"], r["indicator"], r["measure"], r["period"], r["kind"],
                        r["value"], r["unit"], r["bound"], r["subject"] or "", r["evidence"], "", "", ""])
    if a.context:
        with a.context.open("w", encoding="utf-8") as f:
            for i, r in enumerate(sample.iter_rows(named=True)):
                text = texts.get(r["doc_id"], "")
                s, e = r["start"], r["end"]
                after = text[e: e + 40].split("。")[0]
                f.write(f"#{i} {r['source']} | {r['indicator']} | {r['measure']} {r['period']} {r['kind']} "
                        f"{r['value']} {r['unit']} {r['bound']} | subject={r['subject'] or ''}\n"
                        f"   …{text[max(0, s - a.before): s]}【{text[s:e]}】{after}\n\n")
    print(f"{sample.height} rows of {sample['source'].n_unique()} documents "
          f"(of {rows.height} phrase rows in {rows['source'].n_unique()})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
