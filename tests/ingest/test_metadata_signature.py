"""Title, issuer, date and document number from a document's head and its signature block."""

from __future__ import annotations

from policykg.ingest.metadata import find_metadata
from policykg.ingest.normalize import normalize
from policykg.ingest.outline import parse_outline


def metadata(original: str) -> dict[str, str]:
    text, _ = normalize(original)
    return find_metadata(text, parse_outline(text))


def test_issuer_above_the_title_and_a_signature_block_with_the_date() -> None:
    assert metadata("某某县水务局\n关于河道整治情况的通报\n某水发〔2022〕7号\n一、基本情况\n已完成。\n"
                    "某某县水务局\n2022年11月3日") == {
        "title": "某某县水务局关于河道整治情况的通报", "issuer": "某某县水务局", "date": "2022-11-03",
        "number": "某水发〔2022〕7号"}


def test_several_issuing_units_and_a_date_in_chinese_numerals() -> None:
    meta = metadata("关于联合开展排污口整治的通知\n一、工作目标\n全面完成。\n某某市生态环境局\n某某市水务局\n二〇二三年五月二十四日")
    assert (meta["issuer"], meta["date"]) == ("某某市生态环境局、某某市水务局", "2023-05-24")


def test_a_web_page_source_and_publication_line_stand_in_for_a_signature() -> None:
    meta = metadata("发布时间:2019-05-15 来源:某某县人民政府办公室 【字体:大 中 小】\n一、存在问题\n界标缺失。")
    assert (meta["issuer"], meta["date"]) == ("某某县人民政府办公室", "2019-05-15")


def test_a_bulletin_number_and_a_bracketed_date_in_the_head() -> None:
    meta = metadata("某某市审计局审计结果公告\n(二○二二年十二月二十六日)\n2022 年第 8 号\n一、基本情况\n已审计。")
    assert (meta["title"], meta["date"], meta["number"]) == ("某某市审计局审计结果公告", "2022-12-26", "2022年第8号")


def test_a_numbered_document_cited_in_the_body_is_not_the_documents_number() -> None:
    meta = metadata("一、依据\n根据《某某方案》(某政发〔2020〕3号)开展工作。")
    assert "number" not in meta and "date" not in meta
