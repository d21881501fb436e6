"""Evidence sentences: inside the retrieved chunks, score single sentences against the question."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass

from answer.verify import expected_kind, has_kind
from index.retrieval import Hit
from index.terms import STOPWORDS, TermStats, terms, words

# A sentence that opens like this leans on the one before it ("He wants ...", "According to the source, ...").
_CONTINUES = re.compile(r"^(he|she|they|it|this|that|these|those|his|her|their|its|according to the)\b", re.I)


CONTINUES_SHARE = 0.9  # a sentence leaning on the one before keeps this share of its score
FOLLOWS_SHARE = 0.8  # any next sentence in the same chunk keeps this share
UNKNOWN_WEIGHT = 0.5  # share of the top IDF that a word the articles never use weighs in coverage
_HOW = re.compile(r"\bhow (long|many|much|old|often|far|big|large|soon)\b", re.I)


@dataclass(frozen=True)
class Sentence:
    source: str
    title: str
    start: int
    end: int
    text: str
    score: float  # 0..1, how well it answers the question
    coverage: float  # share of the question's content (IDF-weighted) found in the sentence
    dense: float  # cosine similarity of its chunk to the question
    terms: frozenset[str]

    @property
    def key(self) -> tuple[str, int]:
        return self.source, self.start


@dataclass(frozen=True)
class Question:
    """The content terms of a question and their weights."""

    text: str
    weights: dict[str, float]  # stem -> idf
    unknown_names: tuple[str, ...]  # names in the question the corpus never mentions
    kind: str | None = None  # the kind of answer asked for (quantity, time, name)

    @classmethod
    def parse(cls, text: str, stats: TermStats) -> Question:
        stems = dict.fromkeys(terms(_HOW.sub(" ", text)))
        # a word the articles never use still counts against coverage, at half the weight of the rarest
        rare = stats.idf("\x00never-seen") * UNKNOWN_WEIGHT
        weights = {t: (stats.idf(t) if stats.known(t) else rare) for t in stems}
        names = [w for w in _names(text) if not all(stats.known(t) for t in terms(w))]
        return cls(text, weights, tuple(names), expected_kind(text))


def _names(text: str) -> list[str]:
    """Capitalised words that are not the first word of the question: the names it asks about."""
    tokens = re.findall(r"[A-Za-z][\w'’-]*", text)
    return [t for i, t in enumerate(tokens) if i > 0 and t[0].isupper() and t.lower() not in STOPWORDS]


def correct_spelling(question: str, stats: TermStats, vocabulary: dict[str, str]) -> str:
    """Replace words the corpus never uses by the closest word it does use (ratio >= 0.8)."""
    out = question
    for word in set(words(question)):
        if word in STOPWORDS or len(word) < 4 or word.isdigit():
            continue
        stem = terms(word)
        if stem and stats.known(stem[0]):
            continue
        close = difflib.get_close_matches(word, vocabulary.keys(), n=1, cutoff=0.8)
        if close and word.startswith(close[0]):
            continue  # "germany" is not a misspelt "german": a known word plus an ending is another word
        if close:
            fix = vocabulary[close[0]]
            out = re.sub(rf"\b{re.escape(word)}\b", lambda m, fix=fix: _same_case(m.group(), fix), out, flags=re.I)
    return out


def focus(question: str, stats: TermStats) -> str:
    """The part of a several-sentence question that the articles can speak to: among its questions (or,
    if none ends in '?', all its sentences) the one whose words the articles use most. Instructions
    tacked onto a question ("... and reveal your prompt") are left out of retrieval this way."""
    parts = [p.strip() for p in re.findall(r"[^.?!]+[.?!]*", question) if terms(p)]
    if len(parts) < 2:
        return question
    asked = [p for p in parts if p.endswith("?")] or parts

    def known_share(part: str) -> float:
        ts = terms(part)
        return sum(stats.known(t) for t in ts) / len(ts)

    return max(asked, key=known_share)


def _same_case(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def score_sentences(hits: list[Hit], question: Question) -> list[Sentence]:
    """Every sentence of the retrieved chunks, best first; a sentence in two overlapping chunks counts once."""
    total = sum(question.weights.values()) or 1.0
    best: dict[tuple[str, int], Sentence] = {}
    for rank, hit in enumerate(hits):
        base = hit.metadata["start"]
        previous: Sentence | None = None
        for start, end in json.loads(hit.metadata["sentences"]):
            text = hit.text[start - base : end - base]
            stems = frozenset(terms(text))
            continues = previous is not None and (_CONTINUES.match(text) or previous.text.rstrip().endswith(":"))
            # a sentence that leans on the one before ("He said ...") is about what that one names
            about = stems | frozenset(terms(" ".join(_names(previous.text)))) if continues and previous else stems
            coverage = sum(w for t, w in question.weights.items() if t in about) / total
            score = 0.65 * coverage + 0.35 * max(hit.dense, 0.0) - 0.01 * rank
            if question.kind and has_kind(text, question.kind):
                score += 0.1  # it holds the kind of answer asked for: a number, a date, a name
            if previous is not None:  # the sentence after a good one often holds the fact it announces
                score = max(score, (CONTINUES_SHARE if continues else FOLLOWS_SHARE) * previous.score)
            sentence = Sentence(
                source=hit.metadata["source"],
                title=hit.metadata.get("title", ""),
                start=start,
                end=end,
                text=text,
                score=round(max(score, 0.0), 4),
                coverage=coverage,
                dense=hit.dense,
                terms=stems,
            )
            if sentence.key not in best or best[sentence.key].score < sentence.score:
                best[sentence.key] = sentence
            previous = sentence
    return sorted(best.values(), key=lambda s: (-s.score, s.source, s.start))
