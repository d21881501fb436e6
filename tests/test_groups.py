"""Whose: a question that names a thing as one nation's ("Turkish patrol boats") is not answered from passages whose
every such thing is another nation's ("Greek patrol boats"), however many words they share with it (invented article,
real index and engine)."""

from __future__ import annotations

import pytest

from answer.groups import asked_groups, other_group
from tests.answer_checks import assert_refused_before_reading
from tests.helpers import scripted_engine

ARTICLE = """Boats seized in the Venn strait

Greek patrol boats seized four fishing trawlers in the Venn strait on Tuesday, the harbour office in Porto Venn said.
The trawlers were towed to the port of Kessel, where their crews were questioned for six hours.
Turkish officials said the seizure broke a treaty signed in 2019 and would be raised with Athens.
"""


@pytest.mark.parametrize(
    ("question", "pairs"),
    [
        ("How many regions did Russian drones strike in Ukraine?", [("Russian", "drones")]),
        ("Did Ukrainian troops leave the Russian region?", [("Ukrainian", "troops"), ("Russian", "region")]),
        ("What did Russian President Putin say?", []),  # a title and a name, not a thing
        ("How many Russian and Ukrainian soldiers died?", [("Ukrainian", "soldiers")]),
        ("What did the Kremlin say about the talks?", []),
    ],
)
def test_the_nationality_and_noun_pairs_a_question_asks_about(question, pairs):
    assert asked_groups(question) == pairs


@pytest.mark.parametrize(
    ("texts", "other"),
    [
        (["Ukrainian drones struck ten regions in Russia."], "Russian drones"),
        (["Ukrainian drones struck ten regions.", "Russian drones hit Kharkiv."], None),  # the asked ones are there
        (["Ukrainian drones struck ten regions.", "Drones hit Kharkiv overnight."], None),  # bare: may be Russian
        (["Russian and Ukrainian drones filled the sky."], None),  # the asked nation within three words before
        (["Russian attack drones hit Kharkiv."], None),
        (["The talks in Istanbul ended."], None),  # no drones at all: nothing to tell
    ],
)
def test_a_question_about_one_nations_thing_is_othered_only_when_every_mention_is_anothers(texts, other):
    assert other_group("How many regions did Russian drones strike?", texts) == other


def test_a_question_about_one_nations_boats_is_refused_with_that_reason_when_the_article_has_only_anothers(tmp_path):
    """The article's patrol boats are Greek: asked how many trawlers Turkish patrol boats seized, the engine refuses in
    both modes, saying whose boats the passages speak of, without asking the reader; asked about Greek patrol boats,
    it answers from the sentence that counts the trawlers."""
    engine, llm = scripted_engine(tmp_path, "strait.txt", ARTICLE)
    assert_refused_before_reading(
        engine, llm, "How many trawlers did Turkish patrol boats seize in the Venn strait?", "Turkish patrol"
    )
    answer = engine.ask("How many trawlers did Greek patrol boats seize in the Venn strait?", mode="extractive")
    assert answer.answered, answer.note
    assert any("four" in c.quote for c in answer.citations)
