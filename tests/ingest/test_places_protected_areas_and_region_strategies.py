"""Protected areas and parks named by their own words are places (甲乙山森林公园, 甲乙港国家级自然保护区); the word
after a verb, a kind or a tier alone names none. A region is read before the words of its strategy (京津冀协同发展)."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def places(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.attrs["level"]) for m in find_places(text)]


def test_a_named_forest_or_wetland_park_is_a_place() -> None:
    assert places("相关部门在青岚山森林公园召开现场会。") == [("青岚山森林公园", "zone")]
    assert places("巡查青枫河湿地公园等点位。") == [("青枫河湿地公园", "zone")]


def test_a_named_reserve_keeps_its_tier_inside_its_name() -> None:
    assert places("市民反映青岚港国家级自然保护区外的海堤。") == [("青岚港国家级自然保护区", "zone")]


def test_a_reserve_after_a_verb_a_kind_or_a_tier_alone_is_no_place() -> None:
    for text in ("是否有违规侵占自然保护区的行为?", "全面排查严重破坏自然保护区生态环境的问题。",
                 "造成国家级海洋自然保护区核心区受损。", "推进城市湿地公园建设。", "核查重点为国家级自然保护区。",
                 "对全省各级自然保护区开展排查。"):
        assert places(text) == [], text


def test_a_region_before_its_strategy_is_the_region() -> None:
    assert places("大力推进京津冀协同发展。") == [("京津冀", "region")]
    assert places("服务长三角一体化发展。") == [("长三角", "region")]


def test_the_country_before_other_words_is_still_no_place() -> None:
    assert places("坚持中国特色社会主义。") == []
