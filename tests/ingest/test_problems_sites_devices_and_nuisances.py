"""Faults of a site, a device or a work stated by its state: a store without the facility the pollution laws require
(围堰, 苫盖), a duty to prevent not done, a device damaged, smoke and a nuisance, work slow or at odds with its
approval, complaints counted by their field, and a pollution-control facility read whole. Each test sentence is
invented."""

from __future__ import annotations

from policykg.ingest.extract.problem_sites import sites_lacking
from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def sites(text: str) -> list[str]:
    return [text[a:b] for a, b in sites_lacking(text, 0, len(text))]


def test_a_site_or_a_pile_without_a_required_facility_is_a_finding() -> None:
    found = titles("甲公司在厂区东侧堆放煤渣,贮存场地无围堰,乙建材有限公司砂石料堆未苫盖。")
    assert "贮存场地无围堰" in found
    assert "砂石料堆未苫盖" in found


def test_a_lack_that_describes_a_place_or_that_is_ordered_is_no_finding() -> None:
    assert sites("将废液倾倒至无防渗漏措施的土坑中。") == []
    assert sites("责令该厂对未苫盖的料堆进行苫盖。") == []


def test_a_duty_to_prevent_not_done_is_a_finding() -> None:
    assert "现场未采取防止扬尘、渗漏措施" in titles("丙厂露天存放污泥,现场未采取防止扬尘、渗漏措施。")
    assert not any("防止" in t for t in titles("要防止扬尘污染,确保达标。"))


def test_a_damaged_device_or_building_is_a_finding() -> None:
    assert "锅炉房排烟管道保温层破损脱落" in titles("检查发现,锅炉房排烟管道保温层破损脱落,未及时修复。")


def test_smoke_and_a_nuisance_named_by_whom_it_disturbs_are_findings() -> None:
    found = titles("群众反映丁小区附近烟囱常年冒黑烟,戊餐馆油烟扰民。")
    assert "常年冒黑烟" in found
    assert "油烟扰民" in found
    assert not any("扰民" in t for t in titles("防止噪声扰民,确保施工有序。"))


def test_work_slow_or_at_odds_with_its_approval_is_a_finding() -> None:
    assert any(t.endswith("工作推进不快") for t in titles("主要问题为扬尘管控不到位,整改工作推进不快,部分问题久拖不决。"))
    assert any(t.endswith("与环评批复不符") for t in titles("督查组发现己农场在建设过程中与环评批复不符。"))


def test_complaints_counted_by_their_field_are_problems_of_their_own() -> None:
    found = titles("受理涉气类信访投诉20起,涉水类信访投诉3起,涉噪类信访5起,群众反映问题全部办结。")
    assert {"涉气类信访投诉", "涉水类信访投诉", "涉噪类信访", "群众反映问题"} <= set(found)


def test_a_pollution_control_facility_is_read_whole() -> None:
    found = titles("该公司未安装污染治理设施,未依规定使用污染防治设施、未落实应急减排措施。")
    assert "未安装污染治理设施" in found
    assert "未依规定使用污染防治设施" in found
    assert "未落实应急减排措施" in found
    assert not any(t.endswith("污染") for t in found)


def test_a_violation_quoted_as_a_case_and_an_outfall_over_its_limit_are_findings() -> None:
    assert "未经处理直排辛河" in titles("督导组对“甲小区生活污水未经处理直排辛河”案件开展现场检查。")
    assert "超标排口" in titles("全市排查入海排口500个,其中36个超标排口正在整治。")
