"""Places on unseen pages: the writer's own town, a conjunction before 街道, a generic-looking district in a list."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def names(text: str) -> list[str]:
    return [m.name for m in find_places(text)]


def test_the_writers_own_town_is_named_by_no_name() -> None:
    assert names("结合我镇实际,做好我乡河长制工作") == []
    assert names("河道基本情况我镇共有河道5条") == []
    assert names("甲乙镇位于县城东部") == ["甲乙镇"]


def test_a_conjunction_or_verb_before_a_town_word_is_no_name() -> None:
    assert names("尽管街道已经多次清理") == []
    assert names("要切实履行镇村河长的职责") == []


def test_a_district_listed_with_its_siblings_is_a_place() -> None:
    assert names("铜官区4件、义安区2件、郊区1件") == ["铜官区", "义安区", "郊区"]
    assert names("城区、郊区环境整治") == []


def test_the_word_area_after_a_sites_name_holds_no_district() -> None:
    assert names("甲乙村小西坪高坪区域存在排污") == ["甲乙村"]
    assert names("南充市高坪区区域内") == ["南充市", "高坪区"]
    assert names(",美兰区域内") == ["美兰区"]


def test_a_level_written_alone_before_a_town_is_not_part_of_its_name() -> None:
    assert names("记者在该县甲乙镇农贸市场看到") == ["甲乙镇"]
    assert names("本市甲乙街道、我县丙丁镇") == ["甲乙街道", "丙丁镇"]
    assert names("。市桥镇") == ["市桥镇"]
