"""What time handling costs: extractive answers with it on and off, side by side in one run, in process.

Both engines share the index and the models; questions alternate between them (on, off, off, on, ...) so machine
noise falls on both alike. Over the seed corpus and its development questions, and over the RealTime QA development
split when it is built (`make devset`), where each question carries its quiz date as `as_of`.

python -m bench.timeaware [--rounds 3]
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress

from bench.service import BASELINE, ROOT, pct

RESULTS = ROOT / "bench" / "results"
RTQA = ROOT / "data" / "devsets" / "realtimeqa"
console = Console(stderr=True)


def compare(engine, rows: list[dict], rounds: int, label: str) -> dict:
    from answer.engine import Engine
    from eval.systems import messages_of, scope_of

    off = Engine(engine.settings.model_copy(update={"time_aware": False}), engine.indexer, engine.retriever,
                 engine.generator)  # fmt: skip
    on = engine
    timings: dict[str, list[float]] = {"on": [], "off": []}
    for row in rows[:3]:  # warm both
        on.chat(messages_of(row), scope=scope_of(row))
        off.chat(messages_of(row), scope=scope_of(row))
    with Progress(console=console, transient=True) as bar:
        task = bar.add_task(f"{label}: {len(rows) * rounds * 2} answers (about a minute)", total=len(rows) * rounds)
        for r in range(rounds):
            for i, row in enumerate(rows):
                order = [("on", on), ("off", off)] if (i + r) % 2 == 0 else [("off", off), ("on", on)]
                for name, e in order:
                    started = time.perf_counter()
                    e.chat(messages_of(row), scope=scope_of(row))
                    timings[name].append((time.perf_counter() - started) * 1000)
                bar.advance(task)
    out = {k: {"p50": round(pct(v, 50), 1), "p95": round(pct(v, 95), 1), "n": len(v)} for k, v in timings.items()}
    out["added_p50_ms"] = round(out["on"]["p50"] - out["off"]["p50"], 1)
    return out


def main(rounds: int = typer.Option(3, help="Passes over each question set")) -> None:
    from answer.engine import Engine
    from eval import sets
    from eval.run import engine_for, settings_for
    from newsqa.settings import Settings

    result = {}
    with tempfile.TemporaryDirectory() as tmp:
        seeds = sets.load(sets.DEV)
        settings = Settings(corpus_dir=ROOT / "seeds", data_dir=Path(tmp) / "data", _env_file=None, **BASELINE)
        engine = Engine.from_settings(settings)
        engine.indexer.ingest()
        result["seeds"] = compare(engine, seeds.rows, rounds, "seeds")
    if RTQA.is_dir():
        rtqa = sets.load(RTQA)
        engine = engine_for(settings_for(rtqa, Settings(data_dir=ROOT / "data", _env_file=None, **BASELINE)))
        result["realtimeqa"] = compare(engine, rtqa.rows, rounds, "realtimeqa")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "timeaware.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    typer.run(main)
