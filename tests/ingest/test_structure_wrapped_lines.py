"""A line end that only wraps a paragraph (a page saved at a fixed width, a long line broken mid-sentence) ends no
sentence, so a measure is never cut in two; titles, headings, items and table rows keep their own lines."""

from __future__ import annotations

from policykg.ingest.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


FIXED_WIDTH = (
    "县河长办:\n"
    "针对市河长办督查发现的甲河沿岸垃圾堆放问题,镇党委、政府高度重\n"
    "视,立即组织沿河各村开展垃圾集中清理行动,共清理沿岸垃圾二十余\n"
    "吨。\n"
    "特此报告。\n"
)


def test_lines_cut_at_a_fixed_width_make_one_sentence():
    got = sentences(FIXED_WIDTH)
    assert got[0] == "县河长办:"
    assert got[1].startswith("针对市河长办督查") and got[1].endswith("二十余\n吨。")
    assert got[2] == "特此报告。"


def test_a_long_line_broken_mid_sentence_continues_on_the_next():
    long_line = "通报要求,沿河乡镇应切实落实河道保洁责任,加强源头管控,严控生活垃圾和建筑垃圾入河,加快组建专业保洁队伍,攻坚清理存量垃圾,常态化清理"
    got = sentences(long_line + "\n沿岸漂浮垃圾。\n下一步,继续巡查。")
    assert got == [long_line + "\n沿岸漂浮垃圾。", "下一步,继续巡查。"]


def test_a_subtitle_an_item_and_a_table_row_keep_their_lines():
    text = "“巡河+宣传”,普及护河知识\n在此次行动中,工作人员向群众发放宣传单。\n"
    assert sentences(text) == ["“巡河+宣传”,普及护河知识", "在此次行动中,工作人员向群众发放宣传单。"]
    items = "一是沿河乡镇应切实落实河道保洁责任,加强源头管控,严控生活垃圾和建筑垃圾入河,加快组建专业保洁队伍,攻坚清理存量垃圾\n二是加强巡查。"
    assert len(sentences(items)) == 2
    rows = "整改措施 | 组织沿河各村开展垃圾集中清理行动,共清理沿岸垃圾二十余吨,并建立\n完成时限 | 2023年底 |"
    assert len(sentences(rows)) == 2
