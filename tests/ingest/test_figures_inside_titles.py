"""A number inside a 《》 title names the document, it reports nothing: no figure node comes from it, while the
same sentence's own figures stay."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text

TEXT = "某市印发《关于印发2021年湾长制工作要点和3个海湾整治指导意见的通知》,全年清理海漂垃圾120吨。"


def test_a_count_inside_a_title_is_no_figure_but_the_sentence_s_own_is(tmp_path: Path) -> None:
    record = ingest_text(tmp_path, TEXT)
    values = sorted(n.attrs["value"] + n.attrs["unit"] for n in record.nodes if n.type == "figure")
    assert values == ["120吨"]
