"""The corpus folder is not trusted: real symlinks, FIFOs, devices, vanished and emptied folders, odd names."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading

import pytest

from index.articles import ArticleError, check_source_name
from index.ingest import CorpusMissing, Indexer
from tests.conftest import API_KEY
from tests.helpers import make_settings, seed_files

SECRET = "TOP-SECRET-credential-4242 is the password of the vault."


@pytest.fixture
def hostile(tmp_path):
    """A copy of the seeds plus a symlink out of the folder, a symlink to /dev/zero, a FIFO and a link inside."""
    settings = make_settings(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    corpus = settings.corpus_dir
    (corpus / "leak.txt").symlink_to(secret)
    (corpus / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "alias.txt").symlink_to(corpus / seed_files()[0].name)  # inside the folder: allowed
    return settings


def test_links_out_of_the_folder_fifos_and_devices_are_skipped_with_a_reason(hostile):
    done: list = []
    worker = threading.Thread(target=lambda: done.append(Indexer(hostile).ingest()), daemon=True)
    worker.start()
    worker.join(120)
    assert done, "ingest blocked (on the FIFO?)"
    report = done[0]
    assert "outside the corpus folder" in report.skipped["leak.txt"]
    assert "FIFO" in report.skipped["pipe.txt"]
    assert "character device" in report.skipped["zero.txt"] or "outside" in report.skipped["zero.txt"]
    assert "alias.txt" in report.articles
    assert len(report.articles) == len(seed_files()) + 1


def test_nothing_outside_the_folder_is_served_or_quoted(hostile):
    from fastapi.testclient import TestClient

    from answer.engine import Engine
    from service.app import create_app

    engine = Engine.from_settings(hostile)
    engine.indexer.ingest()
    with TestClient(create_app(hostile, engine=engine)) as client:
        assert client.get("/api/sources/leak.txt").status_code == 404
        listed = {a["source"] for a in client.get("/api/sources").json()}
        assert "leak.txt" not in listed and "pipe.txt" not in listed
        answer = client.post("/api/ask", json={"question": "What is the password of the vault?"}).json()
        assert "TOP-SECRET" not in answer["answer"]


def test_a_vanished_corpus_folder_deletes_nothing(tmp_path):
    settings = make_settings(tmp_path, api_key=API_KEY)
    indexer = Indexer(settings)
    indexer.ingest()
    held = set(indexer.store.live_ids())
    shutil.rmtree(settings.corpus_dir)
    with pytest.raises(CorpusMissing, match="missing while the index holds"):
        indexer.ingest()
    with pytest.raises(CorpusMissing):
        indexer.put("new.txt", b"A new article about the harbour.\n")
    assert not settings.corpus_dir.exists()  # not silently re-created
    assert set(indexer.store.live_ids()) == held

    from fastapi.testclient import TestClient

    from answer.engine import Engine
    from service.app import create_app

    engine = Engine(settings, indexer, Engine.from_settings(settings).retriever, None)
    with TestClient(create_app(settings, engine=engine)) as client:
        r = client.post("/api/sources", json={"name": "new.txt", "text": "Story."}, headers={"X-API-Key": API_KEY})
        assert r.status_code == 503 and "missing" in r.json()["error"] and "Retry-After" in r.headers
    assert set(indexer.store.live_ids()) == held


def test_an_emptied_folder_is_refused_unless_meant(tmp_path):
    settings = make_settings(tmp_path)
    indexer = Indexer(settings)
    indexer.ingest()
    for path in settings.corpus_dir.glob("*.txt"):
        path.unlink()
    env = {**os.environ, "NEWSQA_CORPUS_DIR": str(settings.corpus_dir), "NEWSQA_DATA_DIR": str(settings.data_dir)}
    cmd = [sys.executable, "-m", "newsqa.cli", "ingest"]
    refused = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert refused.returncode == 2 and "refusing to delete them all" in refused.stdout + refused.stderr
    assert len(indexer.store.live_ids()) == len(seed_files())
    meant = subprocess.run([*cmd, "--allow-empty"], env=env, capture_output=True, text=True, timeout=300)
    assert meant.returncode == 0, meant.stderr
    assert indexer.store.live_ids() == {}


@pytest.mark.parametrize("name", ["x.txt\n", "中" * 100 + ".txt", "../x.txt", "x.txt\x00"])
def test_names_a_file_system_would_mangle_are_refused(name):
    with pytest.raises(ArticleError):
        check_source_name(name)


def test_a_replaced_article_still_serves_the_version_a_citation_quotes(client):
    headers = {"X-API-Key": API_KEY}
    first = "The lighthouse keeper of Port Varna counted 41 ships on Monday.\n"
    client.post("/api/sources", json={"name": "varna.txt", "text": first}, headers=headers).raise_for_status()
    answer = client.post("/api/ask", json={"question": "How many ships did the Port Varna lighthouse keeper count?"})
    citation = next(c for c in answer.json()["citations"] if c["source"] == "varna.txt")
    second = "Update: the lighthouse keeper of Port Varna now says 44 ships passed on Monday, not 41.\n"
    client.post("/api/sources", json={"name": "varna.txt", "text": second}, headers=headers).raise_for_status()
    old = client.get("/api/sources/varna.txt", params={"version": citation["version"]}).json()
    assert old["text"][citation["start"] : citation["end"]] == citation["quote"]
    current = client.get("/api/sources/varna.txt").json()
    assert current["text"] == second and current["version"] != citation["version"]
    client.delete("/api/sources/varna.txt", headers=headers).raise_for_status()


def test_citations_match_the_served_text_at_every_moment_of_a_write_loop(client):
    """A writer replaces one article over and over while questions about it are asked: every citation's quote is
    the served text at [start:end] of the version it names."""
    import threading

    headers = {"X-API-Key": API_KEY}
    stop = threading.Event()
    writes = []

    def writer():
        i = 0
        while not stop.is_set() and i < 40:
            i += 1
            prefix = "Note. " * (i % 7)  # shifts every offset from one version to the next
            text = f"{prefix}The harbour master of Kelmar counted {100 + i} ships on Monday.\n"
            writes.append(client.post("/api/sources", json={"name": "kelmar.txt", "text": text}, headers=headers))

    thread = threading.Thread(target=writer)
    thread.start()
    checked, wrong = 0, []
    try:
        while thread.is_alive() or checked < 5:
            answer = client.post("/api/ask", json={"question": "How many ships did the Kelmar harbour master count?"})
            for c in answer.json()["citations"]:
                served = client.get(f"/api/sources/{c['source']}", params={"version": c["version"]})
                if served.status_code == 404 and "replaced since" in served.text:
                    continue  # older than the versions kept: the client is told to ask again
                checked += 1
                if served.json()["text"][c["start"] : c["end"]] != c["quote"]:
                    wrong.append(c)
    finally:
        stop.set()
        thread.join()
    assert all(w.status_code == 200 for w in writes)
    assert checked >= 5 and wrong == [], [(w["quote"], w["start"], w["end"], w["version"][:8]) for w in wrong[:3]]
    client.delete("/api/sources/kelmar.txt", headers=headers).raise_for_status()


def test_articles_written_over_http_stay_out_of_the_corpus_folder(client, writable):
    settings = writable[0]
    headers = {"X-API-Key": API_KEY}
    before = sorted(p.name for p in settings.corpus_dir.iterdir())
    client.post("/api/sources", json={"name": "written.txt", "text": "The ferry to Orlen resumed on Friday.\n"},
                headers=headers).raise_for_status()  # fmt: skip
    path = settings.written_dir / "written.txt"
    assert path.is_file() and settings.written_dir != settings.corpus_dir
    umask = os.umask(0o022)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask  # the mode any other new file gets, not 0600
    assert sorted(p.name for p in settings.corpus_dir.iterdir()) == before  # no article, no lock file
    assert (settings.written_dir / ".newsqa-ingest.lock").exists()
    seed = seed_files()[0].name
    refused = client.delete(f"/api/sources/{seed}", headers=headers)
    assert refused.status_code == 409 and "corpus folder" in refused.json()["error"]
    client.delete("/api/sources/written.txt", headers=headers).raise_for_status()
    assert not path.exists()
