"""A measure's sentence as the file prints it: where a mirror site set pinyin reading aids into the sentence, the
measure quotes the page (`text`) and keeps the sentence its evidence points to (`plain`), which search reads."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.vocab import NodeType
from policykg.search.passages import passages_for

from support import ingest_text

GLOSSED = "一、整改措施\n區(qū)水務局加強(qiáng)河道巡查,清理沿岸垃圾12處。\n"
PLAIN = "一、整改措施\n区水务局加强河道巡查,清理沿岸垃圾12处。\n"


def measures(tmp_path: Path, text: str) -> list[dict[str, str]]:
    record = ingest_text(tmp_path, text)
    return [n.attrs | {"label": n.label, "span": record.text[n.evidence[0].start:n.evidence[0].end]}
            for n in record.nodes if n.type == NodeType.MEASURE]


def test_a_glossed_measure_quotes_the_page_and_keeps_its_plain_sentence(tmp_path: Path) -> None:
    (m,) = measures(tmp_path, GLOSSED)
    assert "加強(qiáng)河道巡查" in m["text"]
    assert m["plain"] == m["span"] and "(" not in m["plain"] and "加强河道巡查" in m["plain"]
    assert "(" not in m["label"]


def test_a_measure_without_a_gloss_has_no_plain_copy(tmp_path: Path) -> None:
    (m,) = measures(tmp_path, PLAIN)
    assert m["text"] == m["span"] and "plain" not in m


def test_search_reads_the_plain_sentence_of_a_glossed_measure(tmp_path: Path) -> None:
    record = ingest_text(tmp_path, GLOSSED)
    passages = passages_for(record.nodes, record.text, record.id, record.edges)
    (measure,) = [p for p in passages if p.type == NodeType.MEASURE]
    assert "加强河道巡查" in measure.text and "(" not in measure.text
