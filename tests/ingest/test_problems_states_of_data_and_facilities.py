"""Findings stated by the state of data, a facility or a water (监测数据造假, 监控装置故障, 水质异常, 验收不合格,
库区淤积), the firm such a clause opens with left out, and a supposition (一旦…异常) that states none. Each test
sentence is invented."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_falsified_or_abnormal_monitoring_data_is_a_finding() -> None:
    found = titles("督查发现,个别企业废气在线监测数据造假;丁河甲断面水质明显异常。")
    assert "个别企业废气在线监测数据造假" in found
    assert "丁河甲断面水质明显异常" in found


def test_a_facility_out_of_order_or_overloaded_is_a_finding() -> None:
    found = titles("该站在线监控装置故障,乙镇污水处理设施长期超负荷运行,丙村水塘库区淤积。")
    assert {"该站在线监控装置故障", "乙镇污水处理设施长期超负荷运行", "丙村水塘库区淤积"} <= set(found)


def test_a_failed_acceptance_and_a_quantity_abnormally_low_are_findings() -> None:
    found = titles("通报的案例涉及逃避监管排污、环保设施验收不合格等,群众反映甲厂的污泥产生量异常偏小。")
    assert "环保设施验收不合格" in found
    assert "污泥产生量异常偏小" in found


def test_the_firm_a_finding_opens_with_is_its_subject_not_its_name() -> None:
    found = titles("如甲市乙区丙水泥有限公司三号窑烟气在线监测数据造假。丁县戊针织厂在线监控设施不正常。")
    assert "三号窑烟气在线监测数据造假" in found
    assert "在线监控设施不正常" in found
    assert not any("公司" in t or "针织厂" in t for t in found)


def test_a_works_area_is_no_firm_to_cut() -> None:
    assert "部分企业厂区扬尘污染管控不到位" in titles("部分企业厂区扬尘污染管控不到位。")


def test_an_absent_or_removed_fault_and_a_supposition_state_none() -> None:
    assert titles("经检测,甲河各断面水质均无异常,河床无淤积。") == []
    assert titles("一旦在线监测数据出现异常,立即上报。") == []


def test_a_firm_that_only_marks_a_place_stays_in_the_finding() -> None:
    assert "甲河段(乙家具厂旁)护栏缺失" in titles("甲河段(乙家具厂旁)护栏缺失。")
