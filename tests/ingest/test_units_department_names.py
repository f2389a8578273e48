"""Units: a department's name from the list of government departments is never cut inside, though it holds 和 or
opens with a character that is a verb elsewhere."""

from __future__ import annotations

from policykg.ingest.extract.unit_departments import department_names, department_start
from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_department_joining_two_fields_with_he_is_one_name() -> None:
    assert names("近日,鼓楼区农业农村和水利局对河道开展巡查") == ["鼓楼区农业农村和水利局"]
    assert names("督促海口市海洋和渔业局抓好整改") == ["海口市海洋和渔业局"]
    assert names("县文化广电体育和旅游局党组召开会议") == ["县文化广电体育和旅游局党组"]


def test_a_short_form_opening_with_a_verb_character_keeps_it() -> None:
    assert names("由县经信局牵头,县财政局配合") == ["县经信局", "县财政局"]


def test_two_departments_joined_by_he_stay_two() -> None:
    assert names("省农业农村厅和水利厅联合检查") == ["省农业农村厅", "水利厅"]


def test_a_verb_before_a_department_that_is_not_listed_whole_still_cuts() -> None:
    assert names("经信访局核实,该问题属实") == ["信访局"]
    assert names("要求县财政局尽快拨付") == ["县财政局"]


def test_the_start_moves_only_when_the_cut_falls_inside_a_listed_name() -> None:
    text = "联合市自然资源和规划局"
    assert department_start(text, text.index("规"), len(text)) == text.index("市")
    assert department_start(text, text.index("市"), len(text)) == text.index("市")


def test_the_list_holds_full_names_and_their_short_forms() -> None:
    assert {"农业农村和水利局", "经信局", "经济和信息化局", "市场监管局"} <= department_names()
