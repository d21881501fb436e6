"""Shared fixtures: real models, a real Chroma in a temp dir, a copy of the seed corpus per test that changes it."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from bench.service import free_port, server_process
from tests.helpers import make_settings

# The service defaults to the 1.5B reader in generative mode (the held-out winner). The suite runs on SmolLM2-135M, the
# small, fast bundled model, and answers extractively unless a test asks for a mode: set here for the whole session, so
# session fixtures and the servers tests start see it too. Tests of the 1.5B reader ask for it by name.
TEST_ENV = {"NEWSQA_BUNDLED_LLM": "smollm2-135m", "NEWSQA_ANSWER_MODE": "extractive"}
os.environ.update(TEST_ENV)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No test reads the developer's NEWSQA_* environment (only the suite's own) or writes into the repo's data
    folder."""
    for key in list(os.environ):
        if key.startswith("NEWSQA_") and key not in TEST_ENV:  # TEST_ENV is set for the session, above
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def seeded(tmp_path_factory):
    """Settings and indexer over an index of the seed corpus, built once for the whole session.
    Tests that use it must not change it."""
    from index.ingest import Indexer

    tmp = tmp_path_factory.mktemp("seeded")
    settings = make_settings(tmp)
    indexer = Indexer(settings)
    report = indexer.ingest()
    return settings, indexer, report


@pytest.fixture
def fresh(tmp_path):
    """Settings over a private copy of the seeds and an empty store: for tests that change things."""
    return make_settings(tmp_path)


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real `chroma run` server on 127.0.0.1 for the length of the session."""
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    cmd = [exe, "run", "--path", str(path / "db"), "--host", "127.0.0.1", "--port", str(port)]
    with server_process(cmd, f"http://127.0.0.1:{port}/api/v2/heartbeat", path / "server.log", timeout=60):
        yield port


@pytest.fixture(scope="session")
def engine(seeded):
    """The answer engine over the seeded index (extractive by default; the bundled LLM loads on first use)."""
    from answer.engine import Engine

    settings, _, _ = seeded
    return Engine.from_settings(settings)


@pytest.fixture(scope="session")
def llm_server(tmp_path_factory):
    """A real OpenAI-compatible server (llama-cpp-python's) serving the bundled model on 127.0.0.1."""
    from index.models import llm_model_file

    port = free_port()
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(llm_model_file()), "--host", "127.0.0.1",
           "--port", str(port), "--n_ctx", "2048", "--n_threads", "2"]  # fmt: skip
    log = tmp_path_factory.mktemp("llm-server") / "server.log"
    with server_process(cmd, f"http://127.0.0.1:{port}/v1/models", log):
        yield f"http://127.0.0.1:{port}/v1"


API_KEY = "test-key-0123456789"


@pytest.fixture(scope="module")
def writable(tmp_path_factory):
    """An engine over its own copy of the seeds, for tests that add and delete articles."""
    from answer.engine import Engine

    settings = make_settings(tmp_path_factory.mktemp("writable"), api_key=API_KEY)
    engine = Engine.from_settings(settings)
    engine.indexer.ingest()
    return settings, engine


@pytest.fixture(scope="module")
def client(writable):
    from fastapi.testclient import TestClient

    from service.app import create_app

    settings, engine = writable
    with TestClient(create_app(settings, engine=engine)) as c:
        yield c
