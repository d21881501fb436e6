"""Every error is JSON with a message and the request id; no stack trace or path ever leaves the process."""

from __future__ import annotations

import json
import logging
import time
import uuid

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from index.ingest import CorpusMissing

log = logging.getLogger("newsqa.http")


def request_id(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


def error(status: int, message: str, request: Request, detail=None, headers=None) -> JSONResponse:
    body = {"error": message, "request_id": request_id(request)}
    if detail is not None:
        body["detail"] = detail
    return JSONResponse(body, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        detail = [{"loc": list(e.get("loc", [])), "msg": _message(e)} for e in exc.errors()]
        first = detail[0] if detail else {"loc": [], "msg": "invalid request"}
        if first["msg"] == "JSON decode error":
            return error(422, "body: malformed JSON", request, detail)
        where = ".".join(str(p) for p in first["loc"] if p != "body") or "body"
        return error(422, f"{where}: {first['msg']}", request, detail)

    @app.exception_handler(CorpusMissing)
    async def corpus_missing(request: Request, exc: CorpusMissing):
        return error(503, str(exc), request, headers={"Retry-After": "60"})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error(exc.status_code, str(exc.detail), request, headers=getattr(exc, "headers", None))


def _message(e: dict) -> str:
    if e.get("type") == "string_pattern_mismatch":
        return "must not be empty or white space"
    return e.get("msg", "")


class RequestContext:
    """Pure ASGI middleware: a request id on every response, one JSON log line per request,
    and a body-size limit enforced while the body is read (413)."""

    def __init__(self, app: ASGIApp, max_body_bytes: int):
        self.app = app
        self.max_body = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope.get("headers", [])).get(b"x-request-id", b"").decode("latin-1")
        rid = incoming if incoming and len(incoming) <= 64 and incoming.isprintable() else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = rid
        started = time.perf_counter()
        status = {"code": 500}
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > self.max_body:
            await _too_large(send, rid, self.max_body)
            _log(scope, rid, 413, started)
            return
        seen = 0

        async def counted_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _BodyTooLarge
            return message

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                status["started"] = True
                message.setdefault("headers", []).append((b"x-request-id", rid.encode()))
            await send(message)

        try:
            await self.app(scope, counted_receive, send_with_id)
        except _BodyTooLarge:
            status["code"] = 413
            await _too_large(send, rid, self.max_body)
        except Exception:  # the trace goes to the log with the request id; the client gets the id only
            log.exception("unhandled error", extra={"request_id": rid})
            status["code"] = 500
            if not status.get("started"):
                await _json(send, 500, {"error": "internal error; the request id is in the server log",
                                        "request_id": rid}, rid)  # fmt: skip
        _log(scope, rid, status["code"], started)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Send, rid: str, limit: int) -> None:
    await _json(send, 413, {"error": f"request body over the limit of {limit} bytes", "request_id": rid}, rid)


async def _json(send: Send, status: int, payload: dict, rid: str) -> None:
    body = json.dumps(payload).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"x-request-id", rid.encode()),
                            (b"content-length", str(len(body)).encode())]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})


def _log(scope: Scope, rid: str, status: int, started: float) -> None:
    line = {"request_id": rid, "method": scope.get("method"), "path": scope.get("path"), "status": status,
            "ms": round((time.perf_counter() - started) * 1000, 1)}  # fmt: skip
    log.info(json.dumps(line))
