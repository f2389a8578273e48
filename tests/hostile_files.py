"""Hostile input files for the fuzz test and benchmarks/reliability_bench.py: random bytes, wrong encodings,
truncated Word and PDF files, zip bombs, deep nesting, runs of rule characters, and files over the size limit.

`hostile_files(folder, count, seed)` writes `count` files cycling through every kind; the same seed writes the
same files. Only invented text is used.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

from document_files import INVENTED, docx_file, pdf_file


def _random_bytes(rnd: random.Random) -> tuple[str, bytes]:
    return rnd.choice([".txt", ".md", ".html", ".docx", ".pdf"]), rnd.randbytes(rnd.randint(1, 20000))


def _wrong_encoding(rnd: random.Random) -> tuple[str, bytes]:
    codec = rnd.choice(["shift_jis", "euc_kr", "cp1252", "latin-1", "utf-16-le", "utf-32", "koi8-r", "gb18030"])
    text = INVENTED[: rnd.randint(20, len(INVENTED))]
    data = text.encode(codec, errors="replace")
    if rnd.random() < 0.5:  # cut inside a multi-byte character, or splice two encodings together
        data = data[: rnd.randint(1, len(data))] + INVENTED[:200].encode(rnd.choice(["utf-8", "big5", "utf-16"]), "replace")
    return rnd.choice([".txt", ".md", ".html"]), data


def _truncated_docx(rnd: random.Random) -> tuple[str, bytes]:
    data = docx_file(INVENTED)
    return ".docx", data[: rnd.randint(0, len(data) - 1)]


def _truncated_pdf(rnd: random.Random) -> tuple[str, bytes]:
    data = pdf_file([INVENTED.split("\n")[:20], INVENTED.split("\n")[20:]])
    cut = data[: rnd.randint(0, len(data) - 1)]
    if rnd.random() < 0.3:  # flip bytes in the middle instead
        middle = bytearray(data)
        for _ in range(rnd.randint(1, 50)):
            middle[rnd.randrange(len(middle))] = rnd.randrange(256)
        cut = bytes(middle)
    return ".pdf", cut


def _zip_bomb(rnd: random.Random) -> tuple[str, bytes]:
    """A Word file whose document part inflates to hundreds of megabytes, or a zip nested in itself."""
    source = zipfile.ZipFile(io.BytesIO(docx_file("一、总体情况")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for item in source.infolist():
            if item.filename == "word/document.xml" and rnd.random() < 0.8:
                body = source.read(item).replace(b"</w:body>", b"<w:p><w:r><w:t>")
                with z.open("word/document.xml", "w", force_zip64=True) as f:
                    f.write(body)
                    chunk = ("治" * 4096).encode() if rnd.random() < 0.5 else b" " * 16384
                    for _ in range(rnd.randint(200_000_000, 400_000_000) // len(chunk)):
                        f.write(chunk)
                    f.write(b"</w:t></w:r></w:p></w:body></w:document>")
            else:
                z.writestr(item, source.read(item))
        if rnd.random() < 0.3:
            z.writestr("word/media/nested.zip", out.getvalue() * 3)
    return ".docx", out.getvalue()


def _deep_nesting(rnd: random.Random) -> tuple[str, bytes]:
    depth = rnd.randint(1000, 100_000)
    if rnd.random() < 0.5:
        return ".html", ("<div>" * depth + "一、整改情况" + "</div>" * depth).encode()
    return ".pdf", b"%PDF-1.4\n1 0 obj\n" + b"[" * depth + b"]" * depth + b"\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF"


def _rule_runs(rnd: random.Random) -> tuple[str, bytes]:
    piece = rnd.choice(["《", "一、", "(", "（一）", "在", "方面", "一是", "2021年", "省", "局", "\n", "。", "“", "①"])
    text = piece * rnd.randint(1000, 30000) + rnd.choice(["", "》", "问题", INVENTED[:300]])
    return ".txt", text.encode(rnd.choice(["utf-8", "gb18030", "utf-16"]))


def _degenerate(rnd: random.Random) -> tuple[str, bytes]:
    return rnd.choice([".txt", ".html", ".docx", ".pdf", ".md"]), rnd.choice(
        [b"", b"\xef\xbb\xbf", b" \n\t\r" * 100, b"\x00" * 4096, b"\xff\xfe", "\u200b".encode() * 500, b"<html></html>"]
    )


KINDS: list[Callable[[random.Random], tuple[str, bytes]]] = [
    _random_bytes, _wrong_encoding, _truncated_docx, _truncated_pdf, _zip_bomb, _deep_nesting, _rule_runs, _degenerate,
]


def hostile_files(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """Write `count` hostile files into `folder`, every kind in turn."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    paths = []
    for i in range(count):
        kind = KINDS[i % len(KINDS)]
        suffix, data = kind(rnd)
        path = folder / f"{i:04d}-{kind.__name__.strip('_')}{suffix}"
        path.write_bytes(data)
        paths.append(path)
    return paths


def oversized_text(folder: Path, size: int) -> Path:
    """A text file of `size` bytes of plain invented text (just over a size limit, say)."""
    path = folder / "oversized.txt"
    line = (INVENTED + "\n").encode("utf-8")
    with path.open("wb") as f:
        for _ in range(size // len(line) + 1):
            f.write(line)
    return path
