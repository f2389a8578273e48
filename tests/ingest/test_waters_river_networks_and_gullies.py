"""Words that end like a water but name none: a network of rivers (平原河网, 现代河网水系), whose 河 opens 河网, and
a gully (冲沟), a landform the rain cut; a river's name before its cage farms or its grid (甲河网箱) stays one."""

from policykg.ingest.extract.waters import find_waters


def _waters(text: str) -> list[str]:
    return [m.name for m in find_waters(text)]


def test_a_network_of_rivers_is_no_river() -> None:
    assert _waters("以建设河畅、水清的现代河网水系为目标") == []
    assert _waters("完善平原河网水系连通,城市河网密布") == []


def test_a_river_before_its_cage_farms_or_its_grid_stays() -> None:
    assert _waters("清理白马河网箱养殖") == ["白马河"]
    assert _waters("推行白马河网格化管理") == ["白马河"]


def test_a_gully_is_no_water() -> None:
    assert _waters("对两村交界处自然冲沟进行检查") == []
    assert _waters("淤泥倾倒在公园自然冲沟内,污染黄家沟") == ["黄家沟"]
