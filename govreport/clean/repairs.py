"""A tally of the repairs cleaning applied to one document, stored as JSON in `repairs`."""

from __future__ import annotations

import json
from collections import Counter


class Repairs(Counter):
    """repair name -> how many times it was applied (characters, lines, runs ...)."""

    def add(self, name: str, count: int = 1) -> None:
        if count:
            self[name] += count

    def to_json(self) -> str:
        return json.dumps(dict(sorted((k, v) for k, v in self.items() if v)), ensure_ascii=False)
