"""The answer a question's form asks for, as the refusal rules read it: an amount to "How much ...?", a clock time to
"What time ...?", a duration to "How long ...?", an age beside the asked person's name to "How old is X?", the office
to "Who is the <title>?", a count of X to "How many X ...?". Not "When ...?": its answer is as often an event as a date
("once Witkoff had briefed Trump"), and the time its rule looks for put such an answer out of the extractive answer's
sentences (fresh r09), with no gain on any development set.

A unit that gives it may rank higher (answer/evidence.py `Scoring.form`): news sentences nearly all hold a number or a
date, so the coarse kind bonus (a number to "How ...?", a date to "When ...?") tells them apart little, and the
sentence that answers in other words ("the deal is worth $4.65 billion" to "How much did they pay?") shares few words
with the question.
"""

from __future__ import annotations

from collections.abc import Callable

from answer import ages, clock, durations, roles
from answer.amounts import asks_amount, asks_portion, speaks_to_amount
from answer.counts import counted_names, counted_words, speaks_to_count
from answer.evidence import Question
from index.terms import terms

Gives = Callable[[str, str], bool]  # (a unit's text, the text before it) -> whether it gives the answer asked for


def detector(question: Question) -> Gives | None:
    """What tells a unit that gives the answer the question's form asks for; None for a question of no such form."""
    text = question.text
    if person := ages.asked_person(text):
        return lambda unit, before: ages.gives_age(person, [(unit, before)])
    if durations.asks_duration(text):
        return lambda unit, before: durations.gives_duration_of(text, [(unit, before)])
    if things := counted_words(text):
        stems = [t for t in terms(things) if t not in question.unseen]
        named = counted_names(text)
        return (lambda unit, before: speaks_to_count(stems, unit, named)) if stems else None
    if asks_amount(text):
        asked, portion = set(question.weights), asks_portion(text)
        return lambda unit, before: speaks_to_amount(unit, asked, portion)
    if clock.asks_clock(text):
        return lambda unit, before: clock.gives_clock_of(text, [unit])
    if role := roles.asked_role(text):
        return lambda unit, before: roles.names_role(role, [unit])
    return None
