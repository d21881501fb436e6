"""A message that asks several things: each part is answered, the answers are joined with their citations numbered
anew, and every marker still stands for an exact quote of its file."""

from __future__ import annotations

import re

import pytest

from answer.parts import MOST_PARTS, asked_parts, joined
from answer.types import REFUSAL, Answer, Citation, Marker, Message
from tests.answer_checks import assert_citations_exact


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Where did they meet? And which town was hit?", ["Where did they meet?", "And which town was hit?"]),
        ("Who hosted the talks? Tell me as well what Trump said.", ["Who hosted the talks?", "Tell me as well what Trump said."]),
        ("Who is he? When did he arrive? Where?", ["Who is he?", "When did he arrive?", "Where?"]),
        # what sets a question up belongs to it, before or after the first question
        ("A storm hit on Monday. What was it called?", ["A storm hit on Monday. What was it called?"]),
        ("Who won? A storm hit later. Where did it hit?", ["Who won? A storm hit later.", "Where did it hit?"]),
        # what says what a question meant is part of it
        ("Who led the delegation? I mean the Russian one.", ["Who led the delegation? I mean the Russian one."]),
        ("Who led the talks? Specifically, in Istanbul?", ["Who led the talks? Specifically, in Istanbul?"]),
        ("Who led the talks?", ["Who led the talks?"]),
    ],
)  # fmt: skip
def test_the_parts_a_message_asks(message, expected):
    assert asked_parts(message) == expected


def test_a_message_asking_too_many_things_is_one_question():
    message = " ".join(f"Who was number {i}?" for i in range(MOST_PARTS + 1))
    assert asked_parts(message) == [message]


def _answer(text: str, quotes: list[tuple[str, int]], answered: bool = True) -> Answer:
    """An answer whose text holds a marker [n] for each (source, start) quote, in order."""
    citations = [Citation(n=i + 1, source=s, title="t", quote="q", start=st, end=st + 1, score=1.0)
                 for i, (s, st) in enumerate(quotes)]  # fmt: skip
    markers = [Marker(n=int(m.group(1)), start=m.start(), end=m.end()) for m in re.finditer(r"\[(\d+)\]", text)]
    return Answer(answer=text, answered=answered, mode="extractive" if answered else "refusal", citations=citations,
                  markers=markers, query=text[:5], retrieved=[s for s, _ in quotes])  # fmt: skip


def test_citations_are_numbered_anew_and_a_shared_quote_is_cited_once():
    first = _answer("Moscow [1]. He met him there [2].", [("a.txt", 0), ("b.txt", 5)])
    second = _answer("Kurchatov [1] and Oryol [2].", [("c.txt", 9), ("b.txt", 5)])
    out = joined([first, second])
    assert out.answered
    assert out.answer == "Moscow [1]. He met him there [2].\n\nKurchatov [3] and Oryol [2]."
    assert [(c.n, c.source) for c in out.citations] == [(1, "a.txt"), (2, "b.txt"), (3, "c.txt")]
    assert [out.answer[m.start : m.end] for m in out.markers] == [f"[{m.n}]" for m in out.markers]
    assert [m.n for m in out.markers] == [1, 2, 3, 2]


def test_a_passage_an_earlier_part_gave_is_not_repeated():
    first = _answer("Met in Moscow on Thursday. [1] Talks went well. [2]", [("a.txt", 0), ("b.txt", 5)])
    again = joined([first, first])
    assert again.answer == (
        "Met in Moscow on Thursday. [1] Talks went well. [2]\n\nThe passages above answer the second question too [1] [2]."
    )
    assert [again.answer[m.start : m.end] for m in again.markers] == ["[1]", "[2]", "[1]", "[2]"]
    # a part's own words citing the same passage are its answer, and stay ("Thursday [1]" after "Moscow [1]")
    short = joined([_answer("Moscow [1].", [("a.txt", 0)]), _answer("Thursday [1].", [("a.txt", 0)])])
    assert short.answer == "Moscow [1].\n\nThursday [1]." and len(short.citations) == 1


def test_a_part_the_articles_do_not_cover_is_said_without_repeating_it():
    covered = _answer("Moscow [1].", [("a.txt", 0)])
    refused = Answer(answer=REFUSAL, answered=False, mode="refusal", note="No passage names Haaland.")
    out = joined([covered, refused])
    assert out.answered and out.answer.startswith("Moscow [1].")
    assert "second question" in out.answer and "Haaland" not in out.answer
    assert "Haaland" in out.note  # the note says why, as a refusal's does
    every = joined([refused, refused])
    assert not every.answered and every.answer == REFUSAL and not every.citations


@pytest.fixture(scope="module")
def asked(engine):
    first, second = "Where did Witkoff meet Putin?", "Which Russian town did Ukrainian drones target?"
    return engine, first, second, engine.ask(f"{first} And {second[0].lower()}{second[1:]}")


def test_each_part_is_answered_as_if_asked_alone(asked):
    engine, first, second, both = asked
    assert both.answered
    for part in (first, second):
        alone = engine.ask(part)
        assert alone.answered
        lead = re.sub(r"\s*\[\d+\]", "", alone.answer.split("\n")[0])[:60]
        assert lead in re.sub(r"\s*\[\d+\]", "", both.answer)  # its answer, cited anew
    assert_citations_exact(both, engine.settings.corpus_dir)
    assert [both.answer[m.start : m.end] for m in both.markers] == [f"[{m.n}]" for m in both.markers]
    assert {m.n for m in both.markers} == {c.n for c in both.citations}


def test_a_later_part_leans_on_the_earlier_as_a_follow_up_does(engine):
    out = engine.ask("Who did Witkoff meet in Moscow? What did he pass along for Trump?")
    assert out.answered
    second_query = out.query.split(" / ")[-1]
    assert "Witkoff" in second_query  # "he" read from the answered first part, as in a conversation


@pytest.mark.parametrize(
    "sentence",
    ["Summarise it alongside the Abu Dhabi interview.", "Explain that in one line.", "Tell me more about it."],
)
def test_a_request_about_the_answer_before_it_asks_nothing_of_its_own(sentence):
    message = f"What did Zelenskyy say about the territories? {sentence}"
    assert asked_parts(message) == [message]


def test_the_first_part_streams_before_the_second_is_answered(engine, monkeypatch):
    asked = []
    chat = engine.chat

    def recording(messages, *args, **kwargs):
        asked.append(messages[-1].content)
        return chat(messages, *args, **kwargs)

    monkeypatch.setattr(engine, "chat", recording)
    events = engine.stream(
        [Message(role="user", content="Where did Witkoff meet Putin? Which refinery did drones hit?")]
    )
    kind, _ = next(events)
    assert kind == "token" and asked == ["Where did Witkoff meet Putin?"]
    rest = list(events)
    done = rest[-1][1]
    streamed = "".join(v for k, v in [(kind, _), *rest] if k == "token")
    assert len(asked) == 2 and streamed == done.answer and "\n\n" in done.answer
