"""Clean step: pinyin. (stub: to be completed)"""

from __future__ import annotations

from govreport.clean.repairs import Repairs


def strip_pinyin(text: str, repairs: Repairs) -> str:
    return text
