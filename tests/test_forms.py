"""The answer a question's form asks for (answer/forms.py): a unit that gives it ranks above units that only share
the question's words or hold some other number (invented article, real index and engine)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from answer.evidence import Question, Scoring, Sentence
from answer.extractive import select
from answer.forms import detector
from answer.signals import signals
from answer.types import Message
from index.terms import terms
from tests.helpers import scripted_engine

ARTICLE = """Keller family buys Porto Venn's harbour

The Keller shipping group has bought the harbour company of Porto Venn, the city council said on Tuesday, ending a year
of talks.

Council members approved the sale by eleven votes to two after a long debate on Monday night.

The price was not disclosed by the council, but according to the local press the deal is worth $340 million.

Dockworkers said they hoped the new owners would keep their jobs and pensions for the next five years.

The Keller group said it would build two new cranes and a rail link to the container terminal.
"""


@pytest.mark.parametrize(
    ("question", "unit", "gives"),
    [
        ("How much did the group pay?", "The deal is worth $340 million.", True),
        ("How much did the group pay?", "The council voted eleven to two.", False),  # a number, not an amount
        ("What time did the vote end?", "The vote ended at 11:40 p.m. on Monday.", True),
        ("What time did the vote end?", "The vote ended on Monday.", False),
        ("How old is Odile Vasko?", "Odile Vasko, 61, signed the deal.", True),
        ("How old is Odile Vasko?", "Pieter Brand, 58, signed the deal.", False),
        ("How many cranes will the group build?", "It would build two new cranes.", True),
        ("How many cranes will the group build?", "It would build two new rail links.", False),
    ],
)
def test_what_tells_a_unit_that_gives_the_answer_a_form_asks_for(question, unit, gives):
    found = detector(_question(question))
    assert found is not None
    assert found(unit, "") is gives


def test_a_question_of_no_such_form_has_none():
    assert detector(_question("Who bought the harbour company?")) is None


def _question(text: str) -> Question:
    """A question every word of which the corpus knows, each weighing the same."""
    return Question(text, dict.fromkeys(terms(text), 1.0), ())


def test_the_unit_that_gives_the_asked_amount_in_other_words_is_quoted(tmp_path):
    """Asked how much the group paid, the sentence that gives the price in other words ("the deal is worth $340
    million") shares none of the question's words but "Keller" and "harbour" in the units before it: with the form's
    bonus it is among the sentences an extractive answer quotes; without it, the sentences that share the question's
    words, or hold some other number ("eleven votes to two"), push it out."""
    engine, _ = scripted_engine(tmp_path, "harbour.txt", ARTICLE)
    question = "How much did the Keller group pay for the harbour company?"
    answer = engine.ask(question, mode="extractive")
    assert answer.answered, answer.note
    assert any("$340 million" in c.quote for c in answer.citations), answer.text
    turn = engine.prepare([Message(role="user", content=question)], "extractive", None)
    without = select(engine.rank(turn, replace(engine.scoring, form=0.0)), engine.settings.answer_sentences)
    assert not any("$340 million" in s.text for s in without)
    assert Scoring().form > 0


def _unit(text: str, source: str) -> Sentence:
    return Sentence(source, "", 0, len(text), text, 0.0, 1.0, 0.0, frozenset(terms(text)))


@pytest.mark.parametrize(
    ("question", "office", "clock"),
    [
        ("Who is the mayor of Porto Venn?", "Mayor Ida Lenz of Porto Venn opened the harbour.", None),
        ("What time did the Porto Venn vote end?", None, "The Porto Venn vote ended at 11:40 p.m. on Monday."),
    ],
)
def test_the_office_and_clock_rules_read_the_units_the_form_ranks_up_in_an_article_that_names_what_is_asked(
    question, office, clock
):
    """A unit that names the asked office, or gives the asked clock time, may rank below the top units refusal reads;
    ranked up by the form's bonus it answers, when its article names what the question names: another city's mayor,
    or another vote's time, does not."""
    parsed = _question(question)
    here = [_unit("The Porto Venn council approved the sale of its harbour.", "here.txt")]
    given = office or clock
    field = "unroled" if office else "untimed"
    elsewhere = given.replace("Porto Venn", "Kessen")

    def ruled(formed: list[Sentence] | None, evidence: list[Sentence] = here) -> bool:
        return getattr(signals(parsed, evidence, here, [], [0.0], formed=formed), field) is not None

    assert ruled(None)  # the top units give no such thing
    assert not ruled([_unit(given, "here.txt")])
    other = _unit(elsewhere, "there.txt")
    assert ruled([other], here + [_unit("The Kessen council met.", "there.txt")])


@pytest.mark.parametrize(
    ("question", "given", "field"),
    [
        ("How much prize money did Odile Vasko win?", "The winning bid was $19 million.", "unmeasured"),
        ("How many goals did Odile Vasko score?", "The team scored 14 goals this season.", "uncounted"),
    ],
)
def test_the_count_and_amount_rules_read_only_the_articles_that_name_the_most_of_the_question(question, given, field):
    """An amount, or a count of what is asked, in an article that never names the asked person is not theirs: asked
    how much Vasko won, "$19 million" of an auction elsewhere does not answer; in her own article it does."""
    parsed = _question(question)
    hers = _unit("Odile Vasko won the race in Porto Venn on Sunday.", "hers.txt")

    def ruled(*units: Sentence) -> bool:
        return getattr(signals(parsed, list(units), list(units), [], [0.0]), field) is not None

    assert ruled(hers)
    assert ruled(hers, _unit(given, "auction.txt"))
    assert not ruled(hers, _unit(given, "hers.txt"))
