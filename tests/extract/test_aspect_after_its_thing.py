"""A bare aspect word (产量, 总产) after the clause that names its thing is that thing's figure, and a vocabulary
indicator when the two make one of its names (issue 13: headline recall): sentences of several governments."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from tests.support import document


def rows(region: str, level: str, text: str, year: int) -> list[tuple]:
    d = document(text, region=region, level=level, parent_code=None if level == "province" else "130600", year=year)
    return [(r["indicator"], r["indicator_id"], r["period"], r["value"], r["bound"]) for r in extract_document(d)]


@pytest.mark.parametrize("region, level, year, text, expected", [
    # a lead word of the year before the aspect says no thing of its own (云南 2026)
    ("云南省", "province", 2026, "一、2025年工作回顾\n粮食播种面积稳定在6200万亩以上、年度产量首次突破2000万吨。\n",
     ("粮食总产量", "grain_output", "2025", 2000.0, "ge")),
    # a harvest said in a clause of its own, its output in the next (容城县 2015)
    ("容城县", "county", 2015, "一、2014年工作回顾\n亩均收入达到2万元；粮食生产再获丰收，总产达到20.2万吨。\n",
     ("粮食总产量", "grain_output", "2014", 20.2, "eq")),
    # as before: the aspect in the next clause after a figure of the thing (博野县 2021, 2024)
    ("博野县", "county", 2021, "二、2021年工作安排\n粮食播种面积稳定在36万亩，产量稳定在17万吨左右。\n",
     ("粮食总产量", "grain_output", "2021", 17.0, "about")),
])
def test_an_aspect_after_its_thing(region, level, year, text, expected):
    assert rows(region, level, text, year)[-1] == expected


@pytest.mark.parametrize("region, level, year, text", [
    # a harvest before a list of other products: 产量 is theirs, not grain's (西藏 2026)
    ("西藏自治区", "province", 2026, "一、2025年工作回顾\n粮食生产再获丰收，肉蛋奶、蔬菜产量均突破百万吨大关。\n"),
    # a thing moved that makes no name of the vocabulary with the aspect: the phrase stays as written
    ("容城县", "county", 2015, "一、2014年工作回顾\n设施蔬菜生产稳步推进，总产达到8万吨。\n"),
])
def test_no_grain_output_from_another_thing(region, level, year, text):
    assert "grain_output" not in [r[1] for r in rows(region, level, text, year)]
