"""How old someone is: "How old is X?" is answered only where a passage gives X an age; a number beside another
person's name ("Vasko, 61, said ...") is not X's age, however near X's name stands (invented article, real index and
engine)."""

from __future__ import annotations

import pytest

from answer.ages import asked_person, gives_age
from tests.answer_checks import assert_refused_before_reading
from tests.helpers import scripted_engine

ARTICLE = """Marenland's president meets the dockworkers

Marenland's President Odile Vasko, 61, said on Monday that she would meet union leader Pieter Brand to end the
harbour strike in Porto Venn. Vasko told reporters the strike had cost the port about $3 million a day.
Brand said the dockworkers wanted a pay rise of 8% and would not return before an agreement was signed.
"""


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("How old is Putin?", "Putin"),
        ("How old will Donald Trump be in June?", "Donald Trump"),
        ("What is Vasko's age?", "Vasko"),
        ("What was the age of Pope Francis?", "Pope Francis"),
        ("At what age did Pope Francis die?", "Pope Francis"),
        ("How old is Ursula von der Leyen?", "Ursula von der Leyen"),
        ("How old is he?", None),  # names nobody: left to the refusal model
        ("How old is the pilot?", None),
        ("A teenager flew around the world alone. How old is he?", None),
        ("How many people were there?", None),
    ],
)
def test_the_person_an_age_question_asks_about(question, person):
    assert asked_person(question) == person


@pytest.mark.parametrize(
    ("person", "text", "before", "gives"),
    [
        ("Trump", "Trump, 78, also said that after speaking with Putin, he plans to hold talks.", "", True),
        ("Putin", "Trump, 78, also said that after speaking with Putin, he plans to hold talks.", "", False),
        ("Donald Trump", "The 78-year-old US President Donald Trump spoke on Monday.", "", True),
        ("Rutherford", "Mack Rutherford (17) landed in Sofia.", "", True),
        ("Rutherford", "Rutherford, who is 17, landed in Sofia.", "", True),
        ("Trump", "Trump turned 79 in June.", "", True),
        ("Trump", "He is 78.", "Donald Trump spoke to reporters.", True),  # the pronoun takes the name before it
        ("Putin", "He is 78.", "Donald Trump spoke to reporters.", False),
        ("Trump", "Trump is 50 percent sure of a deal.", "", False),  # a number that is not an age
        ("Vasko", "Vasko, the president, met Brand on Monday.", "", False),
        ("Okafor", "Okafor was just 16 years old when she set the record.", "", True),
        (
            "Lindqvist",
            "Singer Elsa Lindqvist, the voice of a generation, has died at the age of 88, her family said.",
            "",
            True,
        ),
        (
            "Vasko",
            "The vote takes the 61-year-old to a third term.",
            "Odile Vasko won on Monday.",
            True,
        ),  # stands for her
        ("Brand", "He met a 15-year-old boy at the harbour.", "Pieter Brand spoke.", False),  # someone else's age
        ("Brand", "The 15-year-old boy waved at Brand.", "", False),
    ],
)
def test_a_passage_gives_a_person_an_age_only_beside_their_name(person, text, before, gives):
    assert gives_age(person, [(text, before)]) is gives


def test_the_age_of_someone_no_passage_gives_one_is_refused_with_that_reason_before_any_reader(tmp_path):
    """The article gives the president's age beside her name and names the union leader: asked how old he is, the
    engine refuses in both modes, saying whose age no passage gives, without asking the reader; asked how old she is,
    it answers from the sentence that gives her age."""
    engine, llm = scripted_engine(tmp_path, "harbour.txt", ARTICLE)
    assert_refused_before_reading(engine, llm, "How old is Pieter Brand?", "age", "Pieter Brand")
    answer = engine.ask("How old is Odile Vasko?", mode="extractive")
    assert answer.answered, answer.note
    assert any("61" in c.quote for c in answer.citations)
