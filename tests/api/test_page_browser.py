"""The web page in a real headless Chromium: search, a facet, an entity with highlighted evidence, a regulation's
timeline, an export download. Screenshots land in docs/screenshots/ (the README shows one)."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright
from support import ROOT, policykg_command

CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "docs" / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(sample_db: Path) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen([*policykg_command(), "serve", "--db", str(sample_db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(base + "/health", timeout=2)
                break
            except OSError:
                time.sleep(0.25)
        else:
            raise AssertionError("the server did not come up")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Page]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, base_url=server)
        yield context.new_page()
        browser.close()


def _settled(page: Page) -> None:
    page.wait_for_function("document.body.dataset.ready === (location.hash.slice(1) || '/')", timeout=30_000)
    assert page.locator("#error").is_hidden(), page.locator("#error").inner_text()


def test_search_facet_entity_timeline_export(page: Page, tmp_path: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto("/")
    _settled(page)
    page.fill("#q", "整改")
    page.click("#search-form button")
    _settled(page)
    assert page.locator(".hit").count() > 0
    assert page.locator(".hit .snippet mark").count() > 0, "no highlighted snippet"
    page.screenshot(path=str(SHOTS / "search.png"), full_page=False)

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
    page.screenshot(path=str(SHOTS / "entity.png"), full_page=False)
    marks.first.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "evidence.png"), full_page=False)

    page.click("header a[href='#/regulations']")
    _settled(page)
    page.locator("table a[href^='#/regulation/']").first.click()
    _settled(page)
    assert page.locator("#timeline .period").count() > 0, "the regulation has no timeline"
    page.screenshot(path=str(SHOTS / "regulation.png"), full_page=False)

    with page.expect_download() as download:
        page.click("#exports a[data-format=gexf]")
    saved = tmp_path / "view.gexf"
    download.value.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    assert "<gexf" in text and "<node " in text
    assert all(u.startswith(page.url.split("#")[0].rstrip("/")) or u.startswith("data:") for u in requests), \
        "the page loaded something from outside the server"
