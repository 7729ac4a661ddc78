"""Readers by format: a raw file's bytes to plain text, chosen by what the bytes are.

The format is read from the bytes (a saved page is often named .htm although it
is a PDF, or has no extension at all), not from the file name:

- ``%PDF-``                      -> pdf.read_pdf (text layer, page chrome dropped)
- ``PK`` zip with word/document.xml -> docx.read_docx (paragraphs and tables in order)
- OLE2 (``D0 CF 11 E0``), .doc / .wps -> one-line error: convert to .docx
- a web archive (.mht/.mhtml: MIME multipart/related) -> its text/html part, then as a web page
- text that starts like a web page (``<!DOCTYPE html``, ``<html``, ``<head``, ``<meta`` ..., or a
  saved fragment opening with a tag and closing a few block tags)
                                 -> html.read_html (main content, tables as rows)
- any other text                 -> returned as decoded (decode.decode_bytes)

Each reader imports its library when it is called, so `govreport --help` does not.
A reader returns a `Reading`: the text the later clean steps work on, the
encoding (or the format, for binary formats) and metadata hints (`page_title`,
`page_date`) that metadata detection may use when the text itself says nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from govreport.errors import InputError

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# How far into a file a PDF header may start (some servers prepend a few bytes).
PDF_HEADER_WINDOW = 1024
# A page starts, after optional whitespace, a BOM or an XML declaration, with one of these.
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|title|body|base|link)\b",
    re.IGNORECASE | re.DOTALL,
)
HTML_SNIFF_CHARS = 4096
# A fragment of a page saved without its <html> (starts with a tag and closes block tags)
_HTML_FRAGMENT = re.compile(r"</(?:p|div|span|td|tr|table|li|h[1-6])\s*>|<br\s*/?>", re.IGNORECASE)
HTML_FRAGMENT_MIN_TAGS = 3
# A page saved as one file (.mht/.mhtml, "Web Archive, single file"): a MIME message around the page
_MHTML_HEAD = re.compile(rb"(?:From|MIME-Version|Content-Type|Subject|Date|Snapshot-Content-Location):", re.IGNORECASE)


@dataclass
class Reading:
    """What a reader made of one file."""

    text: str
    encoding: str  # the text encoding found, or the format of a binary file (pdf, docx)
    hints: dict = field(default_factory=dict)  # page_title, page_date
    kind: str = "text"  # the format read: text, html, pdf, docx


def sniff(data: bytes) -> str:
    """The format of a raw file from its bytes: pdf, docx, ole2, zip, mhtml or text."""
    if data.startswith(PDF_MAGIC) or PDF_MAGIC in data[:PDF_HEADER_WINDOW]:
        return "pdf"
    if data.startswith(ZIP_MAGIC):
        return "docx" if b"word/" in data[:65536] or b"word/" in data[-65536:] else "zip"
    if data.startswith(OLE2_MAGIC):
        return "ole2"
    head = data[:4096]
    if b"multipart/related" in head.lower() and _MHTML_HEAD.match(head.lstrip()):
        return "mhtml"
    return "text"


def looks_like_html(text: str) -> bool:
    """A decoded text that starts like a web page, or a page's fragment (<div>…</div><p>…</p>)."""
    head = text[:HTML_SNIFF_CHARS].lstrip("\ufeff")
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_HTML_FRAGMENT.findall(head)) >= HTML_FRAGMENT_MIN_TAGS


def _page_of_web_archive(data: bytes, source: str) -> bytes:
    """The HTML page inside a .mht/.mhtml file (its first text/html part, transfer encoding undone)."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if payload:
                return payload
    raise InputError("web archive (.mht) without a web page in it", path=source)


def read_raw(data: bytes, source: str) -> Reading:
    """One raw file's bytes -> Reading. Raises InputError naming the file when it cannot be read."""
    # (a note mark between a name and its figure, 地区生产总值[2]2381.46亿元, is removed for every kind of
    # input by clean/normalise.py)
    return _read(data, source)


def _read(data: bytes, source: str) -> Reading:
    fmt = sniff(data)
    if fmt == "pdf":
        from govreport.clean.readers.pdf import read_pdf

        return read_pdf(data, source)
    if fmt in ("docx", "zip"):
        from govreport.clean.readers.docx import read_docx

        return read_docx(data, source)
    if fmt == "ole2":
        raise InputError(
            "Word 97-2003 or WPS file (.doc/.wps), which govreport cannot read: convert it to .docx "
            "(soffice --headless --convert-to docx FILE, or Save As in Word/WPS)", path=source,
        )
    if fmt == "mhtml":
        data = _page_of_web_archive(data, source)
    from govreport.clean import decode

    text, encoding = decode.decode_bytes(data, path=source)
    if looks_like_html(text):
        from govreport.clean.readers.html import read_html

        return read_html(text, encoding, source)
    return Reading(text, encoding)
