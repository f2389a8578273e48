"""A synthetic corpus of any size from the bundled sample: variants that read like other provinces' reports.

Each variant keeps the sample's headings in order (so the outline, sections and measures stay realistic) and
shuffles the paragraphs inside each section, swaps province and city names for others, shifts years and
months, and rescales figures. Every variant differs in its bytes, so each is a new document to the store.
Scale 1 is the sample itself, scale N is N files (the sample and N-1 variants).

Usage: python -m benchmarks.corpus --scale 100 --out /tmp/corpus100
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from policykg.api.settings import sample_corpus

PROVINCES = [
    "海南", "广西", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
    "广东", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
]
CITIES = [
    "海口", "三亚", "儋州", "文昌", "琼海", "万宁", "北海", "湛江", "石家庄", "太原", "沈阳", "长春", "南京", "杭州", "合肥", "福州", "南昌", "济南", "郑州", "武汉", "长沙",
    "广州", "成都", "贵阳", "昆明", "西安", "兰州", "西宁", "宁波", "厦门", "青岛", "大连", "苏州", "温州",
]
#: Headings the outline parser recognizes; paragraphs between two of them are shuffled, headings stay put.
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[①-⑳])")
#: Only names from the lists are swapped (a bare two-character pattern before 省 or 市 catches verbs too).
_PROVINCE = re.compile(f"({'|'.join(PROVINCES)})(?=省)")
_CITY = re.compile(f"({'|'.join(sorted(CITIES, key=len, reverse=True))})(?=市)")
_YEAR = re.compile(r"(20[0-2]\d)年")
_MONTH = re.compile(r"(?<![\d])(1[0-2]|[1-9])月")
_FIGURE = re.compile(r"(?<![\d.年月])(\d{2,5})(?=[个项家处座条吨亩公里万人])")


def _shuffle_sections(lines: list[str], rng: random.Random) -> list[str]:
    """Shuffle each run of body lines between headings; the title block (first lines) stays first."""
    out: list[str] = []
    run: list[str] = []
    for i, line in enumerate(lines):
        if i < 3 or _HEADING.match(line) or not line.strip():
            rng.shuffle(run)
            out.extend(run)
            run = []
            out.append(line)
        else:
            run.append(line)
    rng.shuffle(run)
    return out + run


def _mapping(found: set[str], pool: list[str], rng: random.Random) -> dict[str, str]:
    names = sorted(found)
    choice = rng.sample(pool, k=min(len(pool), len(names)))
    return dict(zip(names, choice))


def variant(text: str, k: int) -> str:
    """The k-th variant of a document (k = 0 is the document itself)."""
    if k == 0:
        return text
    rng = random.Random(k)
    lines = _shuffle_sections(text.split("\n"), rng)
    text = "\n".join(lines)
    provinces = _mapping(set(_PROVINCE.findall(text)), PROVINCES, rng)
    cities = _mapping(set(_CITY.findall(text)), CITIES, rng)
    text = _PROVINCE.sub(lambda m: provinces[m.group(1)], text)
    text = _CITY.sub(lambda m: cities[m.group(1)], text)
    shift = rng.choice([-3, -2, -1, 1, 2])
    text = _YEAR.sub(lambda m: f"{int(m.group(1)) + shift}年", text)
    month_shift = rng.randrange(12)
    text = _MONTH.sub(lambda m: f"{(int(m.group(1)) - 1 + month_shift) % 12 + 1}月", text)
    factor = rng.uniform(0.5, 1.8)
    return _FIGURE.sub(lambda m: str(max(1, round(int(m.group(1)) * factor))), text) + f"\n（第{k}号）\n"


def generate(scale: int, out: Path) -> list[Path]:
    """Write `scale` variants of each bundled document into `out`; returns the files (existing ones are kept)."""
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for src in sample_corpus():
        text = src.read_text(encoding="utf-8")
        for k in range(scale):
            f = out / f"{src.stem}-v{k:04d}{src.suffix}"
            if not f.exists():
                f.write_text(variant(text, k), encoding="utf-8")
            files.append(f)
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=int, default=10)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    files = generate(a.scale, a.out)
    print(f"{len(files)} files, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB in {a.out}")


if __name__ == "__main__":
    main()
