"""Problems named as the thing a measure clears, removes or treats (清理海洋垃圾, 违规设施拆除), on invented
sentences: what must be found, what a measure's ordinary object must not become, and the links a news item's
measures then make to it."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

from policykg.ingest.extract.problem_treated import treated_things
from policykg.ingest.extract.problems import find_problems


def things(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in treated_things(sentence, 0, len(sentence))]


def titles(sentence: str) -> list[str]:
    return [p.title for p in find_problems(sentence)]


def test_the_object_of_a_clearing_verb_is_a_problem_when_its_head_is_a_thing_at_fault():
    assert things("某镇组织人员清理河面漂浮物,封堵沿河暗管3处。") == ["河面漂浮物", "沿河暗管"]
    assert things("执法人员现场没收违规网具12副。") == ["违规网具"]


def test_goods_seized_after_their_count_keep_their_name():
    assert things("工作组在两处市场收缴了约5千个超薄塑料袋。") == ["超薄塑料袋"]
    assert titles("工作组在两处市场检查收缴了约5千个超薄塑料袋。") == ["超薄塑料袋"]


def test_a_thing_named_before_the_campaign_against_it_is_a_problem():
    assert things("号召居民积极参与河道垃圾治理。") == ["河道垃圾"]
    assert things("督导组了解违规设施拆除情况。") == ["违规设施"]


def test_a_thing_treated_after_dui_is_a_problem():
    assert things("镇里组织力量对沙滩垃圾进行收集和无害化处理。") == ["沙滩垃圾"]


def test_each_item_of_a_list_cleared_is_named_up_to_its_count():
    assert things("清理地笼20个、违规渔具5副、竹排3张。") == ["地笼", "违规渔具"]


def test_a_qualifier_before_de_is_part_of_the_name():
    assert things("执法人员依法封堵私设的暗管。") == ["私设的暗管"]


def test_a_thing_named_as_unlawful_or_hidden_is_a_problem_wherever_it_stands():
    assert things("巡查中发现岸边有一处隐蔽排口正在排水。") == ["隐蔽排口"]
    assert things("经比对,确认该管道为私设的暗管。") == ["私设的暗管"]
    assert things("推进设施农用地整治,加强违规设施农用地管理。") == []


def test_a_measures_ordinary_object_is_no_problem():
    assert things("完善管理制度,建设污水处理厂,清理垃圾桶。") == []
    assert things("拆除临时设施,清运施工设备。") == []
    assert things("清理垃圾,治理污水。") == []
    assert things("力争实现污水治理全覆盖。") == []


def test_a_tally_of_places_where_sewage_was_treated_names_no_thing_found():
    assert things("今年完成8个村庄生活污水治理。") == []
    assert things("加强农村生活污水治理。") == ["农村生活污水"]


def test_a_campaigns_plan_or_equipment_names_no_thing_found():
    assert things("落实河道垃圾治理资金,采购垃圾清运设备。") == []


NEWS = """某县开展河道垃圾清理行动
近日,某县水利局组织人员开展河道垃圾清理行动。
行动中共清理河道垃圾12吨,拆除违规设施3处。
下一步,该局将建立河道垃圾常态化清理机制。
"""


def test_every_measure_that_treats_the_thing_answers_it(tmp_path: Path):
    links = {(text, problem) for text, problem, _ in measure_links(ingest_text(tmp_path, NEWS))}
    assert any(problem == "河道垃圾" and "清理河道垃圾12吨" in text for text, problem in links)
    assert any(problem == "河道垃圾" and "常态化清理机制" in text for text, problem in links)
