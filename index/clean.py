"""Cleaning rules for news pages: which spans of a raw article are story text.

Every rule works on lines and generalises to other news pages; none looks at file names.
The result is a list of character spans into the ORIGINAL text: removed text is skipped,
never rewritten, so every kept character keeps its position in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.dates import HEAD_LINES, is_dateline, wire_publisher

Span = tuple[int, int]

_META_DATE = re.compile(r"^\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})\s*", re.IGNORECASE)
_TAIL = re.compile(r"^\s*(you may also like|more from this section|recommended stories)\b", re.IGNORECASE)
_ALSO_READ_INLINE = re.compile(r"^\s*also read\s*[:\-–—|]\s*\S", re.IGNORECASE)
_LIST_LABEL = re.compile(
    r"^\s*(also read|read more|read also|related( stories| articles)?|breaking news)\s*:?\s*$", re.IGNORECASE
)
_BULLET = re.compile(r"^\s*[-•*–]\s+\S")
_EMBED_LINK = re.compile(r"(pic\.twitter\.com/|https?://t\.co/|instagram\.com/p/)", re.IGNORECASE)
_EMBED_ATTRIBUTION = re.compile(r"^\s*[—–-]{1,2}\s*[^()]{1,80}\(@\w{1,30}\)\s+\w+.*\d{4}\s*$")
# a video player's caption: a title, the clip's length and its source ("... 04:58 - Source: CNN")
_VIDEO_EMBED = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*[-–—]\s*Source:\s*[^\n]{1,40}$", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*by\b[^·|\n]{0,80}[·|]\s*(?P<publisher>[^\n]{2,60}?)\s*$", re.IGNORECASE)
_AGENCY = re.compile(r"^\s*\((with )?(agency inputs|inputs from agencies)\)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'’”)]*\s*$")


@dataclass
class CleanArticle:
    """The kept line spans of one article and what its text says about itself."""

    spans: list[Span] = field(default_factory=list)
    date: str | None = None
    publisher: str | None = None
    removed: list[Span] = field(default_factory=list)


def _lines(text: str) -> list[Span]:
    """(start, end) of each line without its line break."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def _is_headline_like(line: str) -> bool:
    """A short line with no sentence-ending punctuation: a heading or a link title."""
    return 0 < len(line.strip()) <= 160 and not _SENTENCE_END.search(line)


def clean(text: str) -> CleanArticle:
    """Split `text` into kept spans and removed spans by the boilerplate rules."""
    out = CleanArticle()
    lines = _lines(text)
    in_list = False  # inside a link list under a label such as "Also read" or "BREAKING NEWS"
    bullets = False  # the list under the label is a bulleted one: only bullets continue it
    first_content = True
    content_lines = 0
    for start, end in lines:
        line = text[start:end]
        if not line.strip():
            in_list = False
            continue
        if first_content and (m := _META_DATE.match(line)):
            out.date = m.group(1)
            out.removed.append((start, start + m.end()))
            start += m.end()
            line = text[start:end]
        first_content = False
        content_lines += 1
        if content_lines <= HEAD_LINES and (wire := wire_publisher(line)):
            out.publisher = out.publisher or wire
        if content_lines <= HEAD_LINES and is_dateline(line):
            out.removed.append((start, end))
            continue
        if _TAIL.match(line):
            out.removed.append((start, len(text)))
            break
        if in_list and _BULLET.match(line):
            bullets = True
            out.removed.append((start, end))
            continue
        if in_list and not bullets and _is_headline_like(line):
            out.removed.append((start, end))
            continue
        in_list = False
        if _LIST_LABEL.match(line):
            in_list, bullets = True, False
            out.removed.append((start, end))
            continue
        if m := _BYLINE.match(line):
            out.publisher = out.publisher or m.group("publisher").strip()
            out.removed.append((start, end))
            continue
        if (
            _ALSO_READ_INLINE.match(line)
            or _EMBED_LINK.search(line)
            or _EMBED_ATTRIBUTION.match(line)
            or _VIDEO_EMBED.search(line)
            or _AGENCY.match(line)
        ):
            out.removed.append((start, end))
            continue
        out.spans.append(_trim(text, start, end))
    out.spans = [s for s in out.spans if s[1] > s[0]]
    return out


def _trim(text: str, start: int, end: int) -> Span:
    """Shrink a span so it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
