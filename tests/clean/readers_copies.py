"""Copies of a plain-text document in the formats analysts download: a GBK web page with a portal
around it, a .docx written with the standard library (what Word and WPS save, reduced to the
parts a reader needs). Used by test_readers.py."""

from __future__ import annotations

import html
import io
import zipfile

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}_政务公开_某某市人民政府门户网站</title>
<style>p{{text-indent:2em;line-height:30px}} .nav li{{float:left}}</style>
<script type="text/javascript">var _hmt = _hmt || []; document.write("<div>欢迎访问本网站</div>");</script>
</head>
<body>
<div class="top"><div class="logo">某某市人民政府门户网站</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjmc/">走进本市</a></li><li><a href="/sjfb/">数据发布</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gzbg/">政府工作报告</a></div>
<div class="main">
<div class="toolbar">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
<div class="article" id="zoom">
{paragraphs}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="related"><h4>相关文章</h4><ul><li><a href="/a/1.html">关于进一步优化营商环境的若干措施</a></li>
<li><a href="/a/2.html">全市经济运行情况新闻发布会召开</a></li><li><a href="/a/3.html">市政府常务会议研究部署近期重点工作</a></li></ul></div>
</div>
<div class="footer"><p>主办：某某市人民政府办公室　承办：某某市大数据管理中心</p>
<p>网站标识码：4100000001　备案号：豫ICP备12345678号　地址：人民路1号　联系电话：0371-12345678</p></div>
<script>(function(){{var s=document.createElement("script");s.src="https://stat.example.cn/count.js";}})();</script>
</body></html>
"""


def html_copy(text: str, encoding: str = "gbk") -> bytes:
    """The text as a saved portal page: each line a <p>, navigation, viewer bar, script and footer around it."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # a page's <title> is its document's title line (a flattened page has none: the title names the kind)
    title = html.escape(lines[0]) if lines and len(lines[0]) <= 60 else "政府工作报告"
    # a run of spaces the page shows is written as &nbsp; (plain spaces in HTML collapse to one)
    paragraphs = "\n".join(f"<p>{html.escape(line).replace('  ', '&nbsp; ')}</p>" for line in lines)
    return PAGE.format(title=title, paragraphs=paragraphs).encode(encoding, errors="xmlcharrefreplace")


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_paragraph(line: str) -> str:
    # Word splits a paragraph into runs wherever formatting changes; two runs show the reader joins them.
    half = len(line) // 2
    return (f'<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr><w:r><w:t xml:space="preserve">{html.escape(line[:half])}</w:t></w:r>'
            f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{html.escape(line[half:])}</w:t></w:r></w:p>')


def docx_table(rows: list[list[str]]) -> str:
    cells = lambda row: "".join(f"<w:tc><w:p><w:r><w:t>{html.escape(c)}</w:t></w:r></w:p></w:tc>" for c in row)  # noqa: E731
    return "<w:tbl>" + "".join(f"<w:tr>{cells(row)}</w:tr>" for row in rows) + "</w:tbl>"


def docx_bytes(body_xml: str, namespace: str = W_NS) -> bytes:
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{namespace}"><w:body>'
                f'{body_xml}<w:sectPr/></w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document)
    return out.getvalue()


def docx_copy(text: str) -> bytes:
    """The text as a .docx: one paragraph per line."""
    return docx_bytes("".join(docx_paragraph(line.strip()) for line in text.splitlines() if line.strip()))
