"""`govreport clean`: raw documents -> documents table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from govreport.cli import common
from govreport.cli.app import app
from govreport.errors import ExitCode

EXAMPLES = common.examples(
    "govreport clean seeds -o docs.parquet",
    "govreport clean report.html --text-dir clean/ -o docs.parquet",
    "govreport clean downloads/*.pdf downloads/*.docx -o docs.csv",
    "cat page.txt | govreport clean - -o - | jq -r .title",
)


@app.command(epilog=EXAMPLES)
def clean(
    inputs: common.Inputs,
    output: common.Output,
    fmt: common.Format = None,
    text_dir: Annotated[
        Optional[Path], typer.Option("--text-dir", metavar="DIR", help="Also write each cleaned document as UTF-8 .txt here.")
    ] = None,
    strict: common.Strict = False,
    raw_csv: common.RawCsv = False,
    boilerplate: Annotated[
        Optional[list[Path]],
        typer.Option("--boilerplate", metavar="FILE", help="Extra chrome patterns (format of data/boilerplate.txt); repeatable."),
    ] = None,
    divisions: Annotated[
        Optional[list[Path]],
        typer.Option("--divisions", metavar="FILE", help="Extra or corrected divisions (columns of data/divisions.csv); repeatable."),
    ] = None,
    doc_types: Annotated[
        Optional[list[Path]],
        typer.Option("--doc-types", metavar="FILE", help="Extra title keywords for document types (columns of data/doc_types.csv)."),
    ] = None,
) -> None:
    """Clean raw documents (any encoding, web/forum pages, traditional characters) into one row per document."""
    with common.guard():
        from govreport.clean import CleanFailure, CleanOptions, clean_paths
        from govreport.io import (RAW_SUFFIXES, check_not_inputs, check_output_suffix, expand_inputs, frame_from_rows,
                                  table_format, write_table)
        from govreport.schema import DOCUMENTS

        fmt = table_format(output, fmt)
        check_not_inputs([output], inputs, RAW_SUFFIXES)
        check_output_suffix(output, fmt)
        if text_dir is not None:
            check_text_dir(text_dir, inputs)
        options = CleanOptions(
            boilerplate_files=tuple(map(str, boilerplate or ())),
            divisions_files=tuple(map(str, divisions or ())),
            doc_type_files=tuple(map(str, doc_types or ())),
        )
        paths = expand_inputs(inputs)
        if not paths:
            raise common.fail("no input files found (.txt, .html, .pdf, .docx)", ExitCode.USAGE)
        rows, failures = [], 0
        for item in common.progress(clean_paths(paths, strict=strict, options=options), total=None, label="clean"):
            if isinstance(item, CleanFailure):
                failures += 1
                common.warn(item.one_line())
            else:
                rows.append(item)
        write_table(frame_from_rows(rows, DOCUMENTS), output, fmt, raw_csv=raw_csv)
        if text_dir is not None:
            write_text_files(rows, text_dir)
        common.info(f"clean: {len(rows)} document(s) from {len(paths) - failures} file(s)"
                    + (f", {failures} failed" if failures else ""))
        if failures:
            raise typer.Exit(int(ExitCode.INPUT_FAILED))


def write_text_files(rows: list[dict], folder: Path) -> None:
    from govreport.io import atomic_output

    for row in rows:
        stem = Path(row["source"]).stem if row["source"] != "-" else "stdin"
        name = f"{stem}.txt" if row["part"] == 0 and _single(rows, row["source"]) else f"{stem}#{row['part']}.txt"
        with atomic_output(folder / name, "w") as fh:
            fh.write(row["text"])


def check_text_dir(folder: Path, inputs: list[str]) -> None:
    """Refuse a --text-dir where a cleaned copy would replace an input page (stem.txt or stem#N.txt)."""
    from govreport.io import RAW_SUFFIXES, check_not_inputs, expand_inputs

    if not folder.is_dir():
        return
    paths = [p for p in expand_inputs(inputs, RAW_SUFFIXES) if p != "-"]
    stems = {Path(p).stem for p in paths} | ({"stdin"} if "-" in inputs else set())
    candidates = [f for f in folder.iterdir() if f.suffix == ".txt" and (f.stem in stems or f.stem.split("#")[0] in stems)]
    check_not_inputs(candidates, paths, RAW_SUFFIXES)


def _single(rows: list[dict], source: str) -> bool:
    return sum(1 for r in rows if r["source"] == source) == 1
