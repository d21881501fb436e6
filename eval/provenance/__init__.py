"""Which question set chose each weight, threshold, rule and prompt: shown in eval/report.md, a table per module here.

`questions` is our development set, `fresh` a second one written on 2026-11-24 (measured once before anything was
chosen on it, then used like the first); `realtimeqa` the RealTime QA development split (outside data, weeks 2022-06-17 to
2022-08-26); `realtimeqa-nearmiss` its answerable questions asked without the articles that hold their answers
(`python -m eval.nearmiss`). The held-out set (`heldout`) chose nothing. Rows: (parameter, value, the set that chose it,
how). A new row goes at the end of its module's ROWS: each table reads in the order things were chosen.
"""

from eval.provenance import batches, not_kept, questions, reading, refusal, weights

SECTIONS = [(m.__doc__.strip().rstrip("."), m.ROWS) for m in (weights, refusal, reading, questions, not_kept, batches)]
PARAMETERS = [row for _, rows in SECTIONS for row in rows]
