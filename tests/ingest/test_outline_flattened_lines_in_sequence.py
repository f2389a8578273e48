"""A flattened document cut into several long lines (a document viewer's chunks): a heading after a space in one
line may continue the numbering of the lines before it."""

from __future__ import annotations

from policykg.ingest.normalize import normalize
from policykg.ingest.outline import parse_outline

_FILL = "全镇各村组织人员清理沟渠垃圾,疏通排水管道,修复破损护栏,开展水质巡查,及时处置发现的问题," * 3


def headings(original: str) -> list[tuple[int, str, str]]:
    text, _ = normalize(original)
    return [(s.level, s.marker, s.title) for s in parse_outline(text)]


def test_a_number_continues_the_list_of_the_line_before() -> None:
    text = (f"现将工作总结如下: 一、工作开展情况 (一)健全组织体系 {_FILL}明确\n"
            f"责任。 (二)推进河道保洁 {_FILL}确保成效。 (三)强化巡查考核 {_FILL}完成。")
    assert headings(text) == [(1, "一、", "工作开展情况"), (2, "(一)", "健全组织体系"),
                              (2, "(二)", "推进河道保洁"), (2, "(三)", "强化巡查考核")]


def test_a_number_that_continues_nothing_before_is_no_heading() -> None:
    text = (f"现将工作总结如下: 一、工作开展情况 (一)健全组织体系 {_FILL}明确\n"
            f"责任。 (三)推进河道保洁 {_FILL}确保成效。")
    assert headings(text) == [(1, "一、", "工作开展情况"), (2, "(一)", "健全组织体系")]


def test_a_new_list_above_in_the_line_does_not_continue_the_old_one() -> None:
    text = (f"现将工作总结如下: 一、工作开展情况 (一)健全组织体系 {_FILL}明确\n"
            f"责任。 二、存在问题 {_FILL}不足。 (二)推进河道保洁 {_FILL}确保成效。")
    assert headings(text) == [(1, "一、", "工作开展情况"), (2, "(一)", "健全组织体系"), (1, "二、", "存在问题")]
