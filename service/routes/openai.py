"""OpenAI-compatible chat completions, so any OpenAI client can ask the corpus (citations included)."""

from __future__ import annotations

import json
import time
import uuid
from functools import partial

from fastapi import APIRouter, Depends, HTTPException, Request
from sse_starlette import EventSourceResponse

from answer.engine import Engine
from answer.types import Answer, Message
from service.routes.answers import answer_with, check_conversation, check_text, event_source
from service.schemas import OpenAIChatRequest
from service.state import Services, engine, require_read_key, services

router = APIRouter(prefix="/v1", tags=["openai"], dependencies=[Depends(require_read_key)])
MODEL = "newsqa"


@router.get("/models", summary="The one model: newsqa")
def models():
    return {"object": "list", "data": [{"id": MODEL, "object": "model", "created": 0, "owned_by": "newsqa"}]}


def _messages(body: OpenAIChatRequest, limit: int) -> list[Message]:
    out = []
    for i, m in enumerate(body.messages):
        if m.role not in ("user", "assistant"):
            continue  # system/developer prompts from clients do not steer the answer engine
        content = m.content if isinstance(m.content, str) else _text_parts(m.content, i)
        content = content or ""
        check_text(content, f"messages[{i}].content")
        if len(content) > limit:
            raise HTTPException(422, f"messages[{i}].content: longer than the limit of {limit} characters")
        out.append(Message(role=m.role, content=content))
    if not out:
        raise HTTPException(422, "messages: no user message")
    return out


def _text_parts(parts, i: int) -> str:
    texts = []
    for j, p in enumerate(parts or []):
        if not isinstance(p, dict) or p.get("type") != "text":
            continue  # images, audio: not read
        if not isinstance(p.get("text"), str):
            raise HTTPException(422, f"messages[{i}].content[{j}].text: must be a string")
        texts.append(p["text"])
    return " ".join(texts)


def sources_block(answer: Answer) -> str:
    if not answer.citations:
        return ""
    lines = [f"[{c.n}] {c.title} ({_origin(c)}): “{c.quote}”" for c in answer.citations]
    return "\n\nSources:\n" + "\n".join(lines)


def _usage(e: Engine, messages: list[Message], text: str) -> dict:
    prompt = sum(len(e.indexer.tokenize(m.content)) for m in messages)
    completion = len(e.indexer.tokenize(text))
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _origin(c) -> str:
    return ", ".join(x for x in (c.source, c.publisher, c.date) if x)


@router.post(
    "/chat/completions",
    summary="OpenAI chat completions; any model name is accepted",
    description="Answers come from the articles only, so `system` and `developer` messages are not used (the "
    "response's `newsqa.ignored_system_messages` counts them). `usage` counts tokens with the embedding model's "
    "tokenizer. Filters go in as extra body fields: `sources`, `since`, `until`, `as_of`.",
    responses={200: {"content": {"application/json": {}, "text/event-stream": {}},
                     "description": "A chat completion, or its chunks as server-sent events if stream"}},
)  # fmt: skip
async def completions(
    body: OpenAIChatRequest, request: Request, s: Services = Depends(services), e: Engine = Depends(engine)
):
    messages = _messages(body, s.settings.max_question_chars)
    check_conversation(messages, s)
    ignored = sum(m.role in ("system", "developer") for m in body.messages)
    cid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
    if body.stream:
        generative = s.settings.answer_mode == "generative"
        if generative:
            s.gate.reserve()
        events = partial(e.stream, messages, scope=body.scope())
        source = event_source(s, request, events, generative)
        return EventSourceResponse(_stream(source, cid, created, body.model), ping=15)
    answer = await answer_with(s, request, None, partial(e.chat, messages, scope=body.scope()))
    text = answer.answer + sources_block(answer)
    return {
        "id": cid,
        "object": "chat.completion",
        "created": created,
        "model": body.model or MODEL,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": _usage(e, messages, text),
        "citations": [c.model_dump() for c in answer.citations],
        "newsqa": {"answered": answer.answered, "mode": answer.mode, "ignored_system_messages": ignored},
    }


async def _stream(events, cid: str, created: int, model: str):
    def chunk(delta: dict, finish: str | None = None, **extra) -> str:
        body = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model or MODEL,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}  # fmt: skip
        return json.dumps(body)

    yield chunk({"role": "assistant", "content": ""})
    try:
        async for kind, value in events:
            if kind == "token":
                yield chunk({"content": value})
            elif kind == "done":
                tail = sources_block(value)
                if tail:
                    yield chunk({"content": tail})
                yield chunk({}, "stop", citations=[c.model_dump() for c in value.citations])
    except HTTPException as exc:  # the client went away (499): nobody to tell; otherwise say it in the stream
        if exc.status_code != 499:
            yield json.dumps({"error": {"message": exc.detail, "code": exc.status_code}})
        return
    yield "[DONE]"
