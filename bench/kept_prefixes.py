"""What keeping the model's cache of a recurring prompt prefix saves: the 1.5B reader's judgement of its evidence and
its answer check take turns, question after question, with the prefix cache kept (the default) and without it, in
the same run.

python -m bench.kept_prefixes [--model qwen2.5-1.5b] [--questions 6]

Each question is two prompts of different kinds: the reader's (its instructions, then the evidence and the question)
and the check's (its instructions and worked examples, then the passage, the question and the answer). Without kept
prefixes each prompt is read from its start, as the other kind's prompt took the model's cache; with them, only what
follows the instructions is read. Prints tokens read and milliseconds per question (median), and whether both ways
gave the same probabilities.
"""

from __future__ import annotations

import json
import statistics
import time

import typer
from llama_index.core.llms import ChatMessage

from bench.service import ROOT

RESULT = ROOT / "bench" / "results" / "kept_prefixes.json"

app = typer.Typer(add_completion=False)

QUESTION = "Who offered to host the ceasefire negotiations?"


def units() -> list[str]:
    """Paragraphs of the seed articles, each standing for a question's evidence."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return [p.strip() for p in text.split("\n") if len(p.strip()) > 200]


def run(model: str, questions: int, keep: bool) -> tuple[list[int], list[float], list[float]]:
    from answer import llama_cpp_llm, prompts, reader
    from answer.llm import Generator
    from newsqa.settings import Settings

    budget = llama_cpp_llm.PREFIX_BUDGET
    llama_cpp_llm.PREFIX_BUDGET = budget if keep else 0
    try:
        generator = Generator(Settings(bundled_llm=model, _env_file=None))
        llm = generator.llm
        system = ChatMessage(role="system", content=prompts.render("reader_system"))
        read, ms, probabilities = [], [], []
        for passage in units()[:questions]:
            evidence = prompts.render("reader_user", evidence=f"[1] {passage}", question=QUESTION)
            before, start = llm.tokens_read, time.perf_counter()
            probabilities.append(generator.choice_probability([system, ChatMessage(role="user", content=evidence)]))
            probabilities.append(reader.check(generator, QUESTION, passage, passage.split()[0]))
            read.append(llm.tokens_read - before)
            ms.append((time.perf_counter() - start) * 1000)
        return read, ms, probabilities
    finally:
        llama_cpp_llm.PREFIX_BUDGET = budget


@app.command()
def main(model: str = "qwen2.5-1.5b", questions: int = 6) -> None:
    rows = {}
    for keep in (False, True):
        rows[keep] = run(model, questions, keep)
    print(f"{model}, {questions} questions, each the reader's prompt then the answer check's (after the first two):")
    result = {"model": model, "questions": questions, "measured": time.strftime("%Y-%m-%d")}
    for keep, (read, ms, _) in rows.items():
        tail = slice(2, None)  # the first two questions read every prefix once or twice either way
        name = "kept prefixes" if keep else "no kept prefixes"
        tokens, millis = statistics.median(read[tail]), statistics.median(ms[tail])
        print(f"  {name:17} tokens read {tokens:6.0f}   ms {millis:7.0f}")
        result["kept" if keep else "not_kept"] = {"tokens_read": tokens, "ms": round(millis)}
    same = max(abs(a - b) for a, b in zip(rows[False][2], rows[True][2], strict=True))
    print(f"  largest difference in probability between the two: {same:.2g}")
    result["largest_probability_difference"] = same
    RESULT.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    app()
