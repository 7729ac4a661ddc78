"""Paths shared by the tests: the repo's seeds and the shared gold/dev material beside the repo."""

from __future__ import annotations

from functools import lru_cache
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


@lru_cache(maxsize=None)
def seed_rows(prefix: str, part: int = 0) -> tuple[dict, ...]:
    """The figures extract finds in one document of a seed (cleaned as `govreport clean` does), once per run."""
    from govreport.clean import clean_bytes
    from govreport.extract import extract_document

    path = seed(prefix)
    return tuple(extract_document(clean_bytes(path.read_bytes(), source=str(path))[part]))


def reference_scorer():
    """The annotation guide's own scorer, loaded from ../shared/tools (callers skip when it is absent)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_indicators", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
