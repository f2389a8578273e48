"""Shops and farms named by the kind word of an enterprise's name (…超市, …商场, …商行, …猪场): a body where the
words before the kind are a name of its own, after its divisions or after a verb, a function word or a stop; not
where they say a kind, a size, what is sold or kept, a zone, or are the sentence's own verbs and time words."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_shop_visited_after_a_verb_is_named() -> None:
    assert names("检查人员先后来到甲丁超市、乙丙超市,了解使用情况。") == ["甲丁超市", "乙丙超市"]


def test_a_shop_after_its_division_is_named() -> None:
    assert names("。长沙甲乙超市从限塑前日均一万个下降。") == ["长沙甲乙超市"]


def test_a_trading_firm_after_its_divisions_is_named() -> None:
    assert names("执法人员检查了琼海市甲乙丙餐具商行。") == ["琼海市甲乙丙餐具商行"]


def test_a_pig_farm_after_a_preposition_is_named() -> None:
    assert names("对甲乙猪场污染防治整改进行现场督察") == ["甲乙猪场"]


def test_a_farm_found_by_an_inspection_is_named() -> None:
    assert names("督查组发现甲乙丙生态农场在建设过程中与批复不符") == ["督查组", "甲乙丙生态农场"]


def test_kinds_and_sizes_of_shops_and_farms_are_no_names() -> None:
    assert names("检查了8家大型超市、部分超市和万头猪场") == []
    assert names("对连锁超市和一次性塑料制品商场开展检查") == []


def test_a_count_before_the_kind_names_no_farm() -> None:
    assert names("这里两处养猪场,由于污水直排,河水发黑。") == []
    assert names("来到甲三角超市检查") == ["甲三角超市"]


def test_the_sentences_own_words_before_the_kind_are_no_name() -> None:
    assert names("就当前全县猪场环境情况进行察看") == []
    assert names("执法人员检查超市,要健全畜禽养殖场台账") == []


def test_a_zones_farms_are_no_one_farm() -> None:
    assert names("对适养区养殖场进行整治") == []


def test_shops_named_by_what_they_sell_or_where_are_kinds() -> None:
    assert names("对百货商场和校园超市开展检查") == []
