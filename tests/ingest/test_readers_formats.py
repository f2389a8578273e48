"""Every format and encoding a publisher uses gives the same outline, regulations and evidence as UTF-8 text."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from document_files import INVENTED, docx_file, html_page, pdf_file
from opencc import OpenCC

from policykg.graph.errors import RejectedFile
from policykg.graph.store import Store
from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline
from policykg.ingest.normalize import normalize
from policykg.ingest.readers import read


def ingest_bytes(tmp_path: Path, name: str, data: bytes) -> pipeline.Parsed:
    path = tmp_path / name
    path.write_bytes(data)
    parsed = pipeline.load(path)
    pipeline.run(parsed)
    return parsed


def signature(p: pipeline.Parsed) -> dict:
    """What a reader must not change: headings, regulations with their evidence text, sub-items, metadata."""
    assert p.record is not None
    regulations = sorted(
        (n.label, p.text[e.start:e.end]) for n in p.record.nodes if n.type == NodeType.REGULATION for e in n.evidence
    )
    return {
        "outline": [(s.level, s.marker, s.title) for s in p.outline],
        "regulations": regulations,
        "items": [p.text[i.start:i.end] for i in p.items],
        "metadata": {k: v for k, v in p.metadata.items()},
    }


def as_pdf(text: str) -> bytes:
    lines = text.split("\n")
    return pdf_file([lines[:12], lines[12:]])


VARIANTS = {
    "utf8_bom.txt": lambda t: t.encode("utf-8-sig"),
    "gb18030.txt": lambda t: t.encode("gb18030"),
    "gbk_crlf.txt": lambda t: t.replace("\n", "\r\n").encode("gbk"),
    "utf16_bom.txt": lambda t: t.encode("utf-16"),
    "utf16le.txt": lambda t: t.encode("utf-16-le"),
    "utf16be.txt": lambda t: t.encode("utf-16-be"),
    "page.html": lambda t: html_page(t).encode("utf-8"),
    "page_gbk.htm": lambda t: html_page(t, "gbk").encode("gbk"),
    "file.docx": docx_file,
    "file.pdf": as_pdf,
}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return signature(ingest_bytes(tmp_path_factory.mktemp("ref"), "ref.txt", INVENTED.encode("utf-8")))


def test_the_reference_document_has_every_part_the_comparison_relies_on(reference: dict) -> None:
    assert len(reference["outline"]) == 10
    assert ("某某省饮用水水源保护条例", "某某省饮用水水源保护条例") in reference["regulations"]
    assert reference["items"] == ["一是界标缺失;", "二是巡查不到位;", "三是档案不全。"]
    assert reference["metadata"]["date"] == "2023-05-24"


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_each_format_and_encoding_reads_like_the_utf8_text(tmp_path: Path, reference: dict, name: str) -> None:
    parsed = ingest_bytes(tmp_path, name, VARIANTS[name](INVENTED))
    assert signature(parsed) == reference


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_evidence_maps_back_to_the_characters_as_read(tmp_path: Path, name: str) -> None:
    p = ingest_bytes(tmp_path, name, VARIANTS[name](INVENTED))
    assert p.record is not None and p.decoded is not None
    for node in p.record.nodes:
        for e in node.evidence:
            a, b = p.offsets[e.start], p.offsets[e.end - 1] + 1
            assert normalize(p.decoded.text[a:b])[0] == p.text[e.start:e.end]


def test_format_and_encoding_land_on_the_document_node(tmp_path: Path) -> None:
    for name, fmt, enc in [("gb18030.txt", "txt", "gb18030"), ("utf16le.txt", "txt", "utf-16"),
                           ("page_gbk.htm", "html", "gb18030"), ("file.docx", "docx", "utf-8"),
                           ("file.pdf", "pdf", "pdf-text")]:
        p = ingest_bytes(tmp_path, name, VARIANTS[name](INVENTED))
        assert p.record is not None
        assert (p.record.node.attrs["format"], p.record.node.attrs["encoding"]) == (fmt, enc)


def test_big5_traditional_text_is_read_and_converted_to_simplified(tmp_path: Path) -> None:
    traditional = OpenCC("s2t").convert("一、總體情況\n(一)加強組織領導。\n落實《某某省水源保護條例》。")
    assert "總體" in traditional
    p = ingest_bytes(tmp_path, "big5.txt", traditional.encode("big5"))
    assert p.decoded is not None and p.decoded.encoding == "big5"
    assert [s.title for s in p.outline] == ["总体情况", "加强组织领导。"]
    assert p.decoded.text == traditional  # the original keeps its script


def test_a_web_page_keeps_the_article_and_drops_navigation_scripts_and_footer() -> None:
    decoded = read(Path("a.html"), html_page(INVENTED).encode("utf-8"))
    assert decoded.text == INVENTED
    assert decoded.title == "公告"
    for boilerplate in ("首页", "版权所有", "var menu", "当前位置"):
        assert boilerplate not in decoded.text


def test_a_web_page_table_becomes_one_line_per_row() -> None:
    page = ("<html><body><div class='article'><p>一、整改清单</p><table><tr><th>问题</th><th>措施</th></tr>"
            "<tr><td>界标缺失</td><td>增设界标</td></tr></table><p>以上清单持续更新,请各单位按期报送进展情况。</p>"
            "</div></body></html>")
    assert read(Path("t.html"), page.encode("utf-8")).text.split("\n") == [
        "一、整改清单", "问题 | 措施", "界标缺失 | 增设界标", "以上清单持续更新,请各单位按期报送进展情况。"]


def test_a_word_file_gives_paragraphs_then_table_rows_in_order() -> None:
    data = docx_file("一、整改清单\n见下表。", table=[["问题", "措施"], ["界标缺失", "增设界标"]], title="整改清单")
    decoded = read(Path("t.docx"), data)
    assert decoded.text.split("\n") == ["一、整改清单", "见下表。", "问题 | 措施", "界标缺失 | 增设界标"]
    assert decoded.title == "整改清单"


def test_pdf_lines_broken_by_the_page_width_are_joined_in_the_normalized_text(tmp_path: Path) -> None:
    lines = ["一、总体情况", "本年度各县区共排查饮用水水源地十二处,已经完成整改九处,其余三", "处正在整改。",
             "二、存在问题", "(一)界标缺失。", "部分保护区未设界标。", "- 2 -"]
    p = ingest_bytes(tmp_path, "wrapped.pdf", pdf_file([lines]))
    assert "其余三处正在整改。" in p.text
    assert "- 2 -" not in p.text
    assert [s.title for s in p.outline] == ["总体情况", "存在问题", "界标缺失。"]


@pytest.mark.parametrize(("name", "data", "says"), [
    ("empty.txt", b"", "empty"),
    ("binary.txt", bytes(range(256)) * 16, "binary"),
    ("latin.txt", "Grüße aus Köln, ça va très bien".encode("cp1252"), "mojibake"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "Word"),
    ("cut.docx", docx_file(INVENTED)[:2000], "Word"),
    ("cut.pdf", pdf_file([INVENTED.split("\n")])[:900], "truncated"),
    ("fake.pdf", b"just some text, not a PDF at all", "not a PDF"),
    ("scan.pdf", pdf_file([[""]]), "no text layer"),
    ("sheet.xlsx", b"PK\x03\x04", "unsupported"),
])
def test_bad_files_are_rejected_with_a_clear_message(name: str, data: bytes, says: str) -> None:
    with pytest.raises(RejectedFile) as caught:
        read(Path(name), data)
    assert says in caught.value.message


def test_word_automatic_numbering_is_rendered_as_the_markers_a_reader_sees() -> None:
    data = docx_file("总体要求\n正文。\n加强领导。\n完善制度。\n建立台账\n每月更新\n工作措施\n严格执法。",
                     numbering=[0, None, 1, 1, 2, 3, 0, 1])
    assert read(Path("n.docx"), data).text.split("\n") == [
        "一、总体要求", "正文。", "(一)加强领导。", "(二)完善制度。", "1.建立台账", "①每月更新", "二、工作措施", "(一)严格执法。"]


def test_a_government_page_keeps_its_title_and_article_in_a_table_layout() -> None:
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'><title>某某县人民政府</title>"
            "</head><body><table><tr><td><ul class='menu'><li>首页</li><li>政务公开</li></ul></td></tr><tr><td>"
            "<div class='location'>您现在的位置: 首页 &gt; 通知公告</div><h1>关于水源地整改情况的公示</h1>"
            "<div id='zoom'><p>一、存在问题</p><p>&nbsp;&nbsp;二、整改情况<br>已完成整改,共拆除违建2处。<br>"
            "某某县人民政府办公室<br>2019年5月15日</p></div><div class='share'>分享到:微信</div></td></tr></table>"
            "<div class='foot'>主办单位:某某县人民政府 版权所有</div></body></html>")
    decoded = read(Path("p.htm"), page.encode("gb2312"))
    assert decoded.encoding == "gb18030"
    assert decoded.text.split("\n") == ["关于水源地整改情况的公示", "一、存在问题", "二、整改情况", "已完成整改,共拆除违建2处。",
                                        "某某县人民政府办公室", "2019年5月15日"]


def test_the_store_keeps_the_normalized_text_and_the_original_with_its_offset_map(tmp_path: Path) -> None:
    traditional = "一、加強監管\n落實《某某條例》。"
    p = ingest_bytes(tmp_path, "t.txt", traditional.encode("big5"))
    assert p.record is not None
    store = Store.open(tmp_path / "db")
    try:
        store.write_document(p.record)
        assert store.document_text(p.doc_id) == "一、加强监管\n落实《某某条例》。"
        original, offsets = store.document_original(p.doc_id)
    finally:
        store.close()
    [regulation] = [n for n in p.record.nodes if n.type == NodeType.REGULATION]
    e = regulation.evidence[0]
    assert original[offsets[e.start]:offsets[e.end - 1] + 1] == "某某條例"


def test_control_characters_in_a_pdf_text_layer_are_dropped() -> None:
    decoded = read(Path("c.pdf"), pdf_file([["\x00一\x00、\x00总\x00体\x00要\x00求", "各地要加强饮用水水源地保护工作。"]]))
    assert decoded.text == "一、总体要求\n各地要加强饮用水水源地保护工作。"


def test_a_docx_that_would_expand_enormously_is_refused_before_inflating(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))
    with pytest.raises(RejectedFile, match="zip bomb"):
        read(Path("bomb.docx"), buffer.getvalue())


def test_a_deeply_nested_page_is_read_without_exhausting_the_stack() -> None:
    def nested(depth: int) -> bytes:
        return ("<html><body>" + "<div>" * depth + "<p>一、总体要求</p>" + "</div>" * depth + "</body></html>").encode()

    assert read(Path("deep.html"), nested(200)).text == "一、总体要求"
    assert read(Path("deeper.html"), nested(20000)).text == ""  # the parser stops at its depth limit; no crash


@pytest.mark.parametrize("codec", ["utf-8", "gb18030", "big5", "utf-16-le", "utf-16"])
def test_a_file_cut_inside_its_last_character_loses_only_that_character(codec: str) -> None:
    text = "一、總體要求\n各地要加強飲用水水源地保護" if codec == "big5" else "一、总体要求\n各地要加强饮用水水源地保护"
    decoded = read(Path("cut.txt"), text.encode(codec)[:-1])
    assert decoded.text == text[:-1]


@pytest.mark.parametrize("text", ["海南省生态环境厅", "一、总体要求\n"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_or_ascii_is_recognised_by_its_ideographs(text: str, codec: str) -> None:
    assert read(Path("u.txt"), text.encode(codec)).text == text


def test_random_bytes_without_zero_bytes_are_never_read_as_text() -> None:
    rng = random.Random(11)
    for _ in range(100):
        data = bytes(rng.randrange(1, 256) for _ in range(300))
        with pytest.raises(RejectedFile):
            read(Path("noise.txt"), data)


def test_a_page_declaring_gb2312_but_saved_as_utf8_is_read_as_utf8() -> None:
    decoded = read(Path("stale.html"), html_page(INVENTED, "gb2312").encode("utf-8"))
    assert (decoded.encoding, decoded.text) == ("utf-8", INVENTED)


def test_word_paragraphs_inside_a_content_control_are_read_in_place() -> None:
    document = docx.Document(io.BytesIO(docx_file("关于整改情况的公告\n二、后续工作")))
    body = document.element.body
    control = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>'
                        "</w:sdtContent></w:sdt>")
    body.insert(1, control)
    out = io.BytesIO()
    document.save(out)
    assert read(Path("sdt.docx"), out.getvalue()).text.split("\n") == ["关于整改情况的公告", "一、总体要求", "二、后续工作"]


def test_a_few_private_use_bullets_do_not_make_a_text_mojibake() -> None:
    text = "一、总体要求\n" + "\uf0b7各地要加强饮用水水源地保护,落实整改责任。\n" * 5
    assert read(Path("bullets.txt"), text.encode("gb18030")).text == text


def test_a_page_title_loses_the_site_name_appended_to_it() -> None:
    page = "<html><head><title>关于水源地整改情况的公示_某某县人民政府</title></head><body><p>一、存在问题</p></body></html>"
    assert read(Path("t.html"), page.encode("utf-8")).title == "关于水源地整改情况的公示"
