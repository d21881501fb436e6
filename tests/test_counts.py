"""How many: "How many X?" is answered only where a passage gives a count of X, or says how many X is not known; else
it is refused before any reader is asked (invented article, real index and engine)."""

from __future__ import annotations

import pytest

from answer.counts import counted, counted_names, speaks_to_count
from tests.answer_checks import assert_refused_before_reading
from tests.helpers import scripted_engine

ARTICLE = """Storm floods the coast of Kelmar

A storm flooded twelve coastal towns in Kelmar on Monday, the harbour office said.
Rescue crews pulled 40 fishermen from the water near the old harbour, and two pilots guided the last ferries in.
The storm also damaged the harbour wall and the fish market, the harbour office said.
It is unclear how many boats sank in the harbour overnight.
Repairs to the harbour wall will start next week.
"""


@pytest.mark.parametrize(
    ("question", "text", "speaks"),
    [
        ("How many towns did the storm flood?", "A storm flooded twelve coastal towns on Monday.", True),
        ("How many fishermen were rescued?", "Crews pulled 40 fishermen from the water.", True),
        ("How many fishermen were rescued?", "Crews pulled 40 people, most of them fishermen, from the water.", False),
        ("How many boats sank?", "It is unclear how many boats sank overnight.", True),  # the count is not known
        ("How many boats sank?", "The storm hit ten towns on the coast, and later boats sank.", False),  # towns
        ("How many bots sank?", "Twelve boats sank.", True),  # misspelt as the question writes it
        ("How many boats sank?", "Often, boats sink in storms.", False),  # "ten" inside a word is no number
        ("How many did the storm hit?", "The storm hit the coast.", True),  # nothing named to count
        ("How many times did the storm hit?", "The storm hit the coast twice.", True),
        ("How many people died?", "Five fishermen died at sea.", True),  # the verb after the number counts them
        ("How many Kelmar boats sank?", "Twelve Dorran boats sank.", False),  # another group of boats
        ("How many Kelmar boats sank?", "Twelve Kelmar and Dorran boats sank.", True),
        ("How many Kelmar towns were flooded?", "Crews saved 40 Kelmar and Dorran fishermen.", False),  # both count men
        ("How many Kelmar boats sank?", "Twelve boats sank off Kelmar.", True),  # nothing else named before
        ("How many US boats sank?", "Twelve American boats sank.", True),  # an acronym, spelt as an adjective
        ("How many Kelmar civilians were killed?", "Thousands of Kelmar soldiers were killed.", False),  # other nouns
        ("How many Kelmar civilians were killed?", "Thousands of Kelmar civilians were killed.", True),
        ("How many baby swings were recalled?", "The recall affects 2 million MamaRoo swings.", True),  # a brand
        ("How many Kelmar swings were recalled?", "The recall affects 2 million MamaRoo swings.", False),
        ("How many drones hit the port?", "It was a massacre, one not seen since the war.", False),  # "one" no "drone"
    ],
)
def test_a_passage_speaks_to_a_count_when_it_counts_what_is_asked_or_says_how_many_is_unknown(question, text, speaks):
    assert speaks_to_count(counted(question), text, counted_names(question)) is speaks


@pytest.fixture(scope="module")
def storm(tmp_path_factory):
    return scripted_engine(tmp_path_factory.mktemp("storm"), "storm.txt", ARTICLE)


def test_how_many_of_something_no_passage_counts_is_refused_with_that_reason_before_any_reader(storm):
    """The article speaks of the harbour wall and the fish market but counts neither: asked how many fish markets
    were damaged, the engine refuses, saying what no passage counts, in both modes, without asking the reader."""
    assert_refused_before_reading(*storm, "How many fish markets did the storm damage in Kelmar?", "fish markets")


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("How many fishermen did rescue crews pull from the water in Kelmar?", "40 fishermen"),
        ("How many coastal towns did the storm flood in Kelmar?", "twelve coastal towns"),
        ("How many boats sank in the Kelmar harbour?", "unclear how many boats"),  # a partial answer, not refused
        # a counted word the article never uses may be its word for what it counts ("sailors", "fishermen"): the rule
        # has nothing to look for, and the refusal model decides
        ("How many sailors did rescue crews pull from the water in Kelmar?", "40 fishermen"),
    ],
)
def test_how_many_of_something_a_passage_counts_is_answered_from_it(storm, question, quoted):
    engine, _ = storm
    answer = engine.ask(question, mode="extractive")
    assert answer.answered, answer.note
    assert any(quoted in c.quote for c in answer.citations)


HARBOUR = """Drones strike the harbour of Kelmar

Drones struck the harbour of Kelmar overnight, the harbour office said. The drones struck the harbour cranes, and drones
struck the harbour wall. Harbour workers said drones strike the harbour of Kelmar most nights now.
"""
TALLY = """Kelmar air defence reports its tally

The air defence command of Kelmar said on Tuesday that it had shot down 48 drones over the coast during the night.
"""


def test_the_count_rule_reads_the_passages_the_answer_may_quote_beyond_the_refusal_models_chunks(tmp_path):
    """The refusal model reads the top_k chunks it was fitted on; the answer may quote from `answer_extra_chunks`
    more. A count that only the next chunk gives is among the passages the answer and the reader are given, so the
    question is not refused for want of it (fails when the count rule reads the top_k chunks alone)."""
    from answer import refusal_notes
    from answer.types import Message
    from tests.helpers import engine_over

    question = "How many drones struck the harbour of Kelmar?"
    articles = {"harbour.txt": HARBOUR, "tally.txt": TALLY}
    (tmp_path / "narrow").mkdir(), (tmp_path / "wide").mkdir()
    narrow = engine_over(tmp_path / "narrow", articles, top_k=1, answer_extra_chunks=0, refuse_threshold=1e-6)
    refused = narrow.ask(question, mode="extractive")
    assert not refused.answered and "drones" in (refused.note or "")  # the first chunk counts no drones
    wide = engine_over(tmp_path / "wide", articles, top_k=1, answer_extra_chunks=2, refuse_threshold=1e-6)
    turn = wide.prepare([Message(role="user", content=question)], "extractive", None)
    assert turn.answered, refusal_notes.why(turn.signals)
    assert any("48 drones" in unit.text for unit in wide.reader_units(turn))  # the reader is shown the count
