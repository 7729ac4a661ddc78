"""What a colleague sees: input paths as the user gave them (an absolute one as the file's name) in every
output and in the workbook's 说明 sheet, and FILE / DIR in --help rather than type names."""

from __future__ import annotations

import re

import openpyxl
import polars as pl
import pytest
from typer.testing import CliRunner

from govreport.cli import app
from govreport.io import shown_path
from tests.cli.test_startup import command_names
from tests.support import SEEDS, seed

runner = CliRunner()


def test_shown_path_keeps_a_relative_path_and_names_an_absolute_one():
    assert shown_path("seeds/004_x.txt") == "seeds/004_x.txt"
    assert shown_path("-") == "-"
    assert shown_path("/home/analyst/downloads/2024年报告.html") == "2024年报告.html"


def _cells(workbook_path, sheet: str) -> list[str]:
    wb = openpyxl.load_workbook(workbook_path, read_only=True)
    return [str(v) for row in wb[sheet].iter_rows(values_only=True) for v in row if v is not None]


def test_no_output_shows_the_folders_of_the_machine_that_made_it(tmp_path, monkeypatch):
    machine = str(SEEDS.resolve().parent)
    out = tmp_path / "out"
    result = runner.invoke(app, ["-q", "run", str(SEEDS.resolve()), "-o", str(out)])
    assert result.exit_code == 0, result.output
    docs = pl.read_parquet(out / "docs.parquet")
    assert sorted(docs["source"].unique().to_list()) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert set(pl.read_parquet(out / "indicators.parquet")["source"].unique().to_list()) <= set(docs["source"].to_list())
    for sheet in ("说明", "文档", "明细"):
        cells = _cells(out / "report.xlsx", sheet)
        assert cells and not any(machine in c or str(tmp_path) in c for c in cells), sheet
    # a report made from tables given by absolute paths lists them by name
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["report", str(out / "docs.parquet"), str(out / "indicators.parquet"), "-o", "r.xlsx"])
    assert result.exit_code == 0, result.output
    about = _cells(tmp_path / "r.xlsx", "说明")
    assert any("docs.parquet" in c for c in about) and not any(str(tmp_path) in c for c in about)


def test_a_relative_path_is_kept_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    result = runner.invoke(app, ["clean", "seeds/001_6e452249976e69d8.txt", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert '"source":"seeds/001_6e452249976e69d8.txt"' in result.stdout.replace(" ", "")
    assert seed("001").exists()


@pytest.mark.parametrize("command", command_names())
def test_help_shows_file_and_dir_not_type_names(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert not re.search(r"<(?:list\[|str|path|int|float)", result.stdout), result.stdout


def test_help_names_files_and_folders():
    clean = runner.invoke(app, ["clean", "--help"]).stdout
    assert "FILE..." in clean and "-o, --output FILE" in clean and "--text-dir DIR" in clean
    assert "--output DIR" in runner.invoke(app, ["run", "--help"]).stdout
