"""Plain text (.txt, .md) in any of the encodings Chinese publishers use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from policykg.graph.errors import RejectedFile

if TYPE_CHECKING:
    from . import Decoded

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Tries BOMs, UTF-8, then GB18030; refuses binary data."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc.replace("-sig", "")
    if b"\x00" in data[:4096]:
        raise RejectedFile("binary data (NUL bytes) in a text file")
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise RejectedFile("the file is in no encoding policykg recognizes (tried UTF-8, UTF-16, GB18030)")


def read(data: bytes) -> Decoded:
    from . import Decoded

    text, encoding = decode(data)
    return Decoded(text=text, format="txt", encoding=encoding)
