"""Key dates told by the verb of their sentence (an instruction, a patrol, published cases, an inspection carried
out), a task's completion day, and a year's end that opens a sentence."""

from __future__ import annotations

from policykg.ingest.extract.key_dates import find_key_dates


def key_dates(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.value, f.subject) for f in find_key_dates(text)]


def test_a_leaders_instruction_and_a_chiefs_patrol_are_milestones():
    assert key_dates("6月3日,县长对河道整治工作作出重要批示。") == [("milestone", "6月3日", "县长对河道整治工作作出重要批示")]
    assert key_dates("5月9日,县级河长赴某河开展巡河督导工作。") == [("milestone", "5月9日", "县级河长赴某河开展巡河督导工作")]


def test_published_cases_and_an_inspection_carried_out_are_milestones():
    assert key_dates("2月8日,省生态环境厅对一批典型案例予以集中通报。")[0][:2] == ("milestone", "2月8日")
    found = key_dates("近日,县里组成督查组,就7月2日,3日,县领导检查中发现的问题进行了专项督查。")
    assert [k[:2] for k in found] == [("milestone", "7月2日,3日")]


def test_a_date_that_opens_a_meeting_dates_the_meeting():
    assert key_dates("6月3日,县里召开工作会议。") == [("milestone", "6月3日", "县里召开工作会议")]


def test_the_day_a_task_was_done():
    assert key_dates("该项目已于2022年3月15日完成管网铺设,达到运行条件。") == [
        ("completed", "2022年3月15日", "完成管网铺设")
    ]
    assert key_dates("已于2019年9月底全部完成拆除。") == [("completed", "2019年9月底", "全部完成拆除")]
    assert key_dates("已于2019年9月召开会议。") == [("milestone", "2019年9月", "召开会议")]


def test_a_years_end_opening_a_sentence_is_a_goal_or_a_count_made_up_to_it():
    text = "2024年底,全县基本完成农村排污口整治;其余完成50%。2025年底,全县已完成整治40个。"
    assert [k[:2] for k in key_dates(text)] == [("deadline", "2024年底"), ("as_of", "2025年底")]
    assert key_dates("2024年底,县里召开总结会。") == []
