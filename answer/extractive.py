"""Extractive answers: the few best evidence sentences, most relevant first, none repeating another."""

from __future__ import annotations

import re

from answer.evidence import Sentence

MIN_RELATIVE_SCORE = 0.75  # a further sentence must score at least this share of the best one
MAX_SHARED_TERMS = 0.5  # two sentences sharing more of their terms than this say the same thing


_NUMBER = re.compile(
    r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|"
    r"millions?|billions?)\b",
    re.I,
)


def numbers(text: str) -> frozenset[str]:
    return frozenset(m.lower() for m in _NUMBER.findall(text))


def redundant(a: Sentence, b: Sentence) -> bool:
    """`a` and `b` say the same thing. Two articles giving different numbers for it do not: they disagree, and
    the answer shows both accounts."""
    if not a.terms or not b.terms:
        return a.text.strip() == b.text.strip()
    if a.source != b.source and (na := numbers(a.text)) and (nb := numbers(b.text)) and na != nb:
        return False
    return len(a.terms & b.terms) / min(len(a.terms), len(b.terms)) > MAX_SHARED_TERMS


def overlaps(a: Sentence, b: Sentence) -> bool:
    return a.source == b.source and a.start < b.end and b.start < a.end


def contains(a: Sentence, b: Sentence) -> bool:
    """`a` is `b` with more around it: the same sentence with what leans on it or what it leans on."""
    return a.source == b.source and a.start <= b.start and b.end <= a.end


def overlap_or_repeat(a: Sentence, b: Sentence) -> bool:
    """`a` shares text with `b` or says the same thing."""
    return overlaps(a, b) or redundant(a, b)


def select(sentences: list[Sentence], limit: int) -> list[Sentence]:
    """Up to `limit` sentences from a best-first list."""
    if not sentences:
        return []
    chosen: list[Sentence] = []
    floor = MIN_RELATIVE_SCORE * sentences[0].score
    for s in sentences:
        if len(chosen) == limit or s.score < floor:
            break
        if not s.citable:
            continue
        inside = [c for c in chosen if contains(s, c)]
        if inside:  # the same sentence with what it leans on: the whole unit takes its place
            chosen = [s if c is inside[0] else c for c in chosen if c is inside[0] or c not in inside]
        elif not any(redundant(s, c) or overlaps(s, c) for c in chosen):
            chosen.append(s)
    return chosen


def reader_evidence(ranked: list[Sentence], limit: int, chars: int = 0) -> list[Sentence]:
    """The best `limit` evidence units, none overlapping another; with `chars`, only those that keep the units within
    that many characters together (the best unit always), a longer one passed over for the next that fits."""
    chosen: list[Sentence] = []
    used = 0
    for s in ranked:
        if len(chosen) == limit:
            break
        if chars and chosen and used + len(s.text) > chars:
            continue
        if s.citable and not any(overlaps(s, c) for c in chosen):
            chosen.append(s)
            used += len(s.text)
    return chosen
