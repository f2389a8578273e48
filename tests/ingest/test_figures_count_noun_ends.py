"""The noun a count counts ends before the verb of its clause: 分赴 (went out to) and 现已 (by now)."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures


def test_fen_fu_ends_the_counted_noun() -> None:
    assert [f.subject for f in find_figures("3个检查组分赴各乡镇开展核查。")] == ["检查组"]


def test_xian_yi_ends_the_counted_noun() -> None:
    assert [f.subject for f in find_figures("12套净化设施现已停用。")] == ["净化设施"]


def test_xian_inside_a_noun_stays() -> None:
    assert [f.subject for f in find_figures("发现5处现场堆放点。")] == ["现场堆放点"]
