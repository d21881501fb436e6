"""The official OpenAI Python client, pointed at our base URL, unchanged."""

from __future__ import annotations

import pytest
from openai import OpenAI

from service.app import create_app
from tests.live_server import serve


@pytest.fixture(scope="module")
def base_url(seeded, engine):
    with serve(create_app(seeded[0], engine=engine)) as url:
        yield url + "/v1"


def test_openai_client_gets_an_answer_with_citations(base_url):
    client = OpenAI(base_url=base_url, api_key="unused")
    completion = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "What did Putin demand?"}]
    )
    text = completion.choices[0].message.content
    assert "Donetsk" in text and "[1]" in text and "Sources:" in text
    citations = completion.model_extra["citations"]
    assert citations and all(f"[{c['n']}]" in text for c in citations)


def test_openai_client_streams(base_url):
    client = OpenAI(base_url=base_url, api_key="unused")
    stream = client.chat.completions.create(
        model="anything",
        messages=[{"role": "user", "content": "How many prisoners were exchanged?"}],
        stream=True,
    )
    pieces, citations, finish = [], None, None
    for chunk in stream:
        delta = chunk.choices[0].delta
        if delta.content:
            pieces.append(delta.content)
        if chunk.choices[0].finish_reason:
            finish = chunk.choices[0].finish_reason
            citations = chunk.model_extra.get("citations")
    text = "".join(pieces)
    assert finish == "stop" and len(pieces) > 3 and "1,000" in text
    assert citations and all(f"[{c['n']}]" in text for c in citations)


def test_openai_client_lists_the_model(base_url):
    assert [m.id for m in OpenAI(base_url=base_url, api_key="x").models.list()] == ["newsqa"]


def test_usage_is_counted_and_system_messages_are_said_to_be_unused(base_url):
    client = OpenAI(base_url=base_url, api_key="unused")
    completion = client.chat.completions.create(
        model="m",
        messages=[
            {"role": "system", "content": "Answer in French."},
            {"role": "user", "content": "What did Putin demand?"},
        ],  # fmt: skip
        extra_body={"as_of": "2030-01-01"},  # a filter as an extra body field (unknown dates pass as_of)
    )
    usage = completion.usage
    assert usage.prompt_tokens > 3 and usage.completion_tokens > 10
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    assert completion.model_extra["newsqa"]["ignored_system_messages"] == 1
