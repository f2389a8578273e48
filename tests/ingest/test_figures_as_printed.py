"""A figure's clause as the file prints it: on a page in traditional script, or with pinyin reading aids set into
it, the figure quotes the page (`text`, with a reading aid right after the value too) and keeps the clause its
evidence is read from (`plain`), which the evidence points into; its label and value stay in the matched form."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.vocab import NodeType

from support import ingest_text

GLOSSED = "一、整改成效\n全年查處案件12個(gè),罰款36萬(wàn)元。\n"
PLAIN = "一、整改成效\n全年查处案件12个,罚款36万元。\n"


def figures(tmp_path: Path, text: str) -> dict[str, dict[str, str]]:
    record = ingest_text(tmp_path, text)
    return {n.label: n.attrs for n in record.nodes if n.type == NodeType.FIGURE}


def test_a_figure_on_a_traditional_page_quotes_the_page(tmp_path: Path) -> None:
    found = figures(tmp_path, GLOSSED)
    cases = next(a for label, a in found.items() if a["value"] == "12")
    assert cases["text"].endswith("案件12個(gè)") and "查处案件12个" in cases["plain"]
    fine = next(a for a in found.values() if a["unit"] == "元")
    assert "36萬(wàn)元" in fine["text"] and fine["plain"].endswith("36万元")
    assert all("(" not in label for label in found)


def test_a_figure_in_simplified_script_has_no_plain_copy(tmp_path: Path) -> None:
    for attrs in figures(tmp_path, PLAIN).values():
        assert "plain" not in attrs and "(" not in attrs["text"]


def test_the_plain_clause_is_the_matched_text_the_evidence_points_into(tmp_path: Path) -> None:
    record = ingest_text(tmp_path, GLOSSED)
    for n in record.nodes:
        if n.type == NodeType.FIGURE:
            ev = n.evidence[0]
            assert n.attrs["plain"] in record.text and record.text[ev.start:ev.end] in n.attrs["plain"]
