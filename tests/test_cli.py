"""The command line as a new user meets it: quiet, fast when a service is up, clear about a busy port."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from bench.service import free_port, server_process


def _env(settings, port: int) -> dict:
    return {**os.environ, "NEWSQA_CORPUS_DIR": str(settings.corpus_dir), "NEWSQA_DATA_DIR": str(settings.data_dir),
            "NEWSQA_PORT": str(port)}  # fmt: skip


def _newsqa(*args: str, env: dict, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsqa.cli", *args], env=env, capture_output=True, text=True,
                          timeout=timeout)  # fmt: skip


@pytest.fixture(scope="module")
def running(seeded, tmp_path_factory):
    port = free_port()
    env = _env(seeded[0], port)
    log = tmp_path_factory.mktemp("cli") / "serve.log"
    with server_process([sys.executable, "-m", "newsqa.cli", "serve"], f"http://127.0.0.1:{port}/readyz", log,
                        180, env=env):  # fmt: skip
        yield env, port


def test_ask_uses_the_running_service_and_prints_each_quote_once(running):
    env, port = running
    done = _newsqa("ask", "What did Putin demand?", env=env)
    assert done.returncode == 0, done.stderr
    assert f"asked http://127.0.0.1:{port}" in done.stderr
    assert "Loading weights" not in done.stderr  # no model was loaded in this process
    assert done.stdout.count("Donetsk") == 1  # the answer once; citation lines name the place, not the quote again
    assert "[1] " in done.stdout and "characters " in done.stdout
    as_json = json.loads(_newsqa("ask", "What did Putin demand?", "--json", env=env).stdout)
    assert as_json["answered"] and as_json["citations"]


def test_ask_without_a_service_answers_in_process_quietly(seeded):
    env = _env(seeded[0], free_port())  # nothing listens there
    done = _newsqa("ask", "What did Putin demand?", env=env)
    assert done.returncode == 0, done.stderr
    assert "answered in this process" in done.stderr and "Loading weights" not in done.stderr


def test_serve_on_a_busy_port_says_so_before_anything_else(seeded):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _newsqa("serve", env=_env(seeded[0], port), timeout=120)
    assert done.returncode == 2
    assert "port is in use" in done.stderr and "NEWSQA_PORT" in done.stderr
    assert "serving on" not in done.stdout + done.stderr


def test_chunks_json_is_one_json_document_and_jsonl_is_lines(seeded):
    env = _env(seeded[0], free_port())
    whole = json.loads(_newsqa("chunks", "--json", env=env).stdout)
    assert isinstance(whole, list) and whole and {"id", "source", "start", "end", "text"} <= set(whole[0])
    lines = _newsqa("chunks", "--jsonl", env=env).stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [row["id"] for row in whole]
