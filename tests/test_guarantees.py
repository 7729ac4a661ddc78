"""The promises of docs/guarantees.md that no other test file holds: identical reruns, byte for byte, and an
output that a SIGTERM interrupts leaves nothing behind (no target, no temporary file)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from govreport.cli import app
from govreport.errors import ExitCode
from tests.support import SEEDS, seed

runner = CliRunner()


def _stage_outputs(folder: Path) -> dict[str, bytes]:
    page = seed("001")
    out: dict[str, bytes] = {}
    for fmt in ("parquet", "csv", "jsonl"):
        docs, ind, att = (folder / f"{name}.{fmt}" for name in ("docs", "ind", "att"))
        for args in (["clean", str(page), "-o", str(docs)], ["extract", str(docs), "-o", str(ind)],
                     ["compare", str(ind), "-o", str(att)]):
            result = runner.invoke(app, ["-q", *args])
            assert result.exit_code == 0, result.output
        out |= {p.name: p.read_bytes() for p in (docs, ind, att)}
    book = folder / "report.xlsx"
    assert runner.invoke(app, ["-q", "report", str(folder / "ind.parquet"), str(folder / "att.parquet"),
                               str(folder / "docs.parquet"), "-o", str(book)]).exit_code == 0
    out[book.name] = book.read_bytes()
    return out


def test_reruns_are_identical_byte_for_byte(tmp_path: Path):
    a = _stage_outputs(tmp_path)
    b = _stage_outputs(tmp_path)  # the same command lines again, over the first run's files
    assert a.keys() == b.keys() and len(a) == 10
    for name in a:
        assert a[name] == b[name], name


def _govreport() -> list[str]:
    exe = Path(sys.executable).with_name("govreport")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "govreport"]


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM is POSIX")
@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_sigterm_leaves_no_output_and_no_temporary_file(tmp_path: Path, fmt: str):
    from govreport.clean import clean_bytes
    from govreport.io import frame_from_rows, write_table
    from govreport.schema import DOCUMENTS

    rows = [row for p in sorted(SEEDS.glob("*.txt")) for row in clean_bytes(p.read_bytes(), source=str(p))]
    many = [dict(row, doc_id=f"{row['doc_id']}-{k}") for k in range(60) for row in rows]  # many seconds of work
    docs = tmp_path / "docs.parquet"
    write_table(frame_from_rows(many, DOCUMENTS), str(docs))
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"indicators.{fmt}"
    proc = subprocess.Popen([*_govreport(), "-q", "extract", str(docs), "-o", str(target)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(out.iterdir()) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # until it has begun writing
    time.sleep(0.2)
    if proc.poll() is not None:
        pytest.skip("extract finished before it could be interrupted")
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == ExitCode.TERMINATED, err
    assert b"Traceback" not in err
    assert list(out.iterdir()) == [], list(out.iterdir())  # no target, no .part, no .govreport-* folder


def test_an_output_is_not_published_after_sigterm_even_when_its_exit_was_swallowed(tmp_path: Path, monkeypatch):
    # Python drops an exception raised in a callback it runs for itself (a module lock's): the SIGTERM handler's
    # SystemExit can vanish and the command run on to its end. Publishing an output asks errors.Termination too.
    from govreport.errors import ExitCode, Termination
    from govreport.io import atomic_path

    monkeypatch.setattr(Termination, "requested", True)
    target = tmp_path / "indicators.parquet"
    with pytest.raises(SystemExit) as exit_:
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"PAR1")
    assert exit_.value.code == ExitCode.TERMINATED
    assert list(tmp_path.iterdir()) == []  # no target, no .part
