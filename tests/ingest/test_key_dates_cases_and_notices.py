"""Key dates and years as case reports, notices and news write them: the day a case was inspected, its evidence
kept or referred on, the day a text was adopted, a deadline under its label, and what 今年 means."""

from __future__ import annotations

from policykg.ingest.extract.dates import find_dates
from policykg.ingest.extract.key_dates import find_key_dates
from policykg.ingest.normalize import normalize


def dates(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in find_key_dates(normalize(text)[0])]


def test_the_day_of_a_case_s_inspection_its_evidence_and_its_referral_are_milestones():
    assert dates("2022年3月8日,某县执法人员对某厂开展执法检查。") == [("milestone", "2022年3月8日")]
    assert dates("执法局于3月9日对现场物品进行先行登记。") == [("milestone", "3月9日")]
    assert dates("某局于2022年5月6日将该案移送公安机关侦办。") == [("milestone", "2022年5月6日")]


def test_the_day_a_text_was_adopted_or_approved_is_a_milestone():
    assert dates("某省修订《某办法》(2015年6月1日通过)。") == [("milestone", "2015年6月1日")]
    assert dates("2019年4月2日,省政府批准《某整改方案》。") == [("milestone", "2019年4月2日")]


def test_an_ordinary_measure_s_date_is_a_key_date_too():
    assert dates("2019年4月2日,通过召开会议的方式部署整改工作。") == [("milestone", "2019年4月2日")]


def test_lost_characters_printed_as_question_marks_do_not_end_the_sentence():
    assert dates("2021年7月5日,??市执法人员对某??点开展执法检查。") == [("milestone", "2021年7月5日")]


def test_a_deadline_alone_under_its_label_takes_the_label_as_subject():
    text = "四、整改目标\n完成治理。\n五、整改时限\n2026年6月底前\n六、整改措施\n(一)加强管理。"
    (deadline,) = find_key_dates(text)
    assert (deadline.kind, deadline.value, deadline.subject) == ("deadline", "2026年6月底前", "整改时限")


def test_this_year_counts_from_the_publication_date_not_from_a_year_quoted_before():
    found = find_dates("该项工作从2016年开始。今年以来,共开展巡查20次", year=2016, published="2020-05-06")
    assert [d.iso for d in found] == ["2016", "2020"]


def test_a_year_a_figure_is_compared_with_sets_no_year_for_what_follows():
    found = find_dates("2021年,优良比例较2015年上升3.2%。1—6月,比例为88%")
    assert [(d.iso, d.baseline) for d in found] == [("2021", False), ("2015", True), ("2021-06", False)]


def test_a_news_dateline_is_no_key_date_even_beside_an_approval():
    assert dates("某网6月3日电 经国务院批准,2024年5月20日至21日,督察组开展督察。") == [
        ("period", "2024年5月20日至21日"),
    ]


def test_a_span_of_years_is_an_inspection_s_period_but_not_a_plan_s_term():
    assert dates("2018年至2021年,某省委巡视组分四批完成对各市的巡视。") == [("period", "2018年至2021年")]
    assert dates("印发2018年至2020年行动计划。") == []


def test_a_campaign_s_first_day_dates_it_when_it_unfolds_an_inspection():
    assert dates("9月3日,某区市场监管局展开禁塑专项监督检查行动。") == [("milestone", "9月3日")]
    assert dates("9月5日,某局在城区开展塑料污染治理专项检查。") == [("milestone", "9月5日")]


def test_a_date_field_in_a_flattened_table_row_is_a_labelled_date():
    assert dates("文号 | 成文日期: | 2021年3月2日 | |\n公开日期: | 2021-03-05 10:20 |") == [
        ("date", "2021年3月2日"), ("date", "2021-03-05"),
    ]


def test_a_signature_date_after_a_distribution_remark_is_still_a_signature():
    (f,) = find_key_dates("某县人民政府办公室\n\n(此件公开发布)          2019年5月6日\n")
    assert (f.kind, f.value, f.subject) == ("date", "2019年5月6日", "某县人民政府办公室")


def test_the_years_an_audit_covered_are_no_period():
    assert dates("审计署对某县2014年至2018年的海洋保护情况进行了审计。") == []


def test_feedback_of_an_inspection_s_findings_and_a_text_s_adoption_are_milestones():
    assert dates("5月6日,省委第二巡视组向市委反馈巡视情况。") == [("milestone", "5月6日")]
    assert dates("督察组于2018年9月完成督察反馈。") == [("milestone", "2018年9月")]
    assert dates("2021年11月30日,市人大常委会审议通过《某条例》。") == [("milestone", "2021年11月30日")]


def test_the_month_a_practice_started_is_a_start_without_zi_but_drafting_is_not():
    assert dates("2020年3月起,全面推行湾长制。") == [("start", "2020年3月")]
    assert dates("2020年3月起草了实施方案。") == []


def test_when_a_practice_began_is_a_start_of_what_the_clause_names():
    (f,) = find_key_dates("某市巡察工作始于2017年初,成效明显")
    assert (f.kind, f.value, f.subject) == ("start", "2017年初", "某市巡察工作")


def test_a_ledger_s_term_field_is_a_deadline_named_by_its_label():
    found = find_key_dates("责任单位:某局;整改时限:2021年12月31日\n| 完成时限 | 2022年6月底 |")
    assert [(f.kind, f.value, f.subject) for f in found] == [
        ("deadline", "2021年12月31日", "整改时限"), ("deadline", "2022年6月底", "完成时限"),
    ]


def test_further_days_listed_after_a_milestone_are_part_of_it():
    (f,) = find_key_dates("5月8日、9日,第一、第二督察组分别向甲市、乙市反馈督察情况。")
    assert f.value == "5月8日、9日" and f.subject.startswith("第一、第二督察组")


def test_a_deadline_without_its_year_is_a_key_date_still_to_come():
    assert dates("确保年底前全部整治到位,11月底前上报总结") == [("deadline", "年底前"), ("deadline", "11月底前")]
    found = find_dates("11月底前上报总结,12月20日通过验收", published="2018-05-23")
    assert [d.iso for d in found] == ["2018-11", "2017-12-20"]
