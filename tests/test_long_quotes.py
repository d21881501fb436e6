"""A quote that runs on for many sentences: its first sentence is cited, with the quote open, when it names whose words
they are; a quote that opens without saying whose it is stays uncitable until it closes (invented articles, real index
and engine)."""

from __future__ import annotations

import pytest

from answer.speakers import opens_attributed_quote
from answer.types import Message
from tests.helpers import scripted_engine

QUOTE = (
    "The new ferry terminal was paid for by the fishing cooperative. It took four years to build. Many people doubted "
    "us. We kept going through two winters. The workers never gave up. I thank every one of them. This is a proud day "
    'for the town."'
)
ATTRIBUTED = f"""Kelmar opens its ferry terminal

Mayor Ilsa Varn spoke at the opening of the Kelmar ferry terminal on Friday.
She also said, "{QUOTE}
The first ferry leaves for the islands on Monday.
"""
UNATTRIBUTED = f"""Kelmar opens its ferry terminal

Mayor Ilsa Varn spoke at the opening of the Kelmar ferry terminal on Friday.
"{QUOTE}
The first ferry leaves for the islands on Monday.
"""
QUESTION = "Who paid for the new ferry terminal in Kelmar?"


@pytest.mark.parametrize(
    ("sentence", "opens"),
    [
        ('He also said, "...My little conversation with the mayor.', True),
        ("The minister told reporters: “We will build it.", True),
        ('She added "no way.', True),
        ("“We spent two hours,” the mayor said.", False),  # the quote comes first, its speaker after it
        ('The "deal" is off.', False),
        ('Putin said that the "peace plan was dead.', False),  # a quoted phrase inside reported speech
    ],
)
def test_a_quote_is_attributed_when_its_speaker_comes_right_before_it(sentence, opens):
    assert opens_attributed_quote(sentence) is opens


def _opening(tmp, text):
    engine, _ = scripted_engine(tmp, "ferry.txt", text)
    turn = engine.prepare([Message(role="user", content=QUESTION)], "extractive", None)
    opening = next(s for s in turn.evidence if "paid for by the fishing cooperative" in s.text)
    return engine, opening


def test_the_first_sentence_of_a_long_attributed_quote_is_cited(tmp_path):
    engine, opening = _opening(tmp_path, ATTRIBUTED)
    assert opening.citable
    answer = engine.chat([Message(role="user", content=QUESTION)], mode="extractive")
    assert answer.answered
    first = answer.citations[0]
    assert 'She also said, "The new ferry terminal was paid for by the fishing cooperative.' in first.quote
    assert ATTRIBUTED[first.start : first.end] == first.quote


def test_a_long_quote_that_does_not_say_whose_it_is_is_not_cited_from_its_first_sentence(tmp_path):
    engine, opening = _opening(tmp_path, UNATTRIBUTED)
    assert not opening.citable
    answer = engine.chat([Message(role="user", content=QUESTION)], mode="extractive")
    assert all("fishing cooperative" not in c.quote for c in answer.citations)
