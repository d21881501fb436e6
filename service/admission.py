"""Admission for answers that run the LLM: their own single thread, a bounded queue, and a stop when the client goes.

Health, the page, sources and extractive answers run on the server's shared thread pool and never wait behind the
model: only this gate's one thread ever holds it. When the queue is full, a request is turned away at once with
503 and a Retry-After that estimates when a place frees up.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from fastapi import HTTPException, Request

from answer.llm import CANCEL, Cancelled

T = TypeVar("T")
POLL_S = 0.25  # how often a waiting request checks that its client is still there


class LLMGate:
    def __init__(self, waiting: int):
        self.limit = waiting + 1  # the one answer running and those waiting for it
        self.in_flight = 0
        self.seconds = 5.0  # moving average of one answer's time, for Retry-After
        self.cancelled = 0  # answers stopped or never started because their client left
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsqa-llm")

    def retry_after(self) -> int:
        return max(1, math.ceil(self.seconds * self.in_flight))

    def reserve(self) -> None:
        """Take a place in the queue, or 503 with Retry-After when it is full. `run(..., reserved=True)` uses it."""
        if self.in_flight >= self.limit:
            raise HTTPException(
                503,
                f"the model is busy: {self.in_flight} generative answers are running or waiting; try again, "
                "or ask in extractive mode",
                headers={"Retry-After": str(self.retry_after())},
            )
        self.in_flight += 1

    async def run(self, request: Request | None, fn: Callable[[], T], reserved: bool = False) -> T:
        """`fn()` on the model's thread once a place is free; 503 at once when the queue is full. When the client
        disconnects (or the awaiting task is cancelled, as sse-starlette does), `fn` is not started, or the model
        stops at its next token."""
        if not reserved:
            self.reserve()
        cancel = threading.Event()

        def job() -> T:
            if cancel.is_set():
                raise Cancelled("the client went away before the model was free")
            token = CANCEL.set(cancel)
            started = time.perf_counter()
            try:
                return fn()
            finally:
                CANCEL.reset(token)
                self.seconds = 0.8 * self.seconds + 0.2 * (time.perf_counter() - started)

        future = asyncio.get_running_loop().run_in_executor(self._executor, job)
        future.add_done_callback(self._finished)
        try:
            while True:
                done, _ = await asyncio.wait({future}, timeout=POLL_S)
                if done:
                    return future.result()
                if request is not None and await request.is_disconnected():
                    cancel.set()
        except asyncio.CancelledError:
            cancel.set()
            raise
        except Cancelled:
            raise HTTPException(499, "the client went away") from None

    def _finished(self, future) -> None:
        self.in_flight -= 1
        if not future.cancelled() and isinstance(future.exception(), Cancelled):
            self.cancelled += 1

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
