"""Step 1 — decode: bytes to text, reporting the encoding found. (stub: to be completed)"""

from __future__ import annotations

from govreport.errors import InputError


def decode_bytes(data: bytes, path: str = "-") -> tuple[str, str]:
    if not data.strip():
        raise InputError("empty file", path=path)
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise InputError("cannot decode", path=path)
