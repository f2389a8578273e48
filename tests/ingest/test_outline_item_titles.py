"""Where a numbered line's title starts, and numbered lines that are list items rather than headings."""

from __future__ import annotations

from policykg.ingest.normalize import normalize
from policykg.ingest.outline import parse_outline


def headings(original: str) -> list[tuple[int, str, str]]:
    text, _ = normalize(original)
    return [(s.level, s.marker, s.title) for s in parse_outline(text)]


def test_a_question_mark_printed_for_a_lost_space_is_no_part_of_the_title() -> None:
    text = "1.?任务3:加强入湖河流整治。\n整改目标:水质达标。\n2.??任务5:完善监测体系。\n完成情况:已完成。"
    assert headings(text) == [(3, "1.", "任务3:加强入湖河流整治。"), (3, "2.", "任务5:完善监测体系。")]


def test_a_number_before_closing_punctuation_is_a_viewer_page_number_not_a_marker() -> None:
    assert headings("1、关于清水工程的报告。\n印发《某县方案》某政发〔2014\n\n2、〕7号,将清水工程作为民生工程。") == [
        (3, "1、", "关于清水工程的报告。")]


def test_an_unstopped_first_item_before_a_list_of_sentences_is_an_item_too() -> None:
    text = "三、重点措施\n\n(一)路面铺设沥青,裸土已覆盖,每日洒水2次\n\n(二)每日作业后清扫路面。\n\n四、目标任务\n无扬尘。"
    assert headings(text) == [(1, "三、", "重点措施"), (1, "四、", "目标任务")]


def test_an_unstopped_heading_over_a_body_stays_a_heading() -> None:
    text = "(一)加强组织领导\n成立领导小组。\n(二)强化督查考核。\n\n三、保障措施"
    assert headings(text)[0] == (2, "(一)", "加强组织领导")


def test_unstopped_titles_in_a_row_stay_headings() -> None:
    text = "一、工作目标\n(一)国考断面达标\n(二)消除劣V类水体\n二、主要任务\n开展治理。"
    assert headings(text) == [(1, "一、", "工作目标"), (2, "(一)", "国考断面达标"), (2, "(二)", "消除劣V类水体"),
                              (1, "二、", "主要任务")]


def test_numbers_a_viewer_puts_before_the_chunks_of_a_shared_document_are_no_markers() -> None:
    first = ("1、某镇河长制工作报告 今年以来,我镇狠抓河长体系建设。 一、高度重视,加强组织领导。 "
             + "镇党委高度重视河长制工作,组织学习各项文件。" * 8 + "组织制定落实河长制工")
    second = "2、作重要政策措施,研究解决重点难点问题。 二、精心组织,基础工作扎实开展。 一是加大宣传力度。"
    assert headings(f"{first}\n{second}") == [
        (1, "一、", "高度重视,加强组织领导。"), (1, "二、", "精心组织,基础工作扎实开展。")]


def test_a_list_whose_long_items_end_in_full_stops_keeps_its_headings() -> None:
    body = "镇党委高度重视河长制工作,组织学习各项文件。" * 10
    assert headings(f"1、健全组织体系\n{body}\n2、强化巡河履职\n{body}") == [
        (3, "1、", "健全组织体系"), (3, "2、", "强化巡河履职")]


def test_a_short_top_level_sentence_after_long_numbered_sentences_is_the_next_item() -> None:
    text = ("经研究,现批复如下。\n一、同意某县提出的某镇集中式饮用水水源地等十二个集中式饮用水水源保护区的划分方案,请抓紧组织实施。\n"
            "二、相关县要按照有关法律法规的要求,严格落实饮用水水源地各项保护措施,切实保障水源地的环境安全。\n"
            "三、市水利局等相关部门要加强对饮用水水源保护工作的指导。\n某市人民政府")
    assert headings(text) == []
