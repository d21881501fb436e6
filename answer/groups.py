"""Whose: "How many regions did Russian drones strike?" asks about Russian drones, and a passage whose drones are all
Ukrainian ("Ukrainian drones struck ten regions in Russia") answers another question, however many of its words it
shares. A nationality written before a noun in the question (`asked_groups`) names which of that thing it asks about;
when the passages speak of that thing only as another nationality's (`other_group`), none of them is about it.

Only a nationality word before the noun counts as naming another group: a passage that writes the noun bare ("drones
launched at Kursk"), or with the asked nationality within three words before it ("Russian and Ukrainian drones",
"Russian attack drones"), may be about what is asked, and the question is left to the refusal model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from answer.kinds import asking, same_stem
from index.terms import terms

# nationality and region adjectives as news writes them before a noun; a curated list, not the corpus's
_DEMONYMS = """
    Afghan African Albanian Algerian American Arab Argentine Argentinian Armenian Asian Australian Austrian Azerbaijani
    Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian British Bulgarian Burmese Cambodian Cameroonian Canadian
    Chechen Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian Emirati
    English Eritrean Estonian Ethiopian European Filipino Finnish French Georgian German Ghanaian Greek Guatemalan
    Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese
    Jordanian Kazakh Kenyan Korean Kosovar Kurdish Kuwaiti Kyrgyz Latvian Lebanese Libyan Lithuanian Malaysian Malian
    Mexican Moldovan Mongolian Moroccan Nepali Nigerian Nigerien Norwegian Pakistani Palestinian Panamanian Peruvian
    Polish Portuguese Qatari Romanian Russian Rwandan Saudi Scottish Senegalese Serbian Singaporean Slovak Slovenian
    Somali Soviet Spanish Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Tunisian Turkish Turkmen
    Ugandan Ukrainian Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean
"""
DEMONYMS = frozenset(_DEMONYMS.split())
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_WITHIN = 3  # words before a noun in which the asked nationality is looked for ("Russian and Ukrainian drones")


def asked_groups(question: str) -> list[tuple[str, str]]:
    """The (nationality, noun) pairs of the question's asking sentence: ("Russian", "drones") in "How many regions did
    Russian drones strike?"; a nationality followed by another one or by a name is no pair ("Russian President")."""
    words = _WORD.findall(asking(question))
    return [
        (word, noun)
        for word, noun in zip(words, words[1:], strict=False)
        if word in DEMONYMS and noun[:1].islower() and terms(noun)
    ]


def other_group(question: str, texts: Iterable[str]) -> str | None:
    """The first of the question's (nationality, noun) pairs that the texts speak of only as another nationality's,
    as the question writes it ("Russian drones", when every drone in them is "Ukrainian drones"); None when none is."""
    texts = list(texts)
    for group, noun in asked_groups(question):
        stems = terms(noun)
        others = ours = bare = 0
        for text in texts:
            words = _WORD.findall(text)
            for i, word in enumerate(words):
                if not any(same_stem(a, b) for a in stems for b in terms(word)):
                    continue
                before = words[max(0, i - _WITHIN) : i]
                if group in before:
                    ours += 1
                elif before and before[-1] in DEMONYMS:
                    others += 1
                else:
                    bare += 1
        if others and not ours and not bare:
            return f"{group} {noun}"
    return None
