"""Load on 127.0.0.1, bounded in count and time.

    python -m bench.load throughput [--requests 500 --concurrency 32]   # /api/ask against serve --workers 2
    python -m bench.load mixed [--seconds 60 --concurrency 32]          # questions, chats, streams, updates
    python -m bench.load abandoned [--generative 60]                    # hung-up generative clients

Both run `newsqa serve --workers 2` over a real `chroma run` server, with rate limiting off
(NEWSQA_RATE_LIMIT_PER_MINUTE=0: all load comes from one address).
"""

from __future__ import annotations

import asyncio
import json
import random
import shutil
import tempfile
import time
from pathlib import Path

import httpx
import typer

from bench.service import ROOT, chroma_server, newsqa_service, pct, rss_mb

RESULTS = ROOT / "bench" / "results"
KEY = "bench-key"
app = typer.Typer()


def _questions() -> list[dict]:
    return [json.loads(line) for line in (ROOT / "eval" / "questions.jsonl").open()]


def _setup(tmp: Path, chroma_port: int) -> dict[str, str]:
    from index.ingest import Indexer
    from newsqa.settings import Settings

    corpus = tmp / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    env = {"NEWSQA_CORPUS_DIR": str(corpus), "NEWSQA_DATA_DIR": str(tmp / "data"), "NEWSQA_CHROMA_MODE": "server",
           "NEWSQA_CHROMA_PORT": str(chroma_port), "NEWSQA_API_KEY": KEY, "NEWSQA_RATE_LIMIT_PER_MINUTE": "0",
           "NEWSQA_COLLECTION": "bench"}  # fmt: skip
    Indexer(Settings(corpus_dir=corpus, data_dir=tmp / "data", chroma_mode="server", chroma_port=chroma_port,
                     collection="bench", _env_file=None)).ingest()  # fmt: skip
    return env


async def _throughput(url: str, total: int, concurrency: int) -> dict:
    qs = [r["question"] for r in _questions() if "question" in r]
    latencies, statuses = [], []
    sem = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=120) as client:

        async def one(i: int):
            async with sem:
                started = time.perf_counter()
                try:
                    r = await client.post("/api/ask", json={"question": qs[i % len(qs)]})
                    statuses.append(r.status_code)
                except httpx.HTTPError:
                    statuses.append(0)
                latencies.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(total)))
        seconds = time.perf_counter() - started
    errors = sum(s != 200 for s in statuses)
    return {"requests": total, "concurrency": concurrency, "seconds": round(seconds, 2),
            "requests_per_s": round(total / seconds, 1), "errors": errors, "p50_ms": pct(latencies, 50),
            "p95_ms": pct(latencies, 95)}  # fmt: skip


@app.command()
def throughput(requests: int = 500, concurrency: int = 32, workers: int = 2) -> None:
    with tempfile.TemporaryDirectory() as tmp, chroma_server(Path(tmp) / "chroma") as port:
        env = _setup(Path(tmp), port)
        with newsqa_service(env, workers=workers, log_path=Path(tmp) / "serve.log") as (url, pid, _):
            result = asyncio.run(_throughput(url, requests, concurrency))
            result["workers"] = workers
            result["service_rss_mb"] = round(rss_mb(pid), 1)
    _save("throughput", result)


async def _mixed(url: str, seconds: float, concurrency: int) -> dict:
    rows = _questions()
    deadline = time.monotonic() + seconds
    counts: dict[str, int] = {}
    statuses: dict[int, int] = {}
    expected: dict[str, bool] = {}  # synthetic article -> should exist at the end
    locks = {f"load_{i}.txt": asyncio.Lock() for i in range(4)}
    rng = random.Random(1)
    citations = {"checked": 0, "wrong": 0}

    async def record(kind: str, response: httpx.Response):
        counts[kind] = counts.get(kind, 0) + 1
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

    async with httpx.AsyncClient(base_url=url, timeout=120) as client:

        async def worker(w: int):
            while time.monotonic() < deadline:
                row = rng.choice(rows)
                messages = row.get("messages") or [{"role": "user", "content": row["question"]}]
                kind = ["ask", "chat", "stream", "openai", "update"][w % 5]
                if kind == "ask":
                    r = await client.post("/api/ask", json={"question": messages[-1]["content"]})
                    await record(kind, r)
                    if r.status_code == 200:  # every citation against the version of the text it names
                        for c in r.json()["citations"]:
                            got = await client.get(f"/api/sources/{c['source']}", params={"version": c["version"]})
                            if got.status_code == 200:
                                citations["checked"] += 1
                                citations["wrong"] += got.json()["text"][c["start"] : c["end"]] != c["quote"]
                elif kind == "chat":
                    await record(kind, await client.post("/api/chat", json={"messages": messages}))
                elif kind == "stream":
                    async with client.stream("POST", "/api/chat", json={"messages": messages, "stream": True}) as r:
                        body = (await r.aread()).decode()
                        await record(kind, r)
                        if "event: done" not in body:
                            statuses[-1] = statuses.get(-1, 0) + 1  # a stream that did not finish
                elif kind == "openai":
                    body = {"model": "x", "messages": messages}
                    await record(kind, await client.post("/v1/chat/completions", json=body))
                else:
                    name = rng.choice(list(locks))
                    async with locks[name]:
                        if rng.random() < 0.7:
                            text = f"Update {rng.randint(1, 10**6)}\n\nThe harbour of Kelmar counted {rng.randint(2, 999)} ships on Monday."
                            r = await client.post(
                                "/api/sources", json={"name": name, "text": text}, headers={"X-API-Key": KEY}
                            )
                            if r.status_code == 200:
                                expected[name] = True
                        else:
                            r = await client.delete(f"/api/sources/{name}", headers={"X-API-Key": KEY})
                            if r.status_code in (200, 404):
                                expected[name] = False
                        await record(kind, r)

        started = time.perf_counter()
        await asyncio.gather(*(worker(w) for w in range(concurrency)))
        elapsed = time.perf_counter() - started
        listed = {s["source"] for s in (await client.get("/api/sources")).json()}
    seeds = {p.name for p in (ROOT / "seeds").glob("*.txt")}
    lost = sorted((seeds | {n for n, e in expected.items() if e}) - listed)
    ghosts = sorted({n for n, e in expected.items() if not e} & listed)
    return {"seconds": round(elapsed, 1), "concurrency": concurrency, "requests": sum(counts.values()),
            "by_kind": counts, "statuses": {str(k): v for k, v in sorted(statuses.items())},
            "server_errors": sum(v for k, v in statuses.items() if k >= 500 or k == -1),
            "lost_articles": lost, "deleted_but_listed": ghosts, "citations": citations}  # fmt: skip


def _consistency(env: dict[str, str]) -> dict:
    from index.store import ChunkStore
    from newsqa.settings import Settings

    settings = Settings(corpus_dir=Path(env["NEWSQA_CORPUS_DIR"]), data_dir=Path(env["NEWSQA_DATA_DIR"]),
                        chroma_mode="server", chroma_port=int(env["NEWSQA_CHROMA_PORT"]), collection="bench",
                        _env_file=None)  # fmt: skip
    store = ChunkStore(settings)
    live = store.live_ids()
    stored = store.stored_ids()
    from index.ingest import Indexer

    files = set(Indexer(settings, store).files())
    return {"articles": len(live), "orphan_chunks": len(stored - {i for ids in live.values() for i in ids}),
            "missing_chunks": len({i for ids in live.values() for i in ids} - stored),
            "files_without_index": sorted(files - set(live)), "index_without_files": sorted(set(live) - files)}  # fmt: skip


@app.command()
def mixed(seconds: float = 60, concurrency: int = 32, workers: int = 2) -> None:
    with tempfile.TemporaryDirectory() as tmp, chroma_server(Path(tmp) / "chroma") as port:
        env = _setup(Path(tmp), port)
        log = Path(tmp) / "serve.log"
        with newsqa_service(env, workers=workers, log_path=log) as (url, _, _):
            result = asyncio.run(_mixed(url, seconds, concurrency))
        result["consistency"] = _consistency(env)
        if result["server_errors"]:
            shutil.copy(log, RESULTS / "mixed-serve.log")
    _save("mixed", result)


async def _abandoned(url: str, n_generative: int, give_up_s: float, probes: int) -> dict:
    """`n_generative` generative asks, each abandoned by its client after `give_up_s`, while /healthz and extractive
    asks are timed one after another; then the same probes with the model idle, as the baseline."""
    qs = [r["question"] for r in _questions() if "question" in r and r["answerable"]]

    async def probe_series(client: httpx.AsyncClient) -> dict[str, list[float]]:
        out: dict[str, list[float]] = {"healthz": [], "extractive": []}
        for i in range(probes):
            started = time.perf_counter()
            (await client.get("/healthz")).raise_for_status()
            out["healthz"].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            (await client.post("/api/ask", json={"question": qs[i % len(qs)]})).raise_for_status()
            out["extractive"].append((time.perf_counter() - started) * 1000)
        return out

    outcomes: dict[str, int] = {}

    async def abandon(client: httpx.AsyncClient, i: int) -> None:
        try:
            r = await client.post("/api/ask", json={"question": qs[i % len(qs)], "mode": "generative"},
                                  timeout=give_up_s)  # fmt: skip
            outcomes[str(r.status_code)] = outcomes.get(str(r.status_code), 0) + 1
        except httpx.TimeoutException:
            outcomes["abandoned"] = outcomes.get("abandoned", 0) + 1

    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        idle = await probe_series(client)
        generative = [asyncio.create_task(abandon(client, i)) for i in range(n_generative)]
        await asyncio.sleep(0.2)
        busy = await probe_series(client)
        await asyncio.gather(*generative)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:  # the model drains what it admitted; abandoned answers are dropped
            queue = (await client.get("/readyz")).json()["llm_queue"]
            if not queue["in_flight"]:
                break
            await asyncio.sleep(0.5)

    def stats(v: list[float]) -> dict:
        return {"p50": round(pct(v, 50), 1), "p95": round(pct(v, 95), 1), "n": len(v)}

    return {"generative_requests": n_generative, "client_gives_up_s": give_up_s, "outcomes": outcomes,
            "llm_queue_after": queue, "during": {k: stats(v) for k, v in busy.items()},
            "idle": {k: stats(v) for k, v in idle.items()}}  # fmt: skip


@app.command()
def abandoned(generative: int = 60, give_up_s: float = 2.0, probes: int = 40) -> None:
    """Hung-up generative clients against one worker with the bundled model; extractive latency during it."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        shutil.copytree(ROOT / "seeds", corpus)
        env = {"NEWSQA_CORPUS_DIR": str(corpus), "NEWSQA_DATA_DIR": str(Path(tmp) / "data"),
               "NEWSQA_RATE_LIMIT_PER_MINUTE": "0"}  # fmt: skip
        with newsqa_service(env, log_path=Path(tmp) / "serve.log") as (url, _, _):
            result = asyncio.run(_abandoned(url, generative, give_up_s, probes))
    _save("abandoned", result)


def _save(name: str, result: dict) -> None:
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    app()
