"""Clean step: mojibake. (stub: to be completed)"""

from __future__ import annotations

from govreport.clean.repairs import Repairs


def repair_mojibake(text: str, repairs: Repairs) -> str:
    return text
