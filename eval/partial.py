"""`python -m eval.partial`: questions whose articles say the answer is not known, for development.

"The articles say no date was set" is an answer, not a refusal. Neither our development set nor the RealTime QA split
asks such questions, so `eval/partial.jsonl` holds our own (written for this project, not taken from any set), each
about an article of the RealTime QA development split that says the answer is unclear, undisclosed or not yet known.
Its accepted strings are those few words. This joins them with that split's corpus (a link, never a copy: its
articles stay out of this repository) after checking that every gold article is there and holds an accepted string.
Any other set of our own questions about the split's articles is joined the same way: `eval/forms.jsonl` (the forms
the refusal rules read, "How long ...?", "How old is X?", "What time ...?", written for the seed articles, asked of
other news; and near misses in those forms) with `--questions eval/forms.jsonl --out data/devsets/realtimeqa-forms`.

usage: python -m eval.partial [--questions eval/partial.jsonl] [--corpus-of data/devsets/realtimeqa]
       [--out data/devsets/realtimeqa-partial]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eval import sets
from eval.metrics import contains

QUESTIONS = sets.EVAL_DIR / "partial.jsonl"


def check(rows: list[dict], corpus: Path) -> list[dict]:
    """The rows, once each gold article is found in `corpus` and holds one of the row's accepted strings."""
    for row in rows:
        for name in row["gold"]:
            article = corpus / name
            if not article.is_file():
                raise sets.SetError(f"{row['id']}: {article} is missing: build the RealTime QA split (make devset)")
            if not contains(article.read_text(encoding="utf-8", errors="replace"), row["answers"]):
                raise sets.SetError(f"{row['id']}: {article} holds none of {row['answers']}")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=Path, default=QUESTIONS)
    ap.add_argument("--corpus-of", type=Path, default=Path("data/devsets/realtimeqa"), dest="source")
    ap.add_argument("--out", type=Path, default=Path("data/devsets/realtimeqa-partial"))
    args = ap.parse_args()
    source = sets.load(args.source)
    if source.corpus is None:
        raise SystemExit(f"{args.source}: give a folder set (corpus/ and questions.jsonl)")
    rows = check(sets.load(args.questions).rows, source.corpus)
    sets.write_linked(args.out, source.corpus, rows)
    print(f"wrote {len(rows)} questions of {args.questions} to {args.out}")


if __name__ == "__main__":
    main()
