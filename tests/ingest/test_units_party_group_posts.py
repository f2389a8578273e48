"""A post in a Party group written after the group's full name (某市政府办公室党组书记) names that group, not the office
it serves; the post after a short name (厅党组书记, 镇党委书记) or a committee's (区委书记) names no body."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_post_after_a_groups_full_name_names_the_group() -> None:
    assert names("巡察组向市政府办公室党组书记甲乙反馈") == ["巡察组", "市政府办公室党组"]
    assert names("市政府办公室党组成员参加") == ["市政府办公室党组"]


def test_a_post_after_a_short_name_names_no_body() -> None:
    assert names("厅党组书记、厅长甲乙") == []
    assert names("甲镇党委书记乙丙") == []
    assert names("区委书记甲乙讲话") == []
