"""Clean step: reflow. (stub: to be completed)"""

from __future__ import annotations

from govreport.clean.repairs import Repairs


def reflow(text: str, repairs: Repairs) -> str:
    return text
