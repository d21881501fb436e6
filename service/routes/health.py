from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from service.state import Services, services

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
    return {
        "status": "ready",
        "articles": len(s.engine.retriever.snapshot().articles),
        "answer_mode": settings.answer_mode,  # the chat page starts in this mode
        "model": settings.bundled_llm if settings.llm_backend == "bundled" else settings.llm_model,
        # generative answers running or waiting for the model, its queue's size, and those dropped as clients left
        "llm_queue": {"in_flight": s.gate.in_flight, "limit": s.gate.limit, "cancelled": s.gate.cancelled},
    }
