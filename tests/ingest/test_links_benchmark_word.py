"""标准 is a finding's benchmark (超III类标准) and a measure's manner (高标准维护): sharing it alone ties no
measure to a problem, while a rarer word of the problem's own still does."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

NEWS = """某镇甲河整治进展
督察发现,甲河沿岸排口直排污水,氨氮浓度超地表水III类标准3倍。
镇里每周组织清理河面漂浮物,按照高标准维护沿河日常卫生。
同时对氨氮超标河段开展溯源排查。
"""


def test_the_benchmark_word_alone_ties_nothing(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NEWS))
    assert not any(m.startswith("镇里每周组织") and "标准" in t for m, t, _ in got), got


def test_a_rarer_word_of_the_finding_still_ties(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NEWS))
    assert any(m.startswith("同时对氨氮") and t.startswith("氨氮浓度超") for m, t, _ in got), got
