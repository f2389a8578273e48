"""An inspection group named after the two bodies that sent it (中央、省委…督察组, 自治区、兵团第二…督察组) is one
group whose name holds both issuers, the first written before a 、 or a space; the bodies themselves, listed alone,
stay two bodies."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_the_centre_and_the_province_send_one_group() -> None:
    assert names("紧紧围绕中央、省委生态环境保护督察组的反馈问题") == ["中央、省委生态环境保护督察组"]


def test_a_region_and_the_corps_send_one_numbered_group() -> None:
    assert names("7月,自治区、兵团第二生态环境保护督察组进驻甲州") == ["自治区、兵团第二生态环境保护督察组"]


def test_the_two_issuers_may_be_joined_by_a_space() -> None:
    assert names("自治区 兵团生态环境保护督察组向甲州反馈督察意见") == ["自治区 兵团生态环境保护督察组"]


def test_a_body_listed_before_another_bodys_group_stays_apart() -> None:
    assert names("市生态环境局、省委第一巡视组") == ["市生态环境局", "省委第一巡视组"]


def test_a_committee_and_its_government_stay_two_bodies() -> None:
    assert names("省委、省政府高度重视") == ["省委", "省政府"]
