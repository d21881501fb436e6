"""`python -m eval.reader_checks`: choose the reader's support limits on the development sets, never on held-out data.

The reader's answer is kept only when it comes from an evidence unit that holds a share of the question's content
(`reader_min_support`) and is close enough to the question (`reader_min_similarity`, cosine of the embeddings), or
from another unit of the same article as such a unit (`reader.supported`); otherwise the extractive answer is given.
The model is asked once per answerable question (its reply does not depend on the limits); every pair of limits on
the grid then verifies the replies as the engine does and scores the answers given. The pair with the best mean
answer recall over the sets (each set weighted equally) wins; among equals, the one with the fewest wrong-week
misses, then the loosest.

usage: python -m eval.reader_checks [--set eval/questions.jsonl --set data/devsets/realtimeqa] [--model qwen2.5-1.5b]
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
from dataclasses import dataclass
from pathlib import Path

from rich.progress import track

from answer.llm import PromptTooLong
from eval import sets
from eval.metrics import score
from eval.run import engine_for, settings_for
from eval.systems import messages_of, scope_of
from newsqa.settings import Settings

SUPPORT = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
SIMILARITY = (-1.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


@dataclass
class Asked:
    row: dict
    turn: object
    evidence: list
    raw: str


def ask_all(qset: sets.QuestionSet, settings: Settings) -> tuple[object, list[Asked]]:
    engine = engine_for(settings_for(qset, settings))
    asked = []
    for row in track([r for r in qset.rows if r["answerable"]], description=f"{qset.name}: asking the reader"):
        turn = engine.prepare(messages_of(row), "generative", None, scope_of(row))
        evidence, raw = [], ""
        if turn.answered:
            with contextlib.suppress(PromptTooLong):  # too long for the model: the extractive answer, as served
                evidence, raw = engine.read(turn)
        asked.append(Asked(row, turn, evidence, raw))
    return engine, asked


def outcome(engine, asked: list[Asked], corpus: Path, limits: tuple[float, float]) -> tuple[float, int, int]:
    """(answer recall, wrong-week misses, readings kept) with these limits."""
    recall, wrong_week, kept = 0.0, 0, 0
    for a in asked:
        if not a.turn.answered:
            continue  # refused: the same under every limit
        reading = engine.verify_reading(a.turn, a.evidence, a.raw, limits) if a.raw else None
        kept += reading is not None
        answer = (
            engine.compose_reading(a.turn, *engine.passages(a.turn, a.evidence, reading), reading)
            if reading
            else engine.extractive_answer(a.turn)
        )
        scored = score(a.row, answer.model_dump(), corpus, 0.0)
        recall += scored.recall or 0.0
        wrong_week += scored.miss == "wrong week"
    return recall / len(asked), wrong_week, kept


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", type=Path, dest="paths")
    ap.add_argument("--model", default="qwen2.5-1.5b")
    args = ap.parse_args()
    loaded = [sets.load(p) for p in args.paths or [sets.DEV, Path("data/devsets/realtimeqa")]]
    if any(q.role == "held-out" for q in loaded):
        raise SystemExit("the held-out set chooses nothing: choose on development sets only")
    settings = Settings().model_copy(update={"bundled_llm": args.model})
    runs = [(q, *ask_all(q, settings)) for q in loaded]
    grid = {}
    for limits in itertools.product(SUPPORT, SIMILARITY):
        per_set = [outcome(engine, asked, settings_for(q, settings).corpus_dir, limits) for q, engine, asked in runs]
        grid[limits] = per_set
        cells = "  ".join(
            f"{q.name} {r:.3f} ww {w} kept {k}" for (q, _, _), (r, w, k) in zip(runs, per_set, strict=True)
        )
        print(f"support {limits[0]:.2f} similarity {limits[1]:+.2f}: {cells}")

    def rank(limits):
        per_set = grid[limits]
        return (-sum(r for r, _, _ in per_set) / len(per_set), sum(w for _, w, _ in per_set), limits)

    best = min(grid, key=rank)
    print(f"chosen: reader_min_support {best[0]}, reader_min_similarity {best[1]} ({args.model})")


if __name__ == "__main__":
    main()
