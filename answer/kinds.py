"""The kind of answer a question asks for (a quantity, a time, a name), and whether a sentence holds one."""

from __future__ import annotations

import re

from index.chunks import sentence_spans
from index.terms import words

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORDS = set(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "thousand",
        "million",
        "billion",
        "half",
        "dozen",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "trillion",
        "trillions",
    ]
)
_TIME_WORDS = set(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "tomorrow",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "morning",
        "evening",
        "night",
    ]
)


def expected_kind(question: str) -> str | None:
    """The kind of answer the sentence that asks wants: in "A storm hit the coast. When did it make landfall?", the
    second."""
    q = asking(question).lower()
    if re.search(r"\bhow (many|much|long|old|often|far)\b", q):
        return "quantity"
    if re.match(r"\s*when\b", q) or re.search(r"\bwhat (date|day|year|time)\b", q):
        return "time"
    if re.match(r"\s*who\b", q):
        return "name"
    return None


def asking(question: str) -> str:
    """The last sentence of `question` that ends in '?', else its last sentence."""
    parts = [question[a:b] for a, b in sentence_spans(question)] or [question]
    return ([p for p in parts if asks(p)] or parts)[-1]


def asks(sentence: str) -> bool:
    """Whether a sentence is a question: it ends in '?', closing quotes and brackets aside."""
    return sentence.rstrip("\"”’')").endswith("?")


def has_kind(sentence: str, kind: str | None) -> bool:
    ws = set(words(sentence))
    if kind == "quantity":
        return bool(_NUMBER.search(sentence)) or bool(ws & _NUMBER_WORDS)
    if kind == "time":
        return bool(_NUMBER.search(sentence)) or bool(ws & _TIME_WORDS)
    if kind == "name":
        return any(t[0].isupper() for t in re.findall(r"[A-Za-z][\w'-]*", sentence)[1:])
    return True
