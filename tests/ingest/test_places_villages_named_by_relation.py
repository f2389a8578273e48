"""A village, community or town named by its relation to the matter (属地村, 所在社区, 挂钩村) is no place: official
writing assigns a duty to whichever one is concerned, and names none. A name of the same form is still a place."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def places(text: str) -> list[str]:
    return [m.surface for m in find_places(text)]


def test_the_local_village_or_community_is_no_place() -> None:
    assert places("要求有关部门和属地村加强巡查") == []
    assert places("属地社区干部多次上门劝导") == []
    assert places("由所在街道负责督促整改") == []


def test_the_villages_a_cadre_is_paired_with_are_no_place() -> None:
    assert places("落实镇干部挂钩村、结对村制度") == []


def test_villages_with_names_are_still_places() -> None:
    assert places("督促属地甲乙村和丙丁社区落实责任") == ["甲乙村", "丙丁社区"]
    assert places("胜利村召开会议") == ["胜利村"]
