"""Staged reading (settings.reader_first_units): the reader is shown the best units first and all of them only when
its answer from those does not hold up; the second prompt begins as the first did, so a model's cache of it is used.
The reader is scripted (tests/scripted_llm.py) to answer from a unit of our choosing; index and engine are real."""

from __future__ import annotations

import json

import pytest

from answer.engine import Engine, reader_evidence
from answer.types import Message
from tests.helpers import indexed_article
from tests.scripted_llm import ScriptedLLM

ARTICLE = """Harbour of Kelmar reopens after the storm

The harbour of Kelmar reopened on Friday after the storm, the port authority said.
Ferries to the islands of Varna and Sel will run again from the harbour on Saturday.
The harbour master, Ines Duarte, said the storm had closed the harbour for six days.
Fishing boats left the harbour at dawn, the first to sail since the storm.
The harbour wall will be rebuilt with granite from the quarry at Oster, the port authority said.
Traders at the harbour market said the storm had cost them a week of sales.
"""
QUESTION = "What will the harbour wall of Kelmar be rebuilt with after the storm?"


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return indexed_article(
        tmp_path_factory.mktemp("harbour"), "harbour.txt", ARTICLE, reader_first_units=2, refuse_threshold=0.0
    )


def _staged(settings, reply_from: int) -> tuple[ScriptedLLM, list, object]:
    """An engine whose reader answers with the last three words of the unit ranked `reply_from` (from the end when
    negative): its prompts, the units it could be shown, and the reading."""
    llm = ScriptedLLM()
    engine = Engine.from_settings(settings, llm=llm)
    turn = engine.prepare([Message(role="user", content=QUESTION)], "generative", None)
    units = reader_evidence(turn.evidence, settings.reader_evidence)
    span = " ".join(units[reply_from].text.rstrip(".").split()[-3:])
    llm.reply = json.dumps({"answer": span, "evidence": 1})
    shown, reading = engine.reading(turn)
    return llm, units, (shown, reading, span)


def test_an_answer_from_the_first_units_is_read_from_them_alone(harbour):
    llm, units, (shown, reading, span) = _staged(harbour, 0)
    assert llm.calls == 1 and len(shown) == 2 and reading is not None and reading.span == span
    assert units[0].text in llm.prompts[0] and units[2].text not in llm.prompts[0]


def test_all_units_are_shown_when_the_answer_is_not_in_the_first_and_the_second_prompt_begins_as_the_first(harbour):
    llm, units, (shown, reading, span) = _staged(harbour, -1)
    assert len(units) > 2, "the article should give more units than are shown first"
    assert llm.calls == 2 and len(shown) == len(units)
    assert reading is not None and reading.span == span and shown[reading.unit].text == units[-1].text
    first, second = llm.prompts
    listed = first[: first.index(units[1].text) + len(units[1].text)]  # the prompt up to the second unit
    assert second.startswith(listed) and units[-1].text in second and units[-1].text not in first


def test_without_staging_all_units_are_shown_at_once(harbour):
    llm, units, (shown, reading, _) = _staged(harbour.model_copy(update={"reader_first_units": 0}), -1)
    assert llm.calls == 1 and len(shown) == len(units) and reading is not None
