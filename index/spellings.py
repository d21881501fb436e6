"""One spelling for words written two ways, so a question finds an article whichever way each spells them: British
spellings as American ones ("defence" -> "defense"), and the endings names transliterated from Russian or Ukrainian
are written with ("Zelenskyy", "Zelenskiy" -> "Zelensky"). The lexical side (index/terms.py), BM25 included, reads
every word through `spelled` before stemming it."""

from __future__ import annotations

import re

# Both sides of a comparison go through it: a word it changes that is no British spelling ("promise" -> "promize")
# still matches itself.
_SPELLED = {
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "pretence": "pretense",
    "programme": "program",
    "programmes": "programs",
    "grey": "gray",
    "cheque": "check",
    "cheques": "checks",
    "tyre": "tire",
    "tyres": "tires",
    "aluminium": "aluminum",
    "jewellery": "jewelry",
    "sceptical": "skeptical",
    "sceptic": "skeptic",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "plough": "plow",
    "mould": "mold",
    "draught": "draft",
    "fulfil": "fulfill",
    "enrol": "enroll",
    "instalment": "installment",
    "paediatric": "pediatric",
    "anaemia": "anemia",
    "haemorrhage": "hemorrhage",
    "encyclopaedia": "encyclopedia",
    "oestrogen": "estrogen",
    "storey": "story",
}
_SPELLING_RULES = [
    (re.compile(r"^([a-z]{2,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|ist|ists|ism)?$"), r"\1or\2"),  # colour
    (re.compile(r"^([a-z]{4,})is(e|ed|es|er|ers|ing|ation|ations)$"), r"\1iz\2"),  # organise, organisation
    (re.compile(r"^([a-z]{3,})ys(e|ed|es|ing)$"), r"\1yz\2"),  # analyse
    (re.compile(r"^([a-z]{3,}[tb])re(s)?$"), r"\1er\2"),  # centre, fibre
    (re.compile(r"^([a-z]{3,})ogue(s)?$"), r"\1og\2"),  # dialogue, catalogue
    (
        re.compile(
            r"^(cancel|travel|label|model|fuel|signal|level|counsel|marshal|channel|tunnel|total|dial|duel|equal|"
            r"rival|pedal|shovel|quarrel|panel|jewel|libel|marvel|spiral|initial)l(ed|ing|er|ers)$"
        ),
        r"\1\2",
    ),  # cancelled, travelling
]


def american(word: str) -> str:
    """A lower-case word in American spelling: "defence" -> "defense", "colour" -> "color", "organised" -> "organized",
    "centre" -> "center", "travelled" -> "traveled"."""
    if word in _SPELLED:
        return _SPELLED[word]
    for pattern, replacement in _SPELLING_RULES:
        if pattern.match(word):
            return pattern.sub(replacement, word)
    return word


# A name transliterated from Russian or Ukrainian ends its "-ий"/"-ый" as -y, -yy, -iy, -ij or -ii, by the source:
# "Zelensky", "Zelenskyy", "Zelenskiy"; and "-ей" as -ey or -ei ("Sergey", "Sergei"). After a consonant these endings
# are no English word's: read them as -y and -ey (the stemmer then writes -y as -i, as it does "Dmitry" and "Dmitri").
_TRANSLITERATED = re.compile(r"^([a-z]{2,}[b-df-hj-np-tv-xz])(?:yy|iy|ij|ii)$")
_EI = re.compile(r"^([a-z]{2,}[b-df-hj-np-tv-xz])ei$")  # "Sergei", "Alexei", "Andrei": -ey, as "Sergey" is written


def transliterated(word: str) -> str:
    """A lower-case word with a transliterated name's ending written one way: "zelenskyy" and "zelenskiy" ->
    "zelensky", "yuriy" -> "yury", "alexei" -> "alexey"."""
    return _EI.sub(r"\1ey", _TRANSLITERATED.sub(r"\1y", word))


def spelled(word: str) -> str:
    """A lower-case word in the one spelling the lexical side compares: American, a transliterated ending as -y."""
    return transliterated(american(word))
