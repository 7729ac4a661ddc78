"""Inputs, formats and atomic outputs (govreport.io)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.errors import InputError, UsageError
from govreport.io import atomic_output, expand_inputs, frame_from_rows, read_table, table_format, write_table
from govreport.schema import DOCUMENTS, require_columns
from govreport.errors import SchemaError


def test_format_from_extension_and_override():
    assert table_format("a/b.parquet") == "parquet"
    assert table_format("b.CSV") == "csv"
    assert table_format("b.jsonl") == "jsonl"
    assert table_format("-") == "jsonl"
    assert table_format("b.parquet", "csv") == "csv"
    with pytest.raises(UsageError):
        table_format("b.parquet", "xml")


def test_expand_inputs_walks_folders_sorted_and_keeps_missing_paths(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    for name in ("sub/b.html", "a.txt", "c.png", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = expand_inputs([tmp_path, "missing.txt", "-"])
    assert found == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.html"), "missing.txt", "-"]


def test_atomic_output_leaves_no_file_when_interrupted(tmp_path: Path):
    target = tmp_path / "out.parquet"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_output(target, "wb") as fh:
            fh.write(b"partial")
            raise RuntimeError("killed")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_read_table_reports_bad_files_in_one_line(tmp_path: Path):
    bad = tmp_path / "docs.parquet"
    bad.write_bytes(b"not parquet at all")
    with pytest.raises(InputError) as err:
        read_table(str(bad))
    assert "docs.parquet" in err.value.one_line()
    assert "\n" not in err.value.one_line()
    with pytest.raises(InputError, match="no such file"):
        read_table(str(tmp_path / "missing.parquet"))


def test_require_columns_names_what_is_missing():
    with pytest.raises(SchemaError, match="missing column\\(s\\) doc_id"):
        require_columns(["text"], {"doc_id": "str", "text": "str"}, table="documents", path="x.parquet")


rows = st.lists(
    st.fixed_dictionaries(
        {
            "doc_id": st.text(min_size=1, max_size=20),
            "title": st.none() | st.text(max_size=30),
            "year": st.none() | st.integers(1949, 2100),
            "text": st.text(max_size=200),
        }
    ),
    max_size=8,
)


@settings(max_examples=40, deadline=None)
@given(rows=rows, fmt=st.sampled_from(["parquet", "jsonl", "csv"]))
def test_tables_round_trip_through_every_format(tmp_path_factory, rows, fmt):
    path = tmp_path_factory.mktemp("rt") / f"docs.{fmt}"
    frame = frame_from_rows(rows, DOCUMENTS)
    write_table(frame, str(path))
    if not rows:
        return
    back = read_table(str(path))
    for column in ("doc_id", "text"):
        got = back[column].to_list()
        want = frame[column].to_list()
        if fmt == "csv":  # CSV cannot tell an empty string from a missing one
            got = [g or "" for g in got]
            want = [w or "" for w in want]
        assert got == want
    assert back.height == frame.height


def test_csv_keeps_identifiers_as_text_and_types_the_known_numbers(tmp_path: Path):
    from govreport.schema import INDICATORS

    path = tmp_path / "ind.csv"
    frame = frame_from_rows([{"doc_id": "0", "period": "2022", "value": 5.5, "start": 3, "estimated": True}], INDICATORS)
    write_table(frame, str(path))
    back = read_table(str(path))
    row = back.row(0, named=True)
    assert (row["doc_id"], row["period"], row["value"], row["start"], row["estimated"]) == ("0", "2022", 5.5, 3, True)


def test_column_buffer_keeps_rows_and_column_blocks_in_the_order_added():
    from govreport.io import ColumnBuffer, columns_from_rows

    columns = {"doc_id": "str", "value": "float"}
    buffer = ColumnBuffer(columns)
    buffer.add([{"doc_id": "a", "value": 1.0}])
    buffer.add(columns_from_rows([{"doc_id": "b", "value": 2.0}, {"doc_id": "c", "value": None}], columns))
    buffer.add([])
    buffer.add([{"doc_id": "d", "value": 4.0, "note": "extra"}])
    frame = buffer.take()
    assert frame["doc_id"].to_list() == ["a", "b", "c", "d"]
    assert frame["value"].to_list() == [1.0, 2.0, None, 4.0]
    assert frame.columns == ["doc_id", "value", "note"]  # an extra key is kept after the schema, empty before
    assert frame["note"].to_list() == [None, None, None, "extra"]
    assert buffer.height == 0 and buffer.take().height == 0


def test_batch_writer_takes_rows_and_column_blocks(tmp_path: Path):
    import polars as pl

    from govreport.io import BatchWriter, columns_from_rows

    columns = {"doc_id": "str", "value": "float"}
    rows = [{"doc_id": str(i), "value": float(i)} for i in range(7)]
    out = tmp_path / "t.parquet"
    with BatchWriter(str(out), columns, batch_rows=3) as writer:
        writer.write(rows[:2])
        writer.write(columns_from_rows(rows[2:6], columns))
        writer.write(iter(rows[6:]))
    assert pl.read_parquet(out)["doc_id"].to_list() == [str(i) for i in range(7)]
    assert writer.count == 7
