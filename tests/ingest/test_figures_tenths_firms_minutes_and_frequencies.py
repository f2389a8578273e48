"""Counts official writing states without a digit and a common unit: minutes (巡河不少于30分钟), tenths in digits
(6成以上), bodies counted with 家 in words (四家企业) and how often a duty is done (每月巡河不少于一次)."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures
from policykg.ingest.normalize import normalize


def figures(sentence: str) -> list[tuple[str, str]]:
    text = normalize(sentence)[0]
    return [(f.subject, f.text) for f in find_figures(text)]


def test_minutes_are_a_unit_of_time():
    assert figures("每次巡查时长不少于20分钟。") == [("每次巡查时长", "不少于20分钟")]
    assert figures("共拍摄视频45分钟。") == [("拍摄视频", "45分钟")]


def test_tenths_written_with_a_digit_need_a_bound_or_a_stop_after_them():
    assert figures("用水量减少了7成以上。")[0][1] == "7成以上"
    assert figures("完成率超8成,进度较快。")[0][1] == "超8成"
    assert figures("PM2.5成为首要污染物。") == []


def test_bodies_counted_with_jia_in_words():
    assert figures("检查组抽查了甲公司和乙公司两家企业。") == [("企业", "两家")]
    assert figures("对三家大型养殖场实施关停。")[0][1] == "三家"
    assert figures("数十家企业完成整改")[0][1] == "数十家"
    assert figures("走进千家万户宣传。") == []
    assert figures("两家人发生纠纷。") == []


def test_a_frequency_counts_how_often_a_duty_is_done():
    assert figures("乡级河长每旬巡河不少于一次,村级河长每周巡河不少于一次。") == [
        ("乡级河长每旬巡河", "不少于一次"), ("村级河长每周巡河", "不少于一次"),
    ]
    assert figures("聘请第三方每月进行一次水质检测。") == [("水质检测", "一次")]
    assert figures("一次性塑料制品。") == []
