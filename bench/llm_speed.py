"""How fast llama.cpp alone reads a prompt and writes tokens with a bundled model on this machine, right now.

python -m bench.llm_speed [--model qwen2.5-1.5b] [--threads 1,2] [--flash-attn on,off]

The answer latencies of bench.http depend on the machine's speed at the hour they are measured (the same model read
prompts at 106 tokens/s with 2 threads on 2026-11-23 and at 47 on 2026-12-03): bench.http measures this in the same
run, before each model's service starts, so its figures can be read against it.
"""

from __future__ import annotations

import json
import statistics
import time

import typer

from bench.service import ROOT

PROMPT_TOKENS = 300  # about what the reader's prompt holds beyond its cached system message (6 evidence units)
REPLY_TOKENS = 32
ROUNDS = 3


def speed(model: str, threads: int, flash_attn: bool = True) -> dict:
    """Prompt and generation tokens per second of one bundled model (settings.bundled_llm) with `threads` threads,
    with llama.cpp's fused attention or without: the median of ROUNDS prompts of PROMPT_TOKENS tokens read from
    scratch, and of REPLY_TOKENS greedy tokens after each."""
    from llama_cpp import Llama

    from answer.llm import CONTEXT_WINDOW, bundled_model_file
    from newsqa.settings import Settings

    path = bundled_model_file(Settings(bundled_llm=model, _env_file=None))
    llm = Llama(model_path=str(path), n_threads=threads, n_threads_batch=threads, n_ctx=CONTEXT_WINDOW, n_batch=512,
                flash_attn=flash_attn, seed=0, verbose=False)  # fmt: skip
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    prompt = llm.tokenize(text.encode("utf-8"))[:PROMPT_TOKENS]
    prompt_s, reply_s = [], []
    for _ in range(ROUNDS):
        llm.reset()  # nothing of the last round's prompt is reused
        started = time.perf_counter()
        tokens = llm.generate(prompt, top_k=1, reset=True)
        next(tokens)  # the prompt is read, and the first token sampled
        prompt_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        for _ in zip(range(REPLY_TOKENS), tokens, strict=False):
            pass
        reply_s.append(time.perf_counter() - started)
    return {
        "model": model,
        "threads": threads,
        "flash_attn": flash_attn,
        "prompt_tokens_per_s": round(PROMPT_TOKENS / statistics.median(prompt_s), 1),
        "reply_tokens_per_s": round(REPLY_TOKENS / statistics.median(reply_s), 1),
    }


def main(
    model: list[str] = typer.Option(["qwen2.5-1.5b", "smollm2-135m"], help="Bundled models to measure"),
    threads: str = typer.Option("1,2", help="Thread counts, comma-separated"),
    flash_attn: str = typer.Option("on,off", help="llama.cpp's fused attention: on, off or both, comma-separated"),
) -> None:
    for name in model:
        for n in (int(t) for t in threads.split(",")):
            for fused in flash_attn.split(","):
                print(json.dumps(speed(name, n, fused.strip() == "on")))


if __name__ == "__main__":
    typer.run(main)
