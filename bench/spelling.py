"""What spelling correction costs on a large vocabulary: rapidfuzz with a cap on words looked up, beside difflib.

python -m bench.spelling [--vocabulary 60000]

A question of 2,000 characters of words the corpus never uses (the attack of issue 14) is corrected against a
synthetic vocabulary; difflib's cost is measured on a few words and scaled to the same number of lookups.
"""

from __future__ import annotations

import difflib
import json
import random
import string
import time

import typer

from bench.service import ROOT


def main(vocabulary: int = typer.Option(60_000, help="Distinct words in the corpus")) -> None:
    from answer.evidence import MAX_CORRECTIONS, correct_spelling
    from index.terms import TermStats

    rng = random.Random(0)
    words = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 12))) for _ in range(vocabulary)]
    stats = TermStats(" ".join(words[i : i + 50]) for i in range(0, vocabulary, 50))
    vocab = {w: w for w in words}
    question = " ".join("".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 12))) for _ in range(300))[:2000]
    started = time.perf_counter()
    correct_spelling(question, stats, vocab)
    ours = time.perf_counter() - started
    sample = question.split()[:3]
    started = time.perf_counter()
    for w in sample:
        difflib.get_close_matches(w, vocab.keys(), n=1, cutoff=0.8)
    per_word = (time.perf_counter() - started) / len(sample)
    result = {"vocabulary": vocabulary, "question_chars": len(question), "words_looked_up": MAX_CORRECTIONS,
              "ours_s": round(ours, 3), "difflib_per_word_s": round(per_word, 3),
              "difflib_all_words_s": round(per_word * len(set(question.split())), 1)}  # fmt: skip
    (ROOT / "bench" / "results" / "spelling.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    typer.run(main)
