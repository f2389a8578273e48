"""A clause whose predicate is the law a deed broke (上述行为违反了《某法》第十条的规定) states the case's finding in
legal terms: a sentence made of it is no measure and links to nothing as one, however many words of doing the law's
cited text holds (“…责令停止建设,处…罚款”). The penalty told after it in the same sentence (…,某局责令其改正,处罚款
10万元) is the action, and the sentence stays a measure; so does one whose deed is an object (对违反卫生管理规定的
摊主进行教育, 对涉嫌违反《某规定》的企业立案调查). The sentences are invented."""

from __future__ import annotations

from pathlib import Path

from policykg.ingest.assemble.link_cues import states_finding
from support import ingest_text

FINDINGS = [
    "上述行为违反了《某省水污染防治条例》第十二条的规定。",
    "该厂未批先建的行为违反《环境影响评价法》第二十五条“建设单位不得开工建设,违者责令停止建设,处以罚款”的规定。",
    "你单位的上述行为违反了《大气污染防治法》第二十条第二款“禁止通过偷排、篡改监测数据等方式排放大气污染物”。",
]
MEASURES = [
    "该公司的行为违反了《某法》第二十条的规定,依据《某法》第九十九条规定,某局责令其改正,处罚款10万元。",
    "对违反卫生管理规定的摊主进行监督执法和说明教育。",
    "对涉嫌违反《某市禁塑规定》的企业进行立案调查。",
]

PAGE = """某县查处一起超标排污案
执法人员对该公司进行现场检查,发现其废水排放口化学需氧量超标。上述行为违反了《某省水污染防治条例》第十二条的规定。某县生态环境局依法责令该公司限期整改,处罚款5万元。
"""


def test_the_law_a_deed_broke_is_a_finding():
    for s in FINDINGS:
        assert states_finding(s, 0, len(s)), s


def test_a_penalty_after_it_or_a_breach_as_object_keeps_the_measure():
    for s in MEASURES:
        assert not states_finding(s, 0, len(s)), s


def test_the_law_a_deed_broke_is_no_measure_node(tmp_path: Path):
    record = ingest_text(tmp_path, PAGE)
    measures = [n.attrs["text"] for n in record.nodes if n.type == "measure"]
    assert not any(m.startswith("上述行为违反") for m in measures), measures
    assert any(m.startswith("某县生态环境局依法") for m in measures), measures
