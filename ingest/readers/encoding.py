"""Character encodings of Chinese publications: UTF-8 (with or without BOM), GB18030/GBK, Big5, UTF-16.

The order of trust: a byte-order mark; UTF-16 recognised by where its zero bytes fall; strict UTF-8; a charset
the container declares; then the Chinese legacy encodings, with charset-normalizer judging which reads as
Chinese. Whatever is chosen must read as text: control characters or unassigned code points mean mojibake, and
the file is rejected.
"""

from __future__ import annotations

import unicodedata

import charset_normalizer

from policykg.graph.errors import RejectedFile

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)
_LEGACY = ("gb18030", "big5")
_HINT = "save the file as UTF-8 (or GB18030 / Big5 / UTF-16) text and ingest it again"
_MAX_CUT = 3
"""Bytes of a last character that a truncated file may lack (UTF-8 and GB18030 use up to four)."""
_MIN_CJK = 0.9
"""Share of ideographs and CJK punctuation that makes zero-free bytes UTF-16 Chinese rather than noise."""
_MIN_IDEOGRAPHS = 8
_MIN_COMMON = 0.97
_MAX_ODD = 0.005
"""Share of control or unassigned characters above which a decoding is mojibake. Private-use characters do not
count: word processors write bullets and rare characters there."""


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name) for the bytes of a text file, or raise RejectedFile.

    `declared` is an encoding the container names (an HTML meta charset). Valid UTF-8 wins over it (pages often
    keep a stale charset after conversion); otherwise it is tried before detection and kept if it decodes cleanly.

    >>> decode("一、总体要求".encode("gb18030"))
    ('一、总体要求', 'gb18030')
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _checked(data[len(bom):], codec, name)
    utf16 = _utf16_without_bom(data)
    found = _try(data, utf16) if utf16 else None
    if found:
        return found[0], "utf-16"
    if b"\x00" in data[:8192]:
        found = _utf16_ideographs(data)
        if found:
            return found
        raise RejectedFile("binary data (NUL bytes) where text was expected", _HINT)
    found = _try(data, "utf-8") or (_try(data, _canonical(declared)) if declared else None)
    found = found or _legacy(data) or _utf16_ideographs(data)
    if not found:
        raise RejectedFile("the file's characters decode as none of UTF-8, UTF-16, GB18030 or Big5 without mojibake",
                           _HINT)
    return found


def _legacy(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5, as charset-normalizer judges; bytes it finds incoherent in both are mojibake.

    Western single-byte text often decodes as GB18030 without error, into stray ideographs among Latin
    letters; charset-normalizer's coherence measure is what tells it apart from Chinese.
    """
    decoded = {c: r for c in _LEGACY if (r := _try(data, c))}
    whole = min((len(text.encode(c, errors="replace")) for c, (text, _) in decoded.items()), default=0)
    best = charset_normalizer.from_bytes(data[:whole], cp_isolation=list(_LEGACY)).best() if decoded else None
    if best is None:
        gb = decoded.get("gb18030")
        return gb if gb and _plain_simplified(gb[0]) else None
    return decoded.get(_canonical(best.encoding)) or decoded.get("gb18030") or next(iter(decoded.values()))


def _plain_simplified(text: str) -> bool:
    """Almost every ideograph within GB2312, the common simplified set: Chinese that charset-normalizer found
    odd for other reasons (private-use bullets), never Western text or Big5 misread, whose ideographs fall
    outside it."""
    ideographs = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if len(ideographs) < _MIN_IDEOGRAPHS:
        return False
    common = sum(1 for c in ideographs if _in_gb2312(c))
    return common >= _MIN_COMMON * len(ideographs)


def _in_gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _utf16_without_bom(data: bytes) -> str | None:
    """utf-16-le/be when zero bytes sit almost only at odd (or even) offsets, as in text with ASCII in it."""
    if len(data) < 4:
        return None
    sample = data[: min(8192, len(data) - len(data) % 2)]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > 4 * even:
        return "utf-16-le"
    if even > 4 * odd:
        return "utf-16-be"
    return None


def _utf16_ideographs(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text with no ASCII in it has no zero bytes to tell it by; it reads as ideographs and CJK punctuation."""
    for codec in ("utf-16-le", "utf-16-be"):
        found = _try(data, codec)
        if found and sum(_cjk(c) for c in found[0]) >= _MIN_CJK * len(found[0]):
            return found[0], "utf-16"
    return None


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "\n\r"


def _try(data: bytes, codec: str) -> tuple[str, str] | None:
    """The text if `codec` reads all of `data`, and not as mojibake."""
    try:
        text = _decode(data, codec)
    except (UnicodeDecodeError, LookupError):
        return None
    return (text, codec) if not _is_mojibake(text) else None


def _checked(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        text = _decode(data, codec)
    except UnicodeDecodeError as e:
        raise RejectedFile(f"the file says it is {name} but byte {e.start} is not valid {name}", _HINT) from e
    if _is_mojibake(text):
        raise RejectedFile(f"the file decodes as {name} only into control or unassigned characters (mojibake)", _HINT)
    return text, name


def _decode(data: bytes, codec: str) -> str:
    """Strict decoding, except that a last character cut off by truncation is dropped."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        if e.end < len(data) or len(data) - e.start > _MAX_CUT:
            raise
        return data[: e.start].decode(codec)


def _is_mojibake(text: str) -> bool:
    if not text:
        return False
    odd = sum(1 for ch in text if _odd(ch))
    return odd > max(1, _MAX_ODD * len(text))


def _odd(ch: str) -> bool:
    if ch in "\n\r\t\f\v":
        return False
    cat = unicodedata.category(ch)
    return cat in ("Cc", "Cn", "Cs") or ch == "\ufffd"


def _canonical(name: str) -> str:
    """Normalise an encoding label; GBK and GB2312 are read as their superset GB18030."""
    n = name.strip().lower().replace("_", "-")
    if n in ("gbk", "gb2312", "gb-2312", "cp936", "x-gbk", "euc-cn"):
        return "gb18030"
    if n in ("big5-hkscs", "cp950", "x-x-big5"):
        return "big5"
    return n
