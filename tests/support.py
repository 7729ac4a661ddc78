"""Paths shared by the tests: the repo's seeds and the shared gold/dev material beside the repo."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = (REPO / ".." / "shared").resolve()
GOLD = SHARED / "gold"
DEV_CORPUS = SHARED / "dev-corpus"


def seed(prefix: str) -> Path:
    """The seed file whose name starts with `prefix` ("000" ... "004")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))
