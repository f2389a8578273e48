"""Phrases shaped like a problem that name none: a question, a condition, an absence, a worry or a purpose
(群众反映什么问题, 未发现违纪问题, 为追溯…问题), a count or a reference (其余问题, 90%的问题), an act on problems
(直面问题, 问题紧盯到底), a goal or an effort (实现…不退化) and an announcement that findings exist (但也存在一些问题).

All functions are pure.
"""

from __future__ import annotations

import re

from .problem_words import THINGS_AT_FAULT

_UNSTATED = re.compile(r"什么|哪些|何种|^(?:如有|如果|如若|倘若|假如|一旦|若(?!干))|某一|未发现|没有发现|不是问题|担心|^为了?(?!民)|转载|摘编|镜像|出现了?问题$")
"""A question, a condition (如有…, 一旦…), an example, an absence, a worry or a purpose asserts no problem (群众反映什么问题,
如有版权问题, 某一方面或某一问题, 未发现违纪问题, 再远也不是问题, 不用再担心灌溉问题, 为追溯浑浊水源头问题), nor does a
site's copyright notice (未经授权禁止转载、摘编) or a fault left unnamed (设备在保修期内出现问题)."""
_AIMED = re.compile(r"^(?:实现|确保|做到|力争|努力|积极(?!性)|切实|听取|盯紧|紧盯)")
"""A goal, an effort or a meeting's business opens a measure's words, not a finding's (实现水域不萎缩、生态不退化,
积极减轻违法行为, 听取某县汇报问题, 盯紧问题); 积极性不高 is a fault."""
_NO_FAULT = re.compile(
    r"(?:但|而|其中|对于?|[在将]?)"
    r"(?:其余|剩余|其他|其它|大?多数|少数|个别|部分|多种|各类|各种|基本|该|此类?|这些?|那些|上述|以上|相关|有关|一些"
    r"|\d+(?:\.\d+)?%|[\d一二三四五六七八九十两]+[个项条类处])?的?"
    r"(?:出现|直面|直指|促使|加快|分析了?|现将|提出|指出|发现了?|查找|整改|排查|督促指导|认识|面临|完善|发明)?的?"
    r"(?:困难和|共性和个性|一些)?问题(?:和不足)?|问题(?!线索|突出|严重|较多|多发|频发|仍|依然|尚未|未|" + THINGS_AT_FAULT + r").*"
)
"""A mention that counts, refers to or acts on problems without naming a fault (其余问题, 90%的问题, 直面问题,
提出的问题, 问题紧盯到底); 问题排口 and 问题企业 name things at fault, no act on problems."""
_CODE = re.compile(r"[\u4e00-\u9fff]?[A-Za-z\d\-_]{4,}问题")
"""A case number before 问题 (交办件X3AH2024…问题, cut to 件X3AH2024…问题) is the case's code, not the fault it names."""
_ANNOUNCED = re.compile(r"(?:存在着?|发现了?|也有)(?:一些|以下|如下|若干|不少)?(?:问题|不足)(?:和(?:不足|问题))?$")
"""A clause that announces findings (但督察也发现一些问题和不足; …,但也存在一些问题) names none of them."""


def announces_findings(clause: str) -> bool:
    """A clause that says findings exist without naming one (但也存在一些问题, 督察也发现一些问题和不足).

    >>> [announces_findings(t) for t in ("工作取得成效,但也存在一些问题", "部分设施运行不稳定")]
    [True, False]
    """
    return bool(_ANNOUNCED.search(clause))


def names_no_problem(title: str) -> bool:
    """A phrase that asks, denies, counts, refers to or announces problems without naming a fault.

    >>> [names_no_problem(t) for t in ("其余问题", "直面问题", "未发现违纪违法问题", "污水直排问题", "实现生态不退化")]
    [True, True, True, False, True]
    """
    return bool(_UNSTATED.search(title) or _NO_FAULT.fullmatch(title) or announces_findings(title)
                or _CODE.fullmatch(title) or _AIMED.search(title))
