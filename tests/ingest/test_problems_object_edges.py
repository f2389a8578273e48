"""Where a problem named by what a measure treats begins and ends: the verb, the adverb, the count and the 等 around
it are no part of its name, and a body spoken to (你单位) names no wrongdoing. Each test sentence is invented."""

from __future__ import annotations

from policykg.ingest.extract.problem_objects import acts_found
from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_an_illegal_act_ends_before_a_place_or_a_lists_deng():
    text = "随后违法建筑在推土机的作业声中倒塌。"
    assert [text[a:b] for a, b in acts_found(text, 0, len(text))] == ["违法建筑"]
    text = "重点督查非法采矿等专项整治行动开展情况。"
    assert [text[a:b] for a, b in acts_found(text, 0, len(text))] == ["非法采矿"]


def test_an_adverb_before_the_treating_verb_is_no_part_of_the_object():
    found = titles("对沿河违法建筑依法进行拆除。")
    assert found and not any("依法" in t for t in found)


def test_a_treated_list_closed_by_deng_keeps_no_deng():
    assert not any(t.endswith("等") for t in titles("对码头、违法堆场等进行全面整治。"))


def test_the_clauses_own_dui_is_no_part_of_the_conduct_it_bans():
    found = titles("支队对夜市进行巡查,对违规占道经营行为坚决予以取缔。")
    assert "违规占道经营行为" in found and not any(t.startswith("对") for t in found)


def test_a_disorder_starts_after_the_verb_that_looks_for_it():
    found = titles("检查人员查看岸边有无乱堆乱放。")
    assert found and not any("查看" in t or "有无" in t for t in found)


def test_a_disorders_verb_keeps_its_second_character():
    assert "养猪场乱倒" in titles("禁止8家养猪场乱倒粪污。")
    assert "村民乱堆放" in titles("发现3户村民乱堆放柴草。")


def test_a_body_spoken_to_names_no_wrongdoing():
    assert not any("你单位" in t for t in titles("责令你单位立即停止违法行为。"))
    assert titles("为快速处置相关违法行为提供技术支持。") == []


def test_an_illegal_act_ends_before_and_or_the_campaign_against_it():
    for text, act in (("严厉打击违法建设和清河岸。", "违法建设"), ("开展非法捕捞联动执法巡查行动。", "非法捕捞")):
        assert [text[a:b] for a, b in acts_found(text, 0, len(text))] == [act]


def test_a_chain_of_clearing_verbs_is_no_part_of_what_it_clears():
    found = titles("全面清理整顿各类违规设置的排污口。")
    assert found and not any(t.startswith(("整顿", "各类")) for t in found)
