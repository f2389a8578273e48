"""A city bureau's office in a county or district is named after both (甲市生态环境局乙县分局): one body, the branch,
not the city bureau and a second body called 乙县分局. Two whole bodies written one after the other still split."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_county_branch_of_a_city_bureau_is_one_body() -> None:
    assert names("近日,市生态环境局红安县分局联合县农业农村局开展检查") == ["市生态环境局红安县分局", "县农业农村局"]
    assert names("黄石市生态环境局大冶市分局对该企业立案查处") == ["黄石市生态环境局大冶市分局"]


def test_two_bodies_written_together_still_split() -> None:
    assert names("省委办公厅省政府办公厅印发实施") == ["省委办公厅", "省政府办公厅"]
    assert names("黄石市生态环境局大冶市水利局联合检查") == ["黄石市生态环境局", "大冶市水利局"]
