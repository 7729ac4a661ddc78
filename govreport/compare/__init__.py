"""`govreport compare`: targets against actuals, governments side by side, years in a row, disagreements.

    from govreport.compare import attainment, across_regions, series, conflicts
    table = attainment(indicators, tolerance=0.5)   # polars in, polars out

Each function takes the indicators table written by `govreport extract`
(several runs can be joined with `concat`) and returns one comparison table
whose columns are govreport.schema.ATTAINMENT / ACROSS_REGIONS / SERIES /
CONFLICTS followed by extra columns documented in docs/compare.md.
"""

from __future__ import annotations

from govreport.compare.attainment import attainment
from govreport.compare.conflicts import conflicts
from govreport.compare.figures import check, concat
from govreport.compare.filters import select
from govreport.compare.regions import across_regions
from govreport.compare.series import series


__all__ = ["attainment", "across_regions", "series", "conflicts", "concat", "check", "select"]
