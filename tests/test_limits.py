"""Rate limits, request ids and error bodies through the real app."""

from __future__ import annotations

import logging

from fastapi.testclient import TestClient
from pydantic import SecretStr

from service.app import create_app


def test_rate_limit_answers_429_with_retry_after(seeded, engine):
    app = create_app(seeded[0].model_copy(update={"rate_limit_per_minute": 3}), engine=engine)
    with TestClient(app) as client:
        codes = [client.post("/api/ask", json={"question": "Who won the Super Bowl?"}).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        limited = client.post("/api/ask", json={"question": "x"})
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
        assert "too many requests" in limited.json()["error"]
        assert all(client.get("/healthz").status_code == 200 for _ in range(5))  # health is never limited


def test_zero_disables_the_rate_limit(seeded, engine):
    app = create_app(seeded[0].model_copy(update={"rate_limit_per_minute": 0}), engine=engine)
    with TestClient(app) as client:
        assert all(client.get("/v1/models").status_code == 200 for _ in range(20))


def test_every_response_carries_a_request_id_that_is_logged(client, caplog):
    with caplog.at_level(logging.INFO, logger="newsqa.http"):
        given = client.post("/api/ask", json={"question": ""}, headers={"X-Request-ID": "abc-123"})
    assert given.headers["x-request-id"] == "abc-123" and given.json()["request_id"] == "abc-123"
    assert any(
        '"request_id": "abc-123"' in r.getMessage() and '"status": 422' in r.getMessage() for r in caplog.records
    )
    assert client.get("/no/such/page").headers["x-request-id"]


def test_internal_errors_reveal_no_trace_or_path(seeded, engine, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom in /srv/secret/path.py")

    app = create_app(seeded[0], engine=engine)
    monkeypatch.setattr(engine, "ask", broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post("/api/ask", json={"question": "What did Putin demand?"})
    assert response.status_code == 500
    text = response.text
    assert "Traceback" not in text and "/srv/secret" not in text and "boom" not in text
    assert response.json()["request_id"] == response.headers["x-request-id"]


def test_reads_can_be_protected_by_the_key_too(seeded, engine):
    settings = seeded[0].model_copy(update={"protect_reads": True, "api_key": SecretStr("read-key")})
    with TestClient(create_app(settings, engine=engine)) as client:
        assert client.get("/api/sources").status_code == 401
        assert client.post("/api/ask", json={"question": "Who?"}).status_code == 401
        assert client.get("/api/sources", headers={"X-API-Key": "read-key"}).status_code == 200
        assert client.get("/healthz").status_code == 200


def test_an_article_that_is_not_unicode_text_is_refused(client):
    body = '{"name": "bad.txt", "text": "caf\\ud800 story"}'
    response = client.post("/api/sources", content=body, headers={"content-type": "application/json",
                                                                   "X-API-Key": "test-key-0123456789"})  # fmt: skip
    assert response.status_code in (400, 422) and "error" in response.json()
