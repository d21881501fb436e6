"""Whether a word is English, not a misspelling: the embedding model's whole-word vocabulary (index/models.py
`english_words`, about 20,000 words) holds "punish" and "tough" but not "punishing" and "tougher".
A word is English when the vocabulary holds it or the word it inflects (an ending taken off the way English spells
them: "punishing", "tougher", "stopped", "cities"). Misspellings rarely read as one: "ofered" is no inflection of an
English word, nor "prisners". Compounds ("crackdown") are not read: "discusions" would be "discus" + "ions"."""

from __future__ import annotations

# (ending, what replaces it): "cities" -> "city", "hoped" -> "hope", "tougher" -> "tough"
_ENDINGS = (
    ("ies", "y"),
    ("ied", "y"),
    ("ier", "y"),
    ("iest", "y"),
    ("ily", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("er", ""),
    ("er", "e"),
    ("est", ""),
    ("est", "e"),
    ("es", ""),
    ("s", ""),
    ("ly", ""),
)
MIN_BASE = 3  # a shorter base ("ed" off "bed") says nothing


def is_english(word: str, english: frozenset[str]) -> bool:
    """Whether the lower-case `word` is in `english` or inflects a word of it."""
    return word in english or any(base in english for base in _bases(word))


def _bases(word: str) -> list[str]:
    found = []
    for ending, replace in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_BASE:
            base = word[: -len(ending)] + replace
            found.append(base)
            if not replace and len(base) > MIN_BASE and base[-1] == base[-2]:  # "stopped" -> "stop"
                found.append(base[:-1])
    return found
