"""The reader's check of its own answer: asked apart, of the one passage the answer came from, whether that passage
shows the answer answers the question, every detail matching (answer/reader.py `check`), with the real 1.5B reader."""

from __future__ import annotations

import pytest

from answer import reader
from answer.engine import Engine
from answer.llm import Generator
from answer.types import Message
from newsqa.settings import Settings

QUESTION = "Who offered to host the ceasefire negotiations?"


@pytest.mark.llm
def test_a_passage_that_gives_the_answer_stands_the_check_well_above_one_that_only_names_it(seeded):
    """A name the passage holds is not an answer it gives: "Omar Haddad", from a list of the farm leaders the governor
    met, does not lead the provincial delegation; the sentence that says he leads it does. (The 1.5B model's "yes" to
    the first is 0.61: the check is a weak reader, and its limit was chosen on the development sets. Neither names nor
    story are those of its worked examples, prompts/check_examples.json.)"""
    generator = Generator(seeded[0].model_copy(update={"bundled_llm": reader.CHECK_MODEL}))
    question = "Who will lead the provincial delegation at the trade talks?"
    gives = "The provincial delegation at the trade talks will be led by Omar Haddad, a former finance minister."
    names = (
        "The governor met farm leaders, including Lena Park and Omar Haddad, on Monday. He stressed the importance of "
        "including both national and provincial officials in the trade talks."
    )
    gave, named = (reader.check(generator, question, text, "Omar Haddad") for text in (gives, names))
    assert gave >= Settings(_env_file=None).reader_check  # the answer a passage gives stands
    assert gave > named + 0.2


@pytest.mark.llm
def test_an_answer_that_does_not_stand_its_check_is_refused_naming_it(seeded):
    """The check decides after the reading: at a limit no probability reaches, the reader's answer is refused with a
    note that names it; with the check off, the same answer is given and no check is asked."""
    settings = seeded[0].model_copy(update={"bundled_llm": reader.CHECK_MODEL})
    strict = Engine.from_settings(settings.model_copy(update={"reader_check": 1.0})).ask(QUESTION, mode="generative")
    assert not strict.answered and "check" in strict.timings_ms and not strict.citations
    assert strict.note.startswith("The passage found names “") and "does not show that it answers" in strict.note
    off = Engine.from_settings(settings.model_copy(update={"reader_check": 0.0})).ask(QUESTION, mode="generative")
    assert off.answered and off.mode == "generative" and "check" not in off.timings_ms
    named = strict.note.split("“")[1].split("”")[0]
    assert off.answer.lower().startswith(named.lower())  # the note names the answer the reader gave


@pytest.mark.llm
def test_only_the_model_the_check_was_chosen_with_is_asked_to_check(seeded):
    """The check and its limit were chosen with the 1.5B reader: the 135M model, which copies and invents, is not
    asked, whatever the limit; its reading, when it holds up, is given."""
    settings = seeded[0].model_copy(update={"bundled_llm": "smollm2-135m", "reader_check": 1.0})
    engine = Engine.from_settings(settings)
    turn = engine.prepare([Message(role="user", content=QUESTION)], "generative", None)
    unit = next(i for i, s in enumerate(turn.evidence) if "Vatican had offered" in s.text)
    reading = reader.Reading(unit=unit, span="the Vatican", raw="")
    passage, _ = engine.passages(turn, turn.evidence, reading)
    assert engine.stands(turn, passage, reading) and "check" not in turn.timings
    strict = Engine.from_settings(settings.model_copy(update={"bundled_llm": reader.CHECK_MODEL}))
    turn = strict.prepare([Message(role="user", content=QUESTION)], "generative", None)
    assert not strict.stands(turn, passage, reading) and "check" in turn.timings  # the same reading, checked
    assert turn.signals.unsupported == "the Vatican"
