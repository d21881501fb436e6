"""The systems compared on the question set: our pipeline in both modes, plain llama-index, BM25 only.

Each system takes a question row and returns {answer, answered, mode, citations, retrieved}.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from answer.types import Message
from newsqa.settings import Settings

System = Callable[[dict], dict]


def messages_of(row: dict) -> list[Message]:
    if "messages" in row:
        return [Message(**m) for m in row["messages"]]
    return [Message(role="user", content=row["question"])]


def last_question(row: dict) -> str:
    return messages_of(row)[-1].content


def scope_of(row: dict):
    """The question's as-of date (RealTime QA: the quiz date) and the articles it may be answered from (a derived
    near-miss question: eval/nearmiss.py), when the set gives them."""
    from answer.scope import Scope

    given = {k: row[k] for k in ("as_of", "sources") if row.get(k) is not None}
    return Scope(**given) if given else None


def ours(engine, mode: str) -> System:
    def run(row: dict) -> dict:
        return engine.chat(messages_of(row), mode=mode, scope=scope_of(row)).model_dump()

    return run


def ours_over_http(url: str, mode: str) -> System:
    import httpx

    client = httpx.Client(base_url=url, timeout=120)

    def run(row: dict) -> dict:
        body = {"messages": [m.model_dump() for m in messages_of(row)], "mode": mode}
        body.update({k: row[k] for k in ("as_of", "sources") if row.get(k) is not None})
        response = client.post("/api/chat", json=body)
        response.raise_for_status()
        return response.json()

    return run


def _raw_nodes(corpus: Path):
    """SentenceSplitter chunks (llama-index defaults) of the raw files: no cleaning, no deduplication."""
    from llama_index.core import SimpleDirectoryReader
    from llama_index.core.node_parser import SentenceSplitter

    docs = SimpleDirectoryReader(str(corpus), required_exts=[".txt"], filename_as_id=True).load_data()
    for d in docs:
        d.metadata = {"source": Path(d.metadata["file_path"]).name}
    return SentenceSplitter().get_nodes_from_documents(docs)


def _citations(nodes) -> list[dict]:
    out = []
    for i, n in enumerate(nodes, 1):
        node = n.node
        out.append(
            {
                "n": i,
                "source": node.metadata["source"],
                "quote": node.get_content(),
                "start": node.start_char_idx if node.start_char_idx is not None else -1,
                "end": node.end_char_idx if node.end_char_idx is not None else -1,
            }
        )
    return out


def plain_llamaindex(settings: Settings, embedding, llm) -> System:
    """VectorStoreIndex.as_query_engine() over raw chunks, same embedding model and same LLM."""
    from llama_index.core import VectorStoreIndex

    index = VectorStoreIndex(_raw_nodes(settings.corpus_dir), embed_model=embedding)
    engine = index.as_query_engine(llm=llm)

    def run(row: dict) -> dict:
        response = engine.query(last_question(row))
        text = str(response).strip()
        sources = [n.node.metadata["source"] for n in response.source_nodes]
        answered = bool(text) and text != "Empty Response"
        return {
            "answer": text,
            "answered": answered,
            "mode": "llamaindex",
            "citations": _citations(response.source_nodes),
            "retrieved": list(dict.fromkeys(sources)),
        }

    return run


def bm25_only(settings: Settings, top_k: int) -> System:
    """BM25 over raw chunks; the answer is the top chunk, cited as a whole."""
    import Stemmer
    from llama_index.retrievers.bm25 import BM25Retriever

    retriever = BM25Retriever.from_defaults(
        nodes=_raw_nodes(settings.corpus_dir), similarity_top_k=top_k, stemmer=Stemmer.Stemmer("english")
    )

    def run(row: dict) -> dict:
        found = [n for n in retriever.retrieve(last_question(row)) if (n.score or 0) > 0]
        if not found:
            return {"answer": "", "answered": False, "mode": "bm25", "citations": [], "retrieved": []}
        return {
            "answer": found[0].node.get_content(),
            "answered": True,
            "mode": "bm25",
            "citations": _citations(found[:1]),
            "retrieved": list(dict.fromkeys(n.node.metadata["source"] for n in found)),
        }

    return run
