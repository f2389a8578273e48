"""Key phrases: the character pairs that tie a measure to a problem stated before it, and the problem a text
without headings is about (ingest/assemble/structure.py links by them, bases shared and topic)."""

from __future__ import annotations

import re
from typing import Protocol

from ..extract.frames import CLAUSE_MARKS
from ..extract.gazetteer import word_counts
from ..extract.spans import dictionary_words


class ProblemIndex(Protocol):
    """What these helpers read of a document's problems."""

    by_title: dict[str, str]
    """Title -> problem id."""
    first: dict[str, int]
    """Problem id -> where the document first states it."""
    headed: set[str]
    """Problems a heading states."""


_SHARED_TITLE = 20
"""Longest problem title a measure links to by a shared key phrase (longer ones are finding sentences)."""
_SHARED_MAX = 3
_SHARED_CAP = 4
"""A key phrase in more sentences than this is the document's topic (its river, its inspection), no key."""
_FUNCTION = re.compile(r"[的和与及等了在对是为有把将从其之而或并也已被]|[^\u4e00-\u9fffA-Za-z]")
_COMMON_KEYS = frozenset(
    "问题 整改 工作 情况 生态 态环 环境 境保 保护 建设 管理 治理 整治 开展 推进 加强 落实 部分 相关 进一 一步 存在 "
    "发现 督察 反馈 巡察 巡视 审计 任务 要求 完成 持续 全面 有效 不到 到位 不够 不足 不力 滞后 单位 部门 责任 主要 "
    "重点 突出 其他 我市 我省 我县 我区 全市 全省 全县 全区 政府 企业 公司 项目 群众 进行 规范 实施 工程 一批 一些 "
    "措施 机制 制度 方面 行为 现象 依法 严格 及时 长效 违法 违规 非法 污染 标准 "
    "主体 体责 从严 治党 党组 组织 贯彻 彻落 推动 发展 高质 质量 量发 深化 改革 意见 馈意 日常 专项".split()
)
"""Character pairs too common in these documents to tie a measure to a problem (污染 ends most problems' names:
水污染, 工业污染, 大气污染; 标准 is a finding's benchmark, 超III类标准, and a measure's manner, 高标准维护); the
last line is the language of party and government work in general (压实主体责任, 推动高质量发展, 贯彻落实, 深化改革, 反馈意见, 专项行动),
which a finding and an unrelated measure share as often as a finding and its rectification."""


class KeyPhrases:
    """Character pairs that tie a measure to a short problem stated before it: pairs of the problem's title that
    are no function word, no common word of these documents and rare in this document."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]) -> None:
        self.text = text
        counts: dict[str, int] = {}
        for a, z in sentences:
            for g in key_pairs(text[a:z]):
                counts[g] = counts.get(g, 0) + 1
        self.rare = {g for g, n in counts.items() if n <= _SHARED_CAP}
        self.keys: dict[str, set[str]] = {}
        """Problem title -> its key pairs."""
        self.runs: dict[str, list[str]] = {}
        """Problem title -> its runs of whole words that hold a key pair."""

    def sharing(self, a: int, z: int, pids: list[str], problems: ProblemIndex) -> list[str]:
        """Those of `pids` (findings of any length) whose titles share a key pair with text[a:z]."""
        here = key_pairs(self.text[a:z]) & self.rare
        titles = {pid: title for title, pid in problems.by_title.items()}
        return [pid for pid in pids if key_pairs(titles.get(pid, "")) & here]

    def shared(self, a: int, z: int, problems: ProblemIndex, exclude: set[str]) -> list[str]:
        """Up to _SHARED_MAX problems stated before text[a:z] that share a key pair with it, most shared first, where
        the pair stands in a run of whole words of the title that the sentence says in whole words too (督察反馈,
        水坑): a pair across two words (业污 of 农业污染 and 工业污染, 级自 of 县级自然保护区 and 省级自然保护区)
        joins a sibling's qualifier to the shared head, not the problem's own matter."""
        here = key_pairs(self.text[a:z]) & self.rare
        if not here:
            return []
        sentence = self.text[a:z]
        edges: set[int] | None = None  # the sentence's cut, made only when some title shares a pair with it
        scored: list[tuple[int, int, str]] = []
        for title, pid in problems.by_title.items():
            if (pid in exclude or pid in problems.headed or problems.first.get(pid, a) >= a
                    or len(title) > _SHARED_TITLE or CLAUSE_MARKS.search(title)):
                continue
            if title not in self.keys:
                head = re.sub(r"(?:等|的)?问题$", "", title)
                self.keys[title] = key_pairs(head) & self.rare
                self.runs[title] = [r for r in word_runs(head) if key_pairs(r) & self.keys[title]]
            n = len(self.keys[title] & here)
            if not n:
                continue
            edges = word_edges(sentence) if edges is None else edges
            if any(key_pairs(r) & here and _stands_whole(r, sentence, edges) for r in self.runs[title]):
                scored.append((-n, problems.first[pid], pid))
        return [pid for _, _, pid in sorted(scored)[:_SHARED_MAX]]


_TOPIC_MIN = 3
"""Sentences that must name a problem before a text without headings counts as being about it."""
_TOPIC_TAIL = re.compile(r"(?:等)?(?:突出|重点|主要)?问题$")


def find_topic(text: str, sentences: list[tuple[int, int]], problems: ProblemIndex) -> str | None:
    """The problem a text without headings is about: the one its sentences name most often, at least
    _TOPIC_MIN times (a news item on the 清四乱 campaign names 四乱 in most of its sentences); on a tie, the one
    stated first."""
    best: tuple[int, int, str] | None = None
    for title, pid in problems.by_title.items():
        key = _TOPIC_TAIL.sub("", title.replace("“", "").replace("”", ""))
        if len(key) < 2 or key in _COMMON_KEYS:  # 四乱 may be a topic, 项目 is none
            continue
        n = sum(1 for a, z in sentences if key in text[a:z])
        rank = (-n, problems.first.get(pid, len(text)), pid)
        if n >= _TOPIC_MIN and (best is None or rank < best):
            best = rank
    return best[2] if best else None


def word_edges(s: str) -> set[int]:
    """Where the words of the dictionary's cut of `s` start and end, and the dictionary's words inside them (污水 and
    处理 in 污水处理), as a search engine cuts."""
    counts, _total = word_counts()
    edges: set[int] = set()
    for w, a, z in dictionary_words(s):
        edges.update((a, z))
        edges.update(a + i for i in range(2, len(w) - 1) if counts.get(w[:i]) and counts.get(w[i:]))
    return edges


def word_runs(s: str) -> list[str]:
    """The runs of whole words in the dictionary's cut of `s` (督察, 反馈, 督察反馈 in 督察反馈)."""
    edges = sorted(word_edges(s))
    return [s[a:z] for i, a in enumerate(edges) for z in edges[i + 1:]]


def _stands_whole(run: str, s: str, edges: set[int]) -> bool:
    """Whether `run` stands in `s` as whole words: it starts and ends where words of the cut of `s` do."""
    at = s.find(run)
    while at >= 0:
        if at in edges and at + len(run) in edges:
            return True
        at = s.find(run, at + 1)
    return False


def key_pairs(s: str) -> set[str]:
    """The character pairs of `s` that may tie a measure to a problem: no function word, no common word."""
    return {g for g in (s[k:k + 2] for k in range(len(s) - 1)) if not _FUNCTION.search(g) and g not in _COMMON_KEYS}
