"""The clean pipeline: runs the steps in order and assembles document rows."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from govreport.clean.repairs import Repairs
from govreport.errors import GovReportError, InputError, UsageError
from govreport.io import read_input_bytes, shown_path

TextStep = Callable[[str, Repairs], str]

# Characters at the top of a page that show whether it is written in traditional characters:
# running traditional text has one in every three to five CJK characters.
TRADITIONAL_PROBE = 1000


def _text_steps() -> list[TextStep]:
    # Imported here so `govreport --help` does not pay for OpenCC.
    from govreport.clean import mojibake, pinyin

    # Mojibake first: its repair reads GBK bytes and the pinyin that follows
    # a character, both of which later steps would change.
    return [mojibake.repair_mojibake, pinyin.strip_pinyin, _convert_then_normalise]


@lru_cache(maxsize=1)
def _changed_by_convert_or_normalise() -> re.Pattern[str]:
    """A run of characters t2s changes or normalise's odd-character clean-ups change."""
    from govreport.clean import convert, normalise

    chars = "[" + convert.traditional_class() + normalise.odd_class() + "]"
    return re.compile(chars + chars + "*")  # (`[…][…]*`, not `[…]+`: see normalise._odd_runs)


def _convert_then_normalise(text: str, repairs: Repairs) -> str:
    """convert.to_simplified, then normalise.normalise, with one scan of the page for both.

    Each step scans the whole page for its characters: convert for one t2s changes (most pages
    have none and are returned as they are), normalise for the odd ones. On a page that shows
    no traditional character at its top, one scan finds the characters of both kinds: without a
    traditional one the page is not converted (what to_simplified would find), and normalise
    is handed the odd ones instead of scanning again. A page that is converted, or shows a
    traditional character at its top, goes through the two steps as they are.
    """
    from govreport.clean import convert, normalise

    if convert.has_traditional(text, TRADITIONAL_PROBE):
        return normalise.normalise(convert.to_simplified(text, repairs), repairs)
    found = "".join(set(_changed_by_convert_or_normalise().findall(text)))
    converted = convert.to_simplified(text, repairs) if convert.has_traditional(found) else text
    if converted != text:
        return normalise.normalise(converted, repairs)
    return normalise.normalise(text, repairs, odd=found)


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
    from govreport.clean import boilerplate, metadata, readers, reflow, split
    from govreport.clean.gazetteer import load_gazetteer

    options = options or CleanOptions()
    sha = hashlib.sha256(data).hexdigest()
    # a web page, PDF or Word file becomes plain text here (readers/, chosen by the bytes)
    reading = readers.read_raw(data, source)
    text, encoding = reading.text, reading.encoding
    page_repairs = Repairs()
    for step in _text_steps():
        text = step(text, page_repairs)
    parts = split.split_documents(text, page_repairs)
    gazetteer = load_gazetteer(options.divisions_files)
    rows = []
    for part_no, part in enumerate(parts):
        repairs = Repairs(page_repairs) if part_no == 0 else Repairs()
        hints = dict(part.hints)
        # _part_steps, with the publication fields read in the same pass as the chrome is removed
        hints["fields"], body = boilerplate.harvest_and_remove(part.text, repairs, options.boilerplate_files)
        if len(parts) == 1:  # the page's own <title> and date describe its one document
            hints.update(reading.hints)
        body = reflow.reflow(body, repairs)
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
            rows = clean_bytes(read_input_bytes(path), source=shown_path(path), options=options)
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
