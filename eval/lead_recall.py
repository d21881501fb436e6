"""`python -m eval.lead_recall`: how often the reader's direct answer holds the answer, where its whole reply does.

Recall is scored on the whole answer: the reader's span, then the passage it comes from, then more evidence. The
passage can hold the answer while the span before it names something else ("Putin [1]. ... Instead, he sent a
delegation headed by his former minister of culture."). This reads the answers the last `newsqa eval` run kept in
data/eval/<set>/<system>.jsonl and counts, among a system's generative answers to answerable questions, those whose
whole answer and those whose direct answer (the text before its first citation, without the label that says whose
and when it is) hold every fact. It chooses nothing.

usage: python -m eval.lead_recall [--set eval/questions.jsonl ...] [--system generative-1.5b]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from eval import sets
from eval.metrics import recall_of
from eval.run import detail_path
from newsqa.settings import Settings

# "As of 12 Jul 2022 (CNN): ..." or "CNN, 27 Jun 2022: ...": the label attribution.py puts before an article's part
_LABEL = re.compile(r"^(?:As of [^:]{1,60}|[^:\[\]]{1,80}\d{4}):\s+")


def lead_of(answer: str) -> str:
    """The direct answer: the text before the first citation, its label left out."""
    return _LABEL.sub("", answer, count=1).split("[1]")[0].strip()


def count(qset: sets.QuestionSet, detail: Path) -> tuple[int, int, int]:
    """(generative answers to answerable questions, whole answers holding every fact, direct answers doing so)."""
    rows = {r["id"]: r for r in qset.rows}
    n = whole = lead = 0
    for line in detail.open(encoding="utf-8"):
        kept = json.loads(line)
        row = rows.get(kept["id"])
        if row is None or not row["answerable"] or kept["mode"] != "generative":
            continue
        n += 1
        whole += recall_of(row, kept["answer"]) == 1.0
        lead += recall_of(row, lead_of(kept["answer"])) == 1.0
    return n, whole, lead


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", type=Path, dest="sets")
    parser.add_argument("--system", default="generative-1.5b")
    args = parser.parse_args()
    settings = Settings()
    for path in args.sets or [Path("eval/questions.jsonl"), Path("eval/fresh.jsonl")]:
        qset = sets.load(path)
        detail = detail_path(qset, args.system, settings)
        if not detail.is_file():
            print(f"{qset.name}: no answers kept for {args.system} (run `newsqa eval --set {path}` first)")
            continue
        n, whole, lead = count(qset, detail)
        print(f"{qset.name} {args.system}: {n} generative answers; the whole answer holds every fact in {whole}, "
              f"the direct answer in {lead}")  # fmt: skip


if __name__ == "__main__":
    main()
