"""Where the walk's Python goes: bytecodes run per function (own, not its callees) and per line of one function,
over one pass of `extract` on the cleaned files of some folders (after a warm-up pass, as instructions.py).

    .venv/bin/python benchmarks/walk_bytecodes.py seeds                      # top functions
    .venv/bin/python benchmarks/walk_bytecodes.py seeds --lines _sentence    # and _sentence line by line

A bytecode is not an instruction (a call into re or a str method is one bytecode and thousands of instructions:
callgrind, `instructions.py`, is the measure of a change), but the interpreter's own work per rule, a test that
runs for every value list, shows here and not in a profile of calls. The count is exact and does not drift with
the machine's load. The held-out pages (PROTOCOL.md) are never read.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from same_rows import HELD_OUT


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--lines", help="a function of DocumentExtractor to count line by line")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    from govreport.clean import clean_bytes
    from govreport.extract import pipeline
    from govreport.extract.batch import ExtractOptions, extract_one, prepare

    prepare(ExtractOptions())
    docs = [doc for folder in args.folders for p in sorted(Path(folder).glob("*.txt")) if p.name not in HELD_OUT
            for doc in clean_bytes(p.read_bytes(), source=p.name)]
    for doc in docs:
        extract_one(doc, as_columns=True)
    per_function: collections.Counter[tuple[str, str, int]] = collections.Counter()
    per_line: collections.Counter[int] = collections.Counter()
    watched = getattr(pipeline.DocumentExtractor, args.lines).__code__ if args.lines else None

    def local(frame, event, arg):  # type: ignore[no-untyped-def]
        if event == "opcode":
            code = frame.f_code
            per_function[(Path(code.co_filename).name, code.co_name, code.co_firstlineno)] += 1
            if code is watched:
                per_line[frame.f_lineno or 0] += 1
        return local

    def on_call(frame, event, arg):  # type: ignore[no-untyped-def]
        frame.f_trace_opcodes = True
        return local

    sys.settrace(on_call)
    for doc in docs:
        extract_one(doc, as_columns=True)
    sys.settrace(None)
    total = sum(per_function.values())
    print(f"{len(docs)} documents, {total} bytecodes")
    for (file, name, line), n in per_function.most_common(args.top):
        print(f"{n:9d} {100 * n / total:5.1f}%  {file}:{line} {name}")
    if watched is not None:
        own = sum(per_line.values())
        print(f"{args.lines}: {own} bytecodes of its own, by line")
        for line, n in sorted(per_line.items()):
            print(f"{line:6d} {n:8d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
