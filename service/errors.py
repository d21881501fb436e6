"""Every error is JSON with a message and the request id; no stack trace or path ever leaves the process."""

from __future__ import annotations

import asyncio
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
        # each entry as the OpenAPI schema of a 422 says (FastAPI's ValidationError: loc, msg and type)
        detail = [{"loc": list(e.get("loc", [])), "msg": _message(e), "type": e.get("type", "value_error")}
                  for e in exc.errors()]  # fmt: skip
        first = detail[0] if detail else {"loc": [], "msg": "invalid request", "type": "value_error"}
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
    """Pure ASGI middleware: a request id on every response, one JSON log line per request, a body-size limit
    enforced while the body is read (413), a time limit for the body to arrive (408), and security headers."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, body_timeout_s: float = 15.0):
        self.app = app
        self.max_body = max_body_bytes
        self.body_timeout = body_timeout_s

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

        body_done = {"done": scope.get("method") in ("GET", "HEAD", "DELETE", "OPTIONS")}

        async def counted_receive() -> Message:
            nonlocal seen
            if body_done["done"]:
                return await receive()  # after the body: only a disconnect can come, and waiting for it is fine
            try:
                message = await asyncio.wait_for(receive(), self.body_timeout)
            except TimeoutError:
                # answer 408 now and tell the app the client is gone (the app would turn an error into a 400)
                if not status.get("started"):
                    status.update(code=408, started=True, answered=True)
                    await _json(send, 408, {"error": f"the request body did not arrive within {self.body_timeout:.0f} s",
                                            "request_id": rid}, rid)  # fmt: skip
                return {"type": "http.disconnect"}
            if message["type"] == "http.request":
                body_done["done"] = not message.get("more_body", False)
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _BodyTooLarge
            return message

        async def send_with_id(message: Message) -> None:
            if status.get("answered"):
                return  # the middleware has answered already (408)
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                status["started"] = True
                headers = message.setdefault("headers", [])
                headers.append((b"x-request-id", rid.encode()))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in _security_headers(scope.get("path", "")) if k not in present]
            await send(message)

        try:
            await self.app(scope, counted_receive, send_with_id)
        except _BodyTooLarge:
            status["code"] = 413
            await _too_large(send, rid, self.max_body)
        except Exception:  # the trace goes to the log with the request id; the client gets the id only
            if status.get("answered"):
                _log(scope, rid, status["code"], started)
                return
            log.exception("unhandled error", extra={"request_id": rid})
            status["code"] = 500
            if not status.get("started"):
                await _json(send, 500, {"error": "internal error; the request id is in the server log",
                                        "request_id": rid}, rid)  # fmt: skip
        _log(scope, rid, status["code"], started)


# The page loads its own script and style only; nothing may frame it. The API docs (Swagger UI, ReDoc) run an inline
# script that starts them, so their pages allow that one thing more.
_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
_CSP_DOCS = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
             "script-src 'self' 'unsafe-inline'; worker-src 'self' blob:; frame-ancestors 'none'")  # fmt: skip


def _security_headers(path: str) -> list[tuple[bytes, bytes]]:
    csp = _CSP_DOCS if path in ("/docs", "/redoc") else _CSP
    return [(b"content-security-policy", csp.encode()), (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer")]  # fmt: skip


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Send, rid: str, limit: int) -> None:
    await _json(send, 413, {"error": f"request body over the limit of {limit} bytes", "request_id": rid}, rid)


async def _json(send: Send, status: int, payload: dict, rid: str) -> None:
    body = json.dumps(payload).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"x-request-id", rid.encode()),
                            (b"content-length", str(len(body)).encode()), *_security_headers("")]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})


def _log(scope: Scope, rid: str, status: int, started: float) -> None:
    line = {"request_id": rid, "method": scope.get("method"), "path": scope.get("path"), "status": status,
            "ms": round((time.perf_counter() - started) * 1000, 1)}  # fmt: skip
    log.info(json.dumps(line))
