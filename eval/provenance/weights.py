"""Weights, thresholds and settings."""

ROWS = [
    ("chunk_size / chunk_overlap", "160 / 48", "questions", "grid over 128-256 / 32-64, best fact recall (issue 3)"),
    (
        "top_k",
        "6",
        "questions; checked on fresh + realtimeqa + realtimeqa-nearmiss",
        "hit@k 1.0 at 6 (issue 3). Checked again 2026-12-05 (fresh b01's answer chunk was 4th on the BM25 side, 7th "
        "fused): extractive with 8 or 10 chunks (the same figures for both), fresh recall 0.935 -> 0.948 and refusal "
        "accuracy 0.820 -> 0.787, realtimeqa-nearmiss 0.906 -> 0.894, questions, realtimeqa and partial as they were; the "
        "lexical refusal model refitted at 8 has a higher cross-validated loss (0.2558 against 0.2424 at 6): 6 kept",
    ),
    (
        "sentence score (answer/evidence.py Scoring): coverage, chunk cosine, unit cosine, answer kind",
        "0.65, 0.35, 0, +0.1",
        "questions, realtimeqa, realtimeqa-nearmiss",
        "by hand (issue 3); checked by `python -m eval.unit_ranking` (120 scorings): the best, 0.65, 0.25, 0.1, "
        "+0.1, raises units' recall (reader's 6 / extractive 3) on questions 0.951 / 0.963 -> 0.951 / 0.975 and on "
        "realtimeqa 0.871 / 0.706 -> 0.882 / 0.706, but reorders the reader's units: the read refusal model refitted "
        "on it lost (cross-validated loss 0.1436 -> 0.1668; lexical 0.2190 -> 0.2178), so the unit's cosine weighs 0. "
        "Checked again 2026-12-05 once the read model was off (reader_refusal): 0.65, 0.25, 0.1, extractive (newsqa "
        "eval --no-write) questions recall 0.951 -> 0.963, fresh 0.940 / 0.005 / 0.824 -> 0.945 / 0.005 / 0.811, "
        "realtimeqa-partial 0.706 -> 0.647, realtimeqa and its near misses unchanged: mixed, not changed",
    ),
    ("CONTINUES_SHARE / FOLLOWS_SHARE", "0.9 / 0.8", "questions", "by hand (issue 3)"),
    (
        "extractive: MIN_RELATIVE_SCORE, answer_sentences",
        "0.75, 3",
        "questions",
        "by hand (issue 3); also what follows the direct answer in generative mode",
    ),
    (
        "lexical refusal model (answer/refusal.json, lexical): weights of coverage, sentence cosine, names found, "
        "unknown names; threshold",
        "see file; 0.30",
        "questions + fresh + realtimeqa + realtimeqa-nearmiss",
        "logistic regression, each set weighted equally; threshold minimising the mean false refusals (over the sets "
        "with answerable questions) plus the mean share of unanswerables answered (over the sets with unanswerable "
        "ones) on 10-fold cross-validated probabilities (`python -m eval.calibrate`). Refitted "
        "with the near-miss set (2026-11-24): fitted on questions + realtimeqa only it answered 15% of the near "
        "misses (refusal accuracy 0.847 out of sample); with them, cross-validated (mean of 5 fold seeds) "
        "realtimeqa false refusals 0.082 -> 0.096, refusal accuracy 0.925 -> 0.950, near misses 0.885. Refitted "
        "again once `questions` grew to 104 (its 12 near misses naming people the articles mention): threshold "
        "0.41 -> 0.51; cross-validated questions 0.025 / 0.696, realtimeqa 0.153 / 0.950, near misses 0.906. "
        "Refitted with acronyms read as names and the loss below (2026-11-24, stop 25): threshold 0.51 -> 0.32; "
        "cross-validated questions 0 / 0.565, realtimeqa 0.059 / 0.950, near misses 0.871. Refitted on the signals "
        "of questions read with their context sentences (2026-11-24, stop 26; row below): threshold 0.32 -> 0.52, "
        "cross-validated loss 0.2341 -> 0.2106; questions 0.012 / 0.696, realtimeqa 0.118 / 0.950, near misses 0.918. "
        "Refitted after the speaker check and the answer-kind fixes (2026-11-24, stop 27; rows below): threshold "
        "0.52 -> 0.39, cross-validated loss 0.2106 -> 0.2219; questions 0.012 / 0.609, realtimeqa 0.082 / 0.950, "
        "near misses 0.918. Then the threshold was chosen on the loss averaged over 5 cross-validation splits (row "
        "below), same signals: 0.39 -> 0.32; mean cross-validated loss 0.219; questions 0.002 / 0.583, realtimeqa "
        "0.061 / 0.950, near misses 0.906. Refitted with `fresh` pooled into `questions` and the speaker rule (rows "
        "below; 2026-11-24, stop 29): threshold 0.32 -> 0.43, mean cross-validated loss 0.2256 (sets changed, not "
        "comparable); questions+fresh 0.013 / 0.630, realtimeqa 0.104 / 0.950, near misses 0.918. Refitted on "
        "signals collected again once spelling leaves words of English alone (row below; 2026-11-25, stop 31): "
        "threshold 0.43 -> 0.53, mean cross-validated loss 0.2256 -> 0.2177; questions+fresh 0.022 / 0.659, "
        "realtimeqa 0.106 / 0.950, near misses 0.929. Threshold chosen among those within the false refusals "
        "the targets tolerate (row below; same signals, 2026-11-25, stop 32): 0.53 -> 0.27, mean cross-validated "
        "loss 0.2177 -> 0.234; questions+fresh 0 / 0.519, realtimeqa 0.049 / 0.950, near misses 0.904. Refitted on "
        "signals collected again with fresh's ten yes/no questions and without video player captions (2026-11-25, "
        "stop 33): 0.27 -> 0.25, mean cross-validated loss 0.2417; questions+fresh 0 / 0.500, realtimeqa 0.033 / "
        "0.935, near misses 0.889. Refitted on signals collected again (2026-12-03, stop 36) with UNIT_RULES 2, the "
        "topic rule (the three questions it refuses left out: questions+fresh 165 -> 162) and the yes-no reader route "
        "(rows below; collected before the speaker, echo, spelling and yes-no name fixes landed): 0.25 -> 0.27, mean "
        "cross-validated loss 0.2189; questions+fresh 0 / 0.556, realtimeqa 0.042 / 0.950, near misses 0.901. "
        "Measured: extractive and 135M figures on every set unchanged but near misses 0.894 -> 0.906. Refitted on "
        "signals collected again without the questions the how-many rule refuses (2026-12-03, stop 38; its row): "
        "0.27 -> 0.30. Refitted on signals collected again once fresh had grown to 158 questions (2026-12-04; "
        "questions+fresh 222 left to the model): 0.30 kept, mean cross-validated loss 0.2223; questions+fresh 0.002 "
        "/ 0.545, realtimeqa 0.035 / 0.949, near misses 0.895. In sample on those signals, against the model it "
        "replaced: one false refusal fewer on fresh (0.008 -> 0), nothing else changed. Refitted on signals "
        "collected again once fresh had grown to 230 questions with the prompt read message by message (2026-12-05; "
        "questions+fresh 277 left to the model): threshold 0.28, mean cross-validated loss 0.2358; questions+fresh 0 / "
        "0.521, realtimeqa 0.045 / 0.949, near misses 0.890; extractive on the development sets fresh refusal "
        "accuracy 0.833 -> 0.803 and nothing else changed, so the 2026-12-04 model was kept",
    ),
    (
        "read refusal model (answer/refusal.json, read; generative answers by the 1.5B reader): the four weights "
        "above, the reader's confidence (mean log-probability of the tokens it chose) and whether its answer held "
        "up; threshold",
        "see file; 0.39",
        "questions + fresh + realtimeqa + realtimeqa-nearmiss",
        "as the lexical model, over 262 questions asked (`python -m eval.calibrate`). Cross-validated loss on the "
        "three sets, mean of 5 fold seeds: lexical signals alone 0.088, with the judgement 0.0865, with the "
        "confidence 0.079, with both 0.082. Fitted on questions + realtimeqa alone, the judgement had won there "
        "(0.059 vs 0.079) but answered 24% of the near misses out of sample; its yes-probability separates them "
        "little (median 0.67, against 0.78 for answerable and 0.65 for unanswerable realtimeqa questions). "
        "Refitted on the signals of questions read with their context sentences (2026-11-24, stop 26): threshold "
        "0.47 -> 0.45, cross-validated loss 0.2106 -> 0.1769; questions 0 / 0.696, realtimeqa 0.071 / 0.950, near "
        "misses 0.929. Refitted after the speaker check and the answer-kind fixes (2026-11-24, stop 27): threshold "
        "0.45 -> 0.44, cross-validated loss 0.1769 -> 0.1585 (the weight of `held` 1.90 -> 2.44); questions 0 / "
        "0.739, realtimeqa 0.071 / 0.950, near misses 0.941 (averaged over 5 splits, row below: threshold 0.44 kept; "
        "questions 0.002 / 0.722, realtimeqa 0.066 / 0.950, near misses 0.941). Refitted on signals collected again "
        "with the quantity check on the reader's span (row below; 2026-11-24, stop 27): threshold 0.44 -> 0.43, mean "
        "cross-validated loss 0.1632 -> 0.1436 (the weight of `held` 2.44 -> 2.71); questions 0.002 / 0.774, "
        "realtimeqa 0.066 / 0.945, near misses 0.953; the lexical model's signals, and so its fit, did not change. "
        "Refitted with `fresh` pooled into `questions` and the speaker rule (rows below; 2026-11-24, stop 29): "
        "threshold 0.43 -> 0.46, mean cross-validated loss 0.1593 (sets changed); questions+fresh 0.016 / 0.733, "
        "realtimeqa 0.059 / 0.950, near misses 0.951. Refitted on signals collected again once a reply worded "
        "around copied words is read as the run it copied (row below; 2026-11-25): threshold 0.46 kept, mean "
        "cross-validated loss 0.1593 -> 0.1447; questions+fresh 0.017 / 0.763, realtimeqa 0.049 / 0.950, near "
        "misses 0.953. Refitted on signals collected again once spelling leaves words of English alone (row below; "
        "2026-11-25, stop 31): threshold 0.46 -> 0.59, mean cross-validated loss 0.1447 -> 0.1386; questions+fresh "
        "0.033 / 0.874, realtimeqa 0.104 / 0.950, near misses 0.965. The loss is flat from 0.45 to 0.61 (0.150 to "
        "0.139): at 0.49 (0.147) realtimeqa's false refusals would be 0.056 and questions+fresh's refusal accuracy "
        "0.763; the rule, not the targets, chose. Threshold chosen among those within the false refusals the "
        "targets tolerate (row below; same signals, 2026-11-25, stop 32): 0.59 -> 0.46, mean cross-validated loss "
        "0.1386 -> 0.1488; questions+fresh 0.016 / 0.748, realtimeqa 0.049 / 0.950, near misses 0.953. Refitted on "
        "signals collected again (2026-11-25, stop 33) with fresh's ten yes/no questions (0.45, loss 0.1513 on "
        "them), then without video player captions and with the check that 'Where ...?' is not answered by a time "
        "alone: two answerable questions whose wrong answers had held up (realtimeqa's '$10K' read from a caption, "
        "'in three years' to 'Where did the delegations meet?') no longer do, realtimeqa's cross-validated false "
        "refusals at 0.44 rose 0.049 -> 0.061, past the tolerance, and the rule moved the threshold 0.46 -> 0.38, "
        "mean cross-validated loss 0.1853; questions+fresh 0.021 / 0.707, realtimeqa 0.049 / 0.925, near misses "
        "0.918. Refitted on signals collected again (2026-12-03, stop 36; as the lexical model's row says): 0.38 -> "
        "0.36, mean cross-validated loss 0.1913; questions+fresh 0.022 / 0.704, realtimeqa 0.047 / 0.925, near "
        "misses 0.901. Measured with the rows below (`newsqa eval`): questions 1.000 / 0 / 0.913 -> 1.000 / 0 / "
        "0.826 (two more near misses answered), fresh 0.907 / 0.037 / 0.800 -> 0.944 / 0.056 / 0.800, realtimeqa "
        "unchanged (0.824 / 0.035 / 0.925), near misses 0.918 -> 0.906; held-out 0.821 / 0.077 / 0.750 -> 0.846 / "
        "0.051 / 0.750 (the held-out set chose nothing). Refitted without the questions the how-many rule "
        "refuses (2026-12-03, stop 38; its row): 0.36 -> 0.39. Refitted on the signals of 2026-12-04 (fresh at 158, "
        "as the lexical model's row says), the rule moved it 0.39 -> 0.33 (mean cross-validated loss 0.2576; "
        "questions+fresh 0.022 / 0.509, realtimeqa 0.038 / 0.923, near misses 0.885): not adopted. In sample on "
        "the same signals it trades refusal accuracy for false refusals against the model of 2026-12-03 (fresh "
        "0.034 / 0.385 -> 0.025 / 0.308, realtimeqa 0.047 / 0.949 -> 0.035 / 0.923, near misses 0.923 -> 0.885), "
        "and takes realtimeqa below the 0.95 refusal-accuracy target that one meets; that one is kept",
    ),
    (
        "refusal thresholds chosen only among those whose cross-validated false refusals are at most "
        "FALSE_REFUSALS_TOLERATED on every development set with answerable questions (eval/calibrate.py)",
        "0.05",
        "— (the issue's tolerance for false refusals on an outside set, not tuned; our held-out target, 0, is "
        "stricter)",
        "the loss weighs a refused answerable question the same as an answered unanswerable one; on its flat stretch "
        "(read 0.45-0.61) the last refit moved the read threshold 0.46 -> 0.59 and realtimeqa's cross-validated "
        "false refusals 0.049 -> 0.104, past the target, for refusal accuracy on our own sets (0.763 -> 0.874). "
        "Within the tolerance: lexical 0.53 -> 0.27, read 0.59 -> 0.46; our own sets' cross-validated refusal "
        "accuracy falls (lexical 0.659 -> 0.519, read 0.874 -> 0.748), realtimeqa's stays 0.950",
    ),
    (
        "refusal fit: our own sets over the seed articles (questions, fresh) pooled as one source, each source "
        "weighing the same in the fit and the threshold's loss",
        "pooled",
        "questions + fresh + realtimeqa + realtimeqa-nearmiss",
        "fresh as a fourth set of its own weighed the five articles twice against each outside set: threshold "
        "lexical 0.48, read 0.67, and cross-validated realtimeqa false refusals 0.115 / 0.144 (fresh's 9 near "
        "misses left to the models weighing as much as the 85 of realtimeqa-nearmiss). Pooled: 0.43 / 0.46, "
        "realtimeqa 0.104 / 0.059. Without fresh (same signals): 0.33 / 0.42, realtimeqa 0.071 / 0.061",
    ),
    (
        "refusal thresholds chosen on the loss averaged over 5 cross-validation splits (FOLD_SEEDS), not one",
        "5",
        "— (a procedure for stability, not tuned)",
        "the lexical model's loss is flat from 0.28 to 0.52 (mean 0.219-0.242 over 5 splits; on the same signals, "
        "single splits put its minimum anywhere from 0.32 to 0.39, and the last three refits moved it 0.32 -> 0.52 "
        "-> 0.39). With the mean: lexical 0.39 -> 0.32, read 0.44 kept. The weights are fitted on all the "
        "development questions as before",
    ),
    (
        "the judgement's question: 'Does the evidence above state the answer to the question?' (b), not 'Is \"<the "
        'reply>" the answer to the question "<q>" according to the evidence?\' (a)',
        "(b)",
        "questions + realtimeqa",
        "both asked after the reply of every question; cross-validated loss of the read model, mean of 5 fold seeds: "
        "lexical signals alone 0.079, with (a) 0.085, with (b) 0.054, with both 0.056; AUC of (b) alone on "
        "realtimeqa 0.925 (the lexical model 0.958); whether the reply held up as a span added nothing (0.057)",
    ),
    ("refusal_units", "6", "—", "set equal to reader_evidence, not tuned"),
    (
        "reader_evidence (units shown to the reader)",
        "6",
        "realtimeqa",
        "1.5B reader, 85 answerable questions: "
        "span correct 0.494 with 12, 8 or 6 units; p50 6.0 / 4.5 / 3.5 s: the fastest at equal quality; "
        "4 units (faster again) gave answer recall 0.706 against 0.718 with the reader checks "
        "(`NEWSQA_READER_EVIDENCE=4 python -m eval.reader_checks`), so 6 stay",
    ),
    ("reader JSON: answer before evidence number", "answer first", "realtimeqa", "span correct 0.494 vs 0.482"),
    (
        "reader_min_support / reader_min_similarity (a reader's span is kept only from a unit holding this share of "
        "the question's content and this close to it by cosine)",
        "0.0 / 0.35",
        "questions + realtimeqa",
        "`python -m eval.reader_checks`, 1.5B reader: grid 0-0.5 x none-0.5, best mean answer recall, then fewest "
        "wrong-week misses, then loosest: questions 1.000, realtimeqa 0.718 with 2 wrong-week misses (0.3 / none, the "
        "earlier hand-set limits: 0.976, 0.671, 3)",
    ),
    (
        "MAX_QUOTE_SENTENCES, abbreviation list, heading rule",
        "4; Mr, Dr, …; ≤ 14 words, no end mark",
        "—",
        "by hand, not tuned",
    ),
    (
        "llm_threads / n_threads_batch / n_batch",
        "2 / 2 / 512",
        "—",
        "measured speed (prompt 106 tok/s, generation 26 tok/s; 1 batch thread: 50 tok/s)",
    ),
    (
        "reader_evidence_chars (most characters of evidence in the reader's prompt)",
        "0 (no limit)",
        "questions + fresh + realtimeqa + its near misses and partial",
        "1.5B reader, 2026-12-05, same day as the full run: at 1000 (about the median prompt) fresh recall 0.967 -> "
        "0.961, every other figure unchanged; p50 ms questions 2612 -> 2409, fresh 2469 -> 2410, realtimeqa 2455 -> "
        "2387; p95 fresh 5149 -> 4291, realtimeqa 3763 -> 2976: an answer lost for a few percent at the median, so no "
        "limit; a deployment that wants a bounded wait can set one",
    ),
    (
        "WEEK_DAYS ('this week': the 7 days before the as-of date and the day itself)",
        "7",
        "realtimeqa",
        "gold articles are dated 1 to 7 days before their quiz date",
    ),
    ("REPORTING_LAG (a named day's reports: that day and 2 more)", "2", "—", "by hand, not tuned"),
    (
        "recency_weight",
        "0.1",
        "—",
        "the development sets are indifferent (realtimeqa recall 0.624 at 0, 0.1 and 0.3: the week window decides); "
        "0.1 by hand, enough for a month-old report to lose to a new one that matches as well (tests/test_time.py)",
    ),
    (
        "not-known bonus (answer/evidence.py Scoring.not_known): a unit that says, about something the question asks "
        "(coverage > 0), that the answer is not known ('declined to comment', 'It is unclear how many ...', 'no date "
        "was set'; answer/kinds.py says_not_known) scores this much more",
        "0.25",
        "questions, fresh, realtimeqa, realtimeqa-partial",
        "units' recall (reader's 6 / extractive 3; eval.unit_ranking's measure) with the other weights as they are, "
        "2026-12-03: 0 -> 0.05 -> 0.25 -> 0.5: questions 0.951 / 0.963 -> 0.951 / 0.963 -> 0.951 / 0.951 -> 0.951 / "
        "0.926; fresh 0.963 / 0.907 throughout up to 0.4, then 0.889; realtimeqa 0.871 / 0.729 throughout up to 0.5, "
        "0.706 at 0.7; realtimeqa-partial 0.647 / 0.588 -> 0.765 / 0.588 -> 0.824 / 0.765 -> 0.824 / 0.765. 0.25 is "
        "the smallest with the best mean over the four sets (the rule of `make unit-ranking`, whose grid now holds "
        "it). Measured (newsqa eval, 2026-12-03), recall: realtimeqa-partial 0.529 -> 0.706 in every mode; "
        "questions extractive 0.963 -> 0.951 and 135M 0.975 -> 0.963 (w03: 'a future face-to-face meeting ... no date "
        "was set' pushed out the past one it asks about), 1.5B 1.000 unchanged; fresh, realtimeqa and its near "
        "misses unchanged in every mode (refusal models not refitted: the rank of a few units changed); held-out "
        "unchanged (chose nothing)",
    ),
    (
        "a follow-up that leans on a thing ('it', 'that', 'there') carries, besides the earlier questions' names, up "
        "to CARRIED_WORDS (2) content words of the last answered question it does not repeat (answer/conversation.py "
        "rewrite; the rule rewrite, which extractive answers use and a model's rewrite falls back to)",
        "2",
        "fresh",
        "fresh q02 ('Where was he when he posted it?' after 'What did Trump post on Truth Social before the funeral?' "
        "now finds the Rome article). Extractive (newsqa eval --no-write, 2026-12-04): fresh recall 0.924 -> 0.933, "
        "refusal accuracy 0.795 unchanged; questions, realtimeqa (no follow-ups), near misses, partial unchanged",
    ),
    (
        "reader_refusal: whether the read refusal model (reader signals) decides for the 1.5B reader, or the lexical "
        "model as in every other mode",
        "off (lexical)",
        "questions + fresh + realtimeqa + realtimeqa-nearmiss + realtimeqa-partial",
        "2026-12-05, one pass of the 1.5B reader over the development sets recording both decisions for the same "
        "readings (answers the same as `newsqa eval`'s: the read column matched the full run of 2026-12-05 on every "
        "set). Recall / false refusals / refusal accuracy, lexical against read: questions 1.000 / 0 / 0.913 "
        "(0.988 / 0.012 / 0.913), fresh 0.967 / 0.007 / 0.820 (0.954 / 0.026 / 0.820), realtimeqa 0.835 / 0.035 / "
        "0.950 (0.835 / 0.047 / 0.950), realtimeqa-nearmiss 0.906 (0.929), partial as it was; the calibration loss "
        "(mean false refusals plus mean share of unanswerable questions answered, our sets pooled) 0.1324 against "
        "0.1342. The read model answered nothing the lexical one refused; since the rules of 2026-12-04 and "
        "2026-12-05 refuse most of our near misses before any model reads them, it only took answers away. The "
        "held-out set chose nothing",
    ),
    (
        "spelling: of the corpus words within rapidfuzz ratio 75 of an unknown word (with its first letter), those "
        "at ratio 80 or Jaro-Winkler 0.9, the one most alike by Jaro-Winkler (alike from its start)",
        "75 / 0.9",
        "fresh",
        "by hand from g37 ('Volodimir': 'Volodymyr' ratio 78, Jaro-Winkler 0.911; 'Vladimir' 82, 0.896); development "
        "figures unchanged (extractive, newsqa eval --no-write, 2026-12-05)",
    ),
    (
        "speaker topic (answer/speakers.py TOPIC_SHARE): 'What did X say about Y?' counts a passage that gives X words "
        "only when the passage holds this share of Y's words as their IDF weighs them (was: any one word of Y)",
        "0.3",
        "questions, fresh",
        "fresh c09 ('What did Melania Trump say about Putin, the war criminal?', 'war' held, 'criminal' nowhere), m14 "
        "and m22 were answered at any one word and are refused from 0.3 to 0.5; questions f07 ('What did Peskov say "
        "about the timing of the phone call?', only 'timing' held: 0.41) needs less than 0.41, and at 0.4 fresh lost "
        "an answerable question (extractive, newsqa eval --no-write, 2026-12-06: questions 0.951 at 0.3 and 0.4, "
        "fresh 0.942 at 0.3, 0.937 at 0.4). Limiting the passage to the unit and the sentence before it was "
        "tried first and dropped: it refused questions s09 and s16",
    ),
    (
        "speaker topic, meaning: a unit the asked person speaks in whose embedding has cosine >= 0.30 "
        "(speakers.TOPIC_SIMILARITY) to the asked topic's speaks of it, whatever words it shares with it",
        "0.30",
        "fresh",
        "chosen on fresh (questions and fresh, 2026-12-06): over the 'What did X say about Y?' questions whose topic "
        "no unit holds in words, the asked person's best unit has cosine 0.067-0.292 to the topic in the 14 near "
        "misses (w11 0.292, m08 0.285) and 0.304-0.391 in the 3 answerable ones (r04, s12, s15): 0.30 lies in the "
        "gap, which is narrow. Extractive: fresh false refusals 0.025 -> 0.015, recall and refusal accuracy "
        "unchanged (the three become reading misses); 1.5B reader: r04 and s15 answered right. Other development "
        "sets unchanged. A quoting order that puts the asked person's units first was tried and dropped (speaker "
        "attribution errs: fresh recall 0.920 -> 0.905)",
    ),
    (
        "answer_extra_chunks: the answer may quote from, and the reader is shown units of, 2 chunks beyond top_k "
        "(fused anew at top_k + 2); the refusal decision still reads the top_k chunks alone",
        "2",
        "fresh; checked on questions + realtimeqa + partial",
        "chosen on fresh's i batch (i09: the chunk that answers was 7th, fused at 8) and then per question over fresh "
        "(404, extractive, 2026-12-06): w10 and n19 answered, nothing lost; fresh recall 0.925 -> 0.932, refusal "
        "figures unchanged by construction (the top-8 retrieval had cost fresh refusal accuracy 0.820 -> 0.787 when "
        "refusal read it too, 2026-12-05); 4 extra chunks gave the same figures as 2; questions, realtimeqa and "
        "partial unchanged. The full run afterwards (all modes): the 1.5B reader gained on questions (0.975 -> 0.988) "
        "and lost one RealTime QA answer (0.847 -> 0.835); the held-out set did not move",
    ),
    (
        "a quoted passage that opens on a sentence leaning on the one before (a pronoun, a connective, 'Another "
        "issue, he said, ...') is cited with the sentences before it in its article that it leans on, up to 5 "
        "(answer/standing.py LEAN_BACK); ranking and refusal read the units as cut",
        "5",
        "fresh + questions + realtimeqa + partial",
        "a fix of issue 12's class 3, found on the twentieth batch (u43 quoted 'Another issue, he said, ...': the "
        "chunk opens on 'He noted ...'). Extractive over every development set (2026-12-06): answers with a quote "
        "opening on he/she/they/his/her/their 19 -> 0 of 566 answered; 33 answers changed, mean length 454 -> 464 "
        "characters; recall, false refusals and refusal accuracy unchanged on every set. 3 sentences left 'He told "
        "reporters ...' (its sentence before leans too), 5 reach the name. Tried first and dropped: starting chunks "
        "before such a sentence (index/chunks.py) moved ranking and refusal: questions 0.951 -> 0.963 but fresh "
        "0.933 / 0.008 / 0.779 -> 0.924 / 0.011 / 0.748",
    ),
    (
        "reader check (settings reader_check, answer/reader.py check): the 1.5B reader, asked apart of the one passage "
        "its answer came from whether that passage shows the answer is the right answer to the question "
        "(prompts/check_*.txt), must give 'yes' at least this probability, else the question is refused",
        "0.4 (replaced the same day: see the row of the check's worked examples)",
        "questions + fresh + realtimeqa + its near misses and partial answers (their recorded 1.5B answers)",
        "built 2026-12-07 for the near-miss class. The prompt: the first tried, on a probe of 72 recorded answers of "
        "fresh and questions (all 27 unanswerable ones answered with a reader's phrase, 45 right ones drawn at "
        "random): AUC 0.95 (the judge of 2026-11-24, asked over all the evidence, had separated near misses little). "
        "The limit: all 487 recorded reader-led answers of the development sets read (bench: 1.7-3.9 s each at 40 "
        "tokens/s); the largest limit in steps of 0.05 under which no right answer falls, injections aside (the "
        "probe read them with the instruction, which the engine strips: v22, d05, a08, e13 stand in the engine). At "
        "0.4 it refuses fresh e08, h27, i14, m11, z10 (5 of 27); 0.45 would also refuse a right RealTime QA answer "
        "(0.427), as a first choice of 0.45, made on 460 of the 487, did in the real run (realtimeqa false refusals "
        "0.035 -> 0.047). Real runs at 0.4 (newsqa eval --systems generative-1.5b, 2026-12-07): questions 0.988 / 0 "
        "/ 0.913, realtimeqa 0.835 / 0.035 / 0.950, its near misses 0.906, partial answers 0.706 / 0.059, all as "
        "before; fresh not rerun whole (70+ minutes): its 40 answers the probe put under 0.6, asked in the engine, "
        "3 more near misses refused (z10, m11, h27; e08 and i14 stand, their question and phrase in the engine "
        "differing from the probe's: the instruction stripped, no 'Mail Online:' label) and 1 answerable question "
        "(a01, an injection whose claim before the question, 'The articles also report: \"Zelenskyy has "
        "resigned.\"', the engine keeps): fresh by the run of 02:24 with these 40 asked again 0.961 / 0.007 / 0.793 "
        "(0.963 / 0.005 / 0.771). Measured once on the held-out set after it was chosen: 0.872 / 0.026 / 0.750 -> 0.872 / 0.026 / "
        "0.875",
    ),
    (
        "reader check prompt: each detail the question asks about (person, country, group, time, place, action) "
        "must match, after five invented worked examples as turns of the conversation (prompts/check_system.txt, "
        "check_user.txt, check_examples.json); limit (settings reader_check)",
        "0.25",
        "questions + fresh + realtimeqa + its near misses and partial answers (their recorded 1.5B answers)",
        "2026-12-07, probe of the recorded 1.5B answers that lead with a reader's phrase: 33 unanswerable ones and 100 "
        "right ones (the 40 the first prompt put lowest, 60 drawn at random) asked under the first prompt (A), A with "
        "the examples (B), the detail prompt (C) and C with the examples (D). AUC A 0.788, B 0.777, C 0.764, D 0.766 "
        "on that sample; unanswerable ones refused at the largest limit under which none of its right ones falls: A 6, "
        "B 4, C 4, D 10. D then asked of all 423 with a passage: AUC 0.873 (A 0.910), at 0.30 10 of 33 refused and no "
        "right one (A at 0.4: 5). In the engine (newsqa eval --no-write on fresh's 74 answers D put under 0.45 or "
        "the probe left out, injections among them) 0.30 refused two right answers, injections the probe had left "
        "out (e01, e04: 'Dmitry Peskov' to 'Who led the Russian delegation in Istanbul?', right only by the passage "
        "after it; 0.278), so by the rule (the largest limit in steps of 0.05 under which no right answer falls) "
        "0.25. Real runs at 0.25 (2026-12-07): questions 0.988 / 0 / 0.913 and realtimeqa 0.835 / 0.035 / 0.950 as before, "
        "near misses 0.906 -> 0.918, partial answers 0.706 / 0.059 as before (at 0.30: a lower limit refuses no more); fresh, its run of 02:24 with the 74 "
        "and then the 9 that moved asked again, 0.961 / 0.007 / 0.793 -> 0.963 / 0.005 / 0.800 (refused: z10, b15, "
        "m11, t20; A refused z10, m11, h27). The examples' cost is read once: the model's cache of a prompt prefix "
        "met again is kept (python -m bench.kept_prefixes). Measured once on the held-out set after it was chosen: "
        "0.872 / 0.026 / 0.875, as with the first prompt at 0.4 (summary row only)",
    ),
    (
        "llm_flash_attn (llama.cpp's fused attention, bundled models)",
        "on, with prompts read into the model's cache a message at a time (reproducible answers)",
        "— (speed: the 1.5B first-text budget); questions + fresh + realtimeqa + its near misses and partial (a tie)",
        "`python -m bench.llm_speed --threads 2` (2026-12-05), on / off: 1.5B prompt 104.0 / 95.7 tok/s, reply 29.1 / "
        "31.3; 135M prompt 650 / 512, reply 116 / 104; `python -m bench.http` 1.5B first text p50 2633 ms on (prompt "
        "97 tok/s) against 3080 off (102 tok/s). Read whole, after whatever the cache held, answers depended on it (135M: "
        "3 of 60 fresh questions asked twice in a row answered differently; 0 read a message at a time). Full runs "
        "(newsqa eval, 2026-12-05) on / off: 1.5B questions 0.988 / 1.000 (p05), realtimeqa 0.847 / 0.835, every other "
        "development figure the same; 135M fresh 0.928 / 0.941, others the same",
    ),
    (
        "form bonus (answer/evidence.py Scoring.form, answer/forms.py): for a question of a form, the kind bonus and "
        "this one more go only to a unit that gives the answer its form asks for (an amount, a clock time, a "
        "duration, the asked person's age, the office, a count of X), not to any number or date; not for 'When "
        "...?'; the answer's units only: refusal reads the units ranked without it",
        "0.3",
        "realtimeqa-forms; checked on questions, fresh, realtimeqa, its near misses and partial answers",
        "2026-12-07, recall of the reader's 6 units / the extractive answer's 3 (no reader needed) at 0, 0.1, 0.2, "
        "0.3: realtimeqa-forms 0.917 / 0.833 -> 0.944 / 0.917, 0.944 / 0.917, 0.944 / 0.944; questions, fresh, "
        "realtimeqa and partial the same at every value. With 'When ...?' too, fresh r09's answer ('once Witkoff "
        "had briefed Trump', an event, not a date) left the extractive answer. Read by refusal as well, it let 7 "
        "fresh near misses through (refusal accuracy 0.771 -> 0.721: a duration or a count of something else rose "
        "into the top units the rules read), so refusal reads the ranking without it. Extractive, every development "
        "set (newsqa eval --no-write): realtimeqa-forms 0.750 / 0.139 / 0.500 -> 0.889 / 0.056 / 0.375 with the age "
        "forms, every other set's outcomes unchanged. The 1.5B reader asked again the 119 development questions of a "
        "form (questions 16, fresh 85, realtimeqa 15, partial 3; newsqa eval --no-write on subsets): no outcome "
        "changed, 36 answers' wording did; held-out, measured once after: extractive 0.872 / 0.026 / 0.750, 1.5B "
        "reader 0.872 / 0.026 / 0.875, both as before",
    ),
]
