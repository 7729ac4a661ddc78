"""A file larger than LARGE_FILE is cleaned piece by piece (memory flat whatever its size) and gives the
rows the whole file gives: documents held back across a cut, part numbers and doc_ids continuous."""

from __future__ import annotations

from pathlib import Path

import pytest

import govreport.clean.pipeline as pipeline
from govreport.clean import clean_bytes, clean_paths
from tests.support import DEV_CORPUS, DEV_PROVINCES_COUNTIES

KEYS = ("doc_id", "part", "source_sha256", "title", "doc_type", "region", "region_code", "year", "year_source",
        "date", "text")


@pytest.mark.parametrize("folder, piece", [(DEV_PROVINCES_COUNTIES, 30_000), (DEV_PROVINCES_COUNTIES, 7_000),
                                           (DEV_CORPUS, 20_000)])
def test_pieces_give_the_rows_of_the_whole_file(tmp_path: Path, monkeypatch, folder, piece):
    data = b"".join(p.read_bytes() + b"\n" for p in sorted(folder.glob("*.txt")))
    path = tmp_path / "many.txt"
    path.write_bytes(data)
    whole = clean_bytes(data, source=str(path))
    monkeypatch.setattr(pipeline, "PIECE", piece)
    monkeypatch.setattr(pipeline, "LARGE_FILE", len(data) // 3)  # clean_paths takes the large-file path
    pieces = list(clean_paths([str(path)]))
    assert len(pieces) == len(whole)
    assert [r["part"] for r in pieces] == list(range(len(whole)))
    for a, b in zip(whole, pieces):
        assert {k: a[k] for k in KEYS} == {k: b[k] for k in KEYS}


def test_a_document_longer_than_the_carry_limit_is_cut_not_held(tmp_path: Path, monkeypatch):
    path = tmp_path / "long.txt"
    path.write_bytes(("全区地区生产总值增长5%。\n" * 4000).encode("utf-8"))
    monkeypatch.setattr(pipeline, "PIECE", 10_000)
    monkeypatch.setattr(pipeline, "MAX_CARRY", 20_000)
    rows = list(pipeline.clean_large_file(str(path)))
    assert len(rows) > 1 and max(r["n_chars"] for r in rows) < 40_000
    assert "".join(r["text"] for r in rows).count("增长5%") == 4000
