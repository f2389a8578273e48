"""Regulations: titles written in 《》, nesting handled by a stack."""

from __future__ import annotations

from .mention import Mention

_MAX_TITLE = 150


def find_titles(text: str) -> list[Mention]:
    """Every outermost and inner 《…》 title, with the span of its characters (brackets excluded).

    >>> [m.name for m in find_titles("关于报送《省委办公厅关于印发《方案》的通知》的请示")]
    ['方案', '省委办公厅关于印发《方案》的通知']
    """
    out: list[Mention] = []
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "《":
            stack.append(i)
            if len(stack) > 8:
                stack.pop(0)
        elif ch == "》" and stack:
            a = stack.pop()
            name = text[a + 1 : i]
            if 0 < len(name.strip()) <= _MAX_TITLE and "\n" not in name:
                out.append(Mention("regulation", name.strip(), name, a + 1, i))
        elif ch == "\n":
            stack.clear()
    return out
