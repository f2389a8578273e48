"""Units: verbs of copying to, pinning down and spanning written right before a name (抄送甲部, 锁定甲公司, 地跨甲区)
end the words before it."""

from __future__ import annotations

from policykg.ingest.extract.names import name_start
from policykg.ingest.extract.units import find_units


def surfaces(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_verb_before_a_body_is_no_part_of_its_name() -> None:
    assert surfaces("在5个工作日内抄送甲乙部") == ["甲乙部"]
    assert surfaces("经排查初步锁定甲市乙区某食品有限公司") == ["甲市乙区某食品有限公司"]
    assert surfaces("该湖地跨甲市乙区丙街办") == ["甲市乙区丙街办"]


def test_the_verb_also_ends_the_words_before_a_water() -> None:
    t = "地跨甲乙湖"
    assert t[name_start(t, len(t), 8):] == "甲乙湖"
