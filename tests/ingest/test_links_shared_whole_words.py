"""A key phrase ties a measure to a problem only where both say it in whole words: 农业污染 and 工业污染 share the
characters 业污 across two words, not a word, and a measure on the one answers nothing of the other; a phrase of
whole words (督察反馈, 污水 inside 污水处理) still ties them."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

from policykg.ingest.assemble.key_phrases import word_edges

REPORT = """某县环境问题整改进展
检查发现,农业污染治理滞后,群众反映镇区生活污水直排问题突出。
截至目前,全县工业污染企业已全部完成提标改造。
镇政府已完成污水处理设施建设并投入运行。
"""


def test_characters_shared_across_two_words_tie_no_measure(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, REPORT))
    assert not any("工业污染企业" in m and "农业污染" in p for m, p, _ in got)


def test_a_word_inside_a_compound_still_ties_the_measure(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, REPORT))
    assert any("污水处理设施" in m and "生活污水直排" in p for m, p, _ in got)


def test_word_edges_include_the_words_inside_a_compound():
    assert {2, 4} <= word_edges("污水处理设施")
    assert 1 not in word_edges("农业污染")
