"""Shared fixtures; plain paths live in tests/support.py (import them as `from tests.support import ...`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import DATA, SEEDS


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """tests/data: the gold sets, dev corpus and scorer copied from the project's shared material."""
    return DATA
