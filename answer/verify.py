"""Checking generated text against the evidence it cites, sentence by sentence.

A generated sentence survives only if it cites valid evidence, every number and name in it occurs in that
evidence, enough of its content words do, and it has the kind of answer the question asks for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.terms import STOPWORDS, terms, words

_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")
_LEADING_MARKERS = re.compile(r"^(\s*\[\d{1,2}\])+\s*")
_MARKER = re.compile(r"\[(\d{1,2})\]")
_SENTENCE_END = re.compile(r"(?<=[.!?])(?:\s*\[\d{1,2}\])*\s+(?=[A-Z\"'“‘])")
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
MIN_OVERLAP = 0.6
# list numbering and throat-clearing that small models put before the answer
_PREAMBLE = re.compile(
    r"^(\d{1,2}[.)]\s+|(the )?answer( is)?\s*:?\s*|the evidence( provided)?( by the source)?( is| shows| says)?( that)?\s*:?\s*)+",
    re.I,
)
_DANGLING = re.compile(r"\b(\w+)\W*$")  # the last word of a sentence


@dataclass(frozen=True)
class Verified:
    text: str  # the sentence with only valid markers
    cites: tuple[int, ...]  # evidence numbers it cites, in order


def split_sentences(text: str) -> list[str]:
    """Sentences of generated text, each keeping the [n] markers that close it."""
    parts = []
    for block in text.splitlines():
        block = _LIST_NUMBER.sub("", block.strip(" -*•\t"))
        if lead := _LEADING_MARKERS.match(block):  # "[2] text" copied from the evidence list: cite at the end
            block = f"{block[lead.end() :].strip()} {lead.group().strip()}"
        if block and not block.endswith(":"):  # a line ending in ':' only announces what follows
            cut = [0] + [m.end() for m in _SENTENCE_END.finditer(block)] + [len(block)]
            parts += [block[a:b].strip() for a, b in zip(cut, cut[1:], strict=False) if block[a:b].strip()]
    return parts


def expected_kind(question: str) -> str | None:
    q = question.lower()
    if re.search(r"\bhow (many|much|long|old|often|far)\b", q):
        return "quantity"
    if re.match(r"\s*when\b", q) or re.search(r"\bwhat (date|day|year|time)\b", q):
        return "time"
    if re.match(r"\s*who\b", q):
        return "name"
    return None


def has_kind(sentence: str, kind: str | None) -> bool:
    ws = set(words(sentence))
    if kind == "quantity":
        return bool(_NUMBER.search(sentence)) or bool(ws & _NUMBER_WORDS)
    if kind == "time":
        return bool(_NUMBER.search(sentence)) or bool(ws & _TIME_WORDS)
    if kind == "name":
        return any(t[0].isupper() for t in re.findall(r"[A-Za-z][\w'-]*", sentence)[1:])
    return True


def _names(sentence: str) -> set[str]:
    tokens = re.findall(r"[A-Za-z][\w'’-]*", sentence)
    return {t.lower() for i, t in enumerate(tokens) if i > 0 and t[0].isupper() and t.lower() not in STOPWORDS}


def supported(sentence: str, evidence: str, question: str) -> bool:
    """Whether one generated sentence (markers removed) is backed by `evidence`."""
    body = _MARKER.sub("", sentence)
    ev_lower = evidence.lower()
    ev_numbers = {n.replace(",", "") for n in _NUMBER.findall(evidence)}
    if any(n.replace(",", "") not in ev_numbers for n in _NUMBER.findall(body)):
        return False
    if any(name not in ev_lower for name in _names(body)):
        return False
    content = terms(body)
    last = _DANGLING.search(body)
    if not content or (last and last.group(1).lower() in STOPWORDS):
        return False  # nothing said, or a sentence cut off ("... during the call was.")
    ev_terms = set(terms(evidence))
    if sum(t in ev_terms for t in content) / len(content) < MIN_OVERLAP:
        return False
    return has_kind(body, expected_kind(question))


def _best_support(sentence: str, evidence: list[str], question: str) -> int | None:
    """The evidence number that supports an uncited sentence best, if any supports it at all."""
    content = set(terms(_MARKER.sub("", sentence)))
    fits = [(len(content & set(terms(e))), i + 1) for i, e in enumerate(evidence) if supported(sentence, e, question)]
    return max(fits)[1] if fits else None


def verify(text: str, evidence: list[str], question: str) -> list[Verified]:
    """The supported sentences of `text`; `evidence[i]` is what marker [i+1] refers to. A sentence the model
    left uncited is given the one evidence item that supports it, if there is one."""
    kept = []
    for sentence in split_sentences(text):
        sentence = _PREAMBLE.sub("", sentence).strip()
        cites = tuple(dict.fromkeys(int(n) for n in _MARKER.findall(sentence) if 1 <= int(n) <= len(evidence)))
        if not cites:
            best = _best_support(sentence, evidence, question)
            cites = (best,) if best else ()
        if not cites:
            continue
        cited_text = " ".join(evidence[n - 1] for n in cites)
        if not supported(sentence, cited_text, question):
            continue
        body = _MARKER.sub("", sentence).strip()
        body = re.sub(r"\s+([.,;:!?])", r"\1", body)
        kept.append(Verified(text=body, cites=cites))
    return kept
