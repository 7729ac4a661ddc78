"""A name says what is counted without the particle 了 of its verb, nor the gap a count left (issue 13, point 6)."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.names.phrases import without_particles
from govreport.extract.periods import done_words
from tests.support import document


def names(text: str, region: str, code: str, year: int) -> list[tuple[str, float]]:
    d = document(text, region=region, region_code=code, level="county", parent_code=code[:4] + "00", year=year)
    return [(r["indicator"], r["value"]) for r in extract_document(d)]


@pytest.mark.parametrize("text, region, code, year, expected", [
    # 阜平县 2021: the count stood between 了 and 的
    ("一、“十三五”时期和2020年主要工作回顾\n五年来，全县干部群众戮力同心。整理出7.6万亩荒山，完成了5.38万人的搬迁。\n",
     "阜平县", "130624", 2021, ("完成搬迁", 5.38)),
    # 蠡县 2020: 建设了4座农村生活污水处理设施
    ("一、2019年工作回顾\n建设了4座农村生活污水处理设施。\n", "蠡县", "130635", 2020, ("建设农村生活污水处理设施", 4.0)),
    # 徐水县 2012: 顺利完成了22家国有集体企业改制
    ("一、2011年工作回顾\n顺利完成了22家国有集体企业改制。\n", "徐水县", "130609", 2012, ("顺利完成国有集体企业改制", 22.0)),
])
def test_a_name_drops_the_particle_of_its_verb(text, region, code, year, expected):
    assert expected in names(text, region, code, year)


@pytest.mark.parametrize("name, expected", [
    ("实施了省市重点项目", "实施省市重点项目"),
    ("完成了的搬迁", "完成搬迁"),
    ("育儿家庭每月多了", "育儿家庭每月多了"),  # (多 is no verb of doing: 多了300元 says how much more)
    ("县区通了新的高速公路", "县区通了新的高速公路"),
    ("了解企业需求", "了解企业需求"),
    ("谋划申报了", "谋划申报了"),  # (a 了 that ends the name is left: what was done is still unsaid)
])
def test_without_particles(name, expected):
    assert without_particles(name, done_words()) == expected
