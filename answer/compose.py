"""How an answer is written: the direct answer before its passage, citation markers placed while it is composed and
written as [n] with their positions at the end, and each citation's exact span and article."""

from __future__ import annotations

import re

from answer.evidence import Sentence
from answer.kinds import says_not_known
from answer.types import Citation, Marker


def compose(span: str, unit: str, lead: bool = True) -> str:
    """The direct answer first, then the passage it comes from (unless the answer is most of it, or the passage says
    the answer is not known: then the passage alone, a partial answer said as such; or `lead` is False: a question
    answered yes or no, to which a phrase is no answer, "Has a venue been set?" "Russia and Ukraine"); the evidence
    that adds something follows it in the answer."""
    body = " ".join(unit.split())
    if not lead or len(span) >= 0.6 * len(body) or says_not_known(body):
        return f"{body}{cite(1)}"
    span = _COMPLEMENTIZER.sub("", span, count=1)  # never all of it: words must follow
    return f"{span[:1].upper()}{span[1:]}{cite(1)}. {body}{cite(1)}"


# A copied clause that opens with its complementizer ("that all sides abandon ...", from "Russia is demanding that
# all sides abandon ...") leads without it: "That all sides abandon ..." is no sentence. The lead stays a span of the unit.
_COMPLEMENTIZER = re.compile(r"^that\s+(?=\S+\s+\S)", re.IGNORECASE)


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
