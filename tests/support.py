"""Paths shared by the tests: the repo's seeds and the shared gold/dev material beside the repo."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = (REPO / ".." / "shared").resolve()
GOLD = SHARED / "gold"
DEV_CORPUS = SHARED / "dev-corpus"
SCORER = SHARED / "tools" / "score_indicators.py"


def seed(prefix: str) -> Path:
    """The seed file whose name starts with `prefix` ("000" ... "004")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def reference_scorer():
    """The annotation guide's own scorer, loaded from ../shared/tools (callers skip when it is absent)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_indicators", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
