"""How long something lasted: "How long did the meeting last?" asks for a duration, and only a passage that gives one
of what the question is about answers it. "Witkoff held a late night meeting with Putin" says when, not how long; a
"30-day ceasefire" in the next passage is the length of something else.

A duration is written the ways news writes one: "less than two hours", "a two-and-a-half-hour call", "30-day",
"for three months", "a day after", "for a long time", "since 2022", "until Friday", or a length ("12 miles"). It
belongs to what the question asks about when its passage shares a content word with the question beyond the names
and the asking words ("How long did Witkoff's meeting with Putin last?": "meeting"), in the duration's sentence or
the one before it. A question with no such word
("How long did Trump say Crimea has been with Russia?") takes any duration among the top passages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from answer.amounts import MEASURE
from answer.kinds import NUMBER_WORDS, asking
from answer.speakers import NAMES
from index.chunks import sentences
from index.terms import terms

# "How long ago ...?" asks a time; "How many hours ...?" a duration counted in its unit
_ASKS = re.compile(
    r"\bhow long\b(?!\s+ago\b)|\bhow many (?:minutes|hours|days|nights|weeks|months|years)\b(?!\s+ago\b)", re.I
)
_COUNT = rf"(?:\d+(?:[.,]\d+)*|{'|'.join(sorted(NUMBER_WORDS))}|an?|half|several|few|many|couple of|long)"
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies)|time"
    rf"|{MEASURE}|km|kilometres?|kilometers?|metres?|meters?|feet|foot)"
)
_AS_LONG = r"(?:(?:full|straight|more|whole|additional|consecutive)[- ])?"  # "three full days"
_DURATION = re.compile(
    rf"\b{_COUNT}(?:[- ]and[- ]an?[- ]half)?[- ]{_AS_LONG}{_UNIT}\b"  # "two-and-a-half-hour", "30-day"
    r"|\b(?:since|until|till)\s+(?-i:\d|[A-Z])"  # "since 2022", "until Friday"
    r"|\bovernight\b|\blifetime\b",
    re.I,
)
# words of the asking itself, never what the duration is of
_ASKING_WORDS = frozenset(terms("how long last lasted take took say said tell told expect expected will would be"))


# "... before Istanbul?", "... since the Minsk talks?": a name that frames the time asked about
_FRAME = re.compile(r"\b(?:before|after|since|until|till|ahead of|prior to)\s+(?:the\s+)?((?:[A-Z][\w'-]*\s?)+)")


def framing_names(question: str) -> list[str]:
    """The names a duration question gives as its time frame: "How many years had passed since they last met before
    Istanbul?" asks the length of a gap that ended at Istanbul, which the answering passage need not name."""
    return [m.group(1).strip() for m in _FRAME.finditer(asking(question))]


def asks_duration(question: str) -> bool:
    """Whether the sentence that asks wants a duration: "How long did the meeting last?", "... for how long?"."""
    return bool(_ASKS.search(asking(question)))


def gives_duration(text: str) -> bool:
    return bool(_DURATION.search(text))


def measured_terms(question: str, asking_words: frozenset[str] = _ASKING_WORDS) -> set[str]:
    """What the duration asked for is of (or the time, answer/clock.py): the asking sentence's content stems beyond its
    names and `asking_words`."""
    asked = asking(question)
    named = {t for n in NAMES.findall(asked) for t in terms(n)}
    return set(terms(asked)) - named - asking_words


def gives_duration_of(question: str, passages: Iterable[tuple[str, str]]) -> bool:
    """Whether one of the passages, each (text, the text before it), gives a duration of what the question asks the
    length of: a sentence of the passage with a duration, which shares a content word with the question (when it has
    one), or whose sentence before does ("The talks were in Istanbul. They lasted two hours.")."""
    wanted = measured_terms(question)
    return any(_gives_duration_of(wanted, text, before) for text, before in passages)


def _gives_duration_of(wanted: set[str], text: str, before: str) -> bool:
    if not gives_duration(text):
        return False
    if not wanted:
        return True
    # the sentence before the passage, then the passage's own: "a phone call" two sentences after "a 30-day
    # ceasefire" is not what the 30 days are of
    parts = (sentences(before)[-1:] or [""]) + (sentences(text) or [text])
    holds = [bool(wanted & set(terms(part))) for part in parts]
    return any(gives_duration(part) and (holds[i] or holds[i - 1]) for i, part in enumerate(parts) if i > 0)
