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
