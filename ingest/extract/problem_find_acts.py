"""Findings stated as an act or a sight, whoever is at fault: the ways of evading oversight that Chinese
environmental law lists, and what a patrol sees and smells.

* Evading oversight (逃避监管): the water and air pollution laws (水污染防治法 第三十九条, 大气污染防治法 第二十条)
  name the ways: a hidden pipe or outfall (私设暗管, 隐蔽排口), tampering with monitoring (人为关闭自动监测设施,
  篡改、伪造监测数据, 干扰监测设备) and running pollution-control facilities abnormally (不正常运行防治污染设施).
  Each is a finding wherever a case, a report or an inspection states it.
* Refuse left lying (垃圾成堆, 粪污堆积, 垃圾随处可见, 垃圾无序堆放), a stench (臭气熏天, 散发出难闻气味), smoke
  (常年冒黑烟) and a nuisance named by whom it disturbs (异味扰民): what a river patrol, an unannounced visit or a
  complaint reports as the fault of a place.

A clause that says the act or the sight is absent, forbidden or removed (无垃圾堆积, 没有异味, 清理堆积的垃圾)
states none. ingest/extract/problem_findings.py adds these spans after its own rules. All functions are pure and
work on normalized text.
"""

from __future__ import annotations

import re

_HIDDEN_OUTLET = re.compile(
    r"(?:私设|私自设置|偷设|暗设)的?(?:\d+根|\d+个|一根|一个)?(?:暗管|暗渠|排污管道?|排水管道?|排污口|排口)"
    r"|隐蔽(?:的)?排(?:污|水)?口|暗管(?:排污|偷排|直排)"
)
"""A hidden pipe or outfall (私设暗管, 私设的暗管, 隐蔽排口, 暗管偷排)."""
_TAMPERED = re.compile(
    r"(?:人为|擅自|私自|违规|故意|恶意)?(?:关闭|关停|停运|拆除|干扰|干预|屏蔽|破坏|删除|篡改|伪造)(?:、(?:篡改|伪造))?"
    r"[^\s,,;;:。、]{0,12}?(?:(?:监测|监控|数采|采样)[^\s,,;;:。、]{0,6}?(?:设施|设备|装置|仪器|仪|系统|探头|数据|参数)"
    r"|(?<=篡改)[^\s,,;;:。、]{0,6}?数据|(?<=伪造)[^\s,,;;:。、]{0,6}?数据)"
)
"""Tampering with monitoring (人为关闭化学需氧量自动监测设施, 干扰在线监测设备, 篡改CEMS数据)."""
_MISRUN = re.compile(r"(?:非正常|不正常)运行(?:的)?[^\s,,;;:。、的]{0,10}?(?:设施|设备|装置)")
"""Running pollution-control facilities abnormally, the law's last way of evading oversight (不正常运行大气污染防治
设施, 对非正常运行设施进行整治)."""
_WASTE = r"(?:生活|建筑|工业|农业|养殖|废弃)?(?:垃圾|杂物|粪污|粪便|渣土|废弃物|秸秆|固废)(?:杂物|和杂物)?"
_PILED = re.compile(
    _WASTE + r"(?:成堆|堆积(?:如山)?|随处可见|遍地|遍布|无序堆放|乱堆乱放|乱堆乱倒|乱堆|堆放过多)"
)
"""Refuse left lying (垃圾成堆, 粪污堆积, 沟内垃圾随处可见, 垃圾无序堆放)."""
_STENCH = re.compile(
    r"臭气熏天|恶臭(?:难闻|扑鼻|熏天|熏人)|(?:气味|臭味)(?:恶臭难闻|恶臭|刺鼻|熏人|难闻)"
    r"|(?:散发出?|发出)?(?:难闻|刺鼻)的?(?:气味|臭味|异味)|(?:散发出?|发出)恶臭"
)
"""A stench a patrol or a complaint reports (臭气熏天, 散发出难闻气味, 气味恶臭难闻)."""
_SMOKE = re.compile(r"(?:常年|长期|经常|持续|频繁)?冒(?:出)?(?:黑烟|浓烟|黄烟)")
"""Smoke a chimney or a furnace is seen to give off (常年冒黑烟)."""
_NUISANCE = re.compile(r"(?:异味|臭味|恶臭|噪声|噪音|油烟|废气|粉尘|灰尘|扬尘|光污染|振动)扰民")
"""A nuisance named by the residents it disturbs (异味扰民, 噪声扰民), as complaints and patrols state it."""
_NOT_SO = re.compile(r"无|没有|未见|不再|杜绝|防止|避免|严禁|禁止|清理|清除|清运|确保|消除|减少")
"""Words before an act or a sight in its clause that say it is absent, forbidden or removed."""
_CLAUSE_STOPS = ",,;;:。!?\n"


def acts_and_sights(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in text[start:end] of hidden outfalls, tampering with monitoring, facilities run abnormally, refuse left
    lying, stenches, smoke and nuisances.

    >>> t = "甲公司私设暗管,人为关闭自动监测设施;乙村沟渠边粪污堆积,臭气熏天。"
    >>> [t[a:b] for a, b in acts_and_sights(t, 0, len(t))]
    ['私设暗管', '人为关闭自动监测设施', '粪污堆积', '臭气熏天']
    """
    out: list[tuple[int, int]] = []
    for pattern in (_HIDDEN_OUTLET, _TAMPERED, _MISRUN):
        out.extend(m.span() for m in pattern.finditer(text, start, end))
    for pattern in (_PILED, _STENCH, _SMOKE, _NUISANCE):
        for m in pattern.finditer(text, start, end):
            clause = max(start, *(text.rfind(c, start, m.start()) + 1 for c in _CLAUSE_STOPS))
            if not _NOT_SO.search(text, clause, m.start()):
                out.append(m.span())
    return out
