"""`--region`, `--indicator`, `--period`: keep the rows of a comparison table an analyst asked for.

Filters apply to the finished table, so a district's row still carries its
city's figure when only the district is asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from govreport.compare.figures import vocabulary


def select(
    table,
    *,
    regions: Sequence[str] = (),
    indicators: Sequence[str] = (),
    periods: Sequence[str] = (),
    indicators_file: Path | None = None,
):
    """Rows whose region (name or code), indicator (name, synonym or id) and period match any value given."""
    import polars as pl

    out = table
    if regions:
        wanted = [r.strip() for r in regions]
        out = out.filter(pl.col("region").is_in(wanted) | pl.col("region_code").is_in(wanted))
    if indicators:
        ids = vocabulary(indicators_file).ids
        names = [i.strip() for i in indicators]
        wanted_ids = [ids.get(n, n) for n in names]
        out = out.filter(pl.col("indicator").is_in(names) | pl.col("indicator_id").is_in(wanted_ids))
    if periods:
        out = out.filter(pl.col("period").is_in([p.strip() for p in periods]))
    return out
