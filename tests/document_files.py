"""Writers of small test documents in every format the readers take: HTML pages, Word files and PDFs.

The PDF is written by hand with an unembedded CJK font and a ToUnicode map, so tests need no font file.
"""

from __future__ import annotations

import html
import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

INVENTED = """某某市生态环境局
关于饮用水水源地问题整改情况的公告
某环函〔2023〕12号
根据《某某省饮用水水源保护条例》和《关于开展水源地“回头看”的通知》,现将整改情况公告如下。
一、总体情况
本年度共排查水源地12处,完成整改9处。
二、存在问题
(一)在保护区管理方面。
保护区内仍有违法建筑,一是界标缺失;二是巡查不到位;三是档案不全。
1． 界标设置不全。
部分保护区边界未设立界标和警示牌,群众难以识别。
2.排查发现的问题
(1)一级保护区内有养殖场3家,存在面源污染。
(2)二级保护区内有居民20户,存在生活污水直排。
3、加强巡查。各县区每月巡查一次。
（1）完善档案
①建立一源一档
每个水源地建立一份档案。
② 定期更新数据
每季度更新一次。
三、下一步工作
严格执行《某某市水污染防治办法》,确保年底前全部完成整改。
某某市生态环境局
2023年5月24日"""
"""An invented rectification notice: every heading marker, a run-in heading, list items that are not headings,
一是/二是 items, regulations and a signature block."""


def html_page(text: str, charset: str = "utf-8") -> str:
    """The text as a government web page: navigation, a script and a footer around the article."""
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n"))
    return (f"<!DOCTYPE html><html><head><meta charset='{charset}'><title>公告</title>"
            "<script>var menu = '首页';</script><style>p {margin: 0}</style></head><body>"
            "<div class='nav'>首页 | 政务公开 | 互动交流</div><div class='breadcrumb'>当前位置: 首页 > 公告</div>"
            f"<div class='content'><div id='zoom'>{body}</div></div>"
            "<div class='footer'>版权所有 某某市生态环境局 备案号</div></body></html>")


_LEVELS = [("chineseCounting", "%1、"), ("chineseCounting", "(%2)"), ("decimal", "%3."), ("decimalEnclosedCircle", "%4")]


def docx_file(text: str, table: list[list[str]] | None = None, title: str = "",
              numbering: list[int | None] | None = None) -> bytes:
    """A Word file with one paragraph per line, then the table, if any.

    `numbering` gives each line a level of Word's automatic numbering (一、 (一) 1. ①), or None for none.
    """
    document = docx.Document()
    if numbering:
        levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="{t}"/></w:lvl>'
                         for i, (f, t) in enumerate(_LEVELS))
        definitions = document.part.numbering_part.element
        definitions.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
        definitions.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for k, line in enumerate(text.split("\n")):
        paragraph = document.add_paragraph(line)
        if numbering and numbering[k] is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{numbering[k]}"/><w:numId w:val="90"/></w:numPr>'))
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    document.core_properties.title = title
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_file(pages: list[list[str]]) -> bytes:
    """A PDF whose pages show these lines, one text line each, top to bottom."""
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    ranges = "".join(f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>\n" for h in range(256))
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /UCS def /CMapType 2 def\n"
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"256 beginbfrange\n{ranges}endbfrange endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    to_unicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    descriptor = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900]"
                     b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
    cid = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe)"
              b" /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 >>" % descriptor)
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H"
               b" /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, to_unicode))
    pages_id = len(objs) + 1 + 2 * len(pages)
    kids = []
    for lines in pages:
        ops = ["BT /F1 12 Tf 14 TL 40 800 Td", *(f"<{ln.encode('utf-16-be').hex().upper()}> Tj T*" for ln in lines), "ET"]
        content = "\n".join(ops).encode()
        c = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >>"
                        b" /Contents %d 0 R >>" % (pages_id, font, c)))
    add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n")
    xref = []
    for i, body in enumerate(objs, 1):
        xref.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % x for x in xref)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, start)
    return bytes(out)
