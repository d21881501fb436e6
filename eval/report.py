"""eval/report.md and eval/report.png: today's quality, readable without running anything."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eval.metrics import Scored, Summary

TARGETS = {  # metric -> (comparison, target) for our extractive pipeline
    "fact_recall": (">=", 0.9),
    "citation_validity": (">=", 1.0),
    "refusal_accuracy": (">=", 0.9),
    "false_refusals": ("<=", 0.05),
}
CHART_METRICS = ("hit@k", "mrr", "fact_recall", "citation_validity", "citation_precision", "refusal_accuracy",
                 "false_refusals")  # fmt: skip


def _fmt(v: float | None) -> str:
    if v is None:
        return "–"
    return f"{v:.0f}" if abs(v) >= 10 else f"{v:.3f}"


def _met(value: float | None, op: str, target: float) -> bool:
    return value is not None and (value >= target if op == ">=" else value <= target)


def write_markdown(results: dict[str, tuple[Summary, list[Scored]]], path: Path, columns, notes: list[str]) -> None:
    lines = [
        "# newsqa evaluation",
        "",
        f"Run {dt.date.today().isoformat()} over `eval/questions.jsonl` ({next(iter(results.values()))[0].n} questions)"
        " with `make eval`. Non-LLM metrics only: the same answers give the same numbers.",
        "",
        "| system | " + " | ".join(columns) + " |",
        "|---|" + "---|" * len(columns),
    ]
    for name, (summary, _) in results.items():
        lines.append(f"| {name} | " + " | ".join(_fmt(summary.metrics.get(c)) for c in columns) + " |")
    lines += ["", "![metrics per system](report.png)", ""]
    if "extractive" in results:
        ours = results["extractive"][0].metrics
        lines += [
            "## Targets for the extractive pipeline",
            "",
            "| metric | target | measured | met |",
            "|---|---|---|---|",
        ]
        for metric, (op, target) in TARGETS.items():
            value = ours.get(metric)
            lines.append(f"| {metric} | {op} {target} | {_fmt(value)} | {'yes' if _met(value, op, target) else 'NO'} |")
        for other in ("llamaindex", "bm25"):
            if other in results:
                theirs = results[other][0].metrics
                for metric in ("fact_recall", "citation_precision"):
                    ahead = (ours.get(metric) or 0) > (theirs.get(metric) or 0)
                    lines.append(f"| {metric} ahead of {other} | > {_fmt(theirs.get(metric))} | "
                                 f"{_fmt(ours.get(metric))} | {'yes' if ahead else 'NO'} |")  # fmt: skip
        lines.append("")
    lines += ["## Per category", "", "Fact recall on answerable questions / refusal accuracy on unanswerable ones.", ""]
    categories = sorted({s.category for _, scored in results.values() for s in scored})
    lines += ["| system | " + " | ".join(categories) + " |", "|---|" + "---|" * len(categories)]
    for name, (_, scored) in results.items():
        cells = []
        for cat in categories:
            rows = [s for s in scored if s.category == cat]
            recalls = [s.fact_recall for s in rows if s.answerable and s.fact_recall is not None]
            refusals = [not s.answered for s in rows if not s.answerable]
            parts = [
                _fmt(sum(recalls) / len(recalls)) if recalls else "",
                _fmt(sum(refusals) / len(refusals)) if refusals else "",
            ]
            cells.append(" / ".join(p for p in parts if p) or "–")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "## Misses", ""]
    for name, (_, scored) in results.items():
        misses = [s for s in scored if _missed(s)]
        lines.append(f"**{name}**: {len(misses)} of {len(scored)}" + (":" if misses else "."))
        lines.append("")
        for s in misses:
            lines.append(f"- `{s.id}` ({s.category}, answered={s.answered}): {_short(s.answer)}")
        lines.append("")
    lines += ["## Notes", "", *[f"- {n}" for n in notes], ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def _missed(s: Scored) -> bool:
    if not s.answerable:
        return s.answered or s.leaked
    return not s.answered or (s.fact_recall is not None and s.fact_recall < 1.0) or s.leaked


def _short(text: str, n: int = 160) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= n else text[: n - 1] + "…"


def write_chart(results: dict[str, tuple[Summary, list[Scored]]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(results)
    width = 0.8 / max(len(names), 1)
    fig, ax = plt.subplots(figsize=(11, 4.5), dpi=110)
    for i, name in enumerate(names):
        values = [results[name][0].metrics.get(m) or 0.0 for m in CHART_METRICS]
        xs = [j + i * width for j in range(len(CHART_METRICS))]
        ax.bar(xs, values, width, label=name)
    ax.set_xticks([j + width * (len(names) - 1) / 2 for j in range(len(CHART_METRICS))])
    ax.set_xticklabels([m.replace("_", "\n") for m in CHART_METRICS], fontsize=9)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("score (false_refusals: lower is better)")
    ax.set_title("newsqa evaluation: metrics per system")
    ax.legend(loc="lower left", fontsize=9, ncols=len(names))
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
