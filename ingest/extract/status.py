"""Ledger fields a text states for its measures: the status (已完成整改, 已销号, 正在推进, 无法整改 …) and the
responsible units of a paragraph ((责任单位:省生态环境厅、省住房城乡建设厅))."""

from __future__ import annotations

import re

# Longer and more final wordings first: 已完成待销号 is not yet 已销号, 基本完成 is not 完成.
_STATUS: list[tuple[str, re.Pattern[str]]] = [
    ("无法整改", re.compile(r"无法(?:继续)?整改")),
    ("已完成待销号", re.compile(r"已?完成(?:整改)?待销号")),
    ("已销号", re.compile(r"已(?:经)?销号|销号完成")),
    ("基本完成", re.compile(r"基本完成")),
    ("需长期坚持", re.compile(r"长期坚持|长期持续整改|持续整改")),
    ("正在推进", re.compile(r"正在(?:推进|整改|实施|开展|建设|施工|组织)|持续推进|推进中|施工中")),
    ("未完成", re.compile(r"未完成|尚未(?:完成|整改|解决)")),
    ("完成", re.compile(r"(?:已|均|全部|按期)(?:经)?完成(?:整改)?|完成整改|整改到位|办结|通过验收")),
]


def find_status(sentence: str) -> dict[str, str]:
    """{"status": …} for the first status the sentence states, or {} when it states none.

    >>> find_status("36项问题均按期完成整改")
    {'status': '完成'}
    >>> find_status("其余2项已完成整改待销号")
    {'status': '已完成待销号'}
    >>> find_status("召开专题会议研究部署")
    {}
    """
    for status, pattern in _STATUS:
        if pattern.search(sentence):
            return {"status": status}
    return {}


_RESPONSIBLE = re.compile(r"(?:责任单位|牵头单位|责任部门|配合单位)\s*[::]\s*(?P<who>[^)。;;\n|]{2,80})")


def find_responsible(paragraph: str) -> str:
    """The responsible units a paragraph names in a 责任单位 field, as written, or "".

    >>> find_responsible("推进63条河流消劣。(责任单位:省生态环境厅、省水利厅,沿海各市负责落实)")
    '省生态环境厅、省水利厅,沿海各市负责落实'
    """
    m = _RESPONSIBLE.search(paragraph)
    return m["who"].strip() if m else ""
