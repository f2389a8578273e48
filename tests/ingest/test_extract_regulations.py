"""Regulation titles: nesting, inner titles, short forms, kinds, editions and the key that merges spellings."""

from __future__ import annotations

from policykg.graph.ids import entity_id
from policykg.ingest.extract.regulations import (
    edition_of, find_titles, issuer_of, kind_of, merge_key, short_forms,
)


def test_nested_titles_are_both_found_whole_with_a_stack() -> None:
    text = "形成《关于报送《省委办公厅关于设立工作专班的补充通知(建议稿)》的请示》。"
    names = [m.name for m in find_titles(text)]
    assert names == ["省委办公厅关于设立工作专班的补充通知(建议稿)", "关于报送《省委办公厅关于设立工作专班的补充通知(建议稿)》的请示"]


def test_angle_bracket_inner_titles_are_recorded_not_separate() -> None:
    text = "转发《关于印发〈海水监测能力建设指南〉的通知》和《省政府办公厅印发<关于湿地保护的实施意见>的通知》"
    found = find_titles(text)
    assert len(found) == 2
    assert found[0].attrs["nested_titles"] == ["海水监测能力建设指南"]
    assert found[1].attrs["nested_titles"] == ["关于湿地保护的实施意见"]


def test_a_title_spanning_a_line_break_is_not_a_title() -> None:
    assert find_titles("印发《某某方案\n》") == []


def test_report_written_after_the_closing_bracket_belongs_to_the_title() -> None:
    m = find_titles("编制完成《南渡江流域面源污染负荷估算分析》报告。")[0]
    assert m.attrs["trailing"] == "报告"
    assert kind_of(m.name, m.attrs["trailing"]) == "report"


def test_short_form_defined_by_yixia_jiancheng_points_to_the_full_title() -> None:
    text = "批准《某省落实海洋督察反馈意见整改工作方案》(以下简称《整改方案》)。现将《整改方案》印发"
    assert short_forms(text, find_titles(text)) == {"整改方案": "某省落实海洋督察反馈意见整改工作方案"}


def test_short_form_in_quotes_is_found_too() -> None:
    text = "《某市河道管理条例》(简称“条例”)"
    assert short_forms(text, find_titles(text)) == {"条例": "某市河道管理条例"}


def test_kind_comes_from_the_head_noun_not_from_parentheses() -> None:
    assert kind_of("某省生态环境厅环境污染“黑名单”管理办法(试行)") == "regulation"
    assert kind_of("某省水功能区划(修编)") == "plan"
    assert kind_of("关于印发〈监测指南〉的通知") == "notice"
    assert kind_of("某省生态保护红线名录(第二批)") == "list"
    assert kind_of("两省人民政府战略合作框架协议") == "agreement"
    assert kind_of("塑料污染系统治理机制") == "other"


def test_plan_period_and_trial_status_merge_but_editions_do_not() -> None:
    assert merge_key("某省全面推行“湾长制”实施方案(2020—2025年)") == merge_key("某省全面推行“湾长制”实施方案")
    assert merge_key("某省污染治理三年行动方案(2018-2020年)") == "某省污染治理三年行动方案"
    assert merge_key("某省水功能区划(修编)") != merge_key("某省水功能区划")
    assert edition_of("综合行政执法事项指导目录(2020年版)") == "2020年版"


def test_issuer_prefix_before_guanyu_merges_with_the_bare_title() -> None:
    long = "中共某省生态环境厅党组关于配合落实巡视反馈意见整改工作的通知"
    assert merge_key(long) == merge_key("关于配合落实巡视反馈意见整改工作的通知")
    assert issuer_of(long) == "中共某省生态环境厅党组"


def test_department_after_place_prefix_merges_with_the_place_only_title() -> None:
    assert merge_key("某省生态环境厅审批管理工作廉政行为规定(试行)") == merge_key("某省审批管理工作廉政行为规定")


def test_notice_that_only_wraps_a_scheme_merges_with_the_scheme() -> None:
    assert merge_key("中共某厅党组落实巡视反馈意见整改工作方案的通知") == "中共某厅党组落实巡视反馈意见整改工作方案"
    # A notice that issues another document is a document of its own.
    assert merge_key("关于印发〈监测指南〉的通知") == "关于印发〈监测指南〉的通知"


def test_party_office_title_keeps_its_issuers_in_the_key() -> None:
    title = "中共某省委办公厅 某省人民政府办公厅印发<关于分区管控的实施意见>的通知"
    assert merge_key(title) == title
    assert issuer_of(title) == "中共某省委办公厅 某省人民政府办公厅"


def test_regulation_id_does_not_depend_on_which_spelling_came_first() -> None:
    a = entity_id("regulation", merge_key("某省全面推行“湾长制”实施方案(2020—2025年)"))
    b = entity_id("regulation", merge_key("某省全面推行\"湾长制\"实施方案"))
    assert a == b
