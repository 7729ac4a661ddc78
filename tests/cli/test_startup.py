"""`govreport --help` stays fast: no heavy library is imported to print help."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.support import REPO

HEAVY = ("polars", "jieba", "opencc", "openpyxl", "numpy")


def command_names() -> list[str]:
    """Every registered command (test_docs checks that the pipeline's six are there)."""
    import typer.main

    from govreport.cli import app

    return sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]

# Runs in a fresh interpreter: the test process itself has imported everything already.
PROBE = """
import json, sys
from typer.testing import CliRunner
from govreport.cli import app
runner = CliRunner()
outputs = [runner.invoke(app, args) for args in (["--help"], %r)]
assert all(r.exit_code == 0 for r in outputs), [r.output for r in outputs]
assert "clean" in outputs[0].stdout and "eval" in outputs[0].stdout
print(json.dumps(sorted(m for m in %r if m in sys.modules)))
"""


@pytest.mark.parametrize("command", command_names())
def test_help_imports_no_heavy_library(command):
    code = PROBE % ([command, "--help"], HEAVY)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_the_probe_would_notice_a_heavy_import():
    # the same check with polars imported on purpose, so the test above can fail
    code = "import polars\n" + PROBE % (["clean", "--help"], HEAVY)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert "polars" in json.loads(result.stdout.strip().splitlines()[-1])


def test_console_script_help_exits_0():
    result = subprocess.run([sys.executable, "-m", "govreport", "--help"], capture_output=True, text=True,
                            cwd=REPO, timeout=120)
    assert result.returncode == 0
    assert "Usage" in result.stdout and result.stderr == ""
