"""Helpers shared by the tests: the seed corpus, ports, settings over temp dirs."""

from __future__ import annotations

import shutil
import socket
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
