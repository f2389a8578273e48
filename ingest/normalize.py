"""The normalized text that matching runs on, with a map back to the characters as published.

Normalization unifies full- and half-width forms (NFKC, character by character) and line ends. It keeps one
offset per normalized character, so every evidence span can be shown in the original text.
"""

from __future__ import annotations

import unicodedata


def normalize(original: str) -> tuple[str, list[int]]:
    """Return (text, offsets) where offsets[i] is the index in `original` of text[i]; one extra final entry.

    >>> normalize("（一）Ａ\\r\\n")
    ('(一)A\\n', [0, 1, 2, 3, 5, 6])
    """
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(original)
    while i < n:
        ch = original[i]
        if ch == "\r":
            out.append("\n")
            offsets.append(i)
            i += 2 if original[i + 1 : i + 2] == "\n" else 1
            continue
        norm = unicodedata.normalize("NFKC", ch) if ord(ch) > 0x7F else ch
        for c in norm or ch:
            out.append(c)
            offsets.append(i)
        i += 1
    offsets.append(n)
    return "".join(out), offsets
