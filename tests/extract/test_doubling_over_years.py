"""翻番 over the last N years (高新技术企业数3年翻一番) is a change over those years, as 3年增长58.6% is a growth
over them (issue 13: headline recall)."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from tests.support import document


@pytest.mark.parametrize("sentence, expected", [
    # doubled over the last N years, as 3年增长58.6% grew over them (云南 2026)
    ("新增9个全国重点实验室，高新技术企业数3年翻一番，新增2户独角兽企业。",
     ("high_tech_enterprises", "change", "2023-2025", 2.0)),
    # a year is no count of years, and the base compared with counts none (蠡县 2022: 增速较近两年翻一番)
    ("进出口总额2025年翻了一番。", ("trade", "change", "2025", 2.0)),
    ("进出口总额较近两年翻了一番。", ("", "change", "2025", 2.0)),
])
def test_doubled_over_the_last_years(sentence, expected):
    d = document("一、2025年工作回顾\n" + sentence + "\n", region="云南省", level="province", parent_code=None,
                 year=2026)
    got = [(r["indicator_id"], r["measure"], r["period"], r["value"]) for r in extract_document(d)
           if r["unit"] == "倍"]
    assert got == [expected]


def test_a_goal_before_the_list_item_is_no_ones_scope():
    # 广西 2026: the verb after 、 opens the item (实现…翻一番); the goal before it (与全国同步…) is no scope of 全国
    d = document("二、“十五五”时期主要目标\n为确保与全国同步基本实现社会主义现代化、实现2035年人均地区生产总值比2020年"
                 "翻一番打好基础。\n", region="广西壮族自治区", level="province", parent_code=None, year=2026)
    assert [(r["indicator_id"], r["measure"], r["period"], r["kind"], r["value"], r["evidence"])
            for r in extract_document(d)] == [("gdp_per_capita", "change", "2021-2035", "target", 2.0,
                                               "实现2035年人均地区生产总值比2020年翻一番")]


def test_someone_named_before_the_verb_still_does_it():
    # a firm before its verb (洛阳 seed's 中信重工实现进出口总额) is the doer: its figure, as before
    d = document("一、2022年工作回顾\n中信重工、洛阳钼业实现进出口总额12亿元。\n", region="洛龙区", level="county",
                 parent_code="410300", year=2023)
    assert [r["indicator_id"] for r in extract_document(d)] == [""]
