"""A count in Chinese numerals before a bound, an idiom that holds a share's characters, and a list of numbered
sentences whose first item is too long to be a heading."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures
from policykg.ingest.outline import parse_outline


def test_a_count_in_words_before_a_bound_is_a_figure():
    assert [f.text for f in find_figures("每名河长每周巡河两次以上。")] == ["两次以上"]
    assert [f.text for f in find_figures("各村配备五名以上保洁员")] == ["五名以上"]
    assert find_figures("一次性餐具") == []


def test_a_crowd_is_no_share():
    assert find_figures("游客三五成群在岸边游玩") == []
    assert [f.text for f in find_figures("近六成河段达标")] == ["近六成"]


def test_a_short_sentence_after_a_long_listed_one_is_no_heading():
    text = (
        "三、整改情况\n\n1.已完成河道两岸垃圾清理工作,保持岸线整洁;经检测,该河段水质达标。\n\n"
        "2.要求镇里加强日常维护,及时打捞水草。\n\n如有异议,请来电反映。\n"
    )
    assert [s.title for s in parse_outline(text)] == ["整改情况"]


def test_a_heading_after_a_list_that_opens_a_body_stays():
    text = "一、工作要求\n1.加强河道巡查,及时发现问题,立行立改,全面排查各类问题并建立台账。\n各镇要落实。\n2.强化考核。\n各镇要定期考核。\n"
    assert [s.title for s in parse_outline(text)] == ["工作要求", "强化考核。"]


def test_years_are_counted_only_after_a_word_of_duration():
    found = [(f.text, f.subject) for f in find_figures("该片区空置土地长达8年无人使用")]
    assert found == [("8年", "无人使用")]
    assert [f.text for f in find_figures("开展为期3年的专项整治行动")] == ["3年"]
    assert [f.text for f in find_figures("水质优良比例连续5年100%")] == ["100%"]
    assert find_figures("历时两年多完成搬迁") == []


def test_a_count_in_words_with_its_classifier_before_a_counted_noun_is_a_figure():
    assert [f.text for f in find_figures("管理站组织了两个卫生小组每日巡查")] == ["两个"]
    assert [f.text for f in find_figures("对甲乙河等三条城市河流开展检查")] == ["三条"]
    assert [f.text for f in find_figures("重点整治四类突出问题")] == ["四类"]


def test_a_slogan_counts_nothing():
    assert find_figures("坚守三条红线,做到两个维护") == []
    assert find_figures("两个责任压紧压实") == []


def test_a_count_of_months_in_words_is_a_figure():
    assert [f.text for f in find_figures("通过四个月的集中整改,问题全部销号")] == ["四个月"]
    assert [f.text for f in find_figures("限期一个月内整改到位")] == ["一个月"]


def test_a_while_is_no_count_of_sections():
    assert find_figures("近一段时间以来,群众反映强烈") == []
    assert [f.text for f in find_figures("清理河道三段")] == ["三段"]
