"""A farm listed after a named farm (甲县乙镇丙丁奶牛场、戊己奶牛场) is named by its words alone: a list writes the
divisions once. A kind of farm (规模养殖场) or a count (3家养殖场) in such a list names none."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def _names(text: str) -> list[str]:
    return [m.name for m in find_units(text)]


def test_farms_after_a_named_farm_are_named() -> None:
    assert _names("名山区甲乙镇丙丁奶牛场、戊己奶牛场、辛壬养鸡场未配套粪污处理设施。") == [
        "名山区甲乙镇丙丁奶牛场", "戊己奶牛场", "辛壬养鸡场"]


def test_kinds_and_counts_in_a_list_name_none() -> None:
    assert _names("名山区甲乙镇丙丁养猪场、3家养殖场、规模养殖场。") == ["名山区甲乙镇丙丁养猪场"]


def test_a_list_of_kinds_names_none() -> None:
    assert _names("甲镇规模养殖场、小散养殖场粪污直排。") == []
