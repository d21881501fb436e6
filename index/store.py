"""The chunk store: a Chroma collection of chunks plus a manifest collection that says which chunks are live.

Adding or replacing an article is all or nothing: new chunks are written first (not yet live), then one
manifest record for the article is replaced (the commit point), then chunks no longer listed are deleted.
A crash at any step leaves either the old or the new version live; `sweep()` removes the leftovers.
The manifest also carries a corpus generation, so every process sharing a Chroma server sees a change.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import chromadb
from chromadb.config import Settings as ChromaSettings

from index import units as unit_rules
from index.chunks import Chunk
from newsqa.settings import Settings

GENERATION_ID = "__generation__"
_PLACEHOLDER = [1.0]  # manifest records are never searched; Chroma still wants a vector
_PAGE = 2000


@dataclass(frozen=True)
class StoredChunk:
    id: str
    text: str
    metadata: dict


def _chunk_ids(document: str | None) -> list[str] | None:
    """The chunk ids a manifest record lists, or None when the record is damaged."""
    try:
        ids = json.loads(document or "")
    except ValueError:
        return None
    return ids if isinstance(ids, list) and all(isinstance(i, str) for i in ids) else None


def make_client(settings: Settings):
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_mode == "server":
        return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.data_dir / "chroma"), settings=chroma_settings)


class ChunkStore:
    def __init__(self, settings: Settings):
        self.client = make_client(settings)
        self.chunks = self.client.get_or_create_collection(
            settings.collection, metadata={"hnsw:space": "cosine"}, embedding_function=None
        )
        self.manifest = self.client.get_or_create_collection(f"{settings.collection}_manifest", embedding_function=None)
        # the text of every indexed article version, by sha256: what citations point into, whatever the file holds now
        self.texts = self.client.get_or_create_collection(f"{settings.collection}_texts", embedding_function=None)
        # the vector of every evidence unit of every stored chunk (index/units.py), by chunk id and place
        self.units = self.client.get_or_create_collection(
            f"{settings.collection}_units", metadata={"hnsw:space": "cosine"}, embedding_function=None
        )

    # --- the manifest: which chunk ids are live, per article ---------------------------------
    def live_ids(self) -> dict[str, list[str]]:
        return self.manifest_snapshot()[0]

    def manifest_metadata(self) -> dict[str, dict]:
        """Per live article: title, date, publisher, sha256 of the file, characters, chunks."""
        return self.manifest_snapshot()[1]

    def damaged(self) -> list[str]:
        """Articles whose manifest record cannot be read: not live until the next ingest rewrites them."""
        got = self.manifest.get(include=["documents"])
        return sorted(rid for rid, doc in zip(got["ids"], got["documents"] or [], strict=True)
                      if rid != GENERATION_ID and _chunk_ids(doc) is None)  # fmt: skip

    def manifest_snapshot(self) -> tuple[dict[str, list[str]], dict[str, dict]]:
        """Live chunk ids and metadata per article, read together (one consistent view)."""
        got = self.manifest.get(include=["documents", "metadatas"])
        live, meta = {}, {}
        for rid, doc, m in zip(got["ids"], got["documents"] or [], got["metadatas"], strict=True):
            if rid != GENERATION_ID and (ids := _chunk_ids(doc)) is not None:  # a damaged record is skipped
                live[rid], meta[rid] = ids, dict(m or {})
        return live, meta

    # --- article texts, content-addressed ----------------------------------------------------
    def put_text(self, sha256: str, text: str) -> None:
        if not self.texts.get(ids=[sha256], include=[])["ids"]:
            self.texts.upsert(ids=[sha256], documents=[text], embeddings=[_PLACEHOLDER])

    def text(self, sha256: str) -> str | None:
        got = self.texts.get(ids=[sha256], include=["documents"])
        return got["documents"][0] if got["ids"] else None

    def prune_texts(self) -> int:
        """Delete texts that no article's current or recent versions name. Returns how many."""
        keep = set()
        for m in self.manifest_metadata().values():
            keep.add(m.get("sha256"))
            keep.update(json.loads(m.get("previous", "[]")))
        stored = set(self.texts.get(include=[])["ids"])
        gone = sorted(stored - keep)
        if gone:
            self.texts.delete(ids=gone)
        return len(gone)

    def generation(self) -> str | None:
        got = self.manifest.get(ids=[GENERATION_ID], include=["documents"])
        return got["documents"][0] if got["ids"] else None

    def commit(self, source: str, ids: Sequence[str] | None, metadata: dict | None = None) -> None:
        """Make `ids` the live chunks of `source` (None: the article is gone), then bump the generation."""
        if ids is None:
            self.manifest.delete(ids=[source])
        else:
            self.manifest.upsert(
                ids=[source], documents=[json.dumps(list(ids))], metadatas=[metadata or {}], embeddings=[_PLACEHOLDER]
            )
        self.manifest.upsert(ids=[GENERATION_ID], documents=[uuid.uuid4().hex], embeddings=[_PLACEHOLDER])

    # --- chunks ------------------------------------------------------------------------------
    def stored_ids(self) -> set[str]:
        ids: set[str] = set()
        offset = 0
        while batch := self.chunks.get(include=[], limit=_PAGE, offset=offset)["ids"]:
            ids.update(batch)
            offset += len(batch)
        return ids

    def add(self, chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]]) -> None:
        if chunks:
            self.chunks.upsert(
                ids=[c.id for c in chunks],
                documents=[c.text for c in chunks],
                metadatas=[c.chroma_metadata() for c in chunks],
                embeddings=[list(e) for e in embeddings],
            )

    def delete(self, ids: Sequence[str]) -> None:
        for i in range(0, len(ids), _PAGE):
            part = list(ids[i : i + _PAGE])
            self.units.delete(where={"chunk": {"$in": part}})
            self.chunks.delete(ids=part)

    # --- evidence units' vectors -------------------------------------------------------------
    def add_units(self, ids: Sequence[str], chunk_ids: Sequence[str], embeddings: Sequence[Sequence[float]]) -> None:
        for i in range(0, len(ids), _PAGE):
            self.units.upsert(
                ids=list(ids[i : i + _PAGE]),
                metadatas=[{"chunk": c} for c in chunk_ids[i : i + _PAGE]],
                embeddings=[list(e) for e in embeddings[i : i + _PAGE]],
            )

    def unit_vectors(self, ids: Sequence[str]) -> dict[str, list[float]]:
        """The stored vectors of these units (those not stored are left out)."""
        if not ids:
            return {}
        got = self.units.get(ids=list(ids), include=["embeddings"])
        return {uid: list(e) for uid, e in zip(got["ids"], got["embeddings"], strict=True)}

    def chunks_with_units(self) -> set[str]:
        """The chunks whose units, as today's rules cut them, are stored."""
        return {unit_rules.chunk_of(u) for u in self._unit_ids() if unit_rules.current(u)}

    def _unit_ids(self) -> list[str]:
        found: list[str] = []
        while batch := self.units.get(include=[], limit=_PAGE, offset=len(found))["ids"]:
            found += batch
        return found

    def iter_live(self, live_ids: dict[str, list[str]] | None = None) -> Iterator[StoredChunk]:
        """Every live chunk, ordered by article name and position (read page by page)."""
        live = {i for ids in (live_ids if live_ids is not None else self.live_ids()).values() for i in ids}
        found: list[StoredChunk] = []
        offset = 0
        while True:
            got = self.chunks.get(include=["documents", "metadatas"], limit=_PAGE, offset=offset)
            if not got["ids"]:
                break
            offset += len(got["ids"])
            rows = zip(got["ids"], got["documents"], got["metadatas"], strict=True)
            found += [StoredChunk(*row) for row in rows if row[0] in live]
        yield from sorted(found, key=lambda c: (c.metadata["source"], c.metadata["start"]))

    def sweep(self) -> int:
        """Delete chunks that no manifest record lists (left by an interrupted write), the units of no live chunk, and
        units cut by rules since changed. Returns how many chunks."""
        live = {i for ids in self.live_ids().values() for i in ids}
        orphans = sorted(self.stored_ids() - live)
        self.delete(orphans)
        units = self._unit_ids()
        # units written just before a crash, their chunk never stored
        stray = sorted({unit_rules.chunk_of(u) for u in units} - live)
        for i in range(0, len(stray), _PAGE):
            self.units.delete(where={"chunk": {"$in": stray[i : i + _PAGE]}})
        # cut by rules since changed
        outdated = [u for u in units if not unit_rules.current(u) and unit_rules.chunk_of(u) in live]
        for i in range(0, len(outdated), _PAGE):
            self.units.delete(ids=outdated[i : i + _PAGE])
        return len(orphans)
