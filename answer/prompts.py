"""Prompt templates live in prompts/ as files; each is checked for exactly the variables the code fills."""

from __future__ import annotations

import json
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


@lru_cache
def examples(name: str, folder: Path = PROMPTS_DIR) -> tuple[tuple[dict[str, str], str], ...]:
    """The worked examples shown before a prompt (`<name>_examples.json`): each the values its `name`_user template is
    filled with, and the reply the model is shown giving."""
    path = folder / f"{name}_examples.json"
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PromptError(f"examples file {path} is missing or not JSON: {exc}") from exc
    wanted = EXPECTED[f"{name}_user"] | {"reply"}
    for row in rows:
        if not isinstance(row, dict) or set(row) != wanted:
            raise PromptError(f"examples file {path}: each example has exactly the fields {sorted(wanted)}")
    return tuple(({k: v for k, v in row.items() if k != "reply"}, row["reply"]) for row in rows)
