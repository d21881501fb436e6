"""Follow-ups rewritten without a model: what an earlier answered question carries into the query (invented turns)."""

from __future__ import annotations

from answer.conversation import accept_condensed, rewrite
from answer.types import REFUSAL, Message


def _turns(first: str, follow_up: str) -> list[Message]:
    return [
        Message(role="user", content=first),
        Message(role="assistant", content="An answer [1]."),
        Message(role="user", content=follow_up),
    ]


def test_a_follow_up_that_leans_on_a_thing_carries_the_words_it_does_not_repeat():
    """ "it" is the announcement: the harbour and the vote it was made at are what retrieval needs, beyond the name."""
    query = rewrite(_turns("What did Maria Lopez announce at the harbour vote?", "Where was she when she said it?"))
    assert query.startswith("Where was she when she said it? (")
    assert "Maria Lopez" in query and "harbour" in query
    assert "announce" in query  # the follow-up's "said" is another word


def test_there_is_the_place_the_last_where_question_was_answered_with():
    """ "there" after "Where ...?" is the place answered, which the question itself never names."""
    turns = [
        Message(role="user", content="Where did the harbour council meet?"),
        Message(role="assistant", content="In Port Alma [1]. The council met there on Monday [2]."),
        Message(role="user", content="Who did the mayor send there?"),
    ]
    assert rewrite(turns).startswith("Who did the mayor send there? (Port Alma")
    # not after another kind of question, nor after a refused one, nor for "there is"
    assert "Port Alma" not in rewrite([Message(role="user", content="Who chaired the harbour council?"), *turns[1:]])
    refused = Message(role="assistant", content=f"{REFUSAL} [1]")
    assert "Port Alma" not in rewrite([turns[0], refused, turns[2]])
    assert "Port Alma" not in rewrite([*turns[:2], Message(role="user", content="Was there a vote?")])


def test_a_follow_up_that_leans_on_a_person_carries_names_only():
    assert rewrite(_turns("What did Maria Lopez announce at the harbour vote?", "Why did she resign?")) == (
        "Why did she resign? (Maria Lopez)"
    )


def test_a_self_contained_question_is_left_as_asked():
    question = "What did the council vote for on Monday in Harbin Falls?"
    assert rewrite(_turns("Who is Maria Lopez?", question)) == question


def test_a_models_rewrite_that_asks_something_else_is_not_taken():
    """The model's rewrite must ask what the follow-up asks: "Who did Ana Ruiz say ...?" for "What did she say ...?"
    would pass by the speaker rule; the rule rewrite is taken instead. A follow-up without a question word may be
    reworded freely."""
    turns = _turns("Who is Ana Ruiz?", "What did she say about the harbour?")
    assert accept_condensed("Who did Ana Ruiz say about the harbour?", turns) == rewrite(turns)
    assert (
        accept_condensed("What did Ana Ruiz say about the harbour?", turns)
        == "What did Ana Ruiz say about the harbour?"
    )
    free = _turns("Who is Ana Ruiz?", "Tell me more about her.")
    assert accept_condensed("What is Ana Ruiz known for?", free) == "What is Ana Ruiz known for?"
