"""Invariants every answer must satisfy, whatever produced it."""

from __future__ import annotations

import re
from pathlib import Path

from answer.types import Answer


def assert_citations_exact(answer: Answer, corpus: Path) -> None:
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    numbers = [c.n for c in answer.citations]
    assert len(numbers) == len(set(numbers)), "citation numbers repeat"
    assert markers == set(numbers), f"markers {markers} vs citations {numbers}"
    for c in answer.citations:
        path = corpus / c.source
        assert path.parent == corpus and path.is_file(), c.source
        text = path.read_bytes().decode("utf-8")
        assert text[c.start : c.end] == c.quote, f"[{c.n}] does not quote {c.source} exactly"
    if not answer.answered:
        assert not answer.citations and answer.mode == "refusal"
