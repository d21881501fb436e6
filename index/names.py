"""Full names as a corpus writes them: how often each given name stands before each family name ("Donald Trump"
many times, "Melania Trump" once), so that a bare "Trump" can be read as the one the corpus names most."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_PAIR = re.compile(r"\b([A-Z][a-z]+)\s+(?=([A-Z][a-z][\w'’-]*))")  # two capitalised words in a row, overlapping


class FullNames:
    """The capitalised word pairs of the corpus, counted by their second word: family -> Counter of the words before
    it. Titles and other words before a name are counted too ("President Trump"); a reader leaves them out."""

    def __init__(self, texts: Iterable[str]):
        self.before: dict[str, Counter[str]] = {}
        for text in texts:
            for first, second in _PAIR.findall(text):
                self.before.setdefault(second.lower(), Counter())[first.lower()] += 1

    def words_before(self, family: str) -> Counter[str]:
        return self.before.get(family.lower(), Counter())
