"""Reads in the order a page shows them: each walks an index in that order (evidence by owner, a node's edges
out and in, the actions on a regulation by rank), so a page costs its size, not the node's degree."""

from __future__ import annotations

import heapq
import json
import sqlite3
from collections.abc import Iterable
from itertools import islice
from typing import Any

from .model import Edge, Evidence
from .rank import RANK_SEP, date_of
from .reader import DatedItem, dated_items_read
from .rows import Rows


class PagedReads(Rows):
    """A store's paged and time-ordered reads."""

    def evidence_pages(self, owners: Iterable[str], limit: int | None = None, offset: int = 0
                       ) -> dict[str, tuple[list[Evidence], int]]:
        """For each node or edge id, `limit` of its spans from `offset` on in document order, and how many it has:
        a page walks the owner's part of the evidence key, so it costs its size, not the owner's thousands."""
        if limit is None and not offset:  # all of them: one read for every owner
            return {o: (spans, len(spans)) for o, spans in self._evidence(owners).items()}
        owners = list(dict.fromkeys(owners))
        counts: dict[str, int] = dict.fromkeys(owners, 0)
        for i in range(0, len(owners), 500):
            chunk = owners[i : i + 500]
            counts.update(self._read(
                f"SELECT owner, count(*) FROM evidence WHERE owner IN ({','.join('?' * len(chunk))}) GROUP BY owner", chunk))
        end = None if limit is None else offset + limit
        whole = self._evidence(o for o in owners if offset < counts[o] <= (end or 0))  # few spans: one read for all
        sql = 'SELECT doc, start, "end" FROM evidence WHERE owner = ? ORDER BY doc, start, "end" LIMIT ? OFFSET ?'
        out: dict[str, tuple[list[Evidence], int]] = {}
        for o in owners:
            if o in whole:
                out[o] = (whole[o][offset:end], counts[o])
            elif counts[o] > offset:  # many: read the page alone
                out[o] = ([Evidence(*r) for r in self._read(sql, (o, -1 if limit is None else limit, offset))], counts[o])
            else:
                out[o] = ([], counts[o])
        return out

    def _window(self, parts: list[tuple[str, list[Any], int]], limit: int | None, offset: int,
                evidence: bool = True) -> list[Edge]:
        """`limit` edges from `offset` on, over parts read one after another: (query, its parameters, its count).
        Each query takes two more parameters, LIMIT and OFFSET, and reads only what the window needs."""
        rows: list[sqlite3.Row] = []
        for sql, params, count in parts:
            want = -1 if limit is None else limit - len(rows)
            if want == 0:
                break
            if offset < count:
                rows += self._read(sql, [*params, want, offset])
            offset = max(0, offset - count)
        return self._edges_from(rows, evidence)

    def edge_page(self, node_id: str, limit: int | None = None, offset: int = 0, *,
                  evidence: bool = True) -> tuple[list[Edge], int]:
        """A node's edges in the order its entity page lists them, out before in, each by type then edge id (the
        order of the edges_out / edges_in indexes): `limit` of them from `offset` on, and how many there
        are. A page costs its own size, not the node's degree. An edge from the node to itself is in both lists.
        `evidence=False` leaves their evidence empty."""
        out = self._count("SELECT count(*) FROM edges WHERE source = ?", (node_id,))
        into = self._count("SELECT count(*) FROM edges WHERE target = ?", (node_id,))
        columns = "SELECT id, source, target, type, attrs FROM edges"
        return self._window([
            (f"{columns} WHERE source = ? ORDER BY type, id LIMIT ? OFFSET ?", [node_id], out),
            (f"{columns} WHERE target = ? ORDER BY type, id LIMIT ? OFFSET ?", [node_id], into),
        ], limit, offset, evidence), out + into

    def action_page(self, regulation_ids: list[str], limit: int | None = None, offset: int = 0) -> tuple[list[Edge], int]:
        """The acts_on edges into these regulations in time order: by date (undated last), then the document and
        position of their first evidence, then the regulations' order as given and edge id. `limit` of them from
        `offset` on, and how many there are.

        Each regulation's actions are read in that order from the edges_trace index (their rank, then id), the
        ids alone up to the page's end, and merged; then the page's edges are read by id."""
        regs = list(dict.fromkeys(regulation_ids))
        end = None if limit is None else offset + limit
        if self.schema_version < 4:  # an old store opened read-only has no ranks yet
            order = self._action_order_unranked(regs)
            total, ids = len(order), order[offset:end]
        else:
            total = sum(self._count("SELECT count(*) FROM edges WHERE target = ? AND type = 'acts_on'", (r,)) for r in regs)
            walk = ("SELECT rank, id FROM edges INDEXED BY edges_trace WHERE target = ? AND type = 'acts_on' "
                    "ORDER BY rank, id LIMIT ? OFFSET ?")
            if len(regs) == 1:
                ids = [r[1] for r in self._read(walk, (regs[0], -1 if limit is None else limit, offset))]
            else:
                ranked = [[(rank, i, eid) for rank, eid in self._read(walk, (r, -1 if end is None else end, 0))]
                          for i, r in enumerate(regs)]
                ids = [eid for _rank, _i, eid in islice(heapq.merge(*ranked), offset, end)]
        rows: dict[str, sqlite3.Row] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows.update((r[0], r) for r in self._read(
                f"SELECT id, source, target, type, attrs FROM edges WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return self._edges_from([rows[i] for i in ids if i in rows]), total

    def _action_order_unranked(self, regulation_ids: list[str]) -> list[str]:
        """Ids of the actions on these regulations in action_page's order, sorted in one read (a store of schema
        3 or older, opened read-only, has no ranks)."""
        date = "json_extract(e.attrs, '$.date')"
        first = """(SELECT doc || printf(' %012d', start) FROM evidence WHERE owner = e.id ORDER BY doc, start, "end" LIMIT 1)"""
        return [r[0] for r in self._read(
            f"""SELECT e.id FROM edges e JOIN json_each(?) r ON e.target = r.value AND e.type = 'acts_on'
                ORDER BY coalesce({date}, '') = '', {date}, {first}, r.key, e.id""",
            [json.dumps(regulation_ids)])]

    def dated_items(self) -> list[DatedItem]:
        """Every item of the whole corpus's timeline in time order (reader.dated_items_read), from the ranks of
        actions and measures: one walk of each one's index (edges_trace, measures_rank), joined here (most actions
        take their date from their measure), without a span, a JSON value or an edge built."""
        if self.schema_version < 4:  # an old store opened read-only has no ranks yet
            return dated_items_read(self)
        measures = dict(self._read("SELECT id, rank FROM nodes INDEXED BY measures_rank WHERE type = 'measure'"))
        out: list[DatedItem] = []
        acting: set[str] = set()
        for eid, source, rank in self._read("SELECT id, source, rank FROM edges INDEXED BY edges_trace WHERE type = 'acts_on'"):
            acting.add(source)
            date = date_of(rank) or date_of(measures.get(source, ""))
            if date:
                out.append((date, rank.rpartition(RANK_SEP)[2], "action", source, eid))
        out += [(date_of(rank), rank.rpartition(RANK_SEP)[2], "measure", mid, mid)
                for mid, rank in measures.items() if rank[:1] == "0" and mid not in acting]
        return sorted(out)
