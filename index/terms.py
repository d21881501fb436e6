"""Content words of a text as stems, and how rare each is in the corpus: the lexical side of scoring."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

from index.spellings import spelled

_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
# Function words and question words: they say nothing about what a sentence is about.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "done",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "us",
        "tell",
        "say",
        "said",
        "says",
        "told",
        "according",
        "s",
        "t",
        "don't",
        "didn't",
        "doesn't",
        "isn't",
        "wasn't",
        "weren't",
        "won't",
        "can't",
        "it's",
        "he's",
        "she's",
        "that's",
        "what's",
        "who's",
    ]
)
_stemmer = Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return _stemmer.stemWord(spelled(word))


class SpellingStemmer:
    """The stemmer BM25 tokenizes with (bm25s calls `stemWords`): the stems `terms` gives, each word read through
    `spelled` first, so both lexical sides find "Zelenskyy" where an article writes "Zelensky"."""

    def stemWord(self, word: str) -> str:  # noqa: N802 (PyStemmer's names, which bm25s calls)
        return _stem(word)

    def stemWords(self, words: list[str]) -> list[str]:  # noqa: N802
        return [_stem(w) for w in words]


_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")  # "U.S.", "J.D.": an acronym written with dots


def undotted(text: str) -> str:
    """Acronyms written with dots written without: "U.S." -> "US", so it is one word, as "US" is."""
    return _DOTTED.sub(lambda m: m.group().replace(".", ""), text)


def is_acronym(token: str) -> bool:
    """An all-capital word of two to four letters ("US", "WHO"): a name, even where its lower case is a function
    word ("us", "who")."""
    return 2 <= len(token) <= 4 and token.isalpha() and token.isupper()


def _normal(word: str) -> str:
    return word.replace("’", "'").replace(",", "")


def words(text: str) -> list[str]:
    """Lower-case words and numbers ("1,000" -> "1000"; "U.S." -> "us")."""
    return [_normal(w) for w in _WORD.findall(undotted(text).lower())]


def terms(text: str) -> list[str]:
    """Stems of the content words of `text`, in order. An acronym is a content word even where its lower case is a
    function word ("US" and "U.S." give "us"; the pronoun "us" gives nothing), unless the text is words in capitals."""
    raw_words = _WORD.findall(undotted(text))
    shouted = len(raw_words) > 1 and not any(c.islower() for c in text)
    found = ((_normal(w.lower()), w) for w in raw_words)
    return [_stem(w) for w, raw in found if w not in STOPWORDS or (not shouted and is_acronym(raw))]


class TermStats:
    """Document frequencies of stems over a set of texts, for inverse-document-frequency weights."""

    def __init__(self, texts: Iterable[str]):
        self.df: Counter[str] = Counter()
        self.n = 0
        for text in texts:
            self.n += 1
            self.df.update(set(terms(text)))

    def idf(self, term: str) -> float:
        df = self.df.get(term, 0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def known(self, term: str) -> bool:
        return term in self.df
