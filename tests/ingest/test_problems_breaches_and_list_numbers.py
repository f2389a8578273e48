"""A breach of a named rule is a finding (违反中央八项规定精神), a rule a law cites in its own words or by its 《》
title is none, and a list number (3、, 2.) is no part of a finding's name."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_a_breach_of_a_named_rule_is_a_finding() -> None:
    assert "违反中央八项规定精神" in titles("检查发现,个别干部违反中央八项规定精神,接受宴请。")
    assert "违反市容卫生管理规定" in titles("对违反市容卫生管理规定的摊主进行教育。")


def test_a_rule_cited_by_a_law_or_its_title_is_no_finding() -> None:
    assert not any("违反" in t for t in titles("违反本条例规定的,由主管部门责令改正。"))
    assert not any("违反" in t for t in titles("你单位的上述行为违反了《甲省河道管理条例》第十条的规定。"))


def test_a_finding_leaves_its_list_number_out() -> None:
    found = titles("2、河道垃圾清理不及时;3、河道检查口损坏;")
    assert "河道检查口损坏" in found
    assert not any(t[0].isdigit() for t in found)


def test_a_numbered_heading_word_alone_is_no_problem() -> None:
    assert titles("5.问题整改") == []
