"""References back: a measure that names no problem but points at what was just stated (对该情况进行了调查核实,
上述问题, 接到举报后, 针对存在的问题) answers the problems of the last sentence before it that stated any.
structure.py links by them only where nothing nearer links the measure."""

from __future__ import annotations

import bisect
import re

from .problem_index import DocumentProblems

_ANAPHORA = re.compile(
    r"(?:该|上述|此|这一|这些|以上)类?(?:违法)?(?:情况|问题|行为|信访件|举报件|事项|线索|案件|事实)|(?:接到|收到)?(?:举报|投诉)后"
    r"|^(?:为此|对此)[,,]|(?:针对|对)(?:[^,,。;;]{0,6}?中)?所?(?:排查|检查|督查|督察|暗访|巡查|巡察|巡视|审计)?"
    r"(?:存在|发现|查出|排查出|反映|指出|交办)的(?:这些|各类|相关)?问题"
    r"|(?:针对|对)(?:该|此|上述|这些|以上)[^,,。;;]{0,8}?(?:存在|发现|查出|反映|指出|交办|提出)的问题"
    r"|对(?:[^,,。;;]{0,6}?中)?存在问题的|(?:类似|同类)的?问题"
)
"""Words that refer back to the finding just stated (对该情况进行了调查核实, 接到举报后,执法人员立即赶赴现场,
为此,检查组…, 根据以上事实, 针对存在的问题, 对排查中发现的问题, 针对所反映的问题, 针对指出的问题,
防止类似问题再次发生, 针对该信访案件反映的问题, 对检查中存在问题的企业)."""
ANAPHORA_REACH = 400
"""How far back, in characters, a reference such as 该情况 looks for the problem it means."""


def refers_back(sentence: str) -> bool:
    """Whether the sentence refers back to a finding just stated (该情况, 上述问题, 接到举报后, 为此,)."""
    return bool(_ANAPHORA.search(sentence))


_CLAUSE_END = re.compile(r"[,,;;::。]")


def opens_with_reference(sentence: str) -> bool:
    """Whether the sentence's first clause refers back (针对上述问题,…; 对此,…; 某局将针对此次检查中存在的问题,…):
    such a clause sets what the rest of its paragraph works on, as a purpose that names a problem does."""
    m = _ANAPHORA.search(sentence)
    end = _CLAUSE_END.search(sentence)
    return bool(m) and (end is None or m.start() < end.start())


def refers_to(problems: DocumentProblems, sentences: list[tuple[int, int]], a: int) -> list[str]:
    """The problems a reference at `a` (上述问题, 针对存在的问题, 该情况) means: those the last sentence before it
    that stated any stated, within ANAPHORA_REACH characters; of a list (设施闲置、损坏等问题) the list, not its
    items. A heading's problem, stated in no sentence, is referred to alone."""
    before = [pid for pid, at in problems.first.items() if a - ANAPHORA_REACH <= at < a]
    if not before:
        return []
    last = max(before, key=problems.first.__getitem__)
    at = problems.first[last]
    k = bisect.bisect_right(sentences, (at, len(problems.b.text))) - 1
    if k < 0 or not sentences[k][0] <= at < sentences[k][1]:
        return [last]
    s0, s1 = sentences[k]
    return [pid for pid in before if s0 <= problems.first[pid] < s1 and pid not in problems.parent] or [last]
