"""Problems named by what a campaign clears out or puts right, and waste named only as a campaign's topic, which is
none. Each test sentence is invented."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_waste_named_as_a_campaigns_effect_or_project_is_none():
    assert titles("改造后提升了城乡垃圾治理水平。") == []
    assert titles("村级垃圾治理项目已完工。") == []


def test_a_clause_ending_on_waste_is_no_kind_of_waste():
    assert "配备的垃圾箱数量少于乡村垃圾" not in titles("配备的垃圾箱数量少于乡村垃圾清运所需。")


def test_waste_a_campaign_is_named_for_is_still_a_problem():
    assert titles("推进海漂垃圾治理常态化。") == ["海漂垃圾"]
