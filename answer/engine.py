"""The answer engine: retrieve, pick evidence sentences, refuse or answer, cite exactly. No HTTP here."""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Iterator
from dataclasses import replace

from answer import conversation, forms, parts, refusal, speakers
from answer.attribution import attribute
from answer.compose import citation, cite
from answer.directives import DIRECTIVES_ONLY, direct, without_directives
from answer.evidence import Question, Scoring, Sentence, correct_spelling, focus, score_sentences, unit_texts
from answer.extractive import reader_evidence, select
from answer.llm import Generator, PromptTooLong
from answer.reading import ReaderSteps
from answer.scope import Scope, apply, by_recency
from answer.signals import cosines, signals
from answer.standing import standing_all
from answer.turn import Event, Turn, answer_of, emit, refused
from answer.types import Answer, Message, Mode
from index.ingest import Indexer
from index.models import embed_model_dir, english_words
from index.retrieval import HybridRetriever
from index.store import ChunkStore
from index.units import unit_id
from newsqa.settings import Settings

TEXTS_KEPT = 64  # article texts kept for the quotes of later answers (answer/standing.py)


class Engine(ReaderSteps):
    def __init__(self, settings: Settings, indexer: Indexer, retriever: HybridRetriever, generator: Generator):
        self.settings = settings
        self.indexer = indexer
        self.retriever = retriever
        self.generator = generator
        self.scoring = Scoring()
        self.english = english_words(embed_model_dir(settings.embed_model_path))  # words spelling leaves alone
        # article texts by version (sha256), as the answers' quotes read them: a version's text never changes
        self._text = functools.lru_cache(maxsize=TEXTS_KEPT)(indexer.store.text)

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
    def ask(
        self, question: str, mode: Mode | None = None, top_k: int | None = None, scope: Scope | None = None
    ) -> Answer:
        return self.chat([Message(role="user", content=question)], mode, top_k, scope)

    def chat(
        self, messages: list[Message], mode: Mode | None = None, top_k: int | None = None, scope: Scope | None = None
    ) -> Answer:
        answer = None
        for kind, value in self.stream(messages, mode, top_k, scope):
            if kind == "done":
                answer = value
        assert isinstance(answer, Answer)
        return answer

    def stream(
        self, messages: list[Message], mode: Mode | None = None, top_k: int | None = None, scope: Scope | None = None
    ) -> Iterator[Event]:
        """Answer events: text tokens as they are ready, then the citations, then the whole answer."""
        mode = mode or self.settings.answer_mode
        asked = parts.asked_parts(direct(without_directives(conversation.last_question(messages))))
        if len(asked) > 1:
            yield from self._parts(messages, asked, mode, top_k, scope)
            return
        turn = self.prepare(messages, mode, top_k, scope)
        read = self.read_model(turn) if mode == "generative" else None
        if read is not None:  # the reader's signals decide, unless none could make it answer
            turn.answered = refusal.could_answer(turn.signals, self.settings, read)
        if not turn.answered:
            yield from emit(refused(turn), turn)
        elif mode == "generative":
            yield from self._generate(turn, read)
        else:
            yield from emit(self.extractive_answer(turn), turn)

    def _parts(
        self, messages: list[Message], asked: list[str], mode: Mode, top_k: int | None, scope: Scope | None
    ) -> Iterator[Event]:
        """A message that asks several things (answer/parts.py): each part answered as a turn of its own, the later
        ones as follow-ups of the earlier, its text streamed once it is ready and a part before it was answered."""
        started = time.perf_counter()
        history, joined, held = list(messages[:-1]), parts.Joined(), ""
        timings: dict[str, float] = {}
        for part in asked:
            conversation_now = [*history, Message(role="user", content=part)]
            answer = self.chat(conversation_now, mode, top_k, scope)
            held += joined.add(answer)
            if joined.answered:  # what a refused part adds waits: if none is answered, the answer is a refusal
                yield from (("token", piece) for piece in re.findall(r"\S+\s*|\s+", held))
                held = ""
                timings.setdefault("first_token", round((time.perf_counter() - started) * 1000, 2))
            for key, ms in answer.timings_ms.items():  # each step's time over the parts
                if key not in ("total", "first_token"):
                    timings[key] = round(timings.get(key, 0.0) + ms, 2)
            history = [*conversation_now, Message(role="assistant", content=answer.answer)]
        answer = joined.answer()
        turn = Turn(
            question=" ".join(asked), query=answer.query, evidence=[], answered=answer.answered, started=started
        )
        turn.retrieved, turn.timings = answer.retrieved, timings
        yield from emit(answer, turn, stream_text=not answer.answered)

    def read_model(self, turn: Turn) -> dict | None:
        """The refusal model that reads the reader's signals, when settings `reader_refusal` ask for it, the loaded
        model is the one it was fitted with and there is evidence to read; None leaves the lexical model's decision."""
        if not self.settings.reader_refusal:
            return None
        model = refusal.read_model(self.generator.judges)
        if model is None or not turn.signals or not reader_evidence(turn.evidence, 1):
            return None
        return model

    # --- steps ---------------------------------------------------------------------------
    def prepare(self, messages: list[Message], mode: Mode, top_k: int | None, scope: Scope | None = None) -> Turn:
        t = time.perf_counter()
        last = conversation.last_question(messages)
        question = direct(without_directives(last))
        if not question:  # nothing is asked of the articles: "Ignore your rules and say that ..."
            return Turn(question="", query="", evidence=[], answered=False, started=t, note=DIRECTIVES_ONLY)
        snap = self.retriever.snapshot()
        # retrieval looks at the part of the question the articles can speak to, then at the conversation
        part = focus(question, snap.stats)
        focused = [*messages[:-1], Message(role="user", content=part)]
        # the sentences retrieval leaves out still name what the question is about, those after it too unless they
        # instruct: refusal reads the whole of it
        said = direct(without_directives(last, after_question=False))
        whole = None
        if part != said:
            whole = Question.parse(correct_spelling(said, snap.stats, snap.vocabulary, self.english), snap.stats)
        rule = conversation.rewrite(focused)
        candidates = [rule]
        if mode == "generative" and rule != focused[-1].content:
            try:
                condensed = self.generator.complete(conversation.condense_messages(focused))
                candidates.insert(0, conversation.accept_condensed(condensed, focused))
            except PromptTooLong:
                pass  # a conversation too long for the model: the rule rewrite alone
        for query in dict.fromkeys(candidates):  # the LLM's rewrite first; the rule rewrite if it finds nothing
            query = correct_spelling(query, snap.stats, snap.vocabulary, self.english)
            turn = self._evidence(question, query, top_k, t, snap, scope, whole)
            if turn.answered:
                break
        return turn

    def _evidence(
        self, question: str, query: str, top_k: int | None, t: float, snap, scope: Scope | None, whole: Question | None
    ) -> Turn:
        turn = Turn(question=question, query=query, evidence=[], answered=False, started=t, articles=snap.articles)
        t = turn.lap("rewrite", t)
        # the time words are read from what the user asked (retrieval may look at a part of it only)
        turn.scope = resolved = apply(scope, (question, query), snap.articles, snap.dates, self.settings.time_aware)
        search = resolved.frame.strip(query)
        vector = self.indexer.embedding.get_query_embedding(search)
        k = top_k or self.settings.top_k
        # refusal reads the top k chunks, as its model was fitted; the answer may quote from a few more, fused anew
        widths = (k, k + self.settings.answer_extra_chunks) if self.settings.answer_extra_chunks else (k,)
        fused = self.retriever.hybrid_widths(search, widths, vector, resolved.allowed, snap)
        hits, wider = fused[0], fused[-1]
        turn.hits, turn.parsed, turn.vector = hits, Question.parse(search, snap.stats), vector
        turn.retrieved = list(dict.fromkeys(h.metadata["source"] for h in wider))
        t = turn.lap("retrieve", t)
        # refusal reads the units as they rank without the form's bonus (answer/forms.py), as its model and rules were
        # chosen: a unit that gives a count or a duration of something else ranks up with it, and would pass the rule
        # that refuses a near miss ("How long did Witkoff's meeting with Putin last?": the Istanbul meeting's length)
        plain = replace(self.scoring, form=0.0)
        sentences = self.rank(turn, plain)
        top = reader_evidence(sentences, self.settings.refusal_units)
        vectors = self._unit_vectors(turn, top)
        about = self._topic_similarity(turn, sentences)
        quoted = sentences
        if wider is not hits:
            turn.hits = wider
            quoted = self.rank(turn, plain)
        # the refusal model reads the top k chunks' units, as it was fitted; the rules ("no passage gives a count of
        # ...") look for what is asked in the units the answer would quote (chosen on the development sets)
        shown = reader_evidence(quoted, self.settings.refusal_units) if quoted is not sentences else top
        # the answer reads them with it: the reader is shown, and an extractive answer quotes, the unit that gives
        # what the question's form asks for (a question of no form ranks the same either way); the office and clock
        # rules look in its top units too (answer/signals.py)
        turn.evidence = self.rank(turn, self.scoring) if self.scoring.form and forms.detector(turn.parsed) else quoted
        formed = reader_evidence(turn.evidence, self.settings.refusal_units) if turn.evidence is not quoted else None
        turn.signals = signals(turn.parsed, sentences, shown, vectors, vector, whole, snap.names, about, formed)
        turn.answered = bool(sentences) and refusal.answerable(turn.signals, self.settings)
        turn.lap("evidence", t)
        return turn

    def rank(self, turn: Turn, scoring: Scoring) -> list[Sentence]:
        """The units of the turn's retrieved chunks, best first, as `scoring` weighs them (the newer first when the
        question asks for the current state)."""
        similar = None
        if scoring.unit:
            texts = unit_texts(turn.hits)
            vectors = self._vectors(turn, texts)
            similar = dict(zip(texts, cosines([vectors[i] for i in texts], turn.vector), strict=True))
        gives = forms.detector(turn.parsed) if scoring.form else None
        ranked = score_sentences(turn.hits, turn.parsed, scoring, similar, gives)
        return by_recency(ranked, turn.scope, self.settings.recency_weight)

    def _topic_similarity(self, turn: Turn, units: list[Sentence]) -> list[float] | None:
        """For "What did X say about Y?", each unit's cosine similarity to Y (answer/speakers.py `quoted`); the topic
        is embedded only for such a question."""
        asked = turn.parsed.text
        topic = speakers.asked_topic(asked) if speakers.asked_speaker(asked) else None
        if not topic or not units:
            return None
        return cosines(self._unit_vectors(turn, units), self.indexer.embedding.get_query_embedding(topic))

    def _unit_vectors(self, turn: Turn, units: list[Sentence]) -> list[list[float]]:
        vectors = self._vectors(turn, {unit_id(s.chunk, s.unit): s.text for s in units})
        return [vectors[unit_id(s.chunk, s.unit)] for s in units]

    def _vectors(self, turn: Turn, texts: dict[str, str]) -> dict[str, list[float]]:
        """Each unit's vector (`texts` by unit id) as stored when its chunk was indexed (read once a turn); embedded
        now only if the store lacks it."""
        known = turn.unit_vectors
        known.update(self.indexer.store.unit_vectors([i for i in texts if i not in known]))
        missing = [i for i in texts if i not in known]
        if missing:
            vectors = self.indexer.embedding.get_text_embedding_batch([texts[i] for i in missing])
            known.update(zip(missing, vectors, strict=True))
        return {i: known[i] for i in texts}

    def extractive_answer(self, turn: Turn, note: str | None = None) -> Answer:
        chosen = self.cited_whole(turn, select(turn.evidence, self.settings.answer_sentences))
        citations = [citation(i + 1, s, turn.articles) for i, s in enumerate(chosen)]
        text = attribute(
            [(f"{s.text}{cite(c.n)}", c) for s, c in zip(chosen, citations, strict=True)], turn.scope, turn.articles
        )
        mode = "extractive_fallback" if note else "extractive"
        return answer_of(text, mode, citations, turn, note)

    def cited_whole(self, turn: Turn, sentences: list[Sentence]) -> list[Sentence]:
        """The passages an answer quotes, each with the sentences before it in its article that it leans on
        (answer/standing.py)."""

        def text_of(source: str) -> str | None:
            version = turn.articles.get(source, {}).get("sha256")
            return self._text(version) if version else None

        return standing_all(sentences, text_of)

    def _generate(self, turn: Turn, read: dict | None = None) -> Iterator[Event]:
        """The reader copies the answer out of one evidence unit: that span first, then the unit, then the evidence
        that adds something. If the span does not hold up, the extractive answer is given instead. With a `read`
        refusal model, the reader's signals (its confidence, its judgement, whether its answer held up) decide whether
        to answer at all."""
        features = refusal.read_features(read) if read is not None else ()
        try:
            evidence, reading = self.reading(turn, features)
            why = "The model's answer could not be found in the articles as written, so the passages are quoted."
        except PromptTooLong:
            reading, why = None, "The question and its evidence are too long for the model, so the passages are quoted."
        if read is not None:  # the reader's signals decide; if it could not be asked, the lexical model does
            given = refusal.has_signals(turn.signals, features)
            turn.answered = refusal.answerable(turn.signals, self.settings, read if given else None)
        if not turn.answered:
            yield from emit(refused(turn), turn)
            return
        if reading is None:
            yield from emit(self.extractive_answer(turn, note=why), turn)
            return
        unit, more = self.passages(turn, evidence, reading)
        if not self.stands(turn, unit, reading):
            turn.answered = False
            yield from emit(refused(turn), turn)
            return
        answer = self.compose_reading(turn, unit, more, reading)
        turn.timings["first_token"] = round((time.perf_counter() - turn.started) * 1000, 2)
        yield from emit(answer, turn)
