"""A rate word alone opening a clause is of the thing the clause before it does something to (issue 13, point 6)."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from tests.support import document


def names(text: str, region: str, code: str, level: str, year: int) -> list[tuple[str, float]]:
    d = document(text, region=region, region_code=code, level=level, parent_code=code[:4] + "00", year=year)
    return [(r["indicator"], r["value"]) for r in extract_document(d)]


@pytest.mark.parametrize("text, region, code, level, year, expected", [
    # 山西 2026
    ("一、2025年工作回顾\n进一步规范和提升12345热线服务，满意率95.4%。\n", "山西省", "140000", "province", 2026,
     ("12345热线服务满意率", 95.4)),
    # 容城县 2019
    ("二、2019年工作安排\n大力推进学前教育，理顺管理体制和办园体制，扩充优质学前教育总量，确保县直第二幼儿园尽快投入使用，"
     "逐步推广国办村级幼儿园，力争2020年普及率达到80%。\n", "容城县", "130629", "county", 2019,
     ("国办村级幼儿园普及率", 80.0)),
    # a small case: 全面推行河长制，覆盖率100%
    ("一、2025年工作回顾\n全面推行河长制，覆盖率100%。\n", "博野县", "130637", "county", 2026, ("河长制覆盖率", 100.0)),
])
def test_a_rate_alone_is_of_what_the_clause_before_does_something_to(text, region, code, level, year, expected):
    assert expected in names(text, region, code, level, year)


def test_an_effort_is_no_thing_a_rate_is_of():
    # 加大 is no verb of the grammar (加大养老保险征缴力度: the object is an effort, no thing): the rate stays bare
    got = names("一、2025年工作回顾\n加大养老保险征缴力度，确保参保率达95%。\n", "博野县", "130637", "county", 2026)
    assert not any(n.endswith("力度参保率") for n, _ in got)
