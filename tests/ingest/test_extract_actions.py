"""Actions on regulations: verbs before and after a title group, their dates and the acting body."""

from __future__ import annotations

from policykg.ingest.extract.actions import find_actions
from policykg.ingest.extract.dates import find_dates
from policykg.ingest.extract.regulations import find_titles


def actions(text: str, year: int | None = None) -> list[tuple[str, str, str, str]]:
    """(title, verb, date, actor) for every action in text."""
    titles = find_titles(text)
    spans = [(m.start, m.end) for m in titles]
    found = find_actions(text, 0, len(text), spans, find_dates(text, year=year))
    return [(titles[a.title].name, a.verb, a.date, text[a.actor[0] : a.actor[1]] if a.actor else "") for a in found]


def test_verb_before_the_title_with_its_date_in_the_clause_before() -> None:
    assert actions("9月25日,印发《某厅整改工作方案》,通过认真对照", year=2020) == [
        ("某厅整改工作方案", "印发", "2020-09-25", "")
    ]


def test_compound_verb_wins_over_its_parts() -> None:
    assert [a[1] for a in actions("厅党组研究制定了《某厅专项监督方案》。")] == ["研究制定"]


def test_issuing_body_and_date_are_found_for_an_issued_scheme() -> None:
    text = "2021年2月10日,省委办公厅省政府办公厅印发实施《某省全面推行“湾长制”实施方案》。"
    assert actions(text) == [("某省全面推行“湾长制”实施方案", "印发实施", "2021-02-10", "省委办公厅省政府办公厅")]


def test_one_verb_acts_on_every_title_of_a_group() -> None:
    text = "修订完善《某省突发事件应急预案》《某省核应急预案》和《某省辐射事故应急预案》。"
    assert [(a[0], a[1]) for a in actions(text)] == [
        ("某省突发事件应急预案", "修订完善"), ("某省核应急预案", "修订完善"), ("某省辐射事故应急预案", "修订完善"),
    ]


def test_respectively_dated_group_keeps_the_dates_as_candidates() -> None:
    text = "修订完善《甲预案》《乙预案》,分别于 2020年10月19日和11月16日,经省政府同意印发实施。"
    titles = find_titles(text)
    found = find_actions(text, 0, len(text), [(m.start, m.end) for m in titles], find_dates(text))
    issued = [a for a in found if a.verb == "印发实施"]
    assert len(issued) == 2
    assert all(a.date == "" and a.date_candidates == ("2020-10-19", "2020-11-16") for a in issued)


def test_verb_after_the_title_in_a_continuing_clause_takes_that_clause_date() -> None:
    text = "对《某省各级党委政府生态环境保护工作职责》进行修订完善,2020年12月8日,由省委办公厅、省政府办公厅印发实施。"
    got = {(a[1], a[2], a[3]) for a in actions(text)}
    assert ("修订完善", "", "") in got
    assert ("印发实施", "2020-12-08", "省委办公厅、省政府办公厅") in got


def test_a_new_unrelated_clause_does_not_lend_its_verb() -> None:
    text = "印发《关于加快推进湾长制工作的函》,督促沿海市县完成部署。"
    assert [a[1] for a in actions(text)] == ["印发"]


def test_words_inside_titles_are_not_verbs() -> None:
    text = "转发《关于印发〈监测能力建设指南〉的通知》。"
    assert [a[1] for a in actions(text)] == ["转发"]


def test_inner_title_is_acted_on_by_the_verb_the_outer_title_writes() -> None:
    text = "形成《关于报送《某办公厅关于增设工作委员会的补充通知(建议稿)》的请示》。"
    got = {(a[0][:4], a[1]) for a in actions(text)}
    assert got == {("关于报送", "形成"), ("某办公厅", "报送")}


def test_submission_to_a_body_is_an_action_with_its_date() -> None:
    text = "形成《审计整改情况报告》于2021年3月31日报审计厅。"
    assert ("审计整改情况报告", "报", "2021-03-31", "") in actions(text)


def test_legal_basis_is_an_action() -> None:
    assert actions("根据审计厅《关于开展审计整改自查的通知》要求,开展自查")[0][1] == "根据"


def test_time_words_and_staff_are_not_the_acting_body() -> None:
    assert actions("目前某市已编制《某市碳汇试点实施方案》。")[0][3] == "某市"
    assert actions("机关党委全体干部认真学习《某某工作条例》。")[0][3] == ""
