"""Extraction in worker processes, one writer: how ingest uses every core.

The parent process reads each file (to skip what the store already holds), hands the bytes to a pool of
workers, and writes what comes back to the store and the index in the order the files were named, so a
parallel run stores the same documents under the same ids as a serial one. A worker runs the whole pipeline
and segments the document's passages into postings; the writer only files them. Segmentation uses the base
dictionary and the document's own names (`search.analyzer.document_segmenter`), so tokens do not depend on
which worker took which file. At most two documents per worker are in flight, which bounds memory on any
corpus.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from policykg.graph.store import Store
from policykg.search.index import SearchIndex

from . import pipeline
from .batch import Extracted, FileOutcome, extract, prepare, write

_Result = Extracted | FileOutcome


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start(ingest_pid: int) -> None:
    """Worker start: watch the ingest that started it. Killed outright (SIGKILL, the OOM killer), an ingest
    cannot shut its pool down, and its idle workers would otherwise wait for work forever.
    """
    threading.Thread(target=_exit_with, args=(ingest_pid,), daemon=True).start()


def _exit_with(pid: int) -> None:
    while _alive(pid):
        time.sleep(1.0)
    os._exit(1)


def _alive(pid: int) -> bool:
    """Whether process `pid` runs (a zombie, dead but not yet reaped by its parent, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _extract(parsed: pipeline.Parsed) -> _Result:
    return extract(parsed)


def ingest_parallel(
    store: Store, index: SearchIndex, files: list[Path], *, max_bytes: int, workers: int
) -> Iterator[FileOutcome]:
    """Ingest files with extraction in `workers` processes; yields each file's outcome in the files' order."""
    context = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
    pending: deque[tuple[Path, FileOutcome | Future[_Result]]] = deque()
    seen: set[str] = set()
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=(os.getpid(),)) as pool:
        for path in files:
            parsed = prepare(store, path, max_bytes)
            if isinstance(parsed, FileOutcome):
                pending.append((path, parsed))
            elif parsed.sha256 in seen:  # the same bytes twice in one run
                pending.append((path, FileOutcome(str(path), "unchanged", doc=parsed.doc_id)))
            else:
                seen.add(parsed.sha256)
                pending.append((path, pool.submit(_extract, parsed)))
            while sum(isinstance(x, Future) for _p, x in pending) > 2 * workers:
                yield _finish(store, index, *pending.popleft())
        while pending:
            yield _finish(store, index, *pending.popleft())


def _finish(store: Store, index: SearchIndex, path: Path, job: FileOutcome | Future[_Result]) -> FileOutcome:
    if isinstance(job, FileOutcome):
        return job
    result = job.result()
    return result if isinstance(result, FileOutcome) else write(store, index, path, result)
