"""Clean step: split a page holding several documents. (stub: to be completed)"""

from __future__ import annotations

from dataclasses import dataclass, field

from govreport.clean.repairs import Repairs


@dataclass
class Part:
    text: str
    hints: dict = field(default_factory=dict)  # e.g. {"doc_type": "news", "title": ...}


def split_documents(text: str, repairs: Repairs) -> list[Part]:
    return [Part(text)]
