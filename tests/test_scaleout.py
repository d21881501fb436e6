"""Scale-out: two API worker processes sharing one real Chroma server (`chroma run` on 127.0.0.1)."""

from __future__ import annotations

import contextlib
import os
import sys

import httpx
import pytest

from bench.service import free_port, server_process
from index.ingest import Indexer
from tests.conftest import API_KEY
from tests.helpers import ROOT, make_settings

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def workers(tmp_path_factory, chroma_server):
    tmp = tmp_path_factory.mktemp("scaleout")
    settings = make_settings(tmp, chroma_mode="server", chroma_port=chroma_server, collection="scaleout")
    Indexer(settings).ingest()
    env = {**os.environ, "NEWSQA_CHROMA_MODE": "server", "NEWSQA_CHROMA_PORT": str(chroma_server),
           "NEWSQA_COLLECTION": "scaleout", "NEWSQA_CORPUS_DIR": str(settings.corpus_dir),
           "NEWSQA_API_KEY": API_KEY, "NEWSQA_DATA_DIR": str(tmp / "unused")}  # fmt: skip
    with contextlib.ExitStack() as stack:
        urls = []
        for i in range(2):
            port = free_port()
            cmd = [sys.executable, "-m", "uvicorn", "service.main:app", "--host", "127.0.0.1", "--port", str(port)]
            url = f"http://127.0.0.1:{port}"
            stack.enter_context(server_process(cmd, f"{url}/readyz", tmp / f"worker{i}.log", 120, cwd=ROOT, env=env))
            urls.append(url)
        yield urls


def ask(url: str, question: str) -> dict:
    response = httpx.post(f"{url}/api/ask", json={"question": question}, timeout=60)
    response.raise_for_status()
    return response.json()


def test_an_article_added_through_one_worker_is_answerable_through_the_other(workers):
    first, second = workers
    question = "How many airships does the zeppelin museum in Springfield hold?"
    assert not any(c["source"] == "zeppelin.txt" for c in ask(second, question)["citations"])
    text = "Zeppelin museum opens\n\nThe zeppelin museum in Springfield holds 42 airships, its curator said on Monday."
    added = httpx.post(f"{first}/api/sources", json={"name": "zeppelin.txt", "text": text},
                       headers={"X-API-Key": API_KEY}, timeout=60)  # fmt: skip
    assert added.status_code == 200
    answer = ask(second, question)  # the other worker: its BM25 side must not be stale
    assert answer["answered"] and "42" in answer["answer"]
    assert answer["citations"][0]["source"] == "zeppelin.txt"
    assert any(s["source"] == "zeppelin.txt" for s in httpx.get(f"{second}/api/sources").json())
    removed = httpx.delete(f"{second}/api/sources/zeppelin.txt", headers={"X-API-Key": API_KEY}, timeout=60)
    assert removed.status_code == 200
    assert not any(c["source"] == "zeppelin.txt" for c in ask(first, question)["citations"])


def test_both_workers_answer_the_same(workers):
    a, b = (ask(url, "What did Putin demand?") for url in workers)
    assert a["answer"] == b["answer"] and a["citations"] == b["citations"]
