"""The reader's steps of the engine: show the reader the best evidence units, take its reply only as a span of a unit
that holds up (answer/reader.py verifies it), and compose the answer around it. The engine (answer/engine.py) mixes
these in; they read its settings, its generator and its units' vectors."""

from __future__ import annotations

import time
from dataclasses import replace

from answer import reader, refusal, speakers
from answer.attribution import attribute
from answer.compose import citation, cite, compose, one_of_several
from answer.evidence import Sentence
from answer.extractive import contains, overlap_or_repeat, reader_evidence, select
from answer.kinds import asks_yes_no
from answer.signals import cosines
from answer.turn import Turn, answer_of
from answer.types import Answer


class ReaderSteps:
    """Reading steps over a turn, for a class that has `settings`, `generator`, `_unit_vectors` and `cited_whole`
    (the Engine)."""

    def reading(self, turn: Turn, signals: tuple[str, ...] = ()) -> tuple[list[Sentence], reader.Reading | None]:
        """The reader's answer over the turn's best evidence units, verified (None when it does not hold up), with the
        reader `signals` asked for (refusal.READER_FEATURES) in `turn.signals`, those of the last reply. With
        `reader_first_units`, the reader is shown that many first, and all of them only when its answer from those
        does not hold up: the second prompt begins as the first did, so the model reads only the units it adds and the
        question. Raises PromptTooLong as `read` does."""
        evidence = self.reader_units(turn)
        first = self.settings.reader_first_units
        for shown in [evidence[:first], evidence] if 0 < first < len(evidence) else [evidence]:
            shown, raw = self.read(turn, signals, shown)
            found = self.verify_reading(turn, shown, raw)
            if found is not None:
                break
        if "held" in signals:
            turn.signals = replace(turn.signals, held=found is not None)
        return shown, found

    def reader_units(self, turn: Turn) -> list[Sentence]:
        """The turn's best evidence units that the reader is shown (settings `reader_evidence`, and
        `reader_evidence_chars`)."""
        return reader_evidence(turn.evidence, self.settings.reader_evidence, self.settings.reader_evidence_chars)

    def read(
        self, turn: Turn, signals: tuple[str, ...] = (), evidence: list[Sentence] | None = None
    ) -> tuple[list[Sentence], str]:
        """The reader's reply over `evidence` (default: the turn's best evidence units), unverified, and the reader
        `signals` asked for that the reply alone gives ("confidence", "judge") in `turn.signals`. Raises PromptTooLong
        when the question and its evidence do not fit the model."""
        t = time.perf_counter()
        if evidence is None:
            evidence = self.reader_units(turn)
        steps = [] if "confidence" in signals else None
        try:
            raw = reader.ask(self.generator, turn.parsed.text, evidence, steps) if evidence else ""
        finally:
            spent = turn.timings.get("generate", 0.0)
            t = turn.lap("generate", t)
            turn.timings["generate"] += spent  # a second reading adds to the first
        if steps:
            turn.signals = replace(turn.signals, confidence=sum(steps) / len(steps))
        if "judge" in signals and raw:
            turn.signals = replace(turn.signals, judge=reader.judge(self.generator, turn.parsed.text, evidence, raw))
            turn.lap("judge", t)
        return evidence, raw

    def reader_checks(self, turn: Turn, evidence: list[Sentence]) -> tuple[list[float], list[float]]:
        """Per evidence unit: the share of the question's content it holds, and its cosine similarity to the question.
        A reader's answer is kept only from a unit that passes both (settings reader_min_support and
        reader_min_similarity, chosen on the development sets by `python -m eval.reader_checks`), or from another unit
        of an article one such unit is from (`reader.supported`)."""
        support = [reader.support(turn.parsed, s.text) for s in evidence]
        similarity = cosines(self._unit_vectors(turn, evidence), turn.vector)
        return support, similarity

    def verify_reading(
        self, turn: Turn, evidence: list[Sentence], raw: str, limits: tuple[float, float] | None = None
    ) -> reader.Reading | None:
        """The reader's reply as a span of a unit that passes the checks and, when the question asks what someone
        said, whose words the article does not give to someone else (answer/speakers.py); `limits` (support,
        similarity) replace the settings' (how eval/reader_checks.py tries a grid of them on one set of replies)."""
        min_support, min_similarity = limits or (self.settings.reader_min_support, self.settings.reader_min_similarity)
        support, similarity = self.reader_checks(turn, evidence)
        passes = [a >= min_support and b >= min_similarity for a, b in zip(support, similarity, strict=True)]
        supported = reader.supported([s.source for s in evidence], passes)
        # "What did X say?" is not answered with words the article gives to someone else
        asked = speakers.asked_speaker(turn.parsed.text)
        said = [speakers.said_by(asked, s.text, s.before) for s in evidence]
        supported = [a and b for a, b in zip(supported, said, strict=True)]
        passes = [a and b for a, b in zip(passes, said, strict=True)]
        # a run copied out of a reply worded as a sentence is read from the reader the read refusal model was fitted
        # on (chosen with it); the 135M model, which copies and invents, lost a development question with it
        copied = refusal.read_model(self.generator.judges) is not None
        return reader.verify(raw, turn.parsed.text, [s.text for s in evidence], supported, copied, passes)

    def passages(
        self, turn: Turn, evidence: list[Sentence], reading: reader.Reading
    ) -> tuple[Sentence, list[Sentence]]:
        """The passage the reader's answer comes from, cited whole, and the evidence that adds something after it."""
        unit = evidence[reading.unit]
        best = select(turn.evidence, self.settings.answer_sentences)
        # a sentence among the best evidence that leans on the answer's ("Trump dangled incentives." "In a post, he
        # said ...") is cited with it, as the unit that holds both
        unit = next((m for m in best if contains(m, unit)), unit)
        more = [m for m in best if not overlap_or_repeat(m, unit)]
        unit, *more = self.cited_whole(turn, [unit, *more[: self.settings.answer_sentences - 1]])
        return unit, more

    def stands(self, turn: Turn, passage: Sentence, reading: reader.Reading) -> bool:
        """Whether the reader's answer stands its check (reader.check, with the model it was chosen with): asked of
        the passage it comes from, the model must find that the passage shows the answer answers the question, with
        at least settings `reader_check` probability. When not, `turn.signals` name the answer that did not stand."""
        question = turn.parsed.text
        limit = self.settings.reader_check
        if not limit or self.generator.judges != reader.CHECK_MODEL or asks_yes_no(question):
            return True  # to "Did ...?" the reader names a sentence, which the refusal model has read
        t = time.perf_counter()
        p = reader.check(self.generator, question, " ".join(passage.text.split()), reading.span)
        turn.lap("check", t)
        if p is None or p >= limit:
            return True
        turn.signals = replace(turn.signals, unsupported=reading.span)
        return False

    def compose_reading(self, turn: Turn, unit: Sentence, more: list[Sentence], reading: reader.Reading) -> Answer:
        """The answer around the reader's span: the span, the passage it comes from (`unit`), then `more`."""
        citations = [
            citation(1, unit, turn.articles),
            *(citation(i + 2, m, turn.articles) for i, m in enumerate(more)),
        ]
        # the reader copies a phrase: to "Did ...?" its sentence answers, and so does the passage to a question that
        # it answers with several things, of which the phrase is one
        question = turn.parsed.text
        lead = not asks_yes_no(question) and not one_of_several(question, reading.span, unit.text)
        pieces = [compose(reading.span, unit.text, lead), *(f"{m.text}{cite(i + 2)}" for i, m in enumerate(more))]
        return answer_of(
            attribute(list(zip(pieces, citations, strict=True)), turn.scope, turn.articles),
            "generative",
            citations,
            turn,
        )
