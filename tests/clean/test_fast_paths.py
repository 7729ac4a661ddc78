"""The shortcuts the clean steps take for speed give exactly what the plain rule gives.

Each shortcut skips work when a cheap check proves it would change nothing (a
character class absent, a count already reached); these tests hold the
boundary cases and compare against the plain rule written out here.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.clean import reflow
from govreport.clean.decode import decode_bytes
from govreport.clean.gazetteer import load_gazetteer
from govreport.clean.hanzi import char_cost, common_ranks
from govreport.clean.mojibake import repair_mojibake
from govreport.clean.normalise import normalise
from govreport.clean.pinyin import strip_pinyin
from govreport.clean.repairs import Repairs
from govreport.errors import InputError


def _break_flat_by_regex(s: str) -> list[str]:
    """reflow._break_flat as first written: every space run found by a regex scan."""
    pieces, start = [], 0
    for m in re.finditer(r"[^\S\n]+", s):
        a, b = m.start(), m.end()
        if a == 0 or b == len(s):
            continue
        if b - a >= 2 or s[a - 1] in reflow._AFTER_SENTENCE or reflow._FLAT_HEADING.match(s, b):
            pieces.append(s[start:a])
            start = b
    pieces.append(s[start:])
    return [p for p in pieces if p]


SPACEY = " \u3000\u2003\xa0\t\x0b\x0c\r\x1c\x1f\x85\u2028。！？:（(一二、十)）各位代表ab中文字"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(SPACEY), max_size=40))
def test_flat_line_breaks_where_a_regex_scan_would(s):
    assert reflow._break_flat(s) == _break_flat_by_regex(s)


def test_flat_report_line_breaks_after_sentences_and_before_headings():
    line = "各位代表：现在作报告。 一、过去一年工作回顾 全市经济增长5%。　　二、今年主要任务"
    assert reflow._break_flat(line) == ["各位代表：现在作报告。", "一、过去一年工作回顾 全市经济增长5%。", "二、今年主要任务"]


def test_all_four_kinds_of_odd_character_on_one_page():
    repairs = Repairs()
    text = "地区\u200b生产\x07总值\u3000增长８．５％\u00a0全年"
    assert normalise(text, repairs) == "地区生产总值 增长8.5% 全年"
    assert repairs == {
        "invisible_removed": 1, "control_removed": 1, "spaces_normalised": 2, "width_normalised": 3, "decimal_points": 1
    }


@pytest.mark.parametrize("toned, toneless_removed", [(2, False), (3, True)])
def test_toneless_readings_go_only_from_the_third_toned_one(toned, toneless_removed):
    text = "经(jīng)" * toned + "我们(men)的工作"
    out = strip_pinyin(text, Repairs())
    assert out.startswith("经" * toned)
    assert ("(men)" not in out) == toneless_removed


def test_a_repeated_annotation_run_is_judged_the_same_each_time():
    repairs = Repairs()
    text = "區(qū)(qū)政府。區(qū)(qū)人大。條款(a)(b)"
    assert strip_pinyin(text, repairs) == "區政府。區人大。條款(a)(b)"
    assert repairs["pinyin_removed"] == 4


def test_orphan_annotation_is_found_only_after_a_letter_and_parenthesis():
    assert strip_pinyin("發展qū)區", Repairs()) == "發展區"
    assert strip_pinyin("發展(GDP)和(PM2.5)", Repairs()) == "發展(GDP)和(PM2.5)"


def test_page_with_both_lost_byte_markers_is_repaired_at_each():
    damaged = "发布“四?！卑酌麊纹髽I(yè)和項目"
    repaired = repair_mojibake(damaged, Repairs())
    both = repair_mojibake(damaged + "。\ufffd" + damaged[1:], Repairs())
    assert both.startswith(repaired) and both.count("白名單企業") == 2


def test_utf8_control_characters_count_as_binary_only_above_the_allowance():
    assert decode_bytes(("数据" * 10 + "\x07" * 8).encode("utf-8"))[1] == "utf-8"
    with pytest.raises(InputError, match="control characters"):
        decode_bytes(("数据" * 10 + "\x07" * 9).encode("utf-8"))


def test_character_costs_follow_frequency_rank():
    ranks = common_ranks()
    common = min(ranks, key=ranks.get)
    assert char_cost(common) < char_cost("魑") < char_cost("ア")
    assert char_cost("，") == 6.0


def test_a_name_is_found_by_its_last_two_characters():
    gz = load_gazetteer()
    names = [m.name for m in gz.find("洛阳市西工区人民政府在城市和全区推进")]
    assert names == ["洛阳市", "西工区"]
