"""What time of day: "What time ...?" is answered only where a passage gives a clock time (invented articles)."""

from __future__ import annotations

import pytest

from answer import clock
from answer.evidence import Question
from index.terms import TermStats
from tests.answer_checks import assert_refused_before_reading
from tests.helpers import scripted_engine

ARTICLE = """Ferry strike ends after night talks

Union leader Pieter Brand met the ferry company's owners late at night on Tuesday in the harbour office.
The talks ended at 3 a.m. with a deal on pay, Brand said.
The ferry crews' strike had begun on Monday morning and stopped every crossing to the islands.
"""


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("What time did the talks end?", True),
        ("At what hour did the ferry leave?", True),
        ("The strike is over. What time does the first ferry sail?", True),
        ("What time frame did the union give?", False),  # a stretch of time, not a time of day
        ("When did the talks end?", False),  # a day or a date answers it
        ("How long did the talks last?", False),
    ],
)
def test_a_question_that_asks_a_time_of_day(question, asks):
    assert clock.asks_clock(question) is asks


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        ("The talks ended at 3 a.m. with a deal.", True),
        ("The ferry left at 10:30 pm.", True),
        ("Polls close at 2000 GMT.", True),
        ("The vote was held at noon.", True),
        ("They met late at night on Tuesday.", False),
        ("The strike began on Monday morning.", False),
        ("Crews earn 3 percent more.", False),
    ],
)
def test_a_time_of_day_as_news_writes_one(text, gives):
    assert clock.gives_clock([text]) is gives


def test_the_words_that_ask_for_an_age_or_a_time_are_not_what_the_question_is_about():
    stats = TermStats(["Brand met the owners.", "The talks ended."])
    assert set(Question.parse("What is Brand's age?", stats).weights) == {"brand"}
    assert set(Question.parse("What time did the talks end?", stats).weights) == {"talk", "end"}
    assert Question.parse("What is Brand's age?", stats).kind == "quantity"


def test_what_time_with_no_time_of_day_is_refused_with_that_reason_before_any_reader(tmp_path):
    """The article says when the strike began (Monday morning) and at what time the talks ended: asked at what time
    the strike began, the engine refuses in both modes without asking the reader; asked when the talks ended, it
    answers from the sentence that gives the time."""
    engine, llm = scripted_engine(tmp_path, "ferry.txt", ARTICLE)
    assert_refused_before_reading(engine, llm, "What time did the ferry crews' strike begin?", "time of day")
    answer = engine.ask("What time did the talks with the ferry owners end?", mode="extractive")
    assert answer.answered, answer.note
    assert any("3 a.m." in c.quote for c in answer.citations)


def test_the_time_of_day_is_of_what_the_question_asks_about():
    texts = ["The talks ended at 3 a.m. with a deal on pay.", "The strike began on Monday morning."]
    assert clock.gives_clock_of("What time did the talks end?", texts)
    assert not clock.gives_clock_of("What time did the strike begin?", texts)
    assert clock.gives_clock_of("What time was it?", texts)  # nothing asked about: any time of day


def test_when_is_answered_only_by_a_time_of_what_it_asks_or_a_time_not_known():
    texts = ["The talks ended at 3 a.m. with a deal on pay.", "The new ferry law was signed by the mayor."]
    assert clock.asks_when("The law passed. When will the ferry law take effect?")
    assert not clock.asks_when("What did the mayor sign?")
    assert not clock.gives_time_of("When will the ferry law take effect?", texts)  # the law has no time
    assert clock.gives_time_of("When did the talks end?", texts)
    assert clock.gives_time_of("When will the ferry law take effect?", ["No date was set for the law."])


def test_when_with_no_time_of_it_is_refused_before_any_reader(tmp_path):
    engine, llm = scripted_engine(tmp_path, "ferry.txt", ARTICLE + "The deal will also give the crews a new pension.\n")
    assert_refused_before_reading(engine, llm, "When will the new pension start?", "a time")
    assert engine.ask("When did the ferry crews' strike begin?", mode="extractive").answered
