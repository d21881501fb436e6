"""eval/report.md and eval/report.png from eval/results/*.json: today's quality, readable without running anything."""

from __future__ import annotations

import json
from pathlib import Path

from eval.provenance import SECTIONS

ORDER = {"development": 0, "held-out": 1, "external": 2}
COLUMNS = ("recall", "false_refusals", "refusal_accuracy", "citation_validity", "citation_precision", "hit@k",
           "answer_chars", "p50_ms", "p95_ms")  # fmt: skip
TARGETS = {  # issue 12, on held-out data
    "heldout": {
        "recall": (">=", 0.95),
        "false_refusals": ("<=", 0.0),
        "refusal_accuracy": (">=", 1.0),
        "citation_validity": (">=", 1.0),
    },  # fmt: skip
    "realtimeqa": {"recall": (">=", 0.70), "false_refusals": ("<=", 0.05), "refusal_accuracy": (">=", 0.95)},
}
NOTES = [
    "`bm25` answers with the whole top chunk of the raw files (see answer_chars): its recall comes with answers ten times "
    "longer than ours, and it never refuses.",
    "`llamaindex-*` is `VectorStoreIndex.as_query_engine()` over raw `SentenceSplitter` chunks with the same embedding "
    "model and LLM; it never refuses. `llamaindex-1.5b` is not in these tables yet: its 2,000-token prompts take about "
    "30 s a question on 2 cores (`newsqa eval --systems llamaindex-1.5b` runs it).",
    "On our seed sets the generative answer carries the same close evidence as the extractive one after its direct "
    "answer, so the facts found coincide; on RealTime QA the 1.5B reader's direct answer adds two questions in 85.",
    "RealTime QA questions are asked as of their quiz date (`as_of`, from the set's `week` field): 'this week' means "
    "the seven days before it. Without time handling (`NEWSQA_TIME_AWARE=false`) extractive recall is 0.588 with 11 "
    "wrong-week misses.",
    "`fresh` (59 questions on the five articles, written 2026-11-24 once the engine had been tuned on `questions`) "
    "was measured once before anything was chosen on it: 1.5B reader 0.915 / 0.043 / 0.500 (recall / false "
    "refusals / refusal accuracy), extractive 0.915 / 0 / 0.417, close to the held-out set's refusal accuracy. Since "
    "then the refusal models are fitted on it too (pooled with `questions`), so its rows below are in-sample.",
    "Latency here is in process, one question at a time on 2 cores, and the rows of 2026-11-23/24 ran beside other "
    "work on the machine (about twice a quiet run); `python -m bench.http` measures it over HTTP on a quiet machine.",
]
MISS_CLASSES = (
    "false refusal",
    "retrieval miss",
    "reading miss",
    "miss (no gold article given)",
    "wrong week",
    "answered the unanswerable",
    "leak",
)


def _fmt(v: float | None) -> str:
    if v is None:
        return "–"
    return f"{v:.0f}" if abs(v) >= 10 else f"{v:.3f}"


def _met(value, op: str, target: float) -> bool:
    return value is not None and (value >= target if op == ">=" else value <= target)


def _target_cell(value, op: str, target: float) -> str:
    """A figure and whether it meets its target; a figure the set cannot give (no answerable questions) is '–'."""
    return _fmt(value) if value is None else f"{_fmt(value)} {'✓' if _met(value, op, target) else '✗'}"


def load_results(folder: Path) -> list[dict]:
    found = [json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))]
    return sorted(found, key=lambda r: (ORDER.get(r["role"], 9), r["set"]))


def _set_section(res: dict) -> list[str]:
    lines = [f"## {res['set']} ({res['role']}; {res['questions']} questions, {res['answerable']} answerable)", ""]
    lines += ["| system | date | " + " | ".join(COLUMNS) + " |", "|---|---|" + "---|" * len(COLUMNS)]
    for name, entry in res["systems"].items():
        m = entry["metrics"]
        lines.append(f"| {name} | {entry['date']} | " + " | ".join(_fmt(m.get(c)) for c in COLUMNS) + " |")
    lines += ["", "Misses by class:", "", "| system | " + " | ".join(MISS_CLASSES) + " |",
              "|---|" + "---|" * len(MISS_CLASSES)]  # fmt: skip
    for name, entry in res["systems"].items():
        lines.append(f"| {name} | " + " | ".join(str(entry["misses_by_class"].get(c, 0)) for c in MISS_CLASSES) + " |")
    targets = TARGETS.get(res["set"])  # the sets the issue sets them on, not its near misses or our sets beside it
    if targets:
        lines += ["", "Targets (issue 12):", "", "| system | " + " | ".join(f"{k} {op} {v}" for k, (op, v) in
                  targets.items()) + " |", "|---|" + "---|" * len(targets)]  # fmt: skip
        for name, entry in res["systems"].items():
            cells = [_target_cell(entry["metrics"].get(k), op, v) for k, (op, v) in targets.items()]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    own_misses = [(n, e["misses"]) for n, e in res["systems"].items() if e.get("misses")]
    if own_misses:
        lines += ["", "<details><summary>Missed questions</summary>", ""]
        for name, misses in own_misses:
            lines.append(f"**{name}**: " + "; ".join(f"`{m['id']}` {m['miss']}" for m in misses))
            lines.append("")
        lines.append("</details>")
    return lines + [""]


def write_report(folder: Path, md: Path, png: Path) -> None:
    results = load_results(folder)
    lines = [
        "# newsqa evaluation",
        "",
        "Written by `newsqa eval` from `eval/results/*.json`; each row says the day it was run. Recall is fact recall",
        "on our sets (each fact a list of accepted strings) and SQuAD-style answer recall on outside sets. Miss classes:",
        "*false refusal*; *retrieval miss* (answered without the gold article among the retrieved ones); *reading miss*",
        "(gold article retrieved, answer wrong); *wrong week* (the first cited article is not a gold one and was",
        "published a week or more from every gold article: the right story from the wrong week); *answered the",
        "unanswerable*; *leak* (prompt text or an injected claim).",
        "",
        "**Which set is which.** `questions` is the development set: every weight, threshold and prompt was chosen on it",
        "and on the RealTime QA development split (`realtimeqa`) and its near misses (`realtimeqa-nearmiss`, its questions",
        "asked without the articles that hold their answers). `realtimeqa-partial` (our questions, `eval/partial.jsonl`,",
        "about its articles that say the answer is not known) is development data too: it showed that such a passage",
        "must be given whole, and chose with the others the bonus such a passage gets as evidence. `realtimeqa-forms`",
        "(our questions, `eval/forms.jsonl`, in the forms the refusal rules read, about the split's articles) is",
        "development data as well: it chose the age rule's forms, the form bonus, and which articles the count, amount,",
        "office and clock rules read. `injections` (`eval/injections.jsonl`, instructions to the assistant in new",
        "wordings, messages that ask two or three things, and indirect questions, six batches each run once before the",
        "change it led to) chose how directives are left out of a question, how a message's parts are told apart and",
        "how an indirect question is put. `heldout` was",
        "written before any tuning and chose nothing. `fresh` (`eval/fresh.jsonl`, batches of",
        "new questions each run once before any change they led to) is development data since (see the notes).",
        "An outside set's questions and per-question answers stay out of this repository (licence unstated); only its",
        "figures are here.",
        "",
        "![recall and refusal accuracy per set and system](report.png)",
        "",
    ]
    for res in results:
        lines += _set_section(res)
    lines += ["## Notes", "", *[f"- {n}" for n in NOTES], ""]
    lines += ["## Which set chose each parameter", ""]
    for title, rows in SECTIONS:
        lines += [f"### {title}", "", "| parameter | value | chosen on | how |", "|---|---|---|---|"]
        lines += [*(f"| `{p}` | {v} | {s} | {how} |" for p, v, s, how in rows), ""]
    md.write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_chart(results, png)


def write_chart(results: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(dict.fromkeys(n for r in results for n in r["systems"]))
    fig, axes = plt.subplots(1, 2, figsize=(12, 4.2), dpi=110, sharey=True)
    for ax, metric in zip(axes, ("recall", "refusal_accuracy"), strict=True):
        width = 0.8 / max(len(names), 1)
        for i, name in enumerate(names):
            values = [(r["systems"].get(name) or {}).get("metrics", {}).get(metric) or 0.0 for r in results]
            ax.bar([j + i * width for j in range(len(results))], values, width, label=name)
        ax.set_xticks([j + width * (len(names) - 1) / 2 for j in range(len(results))])
        ax.set_xticklabels([f"{r['set']}\n({r['role']})" for r in results], fontsize=9)
        ax.set_title(metric.replace("_", " "))
        ax.set_ylim(0, 1.05)
        ax.grid(axis="y", alpha=0.3)
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncols=len(names), fontsize=9)
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    fig.savefig(path)
    plt.close(fig)
