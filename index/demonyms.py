"""A place and the word for its people or things: "Europe" and "European", "Ukraine" and "Ukrainian", "China" and
"Chinese". A question may name one where the articles write the other ("Europe's role" where they say "European
representatives"); a name is known to the corpus when either form is. Read from how English forms such words (a
suffix on the place's stem, its last vowel dropped), never from a list of places."""

from __future__ import annotations

SUFFIXES = ("ian", "ean", "an", "n", "ese", "es", "i", "ish")  # "ese" stems to "es": "chines"
MIN_STEM = 4  # shorter stems are too often the start of an unrelated word


def kin(stem: str) -> list[str]:
    """The stems a name's `stem` may take as a place or as its people: "europ" -> "european", ...; "ukrainian" ->
    "ukrain", ...; not `stem` itself."""
    if len(stem) < MIN_STEM or not stem.isalpha():
        return []
    bases = {stem, stem[:-1]} if stem[-1] in "aeiouy" else {stem}
    found = {b + s for b in bases for s in SUFFIXES}
    for s in SUFFIXES:
        if stem.endswith(s) and len(stem) - len(s) >= MIN_STEM:
            root = stem[: -len(s)]
            found |= {root, root + "a", root + "e"}
    found.discard(stem)
    return sorted(found)
