"""Whom: "Who did Peskov say would brief Putin?" asks about briefing Putin, and a passage in which Witkoff "briefed
Trump" answers another question, however many of its words it shares. A name right after a verb in the question
(`asked_objects`: "brief Putin") is what the verb is done to; when every time the passages use that verb a different
name stands right after it (`other_object`), none of them is about it.

Only a name right after the verb counts ("briefed President Trump"): "brief the Russian president", "was briefed by
Witkoff" or "briefed on Thursday" may be about what is asked, and leave the question to the refusal model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from answer.groups import DEMONYMS
from answer.kinds import asking, same_stem
from answer.speakers import NAMES, same_person
from index.terms import terms

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# a name right after a word: "brief Putin", "briefed President Trump"
_NEXT_NAME = re.compile(rf"\s+({NAMES.pattern})")
# words a verb in a question follows: "would brief Putin", "did Trump meet Putin", "to persuade Zelenskyy"
_AUX = {"did", "does", "do", "will", "would", "could", "can", "should", "might", "may", "must", "to", "has", "have", "had"}  # fmt: skip
# words before a name that describe it rather than do something to it: "did former President Trump say"
_MODIFIERS = {"former", "late", "current", "new", "top", "senior", "deputy", "acting", "outgoing", "incoming", "fellow"}
_RELATIVE = {"who", "which", "that"}  # "Who interviewed Trump?": a verb in the past after the question word


def asked_objects(question: str) -> list[tuple[str, str]]:
    """The (verb, name) pairs of the question's asking sentence: ("brief", "Putin") in "Who did Peskov say would brief
    Putin?". The verb follows an auxiliary ("would brief", "to persuade"), an auxiliary and its subject ("did Trump
    meet"), or is a past form after "who" ("Who interviewed Trump?"); the name is no nationality ("surrounded
    Ukrainian troops") nor described by the word before it ("former President Trump")."""
    sentence = asking(question)
    words = list(_WORD.finditer(sentence))
    pairs = []
    for i, found in enumerate(words):
        word = found.group(0)
        following = _NEXT_NAME.match(sentence, found.end())
        if not (word.islower() and following and terms(word)) or word in _MODIFIERS:
            continue
        if following.group(1).split()[0] in DEMONYMS:
            continue
        before = [w.group(0) for w in words[max(0, i - 2) : i]]
        after_aux = bool(before) and before[-1].lower() in _AUX
        after_subject = len(before) == 2 and before[1][:1].isupper() and before[0].lower() in _AUX
        past = word.endswith("ed") and bool(before) and before[-1].lower() in _RELATIVE
        if after_aux or after_subject or past:
            pairs.append((word, following.group(1)))
    return pairs


def other_object(question: str, texts: Iterable[str]) -> tuple[str, str] | None:
    """The first of the question's (verb, name) pairs that the texts use only with another name right after the verb,
    as the question writes them (("brief", "Putin"), when every "briefed" in them is "briefed Trump"); None when none
    is."""
    texts = list(texts)
    for verb, name in asked_objects(question):
        stems = terms(verb)
        others = ours = bare = 0
        for text in texts:
            for found in _WORD.finditer(text):
                if not any(same_stem(a, b) for a in stems for b in terms(found.group(0))):
                    continue
                following = _NEXT_NAME.match(text, found.end())
                if following is None:
                    bare += 1
                elif same_person(name, following.group(1)):
                    ours += 1
                else:
                    others += 1
        if others and not ours and not bare:
            return verb, name
    return None
