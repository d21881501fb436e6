"""How much: "How much X?" and "What share of X?" are answered only where a passage gives an amount (money, a
percentage, a measured quantity, a share in words), or says the amount is not known; else they are refused before any
reader is asked (invented article, real index and engine)."""

from __future__ import annotations

import pytest

from answer.amounts import amount_of, asks_amount, asks_portion, speaks_to_amount
from index.terms import terms
from tests.answer_checks import assert_refused_before_reading
from tests.helpers import scripted_engine

ARTICLE = """Orchard growers of Valdera sell a record harvest

Growers in the Valdera valley sold their apple harvest to the regional cooperative on Tuesday, the cooperative said.
The cooperative paid the growers $4.2 million for the harvest, its chairman Ilse Marrow said.
Cider makers bought 30% of the apples, and the rest went to markets in the capital.
The cooperative has not disclosed how much it paid for the pear harvest.
Twelve new orchards opened in the valley this year, and 200 pickers found seasonal work.
"""

# counts and dates, but no amount of anything
PICKERS = """Pickers return to the Valdera orchards

Two hundred seasonal pickers returned to the Valdera valley on Tuesday for the apple harvest, the growers said.
Most of the pickers come from the coastal towns and stay for six weeks.
The growers opened twelve new orchards this year and hired a dozen drivers.
The harvest is expected to end in October, the growers said.
"""


@pytest.mark.parametrize(
    ("question", "asks", "of"),
    [
        ("How much did the cooperative pay the growers?", True, ""),  # a function word follows: nothing named
        ("How much oil revenue does the state earn?", True, "oil revenue"),
        ("What share of the apples went to cider makers?", True, ""),  # what follows runs into the verb
        ("What percentage of voters disapprove?", True, ""),
        ("How much time did the harvest take?", False, ""),  # a time, which the time checks see to
        ("How many orchards opened?", False, ""),  # a count: answer/counts.py `counts`
        ("The harvest was sold on Tuesday. How much was it worth?", True, ""),  # the sentence that asks
        ("What is the value of the harvest?", True, "harvest"),  # the amount asked by its name
        ("What's the price of a crate of apples?", True, "crate"),
        ("What is the harvest worth to the valley's economy in jobs?", False, ""),  # no amount named
    ],
)
def test_a_question_asks_for_an_amount_when_it_asks_how_much_or_what_share(question, asks, of):
    assert asks_amount(question) is asks
    assert amount_of(question) == of


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("The cooperative paid $4.2 million.", True),
        ("Cider makers bought 30% of the apples.", True),
        ("Prices rose 12 percent this year.", True),
        ("The mill presses 500 tonnes of apples a day.", True),
        ("The deal is worth 7 billion, officials said.", True),
        ("Half the harvest went to the capital.", True),
        ("Twelve new orchards opened, and 200 pickers found work.", False),  # counts, not amounts
        ("The growers met on Tuesday.", False),
        ("The cooperative has not disclosed how much it paid for the harvest.", True),  # unknown, of what is asked
        ("No date was set for the next meeting.", False),  # unknown, but of something else
    ],
)
def test_a_passage_speaks_to_an_amount_when_it_gives_one_or_says_the_amount_asked_is_unknown(text, speaks):
    asked = set(terms("How much did the cooperative pay for the harvest?"))
    assert speaks_to_amount(text, asked) is speaks


@pytest.fixture(scope="module")
def orchard(tmp_path_factory):
    return scripted_engine(tmp_path_factory.mktemp("orchard"), "orchard.txt", ARTICLE)


def test_how_much_of_something_no_passage_gives_an_amount_of_is_refused_with_that_reason_before_any_reader(
    tmp_path,
):
    """The article counts the pickers, the orchards and the weeks but gives no amount of anything: asked how much the
    pickers earn, the engine refuses, saying what no passage gives an amount of, in both modes, without asking the
    reader; asked how many pickers returned, it answers."""
    engine, llm = scripted_engine(tmp_path, "pickers.txt", PICKERS)
    assert_refused_before_reading(
        engine, llm, "How much money do the seasonal pickers earn in Valdera?", "amount", "money"
    )
    question = "What is the value of the seasonal pickers' work in Valdera?"
    assert_refused_before_reading(engine, llm, question, "amount", "seasonal pickers")
    assert engine.ask("How many seasonal pickers returned to Valdera?", mode="extractive").answered


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("How much did the Valdera cooperative pay the growers for the apple harvest?", "$4.2 million"),
        ("What share of the Valdera apples did cider makers buy?", "30%"),
        ("How much did the Valdera cooperative pay for the pear harvest?", "not disclosed how much"),  # partial
    ],
)
def test_how_much_of_something_a_passage_gives_is_answered_from_it(orchard, question, quoted):
    engine, _ = orchard
    answer = engine.ask(question, mode="extractive")
    assert answer.answered, answer.note
    assert any(quoted in c.quote for c in answer.citations)


PEARS = """Valdera cooperative buys the pear crop

The Valdera cooperative bought the entirety of the valley's pear harvest on Monday, its chairman Ilse Marrow said.
Most of the board members had backed the purchase, and the growers were paid on delivery.
The cider makers of the capital said they would buy from the cooperative this winter.
"""


@pytest.mark.parametrize(
    ("question", "portion"),
    [
        ("How much of the pear harvest did the cooperative buy?", True),
        ("What proportion of the harvest was sold?", True),
        ("How much did the cooperative pay?", False),
        ("How much oil does the refinery process?", False),
    ],
)
def test_a_question_asks_for_a_part_of_a_whole(question, portion):
    assert asks_portion(question) is portion


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("The cooperative bought the entirety of the valley's pear harvest.", True),
        ("It bought most of the pears from the valley.", True),
        ("The harvest was partly sold to the cooperative.", True),
        ("Most of the board members had backed the purchase.", False),  # a part of something else
        ("The cooperative bought pears on Monday.", False),
    ],
)
def test_a_part_of_what_is_asked_about_says_how_much_of_it(text, speaks):
    asked = set(terms("How much of the pear harvest did the cooperative buy?"))
    assert speaks_to_amount(text, asked, portion=True) is speaks
    assert not speaks_to_amount(text, asked)  # without a part of a whole asked, a part is no amount


def test_how_much_of_a_whole_is_answered_from_the_words_that_say_the_part(tmp_path):
    """The article says the cooperative bought the entirety of the pear harvest, and only that most of the board backed
    it: asked how much of the pear harvest the cooperative bought, the engine answers from the sentence that says so;
    asked how much of the cider the capital's makers bought, it refuses, saying what no passage gives an amount of."""
    engine, llm = scripted_engine(tmp_path, "pears.txt", PEARS)
    answer = engine.ask("How much of the Valdera pear harvest did the cooperative buy?", mode="extractive")
    assert answer.answered, answer.note
    assert any("entirety" in c.quote for c in answer.citations)
    assert_refused_before_reading(engine, llm, "How much of the Valdera cider did the capital's makers buy?", "amount")
