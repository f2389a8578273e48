"""Regulations on unseen pages: a file's name printed by a sharing site is no title."""

from __future__ import annotations

from policykg.ingest.extract.regulations import find_titles


def names(text: str) -> list[str]:
    return [m.name for m in find_titles(text)]


def test_a_file_name_with_its_extension_is_no_title() -> None:
    assert names("《甲省贯彻落实乙督察反馈意见.docx》由会员分享") == []
    assert names("《甲省贯彻落实乙督察反馈意见.docx(16页珍藏版)》请在某网上搜索") == []
    assert names("下载《甲乙方案.PDF》") == []


def test_a_title_that_mentions_a_format_is_still_a_title() -> None:
    assert names("印发《甲乙数据格式(docx)规范》") == ["甲乙数据格式(docx)规范"]
    assert names("《甲乙工作方案》") == ["甲乙工作方案"]
