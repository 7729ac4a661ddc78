"""Shared fixtures; plain paths live in tests/support.py (import them as `from tests.support import ...`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import SEEDS


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS

