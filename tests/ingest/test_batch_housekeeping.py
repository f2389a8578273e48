"""A folder ingest leaves out the folder's own housekeeping files, and says so; named files are always read."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.store import Store
from policykg.ingest.batch import expand, ingest_paths, is_housekeeping
from policykg.search.index import SearchIndex


def test_housekeeping_names_are_recognised_and_documents_are_not() -> None:
    for name in ("README.md", "readme.txt", "SOURCES.md", "LICENSE", "CHANGELOG.md", "gold.json",
                 "annotations.json", "dev_gold.json", "manifest.json"):
        assert is_housekeeping(name), name
    for name in ("2023-整改公告.txt", "report.html", "sources-of-pollution.docx.bak", "notice.pdf", "golden-bay.txt"):
        assert not is_housekeeping(name), name


def test_a_folder_expands_to_its_documents_and_reports_the_rest_as_skipped(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", "README.md", "gold.json", ".hidden.txt", "sub/c.pdf", "sub/LICENSE"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    skipped: list[Path] = []
    found = [p.relative_to(tmp_path).as_posix() for p in expand([tmp_path], skipped)]
    assert found == ["a.html", "b.txt", "sub/c.pdf"]
    assert sorted(p.relative_to(tmp_path).as_posix() for p in skipped) == ["README.md", "gold.json", "sub/LICENSE"]


def test_a_housekeeping_file_named_explicitly_is_ingested(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("x", encoding="utf-8")
    skipped: list[Path] = []
    assert list(expand([readme], skipped)) == [readme] and skipped == []


def test_the_ingest_report_lists_skipped_housekeeping_beside_the_ingested_documents(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notice.txt").write_text("一、总体要求\n各地要加强饮用水水源地保护。", encoding="utf-8")
    (corpus / "README.md").write_text("一、说明\n本目录收录公告。", encoding="utf-8")
    store, index = Store.open(tmp_path / "db"), SearchIndex(tmp_path / "db")
    try:
        report = ingest_paths(store, index, [corpus]).as_dict()
    finally:
        store.close()
    assert (report["ingested"], report["skipped"]) == (1, 1)
    assert [(f["path"].split("/")[-1], f["status"]) for f in report["files"]] == [
        ("notice.txt", "ingested"), ("README.md", "skipped")]
