"""The kind of answer a question asks for (a quantity, a time, a name), and whether a sentence holds one."""

from __future__ import annotations

import difflib
import re

from index.chunks import sentence_spans
from index.terms import STOPWORDS, terms, words

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


def only_time(phrase: str) -> bool:
    """Whether a phrase says nothing but a time or an amount ("in three years", "on Friday"): it does not answer
    "Where ...?"."""
    content = [w for w in words(phrase) if w not in STOPWORDS]
    return bool(content) and all(_NUMBER.fullmatch(w) or w in _NUMBER_WORDS or w in _TIME_WORDS for w in content)


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


COUNTED_WINDOW = 4  # words after a number in which the thing it counts is looked for
SAME_STEM_RATIO = 0.75  # difflib ratio at which a stem of the text is the question's, misspelt ("prisner", "prison")
_HOW_MANY = re.compile(r"\bhow many\s+([^?]*)", re.I)
# what may give a count in a text: a number, a number word, or "how many" itself ("unclear how many troops")
_COUNT = re.compile(rf"{_NUMBER.pattern}|\b(?:{'|'.join(sorted(_NUMBER_WORDS))}|how many)\b", re.I)
_TIMES = re.compile(r"\b(?:once|twice|thrice)\b", re.I)  # a count of times in one word


def counted(question: str) -> list[str]:
    """The stems of what "How many ...?" counts (`counted_words`): "russian", "region" for "How many Russian regions
    did drones strike?"."""
    return terms(counted_words(question))


def counted_words(question: str) -> str:
    """What "How many ...?" counts: the content words right after "how many" ("russian regions" in "How many Russian
    regions did drones strike?"); none when a function word follows ("How many did they lose?")."""
    found = _HOW_MANY.search(asking(question))
    if not found:
        return ""
    kept = []
    for word in words(found.group(1)):
        if word in STOPWORDS or len(kept) == 3:
            break
        kept.append(word)
    return " ".join(kept)


def counts(things: list[str], span: str, text: str) -> bool:
    """Whether the number `span` of `text` counts one of `things` (stems, see `counted`): one is in the span or among
    the COUNTED_WINDOW words after it, as written or misspelt in the question ("ten regions" does not count drones;
    "thousands of Ukrainian troops" counts troops). True when nothing is counted or the span is not in `text`."""
    at = text.find(span)
    if not things or at < 0:
        return True
    near = terms(span) + terms(" ".join(words(text[at + len(span) :])[:COUNTED_WINDOW]))
    return any(t == n or difflib.SequenceMatcher(None, t, n).ratio() >= SAME_STEM_RATIO for t in things for n in near)


def speaks_to_count(things: list[str], text: str) -> bool:
    """Whether `text` speaks to how many of `things` (stems, see `counted`) there are: a number in it counts one of
    them (`counts`; "twice" counts times), or it says how many of them in words of its own ("It is unclear how many
    security personnel ...", an answer that the number is not known). True when nothing is counted."""
    if not things or ("time" in things and _TIMES.search(text)):
        return True
    return any(counts(things, found.group(0), text[found.start() :]) for found in _COUNT.finditer(text))


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
