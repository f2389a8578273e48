"""Words around a body that name it rather than another body: a party group's post joined to the head's post of its
body (甲局党组书记、局长) names the body, not its party group; a pronoun before a body's kind (你合作社, 该商行) stands
for the body named elsewhere, and is no name of its own."""

from __future__ import annotations

from policykg.ingest.extract.unit_references import addressed
from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_party_secretary_who_heads_the_bureau_names_the_bureau() -> None:
    assert names("宜昌市生态环境局党组书记、局长张三出席") == ["宜昌市生态环境局"]


def test_a_party_group_member_and_deputy_head_names_the_bureau() -> None:
    assert names("市水务局党组成员、副局长李四带队检查") == ["市水务局"]


def test_a_party_groups_post_alone_still_names_the_group() -> None:
    assert names("宜昌市政府办公室党组书记王五") == ["宜昌市政府办公室党组"]


def test_a_pronoun_and_a_kind_are_no_name() -> None:
    assert names("你合作社违反了规定,该商行已停业") == []


def test_a_decisions_you_cooperative_refers_to_its_addressee() -> None:
    text = "行政处罚决定书\n甲乙农业专业合作社:\n经查,你合作社未批先建。"
    assert [(m.surface, m.name) for m in addressed(text, find_units(text))] == [("你合作社", "甲乙农业专业合作社")]
