"""A message that asks several things ("Where did Witkoff meet Putin? And which town did Ukrainian drones target?"):
the questions it asks, each answered as a turn of its own, and their answers joined into one.

Asked as one question, the second part was left unanswered: retrieval, refusal and the reader each look for one
thing, and the sentence that answers one part rarely answers the other. Each part is answered as a follow-up of the
parts before it, so "Who did Witkoff meet in Moscow? What did he pass along?" reads "he" as the conversation would.
"""

from __future__ import annotations

from answer.directives import asks_anew
from answer.types import REFUSAL, Answer, Citation, Marker
from index.chunks import sentences

MOST_PARTS = 4  # a message asking more is answered as one question: each part costs a whole turn
_ORDINALS = ("first", "second", "third", "fourth")[:MOST_PARTS]


def asked_parts(question: str) -> list[str]:
    """The questions a message asks, in order, each with the sentences before it that set it up ("Trump spoke with
    Putin on Monday. What did he say afterwards?" is one) and those after it that say what it meant ("I mean in
    Istanbul."). A sentence that asks or requests something of its own opens a part, once one has been asked."""
    parts: list[list[str]] = []
    opened = False  # whether the part being read asks yet
    for sentence in sentences(question):
        anew = asks_anew(sentence)
        if parts and not (opened and anew):
            parts[-1].append(sentence)
        else:
            parts.append([sentence])
            opened = False
        opened = opened or anew
    asked = [" ".join(p) for p in parts]
    return asked if 1 < len(asked) <= MOST_PARTS else [question]


class Joined:
    """One answer for a message's parts, built as each part is answered: each answered part's text with its citations
    numbered anew (a passage two parts quote is cited once, and a passage a part quotes as an earlier part did is not
    repeated), and for a part the articles do not cover, a sentence saying so. The asked words are not repeated back:
    a part may carry words the asker wants said. Refused when every part is."""

    def __init__(self) -> None:
        self.answers: list[Answer] = []
        self.texts: list[str] = []
        self.markers: list[Marker] = []
        self.citations: dict[tuple, Citation] = {}
        self.said: set[tuple[str, int]] = set()  # each passage as quoted, with its citation's number
        self.length = 0

    def add(self, answer: Answer) -> str:
        """Take the next part's answer; what it adds to the joined text (a blank line before every part but the first)."""
        i = len(self.answers)
        self.answers.append(answer)
        if answer.answered:
            text, own = _renumbered(answer, self.citations, self.said, i)
        else:
            text, own = f"The articles do not cover the {_ordinal(i)} question.", []
        added = ("\n\n" if i else "") + text
        at = self.length + len(added) - len(text)
        self.markers += [Marker(n=m.n, start=m.start + at, end=m.end + at) for m in own]
        self.texts.append(text)
        self.length += len(added)
        return added

    @property
    def answered(self) -> bool:
        return any(a.answered for a in self.answers)

    def answer(self) -> Answer:
        notes = [f"The {_ordinal(i)} question: {a.note}" for i, a in enumerate(self.answers) if a.note]
        query = " / ".join(a.query for a in self.answers if a.query)
        given = [a for a in self.answers if a.answered]
        if not given:
            return Answer(answer=REFUSAL, answered=False, mode="refusal", query=query, note=" ".join(notes))
        return Answer(
            answer="\n\n".join(self.texts),
            answered=True,
            mode=given[0].mode,
            citations=list(self.citations.values()),
            markers=self.markers,
            query=query,
            retrieved=list(dict.fromkeys(s for a in given for s in a.retrieved)),
            note=" ".join(notes) or None,
            as_of=given[0].as_of,
            time_frame=next((a.time_frame for a in given if a.time_frame), None),
        )


def joined(answers: list[Answer]) -> Answer:
    """The joined answer of parts answered in this order (`Joined`)."""
    out = Joined()
    for answer in answers:
        out.add(answer)
    return out.answer()


def _renumbered(
    answer: Answer, citations: dict[tuple, Citation], said: set[tuple[str, int]], part: int
) -> tuple[str, list[Marker]]:
    """The part's answer with its markers numbered after the citations already given (added to `citations`), less
    each passage an earlier part gave as it stands (in `said`); if that leaves nothing, a sentence that points to
    them."""
    number = {}
    for c in answer.citations:
        key = (c.source, c.version, c.start, c.end)
        if key not in citations:
            citations[key] = c.model_copy(update={"n": len(citations) + 1})
        number[c.n] = citations[key].n
    text, kept, repeated, pos = answer.answer, [], [], 0
    for m in sorted(answer.markers, key=lambda m: m.start):
        passage, n = text[pos : m.start], number.get(m.n, m.n)
        if (passage.strip(), n) in said:
            repeated.append(n)
        else:
            said.add((passage.strip(), n))
            kept.append((passage, n))
        pos = m.end
    tail = text[pos:]
    if repeated and not kept and not tail.strip():
        pointer = f"The passages above answer the {_ordinal(part)} question too"
        return _written([(pointer, None), *[(" ", n) for n in dict.fromkeys(repeated)]], ".")
    if kept:
        kept[0] = (kept[0][0].lstrip(), kept[0][1])
    return _written(kept, tail)


def _written(pieces: list[tuple[str, int | None]], tail: str) -> tuple[str, list[Marker]]:
    """Text and markers of (text, marker number) pieces: each piece's text, then its marker [n] if it has one."""
    out, markers, pos = [], [], 0
    for piece, n in pieces:
        out.append(piece)
        pos += len(piece)
        if n is not None:
            mark = f"[{n}]"
            markers.append(Marker(n=n, start=pos, end=pos + len(mark)))
            out.append(mark)
            pos += len(mark)
    out.append(tail)
    return "".join(out), markers


def _ordinal(i: int) -> str:
    return _ORDINALS[i]  # a message has at most MOST_PARTS parts
