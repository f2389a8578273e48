"""An address that writes province, city and county before a town can be longer than the window a town's name is
read back in; the town is then still its own name, and the province the window cut into is still found whole."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def places(text: str) -> list[str]:
    return sorted(m.surface for m in find_places(text))


def test_a_four_level_address_gives_each_division_and_the_town() -> None:
    assert places("地址:河南省洛阳市伊川县甲乙镇丙丁村") == sorted(["河南省", "洛阳市", "伊川县", "甲乙镇", "丙丁村"])


def test_an_autonomous_region_cut_by_the_window_is_found_whole() -> None:
    found = places("位于广西壮族自治区南宁市青秀区甲乙街道")
    assert "广西壮族自治区" in found and "甲乙街道" in found
    assert not any(p.startswith(("治区", "族自治区")) for p in found)


def test_a_short_address_is_read_as_before() -> None:
    assert places("位于河南省甲乙镇") == sorted(["河南省", "甲乙镇"])
