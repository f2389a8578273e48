"""A sentence whose predicate is a finding (督察认为…的问题, 存在…问题, a state such as 不彻底, 溢流, 超标) is no
measure and links to nothing as one, although a word of doing stands in it outside the fault (污水收集井,
督察整改取得进展); a measure that names its problem (针对…问题, 整改…问题, 对…进行整治) stays one. The sentences are
invented."""

from __future__ import annotations

from pathlib import Path

from policykg.ingest.assemble.link_cues import acts_beyond_faults, states_finding
from policykg.ingest.extract.frames import finding_spans
from support import ingest_text, measure_links

FINDINGS = [
    "督察认为,甲县河道整改虽然取得进展,但仍存在敷衍整改、虚假整改的问题。",
    "督察组指出,乙市对污水管网建设重视不够,部分河段水体污染较为突出。",
    "丙镇部分片区雨污分流不彻底,沿河多个污水收集井向河道溢流污水。",
    "督察还发现,丁区多个排口直排污水,石油类浓度超标。",
]
MEASURES = [
    "针对丙镇雨污分流不彻底问题,新建截污管网2公里。",
    "对沿河排口溢流污水问题进行整治,封堵排口5个。",
    "甲县整改敷衍整改问题,约谈责任单位3家。",
    "督察组指出问题后,乙市立即开展排查,清理垃圾20吨。",
    "在检查组指出问题当日,立即停止施工并拆除违建。",
    "核查发现的黑臭水体已于年底完成整治。",
    "严禁污水直排,杜绝溢流。",
    "经复查,各排口均无污水溢流,完成整治验收。",
]

PAGE = """某县河湖问题整改情况
督察认为,甲县河道整改虽然取得进展,但仍存在敷衍整改、虚假整改的问题。丙镇部分片区雨污分流不彻底,沿河多个污水收集井向河道溢流污水。针对丙镇雨污分流不彻底问题,新建截污管网2公里,完成管网改造。
"""


def test_a_finding_states_no_action():
    for s in FINDINGS:
        assert finding_spans(s, 0, len(s)), s
        assert not acts_beyond_faults(s, 0, len(s)), s
        assert states_finding(s, 0, len(s)), s


def test_a_measure_naming_its_problem_stays_one():
    for s in MEASURES:
        assert acts_beyond_faults(s, 0, len(s)), s
        assert not states_finding(s, 0, len(s)), s


def test_a_finding_is_no_measure_node_and_links_nothing(tmp_path: Path):
    record = ingest_text(tmp_path, PAGE)
    measures = [n.attrs["text"] for n in record.nodes if n.type == "measure"]
    assert not any(m.startswith(("督察认为", "丙镇部分片区")) for m in measures), measures
    assert any(m.startswith("针对丙镇") for m in measures), measures
    links = measure_links(record)
    assert not any(m.startswith(("督察认为", "丙镇部分片区")) for m, _, _ in links), links
