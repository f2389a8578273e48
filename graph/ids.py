"""Stable ids and the name normalization they rest on.

Ids are `type:digest`, where the digest depends only on what identifies the thing: a document's sha256, a
position inside a document, or the canonical name of a shared entity. The same input gives the same ids in
every run, whatever order documents arrive in.

>>> entity_id("regulation", "海南省全面推行“湾长制”实施方案") == entity_id("regulation", "海南省全面推行\\"湾长制\\"实施方案")
True
"""

from __future__ import annotations

import hashlib
import unicodedata

_QUOTES = "\"'“”‘’「」『』"


def name_key(name: str) -> str:
    """The form two spellings of one name share: NFKC width, no spaces, no quote marks, no trailing 。."""
    s = unicodedata.normalize("NFKC", name)
    s = "".join(ch for ch in s if not ch.isspace() and ch not in _QUOTES)
    return s.strip("。.;:,")


def _digest(*parts: str, size: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def document_id(sha256: str) -> str:
    return f"document:{sha256[:16]}"


def local_id(node_type: str, doc_id: str, start: int, end: int) -> str:
    """Id of a node that belongs to one document (section, problem, measure, figure): its span there."""
    return f"{node_type}:{_digest(doc_id, str(start), str(end))}"


def entity_id(node_type: str, name: str) -> str:
    """Id of a shared entity (regulation, bay, river, unit, place, person) by its canonical name."""
    return f"{node_type}:{_digest(node_type, name_key(name))}"


def edge_id(source: str, edge_type: str, target: str, key: str = "") -> str:
    return f"edge:{_digest(source, str(edge_type), target, key, size=20)}"
