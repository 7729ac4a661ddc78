"""Step 1 — decode: bytes to text, reporting the encoding found.

Order of the checks, and why:
1. nothing but whitespace -> InputError("empty file").
2. a known binary signature (PNG, ZIP/.docx, PDF, JPEG, OLE .doc/.xls ...) ->
   InputError("binary file (...)"): an analyst who saves the wrong link gets told so.
3. a byte-order mark names the encoding: UTF-8, UTF-16/32 LE/BE, GB18030.
4. NUL bytes: UTF-16 without a BOM when the NULs sit on every other byte
   (ASCII-heavy UTF-16 text), otherwise binary.
5. UTF-8 when it decodes strictly (it almost never does by accident).
6. otherwise GBK/GB18030, Big5 (and BOM-less UTF-16) are all tried. GBK and
   Big5 each decode many byte strings, so every strict decoding is scored by how
   common its characters are (data/common_hanzi.tsv, simplified and traditional
   forms) and the most natural one wins; a `<meta charset>` declaration breaks ties.
7. no strict decoding: the best-scoring one with at most `MAX_BAD_SHARE` bad
   sequences, each replaced by U+FFFD (the mojibake step can repair the run that
   follows a lost byte); otherwise InputError("cannot decode as ...").

The text comes back without a BOM and with LF line endings.
"""

from __future__ import annotations

import re

from govreport.clean.hanzi import char_costs
from govreport.errors import InputError

CANNOT_DECODE = "cannot decode as UTF-8, GB18030, Big5 or UTF-16"
# A handful of bad bytes in a long legacy file (a truncated character, one
# corrupted byte) should not cost the analyst the document.
MAX_BAD_SHARE = 0.001
SCORE_SAMPLE = 20_000  # characters scored per candidate decoding
# A decoding whose non-ASCII characters average more surprise than this (bits,
# hanzi.char_cost) is not Chinese text; real documents score 7-9.
MAX_TEXT_COST = 12.0

_SIGNATURES: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"PK\x03\x04", "ZIP archive, e.g. .docx or .xlsx"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"%PDF-", "PDF document"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE file, e.g. .doc or .xls"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet file"),
]

_BOMS: list[tuple[bytes, str]] = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\x84\x31\x95\x33", "gb18030"),
]

_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_ASCII_RUN = re.compile("[\x00-\x7f][\x00-\x7f]*")  # (not `[…]+`: re skips ahead only to a leading class)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
BINARY_MIN_CONTROLS = 8  # control characters a text may hold in any case (a stray form feed, BEL ...)
_META_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
_DECLARED_FAMILY = {
    "gb2312": "gbk", "gbk": "gbk", "gb18030": "gbk", "x-gbk": "gbk", "cp936": "gbk",
    "big5": "big5", "big5-hkscs": "big5", "cp950": "big5", "x-x-big5": "big5", "big5hkscs": "big5",
    "utf-8": "utf-8", "utf8": "utf-8",
}  # fmt: skip


def decode_bytes(data: bytes, path: str = "-") -> tuple[str, str]:
    """Decode one raw file; returns (text, encoding name). Raises InputError if it is not text."""
    if not data.strip():
        raise InputError("empty file", path=path)
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"binary file ({kind}), not text", path=path)

    text, encoding = _decode(data, path)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError("empty file", path=path)
    # In UTF-8 a control character is exactly one control byte (ASCII bytes never occur inside a
    # longer character), and bytes.translate counts those far faster than re scans the text.
    few_controls = encoding == "utf-8" and len(data) - len(data.translate(None, _CONTROL_BYTES)) <= BINARY_MIN_CONTROLS
    if not few_controls and _looks_binary(text):
        raise InputError("binary file (control characters), not text", path=path)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding


def _decode(data: bytes, path: str) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec.removesuffix("-sig")), codec
            except UnicodeDecodeError:
                raise InputError(f"{CANNOT_DECODE} (byte-order mark says {codec})", path=path) from None

    if b"\x00" in data:
        return _decode_with_nuls(data, path)

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass

    declared = _declared_family(data)
    candidates: list[tuple[float, int, str, str]] = []
    for order, codec in enumerate(("gbk", "gb18030", "cp950", "big5hkscs", "utf-16-le", "utf-16-be")):
        if codec.startswith("utf-16") and len(data) % 2:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "gb18030" and any(c[2] == "gbk" for c in candidates):
            continue  # GBK already decoded it: same text, the narrower name says more
        if codec == "big5hkscs" and any(c[2] == "cp950" for c in candidates):
            continue  # cp950 (Big5 as Windows writes it) already decoded it
        cost = text_cost(text)
        if cost > MAX_TEXT_COST:
            continue  # decodes, but into characters no Chinese text is made of
        if declared and _family(codec) == declared:
            cost -= 1.0
        candidates.append((cost, order, codec, text))
    if candidates:
        _, _, codec, text = min(candidates)
        return text, _report_name(codec)

    # Nothing decodes strictly: accept a few replaced bytes, never many.
    tolerant: list[tuple[float, int, str, str]] = []
    for order, codec in enumerate(("utf-8", "gb18030", "big5hkscs")):
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        readable = len(text) - bad - sum(ch.isspace() for ch in text[:SCORE_SAMPLE])
        if bad <= max(1, MAX_BAD_SHARE * len(text)) and readable > 10 * bad and text_cost(text) <= MAX_TEXT_COST:
            tolerant.append((text_cost(text), order, codec, text))
    if tolerant:
        _, _, codec, text = min(tolerant)
        return text, _report_name(codec)
    raise InputError(CANNOT_DECODE, path=path)


def text_cost(text: str) -> float:
    """Mean surprise, in bits, of the non-ASCII characters at the start of `text` (lower = more natural)."""
    sample = _ASCII_RUN.sub("", text[:SCORE_SAMPLE])
    if not sample:
        return 0.0
    return sum(map(char_costs().__getitem__, sample)) / len(sample)


def _decode_with_nuls(data: bytes, path: str) -> tuple[str, str]:
    """UTF-16 without a BOM, or binary.

    ASCII characters in UTF-16 carry a NUL byte, on the odd side in LE; Chinese
    ones only for code points ending in 00 (一 U+4E00, the ideographic space
    U+3000). So the side with more NULs is tried first, and a decoding counts
    only if it reads as text.
    """
    if len(data) % 2 == 0:
        sample = data[:65536]
        le_first = sample[1::2].count(0) >= sample[0::2].count(0)
        for codec in ("utf-16-le", "utf-16-be") if le_first else ("utf-16-be", "utf-16-le"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if not _looks_binary(text) and text_cost(text) <= MAX_TEXT_COST:
                return text, codec
    raise InputError("binary file (NUL bytes), not text", path=path)


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    return controls > max(BINARY_MIN_CONTROLS, 0.01 * len(sample))


def _declared_family(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return _DECLARED_FAMILY.get(m.group(1).decode("ascii").lower()) if m else None


def _family(codec: str) -> str:
    if codec in ("gbk", "gb18030"):
        return "gbk"
    if codec in ("big5", "cp950", "big5hkscs"):
        return "big5"
    return codec


def _report_name(codec: str) -> str:
    return {"cp950": "big5", "big5hkscs": "big5"}.get(codec, codec)
