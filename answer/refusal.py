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

import numpy as np

from answer import ages, clock, durations, groups, naming, objects, roles, speakers
from answer.amounts import amount_of, asks_amount, asks_portion, speaks_to_amount
from answer.claims import claimed_names, named_together, spells
from answer.counts import counted_names, counted_words, speaks_to_count
from answer.evidence import Question, Sentence, names_of
from answer.kinds import asking
from index.demonyms import kin
from index.names import FullNames
from index.terms import is_acronym, terms
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


def cosines(unit_vectors, query_vector) -> list[float]:
    if not len(unit_vectors):
        return []
    u, q = np.asarray(unit_vectors, dtype=np.float32), np.asarray(query_vector, dtype=np.float32)
    return [float(x) for x in (u @ q) / (np.linalg.norm(u, axis=1) * np.linalg.norm(q) + 1e-9)]


def signals(
    question: Question,
    evidence: list[Sentence],
    top: list[Sentence],
    unit_vectors,
    query_vector,
    whole: Question | None = None,
    full_names: FullNames | None = None,
    topic_similarity: list[float] | None = None,
    formed: list[Sentence] | None = None,
) -> Signals:
    """The signals of the question retrieval searched with, over its `evidence` (the units of the chunks the refusal
    model was fitted on; `unit_vectors` are those of its best `refusal_units`) and the `top` units the answer may
    quote (settings `refusal_units` of them, from those chunks and `answer_extra_chunks` more), in which the rules
    ("no passage gives a count of ...") look for what is asked; names are read from the `whole` question when
    retrieval searched with a part of it (the sentence that asks), since the others name what it asks about.
    `topic_similarity` is each evidence unit's cosine to the topic of "What did X say about Y?" (`speakers.quoted`).
    `formed` are the top units as the answer ranks them, with the bonus of a unit that gives what the question's form
    asks for (answer/forms.py), where the office and clock rules look too."""
    sims = cosines(unit_vectors, query_vector) or [0.0]
    asked = [question, whole] if whole is not None else [question]
    # names compared as stems, as the corpus's vocabulary is: "Zelenski" is "Zelensky" to the spelling check too
    names = {stem: n for q in asked for n in names_of(q.text) for stem in terms(n)}  # stem -> the name as asked
    unknown = tuple(dict.fromkeys(n for q in asked for n in q.unknown_names))
    by_article: dict[str, list[Sentence]] = {}
    for s in evidence:
        by_article.setdefault(s.source, []).append(s)

    def share(units: list[Sentence], of: dict[str, str] = names) -> float:
        stems = set().union(*(s.terms for s in units))
        return sum(
            stem in stems
            or not stems.isdisjoint(kin(stem))  # "Europe" is found where "European" is (index/demonyms.py)
            or (is_acronym(name) and any(spells(name, s.text) for s in units))
            for stem, name in of.items()
        ) / len(of)

    shares = {source: share(units) for source, units in by_article.items()} if names else {}
    found = max(shares.values(), default=0.0) if names else 1.0
    # "What did X say (about Y)?" when no unit gives X any words (about Y) (answer/speakers.py; chosen on the
    # development sets)
    speaker = speakers.asked_speaker(question.text)
    topic = speakers.asked_topic(question.text)
    passages = [(s.text, s.before) for s in evidence]  # each unit with the text before it, which its words lean on
    quoted = speaker is None or speakers.quoted(
        speaker, passages, topic, full_names, question.weights, topic_similarity
    )
    # "How many drones ...?" when no top unit holds a number of drones nor says how many there are (chosen on the
    # development sets: eval/provenance/); a counted word the corpus never uses is looked for nowhere
    # ("captives" where the articles write "prisoners")
    things = counted_words(question.text)
    stems = [t for t in terms(things) if t not in question.unseen]
    named = counted_names(question.text)
    uncounted = None if any(speaks_to_count(stems, s.text, named) for s in top) else things or None
    # "How much oil does the refinery process?" when no top unit gives an amount (money, a percentage, a measure) nor
    # says it is not known (chosen on the development sets: eval/provenance/)
    asked = set(question.weights)
    portion = asks_portion(question.text)  # "How much of the regions ...?": "the entirety of" says how much
    measured = not asks_amount(question.text) or any(speaks_to_amount(s.text, asked, portion) for s in top)
    # "Did Peskov meet Witkoff in Istanbul?" when no top unit names all three (chosen on the development sets:
    # eval/provenance/)
    claimed = claimed_names(question.text)
    apart = () if named_together(claimed, [(s.text, s.before) for s in top]) else tuple(claimed)
    # "Who is Ukraine's foreign minister?" when no top unit names the office (answer/roles.py; chosen on the
    # development sets: eval/provenance/)
    role = roles.asked_role(question.text)
    # the office and clock rules also read the units that rank up with the form's bonus, in an article whose evidence
    # names all the question's names: "Stan Kasten, the President and CEO of the Dodgers" ranks below the units that
    # share "say about Scully", and "Mayor Jim Hammond" of another article is not the mayor of Khost (chosen on
    # eval/forms.jsonl: eval/provenance/)
    told = top + [s for s in formed or [] if not names or shares.get(s.source) == 1.0]
    unroled = None if roles.names_role(role, (s.text for s in told)) else role
    # "How old is Putin?" when no evidence unit gives Putin an age ("Trump, 78," is Trump's) (answer/ages.py; chosen on
    # the development sets: eval/provenance/)
    person = ages.asked_person(question.text)
    aged = person is None or ages.gives_age(person, passages)
    # "How many regions did Russian drones strike?" when every drone the top units name is another nation's
    # ("Ukrainian drones") (answer/groups.py; chosen on the development sets: eval/provenance/)
    othered = groups.other_group(question.text, (s.text for s in top))
    # "What is the name of the Fox News host who interviewed Trump?" when no top unit gives a name beside a host
    # (answer/naming.py; chosen on the development sets: eval/provenance/)
    phrase = naming.described(question.text)
    named_one = naming.names_described(phrase, question.text, (s.text for s in top))
    # "Who did Peskov say would brief Putin?" when every "briefed" in the top units has another name after it
    # ("briefed Trump") (answer/objects.py; chosen on the development sets: eval/provenance/)
    swapped = objects.other_object(question.text, (s.text for s in top))
    # "How long did Witkoff's meeting with Putin last?" when no top unit gives a duration of a meeting ("a 30-day
    # ceasefire" is another thing's) in an article whose evidence names Witkoff and Putin ("the meeting lasted less
    # than two hours" is the Istanbul one) (answer/durations.py; chosen on the development sets: eval/provenance/)
    # a name the question gives as a time frame ("... before Istanbul?") is not what the duration is of
    framing = {stem for n in durations.framing_names(question.text) for stem in terms(n)}
    lasting_names = {stem: n for stem, n in names.items() if stem not in framing}
    lasting_shares = (
        {source: share(units, lasting_names) for source, units in by_article.items()} if lasting_names else {}
    )
    naming_all = [(s.text, s.before) for s in top if not lasting_names or lasting_shares.get(s.source) == 1.0]
    lasting = not durations.asks_duration(question.text) or durations.gives_duration_of(question.text, naming_all)
    # "What time did Witkoff's meeting end?" when no top unit gives a time of day, "When will the act take effect?"
    # when none gives a time, of what it asks about (answer/clock.py; chosen on the development sets: eval/provenance/)
    timed = (not clock.asks_clock(question.text) or clock.gives_clock_of(question.text, (s.text for s in told))) and (
        not clock.asks_when(question.text) or clock.gives_time_of(question.text, (s.text for s in top))
    )
    return Signals(
        coverage=max((s.coverage for s in evidence if s.citable), default=0.0),
        similarity=float(max(sims)),
        names_found=found,
        unknown_names=unknown,
        unquoted=None if quoted else speaker,
        unquoted_topic=None if quoted else topic,
        uncounted=uncounted,
        apart=apart,
        unmeasured=None if measured else amount_of(question.text),
        unroled=unroled,
        unaged=None if aged else person,
        othered=othered,
        unnamed=None if named_one else phrase,
        swapped=swapped,
        unlasting=None if lasting else asking(question.text),
        untimed=None if timed else asking(question.text),
    )


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
