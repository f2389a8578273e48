"""Problems named by what a campaign clears out or puts right: a farming or a trade, a numbered disorder, a field's
disorder, a nuisance; and waste named only as a campaign's topic, which is none. Each test sentence is invented."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_a_farming_cleared_out_is_the_problem():
    assert titles("甲县稳步推进近岸网箱养殖清退工作。") == ["近岸网箱养殖"]
    assert "禁养区内池塘养殖" in titles("力争年底前实现禁养区内池塘养殖全部清退。")
    assert titles("乙镇本月清退生猪养殖3处。") == ["生猪养殖"]


def test_a_trade_put_right_is_the_problem():
    assert titles("关于石材行业整治。") == ["石材行业"]
    assert titles("丙区开展石材行业乱象专项整治。") == ["石材行业乱象"]


def test_a_farming_or_trade_without_a_fault_campaign_is_none():
    assert titles("推广稻渔综合种养,发展生态养殖。") == []
    assert titles("该行业整治工作已部署。") == []


def test_a_numbered_disorder_quoted_as_a_fault_is_a_problem():
    assert titles("对“四乱”行为发现一处、清理一处。") == ["四乱"]


def test_the_campaign_named_for_a_disorder_states_no_finding():
    assert titles("扎实推进河湖“清四乱”常态化。") == []
    assert titles("四乡镇乱石清运完毕。") == []


def test_a_fields_disorder_put_right_is_a_problem():
    assert titles("持续整治河道管理乱象,改善岸线面貌。") == ["河道管理乱象"]


def test_dust_a_campaign_is_named_for_is_a_problem():
    assert titles("督促各街道加强工地扬尘防治。") == ["工地扬尘"]
    assert titles("检查周边道路扬尘治理情况。") == ["道路扬尘"]


def test_waste_named_as_a_campaigns_effect_or_project_is_none():
    assert titles("改造后提升了城乡垃圾治理水平。") == []
    assert titles("村级垃圾治理项目已完工。") == []


def test_a_clause_ending_on_waste_is_no_kind_of_waste():
    assert "配备的垃圾箱数量少于乡村垃圾" not in titles("配备的垃圾箱数量少于乡村垃圾清运所需。")


def test_waste_a_campaign_is_named_for_is_still_a_problem():
    assert titles("推进海漂垃圾治理常态化。") == ["海漂垃圾"]
