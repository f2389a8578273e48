"""Ledger status of a measure, as the sentence states it."""

from __future__ import annotations

from policykg.ingest.extract.status import find_status


def test_final_and_partial_statuses_are_told_apart():
    assert find_status("该问题已完成整改") == {"status": "完成"}
    assert find_status("该问题已完成整改待销号") == {"status": "已完成待销号"}
    assert find_status("该问题已销号") == {"status": "已销号"}
    assert find_status("拆除工作基本完成") == {"status": "基本完成"}
    assert find_status("截污工程正在推进") == {"status": "正在推进"}
    assert find_status("因历史原因该事项无法继续整改") == {"status": "无法整改"}


def test_a_sentence_without_a_status_has_none():
    assert find_status("召开专题会议研究部署整改工作") == {}


def test_responsible_units_come_from_the_paragraph_s_field():
    from policykg.ingest.extract.status import find_responsible

    assert find_responsible("完成排污口整治。(责任单位:市生态环境局、市水务局)") == "市生态环境局、市水务局"
    assert find_responsible("完成排污口整治。") == ""


def test_measures_carry_their_deadline_and_responsible_units(tmp_path):
    from policykg.ingest import pipeline

    path = tmp_path / "plan.txt"
    path.write_text("一、重点任务\n2024年6月底前,完成排污口整治。新建管网2公里。(责任单位:市生态环境局)\n", encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    measures = {n.attrs["text"]: n.attrs for n in record.nodes if n.type == "measure"}
    assert measures["2024年6月底前,完成排污口整治。"]["deadline"] == "2024-06"
    assert measures["新建管网2公里。"]["responsible"] == "市生态环境局"
