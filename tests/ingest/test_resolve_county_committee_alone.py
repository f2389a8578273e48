"""Resolution: 县委 written alone on a page that names one county's committee is that committee, one node."""

from __future__ import annotations

from policykg.ingest.same_names import own_level


def test_the_county_committee_alone_is_the_one_the_page_names() -> None:
    assert own_level(["中共凤阳县委", "县委", "县财政局"]) == {"县委": "中共凤阳县委"}
    assert own_level(["凤阳县委", "县委"]) == {"县委": "凤阳县委"}


def test_two_counties_named_leave_the_committee_alone_as_written() -> None:
    assert own_level(["中共凤阳县委", "中共定远县委", "县委"]) == {}


def test_a_committee_of_another_level_is_not_taken() -> None:
    assert own_level(["中共凤阳县委", "区委"]) == {}
    assert own_level(["中共滁州市委", "县委"]) == {}
