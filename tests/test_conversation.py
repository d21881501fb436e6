"""Follow-ups rewritten without a model: what an earlier answered question carries into the query (invented turns)."""

from __future__ import annotations

from answer.conversation import rewrite
from answer.types import Message


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


def test_a_follow_up_that_leans_on_a_person_carries_names_only():
    assert rewrite(_turns("What did Maria Lopez announce at the harbour vote?", "Why did she resign?")) == (
        "Why did she resign? (Maria Lopez)"
    )


def test_a_self_contained_question_is_left_as_asked():
    question = "What did the council vote for on Monday in Harbin Falls?"
    assert rewrite(_turns("Who is Maria Lopez?", question)) == question
