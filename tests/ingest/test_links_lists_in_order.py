"""A list of measures under headings (二、整改措施 (一)… (二)…) after a list of as many findings under headings
(一、存在问题 (一)… (二)…) answers it item by item, when the words of the items agree with that order."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

REPORT = """某县河长制工作自查报告
一、存在问题
(一)河道保洁不到位
部分村组河道岸边垃圾长期堆积,保洁人员配备不足。
(二)排污口底数不清
部分乡镇对辖区入河排污口情况掌握不全面。
(三)河长履职不够
个别村级河长巡河次数不足,巡河记录流于形式。
二、整改措施
(一)强化日常管护
组织沿河乡镇开展专项清理,共清运垃圾120吨,新增保洁员30名。
(二)开展排查溯源
完成全县入河排污口排查,建立一口一档台账。
(三)压实工作责任
对巡河不力的3名村级河长进行约谈,将巡河情况纳入年度考核。
"""

CROSSED = REPORT.replace("(一)强化日常管护\n组织沿河乡镇开展专项清理,共清运垃圾120吨,新增保洁员30名。", "(一)开展排查溯源\n完成全县入河排污口排查,建立一口一档台账。", 1)
CROSSED = CROSSED.replace("(二)开展排查溯源\n完成全县入河排污口排查,建立一口一档台账。", "(二)强化日常管护\n组织沿河乡镇开展专项清理,共清运垃圾120吨,新增保洁员30名。", 1)


def test_the_kth_measures_answer_the_kth_finding(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, REPORT))
    order = {(m[:6], t) for m, t, basis in got if basis == "order"}
    assert order == {("组织沿河乡镇", "河道保洁不到位"), ("完成全县入河", "排污口底数不清"),
                     ("对巡河不力的", "河长履职不够")}, got
    assert not any(m.startswith("组织沿河乡镇") and basis != "order" for m, _, basis in got), got


def test_the_findings_of_the_list_are_no_measures(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, REPORT))
    assert not any(m.startswith(("部分村组河道", "部分乡镇对辖区", "个别村级河长")) for m, _, _ in got), got


def test_words_against_the_order_keep_it_from_linking(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, CROSSED))
    assert not any(basis == "order" for _, _, basis in got), got
