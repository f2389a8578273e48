"""A sentence that opens with what an inquiry established (经查,…; 经调查发现,…; 经核实,…; 经了解,…) reports a
finding or a fact, even where the violator's deeds in it hold words of doing (安排, 处置, 制作): it is no measure and
links to nothing as one. A clause after it telling what was then done (…,已责令停产; …,执法所现场拆除了违建) is
the action, and the sentence stays a measure. 据了解 is a reporter's source and 经查询… says how something was
done: neither opens an inquiry's report. The sentences are invented."""

from __future__ import annotations

from pathlib import Path

from policykg.ingest.assemble.link_cues import states_finding
from support import ingest_text

FINDINGS = [
    "经查,该厂未办理环评审批手续,擅自投入生产。",
    "经调查发现,该公司安排车辆将收集的废机油运往外省处置。",
    "经核实,该鱼塘紧邻村道,附近住户将生活污水排入塘内。",
    "经查,该情况属实。",
    "而经了解,该作坊去年曾因无证经营被查处。",
]
MEASURES = [
    "经核查,已完成整改并通过验收。",
    "经查,该厂超标排放废水,执法人员当场责令其停产整改。",
    "经了解,该农户去年违建猪舍,镇执法中队现场拆除了违章建筑。",
    "据了解,此次专项行动共检查企业30家,立案查处5起。",
    "经查询全国排污许可证管理信息平台,核对该厂自行监测数据。",
]

PAGE = """某县查处一起无证收集危险废物案
近日,某县生态环境局接到群众举报,执法人员立即赶赴现场检查。经查,该公司安排车辆将收集的废机油运往外省处置,未取得经营许可。执法人员依法对现场废机油进行查封。
"""


def test_an_inquiry_report_is_a_finding():
    for s in FINDINGS:
        assert states_finding(s, 0, len(s)), s


def test_an_action_after_the_inquiry_keeps_the_measure():
    for s in MEASURES:
        assert not states_finding(s, 0, len(s)), s


def test_an_inquiry_report_is_no_measure_node(tmp_path: Path):
    record = ingest_text(tmp_path, PAGE)
    measures = [n.attrs["text"] for n in record.nodes if n.type == "measure"]
    assert not any(m.startswith("经查") for m in measures), measures
    assert any(m.startswith("执法人员依法") for m in measures), measures
