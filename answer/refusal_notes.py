"""Why a question was refused, in the words the user reads: the rule that refused it, or that the passages found do
not answer it (answer/refusal.py decides; this says why)."""

from __future__ import annotations

from answer import clock
from answer.refusal import READER_FEATURES, Signals


def why(s: Signals) -> str:
    """The note a refusal with these signals carries: the first rule that refused it, else what the reader or the
    refusal model found."""
    if s.unknown_names:
        return f"No article mentions {_listed(s.unknown_names, 'or')}."
    if s.unquoted and s.unquoted_topic:
        return f"The articles report nothing “{s.unquoted}” said about “{s.unquoted_topic}”."
    if s.unquoted:
        return f"The articles report nothing “{s.unquoted}” said."
    if s.uncounted:
        return f"The passages found give no number of “{s.uncounted}”."
    if s.unmeasured:
        return f"The passages found give no amount of “{s.unmeasured}”."
    if s.unmeasured is not None:
        return "The passages found give no amount."
    if s.unroled:
        return f"No passage found names a “{s.unroled}”."
    if s.unaged:
        return f"No passage found gives the age of “{s.unaged}”."
    if s.othered:
        return f"The passages found speak only of another nation's {s.othered.split(' ', 1)[1]}, not of “{s.othered}”."
    if s.unnamed:
        return f"No passage found gives the name of “{s.unnamed}”."
    if s.swapped:
        return f"The passages found use “{s.swapped[0]}” only of someone other than “{s.swapped[1]}”."
    if s.unlasting:
        return f"No passage found says how long: “{s.unlasting}”."
    if s.untimed:
        what = "a time of day" if clock.asks_clock(s.untimed) else "a time"
        return f"No passage found gives {what}: “{s.untimed}”."
    if s.apart:
        return f"No passage found names {_listed(s.apart, 'and')} together."
    if s.unsupported:
        return f"The passage found names “{s.unsupported}”, but does not show that it answers the question."
    if any(getattr(s, f) is not None for f in READER_FEATURES):  # the reader read the passages and found no answer
        return "The passages found do not state the answer."
    return "No passage in the articles answers this closely enough."


def _listed(names: tuple[str, ...], last: str) -> str:
    quoted = [f"“{n}”" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + f" {last} " + quoted[-1]
