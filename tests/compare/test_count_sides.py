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
    assert side("建设筹措24.8万套", unit="万套") == "new"  # 上海市 2023: housing raised
    assert side("筹集保障性租赁住房5000套", unit="套") == "new"
    assert side("科技型中小企业30家") == ""  # 满城区 2022: the 新增 before the list is outside the evidence


def test_a_verb_of_reaching_says_total_only_without_a_word_of_new_ones():
    assert side("贷款余额达47.8亿元", unit="亿元") == "total"  # 徐水县 2013
    assert side("年内新增贷款余额不低于5亿元", unit="亿元") == "new"  # 徐水县 2012
    assert side("新增森林超过6.7万亩", unit="万亩") == "new"  # 上海市 2024: new forest beyond 6.7万亩
    assert side("全县金融机构存、贷款余额分别达到143亿元和68亿元", unit="亿元") == "total"  # 博野县


def test_rates_and_changes_have_no_side():
    assert side("城镇化率达到60%", unit="%") == ""
    assert side("比2006年分别增加13家", measure="change") == ""
    assert side("地区生产总值实现47.2亿元", unit="亿元") == ""  # 容城县 2019: no word, either side


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


def test_a_goal_of_new_loans_is_not_judged_by_the_balance():
    # 徐水县 2012: 年内新增贷款余额不低于5亿元; the 2013 report: 贷款余额达47.8亿元
    loans = dict(region="徐水县", region_code="130625", level="county", indicator="金融机构本外币各项贷款余额",
                 indicator_id="loans", measure="level", unit="亿元")
    table = attainment(frame(
        figure(**loans, doc_id="x2012", doc_year=2012, period="2012", value=5.0, bound="ge", evidence="年内新增贷款余额不低于5亿元"),
        actual(47.8, doc_year=2013, doc_id="x2013", **loans, period="2012", evidence="贷款余额达47.8亿元"),
    ))
    assert table["status"][0] == "no_actual"
    # 上海市 2023: 新增森林4万亩, and the 2024 report's 新增森林超过6.7万亩 is new forest too
    forest = dict(indicator="完成造林", indicator_id="afforestation", measure="level", unit="万亩")
    table = attainment(frame(
        figure(**forest, value=4.0, evidence="新增森林4万亩"),
        actual(6.7, **forest, period="2023", bound="ge", evidence="新增森林超过6.7万亩"),
    ))
    assert (table["status"][0], table["actual_value"][0]) == ("met", 6.7)


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
