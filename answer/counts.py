"""How many: what "How many ...?" counts, and whether a text gives a count of it."""

from __future__ import annotations

import re

from answer.kinds import NUMBER, NUMBER_WORDS, asking, leading_content, same_stem
from index.terms import terms

NUMBER_STEMS = frozenset(t for w in NUMBER_WORDS for t in terms(w))
COUNTED_WINDOW = 4  # words after a number in which the thing it counts is looked for
_HOW_MANY = re.compile(r"\bhow many\s+([^?]*)", re.I)
# what may give a count in a text: a number, a number word, or "how many" itself ("unclear how many troops")
_COUNT = re.compile(rf"{NUMBER.pattern}|\b(?:{'|'.join(sorted(NUMBER_WORDS))}|how many)\b", re.I)
_TIMES = re.compile(r"\b(?:once|twice|thrice)\b", re.I)  # a count of times in one word


def counted(question: str) -> list[str]:
    """The stems of what "How many ...?" counts (`counted_words`): "russian", "region" for "How many Russian regions
    did drones strike?"."""
    return terms(counted_words(question))


def counted_words(question: str) -> str:
    """What "How many ...?" counts: the content words right after "how many" ("russian regions" in "How many Russian
    regions did drones strike?"); none when a function word follows ("How many did they lose?")."""
    found = _HOW_MANY.search(asking(question))
    return leading_content(found.group(1)) if found else ""


def counted_names(question: str) -> frozenset[str]:
    """The stems of what "How many ...?" counts that the question writes with a capital: the group it names ("russian"
    for "How many Russian troops ...?"; none for "How many baby swings ...?")."""
    found = _HOW_MANY.search(asking(question))
    if not found:
        return frozenset()
    written = re.findall(r"[\w'’.-]+", found.group(1))[: len(counted_words(question).split())]
    return frozenset(stem for w in written if w[:1].isupper() for stem in terms(w))


def counts(things: list[str], span: str, text: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether the number `span` of `text` counts one of `things` (stems, see `counted`): one is in the span or among
    the COUNTED_WINDOW words after it, as written or misspelt in the question ("ten regions" does not count drones;
    "thousands of Ukrainian troops" counts troops). True when nothing is counted or the span is not in `text`."""
    at = text.find(span)
    if not things or at < 0:
        return True
    after = re.findall(r"[\w'’.-]+", text[at + len(span) :])[:COUNTED_WINDOW]
    # the number itself is never what it counts ("one" is no misspelt "drone")
    near = [t for t in terms(span) if not _numeral(t)] + terms(" ".join(after))
    found = [t for t in things if any(same_stem(t, n) for n in near)]
    if not found or (things[-1] not in found and _counts_another(things, found, after)):
        return False
    return not _other_group(things, after, named)


def _numeral(stem: str) -> bool:
    return NUMBER.match(stem) is not None or stem in NUMBER_STEMS


def _counts_another(things: list[str], found: list[str], after: list[str]) -> bool:
    """Whether the words after a number name what it counts, and that is none of `things`: only a word before the
    counted noun was `found`, and the word after it is another noun ("thousands of Ukrainian troops" does not count
    Ukrainian civilians), or is after a second word joined to it ("5,000 Russian and Ukrainian soldiers" counts
    soldiers, not Russian regions). A function word or the end of the window after it says nothing."""
    at = max((i for i, w in enumerate(after) if any(same_stem(t, n) for t in found for n in terms(w))), default=None)
    if at is None or at + 1 >= len(after):
        return False
    if after[at + 1].lower() in ("and", "or", "&") and at + 3 < len(after):
        at += 2  # "Russian and Ukrainian soldiers": the noun after both words is what they count
    following = terms(after[at + 1])
    return bool(following) and not any(same_stem(t, n) for t in things for n in following)


def _other_group(things: list[str], after: list[str], named: frozenset[str]) -> bool:
    """Whether the words after a number count another group of what is asked: "thousands of Ukrainian troops" to "How
    many Russian troops ...?". True when a capitalised word before the counted noun (the last of `things`) is none of
    the question's words, and a word the question writes with a capital before that noun (`named`) is not there: a
    brand before it ("2 million MamaRoo swings") names a kind of what "How many baby swings ...?" counts."""
    head = next((i for i, w in enumerate(after) if any(same_stem(things[-1], n) for n in terms(w))), None)
    if head is None or len(things) < 2:
        return False
    before = [n for w in after[:head] for n in terms(w)]
    # a short modifier is taken for an acronym, which the text may spell as an adjective ("US" troops, "American")
    missing = any(t in named and len(t) > 3 and not any(same_stem(t, n) for n in before) for t in things[:-1])
    foreign = any(w[0].isupper() and not any(same_stem(t, n) for t in things for n in terms(w)) for w in after[:head])
    return missing and foreign


def speaks_to_count(things: list[str], text: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether `text` speaks to how many of `things` (stems, see `counted`) there are: a number in it counts one of
    them (`counts`; "twice" counts times), or it says how many of them in words of its own ("It is unclear how many
    security personnel ...", an answer that the number is not known). True when nothing is counted."""
    if not things or ("time" in things and _TIMES.search(text)):
        return True
    return any(counts(things, found.group(0), text[found.start() :], named) for found in _COUNT.finditer(text))
