"""What `extract` reads: clean's documents tables, or raw pages cleaned on the fly."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator

from govreport.extract.batch import RawPage
from govreport.io import RAW_SUFFIXES, STDIO, expand_inputs

TABLE_SUFFIXES = (".parquet", ".pq", ".jsonl", ".ndjson", ".json", ".csv")
# The columns extract cannot do without; the rest of DOCUMENTS is copied when present.
NEEDED = {"doc_id": "str", "source": "str", "text": "str"}
BATCH_ROWS = 256  # documents read from a table at a time, so a large table is never held whole


def iter_documents(inputs: Iterable[str], *, strict: bool = False, defer_raw: bool = False
                   ) -> Iterator[dict[str, Any] | RawPage | tuple[str, str]]:
    """Document rows from tables and raw pages, in input order.

    With `defer_raw`, a raw page is yielded as a RawPage for the worker to clean
    (so --jobs spreads cleaning too); standard input is always read here.

    Yields a `(path, message)` pair for an input that cannot be read (raised as
    InputError with `strict`); a table of the wrong kind raises SchemaError,
    since it is a usage mistake rather than one bad file in a batch.
    """
    from govreport.clean import CleanFailure, clean_paths

    for path in inputs:
        if path == STDIO:
            yield from _stdin_documents(strict=strict)
        elif Path(path).suffix.lower() in TABLE_SUFFIXES:
            yield from _table_documents(path, strict=strict)
        else:
            paths = expand_inputs([path], RAW_SUFFIXES)
            if defer_raw and not strict:
                yield from (RawPage(p) for p in paths)
                continue
            for item in clean_paths(paths, strict=strict):
                yield (item.source, item.message) if isinstance(item, CleanFailure) else item


def _stdin_documents(*, strict: bool) -> Iterator[dict[str, Any] | tuple[str, str]]:
    """Standard input read as a file would be: a documents table in JSON Lines, or a raw page cleaned on the fly.

    It is a table when its first non-space character is `{` and its first line is a JSON object (which must
    then hold the documents columns: a table of another kind is a usage error); anything else is a page (a
    pasted report, `cat report.txt | govreport extract -`), decoded and cleaned as `clean` would.
    """
    import io

    import polars as pl

    from govreport.clean import clean_bytes
    from govreport.errors import InputError
    from govreport.io import read_input_bytes
    from govreport.schema import require_columns

    data = read_input_bytes(STDIO)
    if not data.strip():
        failure = ("-", "standard input is empty (expected a documents table in JSON Lines, as `govreport clean "
                        "-o -` writes, or the text of a report)")
        if strict:
            raise InputError(failure[1], path="-")
        yield failure
        return
    if starts_as_json_lines(data):
        data = data.lstrip().removeprefix(b"\xef\xbb\xbf")
        try:
            frame = pl.read_ndjson(io.BytesIO(data), infer_schema_length=None)
        except Exception:  # polars says where its parser stopped; the analyst needs the line
            message = (f"standard input starts as a table in JSON Lines, but line {_first_bad_line(data)} is not a "
                       "JSON object (give one documents row per line, as `govreport clean -o -` writes, or the "
                       "text of a report)")
            if strict:
                raise InputError(message, path="-") from None
            yield ("-", message)
            return
        require_columns(frame.columns, NEEDED, table="documents", path="-")
        yield from frame.iter_rows(named=True)
        return
    try:
        yield from clean_bytes(data, source=STDIO)
    except InputError as exc:
        if strict:
            raise
        yield ("-", str(exc))


def _first_bad_line(data: bytes) -> int:
    import json

    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            if not isinstance(json.loads(line), dict):
                return number
        except ValueError:
            return number
    return 1


def starts_as_json_lines(data: bytes) -> bool:
    """True when the first line of `data` (after white space) is a JSON object: a table, not a page."""
    import json

    head = data.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()
    if not head.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(head.split(b"\n", 1)[0].decode("utf-8-sig")), dict)
    except (UnicodeDecodeError, ValueError):
        return False


def _table_documents(path: str, *, strict: bool) -> Iterator[dict[str, Any] | tuple[str, str]]:
    from govreport.errors import InputError
    from govreport.io import read_table, table_format
    from govreport.schema import require_columns

    if path != STDIO and table_format(path) == "parquet" and Path(path).is_file() and Path(path).stat().st_size:
        yield from _parquet_documents(path, strict=strict)
        return
    try:
        frame = read_table(path)
    except InputError as exc:
        if strict:
            raise
        yield (path, str(exc))
        return
    if frame.height == 0:
        return
    require_columns(frame.columns, NEEDED, table="documents", path=path)
    yield from frame.iter_rows(named=True)


def _parquet_documents(path: str, *, strict: bool) -> Iterator[dict[str, Any] | tuple[str, str]]:
    import polars as pl

    from govreport.errors import InputError
    from govreport.schema import require_columns

    try:
        lazy = pl.scan_parquet(path)
        columns = lazy.collect_schema().names()
        total = lazy.select(pl.len()).collect().item()
    except Exception as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        if strict:
            raise InputError(f"cannot read as parquet: {first[:200]}", path=path) from None
        yield (path, f"cannot read as parquet: {first[:200]}")
        return
    require_columns(columns, NEEDED, table="documents", path=path)
    for offset in range(0, total, BATCH_ROWS):
        yield from lazy.slice(offset, BATCH_ROWS).collect().iter_rows(named=True)
