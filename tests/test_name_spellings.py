"""A name transliterated two ways ("Zelensky" in one article, "Zelenskyy" in another) is one word to the lexical side:
to BM25, to the sentence score and to the names the refusal decision looks for."""

from __future__ import annotations

import pytest

from answer.types import Message
from index.spellings import transliterated
from index.terms import terms
from tests.helpers import engine_over

ARTICLES = {
    # the answer, with the name spelt one way
    "kyiv.txt": """Kyiv answers the truce offer

Ukrainian President Volodymyr Zelensky called the Kremlin's truce offer a trap on Tuesday.
He said the offer would only give the army across the border time to regroup.
""",
    # the same name spelt another way, in a report on something else
    "summit.txt": """Leaders meet in Rome

Volodymyr Zelenskyy met European leaders in Rome on Friday.
The leaders discussed the reconstruction of schools and hospitals.
Zelenskyy thanked the hosts for the dinner.
""",
    "weather.txt": """Storms ahead

A line of storms will cross the coast on Saturday, forecasters said.
""",
}


@pytest.mark.parametrize(
    "spellings",
    [
        ("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskij"),
        ("Dmitry", "Dmitri"),
        ("Yuri", "Yury", "Yuriy"),
        ("Sergey", "Sergei"),
    ],
)
def test_the_endings_of_a_transliterated_name_are_one_word(spellings):
    assert len({tuple(terms(name)) for name in spellings}) == 1


def test_english_words_keep_their_endings():
    for word in ("city", "navy", "okay", "survey", "alibi", "taxi", "hawaii", "israeli", "ministry"):
        assert transliterated(word) == word
    assert terms("Minister") != terms("Ministry") and terms("Russia") != terms("Russian")


@pytest.fixture(scope="module")
def spelt(tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("spelt"), ARTICLES)


def test_bm25_finds_the_name_as_the_other_article_spells_it(spelt):
    found = {n.node.metadata["source"] for n in spelt.retriever.bm25("Zelenskyy")}
    assert found == {"kyiv.txt", "summit.txt"}
    found = {n.node.metadata["source"] for n in spelt.retriever.bm25("Zelensky")}
    assert found == {"kyiv.txt", "summit.txt"}


def test_the_answer_comes_from_the_article_that_spells_the_name_another_way(spelt):
    asked = "What did Zelenskyy call the Kremlin's truce offer?"
    turn = spelt.prepare([Message(role="user", content=asked)], "extractive", None)
    assert turn.answered
    assert turn.evidence[0].source == "kyiv.txt" and "trap" in turn.evidence[0].text
    # the article that answers holds both names the question gives, Zelenskyy as it spells him
    assert turn.signals.names_found == 1.0
