"""When: "What time did the meeting end?" asks for a clock time, and only a passage that gives one answers it;
"When will the act take effect?" asks for a time, and only a passage that gives a time (a day, a date, a year, "next
week") of what it asks about, or says none is known, answers it. "Witkoff held a late night meeting with Putin in
Moscow on Thursday" says which day and roughly when, not at what time anything ended.

A clock time is written the ways news writes one: "9 a.m.", "10:30 pm", "at 2 o'clock", "14:00 GMT", "1400 local
time", "noon", "midnight". It is the time of what the question asks about when its sentence shares a content word
with the question beyond the names and the asking words ("What time did the strike begin?": "strike", "begin"); "The
talks ended at 3 a.m." gives the time of the talks only. A question that asks "What time frame ...?" or "What time
period ...?" asks no clock time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from answer.durations import measured_terms
from answer.kinds import asking, has_kind, says_not_known
from index.chunks import sentences
from index.terms import terms

_ASKS = re.compile(r"\b(?:what|which) time\b(?!\s+(?:frame|period|span|line|zone|limit)s?\b)|\bat what hour\b", re.I)
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)"  # "9 a.m.", "10:30 pm"
    r"|\b\d{1,2}:\d{2}\b"  # "14:00"
    r"|\b\d{1,2}\s+o['’]clock\b"
    r"|\b\d{4}\s*(?:GMT|UTC|hours|hrs|local time)\b"  # "1400 GMT"
    r"|\b(?:noon|midday|midnight)\b",
    re.I,
)


def asks_clock(question: str) -> bool:
    """Whether the sentence that asks wants a time of day: "What time did the meeting end?"."""
    return bool(_ASKS.search(asking(question)))


_WHEN = re.compile(r"^\W*when\b", re.I)
_WHEN_WORDS = frozenset(terms("when will would did does do is was were has have had"))


def asks_when(question: str) -> bool:
    """Whether the sentence that asks opens with "When"."""
    return bool(_WHEN.search(asking(question)))


def gives_time_of(question: str, texts: Iterable[str]) -> bool:
    """Whether one of the texts gives a time (answer/kinds.py has_kind) in a sentence that shares a content word with
    the question beyond its names and asking words, or says the time is not known ("no date was set")."""
    texts = list(texts)
    return _gives(texts, question, lambda s: has_kind(s, "time"), _WHEN_WORDS) or any(map(says_not_known, texts))


def gives_clock(texts: Iterable[str]) -> bool:
    """Whether one of the texts gives a time of day."""
    return any(_CLOCK.search(text) for text in texts)


def gives_clock_of(question: str, texts: Iterable[str]) -> bool:
    """Whether one of the texts gives a time of day in a sentence that shares a content word with the question
    (beyond its names and asking words), or any time of day when the question has no such word."""
    return _gives(list(texts), question, _CLOCK.search, frozenset(terms("what which time hour")))


def _gives(texts: list[str], question: str, gives, asking_words: frozenset[str]) -> bool:
    """Whether a sentence of the texts `gives` the time asked, and shares a content word with the question beyond its
    names and `asking_words` (any sentence when it has none)."""
    wanted = measured_terms(question, asking_words)
    return any(
        gives(sentence) and (not wanted or not wanted.isdisjoint(terms(sentence)))
        for text in texts
        for sentence in sentences(text)
    )
