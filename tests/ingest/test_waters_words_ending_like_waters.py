"""Waters on unseen pages: words that end in 河 / 江 / 湖 but name no water."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def surfaces(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def test_one_plan_for_each_water_names_no_water() -> None:
    assert surfaces("实行一河一策、一湖一档") == []
    assert surfaces("审定相应一河一策方案") == []


def test_into_the_river_is_no_name() -> None:
    assert surfaces("随意倾倒垃圾进河的情况依然存在") == []


def test_a_division_wins_over_a_water_reading() -> None:
    assert surfaces("海南昌江多举措推进禁塑") == []
    assert surfaces("目前昌江已完成整改") == []
    assert surfaces("海南省昌化江流域") == ["昌化江"]


def test_a_region_named_from_its_cities_is_no_lake() -> None:
    assert surfaces("甲乙湖地区环湖河道整治") == []
    assert surfaces("甲乙湖水质改善") == ["甲乙湖"]


def test_a_verb_before_a_reservoir_is_not_its_name() -> None:
    assert surfaces("拟选择甲乙口水库作为水源") == ["甲乙口水库"]


def test_a_streams_water_as_it_looks_keeps_the_stream() -> None:
    assert surfaces("反映某地甲乙下溪水呈红色") == ["甲乙下溪"]
    assert surfaces("甲乙河水呈黑色") == ["甲乙河"]


def test_counts_and_kinds_of_channels_are_no_waters() -> None:
    assert surfaces("治理八库一湖、三河一湖") == []
    assert surfaces("河道现状渠为梯形土渠,修建防洪渠") == []
