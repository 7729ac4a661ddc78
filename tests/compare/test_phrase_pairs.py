"""A goal named by a free phrase finds its result said another way (data/phrase_verbs.csv): the same phrase once
the words of doing are off, only when no result has the goal's own name, never from a review of several years,
never on a bare noun. Cases from 上海市 and 满城区 reports, then end to end on 满城区 2022-2023."""

from __future__ import annotations

import pytest

from govreport.compare import attainment
from govreport.compare.figures import phrase_key
from tests.compare.fixtures import actual, figure, frame
from tests.support import COUNTY_CORPUS

MANCHENG = dict(region="满城区", region_code="130607", level="district", indicator_id=None, measure="level")


def test_the_words_of_doing_come_off_the_phrase():
    assert phrase_key("完成乡村振兴示范村建设") == phrase_key("建成乡村振兴示范村") == "乡村振兴示范村"  # 上海市 2020/2021
    assert phrase_key("推进农民相对集中居住") == phrase_key("推动农民相对集中居住") == "农民相对集中居住"
    assert phrase_key("推进农村公路提档升级") == phrase_key("农村公路提档升级改造") == "农村公路提档升级"
    assert phrase_key("既有多层住宅加装电梯") == phrase_key("为既有多层住宅加装电梯")
    assert phrase_key("完成硬化巷道") == "硬化巷道"  # 满城区 2022
    assert phrase_key("新建公厕") == ""  # a bare noun names too little
    assert phrase_key("开工重点项目") != phrase_key("谋划重点项目")  # begun and planned are other facts


def shanghai(name: str, value: float, **fields) -> dict:
    return figure(indicator=name, indicator_id=None, measure="level", unit="万户", value=value,
                  evidence=f"{value}万户农民相对集中居住", **fields)


def test_a_goal_meets_its_result_said_with_another_verb():
    # 上海市 2021: 推进1.27万户农民相对集中居住; the 2022 report: 推动1.4万户农民相对集中居住
    table = attainment(frame(
        shanghai("推进农民相对集中居住", 1.27, period="2023"),
        shanghai("推动农民相对集中居住", 1.4, kind="actual", doc_id="doc2024", doc_year=2024, period="2023"),
    ))
    assert (table["status"][0], table["actual_value"][0]) == ("met", 1.4)


def test_the_goals_own_name_comes_first():
    table = attainment(frame(
        shanghai("推进农民相对集中居住", 1.27, period="2023"),
        shanghai("推动农民相对集中居住", 1.4, kind="actual", doc_id="doc2024", doc_year=2024, period="2023"),
        shanghai("推进农民相对集中居住", 1.3, kind="actual", doc_id="doc2024", doc_year=2024, period="2023"),
    ))
    assert table["actual_value"][0] == 1.3 and table["actual_alternatives"][0] == ""


def _judged(what: dict, target: float, target_evidence: str, year: int, result: float, section: str,
            result_evidence: str, result_name: str | None = None) -> tuple[str, float | None]:
    """A target of `year` against the next year's report's figure read in `section` (named `result_name` when the
    report says it another way): (status, actual value)."""
    said = dict(what, indicator=result_name) if result_name else what
    table = attainment(frame(
        figure(**what, value=target, evidence=target_evidence, period=str(year), doc_year=year, doc_id=f"d{year}"),
        actual(result, doc_year=year + 1, doc_id=f"d{year + 1}", period=str(year), section=section,
               evidence=result_evidence, **said),
    ))
    return table["status"][0], table["actual_value"][0]


def test_a_review_of_several_years_gives_no_result_said_another_way():
    villages = dict(indicator="新建乡村振兴示范村", indicator_id=None, measure="level", unit="个")
    # 上海市 2023's five-year review: 建成90个乡村振兴示范村 is five years' villages, not 2022's 19
    assert _judged(villages, 19.0, "19个乡村振兴示范村", 2022, 90.0, "一、过去五年工作回顾", "建成90个乡村振兴示范村",
                   "建成乡村振兴示范村") == ("no_actual", None)
    # a review that names its year is the year's (定兴县 2021: 一、2020年和“十三五”工作回顾)
    assert _judged(villages, 19.0, "19个乡村振兴示范村", 2022, 20.0, "一、2022年和“十四五”前两年工作回顾",
                   "建成20个乡村振兴示范村", "建成乡村振兴示范村") == ("met", 20.0)


def test_real_reports_pair_a_phrase_said_another_way_and_not_a_bare_noun():
    from govreport.clean import CleanFailure, clean_paths
    from govreport.extract import extract_documents
    from govreport.io import frame_from_rows
    from govreport.schema import DOCUMENTS

    paths = [COUNTY_CORPUS / f"hebei-baoding-mancheng_{y}_gwr.txt" for y in (2022, 2023)]
    docs = [d for d in clean_paths(paths) if not isinstance(d, CleanFailure)]
    rows = {r["target_evidence"]: r for r in attainment(extract_documents(frame_from_rows(docs, DOCUMENTS), jobs=1))
            .iter_rows(named=True) if r["period"] == "2022"}
    lanes = next(r for e, r in rows.items() if e.endswith("硬化巷道12万平方米"))
    assert (lanes["status"], lanes["actual_value"], lanes["actual_doc_year"]) == ("met", 12.0, 2023)
    toilets = next(r for e, r in rows.items() if e.endswith("新建公厕100座"))
    assert toilets["status"] == "no_actual"  # 2023's 公厕9座 are the town's, not the villages' 100


@pytest.mark.parametrize("what, target, target_evidence, year, result, section, result_evidence, expected", [
    # 上海市 2023, 一、过去五年工作回顾: 新增森林30.1万亩、绿地5917公顷 is five years' green space, not 2022's
    (dict(indicator="新增绿地", indicator_id=None, measure="level", unit="公顷"), 1000.0, "绿地1000公顷", 2022,
     5917.0, "一、过去五年工作回顾 / （五）坚持科学化", "绿地5917公顷", "no_actual"),
    # 涞水县 2021, 一、“十三五”时期经济社会发展回顾: 新建改建公厕74座
    (dict(region="涞水县", region_code="130623", level="county", indicator="新建改建公厕", indicator_id=None,
          measure="level", unit="座"), 20.0, "新建改建公厕20座", 2020,
     74.0, "一、“十三五”时期经济社会发展回顾", "新建改建公厕74座", "no_actual"),
    # a level reached there is the last year's (徐水县 2012, 一、过去五年工作回顾: …分别达60家、25家)
    (dict(region="徐水县", region_code="130625", level="county", indicator="销售收入过亿元企业", indicator_id=None,
          measure="level", unit="家"), 23.0, "年内确保销售收入过亿元企业达到23家", 2011,
     25.0, "一、过去五年工作回顾", "规模以上工业企业、销售收入过亿元企业、纳税超千万元企业分别达60家、25家", "met"),
])
def test_things_done_in_a_review_of_several_years_are_no_years_result(what, target, target_evidence, year, result,
                                                                        section, result_evidence, expected):
    assert _judged(what, target, target_evidence, year, result, section, result_evidence) == (
        expected, result if expected == "met" else None)
