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
