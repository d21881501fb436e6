"""Evidence units: the stretch of a chunk that one sentence needs to stand on its own.

A unit is one sentence, joined to the sentence before it when it leans on it ("He added ...", "Instead, ...", a quote
"..., he said", or a sentence cut after an abbreviation), and to the one before that when that one leans on it too, and run on until a quote
it opens is closed. Units depend on the chunk alone, never on a question, so they are cut and embedded once, when the
chunk is indexed, and a question only looks their vectors up. A unit's vector is stored under an id that names the
rules that cut it (UNIT_RULES): once they change, the vectors of the old units are never read again, and the next
ingest embeds the new ones and drops the old.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence that opens like this leans on the one before it: a pronoun ("He wants ..."), a source named before
# ("According to the source, ...").
CONTINUES = re.compile(r"^(he|she|they|it|this|that|these|those|his|her|their|its|according to the)\b", re.I)
# ... and so does one that answers it with a connective ("Instead, he sent a delegation ...", "However, ...") or puts a
# short phrase before a pronoun ("In a statement, she said ..."), unless the sentence before leans itself on what the
# chunk does not hold: then they would be cited together without what both lean on.
CONNECTS = re.compile(
    r"^(instead|however|but|still|yet|meanwhile|also|additionally|moreover|in addition|as a result|in response)\b"
    r"|^[^,.;:\"“”]{1,40},\s+(he|she|they|it|his|her|their|its)\b",
    re.I,
)
# (a quote that goes on with a connective, "“But I think something's going to happen ...”", goes on the words before
# it: the quote's opening marks are passed over)
_OPENING_QUOTES = "\"“‘' "
# ... and so does a quote whose speaker is a pronoun ("'I'd love to meet with him,' he said."): who said it is in the
# sentence before, unless that one leans itself on what the chunk does not hold. The attribution is short, lower case
# and ends the sentence: a capital "He added that ..." after a closed quote opens a sentence of its own
QUOTED_BY_PRONOUN = re.compile(
    r"""[,!?\u2026\u2014-]\s?["\u201d'\u2019]\s+(he|she|they)\s+[a-z]+\b[^"\u201c\u201d.!?]{0,40}[.!?]?\s*$"""
)
# a sentence "ending" in one of these was cut by the sentence splitter after an abbreviation: "... in the U.S." |
# "President ..." (a title before a name on the same line is joined already: index/chunks.py `sentence_spans`)
_ABBREVIATION = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jr|Sr|No|Vol|U\.S|U\.K)\.$")
# bump when units_of or index.chunks.sentence_spans cuts differently: stored unit vectors of other rules are not used
UNIT_RULES = "6"
MAX_LEAN_BACK = 2  # how many sentences before its own a unit of sentences leaning on each other may start
MAX_QUOTE_SENTENCES = 4  # how far a unit runs on to find the end of a quote it opens
QUOTES = re.compile(r"[\"“”]")


def leans_back(sentence: str, previous: str) -> bool:
    """Whether `sentence` leans on `previous`, the sentence before it, whatever that one leans on: a pronoun or a
    source named before opens it, a connective or a short phrase before a pronoun does, its quote's speaker is a
    pronoun, or `previous` ends on a colon (answer/standing.py)."""
    return bool(
        CONTINUES.match(sentence)
        or previous.rstrip().endswith(":")
        or CONNECTS.match(sentence.lstrip(_OPENING_QUOTES))
        or QUOTED_BY_PRONOUN.search(sentence)
    )


@dataclass(frozen=True)
class Unit:
    index: int  # the sentence's place in its chunk
    start: int  # absolute offsets into the file
    end: int
    sentence: str  # the sentence alone
    text: str  # the unit: the sentence with what it needs
    continues: bool  # it leans on the unit before it


def units_of(text: str, base: int, spans: list[list[int]] | list[tuple[int, int]]) -> list[Unit]:
    """The unit of every sentence of a chunk whose text starts at file offset `base`; `spans` are the sentences'
    absolute offsets."""

    def text_of(a: int, b: int) -> str:
        return text[a - base : b - base]

    out: list[Unit] = []
    for i, (start, end) in enumerate(spans):
        sentence = text_of(start, end)
        previous = out[-1] if out else None
        continues = previous is not None and bool(
            CONTINUES.match(sentence)
            or previous.text.rstrip().endswith(":")
            or (
                (CONNECTS.match(sentence.lstrip(_OPENING_QUOTES)) or QUOTED_BY_PRONOUN.search(sentence))
                and not CONTINUES.match(previous.text)
            )
        )
        cut = i > 0 and bool(_ABBREVIATION.search(text_of(*spans[i - 1]).rstrip()))
        u_start, u_end = start, end
        if (continues or cut) and i > 0:
            u_start = spans[i - 1][0]
            if continues and previous.continues and previous.start >= spans[max(i - MAX_LEAN_BACK, 0)][0]:
                u_start = previous.start  # "X said ... He noted ... Another issue, he said, ...": back to X
        j = i
        while len(QUOTES.findall(text_of(u_start, u_end))) % 2 and j + 1 < len(spans) and j < i + MAX_QUOTE_SENTENCES:
            j += 1  # a quote opened here closes in a later sentence
            u_end = spans[j][1]
        out.append(Unit(i, u_start, u_end, sentence, text_of(u_start, u_end), continues))
    return out


def unit_id(chunk_id: str, index: int) -> str:
    """The id under which a unit's vector is stored: its chunk, the rules that cut it, its place."""
    return f"{chunk_id}#{UNIT_RULES}.{index}"


def chunk_of(unit_record_id: str) -> str:
    return unit_record_id.rsplit("#", 1)[0]


def current(unit_record_id: str) -> bool:
    """Whether a stored unit was cut by today's rules (ids of before the rules had a version have none)."""
    return unit_record_id.rsplit("#", 1)[-1].startswith(f"{UNIT_RULES}.")
