"""Lists of findings closed by 等 and the kind they fall under (等环境问题, 等“四乱”问题, 等7个突出问题,
等形式主义、官僚主义问题): each item is a finding, the list is its parent; items that name bodies, stretches or
means are no findings. On invented sentences."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(sentence: str) -> list[str]:
    return [p.title for p in find_problems(sentence)]


def test_each_item_before_a_kind_of_problem_is_a_finding():
    found = titles("督察组查实甲镇乱堆乱放、私搭乱建等环境问题。")
    assert "乱堆乱放" not in found  # the place opens the first item
    assert {"甲镇乱堆乱放", "私搭乱建"} <= set(found)


def test_items_are_children_of_their_list():
    found = find_problems("整治违章建筑、污水直排等生态环境问题。")
    by_title = {p.title: p for p in found}
    group = [i for i, p in enumerate(found) if p.title == "违章建筑、污水直排"]
    assert group and by_title["违章建筑"].parent == group[0] and by_title["污水直排"].parent == group[0]


def test_a_quoted_kind_keeps_its_own_name_and_its_items():
    found = titles("村干部及时清理乱占、乱采、乱堆、乱建等“四乱”问题。")
    assert {"乱占", "乱采", "乱堆", "乱建", "四乱"} <= set(found)
    assert not any(t.startswith("村干部") or t.startswith("及时") for t in found)


def test_a_counted_kind_closes_findings_that_reach_back_over_commas():
    found = titles("检查组察看了甲村河段建渣侵占河道,乙支流设施侵占河道、丙基地弃土侵占河道等3个突出问题。")
    assert {"甲村河段建渣侵占河道", "乙支流设施侵占河道", "丙基地弃土侵占河道"} <= set(found)


def test_faults_across_commas_before_a_named_kind_of_conduct():
    found = titles("核实一批不作为、慢作为,不担当、不碰硬,甚至敷衍应对、弄虚作假等形式主义、官僚主义问题。")
    assert {"不作为", "慢作为", "不担当", "不碰硬", "敷衍应对", "弄虚作假", "形式主义、官僚主义问题"} <= set(found)


def test_a_measure_before_the_faults_is_no_part_of_the_list():
    found = titles("对暂时难以完成整治的排污口,妥善处置,杜绝一堵了之、一关了之等“一刀切”行为。")
    assert {"一堵了之", "一关了之"} <= set(found)
    assert not any("妥善处置" in t for t in found)


def test_a_kind_that_names_no_fault_is_not_a_problem_of_its_own():
    found = titles("重点查看是否存在私设围挡、管网错接等可能影响水质状况问题。")
    assert {"私设围挡", "管网错接"} <= set(found)
    assert not any(t.startswith("可能影响") for t in found)


def test_bodies_and_means_listed_before_等_are_no_findings():
    assert not {"甲砂石料有限公司", "乙镇卫生院"} & set(titles("督导组深入甲砂石料有限公司、乙镇卫生院等交办信访问题整改现场。"))
    assert not {"拆除", "没收"} & set(titles("因地制宜采用拆除、补办、没收等手段分类处置排查问题。"))


def test_words_that_merely_contain_等_open_no_list():
    assert not any("、" in t for t in titles("甲站、乙站实行平等问题协商。"))
