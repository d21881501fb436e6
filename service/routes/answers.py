"""/api/ask and /api/chat: the answer engine over HTTP, whole or streamed as server-sent events."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from fastapi import APIRouter, Depends, HTTPException, Request
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool

from answer.engine import Engine
from answer.types import Message
from service.schemas import Answer, AskRequest, ChatRequest, ErrorBody
from service.state import Services, engine, require_read_key, services

router = APIRouter(prefix="/api", tags=["answers"], dependencies=[Depends(require_read_key)])
ERRORS = {422: {"model": ErrorBody}, 503: {"model": ErrorBody}}
T = TypeVar("T")


def check_text(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise HTTPException(422, f"{where}: not valid Unicode (a lone surrogate code point)") from None


def check_question(text: str, s: Services) -> None:
    check_text(text, "question")
    if not text.strip():
        raise HTTPException(422, "question: must not be empty or white space")
    if len(text) > s.settings.max_question_chars:
        raise HTTPException(422, f"question: longer than the limit of {s.settings.max_question_chars} characters")


def check_conversation(messages: list[Message], s: Services) -> None:
    if len(messages) > s.settings.max_messages:
        raise HTTPException(422, f"messages: more than the limit of {s.settings.max_messages}")
    if messages[-1].role != "user":
        raise HTTPException(422, "messages: the last message must come from the user")
    for m in messages:
        check_text(m.content, "messages")
        if len(m.content) > s.settings.max_question_chars:
            raise HTTPException(422, f"messages: a message is longer than {s.settings.max_question_chars} characters")
    check_question(messages[-1].content, s)


async def answer_with(s: Services, request: Request, mode: str | None, call: Callable[[], T]) -> T:
    """Generative answers queue for the model (service/admission.py); the others run on the shared thread pool."""
    mode = mode or s.settings.answer_mode
    started = time.perf_counter()
    answer = await (s.gate.run(request, call) if mode == "generative" else run_in_threadpool(call))
    timed(s, mode, answer, started)
    return answer


def timed(s: Services, mode: str, answer, started: float) -> None:
    """An answered question's time, queueing included, counts toward what the page says its mode takes."""
    if answer.answered:
        s.times.record(mode, (time.perf_counter() - started) * 1000)


@router.post("/ask", response_model=Answer, responses=ERRORS, summary="Answer one question with citations")
async def ask(
    body: AskRequest, request: Request, s: Services = Depends(services), e: Engine = Depends(engine)
) -> Answer:
    check_question(body.question, s)
    call = partial(e.ask, body.question, mode=body.mode, top_k=body.top_k, scope=body.scope())
    return await answer_with(s, request, body.mode, call)


@router.post(
    "/chat",
    response_model=Answer,
    responses={**ERRORS, 200: {"content": {"text/event-stream": {}}, "description": "Answer, or events if stream"}},
    summary="Answer the last message of a conversation; stream=true gives token, citations, done events",
)
async def chat(body: ChatRequest, request: Request, s: Services = Depends(services), e: Engine = Depends(engine)):
    check_conversation(body.messages, s)
    if not body.stream:
        call = partial(e.chat, body.messages, mode=body.mode, top_k=body.top_k, scope=body.scope())
        return await answer_with(s, request, body.mode, call)
    mode = body.mode or s.settings.answer_mode
    if mode == "generative":
        s.gate.reserve()  # a full queue is a 503 before the stream starts
    events = partial(e.stream, body.messages, mode=mode, top_k=body.top_k, scope=body.scope())
    return EventSourceResponse(_events(s, request, events, mode), ping=15)


async def event_source(s: Services, request: Request, events: Callable, generative: bool):
    """The engine's events: a generative answer is made whole on the model's thread (the reader replies in one
    piece), then sent; other answers stream from the shared thread pool."""
    if generative:
        for event in await s.gate.run(request, lambda: list(events()), reserved=True):
            yield event
        return
    async for event in iterate_in_threadpool(events()):
        yield event


async def _events(s: Services, request: Request, events: Callable, mode: str):
    started = time.perf_counter()
    try:
        async for kind, value in event_source(s, request, events, mode == "generative"):
            if kind == "token":
                yield ServerSentEvent(event="token", data=json.dumps({"text": value}))
            elif kind == "citations":
                yield ServerSentEvent(event="citations", data=json.dumps([c.model_dump() for c in value]))
            else:
                timed(s, mode, value, started)
                yield ServerSentEvent(event="done", data=value.model_dump_json())
    except HTTPException as exc:  # the client went away: nobody to tell
        if exc.status_code != 499:
            yield ServerSentEvent(event="error", data=json.dumps({"error": exc.detail}))
    except Exception:  # the status line is already sent: report in the stream, never a trace
        import logging

        logging.getLogger("newsqa.service").exception("stream failed")
        yield ServerSentEvent(event="error", data=json.dumps({"error": "the answer failed mid-stream"}))
