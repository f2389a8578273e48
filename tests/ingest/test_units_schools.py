"""Schools are bodies named by their own words or their division and number (甲乙区第五中心小学, 丙丁幼儿园); a kind of
school (辖区中小学, 公办幼儿园) is none, and words that hold 中学 or 小学 (集中学习, 高中学生) name no school."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_named_schools_are_bodies() -> None:
    assert names("派出所民警到甲乙区第五中心小学开展宣传") == ["甲乙区第五中心小学"]
    assert names("社区在丙丁幼儿园开展垃圾分类教育") == ["丙丁幼儿园"]
    assert names("甲乙县第一中学组织师生清理河岸") == ["甲乙县第一中学"]


def test_kinds_of_school_and_words_holding_school_are_none() -> None:
    for text in ("辖区中小学开展环保教育", "公办幼儿园全部达标", "组织集中学习", "高中学生参加活动", "从中学到经验"):
        assert names(text) == [], text
