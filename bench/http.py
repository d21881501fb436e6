"""Latency over HTTP on 127.0.0.1 (warm), readiness time, RSS; and our engine beside plain llama-index in process.

python -m bench.http [--requests 200] [--generative 10]
"""

from __future__ import annotations

import functools
import json
import shutil
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import httpx
import typer

from bench.llm_speed import speed
from bench.service import BASELINE, ROOT, newsqa_service, pct, rss_mb

RESULTS = ROOT / "bench" / "results"


def questions() -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "eval" / "questions.jsonl").open()]
    return [r["question"] for r in rows if "question" in r and r["answerable"]]


def streamed(client: httpx.Client, question: str, mode: str) -> tuple[float, float]:
    """One streamed answer: ms to its first text event, and to its done event."""
    started, first = time.perf_counter(), float("nan")
    body = {"messages": [{"role": "user", "content": question}], "mode": mode, "stream": True}
    with client.stream("POST", "/api/chat", json=body) as response:
        for line in response.iter_lines():
            if line.startswith("event: token") and first != first:
                first = (time.perf_counter() - started) * 1000
            elif line.startswith("event: done"):
                break
    return first, (time.perf_counter() - started) * 1000


def timed(fn, *args) -> float:
    started = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - started) * 1000


def over_http(n: int, n_gen: int, tmp: Path) -> dict:
    corpus = tmp / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    env = {"NEWSQA_CORPUS_DIR": str(corpus), "NEWSQA_DATA_DIR": str(tmp / "data")}
    with newsqa_service(env) as (_, _, first_start):
        pass  # the first start builds the index
    qs = questions()
    out: dict = {"first_start_with_indexing_s": round(first_start, 2)}
    with newsqa_service(env, log_path=tmp / "serve.log") as (url, pid, ready_s):
        out["ready_s"] = round(ready_s, 2)
        with httpx.Client(base_url=url, timeout=120) as client:

            def ask(q: str, mode: str = "extractive") -> None:
                client.post("/api/ask", json={"question": q, "mode": mode}).raise_for_status()

            for q in qs[:5]:
                ask(q)
            ext = [timed(ask, qs[i % len(qs)]) for i in range(n)]
            out["extractive_ms"] = {"p50": pct(ext, 50), "p95": pct(ext, 95), "p99": pct(ext, 99), "n": n}
            ttft_x = [streamed(client, qs[i % len(qs)], "extractive")[0] for i in range(n_gen)]
            out["extractive_first_token_ms"] = {"p50": pct(ttft_x, 50), "n": n_gen}
        out["service_rss_mb"] = round(rss_mb(pid), 1)
    out["generative"] = {
        name: generative(env, model, more, qs, n_gen, tmp) for name, (model, more) in configs().items()
    }
    return out


def configs() -> dict[str, tuple[str, dict]]:
    """Each bundled model as served by default, the reader with staged reading the other way round (the best 3 units
    first, or all 6 at once: settings.reader_first_units), and the reader without its answer check (settings
    reader_check), the baselines of the same run."""
    from newsqa.settings import Settings

    staged = Settings.model_fields["reader_first_units"].default
    other = ("all units at once", "0") if staged else ("3 units first", "3")
    return {
        "smollm2-135m": ("smollm2-135m", {}),
        "qwen2.5-1.5b": ("qwen2.5-1.5b", {}),
        f"qwen2.5-1.5b, {other[0]}": ("qwen2.5-1.5b", {"NEWSQA_READER_FIRST_UNITS": other[1]}),
        "qwen2.5-1.5b, no answer check": ("qwen2.5-1.5b", {"NEWSQA_READER_CHECK": "0"}),
    }


def generative(env: dict, model: str, more: dict, qs: list[str], n: int, tmp: Path) -> dict:
    """A service answering generatively by default with one bundled model (loaded at start-up, as `make serve` does),
    with `more` settings: ready time, then for each streamed answer its first text and the whole answer, and RSS with
    the model loaded."""
    raw = model_speed(model)  # the machine's speed at this hour, before the service takes the cores
    env = {**env, "NEWSQA_BUNDLED_LLM": model, "NEWSQA_ANSWER_MODE": "generative", **more}
    with newsqa_service(env, log_path=tmp / f"serve-{model}-{len(more)}.log") as (url, pid, ready_s):
        with httpx.Client(base_url=url, timeout=300) as client:
            streamed(client, qs[0], "generative")  # the first answer pays one-off costs
            runs = [streamed(client, qs[i % len(qs)], "generative") for i in range(1, n + 1)]
        first, whole = [r[0] for r in runs], [r[1] for r in runs]
        return {"ready_s": round(ready_s, 2),
                "ms": {"p50": pct(whole, 50), "p95": pct(whole, 95), "n": n},
                "first_token_ms": {"p50": pct(first, 50), "p95": pct(first, 95), "n": n},
                "service_rss_mb": round(rss_mb(pid), 1), "model_speed": raw}  # fmt: skip


@functools.cache
def model_speed(model: str) -> dict:
    """llama.cpp alone with the model and the service's threads (bench/llm_speed.py), once a run."""
    from newsqa.settings import Settings

    settings = Settings(_env_file=None)
    return speed(model, settings.llm_threads, settings.llm_flash_attn)


def in_process(n: int, tmp: Path) -> dict:
    """Our engine and plain llama-index over the same stored chunks, same embedding model, same LLM."""
    from llama_index.core import VectorStoreIndex
    from llama_index.core.schema import TextNode

    from answer.engine import Engine
    from newsqa.settings import Settings

    corpus = tmp / "corpus"
    settings = Settings(corpus_dir=corpus, data_dir=tmp / "data", _env_file=None, **BASELINE)
    engine = Engine.from_settings(settings)
    nodes = [TextNode(id_=c.id, text=c.text, metadata=c.metadata) for c in engine.retriever.store.iter_live()]
    for node in nodes:
        node.excluded_embed_metadata_keys = list(node.metadata)
        node.excluded_llm_metadata_keys = list(node.metadata)
    plain = VectorStoreIndex(nodes, embed_model=engine.indexer.embedding)
    plain_retriever = plain.as_retriever(similarity_top_k=settings.top_k)
    plain_engine = plain.as_query_engine(llm=engine.generator.llm)
    qs = questions()[:n]
    for q in qs[:3]:
        engine.ask(q)
        plain_retriever.retrieve(q)
    rows = {
        "ours_retrieval": [timed(engine.retriever.hybrid, q) for q in qs],
        "plain_retrieval": [timed(plain_retriever.retrieve, q) for q in qs],
        "ours_extractive": [timed(engine.ask, q) for q in qs],
        "ours_generative": [timed(engine.ask, q, "generative") for q in qs],
        "plain_query_engine": [timed(plain_engine.query, q) for q in qs],
    }
    # the extra chunks the answer may quote (settings.answer_extra_chunks) against none, interleaved on the same
    # questions so both see the machine alike
    extra = settings.answer_extra_chunks
    narrow = Engine(settings.model_copy(update={"answer_extra_chunks": 0}), engine.indexer, engine.retriever,
                    engine.generator)  # fmt: skip
    rows["extractive_extra_chunks"], rows["extractive_no_extra_chunks"] = [], []
    for q in qs * 3:
        rows["extractive_extra_chunks"].append(timed(engine.ask, q))
        rows["extractive_no_extra_chunks"].append(timed(narrow.ask, q))
    # the bonus of a unit that gives what the question's form asks for (answer/forms.py: a second ranking for such a
    # question) against none, interleaved the same way, over every answerable question of the set (the mix of forms
    # and none a user asks; the first few hold hardly a question of a form)
    formless = Engine(settings, engine.indexer, engine.retriever, engine.generator)
    formless.scoring = replace(engine.scoring, form=0.0)
    rows["extractive_form_bonus"], rows["extractive_no_form_bonus"] = [], []
    for q in questions():
        rows["extractive_form_bonus"].append(timed(engine.ask, q))
        rows["extractive_no_form_bonus"].append(timed(formless.ask, q))
    summary = {
        k: {"p50": pct(v, 50), "p95": pct(v, 95), "mean": statistics.fmean(v), "n": len(v)} for k, v in rows.items()
    }
    summary["answer_extra_chunks"] = extra
    summary["ratio_plain_over_ours_extractive"] = (
        summary["plain_query_engine"]["p50"] / summary["ours_extractive"]["p50"]
    )
    summary["ratio_plain_over_ours_generative"] = (
        summary["plain_query_engine"]["p50"] / summary["ours_generative"]["p50"]
    )
    return summary


def main(
    requests: int = typer.Option(200, min=1, help="Extractive requests over HTTP"),
    generative: int = typer.Option(10, min=1, help="Generative requests over HTTP (and streams)"),
    side_by_side: int = typer.Option(10, min=1, help="Questions for the in-process comparison"),
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        result = {"http": over_http(requests, generative, Path(tmp)), "in_process": in_process(side_by_side, Path(tmp))}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "http.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    typer.run(main)
