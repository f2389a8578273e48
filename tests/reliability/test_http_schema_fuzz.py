"""Schemathesis over the OpenAPI schema: valid and invalid requests to every operation never get a server
error, every error answers in the one shape, and no stack trace reaches a client.

`POLICYKG_TEST_HTTP_EXAMPLES` sets the examples per operation and mode (the suite runs a short pass). The suite's
pass is derandomized, so it is the same every run; `POLICYKG_TEST_HTTP_RANDOM=1` explores new requests instead.
The server works on its own copy of the sample store, since generated uploads and deletes change it.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from policykg.api.app import create_app
from policykg.api.settings import Settings

EXAMPLES = int(os.environ.get("POLICYKG_TEST_HTTP_EXAMPLES", "15"))
RANDOM = os.environ.get("POLICYKG_TEST_HTTP_RANDOM") == "1"


@pytest.fixture(scope="module")
def app(sample_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    db = tmp_path_factory.mktemp("fuzzed") / "db"
    shutil.copytree(sample_db, db)
    application = create_app(Settings(db=db, ingest_sample_if_empty=False))
    with TestClient(application):  # runs the lifespan, which opens the store the routes read
        yield application


def test_generated_requests_to_every_operation_get_no_server_error(app: object) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    tried: dict[str, int] = {}
    failures: list[str] = []
    seconds: dict[str, float] = {}
    for operation in operations:
        for mode in GenerationMode:
            name = f"{operation.method.upper()} {operation.path} ({mode.value})"

            @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=not RANDOM,
                      suppress_health_check=list(HealthCheck))
            @given(operation.as_strategy(generation_mode=mode))
            def call(case: schemathesis.Case) -> None:
                response = case.call()
                tried[name] = tried.get(name, 0) + 1
                text = response.text
                if response.status_code >= 500 or "Traceback" in text or 'File "' in text:
                    failures.append(f"{name}: {response.status_code} for {case.path_parameters} {case.query} {text[:200]}")
                elif response.status_code >= 400:
                    error = response.json().get("error", {})
                    if set(error) != {"code", "message", "hint"}:
                        failures.append(f"{name}: {response.status_code} outside the error shape: {text[:200]}")

            started = time.perf_counter()
            try:
                call()
            except Unsatisfiable:  # an operation without parameters has no invalid request to make
                if mode is GenerationMode.POSITIVE:
                    raise
            seconds[name] = time.perf_counter() - started
    slowest = sorted(seconds.items(), key=lambda x: -x[1])[:3]
    print("slowest:", ", ".join(f"{name} {t:.1f} s" for name, t in slowest))
    assert not failures, "\n".join(failures[:10])
    assert sum(tried.values()) >= EXAMPLES * len(operations) // 2
    print(f"{sum(tried.values())} generated requests over {len(operations)} operations, 0 server errors")
