"""The web page in a real headless Chromium: search, a facet, an entity with highlighted evidence, a regulation's
timeline, an export download. Screenshots are taken into a temporary folder, or into the folder named by
POLICYKG_SCREENSHOTS (`make screenshots` refreshes the README's pictures in docs/screenshots/)."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from invented_graph import write_river_report
from playwright.sync_api import Browser, Page, sync_playwright
from support import policykg_command

from policykg.graph.store import Store

CHROMIUM = "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


_STARTUP_SECONDS = 120
"""Serving loads the index and the page's assets; on a loaded two-core machine that has taken over 30 s."""


@contextmanager
def _serving(db: Path) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen([*policykg_command(), "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + _STARTUP_SECONDS
        while True:
            try:
                urllib.request.urlopen(base + "/health", timeout=2)
                break
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(f"the server exited with code {proc.returncode} before it came up")
                if time.monotonic() > deadline:
                    raise AssertionError(f"the server did not come up within {_STARTUP_SECONDS} s")
                time.sleep(0.25)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@contextmanager
def _browsing(browser: Browser, base: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, base_url=base)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture(scope="module")
def page(browser: Browser, sample_db: Path) -> Iterator[Page]:
    with _serving(sample_db) as base, _browsing(browser, base) as page:
        yield page


def _settled(page: Page) -> None:
    page.wait_for_function("document.body.dataset.ready === (location.hash.slice(1) || '/')", timeout=30_000)
    assert page.locator("#error").is_hidden(), page.locator("#error").inner_text()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go: a test run must not rewrite the committed pictures unless asked to."""
    folder = Path(os.environ.get("POLICYKG_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_search_facet_entity_timeline_export(page: Page, shots: Path, tmp_path: Path) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto("/")
    _settled(page)
    page.fill("#q", "整改")
    page.click("#search-form button")
    _settled(page)
    assert page.locator(".hit").count() > 0
    assert page.locator(".hit .snippet mark").count() > 0, "no highlighted snippet"
    page.screenshot(path=str(shots / "search.png"), full_page=False)

    facet = page.locator("a.facet[data-facet=type]").first
    chosen = facet.get_attribute("data-value")
    facet.click()
    _settled(page)
    assert f"type={chosen}" in page.evaluate("location.hash")
    assert page.locator(".hit .type").count() > 0
    assert all(chosen in t for t in page.locator(".hit .type").all_inner_texts())

    page.locator(".hit a").first.click()
    _settled(page)
    assert page.evaluate("location.hash").startswith("#/entity/")
    marks = page.locator(".doctext mark.evidence")
    assert marks.count() > 0, "no evidence highlighted inside a document"
    assert marks.first.inner_text().strip()
    assert page.locator("#graph canvas").count() > 0, "the neighbourhood graph was not drawn"
    page.screenshot(path=str(shots / "entity.png"), full_page=False)
    marks.first.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "evidence.png"), full_page=False)

    page.click("header a[href='#/regulations']")
    _settled(page)
    page.locator("table a[href^='#/regulation/']").first.click()
    _settled(page)
    assert page.locator("#timeline .period").count() > 0, "the regulation has no timeline"
    page.screenshot(path=str(shots / "regulation.png"), full_page=False)
    assert all((shots / f"{name}.png").stat().st_size > 0 for name in ("search", "entity", "evidence", "regulation"))

    with page.expect_download() as download:
        page.click("#exports a[data-format=gexf]")
    saved = tmp_path / "view.gexf"
    download.value.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    assert "<gexf" in text and "<node " in text
    assert all(u.startswith(page.url.split("#")[0].rstrip("/")) or u.startswith("data:") for u in requests), \
        "the page loaded something from outside the server"


def test_upload_and_delete_a_document(browser: Browser, tmp_path: Path) -> None:
    db = tmp_path / "db"
    store = Store.open(db)
    write_river_report(store)
    store.close()
    report = tmp_path / "西溪报告.txt"
    report.write_text("关于西溪整治的报告\n一、西溪岸线垃圾问题\n2024年3月1日,镇政府开展西溪岸线清理。\n", encoding="utf-8")
    with _serving(db) as base, _browsing(browser, base) as page:
        page.on("dialog", lambda dialog: dialog.accept())
        page.goto("/#/documents")
        _settled(page)
        assert page.locator("button.delete").count() == 1
        page.set_input_files("#upload input[type=file]", str(report))
        page.click("#upload button")
        page.wait_for_function("document.querySelectorAll('button.delete').length === 2", timeout=30_000)
        assert "西溪报告.txt" in page.locator("#upload-status").inner_text()
        page.locator("tr", has_text="西溪报告.txt").locator("button.delete").click()
        page.wait_for_function("document.querySelectorAll('button.delete').length === 1", timeout=30_000)
        assert "西溪" not in page.locator("table").inner_text()
