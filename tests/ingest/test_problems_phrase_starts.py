"""Where a problem named inside a sentence starts: after the verbs of the measure around it (落实好, 了解, 紧盯,
讨论, 将, 累计向 …), and, when the phrase is long, never inside a word (县级, 省纪委, 预算执行). On invented
sentences."""

from __future__ import annotations

import pytest

from policykg.ingest.extract.problems import find_problems


def titles(sentence: str) -> list[str]:
    return [p.title for p in find_problems(sentence)]


@pytest.mark.parametrize("sentence, problem", [
    ("坚决落实好中央环保督察反馈问题整改的各项任务。", "中央环保督察反馈问题"),
    ("督导组现场了解省委巡视反馈问题的责任认领情况。", "省委巡视反馈问题"),
    ("纪检组紧盯巡视巡察反馈问题,逐项督办。", "巡视巡察反馈问题"),
    ("党组会议讨论驻在单位巡视巡察反馈意见整改工作。", "驻在单位巡视巡察反馈意见"),
    ("被督察区累计向督察组反馈问题办理情况120件。", "督察组反馈问题"),
    ("用半个月的时间将全镇范围内环境卫生问题整改到位。", "全镇范围内环境卫生问题"),
    ("雇佣专人清运垃圾,解决好水源地附近农村生活垃圾处理问题。", "水源地附近农村生活垃圾处理问题"),
])
def test_a_problem_starts_after_the_verbs_of_its_measure(sentence, problem):
    assert problem in titles(sentence)


def test_a_long_phrase_reaches_back_to_where_its_words_start():
    assert "县级集中式饮用水水源地环境问题" in titles("现将我市县级集中式饮用水水源地环境问题整治进展公示如下。")
    assert "省纪委省监委漠视侵害群众利益问题" in titles("为进一步落实省纪委省监委漠视侵害群众利益问题专项整治工作。")


def test_a_phrase_too_long_to_keep_whole_starts_after_a_division_not_inside_a_word():
    found = titles("督察发现,甲乙综合实验区无居民海岛违规开发利用问题多发。")
    assert "无居民海岛违规开发利用问题" in found
    assert not any(t.startswith("区") for t in found)


def test_a_phrase_too_long_to_keep_whole_starts_after_a_conjunction():
    found = titles("高度重视2021年度省级预算执行和其他财政收支审计查出问题的整改工作。")
    assert any(t.endswith("审计查出问题") for t in found)
    assert not any(t.startswith("行") for t in found)


def test_a_link_word_before_a_finding_is_no_part_of_it():
    assert "水生态系统失衡" in titles("我国水生态质量持续改善,但水生态系统失衡等问题仍然亟待突破。")
    assert "实际未整改到位" in titles("虽然上报完成整改,但实际未整改到位。")


def test_a_purpose_names_no_finding():
    assert not any(t.startswith("为") for t in titles("为追溯白色浑浊水源头问题,执法人员开展排查。"))
