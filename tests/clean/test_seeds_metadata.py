"""The whole clean pipeline on the five seeds and the 上海 dev corpus: metadata, parts, gold evidence, idempotence."""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from govreport.clean import clean_bytes, clean_text
from govreport.schema import DOCUMENTS
from tests.support import DEV_CORPUS, GOLD, seed

EXPECTED = {
    # prefix: [(region, region_code, level, parent_code, year, doc_type, date, speaker)]
    "000": [("洛龙区", "410311", "county", "410300", 2023, "plan_report", "2023-02-14", None)],
    "001": [("老城区", "410302", "county", "410300", 2023, "action_plan", "2023-09-28", None)],
    "002": [("西工区", "410303", "county", "410300", 2020, "government_work_report", "2020-05-22", "史千灵")],
    "003": [("洛阳市", "410300", "prefecture", "410000", 2021, "conference_reading", "2021-01-15", None)],
    "004": [
        ("尉氏县", "410223", "county", "410200", 2021, "government_work_report", "2021-02-24", "张锋"),
        ("洛阳市", "410300", "prefecture", "410000", 2021, "government_work_report", "2021-02-07", "刘宛康"),
    ],
}
FIELDS = ("region", "region_code", "level", "parent_code", "year", "doc_type", "date", "speaker")


@lru_cache(maxsize=None)
def rows_of(prefix: str) -> tuple[dict, ...]:
    path = seed(prefix)
    return tuple(clean_bytes(path.read_bytes(), source=path.name))


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_metadata(prefix):
    rows = [r for r in rows_of(prefix) if r["doc_type"] != "news"]
    assert [tuple(r[f] for f in FIELDS) for r in rows] == EXPECTED[prefix]


def test_seed_titles():
    assert rows_of("000")[0]["title"] == "洛龙区2023年国民经济和社会发展计划"
    assert rows_of("001")[0]["title"] == "关于印发2023年老城区高质量发展赶超活动方案的通知"
    assert rows_of("002")[0]["title"] == "2020年洛阳市西工区政府工作报告"
    assert rows_of("003")[0]["title"].endswith("洛阳市委十一届十四次全会暨市委经济工作会议精神解读④")
    assert [r["title"] for r in rows_of("004")[:2]] == ["2021年尉氏县政府工作报告", "洛阳市政府工作报告"]


def test_seed_004_news_items():
    news = [r for r in rows_of("004") if r["doc_type"] == "news"]
    assert len(news) == 8
    assert news[0]["title"] == "河南特色农业集群发力助推质效双升"
    assert all(r["date"] == "2025-07-07" and r["year"] is None for r in news)
    assert [r["part"] for r in rows_of("004")] == list(range(10))


def test_seed_004_parts_hold_their_own_body_only():
    weishi, luoyang = rows_of("004")[:2]
    assert "尉氏" not in luoyang["text"] and "河南特色农业" not in luoyang["text"]
    assert "洛阳市第十五届人民代表大会" not in weishi["text"]
    assert "2025-07-07" not in weishi["text"] + luoyang["text"]
    last = rows_of("004")[-1]["text"]
    assert "点我投稿" not in last and "联系我们" not in last


def test_rows_have_the_documents_columns():
    for prefix in EXPECTED:
        for row in rows_of(prefix):
            assert list(row) == list(DOCUMENTS)
            assert row["n_chars"] == len(row["text"])


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_cleaning_the_clean_text_changes_nothing(prefix):
    for row in rows_of(prefix):
        assert clean_text(row["text"]) == row["text"]


def _gold(name: str) -> list[dict]:
    path = GOLD / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_gold_evidence_is_in_the_cleaned_part_of_its_government(prefix):
    gold = [g for g in _gold("seeds.jsonl") if g["source"].startswith(prefix)]
    assert gold
    rows = rows_of(prefix)
    missing = []
    for g in gold:
        parts = [r for r in rows if r["region_code"] == g["region_code"]]
        assert len(parts) == 1, (g["region_code"], [r["region_code"] for r in rows])
        if g["evidence"] not in parts[0]["text"]:
            missing.append(g["evidence"])
    assert not missing


def test_dev_corpus_shanghai_reports():
    gold = _gold("dev-shanghai.jsonl")
    for year in range(2020, 2025):
        path = DEV_CORPUS / f"shanghai_{year}_gwr.txt"
        (row,) = clean_bytes(path.read_bytes(), source=path.name)
        assert (row["region"], row["region_code"], row["level"], row["doc_type"], row["year"]) == (
            "上海市", "310000", "province", "government_work_report", year)
        assert clean_text(row["text"]) == row["text"]
        for g in gold:
            if g["source"] == path.name:
                assert g["evidence"] in row["text"], g["evidence"]
