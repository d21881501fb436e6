"""Time in a question: "this week", "latest", "on March 18", "in April" resolved against an as-of date.

A question either names a stretch of time (a window the evidence should come from) or asks for the current state
of things (the newest report should win), or neither. Nothing here reads articles: the engine applies the frame.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from index.dates import shown

WEEK_DAYS = 7  # "this week": the seven days before the as-of date and the day itself (chosen: see eval/provenance)
REPORTING_LAG = 2  # an event on a named day is reported that day or up to this many days later

_MONTHS = {m[:3].lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_CURRENT = re.compile(
    r"\b(latest|newest|most recent(ly)?|recent(ly)?|now|currently|current|so far|as of today|still|anymore|"
    r"these days|at the moment|right now)\b",
    re.I,
)
_RELATIVE = re.compile(r"\b(this|last|past|previous) (week|month|year)\b|\b(today|yesterday|tonight)\b", re.I)
_WEEKDAY = re.compile(r"\b(?:on|last|this) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}(?:,? (\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}}))?", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_IN_MONTH = re.compile(rf"\b(?:in|during|since|by|early|late|mid-?) ?{_MONTH}(?:,? (\d{{4}}))?\b", re.I)
_IN_YEAR = re.compile(r"\b(?:in|during) (\d{4})\b", re.I)


@dataclass(frozen=True)
class TimeFrame:
    """What a question says about time, resolved to dates."""

    since: date | None = None
    until: date | None = None
    current: bool = False  # asks for the state of things now: the newest report wins
    phrase: str | None = None  # the words that said so

    @property
    def window(self) -> bool:
        return self.since is not None or self.until is not None

    def describe(self) -> str:
        """'this week (10 Jun 2022 to 17 Jun 2022)', or the phrase alone when it names no dates."""
        if not self.window:
            return self.phrase or ""
        ends = " to ".join(shown(d) or "…" for d in (self.since, self.until))
        return f"{self.phrase} ({ends})"

    def strip(self, text: str) -> str:
        """`text` without the words that said it, which the frame now stands for ("this week", "latest"): they are
        not what the evidence should share with the question."""
        if not self.phrase:
            return text
        out = re.sub(rf"\s*\b{re.escape(self.phrase)}\b", "", text, count=1, flags=re.I).strip()
        return out if out else text

    def holds(self, day: date | None) -> bool:
        """`day` lies inside the window (an unknown date never does)."""
        if day is None:
            return False
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)


def resolve(question: str, as_of: date | None) -> TimeFrame:
    """The time frame of `question` as of `as_of` (None: relative phrases cannot be resolved, named dates can only
    when they carry a year)."""
    if frame := _named_date(question, as_of):
        return frame
    if as_of is not None and (frame := _relative(question, as_of)):
        return frame
    if m := _CURRENT.search(question):
        return TimeFrame(current=True, phrase=m.group(0))
    return TimeFrame()


def _relative(question: str, as_of: date) -> TimeFrame | None:
    if m := _WEEKDAY.search(question):
        back = (as_of.weekday() - _WEEKDAYS[m.group(1).lower()]) % 7
        day = as_of - timedelta(days=back)
        return TimeFrame(day, min(day + timedelta(days=REPORTING_LAG), as_of), True, m.group(0))
    m = _RELATIVE.search(question)
    if not m:
        return None
    phrase = m.group(0).lower()
    if phrase in ("today", "tonight"):
        return TimeFrame(as_of - timedelta(days=1), as_of, True, phrase)
    if phrase == "yesterday":
        return TimeFrame(as_of - timedelta(days=1), as_of, True, phrase)
    which, unit = m.group(1).lower(), m.group(2).lower()
    this = which == "this"
    if unit == "week":
        end = as_of if this else as_of - timedelta(days=WEEK_DAYS)
        return TimeFrame(end - timedelta(days=WEEK_DAYS), end, this, phrase)
    if unit == "month":
        first = as_of.replace(day=1)
        if this:
            return TimeFrame(first, as_of, True, phrase)
        last = first - timedelta(days=1)
        return TimeFrame(last.replace(day=1), last + timedelta(days=REPORTING_LAG), False, phrase)
    if this:
        return TimeFrame(as_of.replace(month=1, day=1), as_of, False, phrase)
    return TimeFrame(date(as_of.year - 1, 1, 1), date(as_of.year - 1, 12, 31), False, phrase)


def _named_date(question: str, as_of: date | None) -> TimeFrame | None:
    """ "on March 18", "18 March 2025", "2025-03-18": that day and the days it was reported; "in April": the month."""
    for m, day, month, year in _day_matches(question):
        if resolved := _complete(year, month, day, as_of):
            return TimeFrame(resolved, resolved + timedelta(days=REPORTING_LAG), False, m.group(0))
    if m := _IN_MONTH.search(question):
        month = _month(m.group(1))
        year = int(m.group(2)) if m.group(2) else _latest_year(month, 1, as_of)
        if year:
            last = calendar.monthrange(year, month)[1]
            return TimeFrame(
                date(year, month, 1), date(year, month, last) + timedelta(days=REPORTING_LAG), False, m.group(0)
            )
    if m := _IN_YEAR.search(question):
        year = int(m.group(1))
        if 1900 < year < 2200:
            return TimeFrame(date(year, 1, 1), date(year, 12, 31), False, m.group(0))
    return None


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _day_matches(question: str):
    """(match, day, month, year or None) for every calendar day the question names."""
    for m in _ISO.finditer(question):
        yield m, int(m.group(3)), int(m.group(2)), int(m.group(1))
    for m in _MONTH_DAY.finditer(question):
        yield m, int(m.group(2)), _month(m.group(1)), int(m.group(3)) if m.group(3) else None
    for m in _DAY_MONTH.finditer(question):
        yield m, int(m.group(1)), _month(m.group(2)), int(m.group(3)) if m.group(3) else None


def _complete(year: int | None, month: int, day: int, as_of: date | None) -> date | None:
    year = year or _latest_year(month, day, as_of)
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _latest_year(month: int, day: int, as_of: date | None) -> int | None:
    """The year of the latest `month`/`day` on or before `as_of`."""
    if as_of is None:
        return None
    return as_of.year if (month, day) <= (as_of.month, as_of.day) else as_of.year - 1
