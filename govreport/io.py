"""Inputs (files, folders, '-') and atomic outputs (parquet / csv / jsonl).

Every writer goes through `atomic_output`: the bytes land in a temporary file
beside the target and are renamed into place only when complete, so an
interrupted run never leaves a truncated table behind.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping, Sequence

from govreport.errors import InputError, UsageError

STDIO = "-"


def _publish(tmp: str | Path, target: Path) -> None:
    """Rename a finished temporary file onto `target` with ordinary permissions.

    mkstemp creates files readable by the owner only; an analyst's outputs
    should get the permissions any new file would (0666 less the umask).
    """
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, target)
RAW_SUFFIXES = (".txt", ".htm", ".html", ".xhtml", ".shtml", ".mht", ".mhtml", ".pdf", ".docx", ".doc", ".wps")
TABLE_FORMATS = ("parquet", "csv", "jsonl")
_SUFFIX_FORMAT = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl"}


# ---------------------------------------------------------------- inputs


def expand_inputs(inputs: Sequence[str | Path], suffixes: Sequence[str] = RAW_SUFFIXES) -> list[str]:
    """Files as given, folders walked recursively for `suffixes` (sorted, so runs are stable).

    A path that does not exist is returned as is: reading it raises an
    InputError naming it, so one bad path does not hide the others.
    """
    out: list[str] = []
    for item in inputs:
        s = str(item)
        p = Path(s)
        if s != STDIO and p.is_dir():
            found = sorted(
                str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes and not f.name.startswith(".")
            )
            out.extend(found)
        else:
            out.append(s)
    return out


def shown_path(path: str) -> str:
    """An input's path as outputs show it (the documents' `source`, the workbook's 说明 sheet): as the user
    gave it when relative (seeds/004.txt), the file's name when absolute (/home/me/downloads/004.txt ->
    004.txt). A colleague reading a table or a workbook sees the file, not the folders of the machine that
    made it. (Messages on stderr keep the full path: they are for the user at that machine.)"""
    if path == STDIO or not Path(path).is_absolute():
        return path
    return Path(path).name


def read_input_bytes(path: str) -> bytes:
    """The bytes of one input; '-' reads standard input. Raises InputError with the reason."""
    if path == STDIO:
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", path=path)
    if p.is_dir():
        raise InputError("is a folder with no .txt/.html/.pdf/.docx files", path=path)
    try:
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=path) from None


# ---------------------------------------------------------------- formats


def table_format(path: str, override: str | None = None, *, default: str = "parquet") -> str:
    """The format of a table path: --format wins, then the extension; '-' means jsonl."""
    if override:
        fmt = override.lower()
        if fmt not in TABLE_FORMATS:
            raise UsageError(f"unknown format {override!r}; choose one of {', '.join(TABLE_FORMATS)}")
        return fmt
    if path == STDIO:
        return "jsonl"
    return _SUFFIX_FORMAT.get(Path(path).suffix.lower(), default)


# ---------------------------------------------------------------- outputs


@contextlib.contextmanager
def atomic_output(path: str | Path, mode: str = "wb") -> Iterator[IO[Any]]:
    """Open `path` for writing through a temporary file renamed on success.

    '-' yields standard output (text or binary as `mode` asks).
    """
    if str(path) == STDIO:
        stream = sys.stdout.buffer if "b" in mode else sys.stdout
        yield stream
        stream.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as fh:
            yield fh
        _publish(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed onto it on success (for writers that want a path)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        _publish(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def refuse_binary_to_terminal(path: str, fmt: str) -> None:
    if path == STDIO and fmt == "parquet" and sys.stdout.isatty():
        raise UsageError("refusing to write Parquet to a terminal", hint="give -o FILE.parquet or --format jsonl")


def _jsonable(value: Any) -> Any:
    return value if not isinstance(value, float) or value == value else None


def write_table(frame, path: str, fmt: str | None = None) -> str:
    """Write a polars DataFrame as parquet, csv or jsonl, atomically. Returns the format used."""
    fmt = table_format(path, fmt)
    refuse_binary_to_terminal(path, fmt)
    if fmt == "parquet":
        if path == STDIO:
            buf = io.BytesIO()
            frame.write_parquet(buf)
            with atomic_output(path, "wb") as fh:
                fh.write(buf.getvalue())
        else:
            with atomic_path(path) as tmp:
                frame.write_parquet(tmp)
    elif fmt == "csv":
        with atomic_output(path, "w") as fh:
            fh.write(frame.write_csv())
    else:
        with atomic_output(path, "w") as fh:
            for row in frame.iter_rows(named=True):
                fh.write(json.dumps({k: _jsonable(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
    return fmt


def frame_from_rows(rows: Iterable[Mapping[str, Any]], columns: Mapping[str, str]):
    """A polars DataFrame with exactly the schema `columns` (extra keys kept after them)."""
    return frame_from_columns(columns_from_rows(rows, columns), columns)


def columns_from_rows(rows: Iterable[Mapping[str, Any]], columns: Mapping[str, str]) -> dict[str, list[Any]]:
    """The rows as one list per column: the columns of the schema in order, then any extra keys.

    Pure Python (no polars), so a --jobs worker can do it and send the main process lists, which
    are cheaper to pass between processes and to append than one dict per row.
    """
    rows = rows if isinstance(rows, list) else list(rows)
    names = list(columns)
    known = columns.keys()
    for row in rows:
        if not row.keys() <= known:
            names += [key for key in row if key not in names]
            known = set(names)
    return {name: [row.get(name) for row in rows] for name in names}


def frame_from_columns(data: Mapping[str, list[Any]], columns: Mapping[str, str]):
    """A polars DataFrame from one list per column (as columns_from_rows gives), with the schema `columns`."""
    import polars as pl

    from govreport.schema import polars_schema

    schema = polars_schema(columns)
    lengths = {len(values) for values in data.values()}
    if not data or lengths == {0}:
        return pl.DataFrame(schema=schema)
    frame = pl.DataFrame({name: data.get(name, [None] * max(lengths)) for name in schema}, schema=schema)
    for key in data:
        if key not in schema:
            frame = frame.with_columns(pl.Series(key, data[key], strict=False))
    return frame


class ColumnBuffer:
    """Rows gathered as one list per column, from row dicts or from blocks of columns, in the order added."""

    def __init__(self, columns: Mapping[str, str]):
        self.columns = columns
        self.height = 0
        self.data: dict[str, list[Any]] = {name: [] for name in columns}

    def add(self, figures: list[Mapping[str, Any]] | Mapping[str, list[Any]]) -> None:
        """Add a list of row dicts, or a block of columns (a mapping of equal-length lists)."""
        block = figures if isinstance(figures, Mapping) else columns_from_rows(figures, self.columns)
        added = len(next(iter(block.values()))) if block else 0
        if not added:
            return
        for name, values in block.items():
            if name not in self.data:  # an extra column: empty in the rows before
                self.data[name] = [None] * self.height
            self.data[name].extend(values)
        self.height += added
        for values in self.data.values():
            if len(values) < self.height:  # a column this block lacks
                values.extend([None] * (self.height - len(values)))

    def take(self):
        """The rows so far as a polars DataFrame (schema `columns`); the buffer is empty afterwards."""
        frame = frame_from_columns(self.data, self.columns)
        self.height = 0
        self.data = {name: [] for name in self.columns}
        return frame


def _typed_csv(frame):
    """CSV cells arrive as text; give the known columns their types and leave text as text.

    Inferring types would read a doc_id "0" or a period "2022" as numbers.
    """
    import polars as pl

    from govreport import schema

    known: dict[str, str] = {}
    for table in (schema.DOCUMENTS, schema.INDICATORS, schema.ATTAINMENT, schema.ACROSS_REGIONS, schema.SERIES,
                  schema.CONFLICTS):
        known.update(table)
    casts = []
    for name in frame.columns:
        kind = known.get(name)
        if kind == "str" or kind is None:
            continue
        column = pl.col(name).replace("", None)
        if kind == "bool":
            casts.append(column.str.to_lowercase().replace_strict({"true": True, "false": False}, default=None,
                                                                  return_dtype=pl.Boolean).alias(name))
        else:
            casts.append(column.cast(pl.Float64 if kind == "float" else pl.Int64, strict=False).alias(name))
    return frame.with_columns(casts) if casts else frame


def read_table(path: str, fmt: str | None = None):
    """Read one table written by a stage (parquet, csv or jsonl; '-' = jsonl on stdin)."""
    import polars as pl

    fmt = table_format(path, fmt)
    try:
        if path == STDIO:
            data = sys.stdin.buffer.read()
            if fmt == "parquet":
                return pl.read_parquet(io.BytesIO(data))
            if fmt == "csv":
                return _typed_csv(pl.read_csv(io.BytesIO(data), infer_schema=False))
            return pl.read_ndjson(io.BytesIO(data)) if data.strip() else pl.DataFrame()
        p = Path(path)
        if not p.exists():
            raise InputError("no such file", path=path)
        if p.stat().st_size == 0:
            raise InputError("empty file", path=path)
        if fmt == "parquet":
            return pl.read_parquet(p)
        if fmt == "csv":
            return _typed_csv(pl.read_csv(p, infer_schema=False))
        return pl.read_ndjson(p, infer_schema_length=None)
    except InputError:
        raise
    except Exception as exc:  # polars raises many kinds; the analyst needs one line
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"cannot read as {fmt}: {first[:200]}", path=path) from None


# Rows held before a batch is written (a row of indicators is about 1 kB as Python objects), and the
# Parquet row groups of the combined file: without a bound, polars gathers the whole table into one row
# group when it combines the parts, and memory grows with the corpus.
BATCH_ROWS = 5_000


class BatchWriter:
    """Write a table in batches of rows, atomically, without holding it whole.

    Parquet batches go to part files beside the target and are streamed into
    one file at the end; CSV and JSON Lines are streamed as they come.
    Use as a context manager: nothing appears at `path` unless the block ends
    without an error.
    """

    def __init__(self, path: str, columns: Mapping[str, str], fmt: str | None = None,
                 batch_rows: int = BATCH_ROWS):
        self.path = path
        self.columns = columns
        self.fmt = table_format(path, fmt)
        refuse_binary_to_terminal(path, self.fmt)
        self.batch_rows = batch_rows
        self.pending = ColumnBuffer(columns)
        self.count = 0
        self._parts: list[Path] = []
        self._stack = contextlib.ExitStack()
        self._fh: IO[Any] | None = None
        self._csv_header = True
        self._tmpdir: Path | None = None

    def __enter__(self) -> "BatchWriter":
        if self.fmt == "parquet":
            base = Path(self.path).parent if self.path != STDIO else None
            if base is not None:
                base.mkdir(parents=True, exist_ok=True)
            self._tmpdir = Path(self._stack.enter_context(tempfile.TemporaryDirectory(prefix=".govreport-", dir=base)))
        else:
            self._fh = self._stack.enter_context(atomic_output(self.path, "w"))
        return self

    def write(self, figures: Iterable[Mapping[str, Any]] | Mapping[str, list[Any]]) -> None:
        """Add rows: a list of row dicts, or a block of columns (ColumnBuffer.add)."""
        self.pending.add(figures if isinstance(figures, (list, Mapping)) else list(figures))
        if self.pending.height >= self.batch_rows:
            self._flush()

    def _flush(self) -> None:
        if not self.pending.height and (self.count or self.fmt != "parquet" or self._parts):
            return
        self.count += self.pending.height
        frame = self.pending.take()
        if self.fmt == "parquet":
            assert self._tmpdir is not None
            part = self._tmpdir / f"part-{len(self._parts):05d}.parquet"
            frame.write_parquet(part)
            self._parts.append(part)
        elif self.fmt == "csv":
            assert self._fh is not None
            self._fh.write(frame.write_csv(include_header=self._csv_header))
            self._csv_header = False
        else:
            assert self._fh is not None
            for row in frame.iter_rows(named=True):
                self._fh.write(json.dumps({k: _jsonable(v) for k, v in row.items()}, ensure_ascii=False) + "\n")

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            if exc is None:
                self._flush()
                if self.fmt == "csv" and self._csv_header and self._fh is not None:
                    self._fh.write(frame_from_rows([], self.columns).write_csv())
                if self.fmt == "parquet":
                    self._combine_parts()
        finally:
            self._stack.__exit__(exc_type, exc, tb)
        return False

    def _combine_parts(self) -> None:
        import polars as pl

        lazy = pl.concat([pl.scan_parquet(p) for p in self._parts], how="diagonal_relaxed")
        if self.path == STDIO:
            buf = io.BytesIO()
            lazy.collect().write_parquet(buf)
            with atomic_output(self.path, "wb") as fh:
                fh.write(buf.getvalue())
            return
        with atomic_path(self.path) as tmp:
            lazy.sink_parquet(tmp, row_group_size=self.batch_rows)
