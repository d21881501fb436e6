"""Dates, recency, filters and who-says-what, over dated articles (and one undated) written for these tests (real models,
real Chroma)."""

from __future__ import annotations

from datetime import date

import pytest

from answer.scope import Scope
from answer.timeframe import resolve
from index.articles import parse_article
from index.dates import publication_date, wire_publisher
from tests.helpers import engine_over

# A town whose mayor changed between two reports, a council with two dated decisions, and one strike that two
# publishers count differently. Fictional, so no answer can come from anything but these files.
ARTICLES = {
    "mayor_old.txt": """date 2024-02-02
Harbin Falls names Maria Lopez mayor

Harbin Falls CNN —

Maria Lopez is the mayor of Harbin Falls, the town council confirmed on Thursday after a unanimous vote.
Lopez, a former schoolteacher, promised to repair the old river bridge before the spring floods.
""",
    "mayor_new.txt": """date 2024-04-20
Harbin Falls swears in a new leader

Harbin Falls CNN —

Daniel Okafor was sworn in as mayor of Harbin Falls on Friday, succeeding Maria Lopez, who resigned in March.
Okafor said the river bridge would stay closed until engineers finish their survey.
""",
    "council_march3.txt": """date 2024-03-03
Council votes on the Quarry Road school

The Dunmore council voted on Sunday to close the Quarry Road school at the end of the school year.
Parents said the decision left them little time to find other places for their children.
""",
    "council_march20.txt": """date 2024-03-20
Council votes on the Dunmore market

The Dunmore council voted on Wednesday to move the weekly market to the old station square.
Traders said the decision would bring more shoppers to the town centre.
""",
    "strike_reuters.txt": """date 2024-05-10
Strike hits fuel depot near Ostrava

OSTRAVA (Reuters) - A drone strike on a fuel depot near Ostrava killed twelve people overnight, local officials told Reuters.
Firefighters worked through the night to contain the blaze at the depot.
""",
    # no date line: nothing says when it was published
    "library_undated.txt": """Kelso library reopens

The Kelso public library reopened its doors on Thursday, eight months after a burst pipe flooded its reading rooms.
""",
    "strike_tass.txt": """date 2024-05-10
Officials give their account of the depot strike

MOSCOW (TASS) - The drone strike on the fuel depot near Ostrava killed three people, the regional governor said.
The governor said the fire at the depot had been put out by morning.
""",
}


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("dated"), ARTICLES)


# --- reading dates and publishers -----------------------------------------------------------


def test_publication_date_says_where_it_came_from():
    assert publication_date("x", "2024-01-02").source == "date line"
    head = "Headline\nUpdated 9:41 AM EDT, Mon May 19, 2025\n\nStory text that mentions March 3, 2024 once."
    assert publication_date(head, None) == publication_date(head, None).__class__("2025-05-19", "dateline")
    body = "Line one.\n" * 8 + "The talks on 3 March 2024 failed."
    assert (publication_date(body, None).date, publication_date(body, None).source) == ("2024-03-03", "text")
    assert publication_date("No date anywhere.", None).source == "unknown"


def test_wire_datelines_name_the_publisher_and_are_left_out_of_the_text():
    assert wire_publisher("LONDON (Reuters) - Prices rose.") == "Reuters"
    assert wire_publisher("New York CNN Business —") == "CNN Business"
    assert wire_publisher("The senator (Monday) - said") is None
    article = parse_article("a.txt", ARTICLES["mayor_old.txt"])
    assert (article.date, article.date_source, article.publisher) == ("2024-02-02", "date line", "CNN")
    kept = " ".join(article.text[a:b] for a, b in article.cleaned.spans)
    assert "CNN —" not in kept and "Maria Lopez is the mayor" in kept


# --- time words in questions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "since", "until", "current"),
    [
        ("Who won this week?", date(2024, 4, 13), date(2024, 4, 20), True),
        ("What happened on March 3?", date(2024, 3, 3), date(2024, 3, 5), False),
        ("What was decided in March?", date(2024, 3, 1), date(2024, 4, 2), False),
        ("What did he say on Tuesday?", date(2024, 4, 16), date(2024, 4, 18), True),
        ("Who is the mayor now?", None, None, True),
        ("Who is the mayor?", None, None, False),
    ],
)
def test_time_words_resolve_against_the_as_of_date(question, since, until, current):
    frame = resolve(question, date(2024, 4, 20))  # a Saturday
    assert (frame.since, frame.until, frame.current) == (since, until, current)


def test_relative_words_need_an_as_of_date_but_full_dates_do_not():
    assert not resolve("Who won this week?", None).window
    assert resolve("What happened on 3 March 2024?", None).since == date(2024, 3, 3)


# --- answers -------------------------------------------------------------------------------


def test_the_newest_report_wins_when_the_current_state_is_asked(dated):
    answer = dated.ask("Who is the mayor of Harbin Falls now?")
    assert answer.answered
    assert answer.citations[0].source == "mayor_new.txt", answer.answer
    assert "Okafor" in answer.answer
    assert "20 Apr 2024" in answer.answer.split("[1]")[0]  # the answer says which date its evidence is from
    # as of a date before the new mayor, the old report is the newest there is
    earlier = dated.ask("Who is the mayor of Harbin Falls now?", scope=Scope(as_of=date(2024, 3, 1)))
    assert {c.source for c in earlier.citations} == {"mayor_old.txt"}
    assert earlier.as_of == "2024-03-01"


def test_a_named_date_narrows_the_evidence_to_it(dated):
    answer = dated.ask("What did the Dunmore council vote for on March 3?")
    assert answer.answered
    assert {c.source for c in answer.citations} == {"council_march3.txt"}
    assert "Quarry Road" in answer.answer
    later = dated.ask("What did the Dunmore council vote for on March 20?")
    assert {c.source for c in later.citations} == {"council_march20.txt"}


def test_an_article_of_unknown_date_stays_in_the_window_of_the_questions_time_words(dated):
    # "on Thursday" is 9-10 May 2024 as of the newest article: dated articles of those days are in the window, the
    # undated one may be too, and only it answers
    answer = dated.ask("Which building in Kelso reopened on Thursday?")
    assert answer.answered, answer.note
    assert {c.source for c in answer.citations} == {"library_undated.txt"}
    assert "library" in answer.answer


def test_a_date_with_no_article_is_said_and_every_date_searched(dated):
    answer = dated.ask("What did the Dunmore council vote for on June 9?")
    assert "No article is dated" in (answer.note or "")


def test_publisher_and_date_filters(dated):
    by_tass = dated.ask("How many people did the strike on the fuel depot kill?", scope=Scope(sources=["tass"]))
    assert {c.source for c in by_tass.citations} == {"strike_tass.txt"}
    assert "three" in by_tass.answer
    march = dated.ask("What did the council vote for?", scope=Scope(since=date(2024, 3, 10), until=date(2024, 3, 31)))
    assert {c.source for c in march.citations} == {"council_march20.txt"}
    nothing = dated.ask("What did the council vote for?", scope=Scope(since=date(2030, 1, 1)))
    assert not nothing.answered and nothing.note == "No article matches the filters."


def test_sources_that_differ_are_attributed_not_merged(dated):
    answer = dated.ask("How many people did the drone strike on the fuel depot near Ostrava kill?")
    cited = {c.source: c for c in answer.citations}
    assert {"strike_reuters.txt", "strike_tass.txt"} <= set(cited), answer.answer
    for c in answer.citations:
        if c.source.startswith("strike_"):
            assert f"{c.publisher}, 10 May 2024: " in answer.answer  # each account says whose it is
    assert "twelve" in answer.answer and "three" in answer.answer


def test_time_handling_is_what_makes_the_newer_report_win(dated):
    """Switched off, the engine ignores dates: the old report, which matches the question best, comes first."""
    from answer.engine import Engine

    settings = dated.settings.model_copy(update={"time_aware": False})
    plain = Engine(settings, dated.indexer, dated.retriever, dated.generator)
    answer = plain.ask("Who is the mayor of Harbin Falls now?")
    assert answer.time_frame is None
    assert answer.citations[0].source == "mayor_old.txt"


# --- over HTTP -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dated_client(dated):
    from fastapi.testclient import TestClient

    from service.app import create_app

    with TestClient(create_app(dated.settings, engine=dated)) as c:
        yield c


def test_filters_over_every_answer_route(dated_client):
    question = "How many people did the strike on the fuel depot kill?"
    ask = dated_client.post("/api/ask", json={"question": question, "sources": ["Reuters"]}).json()
    assert {c["source"] for c in ask["citations"]} == {"strike_reuters.txt"}
    assert ask["citations"][0]["publisher"] == "Reuters" and ask["citations"][0]["date"] == "2024-05-10"
    chat = dated_client.post(
        "/api/chat", json={"messages": [{"role": "user", "content": question}], "sources": ["strike_tass.txt"]}
    ).json()
    assert {c["source"] for c in chat["citations"]} == {"strike_tass.txt"}
    openai = dated_client.post(
        "/v1/chat/completions",
        json={"model": "x", "messages": [{"role": "user", "content": "What did the council vote for?"}],
              "since": "2024-03-10", "until": "2024-03-31"},
    ).json()  # fmt: skip
    assert {c["source"] for c in openai["citations"]} == {"council_march20.txt"}


def test_bad_filters_are_a_clear_422(dated_client):
    r = dated_client.post("/api/ask", json={"question": "What happened?", "since": "2024-05-01", "until": "2024-04-01"})
    assert r.status_code == 422 and "since must not be after until" in r.text
    r = dated_client.post("/api/ask", json={"question": "What happened?", "as_of": "not a date"})
    assert r.status_code == 422 and "as_of" in r.text


def test_sources_list_dates_with_where_they_came_from(dated_client):
    listed = {a["source"]: a for a in dated_client.get("/api/sources").json()}
    assert listed["strike_tass.txt"]["publisher"] == "TASS"
    assert (listed["mayor_new.txt"]["date"], listed["mayor_new.txt"]["date_source"]) == ("2024-04-20", "date line")


def test_labels_name_publisher_headline_and_date_but_never_repeat_a_first_sentence():
    from answer.attribution import label
    from answer.types import Citation

    c = Citation(n=1, source="a.txt", title="Mayor sworn in", quote="q", start=0, end=1, score=1.0)
    assert label(c, headline=True) == "“Mayor sworn in”"
    assert label(c.model_copy(update={"date": "2024-04-20"}), headline=True) == "“Mayor sworn in”, 20 Apr 2024"
    assert label(c.model_copy(update={"publisher": "CNN"}), headline=True) == "CNN"
    assert label(c, headline=False) is None  # a title made of the first sentence is no name
