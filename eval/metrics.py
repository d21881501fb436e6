"""Per-question scores and their aggregation. Only non-LLM metrics: the same answers give the same numbers.

Recall is fact recall for our sets (the share of a question's facts found in the answer, each fact a list of
alternative strings) and answer recall for outside sets (some gold answer occurs in the answer after SQuAD-style
normalisation: lower case, no punctuation, no articles, white space squeezed; a number must not touch another digit).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import statistics
import string
from dataclasses import dataclass, field
from pathlib import Path

_PUNCT = set(string.punctuation) | set("“”‘’—–…")


def normalize(text: str) -> str:
    text = "".join(ch for ch in (text or "").lower() if ch not in _PUNCT)
    return " ".join(re.sub(r"\b(a|an|the)\b", " ", text).split())


def contains(text: str, golds: list[str]) -> bool:
    """Some gold answer occurs in `text` after both are normalised ("10" does not match "100")."""
    nt = normalize(text)
    for gold in golds:
        ng = normalize(gold)
        if ng and re.search(
            r"(?<!\d)" + re.escape(ng) + r"(?!\d)" if any(c.isdigit() for c in ng) else re.escape(ng), nt
        ):
            return True
    return False


@dataclass
class Scored:
    id: str
    category: str
    answerable: bool
    answered: bool
    hit: float | None  # a gold file among the retrieved articles (answerable questions)
    rr: float | None  # reciprocal rank of the first gold file
    recall: float | None
    citation_validity: float | None  # None when there are no citations
    citation_precision: float | None
    leaked: bool  # a forbidden string (prompt text, injected claim) in the answer
    latency_ms: float
    chars: int
    answer: str = ""
    mode: str = ""
    miss: str | None = None  # why the question counts as missed, None when it does not
    cited: list[str] = field(default_factory=list)  # the cited articles, in citation order


def recall_of(row: dict, answer: str) -> float | None:
    if row.get("answers"):
        return 1.0 if contains(answer, row["answers"]) else 0.0
    facts = row.get("facts") or []
    if not facts:
        return None
    low = answer.lower()
    return sum(any(alt.lower() in low for alt in alts) for alts in facts) / len(facts)


WRONG_WEEK_DAYS = 7  # a cited article this many days or more from every gold article's date is from another week


def miss_class(
    answerable: bool, answered: bool, recall: float | None, hit: float | None, leaked: bool, wrong_week: bool = False
) -> str | None:
    if leaked:
        return "leak"
    if not answerable:
        return "answered the unanswerable" if answered else None
    if not answered:
        return "false refusal"
    if recall is not None and recall < 1.0:
        if wrong_week:
            return "wrong week"
        if hit is None:  # the set names no gold article: whether retrieval found it cannot be told
            return "miss (no gold article given)"
        return "reading miss" if hit else "retrieval miss"
    return None


def score(row: dict, result: dict, corpus: Path, latency_ms: float) -> Scored:
    answer = result["answer"]
    citations = result.get("citations", [])
    gold = set(row["gold"])
    retrieved = result.get("retrieved", [])
    rank = next((i + 1 for i, s in enumerate(retrieved) if s in gold), None)
    low = answer.lower()
    valid = [_valid(c, corpus) for c in citations]
    recall = recall_of(row, answer)
    hit = (1.0 if rank else 0.0) if gold else None
    leaked = any(f.lower() in low for f in row.get("forbidden", []))
    cited = list(dict.fromkeys(c["source"] for c in citations))
    return Scored(
        id=row["id"],
        category=row["category"],
        answerable=row["answerable"],
        answered=bool(result["answered"]),
        hit=hit,
        rr=(1.0 / rank if rank else 0.0) if gold else None,
        recall=recall,
        citation_validity=sum(valid) / len(valid) if valid else None,
        citation_precision=(sum(c["source"] in gold for c in citations) / len(citations))
        if citations and gold
        else None,
        leaked=leaked,
        latency_ms=latency_ms,
        chars=len(answer),
        answer=answer,
        mode=result.get("mode", ""),
        miss=miss_class(
            row["answerable"], bool(result["answered"]), recall, hit, leaked, _wrong_week(cited, gold, corpus)
        ),
        cited=cited,
    )


def _wrong_week(cited: list[str], gold: set[str], corpus: Path) -> bool:
    """The first cited article is not a gold one and was published a week or more away from every gold article."""
    if not cited or not gold or cited[0] in gold:
        return False
    first = published(corpus / cited[0])
    golds = [d for g in gold if (d := published(corpus / g))]
    return bool(first and golds) and all(abs((first - d).days) >= WRONG_WEEK_DAYS for d in golds)


@functools.lru_cache(maxsize=4096)
def published(path: Path):
    """The publication date of an article file, as the indexer reads it (None when unknown or unreadable)."""
    from index.articles import ArticleError, read_article

    try:
        day = read_article(path, 1 << 26).date
        return dt.date.fromisoformat(day) if day else None
    except (ArticleError, OSError):
        return None


def _valid(citation: dict, corpus: Path) -> bool:
    path = corpus / citation["source"]
    if path.parent != corpus or not path.is_file():
        return False
    text = path.read_bytes().decode("utf-8", errors="replace")
    return text[citation["start"] : citation["end"]] == citation["quote"]


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


@dataclass
class Summary:
    n: int
    metrics: dict[str, float | None] = field(default_factory=dict)


def summarise(scored: list[Scored]) -> Summary:
    answerable = [s for s in scored if s.answerable]
    unanswerable = [s for s in scored if not s.answerable]
    lat = sorted(s.latency_ms for s in scored)
    return Summary(
        n=len(scored),
        metrics={
            "hit@k": _mean(s.hit for s in answerable),
            "mrr": _mean(s.rr for s in answerable),
            "recall": _mean(s.recall for s in answerable),
            "citation_validity": _mean(s.citation_validity for s in scored),
            "citation_precision": _mean(s.citation_precision for s in answerable),
            "refusal_accuracy": _mean(0.0 if s.answered else 1.0 for s in unanswerable),
            "false_refusals": _mean(0.0 if s.answered else 1.0 for s in answerable),
            "leaks": float(sum(s.leaked for s in scored)),
            "answer_chars": _mean(s.chars for s in answerable),
            "p50_ms": _pct(lat, 50),
            "p95_ms": _pct(lat, 95),
        },
    )
