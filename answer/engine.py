"""The answer engine: retrieve, pick evidence sentences, refuse or answer, cite exactly. No HTTP here."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from llama_index.core.llms import ChatMessage

from answer import conversation, prompts
from answer.evidence import Question, Sentence, correct_spelling, focus, score_sentences
from answer.extractive import select
from answer.llm import Generator
from answer.types import Answer, Citation, Message, Mode
from answer.verify import Verified, split_sentences, verify
from index.ingest import Indexer
from index.retrieval import HybridRetriever
from index.store import ChunkStore
from newsqa.settings import Settings

REFUSAL = "The articles do not cover this question."
NOT_IN_ARTICLES = "NOT IN THE ARTICLES"

Event = tuple[str, object]  # ("token", str) | ("citations", list[Citation]) | ("done", Answer)


@dataclass
class _Turn:
    """Everything one question needs between retrieval and the answer text."""

    question: str
    query: str
    evidence: list[Sentence]
    answered: bool
    retrieved: list[str] = field(default_factory=list)
    unknown_names: tuple[str, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)

    def lap(self, name: str, since: float) -> float:
        now = time.perf_counter()
        self.timings[name] = round((now - since) * 1000, 2)
        return now


class Engine:
    def __init__(self, settings: Settings, indexer: Indexer, retriever: HybridRetriever, generator: Generator):
        self.settings = settings
        self.indexer = indexer
        self.retriever = retriever
        self.generator = generator

    @classmethod
    def from_settings(cls, settings: Settings, load_llm: bool = False, llm=None) -> Engine:
        store = ChunkStore(settings)
        indexer = Indexer(settings, store)
        retriever = HybridRetriever(store, indexer.embedding, settings.top_k)
        generator = Generator(settings, llm)
        if load_llm:
            _ = generator.llm
        return cls(settings, indexer, retriever, generator)

    # --- public API ----------------------------------------------------------------------
    def ask(self, question: str, mode: Mode | None = None, top_k: int | None = None) -> Answer:
        return self.chat([Message(role="user", content=question)], mode, top_k)

    def chat(self, messages: list[Message], mode: Mode | None = None, top_k: int | None = None) -> Answer:
        answer = None
        for kind, value in self.stream(messages, mode, top_k):
            if kind == "done":
                answer = value
        assert isinstance(answer, Answer)
        return answer

    def stream(self, messages: list[Message], mode: Mode | None = None, top_k: int | None = None) -> Iterator[Event]:
        """Answer events: text tokens as they are ready, then the citations, then the whole answer."""
        mode = mode or self.settings.answer_mode
        turn = self._prepare(messages, mode, top_k)
        if not turn.answered:
            answer = Answer(answer=REFUSAL, answered=False, mode="refusal", query=turn.query, note=_why_refused(turn))
            yield from _emit(answer, turn)
            return
        if mode == "generative":
            yield from self._generate(turn)
        else:
            yield from _emit(self._extract(turn), turn)

    # --- steps ---------------------------------------------------------------------------
    def _prepare(self, messages: list[Message], mode: Mode, top_k: int | None) -> _Turn:
        t = time.perf_counter()
        question = conversation.last_question(messages)
        snap = self.retriever.snapshot()
        # retrieval looks at the part of the question the articles can speak to, then at the conversation
        focused = [*messages[:-1], Message(role="user", content=focus(question, snap.stats))]
        rule = conversation.rewrite(focused)
        candidates = [rule]
        if mode == "generative" and rule != focused[-1].content:
            condensed = self.generator.complete(conversation.condense_messages(focused))
            candidates.insert(0, conversation.accept_condensed(condensed, focused))
        for query in dict.fromkeys(candidates):  # the LLM's rewrite first; the rule rewrite if it finds nothing
            turn = self._evidence(question, correct_spelling(query, snap.stats, snap.vocabulary), top_k, t, snap)
            if turn.answered:
                break
        return turn

    def _evidence(self, question: str, query: str, top_k: int | None, t: float, snap) -> _Turn:
        turn = _Turn(question=question, query=query, evidence=[], answered=False, started=t)
        t = turn.lap("rewrite", t)
        hits = self.retriever.hybrid(query, top_k or self.settings.top_k)
        turn.retrieved = list(dict.fromkeys(h.metadata["source"] for h in hits))
        t = turn.lap("retrieve", t)
        parsed = Question.parse(query, snap.stats)
        sentences = score_sentences(hits, parsed)
        best = sentences[0] if sentences else None
        turn.answered = bool(
            best
            and not parsed.unknown_names
            and best.coverage >= self.settings.refuse_min_coverage
            and max(h.dense for h in hits) >= self.settings.refuse_min_dense
        )
        turn.evidence = sentences
        turn.unknown_names = parsed.unknown_names
        turn.lap("evidence", t)
        return turn

    def _extract(self, turn: _Turn, note: str | None = None) -> Answer:
        chosen = select(turn.evidence, self.settings.answer_sentences)
        citations = [_citation(i + 1, s) for i, s in enumerate(chosen)]
        text = " ".join(f"{s.text} [{c.n}]" for s, c in zip(chosen, citations, strict=True))
        mode = "extractive_fallback" if note else "extractive"
        return Answer(answer=text, answered=True, mode=mode, citations=citations, query=turn.query, note=note)

    def _generate(self, turn: _Turn) -> Iterator[Event]:
        t = time.perf_counter()
        evidence = select(turn.evidence, self.settings.evidence_sentences) if turn.evidence else []
        evidence = _widen(evidence, turn.evidence, self.settings.evidence_sentences)
        messages = [
            ChatMessage(role="system", content=prompts.render("answer_system")),
            ChatMessage(
                role="user",
                content=prompts.render(
                    "answer_user",
                    evidence="\n".join(f"[{i + 1}] {s.text}" for i, s in enumerate(evidence)),
                    question=turn.question,
                ),
            ),
        ]
        numbering: dict[int, int] = {}  # evidence index (1-based) -> citation number in the answer
        kept: list[Verified] = []
        buffer = ""
        rejected = 0
        texts = [s.text for s in evidence]
        for delta in self.generator.stream(messages):
            if "first_token" not in turn.timings:
                turn.timings["first_token"] = round((time.perf_counter() - turn.started) * 1000, 2)
            buffer += delta
            parts = split_sentences(buffer)
            if len(parts) > 1:  # every sentence but the last is complete
                for sentence in parts[:-1]:
                    before = len(kept)
                    yield from self._keep(sentence, texts, turn, numbering, kept)
                    rejected += len(kept) == before
                buffer = buffer[buffer.rfind(parts[-1]) :] if parts[-1] in buffer else parts[-1]
            if len(kept) >= self.settings.answer_sentences:
                buffer = ""  # enough verified sentences: stop the model here
                break
            if not kept and rejected >= self.settings.llm_patience:
                buffer = ""  # the model went astray from its first sentences on: the extractive answer takes over
                break
        for sentence in split_sentences(buffer):
            yield from self._keep(sentence, texts, turn, numbering, kept)
        turn.lap("generate", t)
        if not kept:
            answer = self._extract(turn, note="the generated text was not supported by the articles")
            yield from _emit(answer, turn)
            return
        order = sorted(numbering.items(), key=lambda kv: kv[1])
        citations = [_citation(n, evidence[i - 1]) for i, n in order]
        text = " ".join(_with_markers(v, numbering) for v in kept)
        answer = Answer(answer=text, answered=True, mode="generative", citations=citations, query=turn.query)
        yield from _emit(answer, turn, stream_text=False)

    def _keep(self, sentence, texts, turn, numbering, kept) -> Iterator[Event]:
        if NOT_IN_ARTICLES.lower() in sentence.lower() or _echoes_prompt(sentence):
            return
        for v in verify(sentence, texts, turn.question):
            if any(v.text == k.text for k in kept):
                continue
            for i in v.cites:
                numbering.setdefault(i, len(numbering) + 1)
            kept.append(v)
            yield ("token", ("" if len(kept) == 1 else " ") + _with_markers(v, numbering))


def _widen(chosen: list[Sentence], ranked: list[Sentence], limit: int) -> list[Sentence]:
    """Fill the evidence list up to `limit` with the next best sentences not yet in it."""
    keys = {s.key for s in chosen}
    return chosen + [s for s in ranked if s.key not in keys][: max(0, limit - len(chosen))]


def _with_markers(v: Verified, numbering: dict[int, int]) -> str:
    body = v.text.rstrip()
    return body + " " + "".join(f"[{numbering[i]}]" for i in v.cites)


def _citation(n: int, s: Sentence) -> Citation:
    return Citation(n=n, source=s.source, title=s.title, quote=s.text, start=s.start, end=s.end, score=s.score)


def _emit(answer: Answer, turn: _Turn, stream_text: bool = True) -> Iterator[Event]:
    if stream_text:
        for piece in re.findall(r"\S+\s*", answer.answer):
            yield ("token", piece)
    answer.retrieved = turn.retrieved
    answer.timings_ms = {**turn.timings, "total": round((time.perf_counter() - turn.started) * 1000, 2)}
    yield ("citations", answer.citations)
    yield ("done", answer)


def _why_refused(turn: _Turn) -> str:
    if turn.unknown_names:
        return f"the articles never mention {', '.join(turn.unknown_names)}"
    return "no sentence in the articles matches the question closely enough"


_PROMPT_NGRAMS: set[tuple[str, ...]] | None = None


def _echoes_prompt(sentence: str, n: int = 6) -> bool:
    """True when the sentence repeats six words in a row of our prompt text."""
    global _PROMPT_NGRAMS
    if _PROMPT_NGRAMS is None:
        w = prompts.all_prompt_text().lower().split()
        _PROMPT_NGRAMS = {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}
    w = sentence.lower().split()
    return any(tuple(w[i : i + n]) in _PROMPT_NGRAMS for i in range(len(w) - n + 1))
