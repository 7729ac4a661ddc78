"""Score an extraction against a hand-checked gold set (`govreport eval`).

The rules are those of the annotation guide's Scoring section
(tests/data/gold/GUIDE.md, copied from the shared gold folder) and give the same numbers as its reference
scorer (tests/data/tools/score_indicators.py; tests/extract/test_evaluate.py
checks this on perturbed gold sets):

- a prediction matches a gold record when region_code, indicator, measure,
  period and kind are equal and value (and value_hi) agree after 万/亿
  magnitudes are converted (relative tolerance 1e-6); the unit's base must
  agree too, unless the gold value is null (a qualitative target);
- strict scoring also requires equal `bound`, and equal `rank_scope` for
  rank rows;
- each gold record matches at most one prediction, gold records taken in
  file order, each taking the first unused matching prediction;
- only predictions for documents the gold covers (source file name +
  region_code) and for indicators in the vocabulary are counted.

Pure Python on lists of dicts: no polars needed unless a file is read.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from govreport.errors import InputError, UsageError

# The headline vocabulary of the annotation guide ("Headline indicators"),
# which bounds what the gold sets annotate: a figure about any other subject
# is neither right nor wrong there, so it is left out of the count. The same
# names are the canonical names of govreport/data/indicators.csv.
GOLD_VOCABULARY: tuple[str, ...] = (
    "地区生产总值", "人均地区生产总值", "全员劳动生产率", "一般公共预算收入", "税收收入", "一般公共预算支出",
    "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "进出口总额", "实际利用外资",
    "实际利用省外资金", "居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入",
    "居民消费价格", "城镇新增就业", "城镇调查失业率", "城镇登记失业率", "研发经费投入强度", "研发经费投入",
    "常住人口城镇化率", "单位地区生产总值能耗", "粮食总产量", "新增市场主体", "规模以上工业企业",
    "高新技术企业", "科技型中小企业", "技术合同成交额", "服务业增加值",
)

# Fields without which a record cannot be matched at all (the match key, value, unit).
REQUIRED_FIELDS: tuple[str, ...] = ("source", "region_code", "indicator", "measure", "period", "kind", "value", "unit")
# Fields shown in the listings of missed and spurious records.
LISTING_FIELDS: tuple[str, ...] = (
    "source", "region", "region_code", "indicator", "measure", "period", "kind",
    "value", "value_hi", "unit", "bound", "rank_scope", "evidence",
)

# 万 = 10^4, 亿 = 10^8 of the base unit (guide, rule 3); stacked prefixes multiply (万亿元 = 10^12 元).
MAGNITUDES = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}
REL_TOLERANCE = 1e-6


# ------------------------------------------------------------------ results


@dataclass(frozen=True)
class Score:
    """Matched / predicted / gold counts and the three rates (0.0 where undefined, as the reference scorer)."""

    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "matched": self.matched, "predicted": self.predicted, "gold": self.gold}


@dataclass
class EvalResult:
    """One scoring run (strict or lenient): overall, per indicator, per document, and the errors."""

    strict: bool
    overall: Score
    by_indicator: dict[str, Score]
    # key: (source file name, region_code); `document_regions` gives the gold's region name for each
    by_document: dict[tuple[str, str], Score]
    document_regions: dict[tuple[str, str], str]
    missed: list[dict[str, Any]]  # gold records no prediction matched, LISTING_FIELDS + "note"
    spurious: list[dict[str, Any]]  # counted predictions that matched no gold record, same fields
    out_of_scope: int = 0  # predictions not counted (other documents, indicators outside the vocabulary)

    # the reference scorer's names, for callers used to it
    @property
    def precision(self) -> float:
        return self.overall.precision

    @property
    def recall(self) -> float:
        return self.overall.recall

    @property
    def f1(self) -> float:
        return self.overall.f1

    def to_dict(self, show: int | None = None) -> dict[str, Any]:
        """Everything, JSON-ready; `show` caps the missed/spurious listings."""
        cut = (lambda rows: rows) if show is None else (lambda rows: rows[:show])
        return {
            "mode": "strict" if self.strict else "lenient",
            **self.overall.to_dict(),
            "out_of_scope": self.out_of_scope,
            "by_indicator": [{"indicator": name, **s.to_dict()} for name, s in self.by_indicator.items()],
            "by_document": [
                {"source": src, "region": self.document_regions.get((src, code)), "region_code": code, **s.to_dict()}
                for (src, code), s in self.by_document.items()
            ],
            "missed": cut(self.missed),
            "spurious": cut(self.spurious),
        }


@dataclass
class Evaluation:
    """Both scorings of one prediction set, as `govreport eval` reports them."""

    strict: EvalResult
    lenient: EvalResult
    pred_path: str | None = None
    gold_path: str | None = None

    def to_dict(self, show: int | None = None) -> dict[str, Any]:
        return {"pred": self.pred_path, "gold": self.gold_path,
                "strict": self.strict.to_dict(show), "lenient": self.lenient.to_dict(show)}


# ------------------------------------------------------------------ normalising records


@dataclass
class _Record:
    key: tuple[str | None, ...]  # region_code, indicator, measure, period, kind
    doc: tuple[str | None, str | None]  # source file name, region_code
    unit: str | None  # base unit after magnitudes are taken off
    value: float | None  # in the base unit
    value_hi: float | None
    bound: str
    rank_scope: str | None
    raw: Mapping[str, Any] = field(repr=False)


def _text(value: Any) -> str | None:
    return None if value is None else str(value).strip()


def _number(value: Any, what: str) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise UsageError(f"{what} is not a number: {value!r}") from None


def base_unit(unit: str | None, value: float | None) -> tuple[str | None, float | None]:
    """('亿元', 582.4) -> ('元', 5.824e10): the unit without 万/亿 prefixes and the value scaled to it."""
    if value is None:
        return unit, None
    unit = (unit or "").strip()
    factor = 1.0
    # A lone 万 or 亿 is kept as the unit itself (nothing left to be a base).
    while len(unit) > 1 and unit[0] in MAGNITUDES:
        factor *= MAGNITUDES[unit[0]]
        unit = unit[1:]
    if unit in ("%", "％"):
        unit = "%"
    return unit, value * factor


def source_name(source: str | None) -> str:
    """`extract` may give a path or a part suffix (data/000_x.txt#2); gold gives the file name."""
    return (source or "").split("#")[0].split("/")[-1]


def _normalise(rec: Mapping[str, Any]) -> _Record:
    value = _number(rec.get("value"), "value")
    value_hi = _number(rec.get("value_hi"), "value_hi")
    unit, base_value = base_unit(_text(rec.get("unit")), value)
    _, base_hi = base_unit(_text(rec.get("unit")), value_hi)
    return _Record(
        key=(_text(rec.get("region_code")), _text(rec.get("indicator")), _text(rec.get("measure")),
             _text(rec.get("period")), _text(rec.get("kind"))),
        doc=(_text(rec.get("source")), _text(rec.get("region_code"))),
        unit=unit, value=base_value, value_hi=base_hi,
        # an empty bound means a plain figure (guide: eq)
        bound=_text(rec.get("bound")) or "eq",
        rank_scope=_text(rec.get("rank_scope")) or None,
        raw=rec,
    )


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=REL_TOLERANCE, abs_tol=1e-9)


def _matches(pred: _Record, gold: _Record, strict: bool) -> bool:
    if pred.key != gold.key or not _close(pred.value, gold.value) or not _close(pred.value_hi, gold.value_hi):
        return False
    # a qualitative target (value null) has no unit to compare
    if gold.value is not None and pred.unit != gold.unit:
        return False
    if strict:
        if pred.bound != gold.bound:
            return False
        if gold.key[2] == "rank" and pred.rank_scope != gold.rank_scope:
            return False
    return True


# ------------------------------------------------------------------ scoring


def _listing(rec: Mapping[str, Any], note: str = "") -> dict[str, Any]:
    row = {name: rec.get(name) for name in LISTING_FIELDS}
    for name in ("value", "value_hi"):
        if isinstance(row[name], float) and math.isnan(row[name]):
            row[name] = None
    row["note"] = note
    return row


def _number_text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "null"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _describe(rec: Mapping[str, Any]) -> str:
    """'5.3% about': what a prediction said, for the note beside a missed gold record."""
    text = _number_text(rec.get("value"))
    if _number_text(rec.get("value_hi")) != "null":
        text += "–" + _number_text(rec.get("value_hi"))
    parts = [text + (rec.get("unit") or "")]
    bound = rec.get("bound")
    if bound:
        parts.append(str(bound))
    if rec.get("rank_scope"):
        parts.append(str(rec["rank_scope"]))
    return " ".join(parts)


def _score_normalised(pred_all: list[_Record], gold: list[_Record], strict: bool) -> EvalResult:
    vocabulary = {g.key[1] for g in gold} | set(GOLD_VOCABULARY)
    documents = {g.doc for g in gold}

    def in_scope(p: _Record) -> bool:
        return (source_name(p.doc[0]), p.doc[1]) in documents and p.key[1] in vocabulary

    pred = [p for p in pred_all if in_scope(p)]
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for i, p in enumerate(pred):
        by_key[p.key].append(i)

    used: set[int] = set()
    gold_hit: list[bool] = []
    for g in gold:
        hit = next((i for i in by_key.get(g.key, ()) if i not in used and _matches(pred[i], g, strict)), None)
        gold_hit.append(hit is not None)
        if hit is not None:
            used.add(hit)

    # counts per indicator and per document: gold and matches by the gold record, predictions by their own
    counts_ind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    counts_doc: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    regions: dict[tuple[str, str], str] = {}
    for g, hit in zip(gold, gold_hit):
        doc = (g.doc[0] or "", g.doc[1] or "")
        regions.setdefault(doc, _text(g.raw.get("region")) or "")
        for counts in (counts_ind[g.key[1] or ""], counts_doc[doc]):
            counts[2] += 1
            counts[0] += hit
    for p in pred:
        counts_ind[p.key[1] or ""][1] += 1
        counts_doc[(source_name(p.doc[0]), p.doc[1] or "")][1] += 1

    unused_by_key: dict[tuple, list[_Record]] = defaultdict(list)
    for i, p in enumerate(pred):
        if i not in used:
            unused_by_key[p.key].append(p)
    missed = []
    for g, hit in zip(gold, gold_hit):
        if not hit:
            near = unused_by_key.get(g.key)
            missed.append(_listing(g.raw, f"predicted {_describe(near[0].raw)}" if near else ""))
    spurious = [_listing(p.raw) for i, p in enumerate(pred) if i not in used]

    ordered_docs = sorted(counts_doc)
    return EvalResult(
        strict=strict,
        overall=Score(len(used), len(pred), len(gold)),
        by_indicator={name: Score(*counts_ind[name]) for name in sorted(counts_ind, key=_vocabulary_order)},
        by_document={doc: Score(*counts_doc[doc]) for doc in ordered_docs},
        document_regions=regions,
        missed=missed,
        spurious=spurious,
        out_of_scope=len(pred_all) - len(pred),
    )


def _vocabulary_order(name: str) -> tuple[int, str]:
    """Indicators in the guide's order (GDP first), others after by name."""
    try:
        return (GOLD_VOCABULARY.index(name), name)
    except ValueError:
        return (len(GOLD_VOCABULARY), name)


def score(pred_rows: Iterable[Mapping[str, Any]], gold_rows: Iterable[Mapping[str, Any]],
          strict: bool = False) -> EvalResult:
    """Score predictions against gold records (dicts with the gold's fields).

    >>> gold = [{"source": "a.txt", "region_code": "410311", "indicator": "地区生产总值", "measure": "level",
    ...          "period": "2022", "kind": "actual", "value": 582.4, "unit": "亿元", "bound": "eq"}]
    >>> pred = [dict(gold[0], value=5824000.0, unit="万元", bound="about")]
    >>> score(pred, gold).f1, score(pred, gold, strict=True).f1
    (1.0, 0.0)
    """
    return _score_normalised([_normalise(r) for r in pred_rows], [_normalise(r) for r in gold_rows], strict)


def evaluate(pred_rows: Sequence[Mapping[str, Any]], gold_rows: Sequence[Mapping[str, Any]]) -> Evaluation:
    """Strict and lenient scores of the same predictions (what `govreport eval` reports)."""
    pred = [_normalise(r) for r in pred_rows]
    gold = [_normalise(r) for r in gold_rows]
    strict = _score_normalised(pred, gold, strict=True)
    lenient = _score_normalised(pred, gold, strict=False)
    return Evaluation(strict=strict, lenient=lenient)


# ------------------------------------------------------------------ files


def _check_fields(present: Iterable[str], path: str, what: str, where: str = "") -> None:
    have = set(present)
    missing = [name for name in REQUIRED_FIELDS if name not in have]
    if missing:
        raise UsageError(
            f"not {what}: {where}missing field(s) {', '.join(missing)}",
            path=path,
            hint="see the Fields table of the annotation guide" if what == "a gold set" else "give the output of govreport extract",
        )


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """A gold set: JSON Lines, one record per line, every line with the match fields."""
    path = str(path)
    p = Path(path)
    if not p.exists():
        raise UsageError("no such file", path=path)
    if p.is_dir():
        raise UsageError("is a folder, not a gold file", path=path)
    if p.suffix.lower() in (".parquet", ".pq", ".csv"):  # a gold set kept as a table works too
        from govreport.io import read_table

        try:
            frame = read_table(path)
        except InputError as exc:
            raise UsageError(str(exc), path=exc.path, hint=exc.hint) from None
        _check_fields(frame.columns, path, "a gold set")
        if frame.height == 0:
            raise UsageError("no gold records", path=path)
        return frame.to_dicts()
    rows: list[dict[str, Any]] = []
    try:
        with p.open(encoding="utf-8-sig") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise UsageError(f"line {n} is not JSON ({exc.msg})", path=path,
                                     hint="a gold set is JSON Lines: one object per line") from None
                if not isinstance(rec, dict):
                    raise UsageError(f"line {n} is not a JSON object", path=path) from None
                _check_fields(rec.keys(), path, "a gold set", f"line {n}: ")
                rows.append(rec)
    except UnicodeDecodeError:
        raise UsageError("not UTF-8 text", path=path, hint="a gold set is UTF-8 JSON Lines") from None
    if not rows:
        raise UsageError("no gold records", path=path)
    return rows


def read_predictions(path: str | Path, fmt: str | None = None) -> list[dict[str, Any]]:
    """An extraction table (Parquet, CSV or JSON Lines; '-' = JSON Lines on stdin) as a list of dicts."""
    from govreport.io import read_table

    path = str(path)
    if path != "-":
        p = Path(path)
        if not p.exists():
            raise UsageError("no such file", path=path)
        if p.is_file() and p.stat().st_size == 0:
            return []  # an extraction that found nothing, written as empty JSON Lines
    try:
        frame = read_table(path, fmt)
    except InputError as exc:  # for eval an unreadable input is a usage error (exit 2)
        raise UsageError(str(exc), path=exc.path, hint=exc.hint) from None
    if frame.width == 0:
        return []
    _check_fields(frame.columns, path, "an extraction table")
    return frame.to_dicts()


def evaluate_files(pred_path: str | Path, gold_path: str | Path, fmt: str | None = None) -> Evaluation:
    """`govreport eval PRED GOLD` as a library call."""
    gold = read_gold(gold_path)
    pred = read_predictions(pred_path, fmt)
    result = evaluate(pred, gold)
    result.pred_path, result.gold_path = str(pred_path), str(gold_path)
    return result
