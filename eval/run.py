"""`newsqa eval`: run question sets through systems, print one table per set, keep results, write the report.

Results go to eval/results/<set>.json: the figures of every system, and for our own sets the missed questions.
An outside set's questions and answers are never written there (its licence is unstated); they go to
data/eval/<set>/<system>.jsonl, which git ignores.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from eval import sets, systems
from eval.metrics import Scored, score, summarise
from newsqa.settings import Settings

EVAL_DIR = Path(__file__).resolve().parent
RESULTS = EVAL_DIR / "results"
# system name -> (what runs, bundled model); "extractive" and "bm25" use no LLM
ALL_SYSTEMS = {
    "extractive": ("extractive", None),
    "generative-135m": ("generative", "smollm2-135m"),
    "generative-1.5b": ("generative", "qwen2.5-1.5b"),
    "llamaindex-135m": ("llamaindex", "smollm2-135m"),
    "llamaindex-1.5b": ("llamaindex", "qwen2.5-1.5b"),
    "bm25": ("bm25", None),
}
# llamaindex-1.5b is left out by default: its 2,000-token prompts take about 30 s a question here (ask for it by name)
DEFAULT_SYSTEMS = ("extractive", "generative-135m", "generative-1.5b", "llamaindex-135m", "bm25")
COLUMNS = ("hit@k", "recall", "citation_validity", "citation_precision", "refusal_accuracy", "false_refusals",
           "leaks", "answer_chars", "p50_ms", "p95_ms")  # fmt: skip
console = Console(stderr=True)


def settings_for(qset: sets.QuestionSet, settings: Settings) -> Settings:
    """An outside set is answered over its own corpus, indexed in its own folder under the data folder."""
    if qset.corpus is None:
        return settings
    return settings.model_copy(update={"corpus_dir": qset.corpus, "data_dir": settings.data_dir / "eval" / qset.key})


def build(name: str, settings: Settings, url: str | None) -> systems.System:
    kind, model = ALL_SYSTEMS[name]
    if model:
        settings = settings.model_copy(update={"bundled_llm": model})
    if url:
        if kind not in ("extractive", "generative"):
            raise ValueError(f"{name} runs in process only; --url asks our service")
        return systems.ours_over_http(url, kind)
    if kind == "bm25":
        return systems.bm25_only(settings, settings.top_k)
    engine = engine_for(settings)
    if kind == "llamaindex":
        return systems.plain_llamaindex(settings, engine.indexer.embedding, engine.generator.llm)
    return systems.ours(engine, kind)


def engine_for(settings: Settings):
    from answer.engine import Engine
    from newsqa.cli import run_ingest

    engine = Engine.from_settings(settings)
    if engine.indexer.is_stale():
        run_ingest(settings)
        engine.retriever.refresh()
    return engine


def run_set(qset: sets.QuestionSet, names: tuple[str, ...], settings: Settings, url: str | None = None) -> dict:
    """Every system over one set: {system: (Summary, [Scored])}."""
    settings = settings_for(qset, settings)
    out = {}
    for name in names:
        system = build(name, settings, url)
        scored: list[Scored] = []
        columns = (TextColumn(f"[bold]{qset.name}[/] {name}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn())  # fmt: skip
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task(name, total=len(qset.rows))
            for row in qset.rows:
                started = time.perf_counter()
                result = system(row)
                scored.append(score(row, result, settings.corpus_dir, (time.perf_counter() - started) * 1000))
                bar.advance(task)
        out[name] = (summarise(scored), scored)
        console.print(f"{qset.name} {name}: recall {_fmt(out[name][0].metrics['recall'])}, "
                      f"refusals {_fmt(out[name][0].metrics['refusal_accuracy'])}")  # fmt: skip
    return out


def table(qset: sets.QuestionSet, results: dict) -> Table:
    """Metrics as rows, systems as columns: readable at 80 columns."""
    from eval.report import MISS_CLASSES

    t = Table("metric", *results, title=f"{qset.name} ({qset.role}, {len(qset.rows)} questions)")
    for c in COLUMNS:
        t.add_row(c, *(_fmt(summary.metrics.get(c)) for summary, _ in results.values()))
    for miss in MISS_CLASSES:
        counts = [sum(s.miss == miss for s in scored) for _, scored in results.values()]
        t.add_row(f"misses: {miss}", *(str(n) for n in counts))
    return t


def _fmt(v: float | None) -> str:
    if v is None:
        return "-"
    return f"{v:.0f}" if abs(v) >= 10 else f"{v:.3f}"


def save(qset: sets.QuestionSet, results: dict, settings: Settings) -> Path:
    """Merge this run into eval/results/<set>.json (systems not run now keep their earlier figures)."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{qset.name}.json"
    saved = json.loads(path.read_text()) if path.is_file() else {"systems": {}}
    saved.update(set=qset.name, role=qset.role, questions=len(qset.rows),
                 answerable=sum(bool(r["answerable"]) for r in qset.rows))  # fmt: skip
    own = qset.corpus is None
    for name, (summary, scored) in results.items():
        entry = {"date": dt.date.today().isoformat(), "metrics": summary.metrics,
                 "misses_by_class": dict(Counter(s.miss for s in scored if s.miss))}  # fmt: skip
        if own:  # our questions may be shown; an outside set's may not
            entry["misses"] = [{"id": s.id, "category": s.category, "miss": s.miss, "answer": s.answer[:300]}
                               for s in scored if s.miss]  # fmt: skip
        saved["systems"][name] = entry
    path.write_text(json.dumps(saved, indent=1, ensure_ascii=False) + "\n")
    return path


def detail_path(qset: sets.QuestionSet, name: str, settings: Settings) -> Path:
    """Where a run keeps each question's answer of one system over one set (read by eval/lead_recall.py)."""
    return settings.data_dir / "eval" / qset.key / f"{name}.jsonl"


def save_detail(qset: sets.QuestionSet, results: dict, settings: Settings) -> None:
    """Each question's answer and miss class in data/eval/<set>/<system>.jsonl (git ignores it), written on every
    run: `--no-write` keeps the committed figures, not the evidence of what this run did."""
    for name, (_, scored) in results.items():
        detail = detail_path(qset, name, settings)
        detail.parent.mkdir(parents=True, exist_ok=True)
        detail.write_text("".join(json.dumps(dataclasses.asdict(s), ensure_ascii=False) + "\n" for s in scored))


def main(paths: list[Path], names: tuple[str, ...], settings: Settings, url: str | None = None, write: bool = True):
    loaded = [sets.load(p) for p in paths]
    everything = {}
    for qset in loaded:
        results = run_set(qset, names, settings, url)
        Console().print(table(qset, results))
        everything[qset.name] = results
        save_detail(qset, results, settings)
        if write:
            console.print(f"wrote {save(qset, results, settings)}")
    if write:
        from eval.report import write_report

        write_report(RESULTS, EVAL_DIR / "report.md", EVAL_DIR / "report.png")
        console.print(f"wrote {EVAL_DIR / 'report.md'} and {EVAL_DIR / 'report.png'}")
    return everything
