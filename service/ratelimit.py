"""Per-client rate limiting: a token bucket per client address. 429 with Retry-After.

Each process keeps its own buckets: with N workers a client may get up to N times the limit.
"""

from __future__ import annotations

import json
import math
import threading
import time

from starlette.types import ASGIApp, Receive, Scope, Send

EXEMPT = ("/healthz", "/readyz", "/static/", "/static-offline-docs/", "/docs", "/redoc", "/openapi.json", "/favicon")


class RateLimit:
    def __init__(self, app: ASGIApp, per_minute: int, max_clients: int = 100_000):
        self.app = app
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self.buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, last refill)
        self.max_clients = max_clients
        self.lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or self.rate <= 0 or path == "/" or path.startswith(EXEMPT):
            await self.app(scope, receive, send)
            return
        wait = self._take(_client(scope))
        if wait <= 0:
            await self.app(scope, receive, send)
            return
        retry = str(max(1, math.ceil(wait)))
        rid = scope.get("state", {}).get("request_id", "")
        body = json.dumps({"error": f"too many requests: retry in {retry} s", "request_id": rid}).encode()
        await send({"type": "http.response.start", "status": 429, "headers": [
            (b"content-type", b"application/json"), (b"retry-after", retry.encode()),
            (b"content-length", str(len(body)).encode()), (b"x-request-id", rid.encode())]})  # fmt: skip
        await send({"type": "http.response.body", "body": body})

    def _take(self, client: str) -> float:
        """Take one token; 0 if granted, else the seconds until one is available."""
        now = time.monotonic()
        with self.lock:
            tokens, last = self.buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self.buckets[client] = (tokens - 1, now)
                granted = 0.0
            else:
                self.buckets[client] = (tokens, now)
                granted = (1 - tokens) / self.rate
            if len(self.buckets) > self.max_clients:  # forget the fullest buckets first: they are idle
                for key in sorted(self.buckets, key=lambda k: -self.buckets[k][0])[: self.max_clients // 10]:
                    del self.buckets[key]
        return granted


def _client(scope: Scope) -> str:
    """The client's address. (Not a header it sends: any client could send a fresh one to dodge the limit.)"""
    client = scope.get("client") or ("unknown", 0)
    return str(client[0])
