"""Whom: a question about doing something to one person ("Who would brief Vasko?") is not answered from passages in
which everyone it is done to is someone else ("briefed Brand"), however many words they share with it (invented
article, real index and engine)."""

from __future__ import annotations

import pytest

from answer.objects import asked_objects, other_object
from tests.answer_checks import assert_refused_before_reading
from tests.helpers import scripted_engine

ARTICLE = """Mediator reports on harbour talks

The mediator Ilse Marten briefed Pieter Brand on the talks in Porto Venn on Tuesday, the port authority said.
Brand leads the dockworkers' union, which has been on strike for three weeks over pay.
President Odile Vasko will decide on the port's budget after the talks end, her office said.
"""


@pytest.mark.parametrize(
    ("question", "pairs"),
    [
        ("Who did Peskov say would brief Putin after the Moscow meeting?", [("brief", "Putin")]),
        ("When did Trump meet Putin?", [("meet", "Putin")]),
        ("Who interviewed Trump in Abu Dhabi?", [("interviewed", "Trump")]),
        ("Did Trump try to persuade Zelenskyy to sign?", [("persuade", "Zelenskyy")]),
        ("How many Russian troops surrounded Ukrainian soldiers?", []),  # a nationality, not a name
        ("What did former President Donald Trump say?", []),  # no verb before the name
        ("Why did the talks in Istanbul fail?", []),
    ],
)
def test_the_verb_and_name_pairs_a_question_asks_about(question, pairs):
    assert asked_objects(question) == pairs


QUESTION = "Who did Peskov say would brief Putin?"


@pytest.mark.parametrize(
    ("texts", "other"),
    [
        (["The talks will resume once Witkoff has briefed Trump."], ("brief", "Putin")),
        (["Witkoff briefed Trump.", "Ushakov briefed President Putin."], None),  # the asked one is there
        (["Witkoff briefed Trump.", "Ushakov will brief the Russian president."], None),  # not a name: may be him
        (["Putin was briefed by Ushakov on Friday."], None),  # a passive: "by" is no name
        (["The talks in Moscow ended."], None),  # nobody briefed: nothing to tell
    ],
)
def test_a_question_about_doing_something_to_one_person_is_swapped_only_when_every_use_is_of_another(texts, other):
    assert other_object(QUESTION, texts) == other


def test_a_question_about_briefing_one_person_is_refused_with_that_reason_when_the_article_briefs_another(tmp_path):
    """The article's mediator briefed the union leader: asked who briefed the president, the engine refuses in both
    modes, saying whom the passages brief, without asking the reader; asked who briefed the union leader, it answers
    from the sentence that says so."""
    engine, llm = scripted_engine(tmp_path, "talks.txt", ARTICLE)
    assert_refused_before_reading(engine, llm, "Who briefed Vasko on the talks in Porto Venn?", "briefed", "Vasko")
    answer = engine.ask("Who briefed Brand on the talks in Porto Venn?", mode="extractive")
    assert answer.answered, answer.note
    assert any("Ilse Marten" in c.quote for c in answer.citations)
