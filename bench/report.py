"""bench/report.md: every figure from bench/results/*.json beside its budget.

python -m bench.report
"""

from __future__ import annotations

import json
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def _load(name: str):
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text()) if path.is_file() else None


BUDGETS = {"smollm2-135m": (2500, 1000, 1536), "qwen2.5-1.5b": (6000, 3000, 3072)}  # whole p50, first text, RSS


def _generative_rows(h: dict) -> list[str]:
    rows = []
    for model, g in h.get("generative", {}).items():
        whole, first, rss = BUDGETS[model.split(",")[0]]  # "qwen2.5-1.5b, 3 units first": the model's budgets
        rows += [
            _row(f"generative ({model}) over HTTP, p50 / p95", f"{g['ms']['p50']:.0f} / {g['ms']['p95']:.0f} ms",
                 f"< {whole} ms", g["ms"]["p50"] < whole, "python -m bench.http"),
            _row(f"generative ({model}), first streamed text, p50", f"{g['first_token_ms']['p50']:.0f} ms",
                 f"< {first} ms", g["first_token_ms"]["p50"] < first, "python -m bench.http"),
            _row(f"service RSS with {model} loaded", f"{g['service_rss_mb']:.0f} MB", f"< {rss} MB",
                 g["service_rss_mb"] < rss, "python -m bench.http"),
        ]  # fmt: skip
        if "model_speed" in g and "," not in model:  # the machine's speed in the same run, once a model
            m = g["model_speed"]
            rows.append(_row(f"{model} in llama.cpp alone, same run ({m['threads']} threads): prompt / reply",
                             f"{m['prompt_tokens_per_s']:.0f} / {m['reply_tokens_per_s']:.0f} tokens/s", "", None,
                             "python -m bench.http"))  # fmt: skip
        if "ready_s" in g:  # a service answering generatively by default loads its model before it is ready
            rows.append(_row(f"generative ({model}) by default: start to ready", f"{g['ready_s']:.1f} s", "", None,
                             "python -m bench.http"))  # fmt: skip
    return rows


def _row(what: str, value, budget: str, ok: bool | None, how: str) -> str:
    verdict = "–" if ok is None else ("met" if ok else "**not met**")
    return f"| {what} | {value} | {budget} | {verdict} | `{how}` |"


def build() -> str:
    names = ("http", "throughput", "mixed", "growth", "ingest", "timeaware", "abandoned", "spelling", "kept_prefixes")
    http, thr, mixed, growth, ingest, timeaware, abandoned, spelling, kept = map(_load, names)
    lines = ["# newsqa benchmarks", "",
             f"Written {time.strftime('%Y-%m-%d %H:%M')} on this machine ({platform.machine()}, 2 cores, no GPU, shared "
             "and noisy: figures vary by ±20% between runs). Figures, never assertions: the test suite times nothing.",
             "", "| what | measured | budget | | command |", "|---|---|---|---|---|"]  # fmt: skip
    if http:
        h, ip = http["http"], http["in_process"]
        e = h["extractive_ms"]
        lines += [
            _row("extractive `/api/ask` over HTTP, p50", f"{e['p50']:.1f} ms", "< 40 ms", e["p50"] < 40, "python -m bench.http"),
            _row("extractive `/api/ask` over HTTP, p95", f"{e['p95']:.1f} ms", "< 120 ms", e["p95"] < 120, "python -m bench.http"),
            _row("extractive `/api/ask` over HTTP, p99", f"{e['p99']:.1f} ms", "", None, "python -m bench.http"),
            *_generative_rows(h),
            _row("extractive, first streamed token, p50", f"{h['extractive_first_token_ms']['p50']:.0f} ms", "", None,
                 "python -m bench.http"),
            _row("`/readyz` from process start, existing index", f"{h['ready_s']:.1f} s", "< 20 s", h["ready_s"] < 20,
                 "python -m bench.http"),
            _row("service RSS after warm-up (1 worker)", f"{h['service_rss_mb']:.0f} MB", "< 1536 MB",
                 h["service_rss_mb"] < 1536, "python -m bench.http"),
            _row("in process: our retrieval p50 vs plain `as_retriever()`",
                 f"{ip['ours_retrieval']['p50']:.1f} vs {ip['plain_retrieval']['p50']:.1f} ms", "", None, "python -m bench.http"),
            _row("in process: our extractive answer p50 vs plain `as_query_engine()`",
                 f"{ip['ours_extractive']['p50']:.1f} vs {ip['plain_query_engine']['p50']:.0f} ms "
                 f"(plain/ours = {ip['ratio_plain_over_ours_extractive']:.1f}×)", "no slower",
                 ip["ratio_plain_over_ours_extractive"] >= 1, "python -m bench.http"),
            *([_row(f"in process: extractive p50 / p95 with {ip['answer_extra_chunks']} extra chunks to quote vs none "
                    "(interleaved)",
                    f"{ip['extractive_extra_chunks']['p50']:.1f} / {ip['extractive_extra_chunks']['p95']:.1f} vs "
                    f"{ip['extractive_no_extra_chunks']['p50']:.1f} / {ip['extractive_no_extra_chunks']['p95']:.1f} ms",
                    "", None, "python -m bench.http")] if "extractive_extra_chunks" in ip else []),
            *([_row("in process: extractive p50 / p95 with the form bonus vs without (interleaved)",
                    f"{ip['extractive_form_bonus']['p50']:.1f} / {ip['extractive_form_bonus']['p95']:.1f} vs "
                    f"{ip['extractive_no_form_bonus']['p50']:.1f} / {ip['extractive_no_form_bonus']['p95']:.1f} ms",
                    "", None, "python -m bench.http")] if "extractive_form_bonus" in ip else []),
            _row("in process: our generative answer p50 vs plain `as_query_engine()`",
                 f"{ip['ours_generative']['p50']:.0f} vs {ip['plain_query_engine']['p50']:.0f} ms "
                 f"(plain/ours = {ip['ratio_plain_over_ours_generative']:.2f}×)", "no slower",
                 ip["ratio_plain_over_ours_generative"] >= 1, "python -m bench.http"),
        ]  # fmt: skip
    for corpus, t in (timeaware or {}).items():
        lines.append(_row(f"time handling on vs off, extractive p50 in process ({corpus})",
                          f"{t['on']['p50']:.1f} vs {t['off']['p50']:.1f} ms ({t['added_p50_ms']:+.1f} ms)", "<= +5 ms",
                          t["added_p50_ms"] <= 5, "python -m bench.timeaware"))  # fmt: skip
    if kept:
        k, n = kept["kept"], kept["not_kept"]
        lines.append(_row(f"{kept['model']}: reader's prompt then answer check, per question, kept prefix caches vs none",
                          f"{k['tokens_read']:.0f} vs {n['tokens_read']:.0f} tokens read, {k['ms']} vs {n['ms']} ms "
                          f"(probabilities differ by {kept['largest_probability_difference']:.2g}), measured "
                          f"{kept['measured']}", "", None, "python -m bench.kept_prefixes"))  # fmt: skip
    if ingest:
        lines.append(_row(f"ingest vs raw embedding ({ingest['chunks']} chunks)",
                          f"{ingest['ingest_tokens_per_s']:.0f} vs {ingest['raw_tokens_per_s']:.0f} tokens/s "
                          f"({ingest['ratio']:.0%})", ">= 70%", ingest["ratio"] >= 0.7, "python -m bench.ingest"))  # fmt: skip
    if thr:
        lines.append(_row(f"load: {thr['requests']} `/api/ask`, {thr['concurrency']} concurrent, "
                          f"`serve --workers {thr['workers']}` + Chroma server",
                          f"{thr['requests_per_s']} req/s, p95 {thr['p95_ms']:.0f} ms, {thr['errors']} errors, "
                          f"RSS {thr['service_rss_mb']:.0f} MB (all workers)", "0 errors", thr["errors"] == 0,
                          "python -m bench.load throughput"))  # fmt: skip
    if mixed:
        c = mixed["consistency"]
        cited = mixed.get("citations", {"checked": 0, "wrong": "not checked"})
        ok = (
            cited.get("wrong") == 0
            and mixed["server_errors"] == 0
            and not mixed["lost_articles"]
            and not c["orphan_chunks"]
            and not c["missing_chunks"]
        )
        lines.append(_row(f"mixed load {mixed['seconds']} s, {mixed['concurrency']} clients (ask, chat, stream, OpenAI, "
                          "article updates)", f"{mixed['requests']} requests, {mixed['server_errors']} 5xx, "
                          f"{len(mixed['lost_articles'])} lost articles, {c['orphan_chunks']} orphan chunks, "
                          f"{cited['wrong']} of {cited['checked']} citations not matching their text",
                          "0 / 0 / consistent / 0", ok, "python -m bench.load mixed"))  # fmt: skip
    if spelling:
        lines.append(_row(f"spelling, a {spelling['question_chars']}-character question of unknown words, "
                          f"{spelling['vocabulary']} words in the corpus", f"{spelling['ours_s'] * 1000:.0f} ms "
                          f"(difflib over every word: {spelling['difflib_all_words_s']:.1f} s)", "bounded",
                          spelling["ours_s"] < 1, "python -m bench.spelling"))  # fmt: skip
    if abandoned:
        d, i = abandoned["during"], abandoned["idle"]
        worst = max(d["healthz"]["p95"], d["extractive"]["p95"])
        lines.append(_row(f"{abandoned['generative_requests']} generative asks abandoned after "
                          f"{abandoned['client_gives_up_s']:.0f} s: `/healthz` and extractive p95 during (idle)",
                          f"{d['healthz']['p95']:.0f} ({i['healthz']['p95']:.0f}) and {d['extractive']['p95']:.0f} "
                          f"({i['extractive']['p95']:.0f}) ms; outcomes {abandoned['outcomes']}", "< 200 ms",
                          worst < 200, "python -m bench.load abandoned"))  # fmt: skip
    if growth:
        for g in growth:
            lines.append(_row(f"growth {g['chunks']} chunks: retrieval p50 / p95", f"{g['retrieval_p50_ms']:.1f} / "
                              f"{g['retrieval_p95_ms']:.1f} ms", "p50 < 60 ms at 100k" if g["target_chunks"] >= 100_000 else "",
                              g["retrieval_p50_ms"] < 60 if g["target_chunks"] >= 100_000 else None, "python -m bench.growth"))  # fmt: skip
            ratio = g["ingest_tokens_per_s"] / g["raw_tokens_per_s"]
            lines.append(_row(f"growth {g['chunks']} chunks: ingest", f"{g['ingest_tokens_per_s']:.0f} tokens/s ({ratio:.0%} "
                              f"of raw), peak RSS {g['ingest_peak_rss_mb']:.0f} MB, measured {g.get('measured', '')}",
                              ">= 70% of raw at 100k" if g["target_chunks"] >= 100_000 else "",
                              ratio >= 0.7 if g["target_chunks"] >= 100_000 else None, "python -m bench.growth"))  # fmt: skip
            lines.append(_row(f"growth {g['chunks']} chunks: engine RSS after warm-up (peak while loading), load time",
                              f"{g['service_rss_mb']:.0f} MB ({g.get('service_peak_rss_mb', g['service_rss_mb']):.0f} MB), "
                              f"{g['load_s']:.1f} s", "< 1536 MB after warm-up", g["service_rss_mb"] < 1536,
                              "python -m bench.growth"))  # fmt: skip
        if not any(g["target_chunks"] >= 100_000 for g in growth):
            lines.append("| growth 100k chunks | not run yet | | **not measured** | `python -m bench.growth` |")
        lines += ["", "![latency and memory against corpus size](growth.png)"]
    lines += ["", "## Notes", "", *NOTES, ""]
    return "\n".join(lines)


NOTES = [
    "- Generative first text is the reader's verified answer: the model continues a reply begun as JSON with its "
    "answer span, the span is checked against the evidence units, and only then does text stream. The wait is the "
    "prompt (6 evidence units) plus the reply; when the span does not hold up, the extractive answer streams "
    "instead. The reader's confidence, which the refusal model reads, costs nothing more; its judgement of the "
    "evidence (not used by the fitted model) would add a forward pass of about 30 tokens: 2874 -> 3051 ms first text "
    "when it was used (2026-11-24).",
    "- The reader's prompt holds about 250 tokens beyond its system message (which stays in the model's cache): at "
    'the prompt speed measured in the same run (the row "in llama.cpp alone"), reading it takes 250 / that '
    "speed seconds before the first token, and the reply (15 to 20 tokens) adds about half a second, so the 3 s "
    "first-text budget needs about 100 tokens/s: at 47 tokens/s (2026-12-03) first text took 6.0 s, at 102 "
    "(2026-12-05, morning) 3.08 s. With llama.cpp's fused attention (`NEWSQA_LLM_FLASH_ATTN`) the same machine "
    "read prompts from scratch at 104 against 96 tokens/s without it (`python -m bench.llm_speed --threads 2`), and "
    "first text took 2.52 s: the fused kernel also reads the question's tokens against the cached system message "
    "faster. It is on by default since 2026-12-05 11:30, when prompts began to be read into the model's cache one "
    "message at a time (answers no longer depend on what the cache held): first text 2.63 s at 97 tokens/s then.",
    "- The bundled model ships as Q4_1; llama.cpp's batched CPU kernels do not take that format and read prompts at "
    "about 300 tokens/s here. It is re-encoded once as Q8_0 (same weights, 8-bit blocks) and read about twice as fast "
    "(`NEWSQA_LLM_CPU_FORMAT`, default `q8_0`). eval/report.md gives the answers' quality with it.",
    "- Plain `as_query_engine()` (top 2 chunks, compact mode) is measured with the same model; its answers are "
    "not verified (see eval/report.md for what that costs in quality).",
    "- Load tests run with rate limiting off (`NEWSQA_RATE_LIMIT_PER_MINUTE=0`): all load comes from one address.",
    "- RSS for `--workers 2` adds up the supervisor and both workers; each worker holds its own models.",
    "- Growth: ingest figures are cached with the corpus (the date says when they were measured); retrieval and "
    "memory are measured again on every run. An engine over 100k chunks takes about a minute to load (BM25 over "
    "every chunk is built at start) and holds its peak memory only while building it.",
]


def main() -> None:
    path = ROOT / "bench" / "report.md"
    path.write_text(build(), encoding="utf-8")
    print(path.read_text())


if __name__ == "__main__":
    main()
