"""Tributaries named after a place rather than by a water's suffix (甲乙洞支流, 丙丁坪支流): official writing names
a small branch by the cave, hamlet or hill it runs from, and the branch is a river of its own, named X支流 as
written. A tributary of a named river (甲河支流) is left to the river's own name."""

from __future__ import annotations

import re

from .gazetteer import after_leading_words, may_be_name
from .mention import Mention
from .names import is_name_char

_TRIBUTARY = re.compile(r"([\u4e00-\u9fff]{2,6})支流")
# Characters of waters and of words that count or point: 汇水支流, 该河支流, 各支流 name no branch of their own.
_NOT_IN_NAME = set("水河江湖溪渠沟港涌海湾库塘流") | set("该本各其此这那每两多数几主大小")


def tributaries(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Each X支流 whose X is a name of two to four characters standing after a mark or a verb (整治甲乙洞支流,
    ,甲乙洞支流经过治理), where X is no common word, holds no water's character and overlaps no water found."""
    out = []
    for m in _TRIBUTARY.finditer(text):
        a = after_leading_words(text, m.start(1), m.end(1))
        z = m.end()
        stem = text[a : m.end(1)]
        opened = a > m.start(1) or a == 0 or not is_name_char(text[a - 1])
        if not opened or not 2 <= len(stem) <= 4:
            continue  # the name runs on before, no mark or verb opening it
        if not may_be_name(stem) or set(stem) & _NOT_IN_NAME or any(ch.isdigit() for ch in stem):
            continue
        if any(x < z and a < y for x, y in taken):
            continue
        out.append(Mention("river", stem + "支流", stem + "支流", a, z, {"kind": "river", "place": ""}))
    return out
