"""Yes-no questions, and questions about a meeting or a talk of named people: "Did X meet Y in Z?" and "Where did X meet
Y?" are answered only where one passage names X, Y (and Z); else they are refused, saying so, before any reader is
asked (invented article, real index and engine)."""

from __future__ import annotations

import pytest

from answer.claims import claimed_names, named_together
from tests.answer_checks import assert_refused_before_reading
from tests.helpers import scripted_engine

ARTICLE = """Harbour talks in Kelmar end without a deal

Mayor Ilsa Varn met the fishing minister Oskar Dahl in Kelmar on Tuesday to discuss repairs to the harbour wall.
The two did not agree on who would pay for the repairs, a spokesman for the harbour office said.
Engineers have warned for years that the wall could give way in a winter storm.
The harbour office expects a decision on the repairs before the end of the month.
Separately, the Brennish trade envoy Maren Holt visited the ferry port in Sundby on Wednesday.
Holt said the ferries to Kelmar would keep running through the winter.
"""


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Did Peskov meet Witkoff in Istanbul?", ["Peskov", "Witkoff", "Istanbul"]),
        ("Did Zelenskyy attend Pope Francis' funeral?", ["Zelenskyy", "Pope Francis"]),
        ("Has a venue been confirmed?", []),
        ("Where did Peskov meet Witkoff?", ["Peskov", "Witkoff"]),  # a meeting of two named people
        ("When did Trump meet Zelenskyy in Rome?", ["Trump", "Zelenskyy", "Rome"]),
        ("How long was Trump's phone call with Zelenskyy?", ["Trump", "Zelenskyy"]),
        ("Who did Trump plan to talk to after speaking with Putin?", ["Trump", "Putin"]),
        ("On which day did Witkoff meet Putin, according to the Mail Online?", ["Witkoff", "Putin"]),  # the reporter
        ("Who spoke with Putin for two hours?", []),  # one name: whom he spoke with is what is asked
        ("Where did Witkoff go after the meeting in Moscow?", []),  # no meeting of named people
        ("Where did Peskov say Witkoff was?", []),  # no yes-no question, no meeting: other rules decide it
        ("Is it Istanbul or Rome?", []),  # asks for one of the alternatives
    ],
)
def test_a_yes_no_question_claims_something_of_the_names_it_gives(question, names):
    assert claimed_names(question) == names


@pytest.mark.parametrize(
    ("names", "unit", "before", "together"),
    [
        (["Varn", "Dahl"], "Varn met Dahl in Kelmar.", "", True),
        (["Varn", "Holt"], "Varn met Dahl in Kelmar.", "", False),
        (["Varn", "Holt"], "She met him there.", "Varn flew to Sundby. Holt was waiting.", True),  # leant on
        (["Varn", "Holt"], "She met him there.", "Varn flew to Sundby. It rained. Holt waited. It was late.", False),
        (["Ukraine"], "A Ukrainian official said so.", "", True),  # a name's stem starts the passage's word
        (["FBI"], "The Federal Bureau of Investigation declined to comment.", "", True),  # an acronym written out
    ],
)
def test_a_passage_names_them_together_when_it_or_the_sentences_it_leans_on_name_each(names, unit, before, together):
    assert named_together(names, [(unit, before)]) is together


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return scripted_engine(tmp_path_factory.mktemp("claims"), "harbour.txt", ARTICLE)


@pytest.mark.parametrize(
    "question",
    ["Did Ilsa Varn meet Maren Holt in Kelmar?", "Where did Ilsa Varn meet Maren Holt?"],
)
def test_a_claim_about_names_no_passage_gives_together_is_refused_before_any_reader(harbour, question):
    """Varn and Holt are both in the article, but never in one passage (Holt visited Sundby, Varn met Dahl in Kelmar):
    whether they met, or where, it cannot say."""
    assert_refused_before_reading(*harbour, question, "“Maren Holt”", "together")


@pytest.mark.parametrize(
    ("question", "quoted"),
    [("Did Ilsa Varn meet Oskar Dahl in Kelmar?", "Oskar Dahl"), ("Where did Ilsa Varn meet Oskar Dahl?", "Kelmar")],
)
def test_a_claim_about_names_a_passage_gives_together_is_answered_from_it(harbour, question, quoted):
    engine, _ = harbour
    answer = engine.ask(question, mode="extractive")
    assert answer.answered, answer.note
    assert quoted in answer.citations[0].quote
