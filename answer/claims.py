"""What a question claims about the people and places it names, and whether a passage names them together.

"Did Peskov meet Witkoff in Istanbul?" claims something of Peskov, Witkoff and Istanbul at once. Passages that name
Witkoff in Moscow and Peskov in a statement can neither confirm nor deny it: the question is answered only when one
of the top units, read with the sentences before it that its words may lean on, names every one of them. So does a
question that asks about a meeting or a talk of one named person with another ("Where did Witkoff meet Zelenskyy?",
"When did Trump speak with Putin?"): where Witkoff met Putin does not say where he met Zelenskyy. A name is
found as its stems are, or as a stem that starts with one of them ("Ukrainian" for "Ukraine"); an acronym also where
the passage writes it out ("the United States" for "US").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from answer.kinds import asking, asks_yes_no
from answer.speakers import NAMES
from index.chunks import sentence_spans
from index.terms import is_acronym, terms
from index.units import MAX_LEAN_BACK

MIN_PREFIX = 4  # a stem at least this long is found at the start of a longer one ("iran" in "iranian")


# a meeting or a talk with someone named: "meet Zelenskyy", "spoke with Putin", "phone call with Zelenskyy"
_ENCOUNTER = re.compile(
    r"\b(?:meet|meets|met|meeting|meetings|speak|speaks|spoke|speaking|talk|talks|talked|talking|calls? with)\s+"
    r"(?:(?:with|to)\s+)?(?-i:[A-Z])",
    re.I,
)

_REPORTED_BY = re.compile(r"\b(?:according to|(?:as )?reported by)\s+((?:the\s+)?[A-Z][^,?]*)")


def claimed_names(question: str) -> list[str]:
    """The names a yes-no question's asking sentence gives, as runs of capitalised words after its first word
    ("Pope Francis'"), or any question's that asks about a meeting or a talk of two or more named ones ("Where did
    Witkoff meet Zelenskyy?"); none for any other question."""
    sentence = asking(question).strip()
    rest = sentence.split(None, 1)[1] if " " in sentence else ""
    names = list(dict.fromkeys(re.sub(r"['’]s?$", "", n) for n in NAMES.findall(rest)))  # "Trump's": Trump
    if asks_yes_no(question):
        return names
    if not _ENCOUNTER.search(rest):
        return []
    # who reports it is not part of the claim: "..., according to the Mail Online?"
    reporters = set(NAMES.findall(" ".join(_REPORTED_BY.findall(rest))))
    names = [n for n in names if n not in reporters]
    return names if len(names) >= 2 else []


def named_together(names: list[str], passages: Iterable[tuple[str, str]]) -> bool:
    """Whether one passage, given as (unit, the chunk's text before it), names all of `names`."""
    if not names:
        return True
    for text in map(_read_with_lean_back, passages):
        have = set(terms(text))  # the passage's stems, once for all the names
        if all(_names(name, text, have) for name in names):
            return True
    return False


def _read_with_lean_back(passage: tuple[str, str]) -> str:
    unit, before = passage
    spans = sentence_spans(before)
    lean = before[spans[-MAX_LEAN_BACK][0] :] if len(spans) >= MAX_LEAN_BACK else before
    return f"{lean} {unit}"


def _names(name: str, text: str, have: set[str]) -> bool:
    stems = terms(name)
    if not stems:
        return True  # nothing of it can be looked for ("The"): it rules nothing out
    if is_acronym(name) and spells(name, text):
        return True
    return all(s in have or any(_extends(s, h) for h in have) for s in stems)


def _extends(stem: str, longer: str) -> bool:
    return len(stem) >= MIN_PREFIX and len(longer) > len(stem) and longer.startswith(stem)


_LINKING = ("of", "for", "and", "the", "on", "de")  # lower-case words inside a written-out name
_CAPITALISED_RUN = re.compile(rf"[A-Z][\w'’-]*(?:\s+(?:(?:{'|'.join(_LINKING)})\s+)*[A-Z][\w'’-]*)+")


def spells(acronym: str, text: str) -> bool:
    """Whether `text` writes out an acronym of three or more letters as its capitalised words' initials ("CDC" in
    "the Centers for Disease Control and Prevention"): the evidence names what the question abbreviates."""
    if len(acronym) < 3:
        return False
    for run in _CAPITALISED_RUN.findall(text):
        initials = "".join(w[0] for w in run.split() if w not in _LINKING)
        if acronym.upper() in initials:  # every word of a run is capitalised
            return True
    return False
