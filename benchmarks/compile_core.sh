#!/usr/bin/env bash
# The experiment of benchmarks/README.md ("A compiled core: measured"): build the extract core's modules as
# C extensions with Cython (no type declarations: the Python source as it is), in place, beside their .py.
#   benchmarks/compile_core.sh [MODULE.py ...]   build (default: the seven modules below); needs gcc, Python's
#                                                headers and `.venv/bin/pip install cython`
#   benchmarks/compile_core.sh --remove          delete the built .so and .c again (pure Python as before)
# While a .so lies beside a .py, Python imports the .so: an edit to the .py has no effect until it is rebuilt.
# annotation_typing=False: Cython would otherwise turn `x: list[...]` into a check of the exact type (a
# tuple passed where the hint says list then raises TypeError).
set -euo pipefail
cd "$(dirname "$0")/.."
modules=(govreport/extract/pipeline.py govreport/extract/structures.py govreport/extract/names/phrases.py
         govreport/extract/vocabulary.py govreport/extract/lexicon.py govreport/extract/numbers.py
         govreport/extract/periods.py)
if [[ "${1:-}" == "--remove" ]]; then
  for m in "${modules[@]}"; do rm -f "${m%.py}".c "${m%.py}".cpython-*.so; done
  exit 0
fi
[[ $# -gt 0 ]] && modules=("$@")
.venv/bin/cythonize -3 -i -j 2 -X annotation_typing=False "${modules[@]}"
rm -rf build
