"""What someone is called: "What is the name of the X ...?" is answered only where a passage gives a name beside the X
it describes; a passage that mentions an X without naming them does not answer it (invented article, real index and
engine)."""

from __future__ import annotations

import pytest

from answer.naming import described, names_described
from tests.answer_checks import assert_refused_before_reading
from tests.helpers import scripted_engine

ARTICLE = """Harbour strike ends in Porto Venn

The harbour strike in Porto Venn ended on Friday after the union accepted a pay rise of 6%, the port authority said.
The agreement was negotiated by the port's chief mediator, Ilse Marten, over three nights of talks.
A spokesman for the union said the dockworkers would return to work on Monday.
"""


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("What is the name of the Fox News host who interviewed Trump?", "the Fox News host"),
        ("What is the name of Putin's former minister of culture?", "Putin's former minister"),
        ("What was the full name of the pilot in the crash?", "the pilot"),
        ("What is the mediator's name?", "the mediator"),
        ("What is her name?", ""),  # describes no one: left to the refusal model
        ("The senator lost her seat. What is her name?", ""),
        ("What is the name of the Kremlin?", ""),  # a proper noun, not a description
        ("Who is the mediator?", ""),
    ],
)
def test_the_one_a_name_question_describes(question, phrase):
    assert described(question) == phrase


QUESTION = "What is the name of the Fox News host who interviewed Trump?"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Fox News host Bret Baier asked Trump about the talks.", True),
        ("Baier, the Fox News host, asked Trump about the talks.", True),
        ("Trump said during an interview with Fox News in Abu Dhabi.", False),  # no host
        ("The Vatican offered to host the talks.", False),  # the verb, and no name after it
        ("The host of Fox News asked Trump about the talks.", False),  # only the question's own names
        ("Trump spoke in Oslo. Host Kai Olsen asked him about the talks.", True),  # a title opening its sentence
        ("Trump met Ola Berg, Evening Show Host Kai Olsen and others.", False),  # a list: another's title
        ("Talk Show Host Kai Olsen asked Trump about the talks.", False),  # a title the question does not give
        ("Instead, the Fox News host asked Trump about the talks.", False),  # a sentence adverb, not a name
        ("It aired on Fox News with a guest host. Baier spoke later.", False),  # the next sentence names no host
    ],
)
def test_a_passage_names_the_one_described_only_with_a_name_beside_them(text, named):
    assert names_described(described(QUESTION), QUESTION, [text]) is named


def test_the_name_of_someone_no_passage_names_is_refused_with_that_reason_before_any_reader(tmp_path):
    """The article names the mediator beside her title and gives the union's spokesman no name: asked the spokesman's
    name, the engine refuses in both modes, saying whose name no passage gives, without asking the reader; asked the
    mediator's name, it answers from the sentence that names her."""
    engine, llm = scripted_engine(tmp_path, "strike.txt", ARTICLE)
    assert_refused_before_reading(
        engine, llm, "What is the name of the union spokesman in Porto Venn?", "name", "the union spokesman"
    )
    answer = engine.ask("What is the name of the chief mediator of the strike talks?", mode="extractive")
    assert answer.answered, answer.note
    assert any("Ilse Marten" in c.quote for c in answer.citations)
