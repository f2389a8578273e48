"""The benchmark: one command, one process tree, one run, every figure issue 8 asks for.

    python -m benchmarks.run --scale 100          (or: make bench SCALE=100)

Steps: generate the corpus (benchmarks/corpus.py), segment it with bare jieba on one core (the reference),
ingest it end to end with `policykg ingest` (read, extract, store, index; its peak memory), measure store and
index size, time queries in this process (search kinds; measures for a problem, regulation trace, entity page,
neighbourhood depth 2, subgraph export as whole answers; trace, entity page, neighbours and a regulation's timeline
as the API's pages ask them), start `policykg serve` (cold start until /health answers), load it with
wrk (32 connections, a search mix) and print a table, appended to benchmarks/RESULTS.md with the date, machine,
versions and command. Nothing here runs in the test suite but a smoke run at scale 1.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from policykg.graph.export import export
from policykg.graph.queries.entity_pages import entity_page
from policykg.graph.queries.problem_links import measures_for, problem_subgraph
from policykg.graph.queries.timeline import timeline
from policykg.graph.queries.trace import trace, trace_page
from policykg.graph.queries.walks import neighbourhood
from policykg.graph.store import Store
from policykg.graph.vocab import EdgeType, NodeType
from policykg.search.index import SearchIndex
from policykg.search.searcher import forget_answers, search

from .corpus import generate

HERE = Path(__file__).resolve().parent
#: Items on a page of the API's paged answers (the routes' default limit) and nodes a neighbourhood gathers there.
PAGE = 50
NEIGHBOURS = 500
SEARCHES = {
    "search word": ["整改", "巡视", "生态环境", "饮用水", "排污口"],
    "search AND": ["整改 AND 督察", "巡视 AND 责任", "生态 AND 保护"],
    "search phrase": ['"巡视整改"', '"生态环境厅"', '"主体责任"'],
    "search filtered": ["整改 type:measure", "督察 year:[2019 TO 2022]", "保护 type:section"],
    "search faceted": ["整改", "保护区"],
}
def _policykg() -> str:
    """The command line of the interpreter running this benchmark."""
    beside = Path(sys.executable).parent / "policykg"
    return str(beside) if beside.exists() else (shutil.which("policykg") or "policykg")


def _mb(path: Path) -> float:
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]
    return sum(f.stat().st_size for f in files) / 1e6


def quantiles(ms: list[float]) -> tuple[float, float, float]:
    if len(ms) < 2:
        return (ms[0],) * 3 if ms else (0.0, 0.0, 0.0)
    q = statistics.quantiles(ms, n=100, method="inclusive")
    return q[49], q[94], q[98]


def _time(fn: Callable[[], object], rounds: int) -> list[float]:
    fn()  # warm caches once, as a running server would be
    out = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def jieba_reference(files: list[Path]) -> float:
    """Bare jieba (accurate mode, default dictionary) over the corpus on one core: MB/s."""
    import jieba

    jieba.initialize()
    size = sum(f.stat().st_size for f in files)
    t = time.perf_counter()
    for f in files:
        for _ in jieba.cut(f.read_text(encoding="utf-8")):
            pass
    return size / 1e6 / (time.perf_counter() - t)


def ingest(corpus: Path, db: Path, workers: int) -> tuple[float, float]:
    """`policykg ingest` in a child process: seconds, and the peak RSS (MB) of its largest process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run([_policykg(), "ingest", str(corpus), "--db", str(db), "-q",
                    "--workers", str(workers)], check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def query_latencies(db: Path, rounds: int) -> dict[str, tuple[float, float, float]]:
    """p50/p95/p99 in ms per kind of question, over entities picked from the store itself."""
    store, index = Store.open(db, read_only=True), SearchIndex(db)
    out: dict[str, tuple[float, float, float]] = {}
    try:
        for kind, qs in SEARCHES.items():
            times: list[float] = []
            for q in qs:  # each time computed, not a remembered answer (HTTP below measures those)
                times += _time(lambda q=q: (forget_answers(), search(index, q, facets=kind == "search faceted")), rounds)
            out[kind] = quantiles(times)
        problems = sorted(store.nodes(NodeType.PROBLEM), key=lambda n: n.id)[:: max(1, store.count_nodes(NodeType.PROBLEM) // 5)][:5]
        acted = {}
        for e in store.edges(edge_type=EdgeType.ACTS_ON):
            acted[e.target] = acted.get(e.target, 0) + 1
        regulations = sorted(acted, key=lambda r: (-acted[r], r))[:5]
        units = [n.id for n in store.nodes(NodeType.UNIT)][:5]
        cases: dict[str, list[Callable[[], object]]] = {
            "measures": [lambda p=p: measures_for(store, p.id) for p in problems],
            "trace": [lambda r=r: trace(store, r) for r in regulations],
            "entity page": [lambda x=x: entity_page(store, x) for x in regulations[:2] + units[:3]],
            "neighbourhood d2": [lambda x=x: neighbourhood(store, [x.id], depth=2) for x in problems[:3]],
            "subgraph export": [lambda p=p: export(problem_subgraph(store, p.id), "json") for p in problems[:3]],
            # what the API's pages ask (the web page waits for these): a page of 50, first and third
            "trace page of 50 (API)": [lambda r=r, o=o: trace_page(store, r, PAGE, o)
                                       for r in regulations for o in (0, 2 * PAGE)],
            "entity page of 50 (API)": [lambda x=x, o=o: entity_page(store, x, PAGE, o)
                                        for x in regulations[:2] + units[:3] for o in (0, 2 * PAGE)],
            "neighbours d2, 500 nodes (API)": [
                lambda x=x: neighbourhood(store, [x], depth=2, max_nodes=NEIGHBOURS) for x in regulations[:3]],
            "timeline of a regulation (API)": [
                lambda r=r: timeline(store, regulation=r, items_per_period=100) for r in regulations[:3]],
        }
        for kind, fns in cases.items():
            times = []
            for fn in fns:
                times += _time(fn, max(3, rounds // 2))
            out[kind] = quantiles(times)
    finally:
        store.close()
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: Path) -> tuple[subprocess.Popen, str, float]:
    """Start `policykg serve`; the process, its URL and seconds until /health answered."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    t = time.perf_counter()
    proc = subprocess.Popen([_policykg(), "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        try:
            with urllib.request.urlopen(url + "/health", timeout=1) as r:
                if r.status == 200:
                    return proc, url, time.perf_counter() - t
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError("policykg serve exited before answering") from None
            time.sleep(0.05)


def wrk(url: str, seconds: int, connections: int, workdir: Path) -> dict[str, float]:
    """wrk over a mix of search requests: requests/s, latency percentiles (ms) and errors."""
    paths = [f"/search?q={urllib.parse.quote(q)}" for qs in SEARCHES.values() for q in qs]
    for p in paths:  # a server in use has answered these before; the load measures serving, not a cold start
        with urllib.request.urlopen(url + p, timeout=600) as r:
            r.read()
    script = workdir / "search_mix.lua"
    script.write_text(
        "local paths = {" + ", ".join(f'"{p}"' for p in paths) + "}\nlocal i = 0\n"
        "request = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n",
        encoding="utf-8",
    )
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script), url],
                         check=True, capture_output=True, text=True).stdout

    def ms(label: str) -> float:
        m = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if not m:
            return float("nan")
        return float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]

    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "rps": float(rps.group(1)) if rps else 0.0,
        "p50": ms("50"), "p99": ms("99"),
        "errors": (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sock.groups())) if sock else 0),
    }


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    import jieba

    from policykg import __version__

    def dist(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "not installed"

    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True).stdout.strip()
    except OSError:
        rev = ""
    return (f"policykg {__version__}{' @' + rev if rev else ''}, Python {platform.python_version()}, "
            f"jieba {jieba.__version__}, Whoosh-Reloaded {dist('Whoosh-Reloaded')}, FastAPI {dist('fastapi')}, "
            f"uvicorn {dist('uvicorn')}")


def _machine() -> str:
    cpu = ""
    try:
        cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                    if ln.startswith("model name")), "")
    except OSError:
        pass
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = os.getloadavg()[0]
    return f"{len(os.sched_getaffinity(0))} cores ({cpu or platform.machine()}), {ram:.0f} GB RAM, load {load:.1f} at start"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=int, default=10, help="Copies of the sample: 1, 10, 100, 1000.")
    ap.add_argument("--workdir", type=Path, default=None, help="Where the corpus and the store go (default: a folder in the temp dir).")
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--engine", choices=("whoosh", "tantivy"), default="whoosh",
                    help="Search engine the store is built with (tantivy: pip install 'policykg[tantivy]').")
    ap.add_argument("--rounds", type=int, default=20, help="Timed repetitions of each query.")
    ap.add_argument("--wrk-seconds", type=int, default=15)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--results", type=Path, default=HERE / "RESULTS.md", help="Markdown file the run is appended to ('-' for none).")
    a = ap.parse_args()
    machine = _machine()  # its load before the run's own work
    import tempfile

    os.environ["POLICYKG_SEARCH_ENGINE"] = a.engine  # read by the ingest and serve processes started below

    work = a.workdir or Path(tempfile.gettempdir()) / f"policykg-bench-{a.scale}"
    corpus, db = work / "corpus", work / "db"
    shutil.rmtree(db, ignore_errors=True)
    files = generate(a.scale, corpus)
    size = sum(f.stat().st_size for f in files) / 1e6
    rows: list[tuple[str, str]] = [("corpus", f"{len(files)} files, {size:.1f} MB"), ("search engine", a.engine)]

    ref = jieba_reference(files)
    rows.append(("jieba cut, one core MB/s (reference)", f"{ref:.2f}"))
    seconds, peak = ingest(corpus, db, a.workers)
    rows += [
        (f"ingest MB/s ({a.workers} workers)", f"{size / seconds:.2f} ({size / seconds / ref:.2f}x jieba; {seconds:.0f} s)"),
        ("ingest peak RSS MB (largest process)", f"{peak:.0f}"),
        ("store MB / index MB", f"{_mb(db) - _mb(db / 'index'):.1f} / {_mb(db / 'index'):.1f}"),
    ]
    for kind, (p50, p95, p99) in query_latencies(db, a.rounds).items():
        rows.append((f"{kind} p50 / p95 / p99 ms", f"{p50:.1f} / {p95:.1f} / {p99:.1f}"))
    proc, url, cold = serve(db)
    try:
        rows.append(("serve cold start s", f"{cold:.2f}"))
        if shutil.which("wrk"):
            w = wrk(url, a.wrk_seconds, a.connections, work)
            rows.append((f"HTTP search mix, {a.connections} conn: req/s, p50 / p99 ms, errors",
                         f"{w['rps']:.0f}, {w['p50']:.1f} / {w['p99']:.1f}, {w['errors']}"))
        else:
            rows.append(("HTTP search mix", "not run: wrk is not installed"))
    finally:
        proc.terminate()
        proc.wait(timeout=30)

    command = (f"python -m benchmarks.run --scale {a.scale} --engine {a.engine} --workers {a.workers} --rounds {a.rounds} "
               f"--wrk-seconds {a.wrk_seconds} --connections {a.connections}")
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    width = max(len(k) for k, _ in rows)
    print("\n".join(f"{k:<{width}}  {v}" for k, v in rows))
    if str(a.results) != "-":
        table = "\n".join(f"| {k} | {v} |" for k, v in rows)
        with a.results.open("a", encoding="utf-8") as f:
            f.write(f"\n## {stamp} — benchmark at scale {a.scale}x\n\nMachine: {machine}, {os.getloadavg()[0]:.1f} at the end. Versions: {_versions()}.\n"
                    f"Command: `{command}`\n\n| measure | value |\n|---|---|\n{table}\n")


if __name__ == "__main__":
    main()
