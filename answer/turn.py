"""One question's way through the engine (its evidence, signals and timings), and the answer events made of it."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from answer import refusal, refusal_notes
from answer.compose import finalize
from answer.evidence import Question, Sentence
from answer.scope import Resolved
from answer.types import REFUSAL, Answer, Citation

Event = tuple[str, object]  # ("token", str) | ("citations", list[Citation]) | ("done", Answer)


@dataclass
class Turn:
    """Everything one question needs between retrieval and the answer text."""

    question: str
    query: str
    evidence: list[Sentence]
    answered: bool
    retrieved: list[str] = field(default_factory=list)
    hits: list = field(default_factory=list)  # the retrieved chunks (index.retrieval.Hit)
    signals: refusal.Signals | None = None
    parsed: Question | None = None
    vector: list[float] = field(default_factory=list)  # the search text's embedding
    unit_vectors: dict[str, list[float]] = field(default_factory=dict)  # by unit id, as read from the store
    scope: Resolved | None = None
    articles: dict[str, dict] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    note: str | None = None  # why it is refused, when that is decided before retrieval
    started: float = field(default_factory=time.perf_counter)

    def lap(self, name: str, since: float) -> float:
        now = time.perf_counter()
        self.timings[name] = round((now - since) * 1000, 2)
        return now


def refused(turn: Turn) -> Answer:
    if turn.note:
        note = turn.note
    elif turn.scope and turn.scope.allowed is not None and not turn.scope.allowed:
        note = "No article matches the filters."
    else:
        note = refusal_notes.why(turn.signals) if turn.signals else "No passage matches the question."
    return Answer(answer=REFUSAL, answered=False, mode="refusal", query=turn.query, note=note)


def answer_of(text: str, mode, citations: list[Citation], turn: Turn, note: str | None = None) -> Answer:
    resolved = turn.scope
    frame = resolved.frame if resolved else None
    text, markers = finalize(text)
    return Answer(
        answer=text,
        markers=markers,
        answered=True,
        mode=mode,
        citations=citations,
        query=turn.query,
        note=" ".join(n for n in (note, resolved.note if resolved else None) if n) or None,
        as_of=resolved.as_of.isoformat() if resolved and resolved.as_of else None,
        time_frame=frame.describe() if frame and (frame.window or frame.current) else None,
    )


def emit(answer: Answer, turn: Turn, stream_text: bool = True) -> Iterator[Event]:
    if stream_text:
        for piece in re.findall(r"\S+\s*", answer.answer):
            yield ("token", piece)
    answer.retrieved = turn.retrieved
    answer.timings_ms = {**turn.timings, "total": round((time.perf_counter() - turn.started) * 1000, 2)}
    yield ("citations", answer.citations)
    yield ("done", answer)
