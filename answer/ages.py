"""How old someone is: "How old is Putin?" asks the age of a named person, and only a passage that gives that person
an age answers it. "Trump, 78, also said that after speaking with Putin ..." gives Trump's age, not Putin's, however
near Putin's name stands: a number beside one name is no one else's age.

A passage gives a person an age the ways news writes it: "Trump, 78," or "Trump (78)", "the 78-year-old president
Donald Trump", "Trump, who is 78", "Trump turned 79", "Rutherford was just 15 years old", "Scully, the voice of the
Dodgers, has died at the age of 94", or "He is 78" and "The deal takes the 37-year-old to ..." after a sentence that
named him ("a 15-year-old boy" is someone else's age). A question that names nobody ("How old is he?", "How old was
the pilot?") is left to the refusal model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from answer.kinds import asking
from answer.speakers import NAMES, asked_name, same_person

# "How old is Putin?", "How old will Trump be?", "What was the age of X?", "What is Putin's age?", "At what age did X"
_ASKS_AGE = re.compile(
    rf"^\W*(?:how old (?:is|was|are|were|will|would)\s+{asked_name('name')}"
    rf"|what (?:is|was) (?:the age of\s+{asked_name('of')}|{asked_name('owner')}[’']s? age\b)"
    rf"|(?:at\s+)?what age (?:is|was|did|does|will)\s+{asked_name('at')})",
    re.I,
)
_NAME = rf"(?P<name>{NAMES.pattern})"
_AGE = r"(?P<age>\d{1,3})"
_NOT_AN_AGE = r"(?!\s*(?:%|percent|per\b|of\b|million|billion|thousand|[.,]\d))"
_LINKS = r"(?:at|to|in|on|with|by|for|from|of|and|or|but|as|than|after|before|near|who|that|which)"
_ABOUT = r"(?:(?:now|just|only|still|nearly|almost|about|around|barely)\s+)?"  # "was just 15", "is nearly 80"
_AT_AGE = rf"(?:at (?:the )?age (?:of )?|aged\s+){_AGE}\b"  # "died at the age of 94", "aged 94"
# a name with its age beside it, in the forms news writes it
_GIVEN_AGE = (
    re.compile(rf"{_NAME},\s*(?:who (?:is|was|turned|turns)\s+|now\s+|aged?\s+)?{_AGE}\s*[,;)]"),  # "Trump, 78,"
    re.compile(rf"{_NAME}\s*\(\s*(?:aged?\s+)?{_AGE}\s*\)"),  # "Trump (78)"
    re.compile(rf"{_NAME}(?:,[^,.]{{1,60}},)?\s+(?:is|was|turned|turns|will turn)\s+{_ABOUT}{_AGE}\b{_NOT_AN_AGE}"),
    # "Scully, the voice of the Dodgers, has died at the age of 94"
    re.compile(rf"{_NAME}(?:,[^,.]{{1,80}},)?\s+[^,.;]{{0,40}}?\b{_AT_AGE}"),
    # "the 78-year-old president Donald Trump": titles between, never a preposition ("a 15-year-old boy waved at X")
    re.compile(rf"\b{_AGE}-year-old\s+(?:(?!{_LINKS}\b)[\w'’.-]+\s+){{0,4}}?{_NAME}"),
)
# someone the text before named: "He is 78", "she died aged 90", "The deal takes the 37-year-old to ..." (the age
# standing for a person: a verb, a preposition or a stop after it, where "a 15-year-old boy" has a noun)
_PRONOUN_AGE = (
    re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+(?:is|was|turned|turns)\s+(?:now\s+)?{_AGE}\b{_NOT_AN_AGE}"),
    re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+[^,.;]{{0,30}}?\b{_AT_AGE}"),
    re.compile(
        rf"\b[Tt]he {_AGE}-year-old(?=\s*[,.;:)]|\s+(?:to|was|is|has|had|said|says|told|who|in|at|on|from|and|also|"
        r"became|will|would|could|can)\b)"
    ),
)


def asked_person(question: str) -> str | None:
    """The person whose age the question's asking sentence asks: "Putin" in "How old is Putin?"; None when it asks no
    age or names nobody ("How old is he?", "How old is the pilot?")."""
    found = _ASKS_AGE.match(asking(question).strip())
    if not found:
        return None
    return next((n for n in found.group("name", "of", "owner", "at") if n and n[0].isupper()), None)


def gives_age(person: str, passages: Iterable[tuple[str, str]]) -> bool:
    """Whether one of the passages, each (text, the text before it), gives `person` an age: a number written as an
    age beside their name, or "He is 78" where the passage or the text before it names them."""
    for text, before in passages:
        if any(same_person(person, m.group("name")) for pattern in _GIVEN_AGE for m in pattern.finditer(text)):
            return True
        if any(p.search(text) for p in _PRONOUN_AGE) and any(
            same_person(person, n) for n in NAMES.findall(f"{before} {text}")
        ):
            return True
    return False
