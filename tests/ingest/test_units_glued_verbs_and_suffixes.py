"""Units on unseen pages: verbs glued before a body's name, words that end like a suffix but name no body."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def surfaces(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_verb_before_a_bodys_name_is_not_part_of_it() -> None:
    assert surfaces("函商甲乙部研究") == ["甲乙部"]
    assert surfaces("高度重视审计署反馈") == ["审计署"]
    assert surfaces("写入县政府工作报告") == ["县政府"]
    assert surfaces("同时下设河长制工作办公室负责日常事务") == ["河长制工作办公室"]
    assert surfaces("市场监管局合同管理科") == ["市场监管局合同管理科"]
    assert surfaces("。合同县财政局、县环保局做好保障") == ["县财政局", "县环保局"]


def test_an_agent_or_attachment_word_before_a_division_is_cut() -> None:
    assert surfaces("审计局受市政府委托") == ["审计局", "市政府"]
    assert surfaces("附广东省甲乙中心报告") == ["广东省甲乙中心"]
    assert surfaces("有广东省生态环境厅批复") == ["广东省生态环境厅"]
    assert surfaces("自贡市人民政府") == ["自贡市人民政府"]


def test_words_that_only_end_like_a_suffix_name_no_body() -> None:
    assert surfaces("始终站在讲政治的高度") == []
    assert surfaces("为民办实事") == []
    assert surfaces("生态客厅崛起") == []
    assert surfaces("副处级干部参加") == []
    assert surfaces("(环办环监函〔2018〕70号)") == []


def test_a_firm_named_by_its_trade_alone_is_no_firm() -> None:
    assert surfaces("保护区内存在矿业公司") == []
    assert surfaces("甲乙矿业有限公司") == ["甲乙矿业有限公司"]


def test_a_market_is_a_body_only_by_a_name_of_its_own() -> None:
    assert surfaces("执法人员检查农贸市场") == []
    assert surfaces("县甲乙镇农贸市场") == []
    assert surfaces("对丙丁农贸市场开展检查") == ["丙丁农贸市场"]


def test_a_campaign_name_holding_a_stop_character_is_whole() -> None:
    assert surfaces("县全域无垃圾专项治理办公室:") == ["县全域无垃圾专项治理办公室"]
    assert surfaces("成立市无废城市建设工作领导小组") == ["市无废城市建设工作领导小组"]
    assert surfaces("成立专项整治工作领导小组") == ["专项整治工作领导小组"]


def test_a_task_group_may_open_with_a_verb_after_its_level() -> None:
    assert surfaces(",市配合保障甲乙督察工作信访组已交办") == ["市配合保障甲乙督察工作信访组"]
    assert surfaces("市配合省督察组开展检查") == ["省督察组"]
    assert surfaces("县委配合省督察组开展检查") == ["县委", "省督察组"]


def test_a_dates_day_is_not_the_start_of_a_name() -> None:
    assert surfaces("针对 10 月 9 日市甲乙办公室督查出的问题") == ["市甲乙办公室"]
    assert surfaces("9日市政府召开会议") == ["市政府"]


def test_a_tiers_task_group_named_by_its_task_is_one_body() -> None:
    assert surfaces("我市收到省级协调联络组信访组交办") == ["省级协调联络组信访组"]
    assert surfaces("县级政府负总责") == []
    assert surfaces("县级督察组") == []
