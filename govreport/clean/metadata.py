"""Clean step: detect metadata. (stub: to be completed)"""

from __future__ import annotations


def detect_metadata(text: str, source: str = "-", hints: dict | None = None) -> dict:
    hints = hints or {}
    return {
        "title": hints.get("title"),
        "doc_type": hints.get("doc_type", "other"),
        "region": None,
        "region_code": None,
        "level": None,
        "parent_code": None,
        "year": None,
        "date": None,
        "speaker": None,
    }
