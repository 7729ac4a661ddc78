"""Paths the tests use: the repo's seeds and the gold sets, dev corpus and scorer copied into tests/data
(tests/data/README.md says where each came from; no test reads anything outside the repository)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
DATA = REPO / "tests" / "data"
GOLD = DATA / "gold"
DEV_CORPUS = DATA / "dev-corpus"
DEV_PROVINCES_COUNTIES = DATA / "dev-provinces-counties"
COUNTY_CORPUS = DATA / "corpus-county"
SCORER = DATA / "tools" / "score_indicators.py"


def decode_gbk_with_question_marks(data: bytes) -> str:
    """GBK bytes decoded the way seed 000's page was saved: one `?` for each pair no decoder reads
    (the pair is swallowed whole). The damage model of the mojibake tests and benchmarks/mojibake_dense.py."""
    out, i = [], 0
    while i < len(data):
        if data[i] < 0x80:
            out.append(chr(data[i]))
            i += 1
            continue
        try:
            ch = data[i : i + 2].decode("gbk")
        except UnicodeDecodeError:
            ch = "?"
        out.append(ch if len(ch) == 1 else "?")
        i += 2
    return "".join(out)


def seed(prefix: str) -> Path:
    """The seed file whose name starts with `prefix` ("000" ... "004")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@lru_cache(maxsize=None)
def seed_rows(prefix: str, part: int = 0) -> tuple[dict, ...]:
    """The figures extract finds in one document of a seed (cleaned as `govreport clean` does), once per run."""
    from govreport.clean import clean_bytes
    from govreport.extract import extract_document

    path = seed(prefix)
    return tuple(extract_document(clean_bytes(path.read_bytes(), source=str(path))[part]))


def reference_scorer():
    """The annotation guide's own scorer, copied into tests/data/tools."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_indicators", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def document(text: str, *, region: str = "", region_code: str = "", level: str = "", parent_code: str | None = "",
             doc_type: str = "government_work_report", year: int | None = 2026, **more) -> dict:
    """A row of the documents table holding `text`, as clean would give it, for rule tests on short passages."""
    return dict(doc_id="x", source="x", region=region, region_code=region_code, level=level, parent_code=parent_code,
                doc_type=doc_type, year=year, date=None, text=text, **more)
