"""Reader: a web page (HTML) -> the text of its main content.

Saved pages of government sites hold the document inside a portal: navigation,
breadcrumbs, scripts, a viewer bar (打印 下载 关闭 字号), related links and a
footer. The steps:

1. the page is already decoded (decode.decode_bytes: BOM, strict UTF-8, else the
   GBK/GB18030/Big5 decoding whose characters are most natural, the page's
   `<meta charset>` / http-equiv breaking ties) and parsed with lxml;
2. scripts, styles, forms' controls, hidden elements and the HTML5 chrome
   elements (nav, header, footer, aside) are dropped, so are blocks whose class or
   id names furniture (header, nav, footer, copyright, share …, or the pinyin
   initials dh, bq, wz …) unless they hold much of the text, and every block whose
   Chinese text is mostly link text (menus, 相关链接, 上一篇/下一篇 lists);
3. the main content is the `<article>` element when there is one, else the deepest
   element that holds `MAIN_SHARE` of the page's Chinese text; it is widened to its
   parents while they add little text (the title and date line above a content div);
4. block elements (p, div, h1-h6, li, br ...) become line breaks; a table becomes one
   line per row, its cells joined by `CELL_SEPARATOR` (`" | "`, which a later step
   reads as a table row); a layout table (one cell per row, nested tables or long
   cells) is read as blocks.

Hints for metadata: `page_title` (<meta name="ArticleTitle">, else the <title>
without the site's name) and `page_date` (<meta name="PubDate"> and its kin).
"""

from __future__ import annotations

import re

from govreport.clean.hanzi import CJK_CHAR
from govreport.clean.readers import Reading
from govreport.errors import InputError

CELL_SEPARATOR = " | "
MAIN_SHARE = 0.7  # share of the page's Chinese text the main content holds

WIDEN_CHARS = 100  # a parent that adds at most this many Chinese characters (a title, a date line) is still the article
LINK_SHARE = 0.5  # a block whose Chinese text is more than half links ...
LINK_BLOCK_OWN_CHARS = 20  # ... and holds fewer own characters than this is a menu
LAYOUT_CELL_CHARS = 300  # a table cell this long holds running text: the table is layout

DROPPED_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "select", "option", "button", "input", "textarea", "nav", "footer", "aside", "head",
)  # fmt: skip
# <header> is the page's banner, unless it holds the article's <h1> (an article header)
BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre center hr "
    "address figure figcaption caption form fieldset table tr tbody thead tfoot title body html".split()
)
_CJK = CJK_CHAR  # (clean/hanzi.py: the one definition of a Chinese character)
# A block whose class or id names page furniture (in English or in the pinyin initials Chinese sites use:
# dh 导航, bq 版权, wz 位置, fx 分享, dy 打印, xglj 相关链接) is chrome unless it holds much of the page's text
# (CHROME_CLASS_MAX_SHARE) or the article's <h1> (<div class="article-header">).
_CHROME_CLASS = re.compile(
    r"(?:header|head|top|topbar|banner|logo|nav|navbar|menu|footer|foot|bottom|copyright|copy|crumbs?|breadcrumbs?|"
    r"position|location|sidebar|side|share|toolbar|tools|print|related|links?|login|search|dh|bq|wz|fx|dy|xglj)\d*",
    re.IGNORECASE)
_CLASS_TOKENS = re.compile(r"[^\s_-]+")
CHROME_CLASS_MAX_SHARE = 0.2
_ICON_GLYPHS = re.compile("[\ue000-\uf8ff]")  # private-use characters: a site's icon font (share, print buttons)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TITLE_SITE_SEPARATOR = re.compile(r"\s*(?:_|\||｜|-+|—+|－)\s*")
_SITE_NAME = re.compile(r"(?:网站|门户|网|首页|人民政府|政府|统计局|公报库)$")
_DATE_META_NAMES = ("pubdate", "publishdate", "firstpublishedtime", "articlepubdate", "publish_date", "dcterms.issued", "created")
_TITLE_META_NAMES = ("articletitle", "title", "og:title")
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def read_html(text: str, encoding: str, source: str) -> Reading:
    """A decoded page -> Reading(main content text, encoding, hints). InputError when there is no text."""
    from lxml import etree
    from lxml import html as lxml_html

    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"web page that cannot be parsed ({exc})", path=source) from None
    hints = _hints(root)
    body = root.find("body")
    if body is None:
        body = root
    _drop_chrome(body, etree)
    main = _main_content(body)
    lines = _render(main)
    if not any(_CJK.search(line) for line in lines):
        if not any(lines):
            raise InputError("web page without text (no body)", path=source)
        raise InputError("web page without Chinese text", path=source)
    return Reading("\n".join(lines) + "\n", encoding, hints, kind="html")


# ------------------------------------------------------------------ hints


def _meta(root, names: tuple[str, ...]) -> str | None:
    found = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").strip().lower()
        if name in names and (meta.get("content") or "").strip():
            found.setdefault(name, meta.get("content").strip())
    return next((found[n] for n in names if n in found), None)


def _hints(root) -> dict:
    hints: dict = {}
    title = _meta(root, _TITLE_META_NAMES)
    if not title:
        element = root.find(".//title")
        page_title = _SPACES.sub(" ", element.text_content()).strip() if element is not None else ""
        # 2025年…统计公报_统计公报_某某市人民政府: the document's title comes first, then its section and the site's name
        parts = [p for p in _TITLE_SITE_SEPARATOR.split(page_title) if _CJK.search(p) and not _SITE_NAME.search(p)]
        title = parts[0] if parts else None
    if title:
        hints["page_title"] = _SPACES.sub(" ", title).strip()
    date = _meta(root, _DATE_META_NAMES)
    m = _DATE.search(date or "")
    if m:
        y, mo, d = (int(g) for g in m.groups())
        if 1949 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
            hints["page_date"] = f"{y:04d}-{mo:02d}-{d:02d}"
    return hints


# ------------------------------------------------------------------ chrome


def _drop(element) -> None:
    """Remove an element with what it holds, keeping the text that follows it (its tail) in its parent."""
    element.drop_tree()


def _cjk_count(element) -> int:
    return len(_CJK.findall(element.text_content()))


def _link_cjk(element) -> int:
    return sum(len(_CJK.findall(a.text_content())) for a in element.iter("a"))


def _drop_chrome(body, etree) -> None:
    for node in list(body.iter(etree.Comment, etree.ProcessingInstruction)):
        if node.getparent() is not None:
            node.drop_tree()
    for element in list(body.iter(*DROPPED_TAGS)):
        if element.getparent() is not None:
            _drop(element)
    for element in list(body.iter("header")):
        if element.getparent() is not None and next(element.iter("h1"), None) is None:
            _drop(element)
    for element in list(body.iterdescendants()):
        # (not <body> itself: pages hide it until their scripts have run, <body style="visibility:hidden">)
        if element.getparent() is not None and _HIDDEN.search(element.get("style") or ""):
            _drop(element)
    total = _cjk_count(body)
    for element in list(body.iter("div", "ul", "ol", "dl", "table", "section", "p", "span", "td")):
        if element.getparent() is None or not _chrome_class(element):
            continue
        if next(element.iter("h1"), None) is None and _cjk_count(element) <= CHROME_CLASS_MAX_SHARE * total:
            _drop(element)
    # menus and link lists: inner blocks first, so a whole menu goes when its items went
    for element in reversed(list(body.iter("ul", "ol", "dl", "div", "table", "tr", "td", "p", "li", "span"))):
        if element.getparent() is None or next(element.iter("h1", "h2", "h3"), None) is not None:
            continue  # a title is often a link to its own page
        total = _cjk_count(element)
        links = _link_cjk(element)
        if links and links > LINK_SHARE * total and total - links < LINK_BLOCK_OWN_CHARS:
            _drop(element)


# ------------------------------------------------------------------ main content


def _chrome_class(element) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return any(_CHROME_CLASS.fullmatch(token) for token in _CLASS_TOKENS.findall(names))


def _main_content(body):
    total = _cjk_count(body)
    if total == 0:
        return body
    articles = [a for a in body.iter("article") if _cjk_count(a) >= 0.5 * total]
    main = articles[0] if articles else body
    while not articles:
        inner = next((c for c in main if isinstance(c.tag, str) and _cjk_count(c) >= MAIN_SHARE * total), None)
        if inner is None:
            break
        main = inner
    # widen over the title and date lines a content div leaves outside it
    while main is not body and main.getparent() is not body:
        parent = main.getparent()
        own, wider = _cjk_count(main), _cjk_count(parent)
        if wider - own > WIDEN_CHARS:
            break
        main = parent
    return main


# ------------------------------------------------------------------ text


def _render(element) -> list[str]:
    out: list[str] = []
    _render_into(element, out, top=True)
    text = _ICON_GLYPHS.sub("", "".join(out))
    return [line.strip() for line in text.split("\n") if line.strip()]


def _render_into(element, out: list[str], top: bool = False, pre: bool = False) -> None:
    """Append `element`'s text to `out`; inside <pre> (a text saved as a page: LibreOffice, some CMSs) the
    line breaks and spaces are the text's own and are kept, elsewhere white space collapses as a browser shows it."""
    tag = element.tag if isinstance(element.tag, str) else ""
    pre = pre or tag in ("pre", "textarea", "listing", "plaintext", "xmp")
    flow = (lambda t: t) if pre else (lambda t: _SPACES.sub(" ", t))  # noqa: E731
    if tag == "br":
        out.append("\n")
    elif tag == "table" and not _is_layout_table(element):
        out.append("\n")
        for row in _rows(element):
            cells = [_cell_text(c) for c in row]
            if any(cells):
                out.append(CELL_SEPARATOR.join(cells).strip() + "\n")
    else:
        block = tag in BLOCK_TAGS or tag in ("td", "th", "pre")
        if block:
            out.append("\n")
        if element.text:
            out.append(flow(element.text))
        for child in element:
            _render_into(child, out, pre=pre)
        if block:
            out.append("\n")
    if element.tail and not top:
        out.append(_SPACES.sub(" ", element.tail) if not pre or tag in ("pre", "textarea") else element.tail)


def _rows(table) -> list[list]:
    rows = []
    for tr in table.iter("tr"):
        if _nearest_table(tr) is table:
            rows.append([c for c in tr if c.tag in ("td", "th")])
    return rows


def _nearest_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _is_layout_table(table) -> bool:
    if any(t is not table for t in table.iter("table")):
        return True
    rows = _rows(table)
    if not rows or all(sum(1 for c in row if c.text_content().strip()) <= 1 for row in rows):
        return True
    return any(len(c.text_content().strip()) > LAYOUT_CELL_CHARS for row in rows for c in row)


def _cell_text(cell) -> str:
    parts: list[str] = []
    for child_text in cell.itertext():
        parts.append(child_text)
    return _SPACES.sub(" ", "".join(parts).replace("\u3000", " ")).strip().replace("|", "｜")
