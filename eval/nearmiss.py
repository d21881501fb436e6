"""`python -m eval.nearmiss`: near-miss unanswerable questions derived from an answerable set, for development.

Our own development set's unanswerable questions are far misses (a name or a topic no article mentions); the
held-out set showed that near misses (the story is there, the answer is not) are what gets answered wrongly. An
outside set gives near misses without anyone writing them: each answerable question, asked of its corpus without
the articles that hold its answer. The question is then unanswerable by construction, while the same story's other
reports, of the same week, stay in the corpus. The articles a question may use are given as its `sources` (the
engine's own filter, `Scope.sources`), so the derived set shares its corpus (a link to it, not a copy: an outside
set's articles are never copied) and the built index can be reused.

A gold answer can also be written another way ("U.S." for "United States") in an article that is kept, so a few of
these questions may be answerable after all; every accepted string of the question is removed, nothing more.

usage: python -m eval.nearmiss [--set data/devsets/realtimeqa] [--out data/devsets/realtimeqa-nearmiss]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eval import sets
from eval.metrics import contains


def derive(qset: sets.QuestionSet) -> list[dict]:
    """One unanswerable row per answerable row with `answers`: its sources are the articles of the corpus that hold
    none of its accepted answers (the as-of date still applies on top)."""
    if qset.corpus is None:
        raise sets.SetError(f"{qset.path}: a near-miss set is derived from a folder set (corpus/ and questions.jsonl)")
    files = sorted(qset.corpus.glob("*.txt"))
    texts = {f.name: f.read_text(encoding="utf-8", errors="replace") for f in files}
    rows = []
    for row in qset.rows:
        if not row["answerable"] or not row.get("answers"):
            continue
        kept = [name for name, text in texts.items() if not contains(text, row["answers"])]
        removed = sorted(set(texts) - set(kept))
        rows.append(
            {
                "id": f"{row['id']}-nearmiss",
                "question": row["question"],
                "answerable": False,
                "week": row.get("week"),
                "as_of": row.get("as_of"),
                "sources": kept,
                "removed_files": removed,
                "derived_from": row["id"],
            }
        )
    return rows


def write(qset: sets.QuestionSet, out: Path) -> int:
    rows = derive(qset)
    sets.write_linked(out, qset.corpus, rows)
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=Path("data/devsets/realtimeqa"), dest="path")
    ap.add_argument("--out", type=Path, default=Path("data/devsets/realtimeqa-nearmiss"))
    args = ap.parse_args()
    qset = sets.load(args.path)
    if qset.role == "held-out":
        raise SystemExit("the held-out set chooses nothing: derive near misses from development sets only")
    print(f"wrote {write(qset, args.out)} near-miss unanswerable questions to {args.out}")


if __name__ == "__main__":
    main()
