"""How an answer is written: the direct answer before its passage, citation markers placed while it is composed and
written as [n] with their positions at the end, and each citation's exact span and article."""

from __future__ import annotations

import re

from answer.evidence import Sentence, names_of
from answer.kinds import says_not_known
from answer.types import Citation, Marker
from index.chunks import sentence_spans
from index.terms import terms


def compose(span: str, unit: str, lead: bool = True) -> str:
    """The direct answer first, then the passage it comes from (unless the answer is most of it, or stops mid-phrase,
    or the passage says the answer is not known: then the passage alone, a partial answer said as such; or `lead` is
    False: a question answered yes or no, to which a phrase is no answer, "Has a venue been set?" "Russia and
    Ukraine"); the evidence that adds something follows it in the answer."""
    body = " ".join(unit.split())
    if not lead or len(span) >= 0.6 * len(body) or says_not_known(body) or cut_short(span, body):
        return f"{body}{cite(1)}"
    span = _COMPLEMENTIZER.sub("", span, count=1)  # never all of it: words must follow
    return f"{span[:1].upper()}{span[1:]}{cite(1)}. {body}{cite(1)}"


# A copied clause that opens with its complementizer ("that all sides abandon ...", from "Russia is demanding that
# all sides abandon ...") leads without it: "That all sides abandon ..." is no sentence. The lead stays a span of the unit.
_COMPLEMENTIZER = re.compile(r"^that\s+(?=\S+\s+\S)", re.IGNORECASE)


def cut_short(span: str, passage: str) -> bool:
    """Whether the span stops mid-phrase: its last word cannot end one ("... foreign troops and weapons of",
    "... the importance of including both") and the passage's words go on after it. A reader's answer is cut so when it
    runs to the length it may have; it would lead the answer as a quote cut mid-way."""
    words, text = span.split(), " ".join(passage.split())
    phrase = " ".join(words)
    at = text.find(phrase)
    if at < 0 or not words or not _OPEN_END.fullmatch(words[-1]):
        return False
    return bool(re.match(r"\s+\w", text[at + len(phrase) :]))


# words no phrase ends on: articles, prepositions, conjunctions, possessives, "both", "how"
_OPEN_END = re.compile(
    r"a|an|the|of|to|in|on|at|for|with|from|by|about|into|and|or|but|nor|than|as|its|their|his|our|your|my|both|each"
    r"|every|how|whose|which|whether",
    re.IGNORECASE,
)


def one_of_several(question: str, span: str, passage: str) -> bool:
    """Whether the answer is one of several the passage gives: the sentence that holds the span adds to those before
    it (it opens on "Additionally", "Also", ...), and they answer the question too, holding every word of it that is
    not a name ("What did Putin demand?": "... the demands from the Kremlin ... Moscow insisted on several key
    conditions: ... Additionally, Russia is demanding that all sides abandon ..."). Then no phrase leads the answer:
    one demand would stand for the list. A question that asks for another ("What else ...?") is answered by it."""
    at = passage.find(span)
    if at <= 0 or _ANOTHER.search(question):
        return False
    start = next((a for a, b in sentence_spans(passage) if a <= at < b), 0)
    if not start or not _ADDS.match(passage[start:]):
        return False
    named = {t for name in names_of(question) for t in terms(name)}
    before = set(terms(passage[:start]))
    return all(t in before for t in terms(question) if t not in named)


_ADDS = re.compile(r"[\"“‘']?(also|additionally|moreover|furthermore|in addition|besides)\b", re.IGNORECASE)
_ANOTHER = re.compile(r"\b(else|also|other|another|additional|further)\b", re.IGNORECASE)


_MARK = "\x00"  # stands for a citation marker while an answer is composed: article text never holds NUL


def cite(n: int) -> str:
    return f" {_MARK}{n}{_MARK}"


def finalize(text: str) -> tuple[str, list[Marker]]:
    """The answer text with its markers written as [n], and where each stands: a literal "[1]" inside a quoted
    article is text, not a marker, and the page can tell them apart."""
    out, markers, pos = [], [], 0
    for i, part in enumerate(text.split(_MARK)):
        if i % 2:
            marker = f"[{part}]"
            markers.append(Marker(n=int(part), start=pos, end=pos + len(marker)))
            part = marker
        out.append(part)
        pos += len(part)
    return "".join(out), markers


def citation(n: int, s: Sentence, articles: dict[str, dict]) -> Citation:
    meta = articles.get(s.source, {})
    return Citation(
        n=n,
        source=s.source,
        title=s.title,
        quote=s.text,
        start=s.start,
        end=s.end,
        score=s.score,
        date=meta.get("date"),
        publisher=meta.get("publisher"),
        version=meta.get("sha256"),
    )
