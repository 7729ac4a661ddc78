"""The columns of every table the stages exchange, checked at stage boundaries.

Types are written as plain names ("str", "int", "float", "bool") so this module
imports nothing heavy; `polars_schema()` turns them into polars dtypes.
A stage may add columns; it may not drop or retype these.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from govreport.errors import SchemaError

# One row per document (`govreport clean`). `text` is the coordinate system:
# every later row cites it by `doc_id` and character offsets.
DOCUMENTS: dict[str, str] = {
    "doc_id": "str",  # sha256(source bytes)[:16] + "-" + part
    "source": "str",  # path as given on the command line ("-" for stdin)
    "part": "int",  # index within a multi-document source, from 0
    "source_sha256": "str",
    "encoding": "str",  # utf-8, utf-8-sig, gb18030, big5, utf-16 ...; pdf, docx for files read by those readers
    "title": "str",
    "doc_type": "str",  # see DOC_TYPES
    "region": "str",  # issuing government, standard name (洛龙区)
    "region_code": "str",  # GB/T 2260 six digits valid in the document's year (徐水县 2012: 130625)
    "region_code_current": "str",  # the same government's code today (130609 徐水区), to join a panel
    "level": "str",  # national / province / prefecture / county / functional_area
    "parent_code": "str",  # the government one level up (410300; a province's is 100000, the country)
    "year": "int",  # the year the document is for (report year)
    "year_source": "str",  # what decided it: title / session / plan_heading / review_heading / communique_name / opening_sentence / date
    "date": "str",  # ISO date the document was delivered or published
    "speaker": "str",  # who delivered it, where given
    "text": "str",  # cleaned, simplified text
    "n_chars": "int",
    "repairs": "str",  # JSON object: repair name -> count
}

DOC_TYPES = (
    "government_work_report",  # 政府工作报告
    "plan_report",  # 国民经济和社会发展计划(执行情况与草案)
    "action_plan",  # 方案 / 行动计划
    "conference_reading",  # 会议精神解读
    "statistical_communique",  # 统计公报
    "news",
    "other",
)

LEVELS = ("national", "province", "prefecture", "county", "functional_area")

# One row per figure (`govreport extract`). Column names follow the gold
# format in the annotation guide so that predictions and gold line up.
INDICATORS: dict[str, str] = {
    "doc_id": "str",
    "source": "str",
    "region": "str",
    "region_code": "str",
    "region_code_current": "str",  # the government's code today: a panel joins a renamed government's years
    "level": "str",
    "parent_code": "str",
    "doc_type": "str",
    "doc_year": "int",
    "doc_date": "str",
    "indicator": "str",  # canonical name, or the subject phrase if outside the vocabulary
    "indicator_id": "str",  # vocabulary id (gdp ...), empty outside the vocabulary
    "measure": "str",  # level / growth / avg_growth / change / rank / share
    "period": "str",  # "2022", "2021-2025"
    "kind": "str",  # actual / target
    "value": "float",  # null only for qualitative targets
    "value_hi": "float",  # upper end of a range
    "unit": "str",
    "bound": "str",  # eq / about / ge / le / range
    "rank_scope": "str",  # 全市, 全省, 八城区 ... for rank rows
    "estimated": "bool",  # 预计
    "hardness": "str",  # 确保 / 力争 / 预期 / 计划 / 目标 ... as written, empty if none
    "qualifier": "str",  # 扣除留抵退税因素后, 同比, 可比价 ...
    "evidence": "str",  # text[start:end] of the cleaned document
    "start": "int",
    "end": "int",
    "section": "str",  # heading of the section the figure stands in
    "kind_note": "str",  # a document of unknown year: the words that decided kind, or why kind is empty
    "name_source": "str",  # vocabulary / grammar / phrase: how the indicator's name was found (extract/names)
    "subject": "str",  # '' for the issuing government's own figure; else whose it is as written (全省, 临港新片区)
}

MEASURES = ("level", "growth", "avg_growth", "change", "rank", "share")
KINDS = ("actual", "target")
BOUNDS = ("eq", "about", "ge", "le", "range")

# Target attainment (`govreport compare`, default table).
ATTAINMENT: dict[str, str] = {
    "region": "str",
    "region_code": "str",
    "level": "str",
    "parent_code": "str",
    "indicator": "str",
    "indicator_id": "str",
    "measure": "str",
    "period": "str",
    "target_value": "float",
    "target_value_hi": "float",
    "target_unit": "str",
    "target_bound": "str",
    "target_hardness": "str",
    "target_doc": "str",
    "target_evidence": "str",
    "actual_value": "float",
    "actual_unit": "str",
    "actual_doc": "str",
    "actual_evidence": "str",
    "gap": "float",
    "status": "str",  # see STATUSES
}

STATUSES = ("met", "missed", "no_actual", "qualitative", "conflicting")

# Across governments (`compare --by region`): each government's figure beside its parent's.
ACROSS_REGIONS: dict[str, str] = {
    "indicator": "str",
    "indicator_id": "str",
    "measure": "str",
    "period": "str",
    "kind": "str",
    "region": "str",
    "region_code": "str",
    "level": "str",
    "parent_code": "str",
    "value": "float",
    "value_hi": "float",
    "unit": "str",
    "bound": "str",
    "parent_region": "str",
    "parent_value": "float",
    "parent_unit": "str",
    "difference_to_parent": "float",  # in this row's unit (percentage points for rates)
    "sibling_rank": "int",  # 1 = highest among governments with the same parent
    "siblings": "int",
    "doc_id": "str",
    "evidence": "str",
}

# Across time (`compare --by year`): per government and indicator, targets and actuals by year.
SERIES: dict[str, str] = {
    "region": "str",
    "region_code": "str",
    "indicator": "str",
    "indicator_id": "str",
    "measure": "str",
    "period": "str",
    "target_value": "float",
    "target_value_hi": "float",
    "target_bound": "str",
    "actual_value": "float",
    "unit": "str",
    "target_change": "float",  # this year's target minus last year's
    "target_carried_over": "bool",  # same target as the year before
    "target_doc": "str",
    "actual_doc": "str",
}

# Disagreements (`compare --by conflict`): one fact stated with different values.
CONFLICTS: dict[str, str] = {
    "region": "str",
    "region_code": "str",
    "indicator": "str",
    "indicator_id": "str",
    "measure": "str",
    "period": "str",
    "kind": "str",
    "value_a": "float",
    "unit_a": "str",
    "doc_a": "str",
    "evidence_a": "str",
    "value_b": "float",
    "unit_b": "str",
    "doc_b": "str",
    "evidence_b": "str",
    "difference": "float",  # b minus a, in a's unit
}

_PL_TYPES = {"str": "String", "int": "Int64", "float": "Float64", "bool": "Boolean"}


def polars_schema(columns: Mapping[str, str]):
    import polars as pl

    return {name: getattr(pl, _PL_TYPES[kind]) for name, kind in columns.items()}


def require_columns(present: Iterable[str], columns: Mapping[str, str], *, table: str, path: str | None = None) -> None:
    """Raise SchemaError naming the missing columns, so a wrong file fails with a clear message."""
    missing = [c for c in columns if c not in set(present)]
    if missing:
        shown = ", ".join(missing[:6]) + (" …" if len(missing) > 6 else "")
        raise SchemaError(
            f"not a {table} table: missing column(s) {shown}",
            path=path,
            hint=f"expected the output of the stage that writes {table}",
        )
