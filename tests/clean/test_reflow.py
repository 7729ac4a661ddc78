"""Reflow: hard-wrapped lines joined, headings and paragraphs kept, indentation collapsed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.clean.boilerplate import remove_boilerplate
from govreport.clean.reflow import reflow
from govreport.clean.repairs import Repairs
from tests.support import seed


def rf(text: str) -> str:
    return reflow(text, Repairs())


def test_split_title_of_seed_001_is_joined_and_the_rest_kept():
    out = rf(seed("001").read_text(encoding="utf-8")).split("\n")
    assert "关于印发2023年老城区高质量发展赶超活动方案的通知" in out
    i = out.index("关于印发2023年老城区高质量发展赶超活动方案的通知")
    assert out[i - 1] == "老城区人民政府办公室"
    assert out[i + 1] == "各街道办事处,区政府有关部门,各有关单位:"
    # headings and the signature date keep their own lines
    for line in ("2023年9月27日", "2023年老城区高质量发展赶超活动方案", "一、总体要求", "二、重点任务", "(一)抓项目促投资"):
        assert line in out
    assert any(s.startswith("1. 每周调度重大项目建设情况") for s in out)


def test_delivery_line_of_seed_002_is_joined_across_a_blank_line():
    text = seed("002").read_text(encoding="utf-8")
    out = rf(remove_boilerplate(text, Repairs())).split("\n")
    assert "——2020年5月22日在西工区第十四届人民代表大会第六次会议上" in out
    assert "2020年洛阳市西工区政府工作报告" in out
    assert "各位代表:" in out
    assert "一、2019年工作回顾" in out
    # the \xa0 / space indentation is gone
    assert all(s == s.strip() for s in out)
    assert any(s.startswith("现在,我代表区人民政府向大会报告工作") for s in out)


def test_subtitle_continued_with_ji_is_joined_and_short_headings_stay():
    out = rf(seed("003").read_text(encoding="utf-8")).split("\n")
    assert out[0] == "奋斗2021:迈好第一步 见到新气象"
    assert out[1] == "——洛阳市委十一届十四次全会暨市委经济工作会议精神解读④"
    for heading in ("重点一:推动制造业高质量发展", "培育壮大新兴产业", "做大做强主导产业"):
        assert heading in out
    assert "" not in out


def test_hard_wrapped_page_is_joined_at_its_width():
    para1 = "2022年全区地区生产总值完成582.4亿元增长百分之五点二居全市第一固定资产投资完成314.6亿元增长百分之二十居全市第二。"
    para2 = "规模以上工业增加值完成73.8亿元增长百分之八点八居全市第二社会消费品零售总额完成258.6亿元增长百分之一点六居全市第四。"
    width = 20
    wrapped = []
    for para in (para1, para2):
        wrapped += [para[i:i + width] for i in range(0, len(para), width)]
    text = "一、2022年主要成绩\n" + "\n".join(wrapped) + "\n二、2023年主要目标"
    assert rf(text).split("\n") == ["一、2022年主要成绩", para1, para2, "二、2023年主要目标"]


def test_short_lines_of_unequal_length_are_not_joined():
    text = "培育壮大新兴产业\n实施新兴产业跨越发展工程,聚焦新能源、新一代信息技术。\n做大做强主导产业\n围绕先进装备制造延链补链强链。"
    assert rf(text) == text


@pytest.mark.parametrize(
    "a, b, joined",
    [
        ("关于印发《2023年洛龙区", "优化营商环境行动方案》的通知", "关于印发《2023年洛龙区优化营商环境行动方案》的通知"),
        ("坚持“外防输入、内防", "反弹”总策略", "坚持“外防输入、内防反弹”总策略"),
        ("完成投资100亿元", ",增长20%。", "完成投资100亿元,增长20%。"),
    ],
)
def test_open_frames_and_continuations_join(a, b, joined):
    assert rf(f"{a}\n{b}") == joined


@pytest.mark.parametrize(
    "a, b",
    [
        ("各位代表:", "现在,我代表区人民政府向大会报告工作。"),
        ("老城政办〔2023〕22号", "老城区人民政府办公室"),
        ("2023年老城区高质量发展赶超活动方案", "为贯彻落实洛阳市关于工作要求,制定本方案。"),
        ("(一)抓项目促投资", "1. 每周调度重大项目建设情况。"),
        ("关于印发方案的", "(一)总体要求"),
    ],
)
def test_paragraph_and_heading_boundaries_stay(a, b):
    assert rf(f"{a}\n{b}") == f"{a}\n{b}"


def test_flattened_report_is_broken_into_paragraphs():
    # 004 and the 上海 pages run a whole report into one line
    body = "各位代表:现在,我代表县人民政府,向大会报告工作,请予审议。 一、2020年工作回顾" + "这一年我们攻坚克难。" * 30
    body += " 各位代表,让我们携手奋进!" + "\u2003\u2003" + "二、2021年主要任务" + "全年地区生产总值增长7%左右。" * 5
    out = rf(body).split("\n")
    assert out[0] == "各位代表:现在,我代表县人民政府,向大会报告工作,请予审议。"
    assert out[1].startswith("一、2020年工作回顾这一年")
    assert out[2] == "各位代表,让我们携手奋进!"
    assert out[3].startswith("二、2021年主要任务")


def test_short_line_with_spaces_is_left_alone():
    assert rf("河南省项目建设蓄动能 驱动经济高质量发展新篇章") == "河南省项目建设蓄动能 驱动经济高质量发展新篇章"


def test_ascii_words_keep_a_space_when_joined():
    width_lines = ["Powered by quyushuju X3.4 Licensed and"] * 1 + ["more"]
    assert rf("\n".join(width_lines)) == "Powered by quyushuju X3.4 Licensed and\nmore"
    assert rf("《Annual\nReport》") == "《Annual Report》"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("关于的通知在日会议上一、(一)1.。,“”《》暨 \n\u3000\xa0年月2023各位代表:甲乙丙丁")), max_size=400))
def test_idempotent_on_structured_noise(text):
    once = rf(text)
    assert rf(once) == once
    assert "\n\n" not in once and not once.startswith("\n")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("甲乙丙丁戊己庚辛。,")), min_size=15, max_size=40), max_size=30))
def test_idempotent_on_equal_width_lines(lines):
    text = "\n".join(lines)
    once = rf(text)
    assert rf(once) == once
    # joining never loses or reorders characters
    assert once.replace("\n", "") == text.replace("\n", "")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=500))
def test_no_crash_on_any_text(text):
    once = rf(text)
    assert rf(once) == once


# PDF text copied to a page breaks lines inside names and numbers (a prefecture city's communiqué).
@pytest.mark.parametrize("lines, joined", [
    (["按常住地分，城镇常住居民人", "均可支配收入41203元，增长5.0%。"], "按常住地分，城镇常住居民人均可支配收入41203元，增长5.0%。"),
    (["全年规模以上工业增加值比上年增长19.0", "%。"], "全年规模以上工业增加值比上年增长19.0%。"),
    (["全年一般公共预算收入81.06", "亿元，增长3.2%。"], "全年一般公共预算收入81.06亿元，增长3.2%。"),
    (["全年全社会固定资", "产投资比上年增长4.1%。"], "全年全社会固定资产投资比上年增长4.1%。"),
])
def test_breaks_inside_a_name_or_a_figure_are_joined(lines, joined):
    assert reflow("\n".join(lines), Repairs()) == joined


def test_a_heading_after_a_name_is_not_joined():
    text = "全年粮食产量\n二、农业"
    assert reflow(text, Repairs()) == text


def test_a_heading_set_inline_before_its_paragraph_gets_its_own_line():
    # 阿克苏地区's 2025 communiqué page (flattened headings)
    text = "八、财政金融 全年一般公共预算收入205.40亿元，增长10.1%。\n一、综合 经自治区统一初步核算，全年阿克苏地区生产总值(GDP)2042.98亿元。"
    assert reflow(text, Repairs()).split("\n") == [
        "八、财政金融", "全年一般公共预算收入205.40亿元，增长10.1%。",
        "一、综合", "经自治区统一初步核算，全年阿克苏地区生产总值(GDP)2042.98亿元。"]


def test_a_heading_with_a_short_tail_stays_whole():
    assert reflow("一、2024年工作回顾", Repairs()) == "一、2024年工作回顾"
