"""Web pages (.html, .htm): the article's text, without navigation, scripts, headers and footers.

Government pages put the article in one container among menus, breadcrumbs, share bars and footers. The reader
drops what is boilerplate by tag or by class/id name, then keeps the element that holds most of the paragraph
text. Block elements become line ends, so headings and paragraphs stay on their own lines; table cells are
joined with " | " on one line per row.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import lxml.html
from lxml import etree

from policykg.graph.errors import RejectedFile

from .encoding import decode

if TYPE_CHECKING:
    from . import Decoded

_DROP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "select",
              "button", "template", "svg", "head", "object", "embed", "map"}
_DROP_NAMES = {"nav", "navbar", "menu", "footer", "foot", "header", "top", "topbar", "breadcrumb", "crumb",
               "crumbs", "sidebar", "side", "share", "copyright", "banner", "toolbar", "pagination", "pager",
               "related", "comment", "comments", "login", "search", "ad", "ads", "position", "location", "dh",
               "bottom", "fenxiang", "bshare"}
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
           "article", "main", "blockquote", "pre", "dd", "dt", "dl", "center", "hr", "body", "tbody", "thead"}
_PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "tr", "div", "br"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACES = re.compile(r"[ \t\r\n\f]+")
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|--|\s-\s|\s—\s)\s*")
_MIN_SHARE = 0.3
"""The main container must hold at least this share of the page's text, or the whole body is kept."""


def read(data: bytes) -> Decoded:
    from . import Decoded

    m = _CHARSET.search(data[:4096])
    text, encoding = decode(data, m.group(1).decode("ascii") if m else None)
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", text))
    except (etree.ParserError, ValueError) as e:
        raise RejectedFile(f"not a readable web page: {e}", "save the page as HTML or as text") from e
    title = _page_title(root.findtext(".//title") or "")
    body = root.find("body")
    if body is None:
        body = root
    _drop_boilerplate(body)
    main = _main_container(body)
    text = page_text(main)
    heading = _heading_outside(body, main)
    if heading and not text.startswith(heading):
        text = f"{heading}\n{text}"
    return Decoded(text=text, format="html", encoding=encoding, title=title)


def _page_title(raw: str) -> str:
    """The document's part of a <title>: sites append their name (关于…的通知_某某市人民政府 or … - 政务公开)."""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(" ".join(raw.split())) if p.strip()]
    return max(parts, key=len) if parts else ""


def _heading_outside(body: etree._Element, main: etree._Element) -> str:
    """The page's <h1> (the document's title) when it stands above the article container rather than in it."""
    h1 = body.find(".//h1")
    if h1 is None or main is body or any(a is main for a in h1.iterancestors()):
        return ""
    return page_text(h1)


def page_text(el: etree._Element) -> str:
    """The text of an element, one line per block, whitespace runs collapsed as a browser shows them."""
    parts: list[str] = []
    _walk(el, parts)
    lines = (_SPACES.sub(" ", ln).strip(" \u3000\xa0") for ln in "".join(parts).split("\n"))
    return "\n".join(ln for ln in lines if ln)


def _walk(root: etree._Element, out: list[str]) -> None:
    """Text and tails in document order; iterative, so deeply nested pages cannot exhaust the stack."""
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in ("td", "th") and el.getprevious() is not None:
                out.append(" | ")
            if tag in _BLOCKS:
                out.append("\n")
            if tag and el.text:
                out.append(el.text.replace("\n", " "))
        else:
            if tag in _BLOCKS:
                out.append("\n")
            if el is not root and el.tail:
                out.append(el.tail.replace("\n", " "))


def _drop_boilerplate(body: etree._Element) -> None:
    doomed = []
    for el in body.iter():
        if not isinstance(el.tag, str):
            if isinstance(el, etree._Comment):
                doomed.append(el)
            continue
        names = set(re.split(r"[\s_\-]+", f"{el.get('class', '')} {el.get('id', '')}".lower())) - {""}
        if el.tag in _DROP_TAGS or names & _DROP_NAMES or el.get("hidden") is not None \
                or "display:none" in (el.get("style") or "").replace(" ", ""):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail:  # keep the text that follows the dropped element
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)


def _main_container(body: etree._Element) -> etree._Element:
    """The element whose paragraphs carry the most text (a parent gets its children's, a grandparent half)."""
    total = len("".join(body.itertext()).strip())
    scores: dict[etree._Element, float] = {}
    for el in body.iter(*_PARAGRAPHS):
        own = len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)
        if not own:
            continue
        parent = el.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + own
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0) + own / 2
    if not scores or not total:
        return body
    best = max(scores, key=lambda e: scores[e])
    if len("".join(best.itertext()).strip()) < _MIN_SHARE * total:
        return body
    return best
