"""Projects named in a list: 凤凰岛二期、海花岛和东郊椰林湾等围填海项目.

The names enumerated before 等(…)项目 / 等(…)工程 are the projects themselves, named after the island, bay or site
they build on. Such a name is not a mention of a place or a bay (东郊椰林湾 is a reclamation project, not a bay),
so the caller keeps places and bays out of these spans; the same island named elsewhere is still a place. The list
must end in a project word that says what was built (围填海, 建设 …) or in 项目 alone: in 美舍河、大同沟等水体治理
项目 the names are the waters a project treats, and they stay waters.
"""

from __future__ import annotations

import re

from .names import LEADING, cut_after_leading

# 等 + an optional count (3个) + an optional word for what kind of project + 项目 / 工程; not 等市县建设项目, where
# the names listed are the places the projects are in.
_LIST_END = re.compile(
    r"等(?![市县区省地城乡镇村])(?:[\d一二三四五六七八九十两几多]+[个宗处座])?"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:围填海|填海|围海|用海|建设|开发|房地产|旅游))?(?:项目|工程)"
)
# A list runs back over Chinese characters (月岛 holds a date word) to the punctuation before it.
_CJK = re.compile(r"[\u3400-\u9fff、]")
# What joins the names of a list.
_SEPARATORS = set("、和及与")
_LIST_LIMIT = 80
# Verbs a list of projects follows, besides those that precede any name.
_VERBS = (*LEADING, "加快", "推动", "整改", "拆除", "清理", "评估", "验收")


def project_lists(text: str) -> list[tuple[int, int]]:
    """The spans of the names listed before 等…项目, one span per list.

    >>> t = "推进凤凰岛二期、海花岛和东郊椰林湾等围填海项目的整改"
    >>> [t[a:z] for a, z in project_lists(t)]
    ['凤凰岛二期、海花岛和东郊椰林湾']
    """
    out = []
    for m in _LIST_END.finditer(text):
        end = a = m.start()
        while a > 0 and end - a < _LIST_LIMIT and _CJK.match(text[a - 1]):
            a -= 1
        while a < end and text[a] in _SEPARATORS:
            a += 1
        first_end = next((i for i in range(a, end) if text[i] == "、"), end)
        a = cut_after_leading(text, a, first_end, keep=1, words=_VERBS)  # 推进凤凰岛二期: after the verb
        if a < end:
            out.append((a, end))
    return out
