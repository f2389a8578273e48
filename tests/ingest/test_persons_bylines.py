"""Persons on unseen pages: a news page's byline names its reporters and editors."""

from __future__ import annotations

from policykg.ingest.extract.persons import find_persons


def found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.attrs["role"]) for m in find_persons(text)]


def test_a_byline_names_its_people() -> None:
    assert found("【责任编辑:王甲乙】") == [("王甲乙", "责任编辑")]
    assert found("编辑:李甲 编审:张乙丙") == [("李甲", "编辑"), ("张乙丙", "编审")]
    assert found("本报讯(通讯员 陈甲乙 记者 向  丙)") == [("陈甲乙", "通讯员"), ("向  丙", "记者")]
    assert found("(作者:马 甲   审核 :朱乙丙)") == [("马 甲", "作者"), ("朱乙丙", "审核")]


def test_every_name_of_a_byline_is_a_person() -> None:
    assert found("讯(通讯员 何甲乙 何丙丁 陈戊)") == [("何甲乙", "通讯员"), ("何丙丁", "通讯员"), ("陈戊", "通讯员")]


def test_a_reporter_who_is_not_named_is_no_person() -> None:
    assert found("记者从省生态环境厅获悉") == []
    assert found("记者 了解到,") == []


def test_a_role_before_a_name_and_a_verb_after_it() -> None:
    assert found("副县长林甲乙带领县河长办") == [("林甲乙", "副县长")]
    assert found("水利部稽察特派员孟甲乙带领检查组") == [("孟甲乙", "特派员")]
