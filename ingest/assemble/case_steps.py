"""The steps of an enforcement case: an inspection of the party, the questioning, the evidence kept, the order to
correct, the penalty decided (对某公司进行现场检查, 下达《责令改正违法行为决定书》, 作出行政处罚决定). A case report
states its violation once and then tells the steps taken on it without naming it again, so a step that nothing else
links answers the violation stated last before it; the inspection that opens a case comes before what it found
(执法人员对某厂进行现场检查。经查,该厂未批先建), and answers the violation its paragraph goes on to state.
"""

from __future__ import annotations

import re

from .problem_index import DocumentProblems

_INSPECTION = r"(?:执法|现场|突击|监督)检查|进行了?(?:现场)?(?:检查|调查|核查|勘察|勘查)"
_STEP = re.compile(
    _INSPECTION + r"|调查询问|取证|立案|责令[^,,;;。]{0,8}?(?:改正|停止|整改|停产|拆除|恢复)|行政处罚|处罚决定|罚款|没收"
    r"|查封|扣押|登记保存|(?:下达|送达|下发|发出|制作)[^,,;;。]{0,30}?(?:决定书|通知书|告知书|催告书|笔录)"
)
"""Words of a step of enforcement procedure, as case reports and decisions write them."""
_QUOTED = re.compile(r"《[^《》]*》|“[^“”]*(?:”|$)")
"""A document's title or a law's words: a rule on penalties issued (出台《行政处罚程序规定》) or quoted (“…应当责令当事人
改正”) is no step of a case."""
_CAMPAIGN = re.compile(r"开展")
_PARTY = re.compile(r"该|你|对其|涉案|当事人")
"""A campaign launched (开展执法检查, 开展联合行动,共查处违法案件25起) is about many parties, no one case, unless the
sentence points at the party (对该公司开展现场检查)."""


def case_step(text: str, a: int, z: int) -> str:
    """"inspection" when text[a:z] tells the inspection of a party (对某厂进行现场检查), "step" when it tells
    another step of an enforcement case (调查询问, 责令改正, 作出行政处罚决定), else "".

    >>> [case_step(s, 0, len(s)) for s in ("执法人员对该厂进行现场检查。", "依法作出罚款5万元的行政处罚决定。")]
    ['inspection', 'step']
    >>> [case_step(s, 0, len(s)) for s in ("全县今年新建村级公厕5座。", "出台《行政处罚程序规定》等制度。")]
    ['', '']
    >>> case_step("全面开展执法检查。", 0, 9)
    ''
    """
    words = _QUOTED.sub(lambda m: "\u3000" * len(m[0]), text[a:z])
    m = _STEP.search(words)
    if not m or _CAMPAIGN.search(words) and not _PARTY.search(words):
        return ""
    return "inspection" if re.fullmatch(_INSPECTION, m[0]) else "step"


def found_later(problems: DocumentProblems, text: str, z: int) -> list[str]:
    """The problems first stated after `z` in the rest of its paragraph, those not inside another stated there:
    what an inspection that opens a case found (…进行现场检查。经查,该厂未依法报批环境影响评价文件)."""
    end = text.find("\n", z)
    end = len(text) if end < 0 else end
    after = [pid for pid, at in problems.first.items() if z <= at < end]
    if not after:
        return []
    first = min(problems.first[pid] for pid in after)
    s_end = min([i for i in (text.find(c, first, end) for c in "。;;") if i >= 0] + [end])
    return [pid for pid in after if problems.first[pid] <= s_end and problems.parent.get(pid) not in after]
