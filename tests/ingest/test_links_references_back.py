"""A measure that refers back to what was just found (根据以上事实, 针对存在的问题, 对排查中发现的问题) answers the
problems of the last sentence that stated any; of a list, the list as a whole."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

CASE = """某县查处一起销售超薄塑料袋案
执法人员在集市巡查时发现一辆货车正在批发塑料袋。经调查,当事人销售国家禁止生产的超薄塑料袋。
根据以上事实,县市场监管局对当事人处以罚款800元。
"""

CHECK = """某镇开展污水处理设施排查
镇环保办对全镇污水处理设施开展排查,发现部分设施存在管网破损、出水超标等问题。
针对存在的问题,镇环保办现场提出整改要求并落实专人跟踪。
"""

UNRELATED = """某镇开展污水处理设施排查
镇环保办对全镇污水处理设施开展排查,发现部分设施存在管网破损、出水超标等问题。
全镇今年新建村级公厕5座,方便群众如厕。
"""


def test_the_facts_above_are_the_finding_just_stated(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, CASE))
    assert any(m.startswith("根据以上事实") and "超薄塑料袋" in t and basis == "anaphora" for m, t, basis in got), got


def test_the_problems_that_exist_are_the_list_just_stated(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, CHECK))
    targets = {t for m, t, basis in got if m.startswith("针对存在的问题") and basis == "anaphora"}
    assert any("管网破损" in t and "出水超标" in t for t in targets), got
    assert not {"管网破损", "出水超标"} & targets, got  # the list, not its items


def test_no_reference_no_link(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, UNRELATED))
    assert not any(m.startswith("全镇今年新建") for m, _, _ in got), got
