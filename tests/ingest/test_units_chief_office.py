"""A chief system's office written alone (河长办) is the page's own office, as 区委 is its committee; after 各级 or
当地 it names every level's office or an unnamed one, and is no unit."""

from __future__ import annotations

import pytest

from policykg.ingest.extract.units import find_units


@pytest.mark.parametrize("text, expected", [
    ("河长办召开专题会议,部署清河行动。", ["河长办"]),
    ("由湖长办牵头,会同水务局开展联合巡查。", ["湖长办", "水务局"]),
    ("县河长办印发通知。", ["县河长办"]),
    ("各级河长办要加强日常巡查。", []),
    ("当地河长办未及时处理。", []),
    ("明确各级河长以及河长办成员单位的职责。", []),
    ("各级河长要履职尽责,河长办要跟踪督办。", ["河长办"]),
])
def test_a_chief_systems_office_alone(text: str, expected: list[str]) -> None:
    assert [m.surface for m in find_units(text)] == expected
