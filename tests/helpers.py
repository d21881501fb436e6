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


def indexed_article(tmp: Path, name: str, text: str, **overrides) -> Settings:
    """Settings over a corpus of one invented article, `name`, indexed (real embedding model, real Chroma)."""
    from index.ingest import Indexer

    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / name).write_text(text, encoding="utf-8")
    settings = make_settings(tmp, corpus, **overrides)
    Indexer(settings).ingest()
    return settings


def engine_over(tmp: Path, articles: dict[str, str], **overrides):
    """The extractive engine over a corpus of invented articles (name -> text), indexed (real embedding model, real
    Chroma); `overrides` are settings."""
    from answer.engine import Engine

    corpus = tmp / "corpus"
    corpus.mkdir()
    for name, text in articles.items():
        (corpus / name).write_text(text, encoding="utf-8")
    engine = Engine.from_settings(make_settings(tmp, corpus=corpus, **overrides))
    engine.indexer.ingest()
    return engine


def scripted_engine(tmp: Path, name: str, text: str):
    """An engine over one invented article (`indexed_article`) whose reader is scripted (tests/scripted_llm.py), and
    that reader."""
    from answer.engine import Engine
    from tests.scripted_llm import ScriptedLLM

    llm = ScriptedLLM()
    return Engine.from_settings(indexed_article(tmp, name, text), llm=llm), llm
