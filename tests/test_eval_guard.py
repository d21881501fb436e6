"""A quick run of the evaluation inside the suite: fails if quality drops below the floors kept in the repo.

It runs the development set only: the held-out set is for reporting, never for a gate someone would tune to pass.
"""

from __future__ import annotations

from eval import sets
from eval.run import run_set
from tests.answer_checks import FLOORS


def test_extractive_quality_stays_above_the_floors(seeded):
    settings, _, _ = seeded
    summary, scored = run_set(sets.load(sets.DEV), ("extractive",), settings)["extractive"]
    m = summary.metrics
    assert m["citation_validity"] == 1.0 == FLOORS["citation_validity"]
    assert m["recall"] >= FLOORS["recall"], m
    assert m["refusal_accuracy"] >= FLOORS["refusal_accuracy"], m
    assert m["false_refusals"] <= FLOORS["false_refusals_max"], m
    assert m["hit@k"] >= FLOORS["hit@k"], m
    assert m["leaks"] == 0, [s.id for s in scored if s.leaked]
