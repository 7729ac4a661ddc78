"""Clean step: boilerplate. (stub: to be completed)"""

from __future__ import annotations

from govreport.clean.repairs import Repairs


def remove_boilerplate(text: str, repairs: Repairs) -> str:
    return text
