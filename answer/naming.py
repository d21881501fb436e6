"""What someone is called: "What is the name of the Fox News host who interviewed Trump?" asks for a name, and only a
passage that gives a name beside the one it describes answers it. "Trump said during an interview with Fox News"
names no host; "a delegation headed by his former minister of culture" describes the minister without naming him.

The one described is the noun the question's phrase ends on before any relative clause or preposition ("host" in
"the Fox News host who interviewed Trump", "minister" in "Putin's former minister of culture"). A passage names them
when a capitalised word that the question does not hold stands within three words after that noun, in its sentence
("host Bret Baier", "minister of culture Vladimir Medinsky", "the minister, Medinsky"; not "Prime Minister Giorgia
Meloni", a title the question does not give), or a name (not a sentence adverb: "Instead,") stands before it with a
comma ("Medinsky, Putin's former minister"). A question that describes no one by a noun ("What is her name?") is left
to the refusal model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from answer.kinds import asking
from answer.speakers import NAMES
from index.chunks import sentences
from index.terms import terms

# "What is the name of <phrase>?", "What was the name of <phrase>?", "What is <phrase>'s name?"
_NAME_OF = re.compile(
    r"^\W*what\s+(?:is|was|are|were)\s+(?:the\s+)?(?:full\s+)?names?\s+of\s+(?P<of>.+?)\W*$"
    r"|^\W*what\s+(?:is|was)\s+(?P<owner>.+?)[’']s?\s+(?:full\s+)?name\W*$",
    re.I,
)
# where the phrase that describes someone ends: a relative clause, a preposition, a comma
_PHRASE_END = re.compile(
    r"\s+(?:who|whom|whose|that|which|of|in|at|on|from|for|during|with|after|before|by|to|under|between)\b|,", re.I
)
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "his", "its", "their", "this", "that"}
_AFTER = 3  # words after the noun in which a name is looked for ("minister of culture Vladimir Medinsky")
# words that open a sentence before a comma without naming anyone ("Instead, he sent a delegation ...")
_ADVERB_WORDS = (
    "instead however meanwhile still yet moreover furthermore besides nevertheless nonetheless otherwise thus hence "
    "therefore indeed earlier later separately overall finally first second third last next now then also again "
    "today yesterday"
)
_ADVERBS = frozenset(_ADVERB_WORDS.split())


def described(question: str) -> str:
    """The phrase and its noun that a "What is the name of ...?" question describes someone by ("the Fox News host"
    for "What is the name of the Fox News host who interviewed Trump?"); empty for any other question, and for one
    whose phrase ends on a pronoun or a capitalised word ("What is her name?", "What is the name of the Kremlin?")."""
    found = _NAME_OF.match(asking(question).strip())
    if not found:
        return ""
    phrase = _PHRASE_END.split(found.group("of") or found.group("owner"), maxsplit=1)[0].strip()
    noun = phrase.split()[-1] if phrase else ""
    if not noun[:1].islower() or noun.lower() in _PRONOUNS:
        return ""
    return phrase


def names_described(phrase: str, question: str, texts: Iterable[str]) -> bool:
    """Whether one of `texts` gives a name beside the noun `phrase` (`described`) ends on: a capitalised word the
    question does not hold within three words after the noun, or a name and a comma before it. True when no one is
    described."""
    if not phrase:
        return True
    noun = re.escape(phrase.split()[-1])
    asked = set(terms(question))
    mention = re.compile(rf"\b{noun}(?:s|es)?\b", re.I)
    before = re.compile(rf"({NAMES.pattern}),[^,.;]{{0,60}}\b(?P<noun>(?i:{noun}))(?:s|es)?\b")
    for sentence in (sentence for text in texts for sentence in sentences(text)):  # a name in the noun's sentence
        for found in before.finditer(sentence):
            if not _opens(found.group(1)) and not _another_title(sentence[: found.start("noun")], found["noun"], asked):
                return True
        for found in mention.finditer(sentence):
            if _another_title(sentence[: found.start()], found.group(), asked):
                continue
            following = re.findall(r"[\w'’.-]+", sentence[found.end() :])[:_AFTER]
            if any(w[:1].isupper() and not set(terms(w)) <= asked for w in following):
                return True
    return False


def _another_title(before: str, noun: str, asked: set[str]) -> bool:
    """Whether the noun, written as a title, is another office than the question's: "Prime Minister Giorgia Meloni"
    names no "former minister of culture" (the capitalised word before it is none of the question's)."""
    previous = re.search(r"([\w'’-]+)\s*$", before)  # the word right before it
    word = previous.group(1) if previous else ""
    return noun[:1].isupper() and word[:1].isupper() and not set(terms(word)) <= asked


def _opens(name: str) -> bool:
    """Whether a capitalised word before a comma is a sentence adverb ("Instead,", "Separately,") rather than a name."""
    return " " not in name and (name.lower() in _ADVERBS or name.lower().endswith("ly"))
