"""Who holds an office: "Who is Ukraine's foreign minister?", "Who is the defence minister of Ukraine?" ask for the
holder of a role, and "What did the Oryol governor say?" for the words of one. No passage answers them that never
names the role: one that names Ukraine's president does not say who its foreign minister is, however many of the
question's words it shares. The role is the title the question asks about (TITLES) with the word before it when that
word makes it another office ("foreign minister", "prime minister", "vice president"); its owner ("Ukraine's") is not
required, as the articles name it in many ways ("Kyiv", "Ukrainian").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from answer.kinds import asking, same_stem
from answer.speakers import SPEECH
from index.terms import terms, words

# offices a question may ask the holder of ("Who is ...?") or the words of ("What did the ... say?"); each group is one
# office under several names
_OFFICES = (
    ("minister",),
    ("secretary",),
    ("spokesman", "spokesperson", "spokeswoman"),
    ("ambassador",),
    ("envoy",),
    ("chancellor",),
    ("president",),
    ("premier",),
    ("governor",),
    ("mayor",),
    ("commander",),
    ("general",),
    ("admiral",),
    ("colonel",),
    ("adviser", "advisor"),
    ("negotiator",),
    ("prosecutor",),
    ("chairman", "chairwoman", "chair"),
    ("ceo",),
)
TITLES = {name: group for group in _OFFICES for name in group}
# words before a title that make it another office: a foreign minister is not a minister of culture
MODIFIERS = {
    "prime", "vice", "deputy", "foreign", "defence", "defense", "finance", "interior", "health", "home", "justice",
    "economy", "energy", "agriculture", "trade", "education", "culture", "press", "security", "special", "attorney",
}  # fmt: skip
_BE = r"(?:is|was|are|were|will be|would be|has been|had been|became|becomes|is now|was then)"
# "Who is [the] <up to four words> <title>[ of ...]?": the holder of an office, not "Who did the minister meet?"
_WHO_HOLDS = re.compile(
    rf"^\W*who\s+{_BE}\s+(?:the\s+)?((?:[\w'’.-]+\s+){{0,4}}?)([\w-]+?)(?:s)?\b(?:\s+of\b.*)?\W*$", re.I
)


# "What did the [<up to three words>] <title> say ...?": the words of an office holder, whom the question names by the
# office alone ("What did the Oryol governor say?"); a passage that never names the office gives none of them
_HOLDER_SAYS = re.compile(
    rf"^\W*what\s+(?:did|does|do|has|have|had|will|would)\s+the\s+((?:[\w'’.-]+\s+){{0,3}}?)([\w-]+?)(?:s)?\s+"
    rf"(?:\w+ly\s+)?{SPEECH}\b",
    re.I,
)


# "Which [<up to three words>] <title> ...?": the holder of an office ("Which Russian general led the delegation?"); the
# title is among the words after "which" before any verb ("What did the general say?" is _HOLDER_SAYS's)
_WHICH = re.compile(r"^\W*(?:which|what)\s+(.*)", re.I)
_AUXILIARIES = "is was are were be been did does do has have had will would can could should may might must"
_VERBS = frozenset(_AUXILIARIES.split())


def _which_holder(sentence: str) -> tuple[list[str], str] | None:
    """The words before the title and the title of "Which [words] <title> ...?"."""
    head = _WHICH.match(sentence)
    tokens = [t.strip("?.,!;:") for t in head.group(1).split()[:4]] if head else []
    for i, token in enumerate(tokens):
        word = token.lower()
        if word in _VERBS:
            return None
        title = word[:-1] if word.endswith("s") and word[:-1] in TITLES else word
        if title in TITLES:
            return tokens[:i], title
    return None


def asked_role(question: str) -> str:
    """The office whose holder the question's asking sentence asks for ("foreign minister" for "Who is Ukraine's
    foreign minister?", "general" for "Which Russian general led the delegation?") or asks the words of ("governor"
    for "What did the Oryol governor say?"); empty for any other question."""
    sentence = asking(question).strip()
    found = _WHO_HOLDS.match(sentence) or _HOLDER_SAYS.match(sentence)
    if found and found.group(2).lower() in TITLES:
        before, title = found.group(1).split(), found.group(2).lower()
    elif held := _which_holder(sentence):
        before, title = held
    else:
        return ""
    modifier = before[-1].lower() if before and before[-1].lower() in MODIFIERS else ""
    return f"{modifier} {title}".strip()


def names_role(role: str, texts: Iterable[str]) -> bool:
    """Whether one of `texts` names the office `role` (`asked_role`): its title, under any of its names, and the word
    that makes it that office, spelt either way ("defence", "defense"). True when no role is asked."""
    if not role:
        return True
    *modifier, title = role.split()
    # the title as a word, not a stem: "negotiations" does not name a negotiator, nor "command" a commander
    titles = {form for name in TITLES[title] for form in (name, f"{name}s", re.sub(r"man$", "men", name))}
    wanted = terms(" ".join(modifier))
    for text in texts:
        have = set(terms(text))
        if titles & set(words(text)) and all(any(same_stem(w, h) for h in have) for w in wanted):
            return True
    return False
