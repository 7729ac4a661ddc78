"""normalise: invisible and control characters, odd spaces, full-width forms, decimal points."""

from __future__ import annotations

import pytest

from govreport.clean.normalise import normalise
from govreport.clean.repairs import Repairs


@pytest.mark.parametrize("raw, clean", [
    ("地区\u200b生产总值", "地区生产总值"),          # zero-width space
    ("增长\x07 5.2%", "增长 5.2%"),                  # a control character
    ("全区\u00a0生产总值", "全区 生产总值"),          # no-break space
    ("增长\u3000８．５%", "增长 8.5%"),              # ideographic space, full-width digits and point
    ("ＧＤＰ增长", "GDP增长"),
])
def test_each_kind_of_odd_character_is_normalised(raw, clean):
    assert normalise(raw, Repairs()) == clean


def test_plain_text_is_returned_unchanged():
    text = "全区地区生产总值完成582.4亿元，增长5.2%。"
    assert normalise(text, Repairs()) == text
