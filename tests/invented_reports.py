"""Invented rectification reports for the reliability tests and benchmarks: small, varied, deterministic.

Each report has headings, problems, dated measures acting on a regulation, units and a bay or a river, so an
ingest writes every kind of node and edge. The places, units and titles are made up.
"""

from __future__ import annotations

import random
from pathlib import Path

_CITIES = ["清源市", "白沙湾市", "云溪县", "青石县", "望海市", "东岭县", "南渡市", "北川县"]
_WATERS = ["清水河", "白鹭湾", "石门水库", "银沙湾", "柳溪", "东湖"]
_UNITS = ["市生态环境局", "市水务局", "市自然资源和规划局", "市农业农村局", "市住房和城乡建设局", "市海洋渔业局"]
_TOPICS = [
    ("饮用水水源地保护", "水源地规范化建设"),
    ("入海排污口整治", "排污口排查溯源"),
    ("黑臭水体治理", "截污纳管工程"),
    ("海岸线违规占用", "岸线清理整治"),
    ("农业面源污染", "化肥农药减量"),
    ("垃圾收运处置", "垃圾分类收运体系"),
]
_VERBS = ["起草", "印发", "修订", "实施"]
_ORDINALS = "一二三四五六七八"


def report(i: int) -> str:
    """The text of invented report number `i` (the same `i` always gives the same text)."""
    rnd = random.Random(i)
    city, water = rnd.choice(_CITIES), rnd.choice(_WATERS)
    year = 2016 + i % 8
    lines = [f"{city}关于{water}生态环境问题整改落实情况的报告（第{i}号）", ""]
    for k, (problem, action) in enumerate(rnd.sample(_TOPICS, 3)):
        unit = rnd.choice(_UNITS)
        title = f"{city}{water}{action}工作方案"
        verb = rnd.choice(_VERBS)
        month, day = rnd.randint(1, 12), rnd.randint(1, 28)
        lines += [
            f"{_ORDINALS[k]}、关于{water}{problem}方面的问题",
            f"（一）整改情况。{year}年{month}月{day}日，{city}{unit}{verb}《{title}》，明确{action}的责任分工和完成时限。",
            f"一是开展{water}{action}专项行动，累计排查点位{rnd.randint(10, 400)}个；二是建立{problem}长效机制，"
            f"由{unit}牵头每月调度一次。",
            f"（二）下一步工作。持续落实《{title}》，{year + 1}年底前完成{water}{action}任务。",
            "",
        ]
    lines.append(f"{city}人民政府")
    lines.append(f"{year + 1}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日")
    return "\n".join(lines) + "\n"


def write_reports(folder: Path, count: int, first: int = 0) -> list[Path]:
    """Write reports `first` .. `first + count - 1` into `folder` as UTF-8 .txt files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(first, first + count):
        p = folder / f"report-{i:03d}.txt"
        p.write_text(report(i), encoding="utf-8")
        paths.append(p)
    return paths
