"""Shared fixtures; plain paths live in tests/support.py (import them as `from tests.support import ...`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import SEEDS, SHARED


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (gold sets, dev corpus) is not beside the repo")
    return SHARED
