"""Invariants every answer must satisfy, whatever produced it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from answer.types import Answer

# the quality floors of the development set, kept in the repo and checked by more than one test
FLOORS = json.loads((Path(__file__).parent.parent / "eval" / "floors.json").read_text())


def assert_citations_exact(answer: Answer, *folders: Path) -> None:
    """Every [n] is a citation whose quote is its file's text at [start:end] (the file in the first of `folders`
    that has it: the written-articles folder shadows the corpus)."""
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    numbers = [c.n for c in answer.citations]
    assert len(numbers) == len(set(numbers)), "citation numbers repeat"
    assert markers == set(numbers), f"markers {markers} vs citations {numbers}"
    for c in answer.citations:
        path = next((f / c.source for f in folders if (f / c.source).is_file()), None)
        assert path is not None and path.parent in folders, c.source
        text = path.read_bytes().decode("utf-8")
        assert text[c.start : c.end] == c.quote, f"[{c.n}] does not quote {c.source} exactly"
    if not answer.answered:
        assert not answer.citations and answer.mode == "refusal"


def assert_refused_before_reading(engine, llm, question: str, *said: str) -> None:
    """The question is refused in both modes with a note that says each of `said`, and the (scripted) reader is never
    asked: a rule decided it."""
    calls = llm.calls
    for mode in ("extractive", "generative"):
        refused = engine.ask(question, mode=mode)
        assert not refused.answered and all(words in refused.note for words in said), refused.note
    assert llm.calls == calls
