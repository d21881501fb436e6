"""The HTTP API through the real app and engine: every endpoint, its status codes and error bodies."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from answer.types import Answer
from service.app import create_app
from tests.answer_checks import assert_citations_exact
from tests.conftest import API_KEY

KEY = {"X-API-Key": API_KEY}


def test_health_and_readiness(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["articles"] == 5


def test_not_ready_until_loaded(seeded):
    app = create_app(seeded[0])  # no lifespan run: nothing loads
    with_client = TestClient(app)
    assert with_client.get("/readyz").status_code == 503
    response = with_client.post("/api/ask", json={"question": "What did Putin demand?"})
    assert response.status_code == 503 and "loading" in response.json()["error"]


def test_ask_returns_an_answer_with_exact_citations(client, writable):
    response = client.post("/api/ask", json={"question": "What did Putin demand?"})
    assert response.status_code == 200 and response.headers["x-request-id"]
    answer = Answer(**response.json())
    assert answer.answered and answer.citations and "total" in answer.timings_ms
    assert_citations_exact(answer, writable[0].corpus_dir)


def test_refusal_is_an_answer_not_an_error(client):
    response = client.post("/api/ask", json={"question": "Who won the Super Bowl?"})
    assert response.status_code == 200
    assert response.json()["answered"] is False and response.json()["citations"] == []


@pytest.mark.parametrize(
    "body, fragment",
    [
        ({"question": ""}, "question"),
        ({"question": "   \n "}, "empty"),
        ({"question": "x" * 2001}, "2000"),
        ({"question": "What?", "mode": "poetic"}, "mode"),
        ({"question": "What?", "top_k": 0}, "top_k"),
        ({"question": 42}, "question"),
        ({}, "question"),
    ],
)
def test_bad_questions_get_422_with_a_message(client, body, fragment):
    response = client.post("/api/ask", json=body)
    assert response.status_code == 422
    assert fragment in response.json()["error"] and response.json()["request_id"]
    # each entry of its detail as the OpenAPI schema documents a 422 (FastAPI's ValidationError)
    assert all({"loc", "msg", "type"} <= set(entry) for entry in response.json().get("detail", []))


def test_malformed_json_gets_422(client):
    response = client.post("/api/ask", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422 and "malformed JSON" in response.json()["error"]


def test_oversized_body_gets_413(client, writable):
    big = b'{"question": "' + b"a" * (writable[0].max_body_bytes + 10) + b'"}'
    response = client.post("/api/ask", content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413 and "limit" in response.json()["error"]


def test_chat_checks_the_conversation(client):
    too_many = [{"role": "user", "content": "hi"}] * 51
    assert "limit" in client.post("/api/chat", json={"messages": too_many}).json()["error"]
    ends_with_assistant = [{"role": "user", "content": "Who?"}, {"role": "assistant", "content": "x"}]
    response = client.post("/api/chat", json={"messages": ends_with_assistant})
    assert response.status_code == 422 and "last message" in response.json()["error"]
    assert client.post("/api/chat", json={"messages": []}).status_code == 422


def test_chat_answers_a_follow_up(client):
    messages = [
        {"role": "user", "content": "Who is Steve Witkoff?"},
        {"role": "assistant", "content": "Trump's envoy."},
        {"role": "user", "content": "What did he do in Moscow?"},
    ]
    body = client.post("/api/chat", json={"messages": messages}).json()
    assert body["answered"] and "Witkoff" in body["query"]


def parse_sse(text: str) -> list[tuple[str, object]]:
    events = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = block.strip().splitlines()
        kind = next((line[6:].strip() for line in lines if line.startswith("event:")), "message")
        data = "\n".join(line[5:].lstrip() for line in lines if line.startswith("data:"))
        if data:
            events.append((kind, json.loads(data)))
    return events


def test_chat_stream_sends_tokens_then_citations_then_done(client):
    body = {"messages": [{"role": "user", "content": "How many prisoners were exchanged?"}], "stream": True}
    with client.stream("POST", "/api/chat", json=body) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        events = parse_sse(response.read().decode())
    kinds = [k for k, _ in events]
    assert kinds[-2:] == ["citations", "done"] and set(kinds[:-2]) == {"token"} and len(kinds) > 3
    done = events[-1][1]
    assert "".join(e["text"] for k, e in events if k == "token") == done["answer"]
    assert events[-2][1] == done["citations"]


def test_models_lists_newsqa(client):
    assert [m["id"] for m in client.get("/v1/models").json()["data"]] == ["newsqa"]


def test_sources_list_and_read(client, writable):
    listed = client.get("/api/sources").json()
    assert len(listed) == 5 and all(s["chunks"] > 0 and s["title"] for s in listed)
    one = listed[0]["source"]
    article = client.get(f"/api/sources/{one}").json()
    assert article["text"] == (writable[0].corpus_dir / one).read_bytes().decode("utf-8")


@pytest.mark.parametrize("name", ["..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "x%00.txt", "notes.md", "missing.txt"])
def test_bad_or_unknown_source_names_are_refused(client, name):
    response = client.get(f"/api/sources/{name}")
    assert response.status_code in (400, 404) and "error" in response.json()


def test_writes_need_the_key(client):
    body = {"name": "new.txt", "text": "Some story. It has sentences."}
    assert client.post("/api/sources", json=body).status_code == 401
    assert client.post("/api/sources", json=body, headers={"X-API-Key": "wrong"}).status_code == 403
    assert client.delete("/api/sources/new.txt", headers={"Authorization": "Bearer wrong"}).status_code == 403


def test_writes_are_disabled_without_a_configured_key(seeded, engine):
    app = create_app(seeded[0].model_copy(update={"api_key": None}), engine=engine)
    with TestClient(app) as c:
        response = c.post("/api/sources", json={"name": "a.txt", "text": "A story."}, headers=KEY)
    assert response.status_code == 403 and "NEWSQA_API_KEY" in response.json()["error"]


@pytest.mark.parametrize(
    "body, status",
    [
        ({"name": "../escape.txt", "text": "A story."}, 400),
        ({"name": "a/b.txt", "text": "A story."}, 400),
        ({"name": "empty.txt", "text": "   "}, 400),
        ({"name": "page.html", "text": "A story."}, 400),
    ],
)
def test_bad_articles_are_refused(client, writable, body, status):
    response = client.post("/api/sources", json=body, headers=KEY)
    assert response.status_code == status and response.json()["error"]
    assert not (writable[0].corpus_dir.parent / "escape.txt").exists()


def test_an_added_article_is_answerable_at_once_and_a_deleted_one_is_gone(client, writable):
    text = (
        "Zeppelin museum opens in Springfield\n\n"
        "The mayor of Springfield, Quimby Larsen, opened a zeppelin museum on Tuesday. "
        "The museum holds 42 airships and cost 3 million dollars."
    )
    added = client.post("/api/sources", json={"name": "zeppelin.txt", "text": text}, headers=KEY)
    assert added.status_code == 200 and added.json()["state"] == "new" and added.json()["chunks_added"] > 0
    answer = client.post("/api/ask", json={"question": "How many airships does the zeppelin museum hold?"}).json()
    assert answer["answered"] and "42" in answer["answer"]
    assert answer["citations"][0]["source"] == "zeppelin.txt"
    assert_citations_exact(Answer(**answer), writable[0].written_dir, writable[0].corpus_dir)
    removed = client.delete("/api/sources/zeppelin.txt", headers={"Authorization": f"Bearer {API_KEY}"})
    assert removed.status_code == 200 and removed.json()["chunks_removed"] > 0
    after = client.post("/api/ask", json={"question": "How many airships does the zeppelin museum hold?"}).json()
    assert all(c["source"] != "zeppelin.txt" for c in after["citations"])
    assert client.get("/api/sources/zeppelin.txt").status_code == 404
    assert client.delete("/api/sources/zeppelin.txt", headers=KEY).status_code == 404


def test_openapi_docs_have_examples(client):
    schema = client.get("/openapi.json").json()
    assert "/api/ask" in schema["paths"] and "/v1/chat/completions" in schema["paths"]
    assert schema["components"]["schemas"]["AskRequest"]["examples"]
    assert client.get("/docs").status_code == 200


def test_readyz_states_how_long_answered_questions_took_by_mode(client):
    """The chat page states each mode's latency from here: answered questions count, refusals (fast) do not."""
    before = client.get("/readyz").json()["answer_times"].get("extractive", {}).get("n", 0)
    assert client.post("/api/ask", json={"question": "What did Putin demand?", "mode": "extractive"}).json()["answered"]
    refused = client.post("/api/ask", json={"question": "Who won the Super Bowl?", "mode": "extractive"}).json()
    assert not refused["answered"]
    body = {"messages": [{"role": "user", "content": "How many prisoners were exchanged?"}], "mode": "extractive",
            "stream": True}  # fmt: skip
    with client.stream("POST", "/api/chat", json=body) as response:
        assert "event: done" in "".join(response.iter_text())
    times = client.get("/readyz").json()["answer_times"]["extractive"]
    assert times["n"] == before + 2 and 0 < times["p50_ms"] <= times["p95_ms"]
