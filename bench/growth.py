"""Growth: a synthetic corpus at 1k, 10k, 100k chunks — ingest throughput and peak RSS, retrieval latency,
service RSS — and a PNG plot against corpus size.

    python -m bench.growth [--sizes 1000,10000,100000]   # --sizes 1000,10000 is the quick variant

Corpora, indexes and ingest figures are cached under bench/cache/ (keyed by the corpus's text hash), so a
rerun only measures retrieval again. Each measurement runs in its own process, so peak RSS is its own.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import typer

from bench.service import ROOT, pct, rss_mb

CACHE = ROOT / "bench" / "cache"
RESULTS = ROOT / "bench" / "results"
app = typer.Typer()


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _settings(corpus: Path, data: Path):
    from bench.service import BASELINE
    from newsqa.settings import Settings

    return Settings(corpus_dir=corpus, data_dir=data, _env_file=None, **BASELINE)


def _corpus_hash(corpus: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(corpus.glob("*.txt")):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


@app.command("ingest-one")
def ingest_one(corpus: Path, data: Path, raw_sample: int = 2000) -> None:
    """(Subprocess) ingest a corpus; then the raw model on a sample of the same chunk texts; print JSON."""
    from rich.progress import Progress

    from index.ingest import Indexer
    from index.models import embed_model_dir
    from index.store import ChunkStore

    settings = _settings(corpus, data)
    resumed = data.exists()  # an interrupted run resumes: the figures then cover the remaining articles only
    with Progress(transient=True) as bar:  # on stderr, so the JSON on stdout stays clean
        task = bar.add_task("ingesting", total=None)
        indexer = Indexer(settings)
        report = indexer.ingest(progress=lambda done, total: bar.update(task, completed=done, total=total))
    peak = _peak_rss_mb()
    texts = ChunkStore(settings).chunks.get(limit=raw_sample, include=["documents"])["documents"]
    from sentence_transformers import SentenceTransformer

    tokenize = indexer.tokenize
    model = SentenceTransformer(str(embed_model_dir()), device="cpu")
    model.encode(texts[:16])
    started = time.perf_counter()
    model.encode(texts, batch_size=settings.embed_batch_size)
    raw_tps = sum(len(tokenize(t)) for t in texts) / (time.perf_counter() - started)
    print(json.dumps({"chunks": report.added + report.unchanged, "tokens": report.tokens,
                      "ingest_s": report.seconds, "ingest_tokens_per_s": report.tokens / max(report.seconds, 1e-9),
                      "raw_tokens_per_s": raw_tps, "ingest_peak_rss_mb": peak, "resumed": resumed}))  # fmt: skip


@app.command("query-one")
def query_one(corpus: Path, data: Path, n: int = 50) -> None:
    """(Subprocess) load the engine over an index; time retrieval and extractive answers; print JSON."""
    from answer.engine import Engine
    from bench.synthetic import seed_sentences

    started = time.perf_counter()
    engine = Engine.from_settings(_settings(corpus, data))
    engine.retriever.snapshot()
    load_s = time.perf_counter() - started
    questions = [" ".join(s.split()[:9]) + "?" for s in seed_sentences(ROOT / "seeds")[:n]]
    for q in questions[:3]:
        engine.ask(q)

    def timed(fn, q):
        t = time.perf_counter()
        fn(q)
        return (time.perf_counter() - t) * 1000

    retrieval = [timed(engine.retriever.hybrid, q) for q in questions]
    answers = [timed(engine.ask, q) for q in questions]
    print(json.dumps({"load_s": load_s, "retrieval_p50_ms": pct(retrieval, 50), "retrieval_p95_ms": pct(retrieval, 95),
                      "ask_p50_ms": pct(answers, 50), "ask_p95_ms": pct(answers, 95),
                      "service_rss_mb": rss_mb(os.getpid(), children=False), "service_peak_rss_mb": _peak_rss_mb()}))  # fmt: skip


def _sub(*args: str) -> dict:
    """Run a measurement in its own process; its stderr (progress, errors) goes straight to ours."""
    out = subprocess.run([sys.executable, "-m", "bench.growth", *args], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    if out.returncode:
        raise RuntimeError(f"bench.growth {args[0]} failed (exit {out.returncode}); its error is printed above")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _chunks_per_article() -> float:
    import tempfile

    from bench.synthetic import write_corpus
    from index.articles import read_article
    from index.chunks import Chunker
    from index.models import embed_model_dir, load_tokenizer

    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(ROOT / "seeds", Path(tmp), 20)
        chunker = Chunker(160, 48, tokenizer=load_tokenizer(embed_model_dir()))
        plan = chunker.plan(read_article(p, 10**7) for p in sorted(corpus.glob("*.txt")))
    return sum(len(v) for v in plan.values()) / len(plan)


@app.command()
def main(sizes: str = "1000,10000,100000") -> None:
    from bench.synthetic import write_corpus

    per_article = _chunks_per_article()
    rows = []
    for size in [int(s) for s in sizes.split(",")]:
        corpus = CACHE / f"corpus-{size}"
        if not corpus.is_dir():
            write_corpus(ROOT / "seeds", corpus, math.ceil(size / per_article))
        key = _corpus_hash(corpus)
        data = CACHE / f"data-{size}-{key}"
        cached = CACHE / f"ingest-{size}-{key}.json"
        if cached.is_file():
            ingest = json.loads(cached.read_text()) | {"cached": True}
        else:
            print(f"ingesting {size} chunks (first run; cached afterwards) …", file=sys.stderr)
            ingest = _sub("ingest-one", str(corpus), str(data))
            ingest["measured"] = time.strftime("%Y-%m-%d")
            cached.write_text(json.dumps(ingest))
        query = _sub("query-one", str(corpus), str(data)) | {"queried": time.strftime("%Y-%m-%d")}
        rows.append({"target_chunks": size, **ingest, **query})
        print(json.dumps(rows[-1]), file=sys.stderr)
    RESULTS.mkdir(exist_ok=True)
    rows = _merge(RESULTS / "growth.json", rows)
    (RESULTS / "growth.json").write_text(json.dumps(rows, indent=2))
    _plot(rows, ROOT / "bench" / "growth.png")
    print(json.dumps(rows, indent=2))


def _merge(path: Path, rows: list[dict]) -> list[dict]:
    """This run's rows, plus earlier rows for sizes not run this time (a quick run keeps the 100k figures)."""
    earlier = json.loads(path.read_text()) if path.is_file() else []
    sizes = {r["target_chunks"] for r in rows}
    return sorted(rows + [r for r in earlier if r["target_chunks"] not in sizes], key=lambda r: r["target_chunks"])


def _plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs = [r["chunks"] for r in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4), dpi=110)
    left.plot(xs, [r["retrieval_p50_ms"] for r in rows], "o-", label="retrieval p50")
    left.plot(xs, [r["retrieval_p95_ms"] for r in rows], "o--", label="retrieval p95")
    left.plot(xs, [r["ask_p50_ms"] for r in rows], "s-", label="extractive answer p50")
    left.axhline(60, color="grey", lw=0.8, ls=":", label="budget: retrieval p50 60 ms")
    left.set(xscale="log", xlabel="chunks in the index", ylabel="ms", title="Latency (in process, warm)")
    left.legend(fontsize=8)
    right.plot(xs, [r["ingest_peak_rss_mb"] for r in rows], "o-", label="ingest peak RSS")
    right.plot(xs, [r["service_rss_mb"] for r in rows], "s-", label="engine RSS after warm-up")
    right.plot(
        xs, [r.get("service_peak_rss_mb", r["service_rss_mb"]) for r in rows], "s:", label="engine peak RSS (loading)"
    )
    right.axhline(1536, color="grey", lw=0.8, ls=":", label="budget: service 1.5 GB")
    right.set(xscale="log", xlabel="chunks in the index", ylabel="MB", title="Memory")
    right.legend(fontsize=8)
    for ax in (left, right):
        ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


if __name__ == "__main__":
    app()
