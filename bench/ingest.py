"""Ingest throughput against the raw throughput of the same embedding model on the same texts, in one run.

    python -m bench.ingest [--articles 200]

Ingest embeds every chunk and every evidence unit of it (index/units.py), so the raw baseline encodes the same
texts: the chunks, then their units. Target: ingest at least 70% of raw (tokens of the articles' chunks per second).
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import typer

from bench.synthetic import write_corpus
from index.ingest import Indexer
from index.models import embed_model_dir
from index.store import ChunkStore
from index.units import units_of
from newsqa.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def main(articles: int = typer.Option(200, help="Synthetic articles to ingest")) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(ROOT / "seeds", Path(tmp) / "corpus", articles)
        settings = Settings(corpus_dir=corpus, data_dir=Path(tmp) / "data", _env_file=None)
        indexer = Indexer(settings)
        report = indexer.ingest()
        ingest_tps = report.tokens / report.seconds

        live = list(ChunkStore(settings).iter_live())
        texts = [c.text for c in live]
        units = sorted(
            (u.text for c in live for u in units_of(c.text, c.metadata["start"], json.loads(c.metadata["sentences"]))),
            key=len,
        )
        from sentence_transformers import SentenceTransformer

        raw = SentenceTransformer(str(embed_model_dir(settings.embed_model_path)), device="cpu")
        raw.encode(texts[:8])  # warm
        started = time.perf_counter()
        raw.encode(texts, batch_size=settings.embed_batch_size)
        chunk_seconds = time.perf_counter() - started
        raw.encode(units, batch_size=settings.embed_batch_size)
        raw_seconds = time.perf_counter() - started
        raw_tps = report.tokens / raw_seconds

    print(f"articles            {articles}")
    print(f"chunks              {report.added}")
    print(f"tokens              {report.tokens}")
    print(f"ingest              {report.seconds:8.2f} s  {ingest_tps:9.0f} tokens/s  (clean, chunk, embed, store)")
    print(f"units               {len(units)}")
    print(f"raw embedding       {raw_seconds:8.2f} s  {raw_tps:9.0f} tokens/s  (SentenceTransformer.encode only: "
          f"chunks {chunk_seconds:.2f} s, units {raw_seconds - chunk_seconds:.2f} s)")  # fmt: skip
    print(f"ingest / raw        {ingest_tps / raw_tps:8.1%}   target >= 70%")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "ingest.json").write_text(json.dumps({
        "articles": articles, "chunks": report.added, "tokens": report.tokens, "ingest_s": report.seconds,
        "ingest_tokens_per_s": ingest_tps, "raw_s": raw_seconds, "raw_tokens_per_s": raw_tps, "units": len(units),
        "raw_chunks_s": chunk_seconds,
        "ratio": ingest_tps / raw_tps}, indent=2))  # fmt: skip


if __name__ == "__main__":
    typer.run(main)
