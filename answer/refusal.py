"""Whether to answer at all, decided before any model is asked, from signals of retrieval and evidence.

A logistic model over the signals gives the probability that the articles answer the question; below the threshold
the question is refused. Its weights and threshold live in answer/refusal.json, fitted on the development sets by
`python -m eval.calibrate` (never on held-out data); that file says which sets chose them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from answer.evidence import Question, Sentence, names_of
from index.terms import terms
from newsqa.settings import Settings

MODEL = Path(__file__).with_name("refusal.json")
FEATURES = ("coverage", "similarity", "names_found", "unknown_names")


@dataclass(frozen=True)
class Signals:
    coverage: float  # the largest share of the question's content (IDF-weighted) that one evidence unit holds
    similarity: float  # the largest cosine similarity of the question to one of the top evidence units
    names_found: float  # the largest share of the question's names that one retrieved article's evidence holds
    unknown_names: tuple[str, ...]  # names in the question that the corpus never mentions

    def vector(self) -> list[float]:
        return [self.coverage, self.similarity, self.names_found, float(bool(self.unknown_names))]


def cosines(unit_vectors, query_vector) -> list[float]:
    if not len(unit_vectors):
        return []
    u, q = np.asarray(unit_vectors, dtype=np.float32), np.asarray(query_vector, dtype=np.float32)
    return [float(x) for x in (u @ q) / (np.linalg.norm(u, axis=1) * np.linalg.norm(q) + 1e-9)]


def signals(
    question: Question, evidence: list[Sentence], unit_vectors, query_vector, whole: Question | None = None
) -> Signals:
    """The signals of the question retrieval searched with; names are read from the `whole` question when retrieval
    searched with a part of it (the sentence that asks), since the others name what it asks about."""
    sims = cosines(unit_vectors, query_vector) or [0.0]
    asked = [question, whole] if whole is not None else [question]
    # names compared as stems, as the corpus's vocabulary is: "Zelenski" is "Zelensky" to the spelling check too
    names = list(dict.fromkeys(stem for q in asked for n in names_of(q.text) for stem in terms(n)))
    unknown = tuple(dict.fromkeys(n for q in asked for n in q.unknown_names))
    by_article: dict[str, set[str]] = {}
    for s in evidence:
        by_article.setdefault(s.source, set()).update(s.terms)
    found = (
        max((sum(n in stems for n in names) / len(names) for stems in by_article.values()), default=0.0)
        if names
        else 1.0
    )
    return Signals(
        coverage=max((s.coverage for s in evidence if s.citable), default=0.0),
        similarity=float(max(sims)),
        names_found=found,
        unknown_names=unknown,
    )


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL) -> dict:
    model = json.loads(path.read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURES:
        raise ValueError(f"{path} was fitted on features {model['features']}, the engine computes {FEATURES}")
    return model


def probability(s: Signals, model: dict) -> float:
    z = model["bias"] + sum(w * x for w, x in zip(model["weights"], s.vector(), strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def answerable(s: Signals, settings: Settings) -> bool:
    if settings.refuse_threshold == 0:
        return True  # everything is answered: no model needed (how eval/calibrate.py collects signals)
    model = load_model()
    threshold = model["threshold"] if settings.refuse_threshold is None else settings.refuse_threshold
    return probability(s, model) >= threshold


def why(s: Signals) -> str:
    if s.unknown_names:
        names = [f"“{n}”" for n in s.unknown_names]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
        return f"No article mentions {listed}."
    return "No passage in the articles answers this closely enough."
