"""A quick run of the evaluation inside the suite: fails if quality drops below the floors kept in the repo."""

from __future__ import annotations

import json
from pathlib import Path

from eval.run import run_all

FLOORS = json.loads((Path(__file__).parent.parent / "eval" / "floors.json").read_text())


def test_extractive_quality_stays_above_the_floors(seeded):
    settings, _, _ = seeded
    summary, scored = run_all(("extractive",), settings)["extractive"]
    m = summary.metrics
    assert m["citation_validity"] == 1.0 == FLOORS["citation_validity"]
    assert m["fact_recall"] >= FLOORS["fact_recall"], m
    assert m["refusal_accuracy"] >= FLOORS["refusal_accuracy"], m
    assert m["false_refusals"] <= FLOORS["false_refusals_max"], m
    assert m["hit@k"] >= FLOORS["hit@k"], m
    assert m["leaks"] == 0, [s.id for s in scored if s.leaked]
