"""Question sets: our own over seeds/ (development and held-out), and any outside set in a folder.

A set is either a JSONL file of our format (`facts`: lists of alternative strings, `gold`: files), answered over the
corpus folder of the settings, or a folder holding `corpus/*.txt` and `questions.jsonl` in the format of the RealTime QA
builder (`answers`: gold strings matched SQuAD-style, `gold_files`, `week`: the quiz date). Every row keeps its fields;
`load` only adds what the scorer needs: `gold` (a list of files), `category`, and `as_of` (the date the question was
asked on, from `week` unless the row gives it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from eval.systems import messages_of

EVAL_DIR = Path(__file__).resolve().parent
DEV = EVAL_DIR / "questions.jsonl"
HELDOUT = EVAL_DIR / "heldout.jsonl"
FRESH = EVAL_DIR / "fresh.jsonl"  # a second development set, written after the first had been tuned on
INJECTIONS = EVAL_DIR / "injections.jsonl"  # instructions to the assistant in new wordings, in batches (development)
# what each of our sets is for: the development sets chose every weight and threshold; the held-out one chose nothing
ROLES = {
    DEV.resolve(): "development",
    FRESH.resolve(): "development",
    INJECTIONS.resolve(): "development",
    HELDOUT.resolve(): "held-out",
}


def _as_of(week: str | None) -> str | None:
    """The date a question was asked on, from the RealTime QA `week` field (YYYYMMDD), as YYYY-MM-DD."""
    if not week:
        return None
    try:
        return dt.datetime.strptime(str(week), "%Y%m%d").date().isoformat()
    except ValueError:
        return None


class SetError(ValueError):
    """A question set that cannot be read; the message says what is wrong."""


@dataclass(frozen=True)
class QuestionSet:
    name: str
    path: Path
    rows: list[dict]
    corpus: Path | None  # None: the corpus folder of the settings (our seed sets)
    role: str  # development | held-out | external

    @property
    def key(self) -> str:
        """A short stable name for caches: the set's name and a hash of its path."""
        return f"{self.name}-{hashlib.sha1(str(self.path.resolve()).encode()).hexdigest()[:8]}"


def load(path: Path) -> QuestionSet:
    path = Path(path)
    if path.is_dir():
        questions, corpus = path / "questions.jsonl", path / "corpus"
        if not questions.is_file() or not corpus.is_dir():
            raise SetError(f"{path} must hold questions.jsonl and a corpus/ folder of .txt articles")
        return QuestionSet(path.name, path, _rows(questions), corpus, "external")
    if not path.is_file():
        raise SetError(f"no question set at {path}: give a .jsonl file or a folder with questions.jsonl and corpus/")
    return QuestionSet(path.stem, path, _rows(path), None, ROLES.get(path.resolve(), "external"))


def _rows(path: Path) -> list[dict]:
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SetError(f"{path}:{i}: not JSON ({exc.msg})") from exc
        if not isinstance(row, dict) or not _asks(row) or "answerable" not in row:
            raise SetError(
                f"{path}:{i}: a row needs a non-blank `question` (or `messages` ending in one) and `answerable`"
            )
        if row["answerable"] and not (row.get("facts") or row.get("answers")):
            raise SetError(f"{path}:{i}: an answerable row needs `facts` or `answers`")
        row.setdefault("gold", row.get("gold_files") or ([row["gold_file"]] if row.get("gold_file") else []))
        row.setdefault("category", "answerable" if row["answerable"] else "unanswerable")
        row.setdefault("as_of", _as_of(row.get("week")))
        rows.append(row)
    if not rows:
        raise SetError(f"{path} holds no questions")
    return rows


def _asks(row: dict) -> bool:
    """Whether the row asks something, read as the evaluation reads it (`messages`, else `question`): the last message
    is a non-blank user turn."""
    try:
        messages = messages_of(row)
    except (KeyError, TypeError, ValidationError):
        return False
    return bool(messages) and messages[-1].role == "user" and bool(messages[-1].content.strip())


def write_linked(out: Path, corpus: Path, rows: list[dict]) -> None:
    """A folder set at `out` whose corpus is a link to `corpus` (an outside set's articles are never copied)."""
    out.mkdir(parents=True, exist_ok=True)
    link = out / "corpus"
    if link.is_symlink() or link.exists():
        if link.resolve() != corpus.resolve():
            raise SetError(f"{link} exists and is not a link to {corpus}")
    else:
        link.symlink_to(corpus.resolve(), target_is_directory=True)
    with open(out / "questions.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
