"""Partial answers: a passage that says what the question asks is not known ("declined to comment", "It is unclear
...") is ranked up as evidence, so the answer says so instead of quoting passages around it (invented article, real
index and engine)."""

from __future__ import annotations

import pytest

from answer.evidence import Scoring
from answer.kinds import says_not_known
from answer.types import Message
from tests.helpers import scripted_engine

ARTICLE = """Kelmar harbour board meets on storm damage

The Kelmar harbour board met for three hours on Tuesday to discuss repairing the harbour wall after the storm.
Engineers told the harbour board that repairing the wall would need 4,000 tonnes of new stone from the north quarry.
The board's chair said the harbour wall would reopen to ferries within 12 weeks of the repairs starting.
The harbour board declined to comment on the cost of the repairs.
Fishermen said the wall had been weak for years.
"""

QUESTION = "How much will repairing the Kelmar harbour wall cost?"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("The harbour board declined to comment on the cost.", True),
        ("It is unclear how many boats sank overnight.", True),
        ("No date was set for the next meeting.", True),
        ("The ministry has not yet disclosed the figure.", True),
        ("The repairs will cost 2 million euros.", False),
        ("The board commented on the cost at length.", False),
    ],
)
def test_a_passage_says_the_answer_is_not_known(text, says):
    assert says_not_known(text) is says


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return scripted_engine(tmp_path_factory.mktemp("harbour"), "harbour.txt", ARTICLE)


def _rank_of_not_known(engine, scoring: Scoring) -> int:
    turn = engine.prepare([Message(role="user", content=QUESTION)], "extractive", None)
    ranked = [s for s in engine.rank(turn, scoring) if s.citable]
    return next(i for i, s in enumerate(ranked) if "declined to comment" in s.text)


def test_the_passage_that_says_the_answer_is_not_given_ranks_above_those_that_only_share_its_words(harbour):
    """Without the bonus, passages with numbers and more of the question's words rank above it; with it, it leads."""
    engine, _ = harbour
    assert _rank_of_not_known(engine, Scoring(not_known=0.0)) > 0
    assert _rank_of_not_known(engine, Scoring()) == 0


def test_a_question_the_articles_say_is_not_answered_gets_that_passage_first(harbour):
    engine, _ = harbour
    answer = engine.ask(QUESTION, mode="extractive")
    assert answer.answered
    assert "declined to comment" in answer.citations[0].quote


def test_a_not_known_passage_about_nothing_the_question_asks_gets_no_bonus(harbour):
    """The bonus goes only to a passage that holds some of the question's content: "declined to comment on the cost"
    is no lead for a question about the fishermen."""
    engine, _ = harbour
    turn = engine.prepare(
        [Message(role="user", content="What did Kelmar fishermen say about the wall?")], "extractive", None
    )

    def score(scoring: Scoring) -> float:
        return next(s.score for s in engine.rank(turn, scoring) if "declined to comment" in s.text)

    assert score(Scoring()) == score(Scoring(not_known=0.0))
