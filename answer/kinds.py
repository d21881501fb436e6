"""The kind of answer a question asks for (a quantity, a time, a name, a yes or no), and whether a sentence holds one;
how many (answer/counts.py) and how much (answer/amounts.py) are read in their own modules."""

from __future__ import annotations

import difflib
import re

from index.chunks import sentences
from index.terms import STOPWORDS, words

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
NUMBER_WORDS = set(
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
    if re.search(r"\bhow (many|much|long|old|often|far)\b|['’]s age\b|\b(the age of|what age)\b", q):
        return "quantity"
    if re.match(r"\s*when\b", q) or re.search(r"\bwhat (date|day|year|time)\b", q):
        return "time"
    if re.match(r"\s*who\b", q):
        return "name"
    return None


def only_time(phrase: str) -> bool:
    """Whether a phrase says nothing but a time or an amount ("in three years", "on Friday"): it does not answer
    "Where ...?"."""
    content = [w for w in words(phrase) if w not in STOPWORDS]
    return bool(content) and all(NUMBER.fullmatch(w) or w in NUMBER_WORDS or w in _TIME_WORDS for w in content)


def asks_where(question: str) -> bool:
    """Whether the sentence that asks opens with "Where"."""
    return bool(re.match(r"\s*where\b", asking(question), re.I))


_YES_NO = re.compile(
    r"\s*(is|are|was|were|am|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must)"
    r"(n[’']t)?\b(?!.*\bor\b)",
    re.I,
)


def asks_yes_no(question: str) -> bool:
    """Whether the sentence that asks wants a yes or a no: it opens with an auxiliary verb ("Did the talks produce a
    ceasefire?") and offers no alternatives ("Is it Istanbul or Rome?" asks for one of them)."""
    return bool(_YES_NO.match(asking(question)))


SAME_STEM_RATIO = 0.75  # difflib ratio at which a stem of the text is the question's, misspelt ("prisner", "prison")


def same_stem(a: str, b: str) -> bool:
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= SAME_STEM_RATIO


def leading_content(phrase: str, most: int = 3) -> str:
    """The content words that open `phrase`, up to `most`, stopping at the first function word."""
    kept = []
    for word in words(phrase):
        if word in STOPWORDS or len(kept) == most:
            break
        kept.append(word)
    return " ".join(kept)


def asking(question: str) -> str:
    """The last sentence of `question` that ends in '?', else its last sentence."""
    parts = sentences(question) or [question]
    return ([p for p in parts if asks(p)] or parts)[-1]


def asks(sentence: str) -> bool:
    """Whether a sentence is a question: it ends in '?', closing quotes and brackets aside."""
    return sentence.rstrip("\"”’')").endswith("?")


def has_kind(sentence: str, kind: str | None) -> bool:
    ws = set(words(sentence))
    if kind == "quantity":
        return bool(NUMBER.search(sentence)) or bool(ws & NUMBER_WORDS)
    if kind == "time":
        return bool(NUMBER.search(sentence)) or bool(ws & _TIME_WORDS)
    if kind == "name":
        return any(t[0].isupper() for t in re.findall(r"[A-Za-z][\w'-]*", sentence)[1:])
    return True


# A passage that says the answer is not known ("It is unclear how many ...", "no date was set", "declined to comment"):
# a partial answer.
_NOT_KNOWN = re.compile(
    r"\b(unclear|unknown|not (yet )?(known|clear|been (identified|determined|disclosed|announced|set|released))"
    r"|(has|have|had|does|do|did) not (yet |publicly )?(said|say|specified|specify|disclosed|disclose)"
    r"|declined to (comment|say)"
    r"|no (date|decision|details?) (was|were|has been|had been) (set|made|given|released)|yet to (say|decide|announce))\b",
    re.I,
)


def says_not_known(text: str) -> bool:
    """Whether a passage says the answer is not known, or not given (a partial answer)."""
    return bool(_NOT_KNOWN.search(text))
