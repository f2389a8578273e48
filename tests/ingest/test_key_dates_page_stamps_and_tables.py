"""Dates a page states outside its sentences: the stamp of a web page, a labelled date without separators, a
date filling a table cell, the date printed after a table's title; and the milestones told by hearing a
report, reporting to a congress and deciding a penalty."""

from __future__ import annotations

from policykg.ingest.extract.key_dates import find_key_dates
from policykg.ingest.normalize import normalize


def dates(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.value, f.subject) for f in find_key_dates(normalize(text)[0])]


def test_a_page_stamp_with_the_time_of_day_or_a_source_is_a_date():
    assert dates("某县开展河道清理\n2021-03-15 09:30 来源: 某县融媒体中心\n正文。") == [
        ("date", "2021-03-15", "某县融媒体中心")]
    assert dates("2020/7/8 来源:县水务局") == [("date", "2020/7/8", "县水务局")]
    assert dates("某镇推进禁塑工作\n2022-06-01 14:05:33 12\n正文。") == [("date", "2022-06-01", "发布")]


def test_a_stamp_takes_the_source_named_on_the_line_above():
    assert dates("• 来源: 某区河长办\n• 2021-12-01 10:00\n正文。")[0][1:] == ("2021-12-01", "某区河长办")


def test_a_newspapers_name_and_a_date_alone_on_a_line_are_a_byline():
    assert dates("某某晚报 2022-09-30\n全市清理河道垃圾。") == [("date", "2022-09-30", "某某晚报")]


def test_a_date_inside_a_sentence_or_a_span_of_years_is_no_stamp():
    assert dates("经核查,该企业于2021-03-15 投产,排放超标。") == []
    assert dates("规划期为2021-2025年。") == []


def test_a_labelled_date_without_separators_is_a_date():
    assert dates("发布时间:20230512 来源:某市生态环境局") == [("date", "20230512", "发布时间")]
    assert dates("文号:20230512号") == []


def test_a_date_that_fills_a_table_cell_is_named_by_its_column():
    text = "序号 | 问题 | 完成时限 | 进度\n1 | 某河道垃圾堆放 | 2023年6月底前 | 80% |\n2 | 某排口未封堵 | 2023年3月 | 100% |"
    found = [d for d in dates(text) if d[2] == "完成时限"]
    assert [d[1] for d in found] == ["2023年6月底前", "2023年3月"]


def test_a_table_date_without_a_date_column_takes_the_cell_before_only_when_it_names_something():
    assert dates("某村污水站 | 2023年3月 |") == [("date", "2023年3月", "某村污水站")]
    assert dates("是 | 2023年3月 |") == [("date", "2023年3月", "")]


def test_the_date_after_a_tables_title_is_when_it_holds():
    assert dates("某县黑臭水体整治进展情况表(2022年9月30日)") == [
        ("date", "2022年9月30日", "某县黑臭水体整治进展情况表")]


def test_a_month_before_a_word_opening_with_a_part_of_month_character_is_still_a_date():
    assert dates("2024年6月中央督察组进驻某省开展督察。")[0][:2] == ("milestone", "2024年6月")
    assert [d[:2] for d in dates("2024年6月中旬,督察组进驻某省开展督察。")] == [("milestone", "2024年6月中旬")]


def test_hearing_a_report_reporting_to_a_congress_and_a_penalty_decided_are_milestones():
    assert dates("2022年3月2日,县委常委会听取了巡察整改进展情况汇报。")[0][:2] == ("milestone", "2022年3月2日")
    assert dates("9月27日,某局局长在人大常委会会议上作了《关于审计查出问题整改情况的报告》。")[0][:2] == (
        "milestone", "9月27日")
    assert dates("2023年4月,某县生态环境局对该公司作出行政处罚决定。")[0][:2] == ("milestone", "2023年4月")
    assert dates("2023年4月,某县召开生态环境保护工作会议。")[0][:2] == ("milestone", "2023年4月")


def test_a_signature_date_in_chinese_numerals_is_signed_by_the_line_above():
    assert dates("全镇清理河道12公里。\n某镇河长办\n二〇二一年三月十五日") == [("date", "二〇二一年三月十五日", "某镇河长办")]
    assert dates("二〇二一年三月十五日,某镇召开会议。") == []


def test_a_list_published_a_completion_announced_a_joint_patrol_and_a_task_done_in_full_are_milestones():
    assert dates("2019年6月,某省公布第二批重要湖泊保护名录。")[0][:2] == ("milestone", "2019年6月")
    assert dates("某县政府8月3日公示整改任务整改完成情况。")[0][:2] == ("milestone", "8月3日")
    assert dates("4月9日,两区河长办组织开展某河联合巡查。")[0][:2] == ("milestone", "4月9日")
    assert dates("2021年5月,沿河违建被全部拆除。")[0][:2] == ("milestone", "2021年5月")
    assert dates("4月9日,某区召开巡查工作推进会。")[0][:2] == ("milestone", "4月9日")


def test_a_milestone_date_written_with_dots_or_dashes():
    assert dates("2023.5.12,执法人员对某厂开展执法检查。")[0][:2] == ("milestone", "2023.5.12")
    assert dates("2023-05-12,执法人员对某厂开展执法检查。")[0][:2] == ("milestone", "2023-05-12")
    assert dates("2023.5.12,某县召开工作会议。") == []
    assert dates("某软件版本2020.1.15已发布。") == []


def test_a_site_inspected_dates_a_case():
    assert dates("2023年5月8日,某局执法人员对某加工点进行检查,发现其无证经营。")[0][:2] == ("milestone", "2023年5月8日")
    assert dates("2023年5月8日,某局对检查组进行检查工作部署。")[0][:2] == ("milestone", "2023年5月8日")
