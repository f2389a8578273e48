"""Start a throwaway Virtuoso server on loopback (the remote SPARQL store the tests and benchmarks push to)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

VIRTUOSO = shutil.which("virtuoso-t")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_virtuoso(folder: Path) -> Iterator[dict[str, str]]:
    """A fresh Virtuoso with its database in `folder`: {"query": .../sparql, "update": .../sparql-auth, "user",
    "password"}. Stopped (terminated, then killed) on exit."""
    if VIRTUOSO is None:
        raise RuntimeError("virtuoso-t is not installed: install the Debian package virtuoso-opensource")
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = _free_port(), _free_port()
    d = folder.resolve()
    (d / "v.ini").write_text(f"""[Database]
DatabaseFile = {d}/v.db
ErrorLogFile = {d}/v.log
LockFile = {d}/v.lck
TransactionFile = {d}/v.trx
xa_persistent_file = {d}/v.pxa
[TempDatabase]
DatabaseFile = {d}/v-temp.db
TransactionFile = {d}/v-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {d}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
[SPARQL]
ResultSetMaxRows = 10000
""")
    proc = subprocess.Popen([VIRTUOSO, "+configfile", str(d / "v.ini"), "+foreground"], cwd=d,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/sparql?query=SELECT%201%20WHERE%20%7B%7D", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(f"virtuoso exited: {(d / 'v.log').read_text(errors='replace')[-500:]}")
                time.sleep(0.5)
        else:
            raise RuntimeError("virtuoso did not answer within 60 s")
        yield {"query": f"{base}/sparql", "update": f"{base}/sparql-auth", "user": "dba", "password": "dba"}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
