"""Who said it: a quote answers "What did X say?" only if the article gives it to X (invented articles throughout)."""

from __future__ import annotations

import json

import pytest

from answer import speakers
from answer.types import Message
from index.names import FullNames
from tests.answer_checks import assert_refused_before_reading
from tests.helpers import scripted_engine

ARTICLE = """Harbour plan divides the city council

The city council met on Monday to debate the new harbour plan. Maria Lopez, the council leader, opened the session.
Guests included the port director Ana Ruiz and two harbour pilots.
“The harbour must grow to keep jobs in the city,” Lopez said.
Tom Reed, who leads the opposition, spoke after her. “The harbour plan will ruin the old town and its fishing fleet,” \
Reed said. He added that his party would vote against the harbour plan.
The vote on the harbour plan is expected next week.
"""


def test_the_person_a_question_asks_about():
    assert speakers.asked_speaker("What did Maria Lopez say about the harbour?") == "Maria Lopez"
    assert speakers.asked_speaker("The council met on Monday. What did Reed tell reporters?") == "Reed"
    assert speakers.asked_speaker("What did the mayor say?") is None  # nobody named
    assert speakers.asked_speaker("What did Lopez propose?") is None  # not asking for words
    assert speakers.asked_speaker("Who won the vote?") is None
    assert speakers.asked_speaker("What did Ursula von der Leyen say?") == "Ursula von der Leyen"  # particles
    assert speakers.asked_speaker("What did Ben de Vries tell the council?") == "Ben de Vries"


@pytest.mark.parametrize(
    ("unit", "before", "asked", "expected"),
    [
        ("“The plan will ruin the town,” Reed said.", "", "Maria Lopez", False),  # someone else's words
        ("“The plan will ruin the town,” Reed said.", "", "Tom Reed", True),
        ("“We want results.”", "“The budget is late,” Lopez said.", "Lopez", True),  # a bare quote: the last speaker
        ("“We want results.”", "“The budget is late,” Lopez said.", "Reed", False),
        ("“It is time,” she said.", "Lopez toured the harbour on Monday. She met the fishermen.", "Lopez", True),
        ("“It is time,” she said.", "Lopez toured the harbour on Monday. She met the fishermen.", "Reed", False),
        ("“It is time,” said Councillor Lopes.", "", "Lopez", True),  # a spelling slip is the same name
        ("“Reed said, ‘we are ready,’ and we were,” Lopez told reporters.", "", "Reed", True),  # a quote in a quote
        ("“It is time.”", "", "Reed", True),  # no speaker found: nobody is ruled out
        # the first word of a quote is not a speaker: the words are the speaker's further back
        (
            "“The town will cope.”",
            "Later, Lopez described the plan as bold. “Big ships ahead,” she said.",
            "Lopez",
            True,
        ),
        (
            "“The town will cope.”",
            "Later, Lopez described the plan as bold. “Big ships ahead,” she said.",
            "Reed",
            False,
        ),
        ("The vote is expected next week.", "", "Reed", True),
    ],
)
def test_whose_words_a_unit_gives(unit, before, asked, expected):
    assert speakers.said_by(asked, unit, before) is expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("JD Vance", "Vice President Vance", True),
        ("Zelenski", "Volodymyr Zelenskyy", True),  # a spelling slip
        ("Kremlin spokesman Dmitry Peskov", "Dmitri Peskov", True),
        ("Maria Lopez", "Councillor Lopez", True),  # a title is no given name
        ("Ana Lopez", "Maria Lopez", False),  # two of one family
        ("Lopez", "Maria Lopez", True),  # the family name alone may be either
        ("Reed", "Lopez", False),
    ],
)
def test_when_two_names_are_one_person(a, b, same):
    assert speakers.same_person(a, b) is same and speakers.same_person(b, a) is same


def test_a_shouted_phrase_or_a_sentence_opener_is_not_a_speaker():
    assert speakers.speakers("“WE WILL WIN,” the post said.") == []
    assert speakers.speakers("“It is time.”", "Speaking at the harbour, Lopez revealed the plan.") == ["Lopez"]
    assert speakers.speakers("“It is time.”", "Every member spoke. And Reed said so.") == ["And Reed"]
    assert speakers.speakers("Despite the vote, no date was set.") == []  # a preposition, not a subject
    assert speakers.speakers("Additionally, the port will close.") == []  # an adverb


def test_whether_the_articles_give_the_asked_person_any_words():
    units = [
        ("Guests included the port director Ana Ruiz and two harbour pilots.", ""),
        ("“It is time,” she said.", "Maria Lopez toured the harbour on Monday."),
    ]
    assert speakers.quoted("Lopez", units)  # a pronoun's words go to the name before it
    assert not speakers.quoted("Ana Ruiz", units)  # named, never speaking
    assert not speakers.quoted("Reed", units)


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    return scripted_engine(tmp_path_factory.mktemp("council"), "council.txt", ARTICLE)


def test_the_readers_answer_is_not_given_as_the_words_of_someone_the_article_does_not_give_them_to(council):
    engine, llm = council
    llm.reply = json.dumps({"answer": "will ruin the old town", "evidence": 1})
    given = engine.ask("What did Reed say about the harbour plan?", mode="generative")
    assert given.mode == "generative" and given.answer.lower().startswith("will ruin the old town")
    assert "Reed said" in given.citations[0].quote
    taken = engine.ask("What did Lopez say about the harbour plan?", mode="generative")
    assert taken.mode != "generative" and not taken.answer.lower().startswith("will ruin")


def test_what_someone_said_is_refused_when_the_articles_give_them_no_words(council):
    """Ana Ruiz is named but never speaks: asking what she said is refused, with that reason, before any reader is
    asked; the same question about someone who speaks is answered."""
    assert_refused_before_reading(*council, "What did Ana Ruiz say about the harbour plan?", "Ana Ruiz")
    assert council[0].ask("What did Tom Reed say about the harbour plan?", mode="extractive").answered


@pytest.mark.parametrize("verb", ["conclude", "admit", "mention", "stress", "acknowledge", "comment"])
def test_other_verbs_of_saying_ask_for_words_too(council, verb):
    """Asking what X concluded asks for X's words as "say" does: refused for someone who never speaks."""
    assert speakers.asked_speaker(f"What did Tom Reed {verb} about the harbour plan?") == "Tom Reed"
    assert_refused_before_reading(*council, f"What did Ana Ruiz {verb} about the harbour plan?", "Ana Ruiz")


def test_the_topic_the_asked_words_are_to_be_about():
    assert speakers.asked_topic("What did Maria Lopez say about the harbour plan?") == "the harbour plan"
    assert speakers.asked_topic("The council met. What did Reed tell reporters regarding the vote?") == "the vote"
    assert speakers.asked_topic("What did Reed say?") is None
    assert speakers.asked_topic("Who spoke about the harbour?") is None  # no one's words asked for


def test_the_asked_person_speaks_of_the_topic_in_the_passage_or_the_unit():
    units = [("“We are ready,” Reed said.", "The harbour plan was debated on Monday.")]
    assert speakers.quoted("Reed", units, "the harbour plan")  # the passage his words stand in is about it
    assert speakers.quoted("Reed", units, "the plans for the harbour")  # other forms of the same words
    assert not speakers.quoted("Reed", units, "the fishing fleet")  # he is quoted, but not on that
    assert speakers.quoted("Reed", units, "Reed")  # his own name is no topic: nothing to hold


def test_what_someone_said_about_a_topic_they_never_speak_of_is_refused(council):
    """Lopez speaks of the harbour, never of the fishing fleet (which Reed speaks of): asked what she said about the
    fleet, the engine refuses, naming both, before any reader is asked."""
    question = "What did Maria Lopez say about the fishing fleet?"
    assert_refused_before_reading(*council, question, "Maria Lopez", "fishing fleet")
    assert council[0].ask("What did Tom Reed say about the fishing fleet?", mode="extractive").answered


def test_a_bare_family_name_is_the_bearer_the_corpus_names_most():
    """A bare "Berg said" is Anna Berg, whom the corpus names most, unless the passage names Karl Berg; without the
    corpus's names, or for a speaker named in full, any Berg may be."""
    names = FullNames(["Mayor Anna Berg opened the port.", "Anna Berg spoke twice.", "Her husband Karl Berg sails."])
    assert not speakers.may_be("Karl Berg", "Berg", "“We are ready,” Berg said.", names)
    assert speakers.may_be("Karl Berg", "Berg", "Karl Berg arrived. “We are ready,” Berg said.", names)
    assert speakers.may_be("Anna Berg", "Berg", "“We are ready,” Berg said.", names)
    assert speakers.may_be("Karl Berg", "Berg", "“We are ready,” Berg said.", None)
    assert not speakers.may_be("Karl Berg", "Anna Berg", "“We are ready,” Anna Berg said.", names)


def test_a_topic_is_spoken_of_only_where_the_passage_holds_enough_of_its_weight():
    """ "the harbour fees" weighs mostly "fees": a passage about the harbour alone does not speak of them."""
    units = [("“We are ready,” Reed said.", "The harbour plan was debated on Monday.")]
    assert not speakers.quoted("Reed", units, "the harbour fees", weights={"harbour": 1.0, "fee": 4.0})
    assert speakers.quoted("Reed", units, "the harbour fees", weights={"harbour": 4.0, "fee": 1.0})
    assert speakers.quoted("Reed", units, "the harbour fees")  # without weights, any word of it


def test_a_follow_up_asks_the_words_of_the_person_the_conversation_carried():
    assert speakers.asked_speaker("What did he say about the fleet? (Tom Reed)") == "Tom Reed"
    assert speakers.asked_topic("What did he say about the fleet? (Tom Reed)") == "the fleet"
    assert speakers.asked_speaker("What did she say? (Maria Lopez, harbour)") == "Maria Lopez"
    assert speakers.asked_speaker("What did he say about the fleet?") is None  # nobody carried
    assert speakers.asked_speaker("What did it say? (Reuters)") is None  # not a person's "he"


def test_a_follow_up_about_what_someone_never_said_is_refused_with_their_name(council):
    """Ana Ruiz is named but never speaks: "What did she say ...?" after a question about her is refused, naming her;
    the same follow-up after a question about Reed is answered."""
    engine, _ = council
    asked = [
        Message(role="user", content="Who is Ana Ruiz?"),
        Message(role="assistant", content="The port director."),
        Message(role="user", content="What did she say about the harbour plan?"),
    ]
    refused = engine.chat(asked, mode="extractive")
    assert not refused.answered and "Ana Ruiz" in refused.note, refused.note
    asked[0] = Message(role="user", content="Who is Tom Reed?")
    asked[2] = Message(role="user", content="What did he say about the harbour plan?")
    assert engine.chat(asked, mode="extractive").answered


def test_according_to_a_person_with_their_title_gives_them_the_words():
    assert speakers.speakers("According to port adviser Ana Ruiz, the harbour talks were friendly.") == ["Ana Ruiz"]
    assert speakers.speakers("According to Dutch port adviser Ana Ruiz, the talks were friendly.") == ["Ana Ruiz"]
    assert speakers.speakers("According to Reed, the vote is next week.") == ["Reed"]
    assert speakers.speakers("According to sources, the vote is next week.") == []


def test_words_that_name_whom_the_topic_names_speak_of_it_whatever_else_the_topic_says():
    """ "the tone of the Lopez-Reed talks": "tone" is no word of the article, yet Ruiz's words on the Lopez-Reed talks
    speak of them; words that name neither do not."""
    weights = {"tone": 5.0, "lopez": 1.0, "reed": 1.0, "talk": 1.0}
    units = [("According to port adviser Ana Ruiz, the Lopez-Reed meeting was friendly.", "")]
    assert speakers.quoted("Ana Ruiz", units, "the tone of the Lopez-Reed talks", weights=weights)
    other = [("According to port adviser Ana Ruiz, the meeting was friendly.", "")]
    assert not speakers.quoted("Ana Ruiz", other, "the tone of the Lopez-Reed talks", weights=weights)


def test_words_like_the_topic_in_meaning_speak_of_it_in_other_words(council):
    """Reed's "will ruin the old town" speaks of the fate of the historic district, though it shares no word with it:
    its embedding is near the topic's (TOPIC_SIMILARITY). Lopez, whose words are about jobs, is not taken to have
    said anything about the budget."""
    engine, _ = council
    answer = engine.ask("What did Tom Reed say about the fate of the historic district?", mode="extractive")
    assert answer.answered, answer.note
    assert any("Reed said" in c.quote for c in answer.citations)
    assert_refused_before_reading(*council, "What did Maria Lopez say about the budget?", "Maria Lopez", "budget")
