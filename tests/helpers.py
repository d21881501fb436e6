"""Helpers shared by the tests: the seed corpus, ports, settings over temp dirs."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from pathlib import Path

from newsqa.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_settings(tmp: Path, corpus: Path | None = None, **overrides) -> Settings:
    if corpus is None:
        corpus = tmp / "corpus"
        shutil.copytree(SEEDS, corpus)
    return Settings(corpus_dir=corpus, data_dir=tmp / "data", _env_file=None, **overrides)


@contextlib.contextmanager
def server_process(cmd: list[str], ready_url: str, log_path: Path, timeout: float = 90, **popen):
    """Start a server process on 127.0.0.1, wait until `ready_url` answers 200, stop it afterwards."""
    import httpx
    import pytest

    with open(log_path, "w") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, **popen)
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(ready_url, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail(f"{cmd[0]} did not start: {log_path.read_text()[-2000:]}")
            time.sleep(0.3)
        try:
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
