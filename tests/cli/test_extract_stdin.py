"""`extract -` reads what a file would: a documents table in JSON Lines, or the raw text of a page (any
encoding), cleaned as `clean` would; unreadable input gets a plain one-line error."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from govreport.clean import clean_bytes
from govreport.cli import app
from govreport.errors import ExitCode
from tests.support import seed

runner = CliRunner()
SNIPPET = "今年全区地区生产总值完成582.4亿元，增长5.2%。一般公共预算收入实现21.2亿元。"


def _rows(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_raw_text_on_stdin_is_cleaned_like_a_file(tmp_path):
    page = seed("001")
    from_stdin = _rows(runner.invoke(app, ["-q", "extract", "-", "-o", "-"], input=page.read_bytes()))
    out = tmp_path / "f.jsonl"
    assert runner.invoke(app, ["-q", "extract", str(page), "-o", str(out)]).exit_code == 0
    from_file = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert from_stdin
    drop = ("doc_id", "source")  # the source is '-' and the doc_id carries no path: compare the figures
    assert [{k: v for k, v in r.items() if k not in drop} for r in from_stdin] == \
        [{k: v for k, v in r.items() if k not in drop} for r in from_file]


def test_the_issues_snippet_on_stdin_in_gbk():
    rows = _rows(runner.invoke(app, ["-q", "extract", "-", "-o", "-"], input=SNIPPET.encode("gbk")))
    assert {r["value"] for r in rows} >= {582.4, 5.2, 21.2}
    assert all(r["source"] == "-" for r in rows)
    for r in rows:
        assert SNIPPET[r["start"]:r["end"]] == r["evidence"]


def test_a_documents_table_on_stdin_is_still_a_table():
    row = clean_bytes(seed("000").read_bytes(), source="000.txt")[0]
    data = ("\ufeff" + json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")
    rows = _rows(runner.invoke(app, ["-q", "extract", "-", "-o", "-"], input=data))
    assert rows and all(r["doc_id"] == row["doc_id"] for r in rows)


def test_a_page_that_starts_with_a_brace_is_a_page():
    text = "{附件} " + SNIPPET
    rows = _rows(runner.invoke(app, ["-q", "extract", "-", "-o", "-"], input=text.encode("utf-8")))
    assert 582.4 in {r["value"] for r in rows}


def _one_line(result, code: int, *words: str) -> str:
    assert result.exit_code == code, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def test_unreadable_stdin_says_in_plain_words_what_is_expected():
    _one_line(runner.invoke(app, ["-q", "extract", "-", "-o", "-"], input=b""), ExitCode.INPUT_FAILED,
              "standard input is empty", "JSON Lines", "text of a report")
    _one_line(runner.invoke(app, ["-q", "extract", "-", "-o", "-"], input=b"\x00\x01\x02\xff" * 200), ExitCode.INPUT_FAILED,
              "-:")
    _one_line(runner.invoke(app, ["-q", "extract", "-", "-o", "-"], input=b'{"a": 1}\n'), ExitCode.USAGE,
              "not a documents table")
    bad = json.dumps({"doc_id": "x", "source": "s", "text": "t"}) + "\n{broken\n"
    message = _one_line(runner.invoke(app, ["-q", "extract", "-", "-o", "-"], input=bad.encode()), ExitCode.INPUT_FAILED,
                        "JSON Lines")
    assert "TapeError" not in message or "a later line is not one" in message
