"""Reading the knowledge files in govreport/data/ (and the user's files of the same shape)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterator

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_rows(path: str | Path) -> Iterator[dict[str, str]]:
    """Rows of a data CSV: '#' comment lines and blank lines skipped, a BOM tolerated, values stripped."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        lines = [line for line in fh if not line.lstrip().startswith("#") and line.strip()]
    for row in csv.DictReader(lines):
        yield {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
