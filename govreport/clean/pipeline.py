"""The clean pipeline: runs the steps in order and assembles document rows."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from govreport.clean.repairs import Repairs
from govreport.errors import GovReportError, InputError, UsageError
from govreport.io import read_input_bytes

TextStep = Callable[[str, Repairs], str]


def _text_steps() -> list[TextStep]:
    # Imported here so `govreport --help` does not pay for OpenCC.
    from govreport.clean import convert, mojibake, normalise, pinyin

    # Mojibake first: its repair reads GBK bytes and the pinyin that follows
    # a character, both of which later steps would change.
    return [mojibake.repair_mojibake, pinyin.strip_pinyin, convert.to_simplified, normalise.normalise]


@dataclass(frozen=True)
class CleanOptions:
    """User data files added to the shipped ones (same formats; see docs/clean.md)."""

    boilerplate_files: tuple[str, ...] = ()  # extra chrome patterns, format of data/boilerplate.txt
    divisions_files: tuple[str, ...] = ()  # extra or corrected divisions, columns of data/divisions.csv
    doc_type_files: tuple[str, ...] = ()  # extra title keywords, columns of data/doc_types.csv


def _part_steps(options: CleanOptions | None = None) -> list[TextStep]:
    from govreport.clean import boilerplate, reflow

    extra = options.boilerplate_files if options else ()

    def remove_boilerplate(text: str, repairs: Repairs) -> str:
        return boilerplate.remove_boilerplate(text, repairs, extra)

    # Chrome goes before reflow, so a widget line is never glued to a paragraph.
    return [remove_boilerplate, reflow.reflow]


def clean_text(text: str, repairs: Repairs | None = None, options: CleanOptions | None = None) -> str:
    """The text steps on one already-decoded text (no split, no metadata). Idempotent."""
    repairs = Repairs() if repairs is None else repairs
    for step in _text_steps():
        text = step(text, repairs)
    for step in _part_steps(options):
        text = step(text, repairs)
    return text


def clean_bytes(data: bytes, source: str, options: CleanOptions | None = None) -> list[dict]:
    """One raw file's bytes -> document rows (one per document the page holds).

    Order: decode, then the character repairs on the whole page (mojibake,
    pinyin, convert, normalise), then split into documents, then per document:
    read the publication fields, remove chrome, reflow, detect metadata.
    Split runs before chrome removal because a listing's marker and date lines
    are what tell its items apart; the fields are read before the publication
    line is removed because they carry the document's date.
    """
    from govreport.clean import boilerplate, decode, metadata, split
    from govreport.clean.gazetteer import load_gazetteer

    options = options or CleanOptions()
    sha = hashlib.sha256(data).hexdigest()
    text, encoding = decode.decode_bytes(data, path=source)
    page_repairs = Repairs()
    for step in _text_steps():
        text = step(text, page_repairs)
    parts = split.split_documents(text, page_repairs)
    gazetteer = load_gazetteer(options.divisions_files)
    part_steps = _part_steps(options)
    rows = []
    for part_no, part in enumerate(parts):
        repairs = Repairs(page_repairs) if part_no == 0 else Repairs()
        hints = dict(part.hints)
        hints["fields"] = boilerplate.harvest_fields(part.text, options.boilerplate_files)
        body = part.text
        for step in part_steps:
            body = step(body, repairs)
        meta = metadata.detect_metadata(body, source=source, hints=hints, gazetteer=gazetteer,
                                        doc_types=options.doc_type_files)
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


def check_options(options: CleanOptions | None) -> None:
    """Load the user's data files once, so a bad one fails with its own message (exit 2)."""
    if options is None:
        return
    from govreport.clean import boilerplate, metadata
    from govreport.clean.gazetteer import load_gazetteer

    boilerplate.rules(options.boilerplate_files)
    load_gazetteer(options.divisions_files)
    metadata.doc_type_rules(options.doc_type_files)


@dataclass(frozen=True)
class CleanFailure:
    """One input that could not be cleaned, with the one-line reason."""

    source: str
    message: str

    def one_line(self) -> str:
        return f"{self.source}: {self.message}"


def clean_paths(
    paths: Iterable[str], *, strict: bool = False, options: CleanOptions | None = None
) -> Iterator[dict | CleanFailure]:
    """Clean each path; yields document rows, and a CleanFailure for each file that fails.

    With `strict`, the first failure is raised instead. A bad user data file in
    `options` raises UsageError before any input is read.
    """
    check_options(options)
    for path in paths:
        try:
            rows = clean_bytes(read_input_bytes(path), source=path, options=options)
        except UsageError:
            raise
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
