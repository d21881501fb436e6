"""What one service process holds: settings, and the engine once models and index are loaded."""

from __future__ import annotations

import logging
import secrets
import threading

from fastapi import HTTPException, Request

from answer.engine import Engine
from newsqa.settings import Settings
from service.admission import LLMGate
from service.latency import AnswerTimes

log = logging.getLogger("newsqa.service")


class Services:
    def __init__(self, settings: Settings, engine: Engine | None = None):
        self.settings = settings
        self.engine = engine
        self.error: str | None = None
        self.gate = LLMGate(settings.llm_queue)
        self.times = AnswerTimes()  # answered questions' durations by requested mode, for /readyz and the page

    def load_in_background(self) -> None:
        """Load models and index once per process, without blocking start-up: /readyz says when."""
        if self.engine is not None:
            return

        def load():
            try:
                # a service that answers generatively by default loads its model now, not on the first question
                engine = Engine.from_settings(self.settings, load_llm=self.settings.answer_mode == "generative")
                if engine.indexer.is_stale():  # a write cut off by a crash: this worker brings the index in step
                    report = engine.indexer.ingest()
                    log.info("index brought in step with the corpus folder: %s", report.articles)
                engine.retriever.snapshot()
                engine.ask("warm up")  # first query pays one-off costs (graph build, caches)
                self.engine = engine
                log.info("ready")
            except Exception as exc:  # reported by /readyz; the process keeps serving /healthz
                log.exception("loading failed")
                self.error = f"{type(exc).__name__}: {exc}"

        threading.Thread(target=load, name="newsqa-loader", daemon=True).start()


def services(request: Request) -> Services:
    return request.app.state.services


def engine(request: Request) -> Engine:
    s = services(request)
    if s.engine is None:
        raise HTTPException(503, "the index and models are still loading" if not s.error else "loading failed")
    return s.engine


def _presented_key(request: Request) -> str | None:
    if key := request.headers.get("x-api-key"):
        return key
    auth = request.headers.get("authorization", "")
    return auth[7:].strip() if auth.lower().startswith("bearer ") else None


def _check_key(request: Request, purpose: str) -> None:
    expected = services(request).settings.api_key
    if expected is None or not expected.get_secret_value():
        raise HTTPException(403, f"{purpose} are disabled: no API key is configured (set NEWSQA_API_KEY)")
    given = _presented_key(request)
    if given is None:
        raise HTTPException(401, "an API key is required: send X-API-Key or Authorization: Bearer")
    if not secrets.compare_digest(given.encode(), expected.get_secret_value().encode()):
        raise HTTPException(403, "the API key is not valid")


def require_write_key(request: Request) -> None:
    _check_key(request, "writes")


def require_read_key(request: Request) -> None:
    if services(request).settings.protect_reads:
        _check_key(request, "reads")
