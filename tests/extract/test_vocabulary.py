"""vocabulary.py: names and synonyms from data/indicators.csv, the longest name wins, '*' and '{全}' names,
user files on top (--indicators), and clear errors for a bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from govreport.errors import InputError, UsageError
from govreport.extract import extract_document
from govreport.extract.vocabulary import build_vocabulary, load_vocabulary

HEADER = "id,name,synonyms,direction,headline,units,percent,accumulates,note\n"


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


@pytest.mark.parametrize("phrase, ident, start", [
    ("全区地区生产总值", "gdp", 2),
    ("人均GDP", "gdp_per_capita", 0),
    ("城镇居民人均可支配收入", "urban_disposable_income", 0),  # longer than 居民人均可支配收入
    ("规上工业增加值", "industrial_value_added", 0),
    ("新认定高新技术企业", "high_tech_enterprises", 3),
])
def test_phrase_ends_with_a_name(vocab, phrase, ident, start):
    m = vocab.match_end(phrase)
    assert (m.indicator.id, m.start) == (ident, start)


def test_aspect_word_after_the_name(vocab):
    m = vocab.match_end("地区生产总值增速")
    assert (m.indicator.id, m.aspect) == ("gdp", "增速")


@pytest.mark.parametrize("phrase", ["外资研发中心", "有进出口实绩企业", "生态环境", ""])
def test_phrase_not_ending_with_a_name(vocab, phrase):
    assert vocab.match_end(phrase) is None


def test_scoped_names_need_a_scope_word(vocab):
    m = vocab.match_end("全市投资")
    assert (m.indicator.id, m.scoped) == ("fixed_asset_investment", True)
    assert vocab.match_end("民间投资") is None


def test_wildcard_names():
    v = build_vocabulary([{"id": "rd_ratio", "name": "研发经费投入强度", "synonyms": "研发经费支出相当于*生产总值的比例"}])
    assert v.match_end("全社会研发经费支出相当于全市生产总值的比例").indicator.id == "rd_ratio"
    assert v.match_end("研发经费支出相当于生产总值的比例").indicator.id == "rd_ratio"
    # '*' stands for at most four characters
    assert v.match_end("研发经费支出相当于长三角一体化示范区生产总值的比例") is None


def test_a_name_ending_in_the_figure_only_mark():
    v = build_vocabulary([{"id": "gdp", "name": "地区生产总值", "synonyms": "经济!|经济总量"}])
    assert v.match_end("经济").indicator.id == "gdp" and v.match_end("经济").name == "经济"
    assert v.figure_only == frozenset({"经济"})  # 经济总量 is a name like any other
    assert "经济!" not in v.names and v.match_end("经济!") is None
    assert build_vocabulary([{"id": "x", "name": "!", "synonyms": ""}]).figure_only == frozenset()


def test_indicator_columns(vocab):
    gdp = vocab.indicators["gdp"]
    assert (gdp.name, gdp.headline, "元" in gdp.units, gdp.percent, gdp.direction) == ("地区生产总值", True, True, "",
                                                                                       "higher")
    assert vocab.indicators["urbanisation_rate"].is_rate


def test_user_file_adds_and_replaces(tmp_path: Path):
    extra = tmp_path / "mine.csv"
    extra.write_text("# my indicators\n" + HEADER
                     + "schools,新建中小学,新建学校,higher,no,所,,,counted in our office\n"
                     + "gdp,GDP总量,地区生产总值,higher,yes,元,,,renamed\n", encoding="utf-8")
    v = load_vocabulary([extra])
    assert v.match_end("新建学校").indicator.id == "schools"
    assert v.indicators["gdp"].name == "GDP总量"
    d = dict(doc_id="x", source="x", region="洛龙区", region_code="410311", level="county", parent_code="410300",
             doc_type="government_work_report", year=2023, date=None, text="新建中小学5所。地区生产总值增长5.2%。")
    got = [(r["indicator"], r["indicator_id"], r["value"]) for r in extract_document(d, v)]
    assert got == [("新建中小学", "schools", 5.0), ("GDP总量", "gdp", 5.2)]


def test_missing_file_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="no such indicator file"):
        load_vocabulary(tmp_path / "nope.csv")


def test_file_without_the_columns_is_a_usage_error(tmp_path: Path):
    bad = tmp_path / "bad.csv"
    bad.write_text("code,label\nx,y\n", encoding="utf-8")
    with pytest.raises(UsageError, match="missing column"):
        load_vocabulary(bad)


def test_shipped_file_ids_are_unique():
    ids = [line.split(",", 1)[0] for line in (Path(__file__).resolve().parents[2] / "govreport" / "data" /
                                               "indicators.csv").read_text(encoding="utf-8").splitlines()
           if line and not line.startswith("#")][1:]
    assert len(ids) == len(set(ids)) and len(ids) > 30
