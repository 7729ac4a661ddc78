"""Words that say how the statistic counts (到位: money that arrived; 登记: contracts registered) leave a headline
indicator the government's own (issue 13: headline recall)."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from tests.support import document


@pytest.mark.parametrize("region, level, sentence, expected", [
    ("江西省", "province", "登记技术合同成交额增长19.5%。", ("technology_contracts", "growth", 19.5)),  # 江西 2026
    ("新安县", "county", "到位省外境内资金110亿元。", ("domestic_investment_inflow", "level", 110.0)),  # 新安县 2024
    # the year's average of a monthly rate (云南 2026: 均值; 宁夏 2026 writes 平均为)
    ("云南省", "province", "城镇调查失业率均值5.2%。", ("surveyed_unemployment", "level", 5.2)),
    ("宁夏回族自治区", "province", "城镇调查失业率平均为5.2%。", ("surveyed_unemployment", "level", 5.2)),
    # 登记 inside a name stays the name's (城镇登记失业人员再就业 is no 失业率), and money that arrived from nowhere
    # said is no inflow from outside the province (guide, proposed rule 22)
    ("定兴县", "county", "城镇登记失业人员再就业1325人，就业困难人员实现就业519人。",
     ("hard_to_employ_employed", "level", 519.0)),
    ("新安县", "county", "到位资金12亿元。", ("", "level", 12.0)),
])
def test_how_the_statistic_counts(region, level, sentence, expected):
    d = document("一、2025年工作回顾\n" + sentence + "\n", region=region, level=level,
                 parent_code=None if level == "province" else "130600")
    assert [(r["indicator_id"], r["measure"], r["value"]) for r in extract_document(d)][-1] == expected
