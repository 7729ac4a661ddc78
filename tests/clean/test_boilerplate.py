"""Boilerplate: forum and page chrome goes, report content stays, publication fields become hints."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.clean.boilerplate import harvest_fields, parse_field_line, remove_boilerplate
from govreport.clean.repairs import Repairs
from govreport.errors import UsageError
from tests.support import seed


def clean(text: str, extra=()) -> str:
    return remove_boilerplate(text, Repairs(), extra)


def lines_of(text: str) -> list[str]:
    return [s.strip() for s in text.split("\n") if s.strip()]


def test_forum_chrome_of_seed_002_goes_and_the_report_stays():
    raw = seed("002").read_text(encoding="utf-8")
    out = lines_of(clean(raw))
    for chrome in ("设为首页收藏本站", "查看: 1847|回复: 0", "[复制链接]", "• TA的每日心情", "开心", "2966", "积分",
                   "Rank: 7Rank: 7Rank: 7", "客服中心", "快速回复 返回顶部 返回列表", "本版积分规则", "关闭", "9:00-18:00"):
        assert chrome not in out, chrome
    assert not any(s.startswith(("发表于", "本帖最后由", "Powered by", "您需要登录")) for s in out)
    assert out[0] == "[河南] 2020年洛阳市西工区政府工作报告"
    assert "西工区人民政府代理区长\xa0\xa0史千灵" in out
    assert any("完成区本级生产总值305.8亿元" in s for s in out)
    assert out[-1].startswith("各位代表!奋斗创造历史")


def test_page_chrome_of_seed_003_goes_and_its_fields_are_harvested():
    raw = seed("003").read_text(encoding="utf-8")
    out = clean(raw)
    for chrome in ("www.henan.gov.cn", "责任编辑", "扫一扫在手机打开当前页", "相关阅读"):
        assert chrome not in out
    assert "重点十:防范化解重大风险" in out
    assert harvest_fields(raw) == {"时间": "2021-01-15 17:59", "来源": "洛阳市人民政府"}


def test_list_markers_and_publication_block_of_seed_001():
    raw = seed("001").read_text(encoding="utf-8")
    out = lines_of(clean(raw))
    assert out[:3] == ["老城政办〔2023〕22号", "老城区人民政府办公室", "关于印发2023年老城区高质量发展赶超"]
    assert "-" not in out
    fields = harvest_fields(raw)
    assert fields["发布日期"] == "2023-09-28"
    assert fields["文件编号"] == "老城政办〔2023〕22号"
    assert "发文机关" not in fields  # empty value


def test_listing_footer_of_seed_004():
    raw = seed("004").read_text(encoding="utf-8")
    out = clean(raw)
    for chrome in ("有想补充的信息", "联系我们", "企业入驻"):
        assert chrome not in out
    assert "2025-07-07" in out  # dates are not chrome; split uses them


@pytest.mark.parametrize(
    "line",
    [
        "【字体：大 中 小】",
        "打印本页 关闭窗口",
        "分享到：微信 微博 QQ空间",
        "  • 扫一扫在手机打开当前页",
        "版权所有：洛阳市人民政府办公室 豫ICP备05016372号",
        "日期:2023-02-14来源:区发改委",
        "发布日期：2023-09-28",
        "- 联系我们",
    ],
)
def test_widget_and_footer_lines_go(line):
    assert clean(f"正文第一段。\n{line}\n正文第二段。") == "正文第一段。\n正文第二段。"


@pytest.mark.parametrize(
    "line",
    [
        "时间:2023年3月至12月",  # an action plan's schedule, not a publication line
        "来源:区发改委",  # a lone short label without a date stays
        "分享到全市各单位的经验做法要及时总结推广。",
        "全年实施重大项目126个以上、完成投资100亿元以上。",
        "关闭退出落后产能企业12家。",
        "重点一:推动制造业高质量发展",
        "2023年9月27日",
    ],
)
def test_content_lines_stay(line):
    assert clean(line) == line


def test_chrome_fragment_at_line_start_is_cut_and_the_rest_kept():
    text = "本帖最后由 admin 于 2021-3-2 09:15 编辑 2021年政府工作报告"
    assert clean(text) == "2021年政府工作报告"


def test_profile_block_needs_its_end_line_nearby():
    # without the 发表于 line that closes it, the block rule does not fire
    text = "TA的每日心情\n开心\n这是一段正文,不应被删除。"
    assert "这是一段正文" in clean(text)
    assert "开心" in clean(text)


def test_footer_keeps_a_long_paragraph_that_follows():
    long_para = "各位代表," + "我们要坚持稳中求进工作总基调," * 10 + "奋力谱写新篇章。"
    out = clean(f"正文。\n相关阅读:\n{long_para}")
    assert long_para in out and "相关阅读" not in out


def test_field_line_parser():
    assert parse_field_line("河南省人民政府门户网站 www.henan.gov.cn 时间:2021-01-15 17:59 来源:洛阳市人民政府") == {
        "时间": "2021-01-15 17:59",
        "来源": "洛阳市人民政府",
    }
    assert parse_field_line("索引号:C001-0013-2023-0042") == {"索引号": "C001-0013-2023-0042"}
    assert parse_field_line("现在,我代表区人民政府向大会报告工作:") is None


def test_user_pattern_file_adds_rules(tmp_path: Path):
    extra = tmp_path / "mine.txt"
    extra.write_text("# our intranet\nline    内网专用\\s*请勿外传\n", encoding="utf-8")
    text = "内网专用 请勿外传\n正文。"
    assert clean(text) == text
    assert clean(text, [extra]) == "正文。"


@pytest.mark.parametrize(
    "content, message",
    [("line    (unclosed\n", "bad regular expression"), ("wipe    .*\n", "expected one of"),
     ("block   只有开头\n", "START ==> END")],
)
def test_bad_pattern_file_is_a_usage_error_naming_the_file_and_line(tmp_path: Path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError) as err:
        clean("正文。", [bad])
    assert message in str(err.value) and "line 1" in str(err.value)
    assert str(bad) in err.value.one_line()


def test_repairs_count_removed_lines():
    r = Repairs()
    remove_boilerplate("设为首页收藏本站\n正文。\n[复制链接]", r)
    assert r["boilerplate_lines"] == 2


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("设为首页收藏本站发表于关闭-•: ：日期来源2023-01 \n正文。责任编辑相关阅读TA的每日心情")) | st.characters(),
               max_size=300))
def test_no_crash_and_idempotent(text):
    once = clean(text)
    assert clean(once) == once


def test_the_pattern_example_in_docs_clean_md_works(tmp_path: Path):
    doc = (Path(__file__).resolve().parents[2] / "docs" / "clean.md").read_text(encoding="utf-8")
    start = doc.index("# the whole line is chrome")
    example = tmp_path / "example.txt"
    example.write_text(doc[start:doc.index("```", start)], encoding="utf-8")
    page = "本站由某某公司提供技术支持\n【来源：新华社】正文一。\n正文二（编辑：张三）\n【相关新闻】\n标题一\n标题二"
    assert clean(page, [example]) == "正文一。\n正文二"
