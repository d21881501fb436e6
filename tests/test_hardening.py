"""What a real `newsqa serve` process does with spoofed addresses, slow bodies, odd hosts; and its headers."""

from __future__ import annotations

import os
import socket
import sys
import time

import httpx
import pytest

from bench.service import free_port, server_process


@pytest.fixture(scope="module")
def served(seeded, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hardening")
    settings = seeded[0]
    port = free_port()
    env = {**os.environ, "NEWSQA_CORPUS_DIR": str(settings.corpus_dir), "NEWSQA_DATA_DIR": str(settings.data_dir),
           "NEWSQA_PORT": str(port), "NEWSQA_RATE_LIMIT_PER_MINUTE": "4", "NEWSQA_BODY_TIMEOUT_S": "1"}  # fmt: skip
    cmd = [sys.executable, "-m", "newsqa.cli", "serve"]
    with server_process(cmd, f"http://127.0.0.1:{port}/readyz", tmp / "serve.log", 180, env=env):
        yield port


def test_a_body_that_never_arrives_is_a_408(served):
    with socket.create_connection(("127.0.0.1", served), timeout=10) as sock:
        sock.sendall(b"POST /api/sources HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1000\r\n\r\n{\"name\": ")  # fmt: skip
        started = time.monotonic()
        reply = sock.recv(4096).decode("latin-1")
    assert reply.startswith("HTTP/1.1 408"), reply[:200]
    assert time.monotonic() - started < 10


def test_security_headers_and_no_host_reflecting_redirect(served):
    base = f"http://127.0.0.1:{served}"
    page = httpx.get(f"{base}/", timeout=30)
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff" and page.headers["x-frame-options"] == "DENY"
    api = httpx.get(f"{base}/api/sources", timeout=30)
    assert api.headers["x-content-type-options"] == "nosniff"
    slash = httpx.get(f"{base}/api/sources/", headers={"Host": "evil.example"}, timeout=30, follow_redirects=False)
    assert slash.status_code == 404 and "evil.example" not in slash.headers.get("location", "")


# last in this file: it spends the client's rate limit
def test_x_forwarded_for_does_not_buy_a_fresh_rate_limit(served):
    url = f"http://127.0.0.1:{served}/api/ask"
    statuses = [
        httpx.post(url, json={"question": "Who is Steve Witkoff?"}, headers={"X-Forwarded-For": f"10.0.0.{i}"},
                   timeout=30).status_code
        for i in range(8)
    ]  # fmt: skip
    assert 429 in statuses, statuses
