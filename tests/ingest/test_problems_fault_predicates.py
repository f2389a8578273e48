"""Findings stated as a subject and the predicate inspection feedback criticises it with (纪律意识淡薄, 河长制形同
虚设, 职责不明确, 设备老化), and findings listed after an ordinal (二是工作不实, (一)学习贯彻…有差距)."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_a_subject_with_a_criticised_state_is_a_finding() -> None:
    found = titles("检查发现,部分村级党组织纪律意识淡薄,宣传教育流于形式,甲镇河长制形同虚设。")
    assert {"部分村级党组织纪律意识淡薄", "宣传教育流于形式", "甲镇河长制形同虚设"} <= set(found)


def test_staffing_duties_and_equipment_at_fault_are_findings() -> None:
    found = titles("乙村保洁人员配备不齐,污水处理设备普遍老化,保洁工作职责不明确,集体资产流失严重。")
    assert {"乙村保洁人员配备不齐", "污水处理设备普遍老化", "保洁工作职责不明确", "集体资产流失严重"} <= set(found)


def test_a_gap_in_carrying_out_a_duty_is_a_finding() -> None:
    assert "学习贯彻上级重大决策部署有差距" in titles("学习贯彻上级重大决策部署有差距,丙县产业结构单一。")
    assert "丙县产业结构单一" in titles("学习贯彻上级重大决策部署有差距,丙县产业结构单一。")


def test_a_finding_leaves_its_ordinal_out() -> None:
    assert "学习贯彻上级重大决策部署有差距" in titles("(一)学习贯彻上级重大决策部署有差距")
    assert not any(t.startswith("(一)") for t in titles("(一)学习贯彻上级重大决策部署有差距"))


def test_a_short_finding_after_its_ordinal_is_kept() -> None:
    found = titles("二是工作不实,丁村干部服务意识较差。")
    assert "工作不实" in found
    assert "二是工作不实" not in found


def test_a_short_phrase_without_an_ordinal_is_no_finding() -> None:
    assert "工作不实" not in titles("他说工作不实,要改。")


def test_retiring_outdated_capacity_and_a_list_number_are_no_findings() -> None:
    assert titles("戊市加快淘汰落后,推动产业转型升级。") == []
    assert not any("单一" in t for t in titles("回头看反馈意见整改进展清单一、关于生活污水收集"))
