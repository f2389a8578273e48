"""Word's automatic numbering, rendered as the text a reader sees (一、 (一) 1. ①), for the outline to find.

A paragraph numbered by Word carries no marker in its text: it names a numbering instance (numId) and a level
(ilvl), directly or through its style, and numbering.xml says how that level is counted and written ("%1、",
"(%1)") in which format (decimal, chineseCounting, decimalEnclosedCircle ...). Counters run per instance, and a
level's counter restarts when a shallower level advances.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

_CN = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True)
class Level:
    start: int
    fmt: str
    text: str


@dataclass
class Numbering:
    """The numbering definitions of one document, and the counters while its paragraphs are read in order."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)
    """numId -> ilvl -> how that level is written."""
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document) -> Numbering:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return cls()
        abstract = {a.get(qn("w:abstractNumId")): _levels(a) for a in root.iter(qn("w:abstractNum"))}
        levels = {}
        for num in root.iter(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None and ref.get(qn("w:val")) in abstract:
                levels[num.get(qn("w:numId"))] = abstract[ref.get(qn("w:val"))]
        return cls(levels)

    def marker(self, paragraph: Paragraph) -> str:
        """The marker Word shows before this paragraph ("" when it is not numbered), advancing the counters."""
        num_id, ilvl = _num_pr(paragraph)
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id or "", {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        text = levels[ilvl].text
        for k in range(ilvl, -1, -1):
            if f"%{k + 1}" in text and k in levels:
                n = counters.get(k, levels[k].start)
                text = text.replace(f"%{k + 1}", _format(n, levels[k].fmt))
        return "" if levels[ilvl].fmt in ("bullet", "none") else text


def _levels(abstract) -> dict[int, Level]:
    out = {}
    for lvl in abstract.iter(qn("w:lvl")):
        start = lvl.find(qn("w:start"))
        fmt = lvl.find(qn("w:numFmt"))
        text = lvl.find(qn("w:lvlText"))
        out[int(lvl.get(qn("w:ilvl"), "0"))] = Level(
            int(start.get(qn("w:val"), "1")) if start is not None else 1,
            fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
            text.get(qn("w:val"), "") if text is not None else "",
        )
    return out


def _num_pr(paragraph: Paragraph) -> tuple[str | None, int]:
    """(numId, ilvl) from the paragraph's own properties, else from its style and the styles it is based on."""
    candidates = [paragraph._p.pPr]
    style = paragraph.style if paragraph.part is not None else None
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for ppr in candidates:
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            return str(num_pr.numId.val), int(ilvl)
    return None, 0


def _format(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "chineseLegalSimplified",
               "taiwaneseCounting", "ideographTraditional"):
        return _chinese(n)
    if fmt == "ideographDigital":
        return "".join(_CN[int(d)] for d in str(n))
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def _chinese(n: int) -> str:
    """1..99 in Chinese numerals: 一, 十, 十二, 二十, 二十三."""
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out
