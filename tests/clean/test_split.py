"""Split: listings and run-together reports become parts; a single document stays whole."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.clean.repairs import Repairs
from govreport.clean.split import split_documents
from tests.support import seed


def parts_of(text: str):
    return split_documents(text, Repairs())


def body(seed_text: str, n: int) -> str:
    return (seed_text * 40 * n)[: 40 * n]


def test_seed_004_listing_becomes_two_reports_and_eight_news_items():
    parts = parts_of(seed("004").read_text(encoding="utf-8"))
    assert len(parts) == 10
    titles = [p.hints["title"] for p in parts]
    assert titles[0] == "2021年尉氏县政府工作报告"
    assert titles[1] == "洛阳市政府工作报告"
    assert titles[2] == "《河南特色农业集群发力助推质效双升》"
    assert all(p.hints["listing_date"] == "2025-07-07" for p in parts)
    assert all(p.hints["doc_type"] == "news" for p in parts)  # metadata lets a report title override it
    weishi, luoyang = parts[0].text, parts[1].text
    assert weishi.startswith("【尉氏县招商】2021年尉氏县政府工作报告\n2021年2月24日在尉氏县")
    assert luoyang.startswith("【洛阳招商】洛阳市政府工作报告\n2021年2月7日在洛阳市")
    # each part holds its own body only: no listing date, no marker, no neighbour
    assert "2025-07-07" not in luoyang and "尉氏" not in luoyang and "河南特色农业" not in luoyang
    assert "洛阳市第十五届" not in weishi
    assert not any(line.strip() == "-" for p in parts for line in p.text.split("\n"))


def test_single_document_pages_stay_whole():
    for prefix in ("001", "002", "003"):
        text = seed(prefix).read_text(encoding="utf-8")
        parts = parts_of(text)
        assert len(parts) == 1 and parts[0].text == text, prefix


def test_generic_listing_of_other_sites():
    items = [
        ("新闻一:郑州市召开经济运行分析会", "2023-05-06"),
        ("新闻二:开封市推进项目建设", "2023-05-07"),
        ("新闻三:许昌市优化营商环境", "2023/05/08"),
    ]
    text = "网站导航\n" + "\n".join(
        f"{title}\n{body('会议强调要狠抓落实,确保完成全年目标任务。', 5)}\n{date}" for title, date in items
    )
    parts = parts_of(text)
    # the menu line before the first item is not its title (boilerplate deals with it)
    assert [p.hints["title"] for p in parts] == [t for t, _ in items]
    assert parts[0].text.startswith("网站导航\n新闻一")
    assert [p.hints["listing_date"] for p in parts] == ["2023-05-06", "2023-05-07", "2023-05-08"]


def test_items_with_short_bodies_are_not_a_listing():
    # a document with dated short notes is not cut into pieces
    text = "通知\n请各单位按时报送。\n2023-05-06\n补充通知\n请注意格式。\n2023-05-07\n"
    assert len(parts_of(text)) == 1


def test_one_signature_date_does_not_split():
    text = "关于印发方案的通知\n" + body("现印发给你们,请认真组织实施。", 10) + "\n2023年9月27日\n方案\n" + body("为贯彻落实。", 20)
    assert len(parts_of(text)) == 1


def test_forum_timestamps_do_not_split_seed_002():
    text = seed("002").read_text(encoding="utf-8")
    assert "2023-3-1 17:41" in text
    assert len(parts_of(text)) == 1


def test_two_reports_run_together_without_dates():
    r1 = "2021年甲县政府工作报告\n——2021年1月10日在甲县第十七届人民代表大会第五次会议上\n各位代表:\n" + body("过去一年全县经济稳中有进。", 20)
    r2 = "2021年乙市政府工作报告\n各位代表:\n" + body("过去一年全市经济持续向好。", 20)
    parts = parts_of(r1 + "\n" + r2)
    assert len(parts) == 2
    assert parts[0].text.startswith("2021年甲县政府工作报告") and "乙市" not in parts[0].text
    assert parts[1].text.startswith("2021年乙市政府工作报告")
    assert [p.hints["title"] for p in parts] == ["2021年甲县政府工作报告", "2021年乙市政府工作报告"]


def test_repeated_title_of_one_report_does_not_split():
    text = "2021年甲县政府工作报告\n各位代表:\n2021年甲县政府工作报告\n各位代表:\n" + body("过去一年全县经济稳中有进。", 5)
    assert len(parts_of(text)) == 1


def test_repairs_count_extra_parts():
    r = Repairs()
    split_documents(seed("004").read_text(encoding="utf-8"), r)
    assert r["split_parts"] == 9


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["-", "2025-07-07", "标题", "正文内容很长。" * 20, "", "2021年某县政府工作报告", "各位代表:"]),
                max_size=30))
def test_no_crash_and_no_text_invented(lines):
    text = "\n".join(lines)
    parts = parts_of(text)
    assert parts
    for p in parts:
        for line in p.text.split("\n"):
            assert line in lines or line == ""
