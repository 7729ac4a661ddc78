"""Small value helpers shared by the stages that compute with figures."""

from __future__ import annotations

import math
from typing import Any


def finite(value: Any) -> float | None:
    """The value as a finite float, or None (missing, text, NaN or infinite: no number to compute or store)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
