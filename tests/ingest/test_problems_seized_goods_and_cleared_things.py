"""Banned goods enforcement seizes as a list or after 对, goods banned by their thickness, the act a trade makes,
boats without papers, illegal acts cut before what the text says of them, and removals whose object is no
unlawful thing (a partial list, a campaign's work): each test sentence is invented."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_each_banned_item_of_a_seized_list_is_a_fault():
    found = titles("甲区市场监管所重点查处无厂名、厂址的“三无”包装袋及不合格购物袋,教育经营户")
    assert "“三无”包装袋" in found
    assert "不合格购物袋" in found
    assert "无厂名" not in found


def test_goods_seized_after_dui_are_a_fault_when_called_banned():
    assert "不符合标准的购物袋" in titles("执法人员对不符合标准的购物袋、纸杯等进行查扣")
    assert titles("执法人员对店内纸杯、木筷进行查扣") == []


def test_goods_thinner_than_the_standard_allows_are_banned():
    found = titles("严禁销售厚度小于0.025毫米的塑料购物袋和厚度小于0.01毫米的聚乙烯农用地膜")
    assert "厚度小于0.025毫米的塑料购物袋" in found
    assert "厚度小于0.01毫米的聚乙烯农用地膜" in found


def test_goods_a_trade_names_end_before_the_act_it_makes():
    assert "一次性不可降解塑料制品" in titles("查处乙镇商户销售、使用一次性不可降解塑料制品的行为")
    assert "不可降解塑料袋" in titles("深挖销售储存不可降解塑料袋的行为")


def test_boats_without_papers_are_a_fault_wherever_met():
    assert "“三无”船只" in titles("执法船在丙湾扣留一艘正在作业的“三无”船只")
    assert "“三无”渔船" in titles("巡查水域内是否有“三无”渔船")


def test_an_illegal_act_ends_before_what_the_text_says_of_it():
    found = titles("丁县摸清了非法采砂情况,梳理了非法采砂重点河段")
    assert "非法采砂" in found
    assert not any(t.endswith(("情况", "重点河段")) for t in found)
    assert "非法养殖" in titles("戊湾非法养殖清理整顿行动启动")


def test_a_removal_names_the_kind_after_a_list_deng():
    found = titles("拆除洗砂机械12台套、铁皮棚等违法建筑3万平方米")
    assert "违法建筑" in found
    assert not any("洗砂机械" in t for t in found)


def test_a_list_only_partly_unlawful_names_no_fault():
    assert not any("范围" in t for t in titles("清理范围包括非法网箱、浮球、木桩等设施"))
    assert titles("通过张贴清理通告、约谈渔户、发放传单等方式宣传") == []


def test_a_campaign_removal_works_on_names_no_thing_of_its_own():
    assert not any(t.endswith("工作") for t in titles("继续做好清理己镇海域非法网箱设施的整治工作"))


def test_disused_things_cleared_are_a_fault():
    assert "废旧网箱" in titles("本月共清理废旧网箱30余口")


def test_the_size_of_a_tally_is_no_part_of_what_it_counts():
    found = titles("累计清理违规种植面积120亩")
    assert "违规种植" in found
    assert not any(t.endswith("面积") for t in found)


def test_a_campaign_for_no_waste_names_no_waste_found():
    assert not any("无垃圾" in t for t in titles("推进全域无垃圾治理,营造整洁环境"))


def test_a_verb_that_deters_wrongdoing_is_no_part_of_it():
    assert not any(t.startswith("震慑") for t in titles("有力震慑环境违法行为"))


def test_an_illegal_act_ends_before_an_adverb():
    assert "非法排污口" in titles("沿岸非法排污口也已全部封堵")


def test_a_removal_with_a_space_after_it_ends_there():
    assert titles("清理非法网箱设备 本次行动范围为全乡河道") == ["非法网箱设备"]


def test_a_tally_that_opens_with_lawful_things_names_the_unlawful_ones():
    assert titles("共拆除围网300余亩、违章建筑20间") == ["违章建筑"]


def test_disorder_after_a_verb_of_enforcement_starts_after_it():
    found = titles("严查垃圾乱堆乱放")
    assert not any(t.startswith("严查") for t in found)


def test_pollution_reduced_in_general_names_no_pollutant():
    assert titles("使用可降解塑料袋能减少污染") == []


def test_the_goods_after_an_inspection_that_seized_them_are_named_whole():
    assert titles("执法人员在甲乙市场检查收缴不可降解塑料袋300个") == ["不可降解塑料袋"]
    assert titles("共查收不可降解塑料袋300个") == ["不可降解塑料袋"]
    assert titles("执法人员检查收缴了近3万个不可降解塑料袋") == ["不可降解塑料袋"]  # the count stays out
