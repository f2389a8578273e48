"""A clause whose predicate is 存在 (某厂存在超标排放问题, 督导组检查发现部分单位存在整改不到位问题) states a finding,
and so does a test's result that shows a fault (检测结果显示…超标): a sentence made of them is no measure and links
to nothing as one, although a word of doing stands in its subject (党组织, 检查发现, 检测). 存在 is no predicate in
the noun 存在问题 (推进存在问题整改), a question (是否存在), a denial (不存在), an attribute (存在的问题) or a
clause opening with 对 or 针对; a result that shows no fault (监测数据显示,优良天数比例提升) states none. The
sentences are invented."""

from __future__ import annotations

from pathlib import Path

from policykg.ingest.assemble.link_cues import states_finding
from policykg.ingest.extract.frames import finding_spans
from support import ingest_text, measure_links

FINDINGS = [
    "但仍有少数基层党组织存在学习制度落实不到位、台账记录不全等问题。",
    "督导组通过查阅整改台账发现部分单位存在5个问题整改不够到位。",
    "被抽查的两家洗砂场则存在违规占用河道堆放砂石等问题。",
    "部分乡镇仍然存在垃圾随意倾倒现象。",
    "检测结果显示,某厂东侧沟渠的氨氮和总磷分别超标1.2倍和3倍。",
    "监测报告(某检字〔2022〕第8号)显示,排口颗粒物浓度超标。",
]
MEASURES = [
    "立即组织相关科室全力推进存在问题整改。",
    "针对部分商户仍存在使用超薄塑料袋的现象,执法人员当场予以没收。",
    "重点查看沿河是否存在私设排口等问题,并对水体取样检测。",
    "对辖区内存在的违章建筑全部予以拆除。",
    "某片区存在未关停的小作坊,区政府已对其全部取缔。",
    "全面排查,确保不存在监管盲区。",
    "检测报告显示化学需氧量超标0.5倍,已责令该厂立即停产整改。",
]
NO_FINDING = ["监测数据显示,全县空气质量优良天数比例提升至92%。"]

PAGE = """某县巡察整改回访情况
督导组通过查阅整改台账发现部分单位存在5个问题整改不够到位。针对部分商户仍存在使用超薄塑料袋的现象,执法人员当场予以没收。
"""


def test_existence_as_predicate_is_a_finding():
    for s in FINDINGS:
        assert finding_spans(s, 0, len(s)), s
        assert states_finding(s, 0, len(s)), s


def test_existence_framed_or_denied_leaves_the_measure():
    for s in MEASURES:
        assert not states_finding(s, 0, len(s)), s


def test_a_result_without_a_fault_is_no_finding():
    for s in NO_FINDING:
        assert not finding_spans(s, 0, len(s)), s


def test_a_stated_existence_is_no_measure_node(tmp_path: Path):
    record = ingest_text(tmp_path, PAGE)
    measures = [n.attrs["text"] for n in record.nodes if n.type == "measure"]
    assert not any(m.startswith("督导组通过") for m in measures), measures
    assert any(m.startswith("针对部分商户") for m in measures), measures
    links = measure_links(record)
    assert not any(m.startswith("督导组通过") for m, _, _ in links), links
