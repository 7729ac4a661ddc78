"""Every command is documented: help text, examples, its own docs page, and a current CLI reference."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from govreport.cli import app
from tests.support import REPO

sys.path.insert(0, str(REPO / "scripts"))
import gen_cli_reference  # noqa: E402

COMMANDS = gen_cli_reference.command_names()
runner = CliRunner()


def test_all_pipeline_commands_exist():
    assert {"clean", "extract", "eval", "compare", "report", "run"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_and_examples(name):
    result = runner.invoke(app, [name, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    text = result.stdout
    summary = text.split("\n\n")[1].strip()
    assert len(summary) > 20, f"{name} has no real help text"
    assert "Examples:" in text and f"govreport {name}" in text.split("Examples:")[1]


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_a_docs_page_linked_from_the_readme(name):
    page = REPO / "docs" / f"{name}.md"
    assert page.exists(), f"docs/{name}.md is missing"
    assert f"docs/{name}.md" in (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"govreport {name}\b", page.read_text(encoding="utf-8"))


def test_cli_reference_is_current():
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gen_cli_reference.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_readme_gives_the_two_setup_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "govreport run -o out" in readme
    assert ".venv/bin/python -m pytest" in readme
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/python -m pytest" in ci
