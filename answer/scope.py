"""Which articles a question may be answered from: the caller's filters, the as-of date, and the question's own
time frame; and how much newer reports weigh when the question asks for the current state."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, model_validator

from answer.timeframe import TimeFrame, resolve
from index.dates import shown

if TYPE_CHECKING:  # the CLI imports Scope without the retrieval stack
    from answer.evidence import Sentence

RECENCY_DAYS = 30  # an article this much older than the newest candidate takes the whole recency penalty


class Scope(BaseModel):
    """Filters a request may set. Dates are publication dates; an article of unknown date passes only `as_of` (and the
    question's own time words: see `apply`)."""

    sources: list[str] | None = Field(
        None,
        max_length=1000,
        description="Answer only from these articles: each entry an article's file name or a publisher's name "
        "(as /api/sources lists them; publishers match without regard to case)",
    )
    since: date | None = Field(None, description="Only articles published on or after this date")
    until: date | None = Field(None, description="Only articles published on or before this date")
    as_of: date | None = Field(
        None,
        description="The date the question is asked on: 'this week', 'latest', 'in April' are read against it, and "
        "articles published after it are left out. Default: the newest article's date.",
    )

    @model_validator(mode="after")
    def _ordered(self) -> Scope:
        if self.since and self.until and self.since > self.until:
            raise ValueError("since must not be after until")
        return self


@dataclass(frozen=True)
class Resolved:
    """A scope applied to one corpus generation and one question."""

    allowed: frozenset[str] | None  # article names the evidence may come from; None: every article
    frame: TimeFrame
    as_of: date | None
    dates: dict[str, date | None]
    note: str | None = None  # why the question's own time frame was not applied


def apply(
    scope: Scope | None,
    texts: tuple[str, ...],
    articles: dict[str, dict],
    dates: dict[str, date | None],
    time_aware: bool = True,
) -> Resolved:
    """The articles a question may be answered from, given the caller's `scope`; its time words are read from the
    first of `texts` that has any (what the user asked, then the retrieval query). `dates` are the articles'
    publication dates. Without `time_aware` the as-of date and the time words are ignored (the caller's sources,
    since and until still apply)."""
    scope = scope or Scope()
    if not time_aware:
        scope = scope.model_copy(update={"as_of": None})
    names = set(articles)
    filtered = scope.sources is not None or scope.since or scope.until or scope.as_of
    if scope.sources is not None:
        wanted = {w.casefold() for w in scope.sources}
        names = {n for n in names if n in scope.sources or (articles[n].get("publisher") or "").casefold() in wanted}
    if scope.since:
        names = {n for n in names if dates[n] and dates[n] >= scope.since}
    if scope.until:
        names = {n for n in names if dates[n] and dates[n] <= scope.until}
    if scope.as_of:
        names = {n for n in names if not dates[n] or dates[n] <= scope.as_of}
    known = [dates[n] for n in names if dates[n]]
    as_of = scope.as_of or (max(known) if known else None)
    frames = [resolve(text, as_of) for text in texts] if time_aware else []
    frame = next((f for f in frames if f.phrase), TimeFrame())
    resolved = Resolved(frozenset(names) if filtered else None, frame, as_of, dates)
    if not frame.window:
        return resolved
    inside = frozenset(n for n in names if frame.holds(dates[n]))
    if not inside:
        span = f"{shown(frame.since) or 'any date'} to {shown(frame.until) or 'any date'}"
        return replace(resolved, note=f"No article is dated {span} (“{frame.phrase}”), so every date was searched.")
    # an article of unknown date may be from that time: the question's words narrow the search, and nothing says it
    # lies outside (a caller's since/until, above, does leave it out)
    undated = frozenset(n for n in names if dates[n] is None)
    return replace(resolved, allowed=inside | undated)


def by_recency(sentences: list[Sentence], resolved: Resolved, weight: float) -> list[Sentence]:
    """When the question asks for the current state, newer reports rank higher: a sentence loses up to `weight`
    of score with its article's age relative to the newest candidate article (unknown dates lose half)."""
    if not resolved.frame.current or weight <= 0 or not sentences:
        return sentences
    known = [d for s in sentences if (d := resolved.dates.get(s.source))]
    if not known:
        return sentences
    newest = max(known)

    def penalty(s: Sentence) -> float:
        day = resolved.dates.get(s.source)
        if day is None:
            return weight / 2
        return weight * min((newest - day).days / RECENCY_DAYS, 1.0)

    adjusted = [replace(s, score=round(max(s.score - penalty(s), 0.0), 4)) for s in sentences]
    return sorted(adjusted, key=lambda s: (-s.score, s.source, s.start))
