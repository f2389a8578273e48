"""The problems of one document as structure.py states them: merged by title, with their parents, where each is
first stated and which of them a heading states."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from policykg.graph.ids import local_id
from policykg.graph.model import Node
from policykg.graph.vocab import EdgeType, NodeType

from ..extract.problems import ProblemMention, is_complaint
from .builder import GraphBuilder


@dataclass
class DocumentProblems:
    """The problems of one document, merged by title, with their parents."""

    b: GraphBuilder
    printed: Callable[[int, int], list[str]]
    """The forms text[start:end] is printed in on the page, when a reading aid (a pinyin gloss) stands in it."""
    by_title: dict[str, str] = field(default_factory=dict)
    parent: dict[str, str] = field(default_factory=dict)
    children: dict[str, list[str]] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)
    """Problem id -> where the document first states it."""
    headed: set[str] = field(default_factory=set)
    """Problems a heading states: their section holds their measures."""
    complaints: str = ""
    """The problem that is the complaints handed over: 信访件 and 群众信访举报件 in one document are one problem."""

    def add(self, title: str, start: int, end: int, parent: str | None, section: str | None) -> str:
        title = title.rstrip("。").strip()
        pid = self.by_title.get(title) or (self.complaints if is_complaint(title) else None) \
            or local_id("problem", self.b.doc, start, end)
        if is_complaint(title) and not self.complaints:
            self.complaints = pid
        self.by_title.setdefault(title, pid)
        self.first.setdefault(pid, start)
        attrs = {"title": title, **({"parent": parent} if parent else {})}
        aliases = [w.rstrip("。") for w in self.printed(start, end)]
        self.b.add_node(Node(pid, NodeType.PROBLEM, title, aliases=aliases, attrs=attrs, evidence=self.b.ev(start, end)))
        if section:
            self.b.add_edge(pid, section, EdgeType.STATED_IN, start, end)
        if parent and parent != pid and pid not in self.parent:
            self.parent[pid] = parent
            self.children.setdefault(parent, []).append(pid)
            self.b.add_edge(pid, parent, EdgeType.SUB_PROBLEM_OF, start, end)
        return pid

    def add_stated(self, mentions: Iterable[ProblemMention], section: str | None, root: str | None = None) -> list[str]:
        """Add the problems a sentence states, each item of a list (X、Y等问题) under its list and the rest under
        `root`, and return their ids in order."""
        ids: list[str] = []
        for m in mentions:
            parent = ids[m.parent] if m.parent is not None and m.parent < len(ids) else root
            ids.append(self.add(m.title, m.start, m.end, parent, section))
        return ids

    def ancestors(self, pid: str) -> list[str]:
        out: list[str] = []
        while pid in self.parent and self.parent[pid] not in out:
            pid = self.parent[pid]
            out.append(pid)
        return out

    def descendants(self, pid: str) -> list[str]:
        """Children first, then their children, in the order they were added."""
        out: dict[str, None] = {}
        todo = deque(self.children.get(pid, []))
        while todo:
            c = todo.popleft()
            if c not in out:
                out[c] = None
                todo.extend(self.children.get(c, []))
        return list(out)
