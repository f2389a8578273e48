"""The words of a protected area's name: its tier is the level of government that set it up (国家级, 省级, 市州级,
县级, or the levels alone: 市州自然保护区), a kind named by no name, while a name before the tier stays one; and 自保区
is the short word for 自然保护区."""

from policykg.ingest.extract.places import find_places


def _places(text: str) -> list[str]:
    return [m.name for m in find_places(text)]


def test_a_tier_of_two_levels_names_no_protected_area() -> None:
    assert _places("其中市州级自然保护区问题12个,整改完成率90%") == []
    assert _places("市州自然保护区问题已整改") == []


def test_a_name_before_its_tier_stays_a_protected_area() -> None:
    assert _places("巡查老君山州级自然保护区") == ["老君山州级自然保护区"]
    assert _places("整治白马山省级自然保护区内违建") == ["白马山省级自然保护区"]


def test_a_name_that_opens_with_a_level_character_stays_whole() -> None:
    assert _places("建设市桥湿地公园") == ["市桥湿地公园"]


def test_the_short_word_for_a_nature_reserve() -> None:
    assert _places("查阅白马山自保区整改台账") == ["白马山自保区"]
    assert _places("严禁在自保区内开矿") == []
