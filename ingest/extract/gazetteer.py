"""The gazetteers in data/gazetteer (administrative divisions, waters, unit short forms), loaded once on first use."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jieba

FOLDER = Path(__file__).resolve().parent.parent.parent / "data" / "gazetteer"

# Suffixes of a division's full name that the text often leaves out (琼海市 -> 琼海), longest first.
_DIVISION_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区", "省", "市", "县", "区", "盟", "旗")


@dataclass(frozen=True)
class Division:
    name: str
    level: str
    """province, city, county or district."""
    province: str
    city: str


def _rows(name: str) -> list[dict[str, str]]:
    with (FOLDER / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@lru_cache(maxsize=1)
def nations() -> tuple[str, ...]:
    words = (FOLDER / "nations.txt").read_text(encoding="utf-8").split()
    return tuple(sorted((w for w in words if w), key=len, reverse=True))


@lru_cache(maxsize=1)
def _nation_words() -> tuple[str, ...]:
    """The nations' names, also without 族 where two characters or more remain (新疆维吾尔自治区 writes 维吾尔)."""
    return nations() + tuple(n[:-1] for n in nations() if n.endswith("族") and len(n) >= 3)


def short_forms(d: Division) -> list[str]:
    """The shorter names the text uses for a division: 昌江黎族自治县 -> 昌江县, 昌江; 广西壮族自治区 -> 广西.
    An autonomous division is also written with its level kept and its nations left out (甲乙自治县, 广西自治区),
    as official writing names one it has named in full before.

    >>> short_forms(Division("保亭黎族苗族自治县", "county", "海南省", ""))
    ['保亭县', '保亭自治县', '保亭']
    """
    name, out = d.name, []
    for suffix in _DIVISION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            stem = name[: -len(suffix)]
            if suffix.startswith("自治"):
                cut = min((stem.find(n) for n in _nation_words() if n in stem and stem.find(n) >= 2), default=-1)
                if cut > 0:
                    stem = stem[:cut]
                    if suffix in ("自治县", "自治州"):  # 昌江县, 楚雄州
                        out.append(stem + suffix[-1])
                    out.append(stem + suffix)  # 昌江自治县, 鄂伦春自治旗
                if stem.endswith("族"):  # 广西壮族 -> 广西
                    stem = next((stem[: -len(n)] for n in nations() if stem.endswith(n)), stem)
            if len(stem) >= 2 and stem != name:
                out.append(stem)
            break
    return out


@lru_cache(maxsize=1)
def divisions() -> dict[str, list[Division]]:
    """Every name a division is written by (full and short), to the divisions it may mean. A former division
    (盘县, now 盘州市) is found by its full name only: its short form belongs to the division of today."""
    out: dict[str, list[Division]] = {}
    for r in _rows("places.tsv"):
        # A county-level city (琼海市) is a city to its readers.
        level = "city" if r["level"] == "county" and r["name"].endswith("市") else r["level"]
        d = Division(r["name"], level, r["province"], r["city"])
        for n in (d.name, *(short_forms(d) if r["status"] != "former" else ())):
            out.setdefault(n, []).append(d)
    return out


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """The names of China's township-level divisions (甲乙镇, 丙丁乡, 戊己街道, 庚辛苏木) from the national code list:
    a name the list holds is a town's whole name, wherever the words before it might read as part of it."""
    return frozenset(r["name"] for r in _rows("towns.tsv"))


@lru_cache(maxsize=1)
def division_heads() -> frozenset[str]:
    """The first two characters of every division name: where no name can start, a scan moves on at once."""
    return frozenset(n[:2] for n in divisions())


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Short forms of divisions that are everyday words (资源 for 资源县, 和平 for 和平区): places only where the
    document writes the full name."""
    return frozenset((FOLDER / "common_words.txt").read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def waters() -> dict[str, tuple[str, str, str]]:
    """Known water bodies: name -> (node type bay/river, kind, province or "")."""
    return {r["name"]: (r["type"], r["kind"], r["place"] or "") for r in _rows("waters.tsv")}


@lru_cache(maxsize=1)
def regions() -> dict[str, tuple[str, str]]:
    """The country and named regions, by every name the text writes them: name -> (full name, level).

    >>> regions()["泛珠"]
    ('泛珠三角', 'region')
    """
    return {r["name"]: (r["full"] or r["name"], r["level"]) for r in _rows("regions.tsv")}


@lru_cache(maxsize=1)
def department_forms() -> tuple[tuple[str, str], ...]:
    """Standard short forms of the departments every government has (市场监管局 -> 市场监督管理局), longest first:
    written after a division (某区市场监管局) they name the same body as the full form."""
    rows = [(r["short"], r["full"]) for r in _rows("department_forms.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=1)
def departments() -> frozenset[str]:
    """The departments' names of government at every level after the 2018-2019 reform, full and in the short forms
    in use (农业农村和水利局, 经信局)."""
    return frozenset(r["name"] for r in _rows("departments.tsv"))


@lru_cache(maxsize=1)
def unit_forms() -> dict[str, tuple[str, str]]:
    """Units named without a suffix a pattern finds, and standard short forms: name -> (full name, level)."""
    return {r["name"]: (r["full"], r["level"]) for r in _rows("units.tsv")}



# Word classes of jieba's dictionary that open no name: verbs (考察, 打造), verbal nouns (巡查), adverbs (严厉),
# localizers and places words (上游, 两岸, 境内) and prepositions (沿着).
_LEADING_CLASSES = frozenset({"v", "vn", "vd", "d", "ad", "f", "s", "p"})


@lru_cache(maxsize=1)
def leading_words() -> frozenset[str]:
    """The words of two to four characters that jieba's dictionary (MIT licence) classes as verbs, adverbs,
    localizers or prepositions: written before a name (考察甲乙河, 走访甲乙村) they are not part of it.

    >>> "考察" in leading_words(), "牛尾" in leading_words()
    (True, False)
    """
    words = (w for w, cls in word_classes().items() if 2 <= len(w) <= 4 and cls in _LEADING_CLASSES)
    return frozenset(words) | _WHERE_VERBS


def word_classes() -> dict[str, str]:
    """Every word of jieba's dictionary (MIT licence) with its word class (地下水 n, 沅水 ns)."""
    return _dictionary()[0]


def word_counts() -> tuple[dict[str, int], int]:
    """Every word of jieba's dictionary with the count it gives, and the sum of all counts as jieba adds them up (a
    word listed twice keeps its last count, and both count in the sum): what its cut weighs the words by."""
    _classes, counts, total = _dictionary()
    return counts, total


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, str], dict[str, int], int]:
    """jieba's dictionary read once, for the classes and the counts both: a jieba Tokenizer of the extractors' own
    would load it again with every prefix of every word beside it, half a second and tens of megabytes a process."""
    classes: dict[str, str] = {}
    counts: dict[str, int] = {}
    total = 0
    with (Path(jieba.__file__).resolve().parent / "dict.txt").open(encoding="utf-8") as f:
        for line in f:
            word, count, cls = line.split()
            classes[word] = cls
            counts[word] = int(count)
            total += int(count)
    return classes, counts, total


NAME_CLASSES = ("ns", "nr", "nz")
"""jieba's classes of proper names: a place's, a person's (many towns bear a family's name), another's."""


def may_be_name(word: str) -> bool:
    """Whether jieba's dictionary leaves `word` free to be a name: it does not hold it, or holds it as a proper name
    (a common word such as 主要, 其余 or 上游 says what kind, not which)."""
    cls = word_classes().get(word)
    return cls is None or cls in NAME_CLASSES


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """The words of two to four characters that jieba's dictionary (MIT licence) classes as time words (当天, 下午,
    周六): a report writes them before the place where something was done, never as the opening of its name."""
    return frozenset(w for w, cls in word_classes().items() if 2 <= len(w) <= 4 and cls == "t")


def after_time_words(text: str, a: int, s: int, keep: int = 2) -> int:
    """Where a name written at text[a:s] starts after the time words that open it (当天下午甲乙街道 -> 甲乙街道),
    leaving at least `keep` characters: a name that is all such words (明月村) is kept whole."""
    words = time_words()
    while n := next((n for n in (4, 3, 2) if s - a - n >= keep and text[a : a + n] in words), 0):
        a += n
    return a


# Verbs and the banks that say where a place lies or a water runs, which jieba's dictionary lacks or classes
# otherwise (紧靠甲乙湖, 流经甲乙镇, 甲河右岸乙县).
_WHERE_VERBS = frozenset({"紧靠", "紧挨", "流经", "途经", "左岸", "右岸"})


# Complements after a verb (守护好, 建设成): no name starts with them there.
COMPLEMENTS = set("好了到成")


def after_leading_words(text: str, a: int, s: int, keep: int = 2) -> int:
    """Where a name written at text[a:s] starts after the verbs, adverbs and localizers that open it (考察甲乙河 ->
    甲乙河, 守护好甲乙村 -> 甲乙村), leaving at least `keep` characters and none that is a numeral: a name that is
    all such words (前进河, 胜利水库) or goes on with a number (跃进二干渠) is kept whole."""
    words = leading_words()
    if text[a : a + 1] in COMPLEMENTS and text[max(0, a - 2) : a] in words and s - a - 1 >= keep:
        a += 1  # 保护好甲乙河, cut after 保护 before: its complement goes too
    while True:
        n = next((n for n in (4, 3, 2) if s - a - n >= keep and text[a : a + n] in words and
                  text[a : a + n] not in divisions()), 0)  # 临高 is a county, whatever else it reads as
        if not n:
            return a
        z = a + n
        if text[z : z + 1] in COMPLEMENTS and s - z - 1 >= keep:
            z += 1
        if text[z] in "一二三四五六七八九十两":
            return a
        a = z
