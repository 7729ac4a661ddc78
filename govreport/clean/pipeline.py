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

    chars = "[" + convert.traditional_class() + normalise.scanned_class() + "]"
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
    from govreport.clean import readers, split

    options = options or CleanOptions()
    sha = hashlib.sha256(data).hexdigest()
    # a web page, PDF or Word file becomes plain text here (readers/, chosen by the bytes)
    reading = readers.read_raw(data, source)
    text, encoding = reading.text, reading.encoding
    page_repairs = Repairs()
    for step in _text_steps():
        text = step(text, page_repairs)
    parts = split.split_documents(text, page_repairs)
    # the page's own <title> and date describe its document when it holds one
    page_hints = reading.hints if len(parts) == 1 else {}
    return [_document_row(part, part_no, Repairs(page_repairs) if part_no == 0 else Repairs(), source=source,
                          sha=sha, encoding=encoding, options=options, page_hints=page_hints)
            for part_no, part in enumerate(parts)]


def _document_row(part, part_no: int, repairs: Repairs, *, source: str, sha: str, encoding: str,
                  options: CleanOptions, page_hints: dict | None = None) -> dict:
    from govreport.clean import boilerplate, metadata, reflow
    from govreport.clean.gazetteer import load_gazetteer

    hints = dict(part.hints)
    # _part_steps, with the publication fields read in the same pass as the chrome is removed
    hints["fields"], body = boilerplate.harvest_and_remove(part.text, repairs, options.boilerplate_files)
    hints.update(page_hints or {})
    body = reflow.reflow(body, repairs)
    meta = metadata.detect_metadata(body, source=source, hints=hints, gazetteer=load_gazetteer(options.divisions_files),
                                    doc_types=options.doc_type_files)
    return {
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


# A file larger than this is cleaned piece by piece (clean_large_file), so memory does not grow with it.
LARGE_FILE = 16_000_000  # bytes
PIECE = 4_000_000  # bytes read at a time, to the next line end
MAX_CARRY = 8_000_000  # characters a document may grow to across pieces before it is cut


def clean_large_file(path: str, options: CleanOptions | None = None) -> Iterator[dict]:
    """The document rows of a large file, cleaned piece by piece, as clean_bytes would give them.

    Pieces end at a line end. Each is decoded, repaired and split into documents; the last document of
    a piece may go on in the next, so it is held back and split again with the next piece's text. Only
    a document longer than MAX_CARRY characters is cut (its later part gets the next part number). The
    doc_ids use the whole file's sha256, read first. A file with NUL bytes (UTF-16) cannot be cut at
    a byte and is cleaned whole.
    """
    from govreport.clean import decode, split

    options = options or CleanOptions()
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if b"\x00" in head:
        yield from clean_bytes(read_input_bytes(path), source=shown_path(path), options=options)
        return
    sha = _file_sha256(path)
    part_no = 0
    held = ""  # the page text, repaired, from where the last document of the piece before begins
    encoding = None
    with open(path, "rb") as fh:
        while True:
            piece = fh.read(PIECE)
            if piece and not piece.endswith(b"\n"):
                piece += fh.readline()
            last = not piece
            page_repairs = Repairs()
            if piece:
                text, piece_encoding = decode.decode_bytes(piece, path=path)
                encoding = encoding or piece_encoding
                del piece
                for step in _text_steps():
                    text = step(text, page_repairs)
                text = held + "\n" + text if held else text
            else:
                text = held
            parts = split.split_documents(text, page_repairs) if text else []
            held = ""
            if not last and parts and len(parts[-1].text) < MAX_CARRY:
                at = _start_of_last_part(text, parts[-1].text)
                if at is not None:
                    held = text[at:]
                    parts.pop()
            del text
            for i, part in enumerate(parts):
                yield _document_row(part, part_no, Repairs(page_repairs) if i == 0 else Repairs(), source=shown_path(path),
                                    sha=sha, encoding=encoding or "utf-8", options=options)
                part_no += 1
            if last:
                return


def _start_of_last_part(text: str, part_text: str) -> int | None:
    """Where the last part begins in the page text: its first line, with a listing's marker line (-)
    before it; None when it cannot be found (the part is then emitted as it is)."""
    from govreport.clean import split
    from govreport.clean.hanzi import LINE_SPACE

    first = next((line for line in part_text.split("\n") if line.strip(LINE_SPACE)), "")
    # the part's lines are the page's from its start on (a listing's date lines left out), so it starts
    # at most len(part_text) characters before the end: the last such occurrence of its first line
    at = text.rfind(first, 0, len(text) - len(part_text) + len(first)) if first else -1
    if at < 0:
        return None
    at = text.rfind("\n", 0, at) + 1
    before = text.rfind("\n", 0, max(0, at - 1)) + 1
    if at and split.MARKER.fullmatch(text[before:at - 1].strip(LINE_SPACE)):
        at = before
    return at


def _plain_text(path: str) -> bool:
    """A file read as text (a PDF, Word file or saved page of that size is read whole by its reader)."""
    from govreport.clean import readers

    with open(path, "rb") as fh:
        head = fh.read(65536)
    return readers.sniff(head) == "text" and not readers.looks_like_html(head[:4096].decode("latin-1"))


def _file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_options(options: CleanOptions | None) -> None:
    """Load the user's data files once, so a bad one fails with its own message (exit 2)."""
    if options is None:
        return
    from govreport.clean import boilerplate, metadata
    from govreport.clean.gazetteer import load_gazetteer

    boilerplate.rules(options.boilerplate_files)
    load_gazetteer(options.divisions_files)
    metadata.doc_type_rules(options.doc_type_files)


def _size(path: str) -> int:
    import os

    try:
        return os.path.getsize(path) if os.path.isfile(path) else 0
    except OSError:
        return 0


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
            if path != "-" and _size(path) > LARGE_FILE and _plain_text(path):
                yield from clean_large_file(path, options)
                continue
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
