"""Reliability under abuse, long versions of tests/reliability: SIGKILLs during `policykg ingest`, a file fuzz run,
and a bounded load test on loopback while an ingest writes. Prints the figures for RESULTS.md.

    python benchmarks/reliability_bench.py kills --count 100
    python benchmarks/reliability_bench.py fuzz --count 400
    python benchmarks/reliability_bench.py load --clients 50 --seconds 60
    python benchmarks/reliability_bench.py all

`kills` runs the installed command as a user would (its default workers), kills it with SIGKILL at a random
moment, audits the store on disk, and at the end compares a re-ingest with a clean run. `load` drives
`policykg serve` with wrk (a Lua script mixes search, trace, entity and export requests) while
`policykg ingest` writes more documents into the same store.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"
sys.path.insert(0, str(TESTS))

from hostile_files import hostile_files, oversized_text  # noqa: E402
from invented_reports import write_reports  # noqa: E402
from store_audit import audit, graph_key, shapes  # noqa: E402

from policykg.api.settings import sample_corpus  # noqa: E402
from policykg.graph.store import Store  # noqa: E402
from policykg.ingest.batch import ingest_paths  # noqa: E402
from policykg.ingest.pipeline import DEFAULT_MAX_BYTES  # noqa: E402
from policykg.search.index import SearchIndex  # noqa: E402

POLICYKG = shutil.which("policykg", path=str(Path(sys.executable).parent)) or "policykg"


def _ingest_command(db: Path, *paths: Path) -> list[str]:
    return [POLICYKG, "ingest", *map(str, paths), "--db", str(db), "--quiet"]


def _group_alive(pgid: int) -> int:
    """How many processes of a process group are still running (workers a killed ingest left behind)."""
    out = subprocess.run(["ps", "-o", "pid=,stat=", "-g", str(pgid)], capture_output=True, text=True).stdout
    return sum(1 for line in out.splitlines() if line.split()[1:2] and not line.split()[1].startswith("Z"))


def _clean_again(corpus: Path, db: Path) -> tuple[dict, tuple]:
    """A fresh clean run, for when the extraction rules were changed (an editable install) while the run went on."""
    subprocess.run(_ingest_command(db, corpus), check=True, capture_output=True)
    return shapes(db), graph_key(db)


def kills(count: int, docs: int, work: Path) -> dict:
    """Kill `policykg ingest` `count` times at random moments; audit after each; re-ingest equals a clean run."""
    corpus = work / "corpus"
    write_reports(corpus, docs)
    clean = work / "clean"
    t0 = time.perf_counter()
    subprocess.run(_ingest_command(clean, corpus), check=True, capture_output=True)
    duration = time.perf_counter() - t0
    shape, graph = shapes(clean), graph_key(clean)
    rnd = random.Random(11)
    killed = rounds = orphans = 0
    db = work / "db0"
    while killed < count:
        p = subprocess.Popen(_ingest_command(db, corpus), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
        try:
            p.wait(timeout=rnd.uniform(0.5, duration))
        except subprocess.TimeoutExpired:
            os.kill(p.pid, signal.SIGKILL)  # what a user's kill -9 or the OOM killer does: the main process only
            p.wait()
            deadline = time.monotonic() + 5  # workers notice within a second or two that their ingest is gone
            while _group_alive(p.pid) and time.monotonic() < deadline:
                time.sleep(0.2)
            left = _group_alive(p.pid)
            orphans += left
            if left:
                os.killpg(p.pid, signal.SIGKILL)  # clean up what the killed ingest left running
            killed += 1
            problems = audit(db, shape)
            if problems:
                shape, graph = _clean_again(corpus, work / f"clean-k{killed}")
                problems = audit(db, shape)
            if problems:
                raise SystemExit(f"after kill {killed}: {problems}")
            continue
        if graph_key(db) != graph:
            shape, graph = _clean_again(corpus, work / f"clean{rounds}")
            if graph_key(db) != graph:
                raise SystemExit(f"round {rounds}: the finished ingest differs from a clean run")
        rounds += 1
        db = work / f"db{rounds}"
    subprocess.run(_ingest_command(db, corpus), check=True, capture_output=True)
    if graph_key(db) != graph:
        shape, graph = _clean_again(corpus, work / "clean-last")
    equal = graph_key(db) == graph and not audit(db, shape)
    return {"kills survived": killed, "stores": rounds + 1, "documents": docs, "clean ingest s": round(duration, 1),
            "processes of a killed ingest still running 5 s later": orphans, "re-ingest equals clean run": equal}


def fuzz(count: int, work: Path) -> dict:
    """Ingest `count` hostile files and a text file over the default 50 MB limit; count outcomes and crashes."""
    folder = work / "hostile"
    hostile_files(folder, count, seed=5)
    big = oversized_text(folder, DEFAULT_MAX_BYTES + 1024 * 1024)
    db = work / "fuzzdb"
    store, index = Store.open(db), SearchIndex(db)
    t0 = time.perf_counter()
    crashes = 0
    try:
        report = ingest_paths(store, index, [folder])
    except Exception as e:  # a crash of the batch is exactly what this run looks for
        crashes, report = 1, None
        print(f"CRASH: {type(e).__name__}: {e}", file=sys.stderr)
    finally:
        store.close()
    elapsed = time.perf_counter() - t0
    if report is None:
        return {"inputs tried": count + 1, "crashes": crashes}
    big_outcome = next(o for o in report.outcomes if o.path == str(big))
    return {"inputs tried": len(report.outcomes), "ingested": report.count("ingested"),
            "rejected": report.count("rejected"), "crashes": crashes, "seconds": round(elapsed, 1),
            "over the limit": f"{big.stat().st_size / 1e6:.0f} MB: {big_outcome.status} ({big_outcome.message})",
            "store audit": audit(db, shapes(db)) or "whole"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.loads(r.read())


LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %%d %%d %%d %%d %%d %%d %%.1f %%.1f %%.1f %%.1f\\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.errors.timeout, summary.duration, summary.bytes,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def load(clients: int, seconds: int, docs: int, work: Path) -> dict:
    """wrk with `clients` connections for `seconds` against `policykg serve` while an ingest writes."""
    db = work / "loaddb"
    subprocess.run(_ingest_command(db, *sample_corpus()), check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen([POLICYKG, "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                _get(base + "/health")
                break
            except OSError:
                time.sleep(0.5)
        q = urllib.parse.quote
        regulations = _get(f"{base}/search?q={q('方案')}&type=regulation&limit=5")["hits"]
        measures = _get(f"{base}/search?q={q('整改')}&type=measure&limit=5")["hits"]
        paths = [f"/search?q={q(w)}&limit=10" for w in ("禁塑", "饮用水 水源地", "湾长制", "整改 落实", "海洋 生态")]
        paths += [f"/trace?regulation={q(h['label'])}" for h in regulations[:3]]
        paths += [f"/entities/{q(h['id'])}" for h in regulations[:3] + measures[:3]]
        paths += [f"/export?format=json&seed={q(h['id'])}&depth=1" for h in regulations[:2]]
        script = work / "mix.lua"
        script.write_text(LUA % ", ".join(f'"{p}"' for p in paths), encoding="utf-8")
        corpus = work / "more"
        write_reports(corpus, docs, first=1000)
        writer = subprocess.Popen(_ingest_command(db, corpus), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        before = _get(base + "/health")["documents"]
        out = subprocess.run(["wrk", "-t2", f"-c{clients}", f"-d{seconds}s", "--timeout", "30s", "-s", str(script), base],
                             capture_output=True, text=True, check=True).stdout
        ingest_running_at_end = writer.poll() is None
        writer.wait(timeout=600)
        after = _get(base + "/health")["documents"]
    finally:
        server.terminate()
        server.wait(timeout=30)
    fields = next(line for line in out.splitlines() if line.startswith("RESULT")).split()[1:]
    requests, socket_errors, status_errors, timeouts = map(int, fields[:4])
    p50, p95, p99, worst = map(float, fields[6:])
    return {"clients": clients, "seconds": seconds, "requests served": requests,
            "requests per second": round(requests / seconds, 1), "errors (non-2xx)": status_errors,
            "socket errors": socket_errors, "timeouts": timeouts, "p50 ms": p50, "p95 ms": p95, "p99 ms": p99,
            "max ms": worst, "endpoints in the mix": len(paths),
            "documents during the run": f"{before} -> {after} (ingest still writing at the end: {ingest_running_at_end})",
            "ingest exit": writer.returncode}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["kills", "fuzz", "load", "all"])
    parser.add_argument("--count", type=int, default=0, help="kills (default 100) or hostile files (default 400)")
    parser.add_argument("--docs", type=int, default=8, help="invented reports per ingest (kills) or written during the load")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="policykg-reliability-") as tmp:
        work = Path(tmp)
        results = {}
        if args.what in ("kills", "all"):
            results["kills"] = kills(args.count or 100, args.docs, work)
        if args.what in ("fuzz", "all"):
            results["fuzz"] = fuzz(args.count or 400, work)
        if args.what in ("load", "all"):
            results["load"] = load(args.clients, args.seconds, max(args.docs, 40), work)
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
