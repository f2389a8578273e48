"""Plain text (.txt, .md) in any of the encodings Chinese publishers use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .encoding import decode

if TYPE_CHECKING:
    from . import Decoded


def read(data: bytes) -> Decoded:
    from . import Decoded

    text, encoding = decode(data)
    return Decoded(text=text, format="txt", encoding=encoding)
