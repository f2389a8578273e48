"""Key dates of a rectification's goal and steps: a target month without its year, a year's end the work was
done by, an acceptance carried out, and an enforcement case's monitoring report and decision served."""

from __future__ import annotations

from policykg.ingest.extract.key_dates import find_key_dates


def dates(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.value, f.subject) for f in find_key_dates(text)]


def test_a_target_month_of_the_reports_year_with_a_modal_is_a_deadline_of_the_goal() -> None:
    assert dates("某街道排污口整治正推进,预计10月下旬能够完成全部整治工作。") == [
        ("deadline", "10月下旬", "完成全部整治工作")
    ]
    assert dates("计划2025年6月底将建成污水管网。") == [("deadline", "2025年6月底", "建成污水管网")]


def test_a_month_not_before_a_goal_is_no_deadline() -> None:
    assert dates("预计10月下旬召开推进会。") == []
    assert dates("计划5月份完成。") == []


def test_a_year_end_the_work_was_done_by_is_its_completion() -> None:
    assert dates("甲河黑臭水体已于2021年底完成整治。") == [("completed", "2021年底", "完成整治")]


def test_a_year_alone_is_too_coarse_to_date_a_completion() -> None:
    assert dates("某工程于2018年完成建设。") == []


def test_an_acceptance_carried_out_is_a_milestone() -> None:
    assert dates("2022年3月15日进行工程竣工验收。")[0][:2] == ("milestone", "2022年3月15日")
    assert dates("2022年3月15日进行工程设计。")[0][:2] == ("milestone", "2022年3月15日")


def test_an_enforcement_cases_report_received_and_decision_served_are_milestones() -> None:
    found = dates("2021年6月2日收到某检测公司的检测报告。2021年6月9日,某局向甲公司送达《行政处罚决定书》。")
    assert [(k, v) for k, v, _ in found] == [("milestone", "2021年6月2日"), ("milestone", "2021年6月9日")]
    assert dates("2021年6月2日收到群众来信。")[0][:2] == ("milestone", "2021年6月2日")
