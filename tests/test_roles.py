"""Who holds an office: "Who is X's foreign minister?" is answered only where a passage names that office; a passage
that names the country's president or a minister of another portfolio does not (invented article, real index and
engine)."""

from __future__ import annotations

import pytest

from answer.roles import asked_role, names_role
from tests.answer_checks import assert_refused_before_reading
from tests.helpers import scripted_engine

ARTICLE = """Marenland's cabinet meets after the harbour strike

Marenland's President Odile Vasko met her cabinet on Monday to discuss the harbour strike in Porto Venn.
Prime Minister Tomas Reyl told reporters the government would meet the dockworkers' union on Thursday.
Finance Minister Ada Kerrin said the strike had cost the port about $3 million a day.
The union's spokesperson, Lena Hoff, said the dockworkers wanted a pay rise of 8%.
"""


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("Who is Ukraine's foreign minister?", "foreign minister"),
        ("Who is the defence minister of Ukraine?", "defence minister"),
        ("Who is the Italian Prime Minister?", "prime minister"),
        ("Who is the Kremlin spokesman?", "spokesman"),
        ("Who was named the new CEO of the company?", "ceo"),
        ("Who are the ministers of the new government?", "minister"),
        ("Who did the foreign minister meet?", ""),  # asks about the office holder, not who holds it
        ("Who is Putin?", ""),
        ("Who will lead the delegation?", ""),
        ("When did the foreign minister resign?", ""),
        ("What did the Oryol governor say about the attack?", "governor"),  # an office holder's words
        ("What did the Kremlin spokesman tell reporters?", "spokesman"),
        ("What did the foreign minister say?", "foreign minister"),
        ("What did the strike cost the port?", ""),
        ("Which Russian general led the delegation?", "general"),  # "Which <title> ...?" asks the holder too
        ("Which finance minister spoke first?", "finance minister"),
        ("Which generals were dismissed?", "general"),
        ("Which European leaders did Zelenskyy call?", ""),  # no office
        ("Which Russian official described the document?", ""),
        ("What did Trump tell the minister?", ""),  # the office comes after the verb
    ],
)
def test_the_office_a_who_is_question_asks_the_holder_of(question, role):
    assert asked_role(question) == role


@pytest.mark.parametrize(
    ("role", "text", "names"),
    [
        ("defence minister", "Defense Minister Sergei Shoigu said", True),  # spelt the other way
        ("spokesman", "Kremlin spokesperson Dmitry Peskov said", True),  # the office under another name
        ("foreign minister", "Prime Minister Giorgia Meloni said", False),  # another office
        ("foreign minister", "the minister of culture said", False),
        ("president", "President Odile Vasko met her cabinet", True),
        ("negotiator", "the ceasefire negotiations will resume", False),  # a word of the same stem is no title
        ("negotiator", "the chief negotiators met", True),
        ("spokesman", "two spokesmen said", True),
        ("", "anything", True),  # no office asked: nothing ruled out
    ],
)
def test_a_passage_names_an_office_by_its_title_and_what_makes_it_that_office(role, text, names):
    assert names_role(role, [text]) is names


def test_who_holds_an_office_no_passage_names_is_refused_with_that_reason_before_any_reader(tmp_path):
    """The article names Marenland's president, prime minister and finance minister: asked who its foreign minister
    is, the engine refuses in both modes, saying which office no passage names, without asking the reader; asked who
    its finance minister is, it answers with her."""
    engine, llm = scripted_engine(tmp_path, "cabinet.txt", ARTICLE)
    assert_refused_before_reading(engine, llm, "Who is Marenland's foreign minister?", "foreign minister")
    answer = engine.ask("Who is Marenland's finance minister?", mode="extractive")
    assert answer.answered, answer.note
    assert any("Ada Kerrin" in c.quote for c in answer.citations)


def test_which_holder_of_an_office_no_passage_names_is_refused(tmp_path):
    """Asked which general of Marenland's said something, where the article names no general, the engine refuses,
    saying which office no passage names; asked which minister said the strike had cost the port, it answers."""
    engine, llm = scripted_engine(tmp_path, "cabinet.txt", ARTICLE)
    assert_refused_before_reading(
        engine, llm, "Which Marenland general said the strike cost the port money?", "general"
    )
    answer = engine.ask("Which minister said the strike had cost the port money?", mode="extractive")
    assert answer.answered, answer.note
    assert any("Ada Kerrin" in c.quote for c in answer.citations)
