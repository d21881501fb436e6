"""Prompt templates live in prompts/ as files; each is checked for exactly the variables the code fills."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from llama_index.core.prompts import PromptTemplate

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"

# name -> the variables it must use, no more and no fewer
EXPECTED: dict[str, frozenset[str]] = {
    "condense": frozenset({"history", "question"}),
    "reader_system": frozenset(),
    "reader_user": frozenset({"evidence", "question"}),
    "judge_user": frozenset(),
    "check_system": frozenset(),
    "check_user": frozenset({"passage", "question", "answer"}),
}


class PromptError(ValueError):
    pass


@lru_cache
def load(name: str, folder: Path = PROMPTS_DIR) -> PromptTemplate:
    if name not in EXPECTED:
        raise PromptError(f"unknown prompt {name!r}; known: {sorted(EXPECTED)}")
    path = folder / f"{name}.txt"
    if not path.is_file():
        raise PromptError(f"prompt file {path} is missing")
    template = PromptTemplate(path.read_text(encoding="utf-8").strip())
    found = set(template.template_vars)
    missing, unknown = EXPECTED[name] - found, found - EXPECTED[name]
    if missing or unknown:
        raise PromptError(f"prompt {path}: missing variables {sorted(missing)}, unknown variables {sorted(unknown)}")
    return template


def render(name: str, **values: str) -> str:
    return load(name).format(**values)
