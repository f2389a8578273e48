"""Problems a higher body handed over to be settled (上级交办的问题, 省、市级交办问题): named by who handed them over,
or bare when no one is named; a document named for them (《…交办问题整改工作的通知》) is none. Each test sentence is
invented."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_problems_handed_over_are_named_by_who_handed_them_over() -> None:
    assert "上级交办的问题" in titles("同时,检查组还对上级交办的问题整改情况进行了复核。")
    assert "市级交办问题" in titles("并对前期省、市级交办问题整改情况进行回头看。")


def test_problems_handed_over_by_no_one_named_are_named_bare() -> None:
    assert "交办问题" in titles("督导组围绕重点任务推进情况、交办问题整改情况进行检查。")
    assert "交办问题" in titles("加快推进交办问题整改。")


def test_a_document_named_for_them_is_none() -> None:
    assert titles("根据《关于做好乙办交办问题整改工作的通知》要求,组织复查。") == []
