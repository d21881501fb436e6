"""The app factory: one place that builds the HTTP service from settings."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from answer.engine import Engine
from newsqa.settings import Settings, get_settings
from service import errors
from service.ratelimit import RateLimit
from service.routes import answers, health, openai, sources
from service.state import Services

STATIC = Path(__file__).resolve().parent / "static"


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or get_settings()
    state = Services(settings, engine)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        state.load_in_background()
        yield

    app = FastAPIOffline(  # FastAPI whose /docs and /redoc load their scripts from this server, not a CDN
        title="newsqa",
        summary="Questions answered from news articles; every claim cites the exact sentence.",
        version="0.1.0",
        lifespan=lifespan,
        redirect_slashes=False,  # a redirect would echo the Host header back; /api/ask/ is simply not found
    )
    app.state.services = state
    errors.install(app)
    for router in (health.router, answers.router, openai.router, sources.router):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def page():
        return FileResponse(STATIC / "index.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    app.add_middleware(RateLimit, per_minute=settings.rate_limit_per_minute)
    app.add_middleware(  # outermost: ids and headers on all
        errors.RequestContext, max_body_bytes=settings.max_body_bytes, body_timeout_s=settings.body_timeout_s
    )
    _configure_logging()
    return app


def _configure_logging() -> None:
    logger = logging.getLogger("newsqa")
    logger.setLevel(logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
