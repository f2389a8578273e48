"""Unstopped numbered lines that count what was done are a list of measures, not section headings."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline
from policykg.ingest.extract.frames import is_title_line
from policykg.ingest.normalize import normalize
from policykg.ingest.outline import parse_outline


def headings(original: str) -> list[str]:
    text, _ = normalize(original)
    return [s.title for s in parse_outline(text)]


def test_a_run_of_bodiless_items_counting_results_is_no_outline() -> None:
    text = "整改措施\n1.组织人员清理河道垃圾20吨\n2.拆除沿河违法建筑3处\n3.封堵非法排污口2个\n二、整改成效\n水质改善。"
    assert headings(text) == ["整改成效"]


def test_bodiless_titles_naming_subjects_stay_headings() -> None:
    text = "一、工作目标\n(一)国考断面水质达标\n(二)消除劣V类水体\n二、主要任务\n开展治理。"
    assert headings(text) == ["工作目标", "国考断面水质达标", "消除劣V类水体", "主要任务"]


def test_counting_items_with_bodies_stay_headings() -> None:
    text = "(一)清理垃圾20吨\n组织人员连续作业。\n(二)拆除违建3处\n依法拆除。"
    assert headings(text) == ["清理垃圾20吨", "拆除违建3处"]


def test_one_counting_item_among_titles_changes_nothing() -> None:
    text = "一、目标\n(一)断面达标\n(二)新建管网5公里\n(三)群众满意\n二、措施\n开展治理。"
    assert headings(text) == ["目标", "断面达标", "新建管网5公里", "群众满意", "措施"]


def test_a_numbered_line_counting_an_action_is_no_title_but_a_numbered_title_is() -> None:
    text = "2.拆除沿河违建3处\n3.沿河违建情况\n4.附件2份"
    assert is_title_line(text, 0, 10) is False
    assert is_title_line(text, 11, 19) is True
    assert is_title_line(text, 20, 26) is True


def test_the_items_become_measures(tmp_path: Path) -> None:
    doc = tmp_path / "notice.txt"
    doc.write_text("某县河道问题整改情况\n整改措施\n1.组织人员清理河道垃圾20吨\n2.拆除沿河违法建筑3处\n", encoding="utf-8")
    record = pipeline.run(pipeline.load(doc))
    texts = [n.attrs.get("text", "") for n in record.nodes if n.type == NodeType.MEASURE]
    assert any("清理河道垃圾20吨" in t for t in texts) and any("拆除沿河违法建筑3处" in t for t in texts)


def test_an_item_line_counting_an_action_is_no_title() -> None:
    text = "二是成立了七条河流22名村级河长队伍\n二是加强巡河管理"
    assert is_title_line(text, 0, 18) is False
    assert is_title_line(text, 19, len(text)) is True
