"""When an article was published and who published it, read from the article's own text.

The date comes from, in this order: a `date YYYY-MM-DD` line at the top (`date line`), a dateline or a dated
line within the first lines ("Monday, May 19, 2025", "Updated 9:41 AM EDT, Mon May 19, 2025": `dateline`), or the
first full date written anywhere in the text (`text`, the weakest: a date the story mentions). None is `unknown`.
The publisher comes from a byline ("By Jane Doe · Mail Online") or a wire dateline ("CNN —", "(Reuters) -").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

DATE_SOURCES = ("date line", "dateline", "text", "unknown")
HEAD_LINES = 6  # a dateline sits among the first lines of an article

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_PATTERNS = [
    (re.compile(r"\b(\d{4}-\d{2}-\d{2})\b"), ("%Y-%m-%d",)),
    (re.compile(rf"\b((?:{_MONTHS}|{_MON})\.? \d{{1,2}},? \d{{4}})\b"), ("%B %d %Y", "%b %d %Y")),
    (re.compile(rf"\b(\d{{1,2}} (?:{_MONTHS}|{_MON})\.?,? \d{{4}})\b"), ("%d %B %Y", "%d %b %Y")),
]
_WIRES = r"CNN|Reuters|AP|AFP|BBC|UPI|IANS|PTI|ANI|DPA|EFE|TASS|Xinhua|Bloomberg|Al Jazeera"
# a dateline standing on its own line: "CNN —", "New York CNN Business —", "Colombo, Sri Lanka CNN —"
_DATELINE = re.compile(
    r"^\s*[A-Z][^.!?:;\n]{0,70}?\s*[—–]\s*$|^\s*(?:[A-Z][\w .,'’-]{0,50}?\s)?\((?:" + _WIRES + r")\)\s*[—–-]{1,2}\s*$"
)
# a wire name in a dateline, with a desk name after it: "CNN Business", "(Reuters)"
_WIRE = re.compile(
    r"\(?\b(?P<name>(?:" + _WIRES + r")(?: (?:Business|Politics|Sport|Sports|Health|World|Travel))?)\b\)?\s*[—–-]{1,2}"
)


@dataclass(frozen=True)
class Dated:
    date: str | None  # YYYY-MM-DD
    source: str  # one of DATE_SOURCES


def iso_date(text: str | None) -> date | None:
    """A manifest's YYYY-MM-DD as a date (None when absent or malformed)."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def shown(day: date | str | None) -> str | None:
    """How a date reads in answers and notes: '12 Jun 2022'."""
    day = iso_date(day) if isinstance(day, str) else day
    return day.strftime("%-d %b %Y") if day else None


def parse_date(text: str) -> date | None:
    """The calendar date written as `text` (one of the forms above), or None."""
    for pattern, formats in _PATTERNS:
        if m := pattern.fullmatch(text.strip()):
            return _to_date(m.group(1), formats)
    return None


def _to_date(raw: str, formats: tuple[str, ...]) -> date | None:
    cleaned = raw.replace(",", "").replace(".", "").replace("Sept ", "Sep ")
    for fmt in formats:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def _first_date(text: str) -> tuple[int, str] | None:
    found: list[tuple[int, str]] = []
    for pattern, formats in _PATTERNS:
        for m in pattern.finditer(text):
            if day := _to_date(m.group(1), formats):
                found.append((m.start(), day.isoformat()))
                break
    return min(found) if found else None


def publication_date(text: str, date_line: str | None) -> Dated:
    """The article's publication date and where it was read from."""
    if date_line:
        return Dated(date_line, "date line")
    head = "\n".join(line for line in text.splitlines()[:HEAD_LINES] if len(line) <= 200)
    if found := _first_date(head):
        return Dated(found[1], "dateline")
    if found := _first_date(text):
        return Dated(found[1], "text")
    return Dated(None, "unknown")


def is_dateline(line: str) -> bool:
    """A short line that is only a place and a publisher before a dash: metadata, not story text."""
    return bool(_DATELINE.match(line))


def wire_publisher(line: str) -> str | None:
    """The publisher a dateline names ("CNN —" -> CNN, "LONDON (Reuters) - ..." -> Reuters), else None."""
    head = line[:80]
    m = _WIRE.search(head)
    return m.group("name") if m else None
