"""`python -m eval.unit_ranking`: compare ways of scoring evidence units, on the development sets only.

A unit's score weighs the share of the question's content it holds, its chunk's cosine similarity to the question,
its own cosine similarity (the unit vectors stored at ingest), a bonus for holding the kind of answer asked for and one
for saying the answer is not known (answer/evidence.py `Scoring`). The order decides what the reader sees (its best
`reader_evidence` units) and what an extractive answer quotes (its best `answer_sentences`). Every answerable question
is retrieved once; every scoring on the grid then ranks its units again, and is scored by the recall of the reader's
units and of the extractive answer's sentences (the share of a question's facts, or whether a gold answer, is in
their text). The scoring with the best mean of the two, each set weighted equally, is shown beside the current one;
among equals the one nearest the current. Each set's choice is shown scored on the others too.

Units' recall is not the whole story: another order of the reader's units changes its replies and its confidence,
which the read refusal model reads. A scoring is adopted only if the refusal models refitted on it (`make calibrate`)
lose no more than it gains; eval/provenance/ says what was tried.

usage: python -m eval.unit_ranking [--set eval/questions.jsonl --set data/devsets/realtimeqa ...]
"""

from __future__ import annotations

import argparse
import itertools
from dataclasses import astuple, dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from answer.engine import Engine, reader_evidence
from answer.evidence import Scoring
from answer.extractive import select
from answer.turn import Turn
from eval import sets
from eval.metrics import recall_of
from eval.run import engine_for, settings_for
from eval.systems import messages_of, scope_of
from newsqa.settings import Settings

COVERAGE = (0.4, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9)
UNIT = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
KIND = (0.0, 0.05, 0.1, 0.2)
NOT_KNOWN = (0.0, 0.05, 0.25)  # the bonus of a unit that says the answer is not known (answer/kinds.py)


def grid() -> list[Scoring]:
    """Coverage, chunk and unit weights summing to 1 (only their ratios and the kind bonus order units, but the
    follow-on shares and the recency penalty are on this scale)."""
    out = []
    for coverage, unit, kind, not_known in itertools.product(COVERAGE, UNIT, KIND, NOT_KNOWN):
        chunk = round(1.0 - coverage - unit, 4)
        if chunk >= 0:
            out.append(Scoring(coverage=coverage, chunk=chunk, unit=unit, kind=kind, not_known=not_known))
    return out


@dataclass
class Retrieved:
    row: dict
    turn: Turn


def retrieve_all(qset: sets.QuestionSet, settings: Settings) -> tuple[Engine, list[Retrieved]]:
    engine = engine_for(settings_for(qset, settings))
    rows = [r for r in qset.rows if r["answerable"]]
    out = [
        Retrieved(row, engine.prepare(messages_of(row), "extractive", None, scope_of(row)))
        for row in track(rows, description=f"{qset.name}: retrieving")
    ]
    return engine, out


def outcome(engine: Engine, retrieved: list[Retrieved], scoring: Scoring) -> tuple[float, float]:
    """(recall of the reader's units, recall of the extractive answer's sentences) under this scoring."""
    reader = extractive = 0.0
    for r in retrieved:
        ranked = engine.rank(r.turn, scoring)
        shown = reader_evidence(ranked, engine.settings.reader_evidence)
        quoted = select(ranked, engine.settings.answer_sentences)
        reader += recall_of(r.row, " ".join(s.text for s in shown)) or 0.0
        extractive += recall_of(r.row, " ".join(s.text for s in quoted)) or 0.0
    return reader / len(retrieved), extractive / len(retrieved)


def distance(a: Scoring, b: Scoring) -> float:
    return sum(abs(x - y) for x, y in zip(astuple(a), astuple(b), strict=True))


def best(scores: dict[Scoring, list[tuple[float, float]]], names: list[int]) -> Scoring:
    """The scoring with the best mean over the sets `names` (indexes) of the two recalls; the nearest the current
    among equals."""

    def key(s: Scoring) -> tuple[float, float]:
        mean = sum(sum(scores[s][i]) / 2 for i in names) / len(names)
        return round(mean, 6), -distance(s, Scoring())

    return max(scores, key=key)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", type=Path, dest="paths")
    args = ap.parse_args()
    loaded = [sets.load(p) for p in args.paths or [sets.DEV, Path("data/devsets/realtimeqa")]]
    if any(q.role == "held-out" for q in loaded):
        raise SystemExit("the held-out set chooses nothing: choose on development sets only")
    runs = [retrieve_all(q, Settings()) for q in loaded]
    scores = {s: [outcome(e, r, s) for e, r in runs] for s in track(grid(), description="scoring the grid")}
    everything = list(range(len(loaded)))
    chosen = {"current": Scoring(), "all sets": best(scores, everything)}
    if len(loaded) > 1:
        chosen |= {f"{q.name} alone": best(scores, [i]) for i, q in enumerate(loaded)}
    table = Table(title="units' recall (reader's units / extractive answer) by scoring")
    table.add_column("chosen on")
    table.add_column("coverage, chunk, unit, kind, not known")
    for q in loaded:
        table.add_column(q.name)
    table.add_column("mean")
    for name, s in chosen.items():
        per = scores[s]
        mean = sum(sum(p) / 2 for p in per) / len(per)
        cells = [f"{a:.3f} / {b:.3f}" for a, b in per]
        table.add_row(name, f"{s.coverage}, {s.chunk}, {s.unit}, {s.kind}, {s.not_known}", *cells, f"{mean:.4f}")
    Console().print(table)


if __name__ == "__main__":
    main()
