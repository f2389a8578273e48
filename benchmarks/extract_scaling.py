"""How extraction time grows with the length of one document, for the shapes long reports take: a report of many
headings, a rectification ledger of many table rows, and prose that states the same kind of figure many times.

    python -m benchmarks.extract_scaling                 # 250, 500, 1000 and 2000 units of each shape
    python -m benchmarks.extract_scaling --sizes 500 1000 --record

Each document is invented text built from a few templates, extracted in this process (read, normalize, outline,
sentences, metadata, assemble: everything but the store). Time that grows faster than the length shows as an
exponent above 1 between two sizes (2 means doubling the document quadruples the time): a rule that compares
every figure, heading or sentence with every other one. Such a rule made a ledger of 1,500 rows take minutes.
"""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from policykg.ingest import pipeline

from .run import _machine

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
_CN = "一二三四五六七八九十"


def report(n: int) -> str:
    """n problems under numbered headings, each with a finding, two measures and a figure."""
    parts = ["关于甲省生态环境保护督察整改进展情况的报告", "一、整改工作总体情况", "全省共有整改任务%d项。" % n]
    for i in range(n):
        if i % 10 == 0:
            parts.append(f"{_CN[(i // 10) % 10]}、第{i // 10 + 1}批问题整改情况")
        parts.append(f"({_CN[i % 10]})在乙{i}县污水处理方面存在问题。")
        parts.append(f"问题:乙{i}县污水处理厂进水浓度偏低,管网建设滞后。")
        parts.append(f"整改情况:乙{i}县住房和城乡建设局新建污水管网{i % 50 + 1}.5公里,完成雨污分流改造{i % 30 + 2}处。"
                     f"截至2023年5月底,已完成整改并销号。")
    return "\n".join(parts)


def ledger(n: int) -> str:
    """A rectification ledger of n rows."""
    rows = ["序号 | 问题具体情况 | 整改措施 | 责任单位 | 整治长度(公里) | 完成情况"]
    for i in range(1, n + 1):
        rows.append(f"{i} | 丙{i}河沿岸生活污水直排 | 截污纳管并清淤疏浚 | 丙{i}镇人民政府 | {i % 40}.{i % 9} | 已完成")
    return "\n".join(rows)


def figures(n: int) -> str:
    """Prose stating the same few kinds of figure n times, each for a different county."""
    return "\n".join(
        f"丁{i}县共排查入河排污口{i % 70 + 3}个,整治{i % 50 + 1}个,比去年同期增长{i % 20 + 1}.{i % 7}%。" for i in range(n)
    )


SHAPES: dict[str, Callable[[int], str]] = {"report": report, "ledger": ledger, "figures": figures}


def time_one(text: str, folder: Path) -> float:
    path = folder / "doc.txt"
    path.write_text(text, encoding="utf-8")
    parsed = pipeline.load(path)
    t0 = time.perf_counter()
    pipeline.run(parsed)
    return time.perf_counter() - t0


def measure(sizes: list[int]) -> list[tuple[str, int, int, float, float | None]]:
    """(shape, units, characters, seconds, exponent against the size before) for every shape and size."""
    out = []
    with tempfile.TemporaryDirectory(prefix="pkg-scaling-") as tmp:
        time_one(report(10), Path(tmp))  # the gazetteers and jieba load once, outside the timings
        for shape, make in SHAPES.items():
            before: tuple[int, float] | None = None
            for n in sizes:
                text = make(n)
                seconds = time_one(text, Path(tmp))
                growth = math.log(seconds / before[1]) / math.log(len(text) / before[0]) if before else None
                out.append((shape, n, len(text), seconds, growth))
                print(f"{shape:8} {n:>6} units {len(text):>9,} chars {seconds:8.2f} s"
                      + (f"  exponent {growth:.2f}" if growth is not None else ""), flush=True)
                before = (len(text), seconds)
    return out


def table(rows: list[tuple[str, int, int, float, float | None]]) -> str:
    lines = ["| shape | units | characters | seconds | exponent |", "|---|---|---|---|---|"]
    for shape, n, chars, seconds, growth in rows:
        lines.append(f"| {shape} | {n} | {chars:,} | {seconds:.2f} | {'' if growth is None else f'{growth:.2f}'} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000])
    ap.add_argument("--record", action="store_true", help="append the table to the results file")
    ap.add_argument("--results", type=Path, default=RESULTS, help="the results file (default: benchmarks/RESULTS.md)")
    a = ap.parse_args()
    machine = _machine()  # its load before the run's own work
    rows = measure(sorted(a.sizes))
    if a.record:
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        head = (f"\n## {stamp} — extraction time against document length\n\n"
                f"Machine: {machine}. Command: "
                f"`python -m benchmarks.extract_scaling --sizes {' '.join(map(str, sorted(a.sizes)))} --record`\n\n")
        with a.results.open("a", encoding="utf-8") as f:
            f.write(head + table(rows) + "\n")


if __name__ == "__main__":
    main()
