import logging

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from service.state import Services, services

log = logging.getLogger("newsqa.service")

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="The process is up")
def healthz():
    return {"status": "ok"}


@router.get("/readyz", summary="Index and models are loaded (503 before)")
def readyz(s: Services = Depends(services)):
    if s.engine is None:
        body = {"status": "loading" if not s.error else "failed", "error": s.error}
        return JSONResponse(body, status_code=503)
    settings = s.engine.settings
    store = s.engine.retriever.store
    try:
        damaged = store.damaged()
        store.generation()
    except Exception as exc:  # a damaged or unreachable store: not ready, and why
        log.warning("index store check failed: %r", exc)
        reason = f"the index store cannot be read ({type(exc).__name__}); restore it or re-index from the corpus"
        return JSONResponse({"status": "failed", "error": reason}, status_code=503)
    if damaged:
        reason = f"{len(damaged)} articles have damaged index records ({', '.join(damaged[:5])}): restart to re-index"
        return JSONResponse({"status": "degraded", "error": reason}, status_code=503)
    return {
        "status": "ready",
        "articles": len(s.engine.retriever.snapshot().articles),
        "answer_mode": settings.answer_mode,  # the chat page starts in this mode
        "model": settings.bundled_llm if settings.llm_backend == "bundled" else settings.llm_model,
        # how long this process's answered questions took, by mode (the page states it beside the mode choice)
        "answer_times": s.times.summary(),
        # generative answers running or waiting for the model, its queue's size, and those dropped as clients left
        "llm_queue": {"in_flight": s.gate.in_flight, "limit": s.gate.limit, "cancelled": s.gate.cancelled},
    }
