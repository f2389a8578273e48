"""The Party Centre written as bare 中央: a body only where the text has it decide or ask something, as official
writing names the Centre with the committees below it (中央和省委关于…的部署要求, 中央、省委各项决策部署, 按照中央关于…).

中央 is far more often a word of something else: a campaign (中央生态环境保护督察, 中央、省环保督察), a fund (中央和省级资金),
a document (中央12号文件) or the middle of a place. It is taken as the Centre only where 关于 follows it, or the list
of levels after it (和省委, 、省、市委) names a committee or government and no campaign follows that list.
"""

from __future__ import annotations

import re

from .mention import Mention

CENTRE = "中共中央"
"""The Centre's full name, the node bare 中央 stands for."""

# One level in the list after 中央 (和省委, 、市, 及自治区政府, 和省级): its body, when it names one.
_LEVEL_ITEM = re.compile(r"[和、及与]?(?:自治区|省|市|州|县|区)(委(?!员)|政府|级)?")
# Inspection campaigns and their groups the Centre and the levels below run (中央和省委生态环境保护督察): no body.
_CAMPAIGN = re.compile(r"(?:生态环境保护|环境保护|生态环保|环保)?(?:督察|督查|巡视|巡察)")


def party_centre(text: str, units: list[Mention]) -> list[Mention]:
    """Mentions of 中共中央 where the text writes bare 中央 for it, outside the names `units` found (党中央, 中共中央).

    >>> [(m.name, m.start) for m in party_centre("落实中央和省委关于巡视工作的部署要求", [])]
    [('中共中央', 2)]
    >>> party_centre("配合中央和省委生态环境保护督察", []), party_centre("争取中央和省级资金", [])
    ([], [])
    """
    out = []
    for m in re.finditer("中央", text):
        i, z = m.span()
        if text[i - 1 : i] in ("党", "共") or any(u.start <= i and z <= u.end for u in units):
            continue
        j, committee = z, False
        while (item := _LEVEL_ITEM.match(text, j)) and item.end() > j:
            committee |= item.group(1) in ("委", "政府")
            j = item.end()
        if text.startswith("关于", j) or committee and not _CAMPAIGN.match(text, j):
            out.append(Mention("unit", CENTRE, "中央", i, z))
    return out
