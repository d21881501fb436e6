"""`python -m eval.calibrate`: choose the refusal thresholds on the development sets, never on held-out data.

Collects the refusal signals (answer/refusal.py) of every question once, then tries every combination of thresholds
and prints the best ones by the mean over sets of (false refusals + wrongly answered unanswerables), each set
weighted equally. Put the chosen values into newsqa/settings.py and eval/provenance.py.

usage: python -m eval.calibrate [--set eval/questions.jsonl --set data/devsets/realtimeqa]
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

import numpy as np

from answer.refusal import Signals
from eval import sets
from eval.run import _engine, settings_for
from eval.systems import messages_of
from newsqa.settings import Settings

COVERAGE = np.round(np.arange(0.0, 0.91, 0.05), 2)
DENSE = np.round(np.arange(-0.1, 0.61, 0.025), 3)


def collect(qset: sets.QuestionSet, settings: Settings) -> list[tuple[bool, Signals]]:
    engine = _engine(settings_for(qset, settings))
    return [(bool(r["answerable"]), engine.prepare(messages_of(r), "extractive", None).signals) for r in qset.rows]


def rates(found: list[tuple[bool, Signals]], cov: float, dense: float, names: bool) -> tuple[float, float]:
    """(false refusals, refusal accuracy) with these thresholds."""

    def answers(s: Signals) -> bool:
        return not (names and s.unknown_names) and s.coverage >= cov and s.dense >= dense

    pos = [answers(s) for a, s in found if a]
    neg = [not answers(s) for a, s in found if not a]
    return 1 - (sum(pos) / len(pos) if pos else 1.0), (sum(neg) / len(neg) if neg else 1.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", type=Path, dest="paths")
    paths = ap.parse_args().paths or [sets.DEV, Path("data/devsets/realtimeqa")]
    loaded = [sets.load(p) for p in paths]
    if any(q.role == "held-out" for q in loaded):
        raise SystemExit("the held-out set chooses nothing: calibrate on development sets only")
    settings = Settings()
    found = {q.name: collect(q, settings) for q in loaded}
    table = []
    for cov, dense, names in itertools.product(COVERAGE, DENSE, (True, False)):
        per = {n: rates(f, cov, dense, names) for n, f in found.items()}
        loss = float(np.mean([fr + (1 - ra) for fr, ra in per.values()]))
        table.append((loss, float(cov), float(dense), names, per))
    table.sort(key=lambda r: (r[0], -r[1], -r[2]))
    now = (settings.refuse_min_coverage, settings.refuse_min_dense, settings.refuse_unknown_names)
    print("current", now, {n: rates(f, *now) for n, f in found.items()})
    for loss, cov, dense, names, per in table[:12]:
        cells = "  ".join(f"{n}: FR {fr:.3f} RA {ra:.3f}" for n, (fr, ra) in per.items())
        print(f"loss {loss:.3f}  coverage >= {cov:.2f}  dense >= {dense:.3f}  unknown names {names}  {cells}")


if __name__ == "__main__":
    main()
