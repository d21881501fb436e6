"""How long something lasted: "How long did X last?" is answered only where a passage gives a duration of what the
question asks about, in an article that names whom it asks about; "a late night meeting" says when, not how long, and
another thing's length is not this one's (invented article, real index and engine)."""

from __future__ import annotations

import pytest

from answer.durations import asks_duration, framing_names, gives_duration, gives_duration_of, measured_terms
from tests.answer_checks import assert_refused_before_reading
from tests.helpers import engine_over, scripted_engine

ARTICLE = (  # one paragraph per line: the corpus's line breaks end sentences
    "Harbour talks in Porto Venn end without a deal\n\n"
    "Marenland's President Odile Vasko met union leader Pieter Brand at the harbour office on Monday. "
    "The meeting lasted less than three hours and ended without an agreement on pay.\n"
    "The dockworkers' strike began on Saturday night, and Brand said it would go on until the port raised wages.\n"
)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("How long did the meeting last?", True),
        ("President Biden called on Congress to suspend the gas tax for how long?", True),
        ("How long a ceasefire did the US propose?", True),
        ("How long ago did the strike start?", False),  # a time, not a duration
        ("When did the meeting end?", False),
        ("How many dockworkers are on strike?", False),
        ("How many hours did the meeting run?", True),  # a duration counted in its unit
        ("How many days has the strike gone on?", True),
        ("How many years ago did the strike start?", False),
    ],
)
def test_a_question_that_asks_how_long(question, asks):
    assert asks_duration(question) is asks


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        ("The meeting lasted less than two hours.", True),
        ("following what he described as a “two-and-a-half-hour” phone call", True),
        ("Trump's 30-day ceasefire plan", True),
        ("it's been with them for a long time", True),
        ("The announcement comes a day after the first talks.", True),
        ("Martial law has been in force since 2022.", True),
        ("They will stay until Friday.", True),
        ("The strike goes on until the port raises wages.", False),  # a condition, not a time
        ("Witkoff held a late night meeting with Putin in Moscow on Thursday.", False),  # when, not how long
        ("5,000 young people every single week are being killed", False),  # a rate, not a duration
        ("The talks were held in Istanbul.", False),
    ],
)
def test_a_duration_as_news_writes_one(text, gives):
    assert gives_duration(text) is gives


def test_what_the_duration_is_of_leaves_out_names_and_the_asking_words():
    assert measured_terms("How long did Witkoff's meeting with Putin last?") == {"meet"}
    assert measured_terms("How long did Trump say Crimea has been with Russia?") == set()


@pytest.mark.parametrize(
    ("question", "text", "gives"),
    [
        ("How long did the meeting last?", "The meeting lasted less than two hours.", True),
        ("How long did the meeting last?", "Putin backed a 30-day ceasefire.", False),  # another thing's duration
        ("How long did Trump say Crimea has been with Russia?", "It's been with them for a long time.", True),
        ("How long did the strike last?", "Brand held a late night meeting with the dockworkers.", False),
    ],
)
def test_a_passage_gives_a_duration_of_what_is_asked(question, text, gives):
    assert gives_duration_of(question, [(text, "")]) is gives


@pytest.mark.parametrize(
    ("before", "text", "gives"),
    [
        # the duration's own sentence, or the one right before it, says what it is of
        ("The talks were held in Istanbul.", "They lasted less than two hours.", True),
        ("", "The talks were held in Istanbul. They lasted less than two hours.", True),
        # a phone call two sentences after a 30-day ceasefire: the 30 days are not the call's
        (
            "",
            "He backed a 30-day ceasefire. He had serious questions. Maybe have a phone call with Trump, he said.",
            False,
        ),
        ("The call was on Monday. Markets rose.", "Putin backed a 30-day ceasefire.", False),
    ],
)
def test_the_duration_is_of_what_its_sentence_or_the_one_before_speaks_of(before, text, gives):
    assert gives_duration_of("How long did the phone call and the talks last?", [(text, before)]) is gives


def test_how_long_with_no_duration_of_it_is_refused_with_that_reason_before_any_reader(tmp_path):
    """The article gives how long the president's meeting with the union leader lasted, and only when the dockworkers'
    strike began: asked how long the strike has lasted, the engine refuses in both modes, saying that no passage says
    how long, without asking the reader; asked how long the meeting lasted, it answers from the sentence that says
    so."""
    engine, llm = scripted_engine(tmp_path, "harbour.txt", ARTICLE)
    assert_refused_before_reading(engine, llm, "How long has the dockworkers' strike lasted?", "how long")
    assert_refused_before_reading(engine, llm, "How many days has the dockworkers' strike lasted?", "how long")
    answer = engine.ask("How long did Vasko's meeting with Pieter Brand last?", mode="extractive")
    assert answer.answered, answer.note
    assert any("three hours" in c.quote for c in answer.citations)


SUMMIT = (
    "Lisbon summit of port cities opens\n\n"
    "Mayors of twelve port cities met at the Lisbon summit on Friday to discuss shipping fees and dock safety.\n"
)


@pytest.mark.parametrize(
    ("question", "frame"),
    [
        ("How long did the meeting last before the Lisbon summit?", ["Lisbon"]),
        ("How many years had passed since they last met before Istanbul?", ["Istanbul"]),
        ("How long has the strike gone on since the Porto Venn talks?", ["Porto Venn"]),
        ("How long did Vasko's meeting with Brand last?", []),
    ],
)
def test_a_name_after_before_or_since_frames_the_time(question, frame):
    assert framing_names(question) == frame


def test_a_name_that_only_frames_the_time_need_not_be_named_beside_the_duration(tmp_path):
    """The harbour article gives how long the meeting lasted and never names the Lisbon summit, which another article
    does: asked how long the meeting lasted before the summit, the engine answers from the sentence with the duration
    instead of refusing for want of an article that names both."""
    engine = engine_over(tmp_path, {"harbour.txt": ARTICLE, "summit.txt": SUMMIT})
    answer = engine.ask(
        "How long did the meeting at the harbour office last before the Lisbon summit?", mode="extractive"
    )
    assert answer.answered, answer.note
    assert any("three hours" in c.quote for c in answer.citations)
