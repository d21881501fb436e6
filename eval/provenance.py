"""Which question set chose each weight, threshold and prompt: shown in eval/report.md.

`questions` is our development set; `realtimeqa` the RealTime QA development split (outside data). The held-out set
(`heldout`) chose nothing. Rows: (parameter, value, the set that chose it, how).
"""

PARAMETERS = [
    ("chunk_size / chunk_overlap", "160 / 48", "questions", "grid over 128-256 / 32-64, best fact recall (issue 3)"),
    ("top_k", "6", "questions", "hit@k 1.0 at 6 (issue 3)"),
    ("sentence score weights (coverage 0.65, dense 0.35, kind +0.1)", "—", "questions", "by hand (issue 3)"),
    ("CONTINUES_SHARE / FOLLOWS_SHARE", "0.9 / 0.8", "questions", "by hand (issue 3)"),
    ("refuse_min_coverage / refuse_min_dense", "0.45 / 0.25", "questions", "by hand (issue 3)"),
]
