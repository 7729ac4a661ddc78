"""`govreport compare` (stub: to be completed)."""

from __future__ import annotations

from govreport.cli.app import app
