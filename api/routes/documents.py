"""The documents in the store: list, read, add by upload, delete."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from fastapi import APIRouter, File, Request, Response, UploadFile
from starlette.concurrency import run_in_threadpool

from policykg.graph.errors import BadQuery, NotFound, RejectedFile
from policykg.ingest.batch import ingest_file, remove_document
from policykg.ingest.readers import READERS

from ..deps import ServicesDep
from ..models import Document, DocumentText, Upload
from ..pages import ItemId, Page, PageDep, paginate

router = APIRouter(tags=["documents"])

#: Folder of the store that keeps uploaded files.
UPLOADS = "uploads"


def safe_filename(name: str) -> str:
    """The last component of an uploaded file's name, with anything but letters, digits, - _ . ( ) replaced.

    No separators, no leading dots and no control characters survive, so the file cannot land outside the
    uploads folder or hide in it.
    """
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name or ""))[-1]
    cleaned = "".join(c if c.isalnum() or c in "-_.()" else "_" for c in base).lstrip(".")[-120:]
    if not Path(cleaned).stem:
        raise BadQuery(f"the file name {name!r} names no file", "upload a file with a name such as 报告.docx")
    return cleaned


def _document(services: ServicesDep, id: str) -> dict:
    for d in services.store.documents():
        if d["id"] == id:
            return d
    raise NotFound(f"no document {id!r}", "list them: GET /documents")


@router.get("/documents", summary="The documents in the store")
def documents(services: ServicesDep, page: PageDep) -> Page[Document]:
    return paginate([{**d, "path": Path(d["path"] or "").name} for d in services.store.documents()], page)


@router.get("/documents/{id}", summary="One document with its normalized text (what evidence offsets point into)")
def document(services: ServicesDep, id: ItemId) -> DocumentText:
    d = _document(services, id)
    return {**d, "path": Path(d["path"] or "").name, "text": services.store.document_text(id)}


@router.post("/documents", status_code=201, summary="Add a document by upload (.txt .md .html .docx .pdf); it is read into the graph and the index")
async def upload(request: Request, services: ServicesDep, response: Response,
                 file: UploadFile = File(description="The document file.")) -> Upload:
    name = safe_filename(file.filename or "")
    if Path(name).suffix.lower() not in READERS:
        raise RejectedFile(f"unsupported file type {Path(name).suffix or '(none)'!r}", f"policykg reads {' '.join(sorted(READERS))}")
    data = await file.read()
    folder = Path(request.app.state.settings.db) / UPLOADS
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{hashlib.sha256(data).hexdigest()[:12]}-{name}"
    target.write_bytes(data)
    max_bytes = request.app.state.settings.max_upload_bytes
    outcome = await run_in_threadpool(ingest_file, services.store, services.index, target, max_bytes)
    if outcome.status == "rejected":
        target.unlink(missing_ok=True)
        raise RejectedFile(f"{name}: {outcome.message}", "check the file opens and holds text")
    if outcome.status == "unchanged":  # the store already holds these bytes: keep no second copy
        response.status_code = 200
        if Path(_document(services, outcome.doc)["path"] or "") != target:
            target.unlink(missing_ok=True)
    return {"status": outcome.status, "doc": outcome.doc, "filename": name, "nodes": outcome.nodes,
            "edges": outcome.edges, "message": outcome.message}


@router.delete("/documents/{id}", status_code=204, summary="Delete a document with what only it supports")
def delete(request: Request, services: ServicesDep, id: ItemId) -> Response:
    d = _document(services, id)
    remove_document(services.store, services.index, id)
    stored = Path(d["path"] or "")
    folder = (Path(request.app.state.settings.db) / UPLOADS).resolve()
    if stored.is_file() and stored.resolve().parent == folder:
        stored.unlink()
    return Response(status_code=204)
