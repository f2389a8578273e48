"""Limits on what one request may ask of the server: body size, query length, page size, export size.

A request over a limit is answered before any work is done, in the one error shape: 413 (too_large) for a body
or an export that is too big, 400 (refused) for a query string or a page that is too long. The numbers live in
`Settings` (api/settings.py).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from policykg.graph.errors import PolicykgError, Refused, TooLarge
from policykg.graph.views import GraphData

from .errors import error_body
from .settings import Settings

#: Routes that take a document upload, whose body may reach `Settings.max_upload_bytes`.
UPLOAD_PREFIXES = ("/documents",)
#: The query parameter every list and search pages with.
PAGE_PARAM = "limit"


def _refuse(error: PolicykgError) -> JSONResponse:
    return JSONResponse(error_body(error.code, error.message, error.hint), status_code=error.status)


def body_limit(settings: Settings, path: str) -> int:
    """The most bytes a request body to `path` may hold."""
    return settings.max_upload_bytes if path.startswith(UPLOAD_PREFIXES) else settings.max_body_bytes


def check_query(settings: Settings, query_string: bytes) -> None:
    """Refuse a query string longer than the limit (counted in characters once decoded) or a page too large."""
    if len(query_string) > settings.max_query_chars * 9:  # percent-encoded UTF-8: at most 9 bytes a character
        raise Refused(f"the query string is over {settings.max_query_chars} characters",
                      "send a long SPARQL query with POST; shorten a search")
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True, encoding="utf-8", errors="replace")
    if sum(len(k) + len(v) for k, v in pairs) > settings.max_query_chars:
        raise Refused(f"the query string is over {settings.max_query_chars} characters",
                      "send a long SPARQL query with POST; shorten a search")
    for key, value in pairs:
        if key == PAGE_PARAM and re.fullmatch(r"\s*[0-9]+\s*", value) and int(value) > settings.max_page_size:
            raise Refused(f"{key}={value} is over the page size limit of {settings.max_page_size}",
                          f"ask for at most {settings.max_page_size} and page on with offset")


def check_export(settings: Settings, data: GraphData) -> None:
    """Refuse an export with more nodes and edges than the limit, before it is serialized."""
    size = len(data.nodes) + len(data.edges)
    if size > settings.max_export_items:
        raise TooLarge(f"the export would hold {size} nodes and edges, over the limit of {settings.max_export_items}",
                       "export a subgraph (seed, problem or query with a small depth), or use the command line")


class RequestLimits:
    """ASGI middleware: checks the query string and the declared body size, then counts the body as it streams."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(self.settings, scope.get("path", ""))
        try:
            check_query(self.settings, scope.get("query_string", b""))
            self._check_declared(scope, limit)
        except PolicykgError as e:
            await _refuse(e)(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise TooLarge(f"the request body is over {limit} bytes", "send a smaller body")
            return message

        await self.app(scope, counted, send)

    @staticmethod
    def _check_declared(scope: Scope, limit: int) -> None:
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                if not value.strip().isdigit():
                    raise Refused("the Content-Length header is not a number")
                if int(value) > limit:
                    raise TooLarge(f"the request body ({int(value)} bytes) is over the limit of {limit} bytes",
                                   "send a smaller body")
