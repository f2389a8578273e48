"""Persons: a three-character name after a role ends where a verb or an adverb of the dictionary begins, and the
words after a role that are themselves such a word are no name."""

from __future__ import annotations

from policykg.ingest.extract.persons import find_persons


def names(text: str) -> list[str]:
    return [m.name for m in find_persons(text)]


def test_a_three_character_name_before_what_the_person_does() -> None:
    assert names("党组成员、副局长甄立伟兼任办公室主任") == ["甄立伟"]
    assert names("副县长孙启明随同巡河") == ["孙启明"]


def test_a_two_character_name_before_a_verb_is_still_read_as_before() -> None:
    assert names("局长张平主持会议") == ["张平"]


def test_words_after_a_role_that_are_a_verb_or_an_adverb_are_no_name() -> None:
    assert names("深入学习总书记关于治水工作的重要论述") == []
    assert names("市委书记高度重视河湖治理") == []
