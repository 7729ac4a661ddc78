"""Step 1 — decode: encodings found, BOMs and line endings, empty/binary/undecodable input."""

from __future__ import annotations

import pytest

from govreport.clean.decode import CANNOT_DECODE, decode_bytes
from govreport.errors import InputError
from tests.support import seed

SIMPLIFIED = "洛龙区2023年国民经济和社会发展计划\n2022年，全区地区生产总值完成582.4亿元，增长5.2%，居全市第一。\n"
TRADITIONAL = "洛龍區2023年國民經濟和社會發展計劃\n2022年，全區地區生產總值完成582.4億元，增長5.2%，居全市第一。\n"


@pytest.fixture(scope="module")
def seed_001() -> str:
    return seed("001").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "data", "encoding"),
    [
        (SIMPLIFIED, SIMPLIFIED.encode("utf-8"), "utf-8"),
        (SIMPLIFIED, b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (SIMPLIFIED, SIMPLIFIED.encode("gbk"), "gbk"),
        (TRADITIONAL, TRADITIONAL.encode("gbk"), "gbk"),  # GBK holds traditional characters too
        (TRADITIONAL, TRADITIONAL.encode("big5"), "big5"),
        (TRADITIONAL, TRADITIONAL.encode("cp950"), "big5"),
        (SIMPLIFIED, b"\xff\xfe" + SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (SIMPLIFIED, b"\xfe\xff" + SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
        (SIMPLIFIED, SIMPLIFIED.encode("utf-16"), "utf-16-le"),
        (SIMPLIFIED, SIMPLIFIED.encode("utf-32"), "utf-32-le"),
    ],
    ids=["utf-8", "utf-8-bom", "gbk", "gbk-traditional", "big5", "cp950", "utf-16le-bom", "utf-16be-bom", "utf-16", "utf-32"],
)
def test_encoding_found_and_text_exact(text, data, encoding):
    assert decode_bytes(data, "doc.txt") == (text, encoding)


def test_gb18030_only_characters():
    # 𠀀 (U+20000) and the euro sign need GB18030's four-byte sequences.
    text = "统计公报 𠀀 €100，增长5%\n"
    assert decode_bytes(text.encode("gb18030"), "doc.txt") == (text, "gb18030")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_found_by_its_nul_bytes(seed_001, codec):
    text, found = decode_bytes(seed_001.encode(codec), "001.txt")
    assert (text, found) == (seed_001, codec)


def test_utf16_without_bom_mostly_chinese():
    # Chinese text in UTF-16 has few NUL bytes, and 一 (U+4E00) and the
    # ideographic space (U+3000) put some on the "wrong" side.
    text = "\u3000\u3000一、一般公共预算收入一亿元，一年一度。" * 20 + "2023\n"
    assert decode_bytes(text.encode("utf-16-le"), "doc.txt") == (text, "utf-16-le")


def test_big5_and_gbk_are_told_apart_on_real_text():
    import opencc

    traditional = opencc.OpenCC("s2t").convert(seed("004").read_text(encoding="utf-8"))
    as_big5 = traditional.encode("cp950", errors="replace")
    assert decode_bytes(as_big5, "004.txt") == (as_big5.decode("cp950"), "big5")
    as_gbk = traditional.encode("gbk", errors="replace")
    assert decode_bytes(as_gbk, "004.txt") == (as_gbk.decode("gbk"), "gbk")


def test_bom_stripped_and_line_endings_normalised():
    data = b"\xef\xbb\xbf" + "第一行\r\n第二行\r第三行\n".encode("utf-8")
    assert decode_bytes(data, "doc.txt") == ("第一行\n第二行\n第三行\n", "utf-8-sig")


def test_a_few_bad_bytes_in_a_long_legacy_file_are_replaced():
    data = (SIMPLIFIED * 200).encode("gbk")
    broken = data[:1000] + b"\xff" + data[1000:]
    text, found = decode_bytes(broken, "doc.txt")
    assert found == "gb18030"
    assert text.count("\ufffd") == 1 and "居全市第一" in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b" \n\t \r\n", "empty file"),
        (b"\xef\xbb\xbf", "empty file"),
        (b"\xff\xfe" + "\u3000\n".encode("utf-16-le"), "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image), not text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary file (ZIP archive, e.g. .docx or .xlsx), not text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "binary file (PDF document), not text"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "binary file (OLE file, e.g. .doc or .xls), not text"),
        (bytes(range(256)) * 4, "binary file (NUL bytes), not text"),
        (b"\x00" * 64, "binary file (NUL bytes), not text"),
        (b"\xff" * 101, CANNOT_DECODE),
        (b"\x81\x20" * 50, CANNOT_DECODE),
        (b"text\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10 more", "binary file (control characters), not text"),
    ],
)
def test_bad_input_is_one_clear_line(data, message):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "in/doc.txt")
    assert info.value.one_line() == f"in/doc.txt: {message}"


def test_seeds_decode_as_utf8():
    for prefix in ("000", "001", "002", "003", "004"):
        data = seed(prefix).read_bytes()
        text, found = decode_bytes(data, prefix)
        assert found == "utf-8" and text == data.decode("utf-8").replace("\r\n", "\n")
