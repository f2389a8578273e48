"""A progress label run in after the findings it reports on (…放松。”整改情况:…) turns the rest of its paragraph to
those findings, on invented rectification lists."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

RUN_IN = (
    "某省督察反馈问题整改进展清单一、关于“督察指出,部分市县河道保洁抓得不紧,甲河沿岸垃圾堆放问题反复出现。”"
    "整改进展情况:已经完成,长期坚持。 1.组织沿河乡镇开展河道保洁专项行动,清理沿岸堆放物。建立河道保洁月度考核通报制度。\n"
    "另有部分村庄开展了节水宣传活动。\n"
)


def test_measures_after_a_run_in_progress_label_answer_the_findings_before_it(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, RUN_IN))
    finding = {(text, problem) for text, problem, basis in got if basis == "finding"}
    assert ("建立河道保洁月度考核通报制度。", "部分市县河道保洁抓得不紧") in finding
    assert any(text.startswith("1.组织沿河乡镇开展河道保洁专项行动") and problem == "部分市县河道保洁抓得不紧"
               for text, problem in finding)


def test_the_next_paragraph_is_out_of_the_labels_reach(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, RUN_IN))
    assert not any(text.startswith("另有部分村庄") and basis == "finding" for text, _, basis in got)


NEWS = """某省河湖“清五乱”取得初步成效
某省水利厅获悉,全省河湖“清五乱”共排查出问题320个,已销号250个。
去年以来,全省将清理范围扩大到所有县级河流,并纳入河长年度考核。
据悉,全省共摸排河湖“五乱”问题320个,其中乱堆问题40个。
“清五乱”工作已取得初步成效,250个问题已销号。
"""


def test_in_a_text_without_headings_unlinked_measures_answer_the_problem_most_sentences_name(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NEWS))
    assert ("去年以来,全省将清理范围扩大到所有县级河流,并纳入河长年度考核。", "五乱", "topic") in got


def test_a_problem_named_in_too_few_sentences_is_no_topic(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, "某县召开河长制会议。\n会议部署了河道保洁工作。\n全县清理河道垃圾20吨。\n"))
    assert not any(basis == "topic" for _, _, basis in got)


COMPLAINTS = """中央督察组向某省转办第三批群众信访举报件共计40件。
截至5月9日,已办结30件,阶段性办结6件。
其中,责令整改12家,立案处罚3家,问责1人。
本批信访件的办理情况将在省政府网站公开。
"""


def test_what_the_complaints_came_to_answers_the_complaints(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, COMPLAINTS))
    assert ("其中,责令整改12家,立案处罚3家,问责1人。", "群众信访举报件", "outcome") in got
    assert ("截至5月9日,已办结30件,阶段性办结6件。", "群众信访举报件", "outcome") in got


def test_a_documents_names_for_its_complaints_are_one_problem(tmp_path: Path):
    record = ingest_text(tmp_path, COMPLAINTS)
    complaints = [n for n in record.nodes if n.type == "problem"]
    assert len(complaints) == 1 and "信访件" in complaints[0].aliases


def test_outcomes_before_any_complaint_answer_none(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, "全年责令整改12家,立案处罚3家。\n"))
    assert not any(basis == "outcome" for _, _, basis in got)


THEREFORE = """某县开展禁塑督导检查。
检查发现,个别农贸市场经营户仍然存在违规销售一次性不可降解塑料袋行为。为此,检查组对相关经营户进行了立案查处。
"""


def test_a_sentence_opening_with_weici_answers_the_finding_just_stated(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, THEREFORE))
    assert any(text.startswith("为此,检查组") and "违规销售一次性不可降解塑料袋" in problem for text, problem, _ in got)


def test_a_credit_line_is_about_no_topic(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NEWS + "(记者甲乙、通讯员丙丁)\n"))
    assert not any(text.startswith("(记者") for text, _, _ in got)
