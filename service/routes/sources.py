"""The articles: list, read, add or replace (API key), delete (API key)."""

from __future__ import annotations

import json
import logging

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from index.articles import ArticleError, check_source_name, parse_article
from index.ingest import CorpusMissing, ProtectedArticle
from service.schemas import ErrorBody, IngestResult, SourceIn, SourceInfo, SourceText
from service.state import Services, engine, require_read_key, require_write_key, services

router = APIRouter(prefix="/api/sources", tags=["sources"])
ERRORS = {400: {"model": ErrorBody}, 401: {"model": ErrorBody}, 403: {"model": ErrorBody},
          404: {"model": ErrorBody}, 413: {"model": ErrorBody}}  # fmt: skip


def store_failed(exc: Exception, what: str) -> HTTPException:
    logging.getLogger("newsqa.service").exception("index store failed")
    return HTTPException(
        503, f"the index store failed ({type(exc).__name__}): {what}; it is retried on restart", {"Retry-After": "30"}
    )


def _info(source: str, meta: dict) -> SourceInfo:
    return SourceInfo(
        source=source,
        title=meta.get("title", ""),
        date=meta.get("date"),
        date_source=meta.get("date_source", "unknown"),
        publisher=meta.get("publisher"),
        characters=meta.get("chars", 0),
        chunks=meta.get("chunks", 0),
        version=meta.get("sha256"),
    )


@router.get("", response_model=list[SourceInfo], dependencies=[Depends(require_read_key), Depends(engine)])
def list_sources(s: Services = Depends(services)):
    articles = s.engine.retriever.store.manifest_metadata()
    return [_info(source, meta) for source, meta in sorted(articles.items())]


@router.get("/{source}", response_model=SourceText, responses=ERRORS, dependencies=[Depends(require_read_key)])
def get_source(
    source: str = Path(description="File name"),
    version: str | None = Query(
        None,
        pattern=r"^[0-9a-f]{64}$",
        description="An article version (sha256) a citation names; default: the current",
    ),
    s: Services = Depends(services),
    _=Depends(engine),
):
    """The article's text exactly as it was indexed: citations' offsets point into it, whatever the file holds now."""
    try:
        check_source_name(source)
    except ArticleError as exc:
        raise HTTPException(400, str(exc)) from None
    store = s.engine.retriever.store
    meta = store.manifest_metadata().get(source)
    if meta is None:
        raise HTTPException(404, f"no article named {source!r}")
    known = [meta.get("sha256"), *json.loads(meta.get("previous", "[]"))]
    wanted = version or meta.get("sha256")
    if wanted not in known:
        raise HTTPException(404, f"{source!r} has no version {version}: it was replaced since (ask again)")
    text = store.text(wanted)
    if text is None:
        raise HTTPException(503, f"the indexed text of {source!r} is missing: restart the service to re-index")
    try:
        removed = parse_article(source, text).cleaned.removed
    except ArticleError:
        removed = []
    return SourceText(**{**_info(source, meta).model_dump(), "version": wanted}, text=text, removed=removed)


@router.post("", response_model=IngestResult, responses=ERRORS, dependencies=[Depends(require_write_key)],
             summary="Add or replace an article; searchable when the call returns")  # fmt: skip
def put_source(body: SourceIn, s: Services = Depends(services), _=Depends(engine)):
    try:
        data = body.text.encode("utf-8")
    except UnicodeEncodeError:
        raise HTTPException(400, "text: not valid Unicode (lone surrogate code points)") from None
    if len(data) > s.settings.max_article_bytes:
        raise HTTPException(413, f"article over the limit of {s.settings.max_article_bytes} bytes")
    try:
        report = s.engine.indexer.put(body.name, data)
    except ArticleError as exc:
        raise HTTPException(400, str(exc)) from None
    except (CorpusMissing, HTTPException):
        raise
    except Exception as exc:  # the store failed mid-write: the old version stays live (see index/store.py)
        raise store_failed(exc, "the article was written to the corpus folder but not indexed") from None
    s.engine.retriever.refresh()
    return IngestResult(
        source=body.name,
        state=report.articles.get(body.name, "unchanged"),
        chunks_added=report.added,
        chunks_removed=report.removed,
    )


@router.delete("/{source}", response_model=IngestResult, responses=ERRORS, dependencies=[Depends(require_write_key)])
def delete_source(source: str, s: Services = Depends(services), _=Depends(engine)):
    try:
        report = s.engine.indexer.remove(source)
    except ProtectedArticle as exc:
        raise HTTPException(409, str(exc)) from None
    except ArticleError as exc:
        raise HTTPException(400, str(exc)) from None
    except FileNotFoundError:
        raise HTTPException(404, f"no article named {source!r}") from None
    except CorpusMissing:
        raise
    except Exception as exc:
        raise store_failed(exc, "the article may be gone from the corpus folder but is still indexed") from None
    s.engine.retriever.refresh()
    return IngestResult(source=source, state="removed", chunks_added=report.added, chunks_removed=report.removed)
