"""Generative answers queue for the model on their own thread: a full queue is a quick 503, abandoned answers are
dropped, and health, sources and extractive answers never wait behind the model. A real server on 127.0.0.1 and
the real bundled model."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from service.app import create_app
from tests.live_server import serve


@pytest.fixture(scope="module")
def busy(seeded, engine):
    app = create_app(seeded[0].model_copy(update={"llm_queue": 2, "rate_limit_per_minute": 0}), engine=engine)
    with serve(app) as url:
        yield url, app.state.services.gate


def test_abandoned_generative_asks_neither_block_nor_run(busy):
    url, gate = busy
    questions = ["Who is Steve Witkoff?", "What did Putin demand?", "How many prisoners were exchanged?"]
    outcomes: list[str] = []

    def abandon(i: int) -> None:
        body = {"question": questions[i % 3], "mode": "generative"}
        try:
            r = httpx.post(f"{url}/api/ask", json=body, timeout=1.0)  # the client gives up after a second
            outcomes.append(f"{r.status_code} {r.headers.get('retry-after')}")
        except httpx.TimeoutException:
            outcomes.append("abandoned")

    clients = [threading.Thread(target=abandon, args=(i,)) for i in range(12)]
    for c in clients:
        c.start()
    deadline = time.monotonic() + 10  # the clients reach the server in their own time (a loaded machine is slow)
    while not gate.in_flight and time.monotonic() < deadline:
        time.sleep(0.005)
    with httpx.Client(base_url=url, timeout=30) as client:
        assert gate.in_flight >= 1  # the model is busy now ...
        assert client.get("/healthz").status_code == 200  # ... and these do not wait for it
        assert client.get("/api/sources").status_code == 200
        extractive = client.post("/api/ask", json={"question": "What did Putin demand?", "mode": "extractive"})
        assert extractive.status_code == 200 and extractive.json()["answered"]
        assert gate.in_flight >= 1
    for c in clients:
        c.join()
    turned_away = [o for o in outcomes if o.startswith("503")]
    assert len(turned_away) >= 12 - gate.limit, outcomes  # a full queue answers at once
    assert all(o.split()[1].isdigit() for o in turned_away)  # with Retry-After
    deadline = time.monotonic() + 120
    while gate.in_flight and time.monotonic() < deadline:
        time.sleep(0.2)
    assert gate.in_flight == 0
    assert gate.cancelled >= 1  # answers whose clients left were not written


def test_a_full_queue_is_a_503_before_a_stream_starts(busy):
    url, gate = busy
    gate.in_flight, saved = gate.limit, gate.in_flight  # as if the queue were full
    try:
        body = {
            "messages": [{"role": "user", "content": "Who is Steve Witkoff?"}],
            "mode": "generative",
            "stream": True,
        }
        r = httpx.post(f"{url}/api/chat", json=body, timeout=30)
        assert r.status_code == 503 and "busy" in r.json()["error"] and r.headers["retry-after"].isdigit()
    finally:
        gate.in_flight = saved
