"""A field headquarters (现场指挥部) named with its division or task is a body; 现场 there is no verb's object cut off
the name, while the words alone name no one body."""
from __future__ import annotations

from policykg.ingest.extract.units import find_units


def _names(text: str) -> list[str]:
    return [m.name for m in find_units(text)]


def test_city_field_headquarters_is_a_body() -> None:
    assert _names("市现场指挥部于5月3日对沿河排口开展核查。") == ["市现场指挥部"]


def test_named_field_headquarters_is_a_body() -> None:
    assert _names("甲乙县防汛抗旱现场指挥部连夜调度。") == ["甲乙县防汛抗旱现场指挥部"]


def test_field_headquarters_alone_names_no_body() -> None:
    assert _names("工作人员赶到现场指挥部汇报险情。") == []
