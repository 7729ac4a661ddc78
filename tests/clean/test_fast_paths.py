"""The shortcuts the clean steps take for speed give exactly what the plain rule gives.

Each shortcut skips work when a cheap check proves it would change nothing (a
character class absent, a count already reached); these tests hold the
boundary cases and compare against the plain rule written out here.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govreport.clean import boilerplate, gazetteer, metadata, pinyin, pipeline, reflow, split
from govreport.clean.convert import to_simplified
from govreport.clean.decode import decode_bytes
from govreport.clean.gazetteer import Division, Gazetteer, load_gazetteer
from govreport.clean import normalise as normalise_module
from govreport.clean.hanzi import CJK_CLASS, char_cost, common_ranks
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


# ---------------------------------------------------------------- pinyin: runs judged in bulk


def _strip_pinyin_plain(text: str) -> tuple[str, int]:
    """pinyin.strip_pinyin as first written: re.sub calls back once per annotation run."""
    toneless_allowed = pinyin._has_toned_evidence(text)
    removed = 0

    def drop_run(m: re.Match[str]) -> str:
        nonlocal removed
        run = m.group()
        pos = n = 0
        for one in pinyin._ONE.finditer(run):
            if one.start() != pos or not pinyin.is_annotation(one.group(1), toneless_allowed):
                break
            pos = one.end()
            n += 1
        removed += n
        return run[pos:]

    def drop_orphans(m: re.Match[str]) -> str:  # (not the shortcut under test: the same helper)
        nonlocal removed
        kept, n = pinyin.leading_orphans(m.group())
        removed += n
        return kept

    while True:
        before = removed
        text = pinyin._ANNOTATIONS.sub(drop_run, text)
        text = pinyin._ORPHAN.sub(drop_orphans, text)
        if removed == before:
            return text, removed


PINYIN_PIECES = ["區", "經", "濟", "〓", "?", "(", ")", "(qū)", "(jīng)", "(jì)", "(de)", "(men)", "(a)", "(GDP)",
                 "(一)", "qū)", "chuàng)", "lǜ", "(lǜ)", "(xx)", "abc", " ", "\n", "，"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PINYIN_PIECES), max_size=40))
def test_pinyin_runs_judged_in_bulk_as_one_by_one(pieces):
    text = "".join(pieces)
    repairs = Repairs()
    assert (strip_pinyin(text, repairs), repairs["pinyin_removed"]) == _strip_pinyin_plain(text)


def test_a_page_mixing_removed_kept_and_partly_kept_runs():
    # one annotation removed, a real parenthesis kept, a run kept from its first real one on
    text = "經(jīng)濟(jì)(GDP)區(qū)(一)條款(a)經(jīng)" * 2
    repairs = Repairs()
    out = strip_pinyin(text, repairs)
    assert out == "經濟(GDP)區(一)條款(a)經" * 2
    assert (out, repairs["pinyin_removed"]) == _strip_pinyin_plain(text)


# ---------------------------------------------------------------- reflow: pairs judged once


def _reflow_plain(text: str) -> tuple[str, dict]:
    """reflow.reflow as first written: every pass judges every pair of lines."""
    repairs = Repairs()
    lines = []
    for raw in text.split("\n"):
        s = raw.strip()
        if not s:
            continue
        if len(s) >= reflow._FLAT_LINE:
            pieces = reflow._break_flat(s)
            repairs.add("reflow_paragraph_breaks", len(pieces) - 1)
            lines.extend(pieces)
        else:
            lines.append(s)
    while True:
        width = reflow._wrap_width(lines)
        joined: list[str] = []
        last_piece = ""
        for s in lines:
            if joined and reflow._joins(joined[-1], last_piece, s, width):
                sep = " " if (joined[-1][-1].isascii() and joined[-1][-1].isalnum() and s[0].isascii() and s[0].isalnum()) else ""
                joined[-1] = joined[-1] + sep + s
            else:
                joined.append(s)
            last_piece = s
        if len(joined) == len(lines):
            return "\n".join(lines), dict(repairs)
        repairs.add("reflow_joins", len(lines) - len(joined))
        lines = joined


REFLOW_LINES = [
    "关于印发2023年老城区高质量发展赶超", "活动方案的通知", "——2020年5月22日在西工区第十四届人民代表大会", "第六次会议上",
    "一、过去一年工作回顾", "各位代表：", "全市经济增长5%。", "，继续推进", "《关于", "的意见》", "2023年9月27日",
    "老城政办〔2023〕22号", "abc", "def", "（一）", "暨市委经济工作会议", "这是一行固定宽度的文字共十六个字啊",
    "这是一行固定宽度的文字共十六个字呀", "这是一行固定宽度的文字共十五个字", "短行", "“引号", "结束”", "",
    "的通知", "》", "关于印发", "关于印发2023年老城区《高质量发展", "甲乙丙丁戊己庚辛壬癸子丑寅卯辰",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(REFLOW_LINES), max_size=30))
def test_reflow_skipping_pairs_already_judged_gives_the_full_passes(lines):
    text = "\n".join(lines)
    repairs = Repairs()
    assert (reflow.reflow(text, repairs), dict(repairs)) == _reflow_plain(text)


@pytest.mark.parametrize("lines", [
    # the first pass's joins change the wrap width: the second pass must judge every pair again
    # (found by a search: skipping the pairs here leaves 方案的通知 on its own line)
    ["abc", "的通知", "甲乙丙丁戊己庚辛壬癸子丑寅卯", "》", "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳", "的通知",
     "甲乙丙丁戊己庚辛壬癸子丑寅卯辰", "甲乙丙丁戊己庚辛壬癸子丑寅卯辰", "方案的通知", "纲要》", "“引号开始", "关于印发",
     "甲乙丙丁戊己庚辛壬癸子丑寅卯辰", "关于印发2023年老城区《高质量发展", "“引号开始"],
    # same width in both passes; the second joins a line the first had joined to the next one, and then
    # the title's end to that (a pair the first pass judged apart, with other lines)
    ["甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳", "一、总体要求"] * 5 + ["关于印发2023年老城区高质量发", "展赶超", "继续推进", "方案的通知"],
])
def test_passes_after_a_join_give_what_full_passes_give(lines):
    text = "\n".join(lines)
    repairs = Repairs()
    assert (reflow.reflow(text, repairs), dict(repairs)) == _reflow_plain(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789０１２３٣-/.年月日号〔〕[]()（） :\t政府办文"), max_size=30))
def test_date_and_number_patterns_match_only_lines_the_cheap_checks_let_through(s):
    # reflow and split try the patterns only on a line starting with a digit (\d is what
    # str.isdecimal accepts) or, for a document number, ending in 号
    if reflow.DATE_LINE.fullmatch(s) or split.LISTING_DATE.fullmatch(s):
        assert s[:1].isdecimal()
    if reflow.DOC_NUMBER.fullmatch(s):
        assert s.endswith("号")


# ---------------------------------------------------------------- convert + normalise: one scan


def _convert_then_normalise_plain(text: str) -> tuple[str, dict]:
    repairs = Repairs()
    return normalise(to_simplified(text, repairs), repairs), dict(repairs)


CONVERT_PIECES = ["洛龍區", "經濟發展", "国民经济", "发展", "於", "乾", "GDP", "增长8.5%", "\u200b", "\x07", "\u3000",
                  "\xa0", "８．５％", "Ａ", "\r\n", "\r", "\x85", "\u2028", "“", '"数据"', " %", "5·12", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CONVERT_PIECES), max_size=60), st.integers(0, 1200))
def test_one_scan_for_convert_and_normalise_gives_the_two_steps(pieces, padding):
    # the padding pushes the pieces past the top the pipeline probes for traditional characters
    text = "发展" * (padding // 2) + "".join(pieces)
    repairs = Repairs()
    got = pipeline._convert_then_normalise(text, repairs)
    assert (got, dict(repairs)) == _convert_then_normalise_plain(text)


def test_traditional_page_whose_top_is_simplified_is_still_converted():
    text = "国民经济和社会发展计划\n" * 100 + "經濟發展穩中有進，區域協調發展。" * 100
    repairs = Repairs()
    out = pipeline._convert_then_normalise(text, repairs)
    assert "经济发展稳中有进" in out and repairs["traditional_converted"] > 0
    assert (out, dict(repairs)) == _convert_then_normalise_plain(text)


def test_simplified_page_with_odd_characters_after_the_top():
    text = "国民经济" * 400 + "增长\u3000８．５％\u200b，\x07完成"
    repairs = Repairs()
    assert pipeline._convert_then_normalise(text, repairs).endswith("增长8.5%，完成")
    assert (pipeline._convert_then_normalise(text, Repairs()), dict(repairs)) == _convert_then_normalise_plain(text)


# ---------------------------------------------------------------- metadata: one candidate


def test_a_name_with_one_place_resolves_without_weighing_and_reads_its_dates():
    gz = load_gazetteer()
    assert metadata.resolve_name("西工区", gz, text="西工区", year=2023).code == "410303"
    bad_date = Gazetteer([Division("410303", "西工区", "county", "", valid_from="abcd")])
    with pytest.raises(ValueError):  # as when the one candidate was weighed: the date is read
        metadata.resolve_name("西工区", bad_date, text="西工区", year=2023)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("人民政府代理省市区县州旗盟长 ;,·:：增副") + ["人民政府", "代理", "市长", "县长"]),
                max_size=30).map("".join))
def test_speaker_title_found_from_its_end_ends_where_the_plain_pattern_ends(s):
    plain, fast = metadata._SPEAKER.search(s), metadata._SPEAKER_FROM_TITLE_END.search(s)
    assert (plain and plain.end()) == (fast and fast.end())


@pytest.mark.parametrize("title", ["西工区人民政府代理区长", "西工区人民政府区长", "西工区代理区长", "上海市市长", "尉氏县县长"])
def test_speaker_after_a_growth_figure_in_the_opening(title):
    # each length of title the look-behinds know, after a 长 that ends no title (增长)
    text = f"经济增长5%，市长助理\n{title}　史千灵\n各位代表："
    assert metadata.detect_speaker(text) == "史千灵"
    plain = metadata._SPEAKER.search(text)
    assert metadata._SPEAKER_FROM_TITLE_END.search(text).end() == plain.end()


# ---------------------------------------------------------------- gazetteer: the scan's stops


def _names_found(gz: Gazetteer, text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.name) for m in gz.find(text)]


NAME_PIECES = ["洛阳市", "西工区", "老城区", "城区", "阳泉市", "河南", "县域", "河南县", "全市", "全区", "、区", "(区", "市",
               "区", "县", "人民政府", "政府", "2023年", "鼓楼区", "郊区", "滑县", "的", "新城区建设", "孟津县", "襄樊市"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=25))
def test_name_scan_stopping_only_after_a_possible_second_to_last_character_finds_the_same(pieces):
    gz = load_gazetteer()
    plain = Gazetteer(gz.divisions, gz.aliases)  # same divisions, then scanned at every 省市区县旗盟州
    plain._name_end = gazetteer._NAME_END
    text = "".join(pieces)
    assert _names_found(gz, text) == _names_found(plain, text)


_NATIONAL_PIECES = ["我代表国务院", "国务院", "总理", "国务院总理", "在第", "十四", "届", "全国人民代表大会", "第三", "次会议上", "中华人民共和国",
                    "国家统计局", "国家", "全国", "河南省人民政府", "文"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NATIONAL_PIECES), max_size=12))
def test_the_national_opening_is_searched_only_when_it_holds_a_word_every_match_holds(pieces):
    text = "".join(pieces)
    assert not metadata._NATIONAL_OPENING.search(text) or any(word in text for word in metadata._NATIONAL_WORDS)


# ---------------------------------------------------------------- boilerplate: top lines parsed once


BOILERPLATE_LINES = ["发布日期:2023-09-28", "时间:2021-01-15 17:59 来源:洛阳市人民政府", "来源：洛阳市人民政府", "时间:2023年3月至12月",
                     "河南省人民政府门户网站 www.henan.gov.cn 发布时间:2021-02-01", "设为首页收藏本站", "扫一扫在手机打开当前页",
                     "TA的每日心情", "发表于 2021-1-15 17:59", "本帖最后由 admin 于 2021-1-15 17:59 编辑 正文开始。",
                     "全市经济增长5%。", "一、总体要求", "", "  　", "责任编辑：张三", "相关阅读", "  • 打印本页"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BOILERPLATE_LINES), max_size=100))
def test_fields_and_chrome_in_one_pass_give_the_two_functions(lines):
    text = "\n".join(lines)
    repairs, plain_repairs = Repairs(), Repairs()
    fields, body = boilerplate.harvest_and_remove(text, repairs)
    plain = (boilerplate.harvest_fields(text), boilerplate.remove_boilerplate(text, plain_repairs))
    assert (fields, body, repairs) == (*plain, plain_repairs)


def test_a_publication_line_past_the_top_is_removed_but_not_harvested():
    text = "\n".join(["正文。"] * boilerplate.FIELD_LINES + ["发布日期:2023-09-28", "正文。"])
    fields, body = boilerplate.harvest_and_remove(text, Repairs())
    assert fields == {} and "发布日期" not in body


CHROME_PIECES = ["版权所有", "Copyright", "©", "ICP备12345号", "公网安备", "上一篇：", "Powered by ", "[复制链接]", "扫一扫在手机打开当前页",
                 "打印本页", " ", "|", "关闭", "2021", "x", "洛阳市人民政府", "全市经济增长5%，", "-"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CHROME_PIECES), min_size=1, max_size=40), st.integers(0, 160))
def test_long_line_is_tried_only_with_the_patterns_that_can_match_it(pieces, padding):
    r = boilerplate.rules()
    s = "文" * padding + "".join(pieces)
    chosen = r.line if len(s) <= r.short_line_max else r.long_line
    assert bool(r.line.fullmatch(s)) == bool(chosen is not None and chosen.fullmatch(s))


def _any_rule_matches(r: boilerplate.Rules, s: str) -> bool:
    """Whether a block start, footer, line or head rule matches the stripped line `s`, every rule tried."""
    bare = boilerplate._BULLET.sub("", s) if s[:1] in boilerplate._BULLETS else s
    return bool(any(start.fullmatch(s) for start, _ in r.blocks) or (r.footer and r.footer.fullmatch(s))
                or (r.line and (r.line.fullmatch(s) or r.line.fullmatch(bare))) or (r.head and r.head.match(s)))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(CHROME_PIECES + ["TA的每日心情", "•", "· ", "责任编辑：", "相关阅读", "本帖最后由 x 于 2021-01-01 编辑",
                                                 "12:30", "３", "字号：大 中 小", "【", "设为首页", "您需要登录后才可以回帖"]),
                min_size=1, max_size=12), st.integers(0, 150))
def test_a_line_the_screen_passes_over_matches_no_rule(pieces, padding):
    r = boilerplate.rules()
    for s in ("".join(pieces) + "文" * padding, "文" * padding + "".join(pieces)):
        s = s.strip(boilerplate.LINE_SPACE)
        if not r.tried([s])[0]:
            assert not _any_rule_matches(r, s)


def test_the_screen_of_the_shipped_rules_and_of_rules_it_cannot_read(tmp_path):
    r = boilerplate.rules()
    assert r.holds == ("版权所有", "Copyright", "©", "ICP备", "公网安备") and r.holds_width == 149
    assert r.tried(["全年地区生产总值增长5%。", "", "设为首页", "12:30-13:00", "• 扫一扫在手机打开当前页", "文" * 100 + "ICP备",
                    "文" * 200 + "ICP备"]) == [False, True, True, True, True, True, False]
    # a rule led by a negated class, or one that folds case, has no screen: every line is tried
    for n, rule in enumerate(("line    [^x]bc", "line    (?i:abc)", "footer    .[0-9]")):
        extra = tmp_path / f"chrome{n}.txt"  # (rules are read once per set of file names)
        extra.write_text(rule + "\n", encoding="utf-8")
        assert boilerplate.rules([str(extra)]).tried(["全年地区生产总值增长5%。"]) == [True]
    extra = tmp_path / "chrome.txt"
    extra.write_text("line    .*本页结束\n", encoding="utf-8")  # a literal every match holds, on a line of any length
    with_literal = boilerplate.rules([str(extra)])
    assert with_literal.holds_width is None and with_literal.tried(["文" * 300 + "本页结束", "文" * 300]) == [True, False]
    assert boilerplate.remove_boilerplate("正文。\n" + "文" * 300 + "本页结束", Repairs(), [str(extra)]) == "正文。"


def test_short_line_bound_is_the_longest_bounded_pattern(tmp_path):
    r = boilerplate.rules()
    assert r.short_line_max == 149  # .{0,60}(?:版权所有|Copyright|©).{0,80}
    longest = "文" * 60 + "Copyright" + "文" * 80  # 149 characters: chrome; one more and it is not
    assert boilerplate.remove_boilerplate(longest, Repairs()) == ""
    assert boilerplate.remove_boilerplate(longest + "文", Repairs()) == longest + "文"
    # a user's pattern with a numbered group keeps the union whole (its group numbers depend on it)
    extra = tmp_path / "chrome.txt"
    extra.write_text("line    (ab)\\1\n", encoding="utf-8")
    with_group = boilerplate.rules([str(extra)])
    assert with_group.short_line_max == 0 and with_group.long_line.pattern == with_group.line.pattern


def _cuts_a_name_plain(a: str, b: str) -> bool:
    """reflow._cuts_a_name without the screen of the two characters around the break."""
    if not (a[-1] >= "\u3400" and b[0] >= "\u3400"):
        return False
    tail = a[-20:]
    return any(m.start() < len(tail) < m.end() for m in reflow._statistic_names().finditer(tail + b[:20]))


_NAME_PIECES = ["城镇常住居民人", "均可支配收入", "地区生产", "总值", "一般公共预算", "收入", "社会消费品零售", "总额", "人", "均", "文", "，",
                "规模以上工业增加值", "固定资产投资", "居民消费价格"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=6), st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=6))
def test_a_break_is_looked_at_only_where_a_name_has_its_two_characters(left, right):
    a, b = "".join(left), "".join(right)
    assert reflow._cuts_a_name(a, b) == _cuts_a_name_plain(a, b)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=st.sampled_from("一二十百、.．（(）)1２٣第章节条①⑳重点各位代表附件——暨，,、。%‰文a "), min_size=1, max_size=8))
def test_a_line_start_no_match_can_have_is_not_matched(s):
    assert not reflow.HEADING.match(s) or reflow._MAY_HEAD(s[0])
    assert not reflow.CONTINUATION.match(s) or reflow._MAY_CONTINUE(s[0])


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("《》“”（）()【】「」『』〔〕[]文。"), max_size=20))
def test_a_line_without_an_opening_bracket_is_balanced_without_counting(s):
    plain = any(o in s and s.count(o) > s.count(c) for o, c in reflow._OPEN_CLOSE.items())
    assert reflow._unbalanced(s) == plain


# ---------------------------------------------------------------- normalise: patterns led by a class


# the patterns as first written, a look-behind at the front (re tries them at every position)
_NOTE_MARKER_PLAIN = re.compile(
    f"(?<=[{CJK_CLASS}）)]) ?(?:\\[[0-9]{{1,2}}\\]|[①-⑳]|[（(]注[0-9]{{0,2}}[）)])"
    f"(?=[0-9{CJK_CLASS}（(，,。；;、]|(?<=\\])(?:\n|$))")
_MARKER_CHARS_PLAIN = re.compile("[\\[①-⑳]|注[0-9]{0,2}[）)]")
_PAGE_NUMBER_PLAIN = re.compile(f"(?<=[{CJK_CLASS}0-9%，,]) ?[—－] ?[0-9]{{1,3}} ?[—－] ?(?=[{CJK_CLASS}0-9])")
MARKED = " \u3000[]①⑤⑳（()）注0123456789—－%，,。；;、\n中国x"


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(MARKED), max_size=40))
def test_marker_and_page_number_patterns_led_by_a_class_match_what_the_plain_ones_match(s):
    def spans(p):
        return [m.span() for m in p.finditer(s)]

    assert spans(normalise_module._NOTE_MARKER) == spans(_NOTE_MARKER_PLAIN)
    assert spans(normalise_module._PAGE_NUMBER) == spans(_PAGE_NUMBER_PLAIN)
    assert bool(normalise_module._MARKER_CHARS.search(s)) == bool(_MARKER_CHARS_PLAIN.search(s))
    assert normalise_module.has_marker_chars(s) == bool(_MARKER_CHARS_PLAIN.search(s))


def test_marker_and_page_number_cases():
    assert normalise("全市生产总值[2]增长5%，税收①增长3%，比上年增 —7— 长3.8%", Repairs()) == \
        "全市生产总值增长5%，税收增长3%，比上年增长3.8%"
    assert normalise("见注释①", Repairs()) == "见注释①"  # ① ending the page numbers nothing before it
    assert normalise("一、[1]总体要求", Repairs()) == "一、[1]总体要求"  # after punctuation: a list item's number


# ---------------------------------------------------------------- metadata: a county named by itself


def _self_named_county_plain(text: str, gz: Gazetteer, year: int | None) -> str | None:
    """metadata._self_named_county as first written: a loop over every pair of characters."""
    counts: dict[str, int] = {}
    short = gz.counties_by_short_name
    for i in range(len(text) - 1):
        pair = text[i:i + 2]
        if pair in short:
            counts[pair] = counts.get(pair, 0) + 1
    best = None
    for pair, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        if n < metadata._SELF_NAMED_MIN:
            break
        for d in short[pair]:
            if text.count(metadata._VOICE[d.name[-1]]) < metadata._SELF_NAMED_MIN or (
                    year is not None and not d.valid_in(year)):
                continue
            if any(a.name in text or gazetteer.short_name(a.name) in text for a in gz.ancestors(d)):
                if best is not None and best.name != d.name:
                    return None
                best = d
        if best is not None:
            return best.name
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["容城", "全县", "河北", "徐水", "保定", "全市", "和平", "新华", "，", "发展", "天津", "城"]),
                max_size=60), st.sampled_from([None, 2015, 2020]))
def test_self_named_county_counted_at_c_speed_gives_the_pair_loop(pieces, year):
    text = "".join(pieces)
    gz = load_gazetteer()
    assert metadata._self_named_county(text, gz, year) == _self_named_county_plain(text, gz, year)


def test_self_named_county_of_a_county_report():
    text = "容城" * 6 + "全县" * 5 + "河北"
    assert metadata._self_named_county(text, load_gazetteer(), 2015) == "容城县"


# ---------------------------------------------------------------- normalise: marks found in the one scan


def _normalise_plain(text: str, repairs: Repairs) -> str:
    """normalise as written before the marks joined the one scan: every step looks in the page itself."""
    n = normalise_module
    if "\\" in text and len(n._ESCAPED_BREAKS.findall(text, 0, 200_000)) >= n.ESCAPED_BREAKS_MIN:
        text = n._sub_counted(n._ESCAPED_BREAKS, "\n", text, repairs, "escaped_line_breaks")
    if "&" in text and n._ENTITY.search(text):
        for _ in range(3):
            before = text
            text = n._sub_callback(n._ENTITY, n._entity, text, repairs, "html_entities")
            if text == before or "&" not in text:
                break
    text = n._sub_counted(n._LINE_BREAKS, "\n", text, repairs, "line_breaks_normalised")
    text = n._sub_counted(n._INVISIBLE, "", text, repairs, "invisible_removed")
    text = n._sub_counted(n._CONTROL, "", text, repairs, "control_removed")
    text = n._sub_counted(n._ODD_SPACES, " ", text, repairs, "spaces_normalised")
    repairs.add("width_normalised", len(n._wide_chars().findall(text)))
    text = text.translate(n.narrowing_table())
    text = n._sub_callback(n._DECIMAL_POINT, n._decimal_point, text, repairs, "decimal_points")
    text = n._sub_counted(n._SPACE_BEFORE_PERCENT, "", text, repairs, "number_spaces")
    text = n._sub_counted(n._SPACE_IN_FIGURE, "", text, repairs, "number_spaces")
    text = n._sub_counted(n._NOTE_MARKER, "", text, repairs, "note_markers")
    text = n._sub_counted(n._PAGE_NUMBER, "", text, repairs, "page_numbers")
    return n._sub_callback(n._STRAIGHT_QUOTED, n._quote_pair, text, repairs, "quotes_normalised")


NORMALISED = [
    "经济", "增长", "5", "12", "2021", " ", "  ", "\u3000", "\xa0", "\u2003", "\u200b", "\ufeff", "\x07", "\x85",
    "\r\n", "\r", "\u2028", "\u2029", "\n", "\\n", "\\r\\n", "&nbsp;", "&amp;", "&#12288;", "８", "％", "－", "—",
    "［", "］", "[2]", "①", "⑳", "－7－", " —12— ", "（注）", "(注1)", "注", "．", "·", "・", "･", "%", "‰", '"', "“", "万元", "年", "，", "。",
]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(NORMALISED), max_size=40))
@example(["经济", "［", "2", "］", "增长", "5", "·", "12", "，", "5", "．", "2", "%", "\\n"] * 3)
@example(["经济", "①", "增长", "5", "･", "2", "，", "经济", "(注1)", "5", "・", "12", "年", " —12— ", "增长"])
def test_normalise_with_the_marks_of_the_one_scan_is_the_plain_normalise(pieces):
    text = "".join(pieces)
    expected, expected_repairs = _normalise_plain(text, Repairs()), Repairs()
    _normalise_plain(text, expected_repairs)
    found = "".join(set(normalise_module._odd_runs().findall(text)))
    for odd in (None, found, found + "".join(NORMALISED)):  # (more characters than the page holds are harmless)
        repairs = Repairs()
        assert normalise(text, repairs, odd=odd) == expected
        assert repairs == expected_repairs
    repairs = Repairs()
    assert pipeline._convert_then_normalise(text, repairs) == expected
    assert repairs == expected_repairs


def test_narrow_forms_hold_no_wide_character():
    # normalise replaces the wide characters one after another: the same as translate only when this holds
    assert normalise_module._narrowing_replaces()


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from(MARKED), max_size=40))
@example("中(注)中，国 （注2）国 [3]中 ①中[12]\n比上年增 —7— 长，增－12－长")
def test_markers_and_page_numbers_tried_where_they_may_start_are_what_subn_removes(s):
    n = normalise_module
    for pattern, starts in ((n._NOTE_MARKER, n._note_marker_starts(s, s)), (n._PAGE_NUMBER, n._page_number_starts(s))):
        repairs = Repairs()
        expected, count = pattern.subn("", s)
        assert n._removed_at(pattern, s, starts, repairs, "removed") == expected
        assert repairs["removed"] == count

