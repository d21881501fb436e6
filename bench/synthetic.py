"""A synthetic news corpus for benchmarks: sentences of the seeds recombined, with fresh names and numbers,
so that no paragraph repeats exactly and deduplication does not shrink it."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

from index.chunks import Chunker

_NAMES = ["Avery", "Brooks", "Castillo", "Dimitrov", "Eklund", "Farouk", "Grieve", "Haddad", "Ito", "Jansen",
          "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka"]  # fmt: skip
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
_NUMBER = re.compile(r"\b\d[\d,]*\b")


def seed_sentences(seeds: Path) -> list[str]:
    chunker = Chunker(10_000, 0)
    out = []
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        out += [text[s:e] for s, e in chunker.sentence_spans(text) if 40 <= e - s <= 400]
    return out


def articles(seeds: Path, count: int, sentences_per_article: int = 24, seed: int = 7) -> Iterator[tuple[str, str]]:
    """(file name, text) of `count` synthetic articles, deterministic for a given seed."""
    rng = random.Random(seed)
    pool = seed_sentences(seeds)
    for i in range(count):
        paragraphs = []
        for _ in range(sentences_per_article // 3):
            picked = [_vary(rng.choice(pool), rng) for _ in range(3)]
            paragraphs.append(" ".join(picked))
        yield (
            f"synthetic_{i:06d}.txt",
            f"Report {i}: {_vary('Talks continue', rng)}\n\n" + "\n\n".join(paragraphs) + "\n",
        )


def _vary(sentence: str, rng: random.Random) -> str:
    sentence = _CAPITALISED.sub(lambda m: rng.choice(_NAMES) if rng.random() < 0.3 else m.group(), sentence)
    return _NUMBER.sub(lambda m: str(rng.randint(2, 99_999)), sentence)


def write_corpus(seeds: Path, folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles(seeds, count):
        (folder / name).write_text(text, encoding="utf-8")
    return folder
