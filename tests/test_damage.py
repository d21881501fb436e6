"""Damaged state is found and said: a corrupt manifest record, a corrupt store file. Real Chroma, real processes."""

from __future__ import annotations

import os
import sys

import httpx
from fastapi.testclient import TestClient

from answer.engine import Engine
from bench.service import free_port, server_process
from index.ingest import Indexer
from service.app import create_app
from tests.conftest import API_KEY
from tests.helpers import make_settings, seed_files


def _corrupt_record(settings, source: str) -> None:
    Indexer(settings).store.manifest.update(
        ids=[source], documents=["{this is not a list of chunk ids"], embeddings=[[1.0]]
    )


def test_a_corrupt_manifest_record_is_said_and_repaired_by_the_next_write(tmp_path):
    settings = make_settings(tmp_path, api_key=API_KEY)
    engine = Engine.from_settings(settings)
    engine.indexer.ingest()
    victim = seed_files()[1].name
    _corrupt_record(settings, victim)
    with TestClient(create_app(settings, engine=engine)) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 503 and victim in ready.json()["error"]
        assert client.post("/api/ask", json={"question": "What did Putin demand?"}).status_code == 200
        listed = {a["source"] for a in client.get("/api/sources").json()}
        assert victim not in listed and len(listed) == len(seed_files()) - 1
        r = client.post("/api/sources", json={"name": "extra.txt", "text": "The harbour of Kelmar reopened."},
                        headers={"X-API-Key": API_KEY})  # fmt: skip
        assert r.status_code == 200, r.text
        assert client.get("/readyz").status_code == 200
        assert victim in {a["source"] for a in client.get("/api/sources").json()}


def test_the_service_starts_and_repairs_a_corrupt_record(tmp_path):
    settings = make_settings(tmp_path)
    Indexer(settings).ingest()
    victim = seed_files()[0].name
    _corrupt_record(settings, victim)
    port = free_port()
    env = {**os.environ, "NEWSQA_CORPUS_DIR": str(settings.corpus_dir), "NEWSQA_DATA_DIR": str(settings.data_dir),
           "NEWSQA_PORT": str(port)}  # fmt: skip
    cmd = [sys.executable, "-m", "newsqa.cli", "serve"]
    with server_process(cmd, f"http://127.0.0.1:{port}/readyz", tmp_path / "serve.log", 180, env=env):
        listed = {a["source"] for a in httpx.get(f"http://127.0.0.1:{port}/api/sources").json()}
    assert victim in listed and len(listed) == len(seed_files())


def test_a_damaged_store_file_makes_readyz_say_why(tmp_path):
    settings = make_settings(tmp_path)
    engine = Engine.from_settings(settings)
    engine.indexer.ingest()
    with TestClient(create_app(settings, engine=engine)) as client:
        assert client.get("/readyz").status_code == 200
        db = settings.data_dir / "chroma" / "chroma.sqlite3"
        with open(db, "r+b") as handle:  # overwrite the SQLite header and the first pages
            handle.write(b"\x00garbage" * 4096)
        ready = client.get("/readyz")
        assert ready.status_code == 503, ready.text
        assert "cannot be read" in ready.json()["error"]
        assert client.get("/healthz").status_code == 200
