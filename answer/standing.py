"""A passage cited whole: one that opens on a sentence leaning on the one before ("He called on the international
community to apply stronger sanctions ...") is quoted with the sentences before it in its article that it leans on
("In a social media post on X, Ukrainian President Volodymyr Zelenskyy reaffirmed ..."), so no answer quotes a
pronoun without the person it stands for.

Units are cut from their chunk alone (index/units.py): one that opens its chunk has nothing before it to lean on, and
one whose sentence before leans itself on what the chunk does not hold ("He noted ... Another issue, he said, ...")
is cut alone. Ranking and refusal read the unit as it was cut; only the quote an answer gives, and the span its
citation opens, reach back into the article. The citation still opens an exact span of the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from answer.evidence import Sentence
from answer.extractive import contains, overlaps
from index.chunks import sentence_spans
from index.units import leans_back

LEAN_BACK = 5  # most sentences of the article a quote reaches back for the one that names whom it speaks of


def standing(s: Sentence, text: str | None) -> Sentence:
    """`s` with the sentences of its article `text` before it that it leans on, when it opens on such a sentence;
    `s` itself otherwise, or when `text` is not the version it was cut from."""
    if not text or text[s.start : s.end] != s.text:
        return s
    spans = _spans(text)
    first = next((i for i, (a, b) in enumerate(spans) if a <= s.start < b), None)
    if first is None:
        return s
    start = s.start
    for _ in range(LEAN_BACK):
        if first == 0 or not leans_back(text[start : spans[first][1]], text[slice(*spans[first - 1])]):
            break
        first -= 1
        start = spans[first][0]
    if start == s.start:
        return s
    return replace(s, start=start, text=text[start : s.end])


@lru_cache(maxsize=32)
def _spans(text: str) -> list[tuple[int, int]]:
    """An article's sentences, split once for every answer that quotes it."""
    return sentence_spans(text)


def standing_all(sentences: list[Sentence], text_of: Callable[[str], str | None]) -> list[Sentence]:
    """Each of `sentences` cited whole (`standing`), in order; one that now shares text with one before it is quoted
    in its place, the two as one passage, so that neither's words are lost; `text_of(source)` gives the article text
    each was cut from, read once an article."""
    texts: dict[str, str | None] = {}
    kept: list[Sentence] = []
    for s in sentences:
        if s.source not in texts:
            texts[s.source] = text_of(s.source)
        text = texts[s.source]
        whole = standing(s, text)
        at = next((i for i, k in enumerate(kept) if overlaps(whole, k)), None)
        if at is None:
            kept.append(whole)
        elif text and not contains(kept[at], whole):
            start, end = min(kept[at].start, whole.start), max(kept[at].end, whole.end)
            kept[at] = replace(kept[at], start=start, end=end, text=text[start:end])
    return kept
