"""Hybrid retrieval over the live chunks: dense (Chroma) and BM25, fused by reciprocal rank.

The BM25 side is rebuilt from the store whenever the corpus generation in the manifest changes, so
every process sharing a Chroma server answers over the same articles.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import math
import threading
from dataclasses import dataclass

import bm25s
import numpy as np
from llama_index.core import VectorStoreIndex
from llama_index.core.llms import MockLLM
from llama_index.core.retrievers import BaseRetriever, QueryFusionRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from llama_index.core.vector_stores import FilterOperator, MetadataFilter, MetadataFilters
from llama_index.core.vector_stores.utils import metadata_dict_to_node
from llama_index.retrievers.bm25 import BM25Retriever
from llama_index.vector_stores.chroma import ChromaVectorStore

from index.dates import iso_date
from index.names import FullNames
from index.store import ChunkStore
from index.terms import SpellingStemmer, TermStats, words


@dataclass(frozen=True)
class Hit:
    """One retrieved chunk and the scores that ranked it."""

    id: str
    text: str
    metadata: dict
    score: float  # fused score (reciprocal rank), or the single retriever's score
    dense: float  # cosine similarity of the chunk to the question
    bm25: float | None = None  # BM25 score, when the BM25 side found it


class _Snapshot:
    """What a corpus generation needs in memory: the live chunks' metadata and a BM25 index over their text."""

    def __init__(self, store: ChunkStore, generation: str | None, top_k: int):
        self.generation = generation
        live, self.articles = store.manifest_snapshot()  # one view: the chunks and the article versions they cut
        self.dates = {name: iso_date(meta.get("date")) for name, meta in self.articles.items()}
        chunks = list(store.iter_live(live))
        self.metadata = {c.id: c.metadata for c in chunks}  # also the set of live ids
        self.stats = TermStats(c.text for c in chunks)
        self.names = FullNames(c.text for c in chunks)  # who a bare family name is (answer/speakers.py)
        self.vocabulary = {w: w for c in chunks for w in words(c.text) if len(w) >= 4 and w.isalpha()}
        # BM25 sees the text alone (offsets and file names in the metadata are not words of the article)
        nodes = [TextNode(id_=c.id, text=c.text) for c in chunks]
        self.sources = np.array([c.metadata["source"] for c in chunks], dtype=object)  # per BM25 document
        del chunks
        self.bm25 = (
            _BM25.from_defaults(nodes=nodes, similarity_top_k=top_k, stemmer=SpellingStemmer()) if nodes else None
        )
        del nodes
        _release_freed_memory()


def _release_freed_memory() -> None:
    """Building a snapshot churns through the whole corpus; give the freed heap back to the system (glibc only),
    so a worker's resident memory is what it holds, not what it once passed through."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to do
        ctypes.CDLL("libc.so.6").malloc_trim(0)


class HybridRetriever:
    def __init__(self, store: ChunkStore, embedding, top_k: int):
        self.store = store
        self.top_k = top_k
        self._embedding = embedding
        vector_store = ChromaVectorStore(chroma_collection=store.chunks)
        self._index = VectorStoreIndex.from_vector_store(vector_store, embed_model=embedding)
        self._lock = threading.Lock()
        self._snap: _Snapshot | None = None

    def snapshot(self) -> _Snapshot:
        """The current corpus generation, rebuilt if another writer changed it."""
        generation = self.store.generation()
        snap = self._snap
        if snap is None or snap.generation != generation:
            with self._lock:
                if self._snap is None or self._snap.generation != generation:
                    self._snap = _Snapshot(self.store, generation, self.top_k)
                snap = self._snap
        return snap

    def refresh(self) -> None:
        self._snap = None
        self.snapshot()

    def dense(
        self,
        query: str | QueryBundle,
        k: int | None = None,
        sources: frozenset[str] | None = None,
        snap: _Snapshot | None = None,
    ) -> list[NodeWithScore]:
        snap = snap or self.snapshot()
        k = k or self.top_k
        filters = None
        if sources is not None:
            if not sources:
                return []
            filters = MetadataFilters(
                filters=[MetadataFilter(key="source", value=sorted(sources), operator=FilterOperator.IN)]
            )
        found = self._index.as_retriever(similarity_top_k=2 * k, filters=filters).retrieve(query)
        out = []
        for n in found:
            # Kept: a chunk live in the caller's generation, with its text. A chunk a writer deleted while the query
            # ran comes back from Chroma with no metadata and no text (llama-index makes it an empty node); BM25
            # over the snapshot still finds it. The node keeps the metadata Chroma gave it: llama-index's fusion
            # keys nodes by a hash of text and metadata, which then differs from the BM25 side's, so a chunk both
            # sides find is ranked by each side on its own, not by the sum of its two reciprocal ranks. The refusal
            # models and the reader's limits were fitted on that ranking; summing (the snapshot's metadata here),
            # without a refit, answered 2 more near misses of fresh and cost the 1.5B reader a question of
            # `questions` (0.988 -> 0.975); extractive questions and realtimeqa were as they were (2026-12-04).
            if n.node.node_id in snap.metadata and n.node.get_content():
                # Chroma's cosine distance d comes back as exp(-d); give the cosine similarity 1 - d instead.
                n.score = 1.0 + (math.log(n.score) if n.score else -1.0)
                out.append(n)
        return out[:k]

    def bm25(
        self,
        query: str | QueryBundle,
        k: int | None = None,
        sources: frozenset[str] | None = None,
        snap: _Snapshot | None = None,
    ) -> list[NodeWithScore]:
        snap = snap or self.snapshot()
        if snap.bm25 is None or (sources is not None and not sources):
            return []
        mask = np.isin(snap.sources, list(sources)).astype(np.float32) if sources is not None else None
        query_str = query.query_str if isinstance(query, QueryBundle) else query
        found = [n for n in snap.bm25.search(query_str, min(k or self.top_k, len(snap.metadata)), mask) if n.score > 0]
        for n in found:
            n.node.metadata = dict(snap.metadata[n.node.node_id])
        return found

    def hybrid(
        self,
        query: str,
        k: int | None = None,
        vector: list[float] | None = None,
        sources: frozenset[str] | None = None,
        snap: _Snapshot | None = None,
    ) -> list[Hit]:
        """The top `k` chunks by reciprocal rank fusion of the dense and the BM25 ranking; `vector` is the query's
        embedding when the caller has it already; `sources` (when given) are the only articles searched; `snap` is
        the corpus generation the caller reads article versions from (so offsets and versions agree)."""
        k = k or self.top_k
        return self.hybrid_widths(query, (k,), vector, sources, snap)[0]

    def hybrid_widths(
        self,
        query: str,
        widths: tuple[int, ...],
        vector: list[float] | None = None,
        sources: frozenset[str] | None = None,
        snap: _Snapshot | None = None,
    ) -> list[list[Hit]]:
        """`hybrid` at each of `widths`, from one dense and one BM25 search at the widest: the fusion at width w reads
        the top w of each side, as a search at w would return them."""
        snap = snap or self.snapshot()
        vector = vector or self._embedding.get_query_embedding(query)
        bundle = QueryBundle(query_str=query, embedding=vector)
        widest = max(widths)
        dense_nodes, lexical_nodes = self.dense(bundle, widest, sources, snap), self.bm25(bundle, widest, sources, snap)
        # the fusion step overwrites node scores in place: keep each side's own scores, and fuse copies
        dense = {n.node.node_id: float(n.score or 0.0) for n in dense_nodes}
        lexical = {n.node.node_id: float(n.score or 0.0) for n in lexical_nodes}
        return [self._fuse(bundle, w, dense_nodes[:w], lexical_nodes[:w], dense, lexical) for w in widths]

    def _fuse(
        self,
        bundle: QueryBundle,
        k: int,
        dense_nodes: list[NodeWithScore],
        lexical_nodes: list[NodeWithScore],
        dense: dict[str, float],
        lexical: dict[str, float],
    ) -> list[Hit]:
        if not dense_nodes and not lexical_nodes:
            return []
        fusion = QueryFusionRetriever(
            [_Fixed([NodeWithScore(node=n.node, score=dense[n.node.node_id]) for n in dense_nodes]),
             _Fixed([NodeWithScore(node=n.node, score=lexical[n.node.node_id]) for n in lexical_nodes])],
            llm=MockLLM(),
            mode="reciprocal_rerank",
            similarity_top_k=k,
            num_queries=1,
            use_async=False,
        )  # fmt: skip
        fused = fusion.retrieve(bundle)
        found = {n.node.node_id for n in dense_nodes}
        lexical = {n.node.node_id: lexical[n.node.node_id] for n in lexical_nodes}  # this width's BM25 side only
        cosines = self._cosines(bundle.embedding, [n.node.node_id for n in fused if n.node.node_id not in found])
        return [
            Hit(
                id=(nid := n.node.node_id),
                text=n.node.get_content(),
                metadata=dict(n.node.metadata),
                score=float(n.score or 0.0),
                dense=dense[nid] if nid in found else cosines.get(nid, 0.0),  # 0: replaced since the snapshot
                bm25=lexical.get(nid),
            )
            for n in fused
        ]

    def _cosines(self, vector: list[float], ids: list[str]) -> dict[str, float]:
        """Cosine similarity of stored chunks to the question, for chunks only BM25 found."""
        if not ids:
            return {}
        got = self.store.chunks.get(ids=ids, include=["embeddings"])
        q = np.asarray(vector, dtype=np.float32)
        out = {}
        for cid, emb in zip(got["ids"], got["embeddings"], strict=True):
            e = np.asarray(emb, dtype=np.float32)
            out[cid] = float(q @ e / (np.linalg.norm(q) * np.linalg.norm(e) + 1e-9))
        return out


class _BM25(BM25Retriever):
    """llama-index's BM25 retriever with the number of results and a document mask given per call, so one
    retriever serves concurrent questions with different filters (its own `_retrieve` reads both from shared
    attributes)."""

    def search(self, query: str, k: int, mask: np.ndarray | None) -> list[NodeWithScore]:
        tokens = bm25s.tokenize(query, stemmer=self.stemmer, token_pattern=self.token_pattern, show_progress=False)
        k = min(k, int(mask.sum()) if mask is not None else k)
        if k <= 0:
            return []
        indexes, scores = self.bm25.retrieve(tokens, k=k, show_progress=False, weight_mask=mask)
        return [
            NodeWithScore(node=metadata_dict_to_node(self.corpus[int(i)]), score=float(score))
            for i, score in zip(indexes[0], scores[0], strict=True)
        ]


class _Fixed(BaseRetriever):
    """A retriever that returns results already computed, so the fusion step runs on them as they are."""

    def __init__(self, nodes: list[NodeWithScore]):
        super().__init__()
        self._nodes = nodes

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return self._nodes
