"""Clean step: normalise. (stub: to be completed)"""

from __future__ import annotations

from govreport.clean.repairs import Repairs


def normalise(text: str, repairs: Repairs) -> str:
    return text
