"""Inputs (files, folders, '-') and atomic outputs (parquet / csv / jsonl).

Every writer goes through `atomic_output`: the bytes land in a temporary file
beside the target and are renamed into place only when complete, so an
interrupted run never leaves a truncated table behind. No output may be one of
the inputs or carry an extension naming another format (`check_not_inputs`,
`check_output_suffix`, called by every command before it writes). CSV text
cells are made spreadsheet-safe (`spreadsheet_safe`: an apostrophe before a
formula-like start), undone when govreport reads its own CSV.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping, Sequence

from govreport.errors import InputError, OutputError, UsageError

STDIO = "-"


def _publish(tmp: str | Path, target: Path) -> None:
    """Rename a finished temporary file onto `target` with ordinary permissions.

    mkstemp creates files readable by the owner only; an analyst's outputs
    should get the permissions any new file would (0666 less the umask).
    """
    from govreport.errors import ExitCode, Termination

    if Termination.requested:  # SIGTERM came, and its SystemExit was swallowed on the way (errors.Termination)
        raise SystemExit(int(ExitCode.TERMINATED))
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


# ---------------------------------------------------------------- outputs are never inputs

# What an extension says a file is, beyond the tables: a file named so holds that and nothing else.
_OTHER_SUFFIXES = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods", ".txt": "text", ".text": "text",
                   ".htm": "html", ".html": "html", ".md": "markdown", ".pdf": "pdf", ".doc": "doc",
                   ".docx": "docx", ".zip": "zip", ".gz": "gzip", ".xml": "xml"}
_FORMAT_NAMES = {"parquet": "Parquet", "csv": "CSV", "jsonl": "JSON Lines", "xlsx": "an Excel workbook"}


def suffix_format(path: str | Path) -> str | None:
    """The format a file's extension names (parquet, csv, jsonl, xlsx, text, html, ...), None when it names none."""
    suffix = Path(str(path)).suffix.lower()
    return _SUFFIX_FORMAT.get(suffix) or _OTHER_SUFFIXES.get(suffix)


def check_output_suffix(path: str | Path, written: str) -> None:
    """Refuse an output whose extension names another format than `written` (`report -o x.parquet`).

    A file called x.parquet that holds a workbook misleads every program and person that opens it; an
    extension that names no format (none, .dat, .out) is left to the user.
    """
    if str(path) == STDIO:
        return
    named = suffix_format(path)
    if named is not None and named != written:
        raise OutputError(f"the extension names {named}, but this writes {_FORMAT_NAMES.get(written, written)}",
                          path=str(path),
                          hint=f"name it *.{'xlsx' if written == 'xlsx' else written} or choose the format that fits")


def check_not_inputs(outputs: Iterable[str | Path], inputs: Iterable[str | Path],
                     suffixes: Sequence[str] | None = RAW_SUFFIXES) -> None:
    """Refuse to write any of `outputs` where it would replace one of `inputs`.

    The same file is found after following links (os.stat's device and inode, as os.path.samefile),
    so a symbolic or hard link to an input is refused too. Folders among the inputs count for the files
    a command reads from them (`suffixes`; None: every file). Raises OutputError (exit 2) before anything
    is written.
    """
    targets: dict[tuple[int, int], str] = {}
    for output in outputs:
        if str(output) == STDIO:
            continue
        try:
            st = os.stat(output)
        except OSError:  # not there yet (or unreadable): writing it replaces nothing of ours
            continue
        targets[(st.st_dev, st.st_ino)] = str(output)
    if not targets:
        return
    for item in inputs:
        s = str(item)
        if s == STDIO:
            continue
        p = Path(s)
        files = [p]
        if p.is_dir():
            files = [f for f in p.rglob("*") if suffixes is None or f.suffix.lower() in suffixes]
        for f in files:
            try:
                st = os.stat(f)
            except OSError:
                continue
            hit = targets.get((st.st_dev, st.st_ino))
            if hit is not None:
                same = "" if os.path.abspath(hit) == os.path.abspath(f) else f" ({f})"
                raise OutputError(f"the output is one of the inputs{same}; refusing to overwrite it", path=hit,
                                  hint="write to another file")


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


# ---------------------------------------------------------------- spreadsheet-safe CSV

# A spreadsheet runs a cell that begins with one of these as a formula (OWASP, "CSV Injection"): = + - @,
# and tab or carriage return, which some programs drop before looking. Such a text cell is written with
# a leading apostrophe, which Excel, LibreOffice and Sheets show as nothing and take as "this is text".
# Cells already beginning with apostrophes before such a character get one more, so reading strips
# exactly one and every text comes back as it was (read_table does). Numbers are never touched.
FORMULA_START = r"^'*[=+\-@\t\r]"
_FORMULA_START = re.compile(FORMULA_START)


def spreadsheet_safe(text: str) -> str:
    """`text` as a CSV cell no spreadsheet runs: a leading apostrophe before a formula-like start."""
    return "'" + text if _FORMULA_START.match(text) else text


def spreadsheet_text(cell: str) -> str:
    """The text a spreadsheet_safe cell was made from."""
    return cell[1:] if cell.startswith("'") and _FORMULA_START.match(cell[1:]) else cell


def spreadsheet_safe_frame(frame):
    """The frame with every text cell made spreadsheet_safe (text columns only; numbers stay numbers)."""
    import polars as pl

    text = [name for name, dtype in frame.schema.items() if dtype == pl.String]
    if not text:
        return frame
    return frame.with_columns(
        pl.when(pl.col(name).str.contains(FORMULA_START)).then(pl.concat_str([pl.lit("'"), pl.col(name)]))
        .otherwise(pl.col(name)).alias(name) for name in text)


def _csv_text(frame, raw: bool, include_header: bool = True) -> str:
    return (frame if raw else spreadsheet_safe_frame(frame)).write_csv(include_header=include_header)


def write_table(frame, path: str, fmt: str | None = None, *, raw_csv: bool = False) -> str:
    """Write a polars DataFrame as parquet, csv or jsonl, atomically. Returns the format used.

    CSV text cells are made spreadsheet-safe unless `raw_csv` (see spreadsheet_safe); Parquet and JSON
    Lines keep every text exact.
    """
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
            fh.write(_csv_text(frame, raw_csv))
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
    frame = frame.with_columns(  # the apostrophe spreadsheet_safe added is not part of the text
        pl.when(pl.col(name).str.contains(r"^'" + FORMULA_START[1:])).then(pl.col(name).str.slice(1))
        .otherwise(pl.col(name)).alias(name) for name in frame.columns if frame.schema[name] == pl.String)
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
                 batch_rows: int = BATCH_ROWS, *, raw_csv: bool = False, order_by: Sequence[str] = ()):
        self.path = path
        # Parquet only: columns the parts carry beside `columns` (write_frame), by which the combined file
        # is sorted and which it then leaves out (compare's tables computed a government at a time)
        self.order_by = list(order_by)
        self.columns = columns
        self.fmt = table_format(path, fmt)
        refuse_binary_to_terminal(path, self.fmt)
        self.batch_rows = batch_rows
        self.raw_csv = raw_csv
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

    def write_frame(self, frame) -> None:
        """Add a polars DataFrame of rows as it is (Parquet: its own part file, never turned into Python rows)."""
        if self.fmt != "parquet":
            self.write(frame.to_dict(as_series=False))
            return
        if self.pending.height:
            self._flush()
        assert self._tmpdir is not None
        part = self._tmpdir / f"part-{len(self._parts):05d}.parquet"
        frame.write_parquet(part)
        self._parts.append(part)
        self.count += frame.height

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
            self._fh.write(_csv_text(frame, self.raw_csv, self._csv_header))
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
        if self.order_by and set(self.order_by) <= set(lazy.collect_schema().names()):
            lazy = lazy.sort(self.order_by, maintain_order=True).drop(self.order_by)
        if self.path == STDIO:
            buf = io.BytesIO()
            lazy.collect().write_parquet(buf)
            with atomic_output(self.path, "wb") as fh:
                fh.write(buf.getvalue())
            return
        with atomic_path(self.path) as tmp:
            lazy.sink_parquet(tmp, row_group_size=self.batch_rows)
