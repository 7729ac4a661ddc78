"""The clean pipeline: runs the steps in order and assembles document rows."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from govreport.clean.repairs import Repairs
from govreport.errors import GovReportError, InputError
from govreport.io import read_input_bytes

TextStep = Callable[[str, Repairs], str]


def _text_steps() -> list[TextStep]:
    # Imported here so `govreport --help` does not pay for OpenCC.
    from govreport.clean import convert, mojibake, normalise, pinyin

    # Mojibake first: its repair reads GBK bytes and the pinyin that follows
    # a character, both of which later steps would change.
    return [mojibake.repair_mojibake, pinyin.strip_pinyin, convert.to_simplified, normalise.normalise]


def _part_steps() -> list[TextStep]:
    from govreport.clean import boilerplate, reflow

    return [boilerplate.remove_boilerplate, reflow.reflow]


def clean_text(text: str, repairs: Repairs | None = None) -> str:
    """Steps 2-7 on one already-decoded text (no split, no metadata). Idempotent."""
    repairs = Repairs() if repairs is None else repairs
    for step in _text_steps():
        text = step(text, repairs)
    for step in _part_steps():
        text = step(text, repairs)
    return text


def clean_bytes(data: bytes, source: str) -> list[dict]:
    """One raw file's bytes -> document rows (one per document the page holds)."""
    from govreport.clean import decode, metadata, split

    sha = hashlib.sha256(data).hexdigest()
    text, encoding = decode.decode_bytes(data, path=source)
    page_repairs = Repairs()
    for step in _text_steps():
        text = step(text, page_repairs)
    rows = []
    for part_no, part in enumerate(split.split_documents(text, page_repairs)):
        repairs = Repairs(page_repairs) if part_no == 0 else Repairs()
        body = part.text
        for step in _part_steps():
            body = step(body, repairs)
        meta = metadata.detect_metadata(body, source=source, hints=part.hints)
        rows.append(
            {
                "doc_id": f"{sha[:16]}-{part_no}",
                "source": source,
                "part": part_no,
                "source_sha256": sha,
                "encoding": encoding,
                **meta,
                "text": body,
                "n_chars": len(body),
                "repairs": repairs.to_json(),
            }
        )
    return rows


@dataclass(frozen=True)
class CleanFailure:
    """One input that could not be cleaned, with the one-line reason."""

    source: str
    message: str

    def one_line(self) -> str:
        return f"{self.source}: {self.message}"


def clean_paths(paths: Iterable[str], *, strict: bool = False) -> Iterator[dict | CleanFailure]:
    """Clean each path; yields document rows, and a CleanFailure for each file that fails.

    With `strict`, the first failure is raised instead.
    """
    for path in paths:
        try:
            rows = clean_bytes(read_input_bytes(path), source=path)
        except GovReportError as exc:
            if strict:
                raise
            yield CleanFailure(path, str(exc))
            continue
        except Exception as exc:  # a bug in one step must not cost the rest of the batch
            if strict:
                raise InputError(f"cleaning failed: {type(exc).__name__}: {exc}", path=path) from exc
            yield CleanFailure(path, f"cleaning failed: {type(exc).__name__}: {exc}")
            continue
        yield from rows
