"""Clean step: convert. (stub: to be completed)"""

from __future__ import annotations

from govreport.clean.repairs import Repairs


def to_simplified(text: str, repairs: Repairs) -> str:
    return text
