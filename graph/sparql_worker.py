"""The process that answers SPARQL queries for graph/sparql.py, so that a query over its time limit can be
stopped by ending this process (Oxigraph offers no way to interrupt a query).

Protocol, one JSON object per line: in {"path": dataset folder, "query", "max_rows"}; out {"result": Result
fields} or {"error": {"code", "message", "hint"}}. The dataset last asked for stays open between queries.
"""

from __future__ import annotations

import ctypes
import json
import signal
import sys
from dataclasses import asdict

import pyoxigraph as ox

from .errors import PolicykgError
from .sparql import _evaluate


def _die_with_parent() -> None:
    """On Linux, have the kernel end this process when the one that started it dies (even by SIGKILL)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main() -> None:
    _die_with_parent()
    opened: tuple[str, ox.Store] | None = None
    for line in sys.stdin:
        request = json.loads(line)
        try:
            if opened is None or opened[0] != request["path"]:
                opened = None  # let go of an older version before opening the new one
                opened = (request["path"], ox.Store.read_only(request["path"]))
            reply = {"result": asdict(_evaluate(opened[1], request["query"], int(request["max_rows"])))}
        except PolicykgError as e:
            reply = {"error": {"code": e.code, "message": e.message, "hint": e.hint}}
        except Exception as e:  # an engine failure on one query must not end the process
            reply = {"error": {"code": "bad_query", "message": f"the query failed: {e}", "hint": ""}}
        sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
