"""Inputs are read-only: no command writes over one of its inputs (by name, through a link, inside a folder),
and no output carries an extension that names another format than the one written. Each refusal is one
line on stderr, exit 2 (ExitCode.USAGE), and the input keeps its bytes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from govreport.cli import app
from govreport.errors import ExitCode
from tests.support import seed

runner = CliRunner()


def _refused(result, path_word: str = "") -> None:
    assert result.exit_code == ExitCode.USAGE, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("govreport: error:"), lines
    assert "Traceback" not in result.output
    if path_word:
        assert path_word in lines[0]


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> dict[str, Path]:
    """A documents table, an indicators table and an attainment table of one seed."""
    folder = tmp_path_factory.mktemp("tables")
    docs, ind, att = folder / "docs.parquet", folder / "indicators.parquet", folder / "attainment.parquet"
    assert runner.invoke(app, ["-q", "clean", str(seed("001")), "-o", str(docs)]).exit_code == 0
    assert runner.invoke(app, ["-q", "extract", str(docs), "-o", str(ind)]).exit_code == 0
    assert runner.invoke(app, ["-q", "compare", str(ind), "-o", str(att)]).exit_code == 0
    return {"docs": docs, "indicators": ind, "attainment": att}


def _copy(src: Path, folder: Path) -> Path:
    dest = folder / src.name
    shutil.copyfile(src, dest)
    return dest


def test_clean_refuses_to_overwrite_its_input(tmp_path: Path):
    page = _copy(seed("001"), tmp_path)
    before = page.read_bytes()
    _refused(runner.invoke(app, ["clean", str(page), "-o", str(page), "--format", "parquet"]), page.name)
    _refused(runner.invoke(app, ["clean", str(page), "-o", str(page)]), page.name)
    assert page.read_bytes() == before


def test_clean_refuses_an_input_reached_through_a_link_or_a_folder(tmp_path: Path):
    folder = tmp_path / "pages"
    folder.mkdir()
    page = _copy(seed("002"), folder)
    before = page.read_bytes()
    link = tmp_path / "link.csv"
    link.symlink_to(page)
    _refused(runner.invoke(app, ["clean", str(folder), "-o", str(link)]))
    hard = tmp_path / "hard.jsonl"
    os.link(page, hard)
    _refused(runner.invoke(app, ["clean", str(page), "-o", str(hard)]))
    # a relative spelling of the same file
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        _refused(runner.invoke(app, ["clean", "pages", "-o", f"./pages/../pages/{page.name}", "-f", "csv"]))
    finally:
        os.chdir(cwd)
    assert page.read_bytes() == before


def test_clean_text_dir_never_replaces_an_input(tmp_path: Path):
    page = _copy(seed("003"), tmp_path)
    before = page.read_bytes()
    _refused(runner.invoke(app, ["clean", str(page), "-o", str(tmp_path / "docs.parquet"), "--text-dir", str(tmp_path)]))
    assert page.read_bytes() == before
    assert not (tmp_path / "docs.parquet").exists()
    # another folder is fine
    ok = runner.invoke(app, ["-q", "clean", str(page), "-o", str(tmp_path / "docs.parquet"),
                             "--text-dir", str(tmp_path / "text")])
    assert ok.exit_code == 0, ok.output


def test_extract_refuses_to_overwrite_its_input(tables, tmp_path: Path):
    docs = _copy(tables["docs"], tmp_path)
    before = docs.read_bytes()
    _refused(runner.invoke(app, ["extract", str(docs), "-o", str(docs)]), docs.name)
    page = _copy(seed("000"), tmp_path)
    _refused(runner.invoke(app, ["extract", str(tmp_path), "-o", str(page), "-f", "csv"]))
    assert docs.read_bytes() == before


def test_a_table_beside_the_pages_it_came_from_is_no_input(tmp_path: Path):
    _copy(seed("001"), tmp_path)
    out = tmp_path / "indicators.csv"
    for _ in range(2):  # the rerun writes over its own output, which extract does not read from the folder
        result = runner.invoke(app, ["-q", "extract", str(tmp_path), "-o", str(out)])
        assert result.exit_code == 0, result.output


def test_compare_refuses_to_overwrite_its_input(tables, tmp_path: Path):
    ind = _copy(tables["indicators"], tmp_path)
    before = ind.read_bytes()
    _refused(runner.invoke(app, ["compare", str(ind), "-o", str(ind)]), ind.name)
    _refused(runner.invoke(app, ["compare", str(tmp_path), "-o", str(ind)]), ind.name)
    assert ind.read_bytes() == before


def test_report_refuses_to_overwrite_its_input(tables, tmp_path: Path):
    ind = _copy(tables["indicators"], tmp_path)
    before = ind.read_bytes()
    # the case: the workbook would have replaced the table under the table's name
    _refused(runner.invoke(app, ["report", str(ind), "-o", str(ind)]))
    link = tmp_path / "book.xlsx"
    link.symlink_to(ind)
    _refused(runner.invoke(app, ["report", str(tmp_path), "-o", str(link)]), "book.xlsx")
    assert ind.read_bytes() == before


def test_run_refuses_an_outdir_holding_its_inputs(tables, tmp_path: Path):
    docs = _copy(tables["docs"], tmp_path)  # docs.parquet: the name run writes its documents table under
    os.link(docs, tmp_path / "input.txt")
    before = docs.read_bytes()
    _refused(runner.invoke(app, ["run", str(tmp_path / "input.txt"), "-o", str(tmp_path)]))
    assert docs.read_bytes() == before


@pytest.mark.parametrize("command, output", [
    (["clean", "{page}"], "x.xlsx"),
    (["clean", "{page}"], "x.txt"),
    (["clean", "{page}", "--format", "csv"], "x.parquet"),
    (["extract", "{page}"], "x.html"),
    (["extract", "{page}", "-f", "jsonl"], "x.csv"),
    (["compare", "{ind}"], "x.xlsx"),
    (["report", "{ind}"], "x.parquet"),
    (["report", "{ind}"], "x.csv"),
])
def test_an_extension_naming_another_format_is_refused(tables, tmp_path: Path, command, output):
    args = [a.format(page=seed("001"), ind=tables["indicators"]) for a in command]
    target = tmp_path / output
    _refused(runner.invoke(app, [*args, "-o", str(target)]), output)
    assert not target.exists()


def test_an_extension_that_names_no_format_is_allowed(tables, tmp_path: Path):
    result = runner.invoke(app, ["-q", "compare", str(tables["indicators"]), "-o", str(tmp_path / "attainment.out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "attainment.out").read_bytes()[:4] == b"PAR1"
