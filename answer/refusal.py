"""Whether to answer at all, decided from signals of retrieval and evidence, and of the reader where it judges.

A logistic model over the signals gives the probability that the articles answer the question; below its threshold
the question is refused. answer/refusal.json holds two, fitted on the development sets by `python -m eval.calibrate`
(never on held-out data), and says which sets chose them:
- `lexical`, over the four signals of retrieval and evidence, decides before any model is asked (extractive answers,
  a server's reader, a reader it was not fitted for);
- `read`, over those and signals of the reader (`READER_FEATURES`: its confidence in its reply, its judgement of its
  evidence when asked, `reader.judge`, and whether its answer held up as a span of the evidence), decides after the
  reader replied, for the model it was fitted with (`judge_model`). Which reader signals it reads is chosen with it,
  on the development sets.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from newsqa.settings import Settings

MODEL = Path(__file__).with_name("refusal.json")
FEATURES = ("coverage", "similarity", "names_found", "unknown_names")
READER_FEATURES = ("confidence", "judge", "held")  # what a read model may add to FEATURES, in this order
JUDGE_CLIP = 0.001  # the judge's probability enters as log-odds, clipped to [0.001, 0.999]
CONFIDENCE_FLOOR = -10.0  # the reader's mean token log-probability enters clipped to [-10, 0]
EXTREMES = {  # each reader signal's range
    "confidence": (CONFIDENCE_FLOOR, 0.0),
    "judge": (JUDGE_CLIP, 1 - JUDGE_CLIP),
    "held": (False, True),
}


@dataclass(frozen=True)
class Signals:
    coverage: float  # the largest share of the question's content (IDF-weighted) that one evidence unit holds
    similarity: float  # the largest cosine similarity of the question to one of the top evidence units
    names_found: float  # the largest share of the question's names that one retrieved article's evidence holds
    unknown_names: tuple[str, ...]  # names in the question that the corpus never mentions
    confidence: float | None = None  # the reader's mean log-probability of the tokens it chose, once it replied
    judge: float | None = None  # the reader's probability that its evidence states the answer, once asked
    held: bool | None = None  # whether the reader's answer held up as a span of the evidence (reader.verify), once read
    unquoted: str | None = None  # the person whose words the question asks for, when no evidence unit gives them any
    unquoted_topic: str | None = None  # what the question asks their words about, when that is why (`speakers.quoted`)
    uncounted: str | None = None  # what "How many ...?" counts, when none of the top units gives a count of it
    apart: tuple[str, ...] = ()  # the names a yes-no question gives, when no top unit names them all (answer/claims.py)
    unmeasured: str | None = None  # what "How much ...?" asks an amount of ("" if unsaid), when no top unit gives one
    unroled: str | None = None  # the office "Who is X's ...?" asks the holder of, when no top unit names it
    unaged: str | None = None  # the person "How old is X?" asks the age of, when no evidence unit gives them one
    othered: str | None = None  # the "Russian drones" a question asks about, when the top units have only another's
    unnamed: str | None = None  # whom "What is the name of X?" describes, when no top unit gives a name beside X
    swapped: tuple[str, str] | None = None  # the ("brief", "Putin") asked, when the top units brief only others
    unlasting: str | None = None  # the "How long ...?" asked, when no top unit gives a duration of what it asks about
    untimed: str | None = None  # the "What time ...?" or "When ...?" asked, when no top unit gives a time of it
    unsupported: str | None = None  # the reader's answer, when the passage it came from does not show it answers

    @property
    def ruled_out(self) -> bool:
        """Whether a rule refuses the question whatever a model would say: "What did X say?" when the articles give X
        no words, "How many X?" when no unit counts X, "Did X meet Y?" when no unit names both, "How much X?" when no
        unit gives an amount, "Who is X's foreign minister?" when no unit names a foreign minister, "How old is X?" when no
        unit gives X an age, "How many regions did Russian drones strike?" when every drone in the top units is another
        nation's, "What is the name of the Fox News host?" when no unit gives a name beside a host, "Who would brief
        Putin?" when everyone the units brief is someone else, "How long did the meeting last?" when no unit gives a
        duration of a meeting, "What time did the meeting end?" when no unit gives a time of day, "When ...?" when none gives a time of it."""
        ruled = (
            self.unquoted,
            self.uncounted,
            self.apart,
            self.unroled,
            self.unaged,
            self.othered,
            self.unnamed,
            self.unlasting,
            self.untimed,
        )
        return any(ruled) or bool(self.swapped) or self.unmeasured is not None

    def vector(self, features: tuple[str, ...] = FEATURES) -> list[float]:
        values = {
            "coverage": self.coverage,
            "similarity": self.similarity,
            "names_found": self.names_found,
            "unknown_names": float(bool(self.unknown_names)),
            "confidence": None if self.confidence is None else max(self.confidence, CONFIDENCE_FLOOR),
            "judge": None if self.judge is None else _log_odds(self.judge),
            "held": None if self.held is None else float(self.held),
        }
        return [values[f] for f in features]


def _log_odds(p: float) -> float:
    p = min(max(p, JUDGE_CLIP), 1 - JUDGE_CLIP)
    return math.log(p / (1 - p))


@lru_cache(maxsize=4)
def load_models(path: Path | None = None) -> dict[str, dict]:
    path = path or MODEL
    models = json.loads(path.read_text(encoding="utf-8"))
    for name in ("lexical", "read"):
        if name not in models:
            raise ValueError(f"{path} has no {name!r} model: refit it with `python -m eval.calibrate`")
    if tuple(models["lexical"]["features"]) != FEATURES:
        raise ValueError(f"{path}: the lexical model was fitted on {models['lexical']['features']}, not {FEATURES}")
    features = tuple(models["read"]["features"])
    if features[: len(FEATURES)] != FEATURES or not set(features[len(FEATURES) :]) <= set(READER_FEATURES):
        raise ValueError(f"{path}: the read model's features {list(features)} are not {FEATURES} and reader signals")
    return models


def read_features(model: dict) -> tuple[str, ...]:
    """The reader signals a read model reads."""
    return tuple(model["features"][len(FEATURES) :])


def lexical_model() -> dict:
    return load_models()["lexical"]


def read_model(judge: str | None) -> dict | None:
    """The read model, if it was fitted on the signals of `judge` (a model's name: `Generator.judges`)."""
    model = load_models()["read"]
    return model if judge is not None and judge == model["judge_model"] else None


def probability(s: Signals, model: dict) -> float:
    z = model["bias"] + sum(w * x for w, x in zip(model["weights"], s.vector(tuple(model["features"])), strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def answerable(s: Signals, settings: Settings, model: dict | None = None) -> bool:
    """Whether `model` (default: the lexical one) answers with these signals."""
    if settings.refuse_threshold == 0:
        return True  # everything is answered: no model needed (how eval/calibrate.py collects signals)
    if s.ruled_out:
        return False  # nothing any model reads can answer it
    model = model or lexical_model()
    threshold = model["threshold"] if settings.refuse_threshold is None else settings.refuse_threshold
    return probability(s, model) >= threshold


def could_answer(s: Signals, settings: Settings, model: dict) -> bool:
    """Whether the read model would answer these signals with some reader signals: else the reader need not be asked.
    The model is monotonic in each, so the corners of their ranges tell."""
    corners = [{}]
    for f in read_features(model):
        corners = [{**c, f: v} for c in corners for v in EXTREMES[f]]
    return any(answerable(replace(s, **c), settings, model) for c in corners)


def has_signals(s: Signals, features: tuple[str, ...]) -> bool:
    """Whether the reader gave every one of these signals (it was asked, and could give them)."""
    return all(getattr(s, f) is not None for f in features)
