"""A count of entities (家, 个, 户, 项) is either the new ones of the year or the total standing: a goal of one
is never judged by the other (data/count_sides.csv). Cases from three governments' reports, then end to end."""

from __future__ import annotations

from govreport.compare import attainment
from govreport.compare.figures import count_side
from govreport.compare.figures import prepare
from tests.compare.fixtures import actual, figure, frame
from tests.support import COUNTY_CORPUS

XUSHUI = dict(region="徐水县", region_code="130625", level="county", indicator="规模以上工业企业",
              indicator_id="industrial_enterprises", measure="level", unit="家")
MANCHENG = dict(region="满城区", region_code="130607", level="district", indicator="科技型中小企业",
                indicator_id="tech_smes", measure="level", unit="家")
FUPING = dict(region="阜平县", region_code="130624", level="county", indicator="科技型中小企业",
              indicator_id="tech_smes", measure="level", unit="家")


def side(evidence: str, unit: str = "家", measure: str = "level") -> str:
    return count_side(prepare(frame(figure(**{**XUSHUI, "evidence": evidence, "unit": unit, "measure": measure,
                                              "value": 1.0})))[0])


def test_the_word_nearest_before_the_figure_says_new_or_total():
    assert side("新增规模以上企业5家") == "new"  # 徐水县 2010
    assert side("规模以上工业企业、销售收入过亿元企业、纳税过千万元企业分别达到92家") == "total"  # 徐水县 2011
    assert side("规模以上工业企业、销售收入过亿元企业分别达66家") == "total"  # 徐水县 2013
    assert side("科技型中小企业新增29家") == "new"  # 阜平县 2020
    assert side("科技型中小企业新增29家，总数达到116家") == "total"
    assert side("认定科技型中小企业27家") == "new"  # 阜平县 2022
    assert side("高新技术企业突破2万家") == "total"  # 上海市 2022
    assert side("累计新增高新技术企业40家") == "total"  # a sum over a span: 累计新增 is one word
    assert side("科技型中小企业30家") == ""  # 满城区 2022: the 新增 before the list is outside the evidence


def test_only_levels_counted_in_entities_have_a_side():
    assert side("新增规模以上企业5家", unit="亿元") == ""
    assert side("城镇新增就业2470人", unit="人") == ""
    assert side("比2006年分别增加13家", measure="change") == ""


def test_a_goal_of_new_firms_is_not_judged_by_the_total():
    # 徐水县: the 2010 report's 新增规模以上企业5家 and the 2011 report's 92 firms standing
    table = attainment(frame(
        figure(**XUSHUI, doc_id="x2010", doc_year=2010, period="2010", value=5.0, evidence="新增规模以上企业5家"),
        actual(92.0, doc_year=2011, doc_id="x2011", **XUSHUI, period="2010",
               evidence="规模以上工业企业、销售收入过亿元企业、纳税过千万元企业分别达到92家"),
    ))
    row = table.row(0, named=True)
    assert row["status"] == "no_actual" and row["actual_value"] is None
    assert "total" in row["note"]


def test_a_goal_of_a_total_is_not_judged_by_new_ones():
    # 徐水县 2012's 规模以上工业企业…分别达62家 against a review that said only 新增规模以上企业11家
    table = attainment(frame(
        figure(**XUSHUI, doc_id="x2012", doc_year=2012, period="2012", value=62.0,
               evidence="规模以上工业企业、年销售收入过亿元企业、过10亿元企业分别达62家"),
        actual(11.0, doc_year=2013, doc_id="x2013", **XUSHUI, period="2012", evidence="新增规模以上企业11家"),
    ))
    assert table["status"][0] == "no_actual"


def test_the_same_side_or_no_word_still_pairs():
    # 阜平县: new ones against new ones, the total beside them left out
    table = attainment(frame(
        figure(**FUPING, doc_id="f2020", doc_year=2020, period="2020", value=25.0, evidence="年内新增科技型中小企业25家"),
        actual(29.0, doc_year=2021, doc_id="f2021", **FUPING, period="2020", evidence="科技型中小企业新增29家"),
        actual(116.0, doc_year=2021, doc_id="f2021", **FUPING, period="2020", evidence="科技型中小企业新增29家，总数达到116家"),
    ))
    row = table.row(0, named=True)
    assert (row["status"], row["actual_value"], row["actual_alternatives"]) == ("met", 29.0, "")
    # 满城区: the 新增 of a list stands before its first item only; the others carry no word and pair as written
    table = attainment(frame(
        figure(**MANCHENG, doc_id="m2022", doc_year=2022, period="2022", value=30.0, evidence="科技型中小企业30家"),
        actual(47.0, doc_year=2023, doc_id="m2023", **MANCHENG, period="2022", evidence="科技型中小企业47家"),
    ))
    assert (table["status"][0], table["actual_value"][0]) == ("met", 47.0)


def test_real_reports_pair_no_goal_of_new_firms_with_a_total():
    from govreport.clean import CleanFailure, clean_paths
    from govreport.extract import extract_documents
    from govreport.io import frame_from_rows
    from govreport.schema import DOCUMENTS

    paths = [COUNTY_CORPUS / f"hebei-baoding-{name}_gwr.txt" for name in ("xushui_2010", "xushui_2011", "mancheng_2022", "mancheng_2023")]
    docs = [d for d in clean_paths(paths) if not isinstance(d, CleanFailure)]
    table = attainment(extract_documents(frame_from_rows(docs, DOCUMENTS), jobs=1))
    rows = {(r["region"], r["period"], r["target_evidence"]): r for r in table.iter_rows(named=True)
            if r["indicator_id"] in ("industrial_enterprises", "tech_smes", "high_tech_enterprises")}
    assert rows[("徐水县", "2010", "新增规模以上企业5家")]["status"] == "no_actual"
    assert rows[("满城区", "2022", "新增高新技术企业3家")]["actual_value"] == 5.0
    assert rows[("满城区", "2022", "科技型中小企业30家")]["actual_value"] == 47.0
