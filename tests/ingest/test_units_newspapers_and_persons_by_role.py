"""A newspaper named before its reporter or its dateline (某某报记者, 某某报讯) is a body whatever its name ends in;
a person named at a line's start before a role is found, and a river's stretch after a county (某县长江水域) is no
county head's name."""

from __future__ import annotations

from policykg.ingest.extract.persons import find_persons
from policykg.ingest.extract.units import find_units


def test_a_newspaper_before_its_reporter_is_a_body() -> None:
    assert [m.surface for m in find_units("据中国甲乙报记者报道")] == ["中国甲乙报"]
    assert [m.surface for m in find_units("甲乙参考报讯 近日")] == ["甲乙参考报"]


def test_reporting_words_ending_in_bao_are_no_newspaper() -> None:
    assert [m.surface for m in find_units("本报讯(记者甲乙)")] == []
    assert [m.surface for m in find_units("群众举报记者核实")] == []


def test_a_name_opening_a_line_before_a_role_is_a_person() -> None:
    assert [m.name for m in find_persons("会议研究部署工作。\n何甲乙局长强调,要按期办结")] == ["何甲乙"]


def test_a_rivers_stretch_after_a_county_is_no_person() -> None:
    assert [m.name for m in find_persons("围绕甲乙县长江水域开展巡航")] == []
    assert [m.name for m in find_persons("副县长江甲主持会议")] == ["江甲"]


def test_a_chiefs_board_and_a_village_secretary_name_persons() -> None:
    assert [m.name for m in find_persons("河长:王甲乙 职务:副县长")] == ["王甲乙"]
    assert [m.name for m in find_persons("县级河长王甲乙巡河时发现问题")] == ["王甲乙"]
    assert [m.name for m in find_persons("村支书李甲乙介绍")] == ["李甲乙"]
    assert [m.name for m in find_persons("河长:县委书记")] == []
