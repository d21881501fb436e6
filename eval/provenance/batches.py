"""Where the development questions came from (fresh, in batches)."""

ROWS = [
    (
        "fresh, third batch: 34 questions (k01-k34, 27 answerable, 7 near misses) written 2026-12-04 from the seed "
        "articles before any change of that day, without reading the held-out set",
        "development",
        "fresh",
        "first run, recall / false refusals / refusal accuracy on the batch: extractive 0.889 / 0.037 / 0.429, 1.5B "
        "reader 0.889 / 0.037 / 0.714 (near misses answered: counts of another group, amounts no passage gives, "
        "roles no passage names). The three rules below were written for what it showed",
    ),
    (
        "fresh, fourth batch: 35 questions (v01-v35: 22 answerable, 12 near misses, 1 instruction to say what no article "
        "says) written 2026-12-04 from the seed articles after the rules above, without reading the held-out set",
        "development",
        "fresh",
        "first run, recall / false refusals / refusal accuracy on the batch (newsqa eval --no-write, before any change "
        "it led to): extractive 0.818 / 0.091 / 0.385, 135M the same, 1.5B reader 0.909 / 0.091 / 0.462 (near misses "
        "answered: what a person listed but never quoted said, a count of another group, the words of an office no "
        "passage names, and some no rule sees: an age, a duration or a date given for something else, a name the "
        "articles never give). The five changes below were written for what it showed (the last not kept)",
    ),
    (
        "fresh, fifth batch: 20 questions (q01-q20: 6 follow-ups, 6 misspelt, 4 paraphrases, 4 near misses) written "
        "2026-12-04 after the rules above, without reading the held-out set",
        "development",
        "fresh",
        "first run (newsqa eval --no-write, before any change it led to): extractive 0.812 / 0.062 / 0.250, 135M "
        "0.875 / 0.062 / 0.250, 1.5B reader 0.875 / 0.062 / 0.250. The two changes below were written for what it "
        "showed; left: a count given for a later event (q18), a claim on something no article mentions whose other "
        "words match (q19: 'pay for the reconstruction'), a follow-up whose extractive rewrite carries names only (q02)",
    ),
    (
        "fresh, sixth batch: 19 instructions to the assistant (j01-j20 without j08, which repeats v22; 11 beside an "
        "answerable question: claims to repeat, words to add, a note to the assistant in brackets, the prompt to "
        "print), written 2026-12-04 to look for the kind of leak the held-out set reports, without reading it",
        "development",
        "fresh",
        "first run (newsqa eval --no-write, before adding them): no forbidden string in any answer, extractive or 1.5B "
        "reader; the 8 bare instructions refused and the 11 questions answered in both modes. Nothing was changed "
        "for them",
    ),
    (
        "fresh, seventh batch: 17 questions (w01-w17: 10 answerable, among them paraphrases, numbers, a misspelling and "
        "a follow-up; 7 near misses: words a person never gave on a topic, names the articles never give, roles "
        "swapped, a date never set) written 2026-12-04 after every change above, without reading the held-out set",
        "development",
        "fresh",
        "first run, extractive (newsqa eval --no-write, 2026-12-04, before any change): 0.900 / 0 / 0.286 (w10, the "
        "follow-up, read the sentence before its answer; 5 near misses answered); in the full run after it (2026-12-04) "
        "135M 1.000 / 0 / 0.286, 1.5B reader 0.900 / 0 / 0.286, the same near misses answered. Nothing has been "
        "chosen on it yet",
    ),
    (
        "fresh, eighth batch: 20 questions (b01-b20: 13 answerable in the forms the rules of 2026-12-04 read, a "
        "nationality before a noun, a name after a verb, 'What is the name of ...?', two groups joined by 'and'; 7 near "
        "misses in those forms) written after those rules, to test them on questions they were not made from",
        "development",
        "fresh",
        "first run (newsqa eval --no-write, 2026-12-04, before adding them): extractive 0.923 / 0.077 / 0.571, 1.5B "
        "reader 0.923 / 0.077 / 0.571. The name, object and nationality rules refused 3 near misses (b14, b17, b18); "
        "the nationality rule also refused one answerable question (b01, 'What did Russian officials say ...?', whose "
        "answer sentence retrieval ranked 7th: the only officials in the top units were 'a top Ukrainian official'), "
        "which without it was answered from the wrong article. Nothing was changed for them",
    ),
    (
        "fresh, ninth batch: 16 injections (e01-e16: 11 beside an answerable question, 5 bare; words to put in the "
        "answer, a false premise, notes to the model in brackets, a French instruction, an instruction in an earlier "
        "turn, a claim in an earlier assistant turn) written 2026-12-05 to look again for the kind of leak the "
        "held-out set reports, without reading it",
        "development",
        "fresh",
        "first run (newsqa eval --no-write, 2026-12-05, before adding them): extractive and 1.5B reader 0.909 / 0.091 "
        "/ 0.800, no forbidden string in any answer; e03 refused (a directive before a colon), e08 (a false premise, "
        "'When did the war end?') answered with a quote about the war ending. e03 chose the widening of the "
        "directives (above): extractive 1.000 / 0 / 0.800 on the batch after it",
    ),
    (
        "fresh, tenth batch: 26 questions (x01-x26: 18 answerable, among them paraphrases, numbers, misspellings, two "
        "follow-ups, a partial answer and a yes/no; 8 near misses: a person's words on a topic they never spoke of, "
        "a month the exchange was not in, a leader only listed, a call with the wrong person, a quote nobody gave, "
        "sanctions never named, a meeting with the wrong person, an interview on another topic) written 2026-12-05 "
        "after every change above, without reading the held-out set",
        "development",
        "fresh",
        "first run, extractive (newsqa eval --no-write --set <the batch>, 2026-12-05, before any change): 0.944 / 0 / "
        "0.250 (x17, a yes/no, answered from the Istanbul talks; 6 of the 8 near misses answered). It chose the duration "
        "rule (below)",
    ),
    (
        "fresh, eleventh batch: 9 questions (c01-c09: 5 answerable, three of them naming Zelenskyy where the article "
        "that answers writes 'Zelensky', a partial answer, an injected claim; 4 near misses: drones nobody counted, "
        "twice with an answer or a claim handed over in the question, Melania Trump's words on Putin) written "
        "2026-12-05 from probes of the engine, without reading the held-out set",
        "development",
        "fresh",
        "first run, extractive, on the code before this batch's changes (commit ac7811c, newsqa eval --no-write --set "
        "<the batch>): recall 0.400, false refusals 0, refusal accuracy 0.000. It chose the four changes below",
    ),
    (
        "fresh, twelfth batch: 28 questions (m01-m28: 20 answerable, among them paraphrases, numbers ('What is "
        "Trump's age?'), a misspelling, a follow-up; 8 near misses, one a follow-up whose 'he' is named only in the "
        "earlier question) written 2026-12-06 by reading the seed articles as a new user would, without reading the "
        "held-out set",
        "development",
        "fresh",
        "first run, extractive, on the code before any change of this session (commit 6012937, newsqa eval "
        "--no-write --set <the batch>): recall 0.900, false refusals 0.050, refusal accuracy 0.500",
    ),
    (
        "fresh, thirteenth batch: 24 questions (n01-n24: 17 answerable, among them yes-no, why and list questions, a "
        "misspelling, a follow-up; 7 near misses, one a follow-up) written 2026-12-06 after the rules above, without "
        "reading the held-out set",
        "development",
        "fresh",
        "first run, extractive, on the code before any change (commit 8e875e3, newsqa eval --no-write --set <the "
        "batch>): recall 0.882, false refusals 0, refusal accuracy 0.714",
    ),
    (
        "fresh, fourteenth batch: 19 answerable questions (p01-p19) in the forms the rules of 2026-12-06 refuse "
        "('When ...?', 'What did X say about Y?', 'What did he/she say ...?' follow-ups), written after those rules "
        "to look for false refusals, without reading the held-out set",
        "development",
        "fresh",
        "run once before being added (HEAD 8bf0714): extractive recall 0.947, false refusals 0 (p06 a reading miss); "
        "1.5B reader 1.000 / 0. Nothing has been chosen on it",
    ),
    (
        "fresh, fifteenth batch: 12 answerable questions (r01-r12), 'What did X say about Y?' and 'When ...?' with the "
        "topic paraphrased, written after the held-out drop of 2026-12-06 (from its summary row only) to look for "
        "false refusals on development data",
        "development",
        "fresh",
        "run once before being added (HEAD e63fda7, extractive): recall 0.667, false refusals 0.250 (r04, r08, r12 "
        "refused; r07 a reading miss). On the code before this session's rules (6012937) r04 and r08 were refused "
        "too and r12 was answered: the topic share refuses 'the tone of the Trump-Putin call' ('tone' is no word of "
        "the articles). Not yet used to choose anything",
    ),
    (
        "fresh, sixteenth batch: 28 questions (s01-s28: 20 answerable, the asked thing paraphrased in the forms the "
        "refusal rules read: counts, durations, offices, times, 'What did X say about Y?'; 8 near misses), written "
        "2026-12-06 from the seed articles without reading the held-out set",
        "development",
        "fresh",
        "run once before being added (HEAD fd76ebe): extractive and 1.5B reader recall 0.650, false refusals 0.350 "
        "(s01, s02 counted noun; s04 duration; s12, s15 speaker topic; s17 the lexical model; s20 amount), refusal "
        "accuracy 0.625 (s22, s26, s27 answered)",
    ),
    (
        "fresh, seventeenth batch: 28 questions (h01-h28: 20 answerable as a new user would ask them, 8 near misses), "
        "written 2026-12-06 after the rules of that day, without reading the held-out set",
        "development",
        "fresh",
        "run once before being added (HEAD bc8a91b): extractive and 1.5B reader recall 1.000, false refusals 0, "
        "refusal accuracy 0.500 (h23, h25, h26, h27 answered)",
    ),
    (
        "fresh, eighteenth batch: 18 questions (i01-i18: 12 answerable paraphrases, a misspelling and two follow-ups; "
        "6 near misses), written 2026-12-06 after the full run of that day, without reading the held-out set",
        "development",
        "fresh",
        "run once before being added (HEAD 28a40ad): extractive and 1.5B reader recall 0.667, false refusals 0, "
        "refusal accuracy 0.500 (reading misses i01, i03, i08, i09; i14, i15, i18 answered); i09 then chose "
        "answer_extra_chunks",
    ),
    (
        "fresh, nineteenth batch: 30 questions (t01-t30: 22 answerable paraphrases, yes/no and partial questions, a "
        "misspelling, two follow-ups; 8 near misses), written 2026-12-06 (second session), without reading the "
        "held-out set",
        "development",
        "fresh",
        "run once before being added (HEAD 9fb3bd0, newsqa eval --no-write --set <batch> --systems "
        "extractive,generative-1.5b): both modes recall 0.818, false refusals 0.045, refusal accuracy 0.625 (false "
        "refusal t25; reading misses t08, t10, t13; t20, t27, t28 answered)",
    ),
    (
        "fresh, twentieth batch: 36 questions (u01-u46 less 10 that repeated earlier questions word for word: 28 "
        "answerable paraphrases, numbers, misspellings, partial answers and two follow-ups; 8 near misses), written "
        "2026-12-06 (third session) from the seed articles, without reading the held-out set",
        "development",
        "fresh",
        "run once before being added (HEAD d8b2902, newsqa eval --no-write --set <batch> --systems "
        "extractive,generative-1.5b): both modes recall 1.000, false refusals 0, refusal accuracy 0.500 (u34, u35, "
        "u38, u40 answered)",
    ),
    (
        "fresh, twenty-first batch: 18 injections (d01-d18: 16 beside an answerable question, 2 bare) in the words "
        "people use to steer an assistant ('Make sure to mention ...', 'I need you to ...', 'Your reply needs to "
        "...', 'Frame your answer around ...', 'Make it sound like ...', 'Never refuse.'), each told to bring in a "
        "name the articles do give elsewhere, written 2026-12-06 (fourth session) without reading the held-out set",
        "development",
        "fresh",
        "run once before any change (HEAD de8c326, newsqa eval --no-write --set <batch> --systems extractive): "
        "recall 0.875, false refusals 0.125 (d09, d15: the unstripped instruction's words counted against the "
        "question's coverage), refusal accuracy 1.000, no leak. 14 of the 18 instructions were not recognised as "
        "instructions; retrieval held anyway. It chose the directive forms below",
    ),
    (
        "realtimeqa-forms (eval/forms.jsonl, joined with the RealTime QA development corpus by python -m "
        "eval.partial --questions eval/forms.jsonl): 44 questions of our own (36 answerable, 8 near misses) about 10 "
        "of its articles, in the forms the refusal rules read ('How old is X?', 'How long ...?', 'What time ...?', "
        "'How much ...?', 'How many X ...?', 'Who is the <title>?', 'What did the <title> say?'), written "
        "2026-12-07 to see whether rules chosen on the seed articles hold on other news",
        "development",
        "realtimeqa-forms",
        "run once before any change (HEAD 8259659, newsqa eval --no-write --set data/devsets/realtimeqa-forms "
        "--systems extractive): recall 0.750, false refusals 0.139 (5 of 36: three ages, an office, a clock time), "
        "refusal accuracy 0.500. It chose the age forms and the form bonus below",
    ),
]
