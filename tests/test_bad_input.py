"""Client input that once answered 500: each is now a 4xx that says what to fix (or, for the model, trimmed)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import API_KEY

LONG = "Tell me about the talks. " * 900  # over 20,000 characters


def _openai(content) -> dict:
    return {"model": "x", "messages": [{"role": "user", "content": content}]}


@pytest.mark.parametrize(
    ("path", "body", "fragment"),
    [
        ("/v1/chat/completions", _openai([{"type": "text", "text": 42}]), "content[0].text: must be a string"),
        ("/v1/chat/completions", _openai([{"type": "text", "text": None}]), "must be a string"),
        ("/v1/chat/completions", _openai([{"type": "text", "text": ["a", "b"]}]), "must be a string"),
        ("/v1/chat/completions", _openai(LONG), "longer than the limit"),
        ("/v1/chat/completions", {"model": "m" * 5000, "messages": [{"role": "user", "content": "Hi?"}]}, "model"),
        ("/api/ask", {"question": LONG}, "longer than the limit"),
    ],
)
def test_bad_bodies_are_422_with_a_message(client, path, body, fragment):
    r = client.post(path, json=body)
    assert r.status_code == 422, r.text
    assert fragment in r.json()["error"]


@pytest.mark.parametrize("path", ["/api/ask", "/api/chat", "/v1/chat/completions"])
def test_a_lone_surrogate_is_422(client, path):
    text = '"What did Putin say \\ud800?"'
    body = {
        "/api/ask": f'{{"question": {text}}}',
        "/api/chat": f'{{"messages": [{{"role": "user", "content": {text}}}]}}',
        "/v1/chat/completions": f'{{"model": "x", "messages": [{{"role": "user", "content": {text}}}]}}',
    }[path]
    r = client.post(path, content=body, headers={"Content-Type": "application/json"})
    error = r.json()["error"].lower()
    assert r.status_code == 422 and ("surrogate" in error or "unicode" in error), r.text


@pytest.mark.parametrize("name", ["x.txt\n", "中" * 100 + ".txt"])
def test_names_the_file_system_cannot_keep_are_400(client, name):
    r = client.post("/api/sources", json={"name": name, "text": "A story."}, headers={"X-API-Key": API_KEY})
    assert r.status_code in (400, 422) and r.json()["error"], r.text
    assert name not in {a["source"] for a in client.get("/api/sources").json()}


def test_a_conversation_longer_than_the_model_can_read_is_still_answered(client):
    """Too long for the model's context window: the model is not asked to condense it, nothing fails."""
    turns = []
    for i in range(24):
        turns += [{"role": "user", "content": f"Question {i}: " + "what about the ceasefire talks? " * 60},
                  {"role": "assistant", "content": "The talks went on. " * 100}]  # fmt: skip
    turns.append({"role": "user", "content": "What did he say about it?"})
    r = client.post("/api/chat", json={"messages": turns, "mode": "generative"})
    assert r.status_code == 200, r.text
    assert json.loads(r.text)["mode"] in ("generative", "extractive_fallback", "extractive", "refusal")


def test_the_streamed_model_name_is_bounded(client):
    r = client.post(
        "/v1/chat/completions", json={**_openai("What did Putin demand?"), "model": "n" * 200, "stream": True}
    )
    assert r.status_code == 200
    assert len(r.content) < 200_000


def test_spelling_looks_up_a_bounded_number_of_words():
    """A question made of misspellings, each a letter away from a corpus word: only the first few are mended."""
    from answer.evidence import MAX_CORRECTIONS, correct_spelling
    from index.terms import TermStats

    corpus_words = [f"harbour{chr(97 + i)}{chr(97 + j)}ships" for i in range(26) for j in range(26)]
    stats = TermStats([" ".join(corpus_words)])
    vocabulary = {w: w for w in corpus_words}
    misspelt = [w[:-1] + "z" for w in corpus_words[:40]]  # "harbouraashipz": close to one corpus word each
    fixed = correct_spelling(" ".join(misspelt), stats, vocabulary).split()
    mended = sum(a != b for a, b in zip(misspelt, fixed, strict=True))
    assert 1 <= mended <= MAX_CORRECTIONS
