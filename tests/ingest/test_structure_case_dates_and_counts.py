"""Key dates and counts as news items and case reports write them: a day without its year that an inspection or
a case is dated by, the day a campaign started, a date whose 年 and 月 a page lost, and a count of provinces."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures
from policykg.ingest.extract.key_dates import find_key_dates


def dates(sentence: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in find_key_dates(sentence)]


def test_a_day_without_its_year_dates_an_inspection():
    assert dates("6月3日,某省饮用水水源地专项督查工作全面开展。") == [("milestone", "6月3日")]


def test_a_day_without_its_year_that_dates_an_ordinary_measure_is_a_key_date_too():
    assert dates("6月3日,召开全县河长制工作会议。") == [("milestone", "6月3日")]


def test_the_day_a_campaign_started_is_a_key_date_about_what_started():
    (start,) = find_key_dates("自5月20日起,某县市场监管局开展禁塑专项执法行动。")
    assert (start.kind, start.value) == ("start", "5月20日")
    assert start.subject.startswith("某县市场监管局开展")


def test_a_date_that_lost_its_year_and_month_marks_still_dates_a_case():
    assert dates("202037日,某区执法局接到群众举报。") == [("milestone", "202037日")]
    assert dates("于2020312日,对该公司的设备予以查封。") == [("milestone", "2020312日")]


def test_a_count_of_provinces_is_a_figure_but_a_provincial_level_is_not():
    found = [f.text for f in find_figures("督察组分别向甲、乙等5省(区、市)反馈督察情况,涉及3省级部门。")]
    assert found == ["5省(区、市)"]


def test_a_period_may_start_without_its_year_or_run_between_parts_of_months():
    assert dates("8月3日至8月9日,市委巡察组向甲局党组进行了反馈。") == [("period", "8月3日至8月9日")]
    assert dates("2019年3月上旬至5月底,省委巡视组开展检查。") == [("period", "2019年3月上旬至5月底")]


def test_a_deadline_may_leave_out_its_year():
    assert dates("10月底前完成监测,明年6月底前完成溯源,12月5日前上报。") == [
        ("deadline", "10月底前"), ("deadline", "明年6月底前"), ("deadline", "12月5日前")]


def test_the_day_a_count_is_made_up_to_is_a_key_date_but_a_bare_year_is_not():
    assert dates("截至2023年底,全省已整治排污口512个。") == [("as_of", "2023年底")]
    assert dates("截至2023年,全省已整治排污口512个。") == []


def test_a_month_an_inspection_team_was_formed_and_the_day_a_congress_heard_a_report_are_milestones():
    assert dates("2021年5月,县纪委监委组成专项督查组开展督查。") == [("milestone", "2021年5月")]
    assert dates("2022812日,县人大常委会听取和审议了审计工作报告。") == [("milestone", "2022812日")]
    assert dates("2021年5月,召开全县河长制会议。") == [("milestone", "2021年5月")]


def test_a_count_made_up_to_a_day_of_this_year_and_complaints_handed_over_are_dated():
    assert dates("截至今年3月底,全市已完成整改40项。") == [("as_of", "3月底")]
    assert dates("6月2日,省督察组向我市交办群众信访举报件7件。") == [("milestone", "6月2日")]


def test_a_period_whose_first_day_lost_its_month_mark_is_still_a_period():
    assert dates("1023日至25日,省督察组下沉某县督察整改情况。") == [("period", "1023日至25日")]
    assert dates("累计运行1023日。") == []


def test_a_target_date_without_qian_is_a_deadline_and_a_follow_up_inspection_a_milestone():
    assert dates("正在选择新址,预计2024年底完成搬迁工作。") == [("deadline", "2024年底")]
    assert dates("6月3日,县督查室对甲路整治情况进行了“回头看”。") == [("milestone", "6月3日")]


def test_a_bracketed_as_of_date_takes_its_subject_from_the_words_around_it_not_the_bracket():
    (as_of,) = find_key_dates("进展情况报告\n(截止至9月21日)\n全市已完成整改22个。")
    assert as_of.value == "9月21日" and as_of.subject not in ("", ")")


def test_the_day_a_campaign_was_launched_is_a_milestone_and_bundles_are_counted():
    assert dates("2024年6月3日,某镇组织城监中队,深入开展禁塑攻坚行动。") == [("milestone", "2024年6月3日")]
    assert [f.text for f in find_figures("共收缴3捆塑料袋")] == ["3捆"]


def test_the_day_of_a_river_chief_patrol_is_a_milestone():
    assert dates("3月5日,副县长某某率队深入甲河开展巡河工作。") == [("milestone", "3月5日")]
