"""Problems named by the thing a measure treats or a ban bars, and lists of kinds of fault closed by a count of
categories: each test sentence is invented."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_each_banned_item_of_a_removal_is_a_problem():
    assert titles("全面取缔甲湾违禁渔具、“三无”渔船,加强岸线管理。") == ["甲湾违禁渔具", "“三无”渔船"]


def test_a_removal_of_lawful_and_unlawful_things_stays_whole():
    assert titles("拆除违建房屋、围墙。") == ["违建房屋、围墙"]


def test_a_counted_tally_of_removals_is_named_up_to_its_first_count():
    assert titles("共清理乙沟违栽树木300棵、违章建筑两处。") == ["乙沟违栽树木"]


def test_what_the_law_bars_from_protected_waters_is_a_problem():
    found = titles("已建成的与供水设施和保护水源无关的建设项目,由区政府责令拆除。")
    assert found == ["与供水设施和保护水源无关的建设项目"]


def test_a_removal_of_what_is_unrelated_names_no_new_problem():
    assert titles("集中力量铲除与取水无关的种植植物。") == []


def test_unrelated_to_another_purpose_is_no_problem():
    assert titles("会议期间不得开展与会议主题无关的活动。") == []


def test_outfalls_put_right_are_the_problem():
    assert titles("今年完成整治入河排污口25个。") == ["入河排污口"]
    assert titles("丙县入河排污口排查整治取得阶段性成效。") == ["丙县入河排污口"]


def test_a_plan_named_for_outfalls_treats_none():
    assert titles("印发入海排污口整治工作方案。") == []


def test_a_quantifier_before_outfalls_is_no_part_of_their_name():
    assert titles("此外,各县区入河排污口整治进度加快。") == ["入河排污口"]


def test_a_sharper_name_of_faulty_outfalls_wins():
    assert titles("年底前完成违规设置的入河排污口清理整治。") == ["违规设置的入河排污口"]


def test_a_list_closed_by_a_count_of_categories_gives_each_item():
    found = titles("排查内容包括违规采砂、侵占岸线、设立码头、开办工矿企业等4类重点问题。")
    assert found[0] == "违规采砂、侵占岸线、设立码头、开办工矿企业"
    assert found[1:] == ["违规采砂", "侵占岸线", "设立码头", "开办工矿企业"]


def test_a_list_opens_after_what_a_check_focuses_on():
    found = titles("核查重点为保护区内采石、工矿用地、旅游设施等三类焦点问题。")
    assert "保护区内采石" in found and "核查重点为保护区内采石" not in found


def test_a_list_named_by_a_quoted_kind_with_a_qualifier_gives_each_item():
    found = titles("本镇针对乱占水域、违法建房、垃圾堆等“四乱”具体现象开展清理。")
    assert found[1:4] == ["乱占水域", "违法建房", "垃圾堆"]


def test_a_chain_of_removal_verbs_names_what_it_removes():
    assert titles("今年关停取缔“小散乱”企业9家。") == ["“小散乱”企业"]
    assert titles("清理整治非正规垃圾堆放点15处。") == ["非正规垃圾堆放点"]


def test_a_thing_named_by_its_fault_that_a_measure_repairs_is_a_problem():
    assert titles("今年整治破损管网3公里。") == ["破损管网"]
    assert titles("拆除阻水建筑物5处。") == ["阻水建筑物"]
    assert titles("整改不达标排污口6个。") == ["不达标排污口"]


def test_a_thing_only_old_is_a_measures_ordinary_object():
    assert titles("改造老旧管网12公里。") == []


def test_what_is_treated_after_its_count_is_named_without_it():
    assert titles("对镇内15家散乱污企业进行了整治。") == ["散乱污企业"]


def test_a_thing_inside_the_zone_that_bars_it_is_unlawful():
    assert titles("依法拆除禁养区内养殖场40个。") == ["禁养区内养殖场"]


def test_a_zone_named_without_what_it_bars_names_no_problem():
    assert titles("完成禁养区划定工作。") == []
