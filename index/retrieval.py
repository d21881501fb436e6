"""Hybrid retrieval over the live chunks: dense (Chroma) and BM25, fused by reciprocal rank.

The BM25 side is rebuilt from the store whenever the corpus generation in the manifest changes, so
every process sharing a Chroma server answers over the same articles.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import Stemmer
from llama_index.core import VectorStoreIndex
from llama_index.core.llms import MockLLM
from llama_index.core.retrievers import BaseRetriever, QueryFusionRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from llama_index.retrievers.bm25 import BM25Retriever
from llama_index.vector_stores.chroma import ChromaVectorStore

from index.store import ChunkStore


@dataclass(frozen=True)
class Hit:
    """One retrieved chunk and the scores that ranked it."""

    id: str
    text: str
    metadata: dict
    score: float  # fused score (reciprocal rank), or the single retriever's score
    dense: float | None = None  # cosine similarity to the question, when the dense side found it
    bm25: float | None = None


class _Snapshot:
    """What a corpus generation needs in memory: the live ids and a BM25 index over their chunks."""

    def __init__(self, store: ChunkStore, generation: str | None, top_k: int):
        self.generation = generation
        nodes = [TextNode(id_=c.id, text=c.text, metadata=c.metadata) for c in store.iter_live()]
        self.live = {n.id_ for n in nodes}
        self.nodes = {n.id_: n for n in nodes}
        self.articles = store.manifest_metadata()
        self.bm25 = (
            BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=top_k, stemmer=Stemmer.Stemmer("english"))
            if nodes
            else None
        )


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

    def dense(self, query: str | QueryBundle, k: int | None = None) -> list[NodeWithScore]:
        snap = self.snapshot()
        k = k or self.top_k
        found = self._index.as_retriever(similarity_top_k=2 * k).retrieve(query)
        out = []
        for n in found:
            if n.node.node_id in snap.live:
                # Chroma's cosine distance d comes back as exp(-d); give the cosine similarity 1 - d instead.
                n.score = 1.0 + _log(n.score)
                out.append(n)
        return out[:k]

    def bm25(self, query: str | QueryBundle, k: int | None = None) -> list[NodeWithScore]:
        snap = self.snapshot()
        if snap.bm25 is None:
            return []
        snap.bm25.similarity_top_k = min(k or self.top_k, len(snap.live))
        return [n for n in snap.bm25.retrieve(query) if (n.score or 0) > 0]

    def hybrid(self, query: str, k: int | None = None) -> list[Hit]:
        k = k or self.top_k
        bundle = QueryBundle(query_str=query, embedding=self._embedding.get_query_embedding(query))
        dense = {n.node.node_id: n for n in self.dense(bundle, k)}
        lexical = {n.node.node_id: n for n in self.bm25(bundle, k)}
        fusion = QueryFusionRetriever(
            [_Fixed(list(dense.values())), _Fixed(list(lexical.values()))],
            llm=MockLLM(),
            mode="reciprocal_rerank",
            similarity_top_k=k,
            num_queries=1,
            use_async=False,
        )
        hits = []
        for n in fusion.retrieve(bundle):
            nid = n.node.node_id
            hits.append(
                Hit(
                    id=nid,
                    text=n.node.get_content(),
                    metadata=dict(n.node.metadata),
                    score=float(n.score or 0.0),
                    dense=dense[nid].score if nid in dense else None,
                    bm25=lexical[nid].score if nid in lexical else None,
                )
            )
        return hits


class _Fixed(BaseRetriever):
    """A retriever that returns results already computed, so the fusion step runs on them as they are."""

    def __init__(self, nodes: list[NodeWithScore]):
        super().__init__()
        self._nodes = nodes

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return self._nodes


def _log(x: float | None) -> float:
    import math

    return math.log(x) if x and x > 0 else -1.0
