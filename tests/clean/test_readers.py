"""Readers by format (govreport/clean/readers): web pages, Word and PDF files give the text, metadata and
figures their plain-text copies give, chosen by the bytes; bad files are one line each and the batch goes on."""

from __future__ import annotations

import difflib
import html
import io
import re
import zipfile
from functools import lru_cache

import pytest

from govreport.clean import clean_bytes
from govreport.clean.decode import decode_bytes
from govreport.clean.pipeline import CleanFailure, clean_paths
from govreport.clean.readers import looks_like_html, sniff
from govreport.errors import InputError
from tests.clean.readers_copies import docx_bytes, docx_copy, docx_paragraph, docx_table, html_copy
from tests.support import DATA, DEV_CORPUS, SEEDS

DOCUMENTS = sorted(SEEDS.glob("*.txt")) + sorted(DEV_CORPUS.glob("*.txt"))
COMMUNIQUES = DATA / "communiques"
MIN_SIMILARITY = 0.98


@lru_cache(maxsize=None)
def reference(path) -> tuple[dict, ...]:
    return tuple(clean_bytes(path.read_bytes(), source=path.name))


def without_whitespace(rows) -> str:
    return re.sub(r"\s", "", "".join(r["text"] for r in rows))


def similarity(a: str, b: str) -> float:
    return 1.0 if a == b else difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def figures(rows) -> list[tuple]:
    from govreport.extract import extract_document

    return sorted((str(f["indicator"]), repr(f["value"]), str(f["unit"]), str(f["period"]), str(f["kind"])) for row in rows
                  for f in extract_document(row))


def assert_same_document(path, copy: bytes) -> list[dict]:
    ref = reference(path)
    got = clean_bytes(copy, source=path.name)
    assert len(got) == len(ref)
    assert similarity(without_whitespace(ref), without_whitespace(got)) >= MIN_SIMILARITY
    meta = lambda rows: [(r["region"], r["region_code"], r["year"], r["doc_type"]) for r in rows]  # noqa: E731
    assert meta(got) == meta(ref)
    assert figures(got) == figures(ref)
    return got


# ------------------------------------------------------------------ choosing the reader


def test_the_format_is_read_from_the_bytes_not_the_name():
    assert sniff(b"%PDF-1.7\n...") == "pdf"
    assert sniff(docx_copy("正文")) == "docx"
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) == "ole2"
    assert sniff("政府工作报告".encode("gbk")) == "text"
    assert looks_like_html('\n\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">\n<html>')
    assert looks_like_html("\ufeff<?xml version='1.0'?><html><body>")
    assert looks_like_html("<meta charset=gbk><title>x</title>")
    assert not looks_like_html("各位代表：<p>不是网页</p>")  # a text quoting a tag is still a text
    # a web page saved as .txt is read as a web page; a PDF saved as .htm as a PDF
    page = html_copy("2024年某某县政府工作报告\n全县地区生产总值增长6%。")
    rows = clean_bytes(page, source="page.txt")
    assert "<p>" not in rows[0]["text"] and rows[0]["encoding"] == "gbk"


# ------------------------------------------------------------------ HTML


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_a_gbk_web_page_around_a_document_gives_the_documents_text_metadata_and_figures(path):
    text, _ = decode_bytes(path.read_bytes())
    got = assert_same_document(path, html_copy(text))
    body, ref_body = "".join(r["text"] for r in got), "".join(r["text"] for r in reference(path))
    for chrome in ("<", "document.write", "text-indent", "政务公开", "办事服务", "相关文章", "网站标识码", "分享到", "字号"):
        assert body.count(chrome) == ref_body.count(chrome), chrome


def test_viewer_chrome_before_the_title_is_never_the_title():
    page = ("<html><head><title>下载</title></head><body><div class='content'>"
            '<p style="text-indent:2em">打印</p><p>下载</p><p>【字号：大 中 小】</p>'
            "<p>2025年河南省政府工作报告</p><p>各位代表：</p>"
            "<p>过去一年，全省生产总值增长5.1%。今年全省生产总值增长5.5%左右。</p></div></body></html>")
    row = clean_bytes(page.encode("utf-8"), source="henan.html")[0]
    assert row["title"] == "2025年河南省政府工作报告"
    assert row["region"] == "河南省" and row["year"] == 2025


def test_the_pages_title_and_date_are_hints_when_the_text_has_none():
    page = ('<html><head><meta charset="gb2312"><title>2024年某某县政府工作报告_政务公开_某某县人民政府</title>'
            '<meta name="PubDate" content="2024-01-20 09:30"></head><body><div>'
            "<p>各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。</p>"
            "<p>一、2023年工作回顾</p><p>全县生产总值增长6.2%。</p></div></body></html>")
    row = clean_bytes(page.encode("gbk"), source="county.htm")[0]
    assert row["title"] == "2024年某某县政府工作报告"
    assert row["date"] == "2024-01-20" and row["year"] == 2024


def test_a_table_is_one_line_per_row_with_cells_joined_by_a_bar():
    page = ("<html><body><div><h1>2025年某某市国民经济和社会发展统计公报</h1>"
            "<p>全年地区生产总值增长5.0%。</p><table><tr><th>指标</th><th>单位</th><th>绝对数</th></tr>"
            "<tr><td>地区生产总值</td><td>亿元</td><td><p>2562.85</p></td></tr>"
            "<tr><td></td><td>%</td><td>4.8</td></tr></table><p>注：按不变价格计算。</p></div></body></html>")
    text = clean_bytes(page.encode("utf-8"), source="t.html")[0]["text"]
    lines = text.splitlines()
    assert "指标 | 单位 | 绝对数" in lines
    assert "地区生产总值 | 亿元 | 2562.85" in lines
    assert any(line.endswith("% | 4.8") for line in lines)


def test_a_layout_table_is_read_as_paragraphs():
    report = "".join(f"<p>第{i}段，全市生产总值增长{i}.5%，城镇新增就业{i}万人，居民收入稳步增长，各项事业全面进步。</p>" for i in range(1, 9))
    page = f"<html><body><table><tr><td>{report}</td></tr></table></body></html>"
    lines = clean_bytes(page.encode("utf-8"), source="t.html")[0]["text"].splitlines()
    assert lines[0].startswith("第1段") and lines[-1].startswith("第8段") and " | " not in "".join(lines)


@pytest.mark.parametrize(("name", "region", "figure"), [
    ("haikou_2025_statistical_bulletin.html", "海口市", "地区生产总值2562.85亿元"),
    ("anyang_2025_statistical_bulletin.html", "安阳市", "地区生产总值2765.8亿元"),
])
def test_real_statistics_pages_give_their_communique_without_the_portal(name, region, figure):
    rows = clean_bytes((COMMUNIQUES / name).read_bytes(), source=name)
    assert len(rows) == 1
    row = rows[0]
    assert row["region"] == region and row["year"] == 2025 and row["doc_type"] == "statistical_communique"
    assert "国民经济和社会发展统计公报" in row["title"]
    assert figure in row["text"]
    for chrome in ("<", "function(", "本站域名", "版权所有", "网站地图", "当前位置", "选择区域：河南省>>>\n安阳市"):
        assert chrome not in row["text"]
    gdp = [f for f in figures(rows) if f[0] == "地区生产总值" and f[2] == "亿元"]
    assert gdp, "the communique's GDP is extracted"


def test_a_web_page_without_a_body_is_one_line_naming_the_file():
    for page in (b"<html><head><title>x</title></head></html>", b"<!DOCTYPE html><html><body>  </body></html>"):
        with pytest.raises(InputError, match="web page without text") as err:
            clean_bytes(page, source="empty.html")
        assert err.value.one_line().startswith("empty.html: ") and "\n" not in err.value.one_line()


# ------------------------------------------------------------------ DOCX


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_a_word_file_gives_the_documents_text_metadata_and_figures(path):
    text, _ = decode_bytes(path.read_bytes())
    got = assert_same_document(path, docx_copy(text))
    assert got[0]["encoding"] == "docx"


def test_a_word_files_tables_are_read_in_their_place():
    body = (docx_paragraph("2025年某某市国民经济和社会发展统计公报") + docx_paragraph("一、综合")
            + docx_table([["指标", "绝对数", "比上年增长(%)"], ["地区生产总值（亿元）", "2562.85", "4.8"]])
            + docx_paragraph("二、农业"))
    lines = clean_bytes(docx_bytes(body), source="t.docx")[0]["text"].splitlines()
    assert lines[1:] == ["一、综合", "指标 | 绝对数 | 比上年增长(%)", "地区生产总值（亿元） | 2562.85 | 4.8", "二、农业"]


def test_a_zip_that_is_no_word_file_is_one_line_naming_the_file():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match=r"not a Word \.docx") as err:
        clean_bytes(out.getvalue(), source="book.docx")
    assert err.value.one_line().startswith("book.docx: ")
    with pytest.raises(InputError, match="damaged"):
        clean_bytes(docx_copy("正文内容")[:200], source="cut.docx")


def test_an_old_word_or_wps_file_asks_to_be_converted_to_docx():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000
    for name in ("report.doc", "report.wps"):
        with pytest.raises(InputError, match="convert it to .docx") as err:
            clean_bytes(ole, source=name)
        assert err.value.one_line().startswith(f"{name}: ")


# ------------------------------------------------------------------ a batch


def test_bad_files_of_each_format_are_reported_and_the_rest_of_the_batch_is_kept(tmp_path):
    good = tmp_path / "good.html"
    good.write_bytes(html_copy("2024年某某县政府工作报告\n各位代表：\n全县地区生产总值增长6%。"))
    bad = {
        "no-body.html": b"<html><head><title>x</title></head><body></body></html>",
        "cut.pdf": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog",
        "sheet.docx": _zip({"xl/workbook.xml": "<workbook/>"}),
        "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    paths = [str(tmp_path / name) for name in bad] + [str(good)]
    results = list(clean_paths(paths))
    failures = [r for r in results if isinstance(r, CleanFailure)]
    rows = [r for r in results if not isinstance(r, CleanFailure)]
    assert sorted(f.source for f in failures) == sorted(str(tmp_path / n) for n in bad)
    assert all("\n" not in f.one_line() and "Traceback" not in f.one_line() for f in failures)
    assert not any("cleaning failed" in f.message for f in failures)  # each is a reader's own message
    assert [r["source"] for r in rows] == ["good.html"]  # (an absolute path is shown as the file name)


def _zip(files: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


# ------------------------------------------------------------------ PDF

PDF_COPIES = sorted((DATA / "pdf").glob("*.pdf"))


def _text_copy_of(pdf) -> object:
    return next(p for p in DOCUMENTS if p.stem == pdf.stem)


@pytest.mark.parametrize("pdf", PDF_COPIES, ids=lambda p: p.stem)
def test_a_pdf_gives_the_documents_text_metadata_and_figures(pdf):
    got = assert_same_document(_text_copy_of(pdf), pdf.read_bytes())
    assert got[0]["encoding"] == "pdf"


def test_the_pdf_copies_are_there():
    assert {p.stem for p in PDF_COPIES} >= {"001_6e452249976e69d8", "003_3308f96ffba07b78", "shanghai_2024_gwr"}


def test_a_real_communique_pdf_loses_its_page_numbers_and_the_writers_spaces():
    name = "jiaozuo_2025_statistical_bulletin.pdf"
    rows = clean_bytes((COMMUNIQUES / name).read_bytes(), source=name)
    row = rows[0]
    assert len(rows) == 1 and row["encoding"] == "pdf"
    assert row["title"] == "2025年焦作市国民经济和社会发展统计公报"
    assert (row["region"], row["year"], row["doc_type"]) == ("焦作市", 2025, "statistical_communique")
    text = row["text"]
    assert not re.search(r"^[-—–\s]*\d{1,3}[-—–\s]*$", text, re.M)  # — 3 —
    assert "— " not in text
    # a sentence broken over two lines (and two pages) is one line; the writer's spaces around digits are gone
    assert "初步核算，全年全市地区生产总值2479.6亿元，同比增长6.5%。其中，第一产业增加值144.1亿元" in text
    assert not re.search(r"[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]", text.replace(" | ", ""))
    assert ("地区生产总值", "2479.6", "亿元") in {f[:3] for f in (_short(f) for f in figures(rows))}


def _short(f: tuple) -> tuple:
    return (f[0], str(float(f[1])).removesuffix(".0") if f[1] != "None" else f[1], f[2])


def test_page_furniture_goes_and_wrapped_lines_join():
    from govreport.clean.readers.pdf import Line, drop_page_furniture, join_wrapped_lines

    def page(n, *body):
        return [Line(f"某某市统计局{2025}年{n}月"), *body, Line(f"— {n} —")]

    pages = [page(1, Line("一、综合", room=50, first_width=10, indented=True),
                  Line("全年地区生产总值 2562.85 亿元，比上", room=2, first_width=10, indented=True)),
             page(2, Line("年增长 4.8%。", room=200, first_width=10)),
             page(3, Line("第 3 页 共 3 页"), Line("二、农业", room=50, first_width=10, indented=True))]
    lines = drop_page_furniture(pages)
    assert [line.text for line in lines][-1] == "二、农业"
    assert join_wrapped_lines(lines) == ["一、综合", "全年地区生产总值2562.85亿元，比上年增长4.8%。", "二、农业"]


def test_a_table_row_that_reaches_the_margin_is_not_joined_to_the_next():
    from govreport.clean.readers.pdf import Line, join_wrapped_lines

    rows = [Line("地区生产总值 2479.6 6.5", room=0, first_width=10), Line("第一产业 144.1 3.9", room=0, first_width=10)]
    assert join_wrapped_lines(rows) == ["地区生产总值2479.6 6.5", "第一产业144.1 3.9"]


def test_a_scanned_pdf_without_a_text_layer_is_one_line_naming_the_file():
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(3):
        pdf.new_page(595, 842)
    out = io.BytesIO()
    pdf.save(out)
    with pytest.raises(InputError, match="PDF without a text layer") as err:
        clean_bytes(out.getvalue(), source="scan.pdf")
    assert err.value.one_line().startswith("scan.pdf: ") and "\n" not in err.value.one_line()


def test_a_truncated_pdf_is_one_line_naming_the_file():
    data = (DATA / "pdf" / "001_6e452249976e69d8.pdf").read_bytes()
    for cut in (data[:100], data[: len(data) // 3]):
        with pytest.raises(InputError, match="PDF") as err:
            clean_bytes(cut, source="cut.pdf")
        assert err.value.one_line().startswith("cut.pdf: ")


# ------------------------------------------------------------------ what real pages hold


def test_a_footnote_reference_between_a_name_and_its_value_goes_from_a_served_page():
    page = ("<html><body><div><h1>2025年益阳市国民经济和社会发展统计公报</h1><p>一、综合</p>"
            "<p>全年地区生产总值[2]2381.46亿元，比上年增长5.5%。</p><p>注释：</p><p>[2]地区生产总值按现价计算。</p>"
            "<p><span>\ue613</span> 分享</p></div></body></html>")
    rows = clean_bytes(page.encode("utf-8"), source="yiyang.html")
    assert "\ue613" not in rows[0]["text"]
    assert ("地区生产总值", "2381.46", "亿元") in {(f[0], f[1], f[2]) for f in figures(rows)}


def test_a_communique_that_names_its_counties_in_the_opening_is_still_the_citys():
    page = ("<html><body><div><h1>哈密市2025年国民经济和社会发展统计公报</h1><p>哈密市统计局</p><p>一、综合</p>"
            "<p>全年实现地区生产总值1162.95亿元，比上年增长9.3%。</p>"
            "<p>分区县看，伊州区实现地区生产总值664.08亿元；巴里坤县实现地区生产总值211.11亿元；伊吾县实现地区生产总值287.75亿元。"
            "伊州区、巴里坤县、伊吾县地区生产总值占全市比重分别为57.1%、18.2%、24.7%。</p></div></body></html>")
    row = clean_bytes(page.encode("utf-8"), source="hami.html")[0]
    assert (row["region"], row["region_code"]) == ("哈密市", "650500")


def test_a_communique_whose_title_is_an_image_is_read_from_its_issuers_and_opening_year():
    # 昌都市's PDF as the PDF reader gives it: the title is a picture; the text layer starts with the issuers
    text = ("昌都市统计局\n国家统计局昌都调查队\n2026年5月\n"
            "2025年是“十四五”规划收官之年，全市上下坚持稳中求进工作总基调。\n一、综合\n"
            "经初步核算，2025年，全市实现地区生产总值424.86亿元，按不变价计算，同比增长6.7%。\n"
            "253.18 285.71 309.26 352.8 386.01 424.86\n")
    row = clean_bytes(text.encode("utf-8"), source="changdu.txt")[0]
    assert row["title"] is None  # not 昌都市统计局, not 2026年5月, not a chart's numbers
    assert (row["region"], row["year"], row["doc_type"]) == ("昌都市", 2025, "statistical_communique")
    got = {(f[0], f[1], f[2], f[3], f[4]) for f in figures([row])}
    assert ("地区生产总值", "424.86", "亿元", "2025", "actual") in got


def test_a_word_file_whose_text_sits_in_a_frame_table_keeps_its_paragraphs():
    paragraphs = [f"第{i}段，全市生产总值增长{i}.5%，城镇新增就业{i}万人。" for i in range(1, 6)]
    frame = "<w:tbl><w:tr><w:tc>" + "".join(docx_paragraph(p) for p in paragraphs) + "</w:tc></w:tr></w:tbl>"
    lines = clean_bytes(docx_bytes(docx_paragraph("2024年某某县政府工作报告") + frame), source="f.docx")[0]["text"].splitlines()
    assert lines[1:] == paragraphs
    strict = docx_bytes(docx_paragraph("正文内容第一段。"), namespace="http://purl.oclc.org/ooxml/wordprocessingml/main")
    assert "正文内容第一段。" in clean_bytes(strict, source="strict.docx")[0]["text"]


def _web_archive(page: bytes, charset: str) -> bytes:
    """A page saved as one file (.mht), as browsers write it: MIME, quoted-printable, with an image part."""
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.nonmultipart import MIMENonMultipart
    import email.charset
    import email.encoders

    archive = MIMEMultipart("related")
    archive["From"] = "<Saved by Blink>"
    html = MIMENonMultipart("text", "html", charset=charset)
    html.set_payload(page)
    email.encoders.encode_quopri(html)
    archive.attach(html)
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\0" * 32, "png"))
    return archive.as_bytes()


def test_a_page_saved_as_one_file_mht_is_read_as_its_page():
    text = "2024年某某县政府工作报告\n各位代表：\n一、2023年工作回顾\n全县地区生产总值增长6.2%。"
    rows = clean_bytes(_web_archive(html_copy(text), "gb2312"), source="report.mht")
    assert "全县地区生产总值增长6.2%。" in rows[0]["text"] and "<p>" not in rows[0]["text"] and "政务公开" not in rows[0]["text"]
    assert rows[0]["encoding"] == "gbk"


def test_page_encodings_and_fragments():
    body = "<p>2025年某某市政府工作报告</p><p>各位代表：</p><p>全市生产总值增长5.5%左右。</p>"
    for data in ("\ufeff<html><body>" + body + "</body></html>").encode("utf-8"), \
                ('<html><head><meta charset="gbk"></head><body>' + body + "</body></html>").encode("gbk"), \
                ("<div>" + body + "</div>").encode("utf-8"):  # a fragment saved without <html>
        row = clean_bytes(data, source="p.html")[0]
        assert row["text"].splitlines()[-1] == "全市生产总值增长5.5%左右。" and "<" not in row["text"]


def test_a_page_without_a_content_block_loses_the_furniture_its_class_names():
    # paragraphs straight in <body>: no block holds the text, the banner and footer say what they are by id/class
    text, _ = decode_bytes(seed_path("001").read_bytes())
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    page = ('<html><head><meta charset="gb2312"><title>老城区</title></head><body>'
            '<div id="header"><span>洛阳市老城区人民政府</span> <span>欢迎您！今天是2023年9月28日 星期四</span></div>'
            '<div class="dh"><a href="/">首页</a> | <a>政务公开</a> | <a>政务服务</a></div>' + paragraphs +
            '<div class="bq">版权所有：洛阳市老城区人民政府 主办：洛阳市老城区人民政府办公室 地址：洛阳市老城区中州东路 '
            "联系电话：0379-63912345 网站标识码：4103020001 豫ICP备05012345号</div></body></html>")
    row = clean_bytes(page.encode("gbk"), source="001.html")[0]
    ref = reference(seed_path("001"))[0]
    assert (row["title"], row["region"], row["year"], row["doc_type"]) == (ref["title"], ref["region"], ref["year"], ref["doc_type"])
    assert "欢迎您" not in row["text"] and "版权所有" not in row["text"] and "网站标识码" not in row["text"]
    assert similarity(without_whitespace([row]), without_whitespace([ref])) >= MIN_SIMILARITY


def seed_path(prefix: str):
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_a_text_saved_as_a_page_in_pre_keeps_its_lines(path):
    # LibreOffice's "save as HTML" of a text, and some CMSs: the whole text in one <pre>, runs in <font>/<span>
    text, _ = decode_bytes(path.read_bytes())
    body = html.escape(text).replace("年", '<font face="Noto Sans"><span lang="zh-CN">年</span></font>')
    page = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body><pre class="western">{body}</pre></body></html>'
    assert_same_document(path, page.encode("utf-8"))


def test_the_writers_spaces_go_but_a_tables_columns_stay():
    from govreport.clean.readers.pdf import close_cjk_spacing

    assert close_cjk_spacing("2026 年 5 月") == "2026年5月"
    assert close_cjk_spacing("全市实现地区生产总值 1581.06 亿元，增长 6.7%") == "全市实现地区生产总值1581.06亿元，增长6.7%"
    assert close_cjk_spacing("统 计 公 报") == "统计公报"  # a letter-spaced title
    assert close_cjk_spacing("指标 年末数（万人） 比重（%）") == "指标 年末数（万人） 比重（%）"  # a table's header
    assert close_cjk_spacing("GDP 增长 5%") == "GDP增长5%"
    assert close_cjk_spacing("253.18 285.71 309.26") == "253.18 285.71 309.26"


def test_a_breadcrumb_is_never_the_title():
    for crumb in ("当前位置：首页 > 政务公开 > 政府工作报告", "选择区域：河南省>>>", "您现在的位置: 首页 » 统计数据 »"):
        page = f"<html><body><div><p>{crumb}</p><p>2025年某某市国民经济和社会发展统计公报</p><p>一、综合</p><p>全年地区生产总值增长5.0%。</p></div></body></html>"
        assert clean_bytes(page.encode("utf-8"), source="c.html")[0]["title"] == "2025年某某市国民经济和社会发展统计公报"


def test_a_page_hidden_until_its_scripts_run_is_still_read():
    page = ('<html><body style="visibility:hidden"><div><p>2025年某某市政府工作报告</p><p>全市生产总值增长5.5%左右。</p>'
            '<p style="display:none">隐藏的统计代码</p></div></body></html>')
    text = clean_bytes(page.encode("utf-8"), source="h.html")[0]["text"]
    assert "全市生产总值增长5.5%左右。" in text and "隐藏" not in text
