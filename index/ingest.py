"""Bringing the store in step with the corpus folder: new, changed and removed articles, nothing twice."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from index import units as unit_rules
from index.articles import (
    Article,
    ArticleError,
    check_source_name,
    decode_article,
    parse_article,
    read_article,
    read_bytes_safely,
)
from index.chunks import Chunk, Chunker
from index.files import write_atomically
from index.models import embed_model_dir, load_embedding, load_tokenizer
from index.store import ChunkStore
from index.units import Unit, unit_id, units_of
from newsqa.settings import Settings

# bump when what is read from an article's text changes (title, date, publisher, evidence units): stored articles are
# read again
PARSER_VERSION = "7"
KEEP_VERSIONS = 2  # earlier versions of an article whose text stays served, for citations given just before a write
Progress = Callable[[int, int], None]  # (articles read so far, articles in the corpus folder)


@dataclass
class IngestReport:
    files: int = 0
    skipped: dict[str, str] = field(default_factory=dict)  # file name -> why it was skipped
    articles: dict[str, str] = field(default_factory=dict)  # source -> new | changed | unchanged | removed
    added: int = 0
    unchanged: int = 0
    removed: int = 0
    swept: int = 0
    tokens: int = 0
    seconds: float = 0.0


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class CorpusMissing(RuntimeError):
    """The corpus folder is missing or looks emptied while the index holds articles; nothing was changed."""


class ProtectedArticle(ArticleError):
    """An article of the corpus folder (under version control): not deleted over HTTP."""


class Indexer:
    """Reads the corpus folder, plans chunks, embeds what is new and commits article by article."""

    def __init__(self, settings: Settings, store: ChunkStore | None = None):
        self.settings = settings
        self.store = store or ChunkStore(settings)
        self._model_dir = embed_model_dir(settings.embed_model_path)
        self.tokenize = load_tokenizer(self._model_dir)
        self.chunker = Chunker(settings.chunk_size, settings.chunk_overlap, tokenizer=self.tokenize)

    @functools.cached_property
    def embedding(self):
        """The embedding model, loaded on first use: a staleness check alone never loads it."""
        return load_embedding(self._model_dir, self.settings.embed_batch_size)

    _thread_lock = threading.Lock()

    def check_corpus(self) -> None:
        """CorpusMissing unless both article folders are there (the corpus folder, and the folder of articles written
        over HTTP). A missing folder is created only while the index holds nothing from it: a folder that vanished
        (an unmounted volume, an `rm -rf`) must never read as "every article gone"."""
        meta = self.store.manifest_metadata()
        for folder, kind in ((self.settings.corpus_dir, "corpus"), (self.settings.written_dir, "written")):
            if folder.is_dir():
                continue
            if folder.exists():
                raise CorpusMissing(f"the article folder {folder} is not a folder")
            held = sum(1 for m in meta.values() if m.get("folder", "corpus") == kind)
            if held:
                raise CorpusMissing(
                    f"the article folder {folder} is missing while the index holds {held} articles from it: "
                    "mount or restore it (nothing was changed)"
                )
            folder.mkdir(parents=True)

    def files(self) -> dict[str, Path]:
        """Article name -> file, in name order: the corpus folder, then the written articles, which shadow a corpus
        article of the same name."""
        found = {p.name: p for p in self.settings.corpus_dir.glob("*.txt")}
        found |= {p.name: p for p in self.settings.written_dir.glob("*.txt")}
        return dict(sorted(found.items()))

    @contextlib.contextmanager
    def locked(self):
        """One writer at a time: threads of this process, and other processes sharing the article folders."""
        self.check_corpus()
        with self._thread_lock, open(self.settings.written_dir / ".newsqa-ingest.lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def put(self, source: str, data: bytes) -> IngestReport:
        """Add or replace one article: checked, written atomically to the written-articles folder, then indexed."""
        check_source_name(source)
        parse_article(source, decode_article(source, data, self.settings.max_article_bytes))
        with self.locked():
            write_atomically(self.settings.written_dir / source, data)
            return self._ingest_unlocked(None)

    def remove(self, source: str) -> IngestReport:
        """Delete one written article from its folder and the index. FileNotFoundError if there is no such article;
        ProtectedArticle for an article of the corpus folder, which is changed there, not over HTTP."""
        check_source_name(source)
        with self.locked():
            path = self.settings.written_dir / source
            if not path.is_file():
                if (self.settings.corpus_dir / source).is_file():
                    raise ProtectedArticle(
                        f"{source} is in the corpus folder {self.settings.corpus_dir}, which is not changed over "
                        "HTTP: remove the file there and run newsqa ingest"
                    )
                if source not in self.store.live_ids():
                    raise FileNotFoundError(source)
            path.unlink(missing_ok=True)
            return self._ingest_unlocked(None, allow_empty=True)

    def scan(self, report: IngestReport) -> Iterator[Article]:
        """Every readable article in the corpus folder, one at a time in name order; bad files go to
        `report.skipped`. Only one article is in memory here, whatever the size of the corpus."""
        folder = self.settings.corpus_dir
        if not folder.is_dir():
            raise FileNotFoundError(f"corpus folder {folder} does not exist")
        for path in self.files().values():
            report.files += 1
            try:
                yield read_article(path, self.settings.max_article_bytes)
            except (ArticleError, OSError) as exc:
                report.skipped[path.name] = str(exc)

    def is_stale(self) -> bool:
        """True when the committed articles differ from the readable files in the corpus folder."""
        meta = self.store.manifest_metadata()
        if self.store.damaged():
            return True  # a manifest record cannot be read: rewrite it from the corpus
        if any(m.get("parser") != PARSER_VERSION for m in meta.values()):
            return True  # indexed by an older reading of articles (dates, publishers): read them again
        if any(m.get("units") != unit_rules.UNIT_RULES for m in meta.values()):
            return True  # evidence units cut by other rules: embed them again
        committed = {s: m.get("sha256") for s, m in meta.items()}
        on_disk = {}
        for path in self.files().values():
            try:
                on_disk[path.name] = digest(read_bytes_safely(path, self.settings.max_article_bytes))
            except (ArticleError, OSError):
                continue
        return any(committed.get(name) != h for name, h in on_disk.items()) or bool(set(committed) - set(on_disk))

    def ingest(self, progress: Progress | None = None, allow_empty: bool = False) -> IngestReport:
        """Bring the index in step with the corpus folder. A folder with no readable article while the index holds
        some is refused (CorpusMissing) unless `allow_empty`: deleting every article must be meant."""
        with self.locked():
            return self._ingest_unlocked(progress, allow_empty)

    def _ingest_unlocked(self, progress: Progress | None, allow_empty: bool = False) -> IngestReport:
        """Stream through the corpus: plan each article, embed new chunks in batches, commit each article once
        all its chunks are written. Memory holds a few batches, never the whole corpus."""
        started = time.perf_counter()
        report = IngestReport(swept=self.store.sweep())
        (live, meta), stored = self.store.manifest_snapshot(), self.store.stored_ids()
        with_units = self.store.chunks_with_units()
        total = len(self.files())
        seen: set[bytes] = set()
        present: set[str] = set()
        pending: list[tuple[Article, list[Chunk]]] = []
        new: list[Chunk] = []

        def flush() -> None:
            self._write(new, stored, with_units, report)
            for article, chunks in pending:  # every new chunk of these articles is written: commit them
                self._commit(
                    article, chunks, live.get(article.source, []), stored, report, meta.get(article.source, {})
                )
            pending.clear()
            new.clear()
            if progress:
                progress(report.files, total)

        for article in self.scan(report):
            chunks = self.chunker.chunk_article(article, seen)
            present.add(article.source)
            same = live.get(article.source) == [c.id for c in chunks]
            if same and _comparable(meta.get(article.source)) == self._manifest_meta(article, chunks):
                report.articles[article.source] = "unchanged"
                report.unchanged += len(chunks)
                continue
            pending.append((article, chunks))
            new.extend(c for c in chunks if c.id not in stored or c.id not in with_units)
            if len(new) >= 8 * self.settings.embed_batch_size:
                flush()
        flush()
        if live and not present and not allow_empty:
            raise CorpusMissing(
                f"the corpus folder {self.settings.corpus_dir} holds no readable article while the index holds "
                f"{len(live)}: refusing to delete them all (newsqa ingest --allow-empty if that is meant)"
            )
        for source in self.store.damaged():  # repaired above when its file is there; else it is gone
            if source not in present:
                self.store.commit(source, None)
                report.articles[source] = "removed (damaged record)"
        for source in sorted(set(live) - present):
            self.store.commit(source, None)
            self.store.delete(live[source])
            report.articles[source] = "removed"
            report.removed += len(live[source])
        self.store.prune_texts()
        report.articles = dict(sorted(report.articles.items()))
        report.seconds = time.perf_counter() - started
        return report

    def _write(self, chunks: list[Chunk], stored: set[str], with_units: set[str], report: IngestReport) -> None:
        """Embed and store what these chunks lack: their own vector, their evidence units' vectors, or both."""
        batch = self.settings.embed_batch_size
        # batches of like lengths: little padding
        fresh = sorted((c for c in chunks if c.id not in stored), key=lambda c: len(c.text))
        units = sorted(
            ((unit_id(c.id, u.index), c.id, u.text) for c in chunks if c.id not in with_units for u in _units(c)),
            key=lambda u: len(u[2]),
        )
        for i in range(0, len(units), batch):  # units first: a stored chunk always has its units
            part = units[i : i + batch]
            vectors = self.embedding.get_text_embedding_batch([u[2] for u in part])
            self.store.add_units([u[0] for u in part], [u[1] for u in part], vectors)
        for i in range(0, len(fresh), batch):
            part = fresh[i : i + batch]
            vectors = self.embedding.get_text_embedding_batch([c.text for c in part])
            self.store.add(part, vectors)
            report.added += len(part)
            report.tokens += sum(len(self.tokenize(c.text)) for c in part)

    def _commit(
        self, article: Article, chunks: list[Chunk], old_ids: list[str], stored: set[str], report, old_meta: dict
    ) -> None:
        source = article.source
        ids = [c.id for c in chunks]
        meta = self._manifest_meta(article, chunks)
        self.store.put_text(meta["sha256"], article.text)  # before the commit: a live version always has its text
        if old_meta.get("sha256") and old_meta["sha256"] != meta["sha256"]:
            earlier = [old_meta["sha256"], *json.loads(old_meta.get("previous", "[]"))]
            meta["previous"] = json.dumps(earlier[:KEEP_VERSIONS])
        elif old_meta.get("previous"):
            meta["previous"] = old_meta["previous"]
        self.store.commit(source, ids, meta)
        gone = sorted(set(old_ids) - set(ids))
        self.store.delete(gone)
        report.removed += len(gone)
        report.unchanged += sum(1 for i in ids if i in stored)
        report.articles[source] = "changed" if old_ids else "new"

    def _manifest_meta(self, article: Article, chunks: list[Chunk]) -> dict:
        written = (self.settings.written_dir / article.source).is_file()
        return {
            **article.metadata,
            "folder": "written" if written else "corpus",
            "sha256": digest(article.text.encode("utf-8")),
            "parser": PARSER_VERSION,
            "units": unit_rules.UNIT_RULES,
            "chars": len(article.text),
            "chunks": len(chunks),
        }


def _units(chunk: Chunk) -> list[Unit]:
    return units_of(chunk.text, chunk.start, chunk.sentences)


def _comparable(meta: dict | None) -> dict | None:
    """A manifest record without its version history, to compare with a freshly read article."""
    return None if meta is None else {k: v for k, v in meta.items() if k != "previous"}
