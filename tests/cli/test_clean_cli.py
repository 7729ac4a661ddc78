"""`govreport clean` through the CLI runner: outputs, streams, exit codes, messages."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from govreport.cli import app
from govreport.clean import clean_bytes
from tests.support import SEEDS, seed

runner = CliRunner()


def test_clean_seeds_folder_writes_one_row_per_document(tmp_path: Path):
    out = tmp_path / "docs.parquet"
    result = runner.invoke(app, ["clean", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    docs = pl.read_parquet(out)
    # five files; 004 holds two reports and news items, so more rows than files
    assert docs["source"].n_unique() == 5
    assert docs.height >= 5
    assert docs["doc_id"].n_unique() == docs.height
    assert not list(tmp_path.glob(".*.part")), "temporary file left behind"


def test_cli_rows_equal_library_rows(tmp_path: Path):
    path = seed("001")
    out = tmp_path / "docs.jsonl"
    result = runner.invoke(app, ["clean", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    cli_rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    lib_rows = clean_bytes(path.read_bytes(), source=str(path))
    assert [r["text"] for r in cli_rows] == [r["text"] for r in lib_rows]
    assert [r["doc_id"] for r in cli_rows] == [r["doc_id"] for r in lib_rows]


def test_doc_id_is_stable_across_runs(tmp_path: Path):
    path = seed("002")
    first = clean_bytes(path.read_bytes(), source=str(path))
    again = clean_bytes(path.read_bytes(), source="elsewhere/renamed.txt")
    assert [r["doc_id"] for r in first] == [r["doc_id"] for r in again]
    assert first[0]["doc_id"].startswith(first[0]["source_sha256"][:16])


def test_stdin_to_stdout_jsonl():
    data = seed("003").read_bytes()
    result = runner.invoke(app, ["clean", "-", "-o", "-"], input=data)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(rows) == 1
    assert rows[0]["source"] == "-"
    assert "洛阳" in rows[0]["text"]


def test_text_dir_writes_readable_utf8_files(tmp_path: Path):
    result = runner.invoke(
        app, ["clean", str(seed("001")), "-o", str(tmp_path / "d.parquet"), "--text-dir", str(tmp_path / "txt")]
    )
    assert result.exit_code == 0, result.output
    files = list((tmp_path / "txt").glob("*.txt"))
    assert len(files) == 1
    assert "老城区" in files[0].read_text(encoding="utf-8")


def test_missing_file_is_reported_and_the_rest_processed(tmp_path: Path):
    out = tmp_path / "docs.parquet"
    result = runner.invoke(app, ["clean", str(tmp_path / "nope.txt"), str(seed("001")), "-o", str(out)])
    assert result.exit_code == 1
    assert "nope.txt: no such file" in result.stderr
    assert "Traceback" not in result.output
    assert pl.read_parquet(out).height == 1


def test_empty_and_binary_files_fail_with_one_line_each(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    out = tmp_path / "docs.parquet"
    result = runner.invoke(app, ["clean", str(empty), str(binary), str(seed("003")), "-o", str(out)])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("govreport:")]
    assert any("empty.txt" in line and "empty" in line for line in lines)
    assert any("image.txt" in line for line in lines)
    assert pl.read_parquet(out).height == 1


def test_strict_stops_at_first_failure_and_writes_nothing(tmp_path: Path):
    out = tmp_path / "docs.parquet"
    result = runner.invoke(app, ["clean", "--strict", str(tmp_path / "nope.txt"), str(seed("001")), "-o", str(out)])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr
    assert not out.exists()


def test_no_inputs_in_folder_is_a_usage_error(tmp_path: Path):
    result = runner.invoke(app, ["clean", str(tmp_path), "-o", str(tmp_path / "d.parquet")])
    assert result.exit_code == 2
    assert "no input files" in result.stderr


def test_unknown_format_is_a_usage_error(tmp_path: Path):
    result = runner.invoke(app, ["clean", str(seed("001")), "-o", str(tmp_path / "d.x"), "--format", "xml"])
    assert result.exit_code == 2
    assert "unknown format" in result.stderr


def test_user_boilerplate_file_removes_extra_chrome(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text("2023年某某区政府工作报告\n本站特供水印行\n地区生产总值增长6%。\n", encoding="utf-8")
    patterns = tmp_path / "chrome.txt"
    patterns.write_text("line    本站特供水印行\n", encoding="utf-8")
    out = tmp_path / "d.jsonl"
    result = runner.invoke(app, ["clean", str(page), "-o", str(out), "--boilerplate", str(patterns)])
    assert result.exit_code == 0, result.output
    text = json.loads(out.read_text(encoding="utf-8").splitlines()[0])["text"]
    assert "水印" not in text and "地区生产总值增长6%" in text


def test_missing_user_data_file_is_a_usage_error(tmp_path: Path):
    result = runner.invoke(
        app, ["clean", str(seed("001")), "-o", str(tmp_path / "d.parquet"), "--divisions", str(tmp_path / "no.csv")]
    )
    assert result.exit_code == 2
    assert "no.csv" in result.stderr
