"""污染 ends most problems' names in these documents (工业污染, 大气污染): sharing it alone ties no measure to a
problem, while a rarer word of the problem's own still does."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

NEWS = """某区推进水污染防治
今年以来,辖区工业污染较为突出。区里对涉污企业开展全面排查,督促完善治污设施。
同时积极推进农村改厕工作,减少生活污水对河湖的污染。
"""


def test_pollution_alone_ties_nothing(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NEWS))
    assert not any(m.startswith("同时积极推进农村改厕") and "工业污染" in t for m, t, _ in got), got
