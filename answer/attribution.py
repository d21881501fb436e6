"""Who says what, and when: labels that put each cited article's publisher and date in the answer text."""

from __future__ import annotations

from answer.scope import Resolved
from answer.types import Citation
from index.dates import shown

TITLE_LABEL_MAX = 48


def label(c: Citation, headline: bool) -> str | None:
    """The publisher (or, without one, the headline) and the date of a cited article: "CNN, 12 Jun 2022". None when
    the article names neither publisher nor date and has no headline (its title would only repeat its first words)."""
    who = c.publisher or (_short(c.title) if headline else None)
    return ", ".join(x for x in (who, shown(c.date)) if x) or None


def attribute(pieces: list[tuple[str, Citation]], resolved: Resolved | None, articles: dict[str, dict]) -> str:
    """Join answer pieces (text with its [n], and its citation). When they come from more than one article, each
    article's first piece says who published it and when, instead of merging their claims; when the question is
    about time and one article answers it, the answer says which date its evidence is from."""
    sources = list(dict.fromkeys(c.source for _, c in pieces))
    if len(sources) > 1:
        out, previous = [], None
        for text, c in pieces:
            name = label(c, bool(articles.get(c.source, {}).get("headline"))) if c.source != previous else None
            out.append(f"{name}: {text}" if name else text)
            previous = c.source
        return " ".join(out)
    text = " ".join(t for t, _ in pieces)
    frame = resolved.frame if resolved else None
    if pieces and frame and (frame.window or frame.current) and (when := shown(pieces[0][1].date)):
        who = pieces[0][1].publisher
        return f"As of {when}{f' ({who})' if who else ''}: {text}"
    return text


def _short(title: str) -> str:
    title = " ".join(title.split())
    if len(title) > TITLE_LABEL_MAX:
        title = title[:TITLE_LABEL_MAX].rsplit(" ", 1)[0].rstrip(",;:-–— ") + "…"
    return f"“{title}”"
