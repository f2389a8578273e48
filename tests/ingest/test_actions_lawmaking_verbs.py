"""Actions on regulations: lawmaking verbs, the day a title's note gives, negated and quoted verbs, lists joined."""

from __future__ import annotations

from policykg.ingest.extract.actions import find_actions
from policykg.ingest.extract.dates import find_dates
from policykg.ingest.extract.regulations import find_titles


def actions(text: str) -> list[tuple[str, str, str]]:
    """(title, verb, date) for every action in text."""
    titles = find_titles(text)
    found = find_actions(text, 0, len(text), [(m.start, m.end) for m in titles], find_dates(text))
    return [(titles[a.title].name, a.verb, a.date) for a in found]


def test_amending_and_repealing_are_actions() -> None:
    assert actions("2008年,某省修正《某省水资源管理条例》。") == [("某省水资源管理条例", "修正", "2008")]
    assert actions("2019年3月,某市废止《某市河道管理办法》。") == [("某市河道管理办法", "废止", "2019-03")]
    assert actions("《某某条例》于2018年9月30日修正。") == [("某某条例", "修正", "2018-09-30")]


def test_a_date_after_an_items_marker_still_dates_the_action() -> None:
    assert actions("(二)2010年,某省修订《某省海域管理办法》。") == [("某省海域管理办法", "修订", "2010")]


def test_the_day_in_the_titles_note_makes_the_year_of_the_sentence_exact() -> None:
    got = actions("2014年,某省人大常委会修订《某省海域使用办法》(2014年11月26日通过)。")
    assert ("某省海域使用办法", "修订", "2014-11-26") in got
    assert ("某省海域使用办法", "通过", "2014-11-26") in got


def test_each_verb_of_a_note_takes_the_date_written_before_it() -> None:
    got = actions("审议通过《某市湿地保护条例》(2021年5月20日通过,自2021年7月1日起施行)。")
    assert ("某市湿地保护条例", "通过", "2021-05-20") in got
    assert ("某市湿地保护条例", "施行", "2021-07-01") in got


def test_a_document_number_in_brackets_is_no_note_of_actions() -> None:
    assert actions("根据《某某行动方案》(某环函〔2018〕28号)开展整治。") == [("某某行动方案", "根据", "")]


def test_a_negated_verb_is_no_action() -> None:
    assert actions("局党组未组织学习《某某行动方案》。") == []
    assert actions("某厂未按照《排污许可证》要求开展监测。") == []


def test_words_of_a_quoted_provision_are_not_verbs() -> None:
    got = actions("依据《某某处罚法》第二十八条“行政机关实施行政处罚时,应当责令改正”,责令其改正。")
    assert [v for _t, v, _d in got] == ["依据"]


def test_feedback_as_the_name_of_findings_is_no_action() -> None:
    got = actions("根据检查组贯彻执行《某某防治法》执法检查反馈意见,开展整改。")
    assert [v for _t, v, _d in got] == ["贯彻执行"]


def test_entering_a_list_dates_from_the_list() -> None:
    got = actions("某委于2020年11月正式印发《某某经验做法推广清单》,我省甲乙等9项做法入列,其中包括丙机制。")
    assert ("某某经验做法推广清单", "入列", "2020-11") in got


def test_gathering_acts_on_a_title_written_before_it_only() -> None:
    got = actions("完成2005年版《某省水功能区划》、全省河流基本信息数据收集。")
    assert ("某省水功能区划", "收集", "") in got
    assert actions("某公司未取得许可证收集、贮存危险废物的行为违反《某某防治法》第八十条。") == []


def test_pushing_on_in_the_next_clause_continues_the_action() -> None:
    got = actions("编制《某系统建设项目需求书》,推进项目立项建设。")
    assert ("某系统建设项目需求书", "推进", "") in got


def test_a_title_naming_a_span_of_time_is_not_acted_on_after_it() -> None:
    assert actions("发现你单位持有《排污许可证》期间实施了以下违法行为。") == []


def test_a_clause_about_what_is_put_next_does_not_continue_the_title() -> None:
    got = actions("根据《某某巡视工作条例》有关规定,现将巡察整改进展情况予以公布。")
    assert [v for _t, v, _d in got] == ["根据"]
    assert [v for _t, v, _d in actions("《某县实施方案》已经县委同意,现印发给你们。")] == ["印发"]


def test_the_year_of_a_documents_number_dates_no_action() -> None:
    assert actions("2022 年第 8 号 根据《某某审计法》的规定,开展审计调查。") == [("某某审计法", "根据", "")]


def test_a_basis_verb_after_the_title_has_another_object() -> None:
    got = actions("执法人员向群众发放《致群众的一封公开信》,并结合执法工作普及危害。")
    assert [v for _t, v, _d in got] == ["发放"]


def test_a_later_clause_naming_the_title_by_its_head_noun_acts_on_it() -> None:
    got = actions("2021年4月13日,甲与乙共同签署了《某某建设战略合作协议》,截至目前,协议中的任务清单正按期有序推进。")
    assert ("某某建设战略合作协议", "推进", "") in got
    assert ("某某建设战略合作协议", "签署", "2021-04-13") in got
    assert [v for _t, v, _d in actions("印发《某某方案》,截至目前,各地任务正按期推进。")] == ["印发"]
    assert [v for _t, v, _d in actions("印发《某某方案》,但该方案未落实到位。")] == ["印发"]


def test_a_province_acts_but_every_province_does_not() -> None:
    def actors(text: str) -> list[str]:
        titles = find_titles(text)
        found = find_actions(text, 0, len(text), [(m.start, m.end) for m in titles], find_dates(text))
        return [text[a.actor[0] : a.actor[1]] if a.actor else "" for a in found]

    assert actors("2008年,某某省修正《某某省水资源管理条例》。") == ["某某省"]
    assert actors("2020年,全省印发《某某行动方案》。") == [""]


def test_taking_effect_from_a_date_is_an_action_of_that_date() -> None:
    got = actions("2022年9月28日,市人大常委会审议通过《某市某河保护条例》,自2023年1月1日起施行。")
    assert ("某市某河保护条例", "审议通过", "2022-09-28") in got
    assert ("某市某河保护条例", "施行", "2023-01-01") in got
    assert [v for _t, v, _d in actions("印发《某某方案》,自查发现问题后组织实施整改。")] == ["印发"]
