"""Figures of a review of several years (issue 13, point 4): what was done over the span belongs to the span."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from tests.support import document


def rows(text: str, year: int, region: str) -> list[tuple]:
    d = document(text, region=region, region_code="130624", level="county", parent_code="130600", year=year)
    return [(r["indicator"], r["period"], r["value"]) for r in extract_document(d)]


# 阜平县 2021: the heading's span (“十三五”时期) gives way to the year (刚刚过去的2020年); later paragraphs open with
# 五年来 again and tell what was done over the five years
FUPING_2021 = (
    "一、“十三五”时期和2020年主要工作回顾\n"
    "“十三五”时期，是阜平发展史上极不平凡的五年。建成39个易地搬迁安置区。\n"
    "刚刚过去的2020年，面对突如其来的新冠肺炎疫情冲击，我们坚决贯彻各项决策部署。全年新增就业1200人。\n"
    "五年来，中南大学、北京林业大学等十余所高校及保定各兄弟县市区，先后向我县选派691名支教人员。\n"
)
# 湖北省 2026's shape: 一、“十四五”时期和2025年工作回顾 … 一年来，… ; 这五年 … (a small case of another government)
HUBEI_SHAPE = (
    "一、“十四五”时期和2025年工作回顾\n"
    "“十四五”时期是极不平凡的五年。\n"
    "一年来，全省上下锚定目标。全年新建5G基站2万个。\n"
    "这五年，我们累计建成高标准农田1200万亩，先后创建国家级开发区8个。\n"
)


@pytest.mark.parametrize("text, year, region, expected", [
    (FUPING_2021, 2021, "阜平县", [("新增就业", "2020", 1200.0), ("先后向我县选派支教人员", "2016-2020", 691.0)]),
    (HUBEI_SHAPE, 2026, "湖北省", [("5G基站", "2025", 20000.0), ("建成高标准农田", "2021-2025", 1200.0),
                                  ("先后创建国家级开发区", "2021-2025", 8.0)]),
])
def test_a_span_word_after_the_year_turns_the_review_back_to_the_span(text, year, region, expected):
    got = rows(text, year, region)
    for name, period, value in expected:
        assert any(r[0].endswith(name) and r[1:] == (period, value) for r in got), (name, got)


@pytest.mark.parametrize("text, region, expected", [
    # 湖南 2026: an extent of work done (完成…面积) in 这五年 is summed over the five years
    ("一、2025年和“十四五”时期工作回顾\n这五年，生态环境不断改善。洞庭湖总磷浓度下降11.7%，完成生态保护修复面积132万亩，"
     "森林覆盖率保持稳定。\n", "湖南省", ("完成生态保护修复面积", "2021-2025", 132.0)),
    # seed 004 (尉氏县 2021): 五年来 … 新增供热面积361万平方米，是“十二五”的1.9倍
    ("一、2020年工作回顾和“十三五”主要成就\n五年来,城市功能不断提升。新增供热面积361万平方米,是“十二五”的1.9倍。\n",
     "尉氏县", ("新增供热面积", "2016-2020", 361.0)),
])
def test_an_extent_done_in_a_five_year_review_is_the_spans(text, region, expected):
    year = 2026 if "十四五" in text else 2021
    assert expected in rows(text, year, region)


def test_a_stock_of_area_in_a_five_year_review_stays_the_last_years():
    # (耕地面积 held at the end is no work done over the span)
    got = rows("一、2025年和“十四五”时期工作回顾\n这五年，生态环境不断改善。全省耕地面积5800万亩。\n", 2026, "湖南省")
    assert [r[1] for r in got if "耕地" in r[0]] == ["2025"]
