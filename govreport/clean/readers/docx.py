"""Reader: a Word .docx file -> its paragraphs and tables' text in reading order.

A .docx is a zip whose word/document.xml holds the body: paragraphs (w:p) and
tables (w:tbl), in the order they are read. The standard library reads it
(zipfile + ElementTree), so no Word library is needed:
- a paragraph is one line: its runs' text (w:t), a tab (w:tab) as a space, a
  line break (w:br, w:cr) as a new line;
- a table is one line per row, its cells' text joined by html.CELL_SEPARATOR
  (`" | "`, as a web page's table); a cell holding several paragraphs joins
  them with a space; a table nested in a cell is read as part of the cell;
  a table used as a frame (one cell per row, or cells of running text) is
  read as the paragraphs it holds;
- content controls (w:sdt), insertions (w:ins) and smart tags are read through;
  deleted text (w:del), footnote references and field instructions are not text.
A zip without word/document.xml (an .xlsx, any other archive), or one that cannot
be opened, is an InputError naming the file.
"""

from __future__ import annotations

from govreport.clean.readers import Reading
from govreport.errors import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STRICT_NAMESPACE = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
DOCUMENT_XML = "word/document.xml"
MAX_DOCUMENT_XML = 200_000_000  # bytes of XML a .docx may unpack to (a zip bomb is refused)


def read_docx(data: bytes, source: str) -> Reading:
    import io
    import zipfile
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                info = archive.getinfo(DOCUMENT_XML)
            except KeyError:
                raise InputError("ZIP archive that is not a Word .docx (no word/document.xml)", path=source) from None
            if info.file_size > MAX_DOCUMENT_XML:
                raise InputError(f"Word .docx whose text unpacks to {info.file_size} bytes; too large", path=source)
            xml = archive.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError) as exc:
        raise InputError(f"damaged ZIP / Word .docx file ({exc})", path=source) from None
    # Word's "Strict Open XML" names the same elements in another namespace
    xml = xml.replace(STRICT_NAMESPACE, W[1:-1].encode())
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise InputError(f"Word .docx with damaged document.xml ({exc})", path=source) from None
    body = root.find(f"{W}body")
    lines: list[str] = []
    if body is not None:
        _read_blocks(body, lines)
    lines = [line.strip() for line in lines if line.strip()]
    if not lines:
        raise InputError("Word .docx without text", path=source)
    # (no hint from docProps' title: a template's title stays there across years)
    return Reading("\n".join(lines) + "\n", "docx", kind="docx")


def _read_blocks(parent, lines: list[str]) -> None:
    from govreport.clean.readers.html import CELL_SEPARATOR

    for child in parent:
        tag = child.tag
        if tag == f"{W}p":
            lines.extend(_paragraph_text(child).split("\n"))
        elif tag == f"{W}tbl":
            # its own rows (a nested table is read inside its cell), each cell's lines
            rows = [[_cell_lines(cell) for cell in row.findall(f"{W}tc")] for row in child.findall(f"{W}tr")]
            if _is_layout(rows):  # a frame around the text (one cell per row, or long cells): its paragraphs
                lines.extend(line for row in rows for cell in row for line in cell)
                continue
            for row in rows:
                cells = [" ".join(cell).replace("|", "｜") for cell in row]
                if any(cells):
                    lines.append(CELL_SEPARATOR.join(cells))
        elif tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}smartTag"):
            _read_blocks(child, lines)


def _cell_lines(cell) -> list[str]:
    inner: list[str] = []
    _read_blocks(cell, inner)
    return [s.strip() for s in inner if s.strip()]


def _is_layout(rows: list[list[list[str]]]) -> bool:
    from govreport.clean.readers.html import LAYOUT_CELL_CHARS

    if all(sum(1 for cell in row if cell) <= 1 for row in rows):
        return True
    return any(sum(len(line) for line in cell) > LAYOUT_CELL_CHARS for row in rows for cell in row)


def _paragraph_text(paragraph) -> str:
    out: list[str] = []
    for node in paragraph.iter():
        tag = node.tag
        if tag == f"{W}t":
            out.append(node.text or "")
        elif tag == f"{W}tab":
            out.append(" ")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag == f"{W}delText":
            continue
    return "".join(out)  # spaces kept as Word keeps them: runs of them mark paragraphs in a flattened text
