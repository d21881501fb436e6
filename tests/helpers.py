"""Helpers shared by the tests: the seed corpus, settings over temp dirs. (Ports and server processes: bench.service.)"""

from __future__ import annotations

import shutil
from pathlib import Path

from newsqa.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def make_settings(tmp: Path, corpus: Path | None = None, **overrides) -> Settings:
    if corpus is None:
        corpus = tmp / "corpus"
        shutil.copytree(SEEDS, corpus)
    return Settings(corpus_dir=corpus, data_dir=tmp / "data", _env_file=None, **overrides)
