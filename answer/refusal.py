"""Whether to answer at all, decided before any model is asked, from signals of retrieval and evidence.

The thresholds are settings chosen on the development sets by `python -m eval.calibrate` (never on held-out data);
eval/report.md says which set chose them.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsqa.settings import Settings


@dataclass(frozen=True)
class Signals:
    coverage: float  # the largest share of the question's content (IDF-weighted) that one evidence unit holds
    dense: float  # the cosine similarity of the closest retrieved chunk to the question
    unknown_names: tuple[str, ...]  # names in the question that the corpus never mentions


def answerable(signals: Signals, settings: Settings) -> bool:
    if settings.refuse_unknown_names and signals.unknown_names:
        return False
    return signals.coverage >= settings.refuse_min_coverage and signals.dense >= settings.refuse_min_dense


def why(signals: Signals, settings: Settings) -> str:
    if settings.refuse_unknown_names and signals.unknown_names:
        return f"the articles never mention {', '.join(repr(n) for n in signals.unknown_names)}"
    return "no passage in the articles is close enough to the question"
