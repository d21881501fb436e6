"""/api/ask and /api/chat: the answer engine over HTTP, whole or streamed as server-sent events."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, HTTPException
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.concurrency import iterate_in_threadpool

from answer.engine import Engine
from answer.types import Message
from service.schemas import Answer, AskRequest, ChatRequest, ErrorBody
from service.state import Services, engine, require_read_key, services

router = APIRouter(prefix="/api", tags=["answers"], dependencies=[Depends(require_read_key)])
ERRORS = {422: {"model": ErrorBody}, 503: {"model": ErrorBody}}


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


@router.post("/ask", response_model=Answer, responses=ERRORS, summary="Answer one question with citations")
def ask(body: AskRequest, s: Services = Depends(services), e: Engine = Depends(engine)) -> Answer:
    check_question(body.question, s)
    return e.ask(body.question, mode=body.mode, top_k=body.top_k, scope=body.scope())


@router.post(
    "/chat",
    response_model=Answer,
    responses={**ERRORS, 200: {"content": {"text/event-stream": {}}, "description": "Answer, or events if stream"}},
    summary="Answer the last message of a conversation; stream=true gives token, citations, done events",
)
def chat(body: ChatRequest, s: Services = Depends(services), e: Engine = Depends(engine)):
    check_conversation(body.messages, s)
    if not body.stream:
        return e.chat(body.messages, mode=body.mode, top_k=body.top_k, scope=body.scope())
    return EventSourceResponse(_events(e, body), ping=15)


async def _events(e: Engine, body: ChatRequest):
    try:
        async for kind, value in iterate_in_threadpool(
            e.stream(body.messages, mode=body.mode, top_k=body.top_k, scope=body.scope())
        ):
            if kind == "token":
                yield ServerSentEvent(event="token", data=json.dumps({"text": value}))
            elif kind == "citations":
                yield ServerSentEvent(event="citations", data=json.dumps([c.model_dump() for c in value]))
            else:
                yield ServerSentEvent(event="done", data=value.model_dump_json())
    except Exception:  # the status line is already sent: report in the stream, never a trace
        import logging

        logging.getLogger("newsqa.service").exception("stream failed")
        yield ServerSentEvent(event="error", data=json.dumps({"error": "the answer failed mid-stream"}))
