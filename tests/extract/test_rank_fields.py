"""A rank named by the field it was ranked in reads as that field, without the frame 在…中 (issue 13, point 6)."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import ranked_in
from tests.support import document


@pytest.mark.parametrize("text, region, code, year, expected", [
    # 徐水区 2024
    ("一、2023年工作回顾\n在全省营商环境评价中排名全市第二。\n", "徐水区", "130609", 2024, ("全省营商环境评价", 2.0)),
    # seed 004 (尉氏县 2021): 在全国跨境电商进口口岸中排名第二
    ("一、2020年工作回顾\n综试区的保税进口业务占据八成以上份额,在全国跨境电商进口口岸中排名第二。\n", "尉氏县", "410223", 2021,
     ("全国跨境电商进口口岸", 2.0)),
])
def test_a_rank_is_named_by_its_field(text, region, code, year, expected):
    d = document(text, region=region, region_code=code, level="county", parent_code=code[:4] + "00", year=year)
    assert expected in [(r["indicator"], r["value"]) for r in extract_document(d) if r["measure"] == "rank"]


@pytest.mark.parametrize("name, expected", [
    ("在“靖安2023”专项行动中", "“靖安2023”专项行动"),
    ("在资金投入和绿化面积上", "资金投入和绿化面积"),
    ("在省市", "在省市"),  # (no field: the places ranked in, left as written)
    ("在第12届世界运动会上金牌贡献率", "在第12届世界运动会上金牌贡献率"),
])
def test_ranked_in(name, expected):
    assert ranked_in(name) == expected
