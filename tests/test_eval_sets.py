"""Question sets from outside the project and SQuAD-style answer matching."""

from __future__ import annotations

import json

import pytest

from eval import sets
from eval.metrics import contains, miss_class, normalize, score


def test_squad_normalisation_and_numbers_that_must_not_touch_other_digits():
    assert normalize("The “Tony Awards”!") == "tony awards"
    assert contains("Broadway's best were recognized at the Tony Awards.", ["The Tony Awards"])
    assert contains("about 10 people", ["10"]) and not contains("about 100 people", ["10"])
    assert not contains("an award show", ["Tony Awards"])


def test_a_folder_set_is_read_with_its_corpus_and_gold_files(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("date 2022-06-17\n\nThe Tony Awards were held on Sunday.\n")
    rows = [{"id": "q1", "question": "Which awards show?", "answers": ["Tony Awards"], "gold_file": "a.txt",
             "gold_files": ["a.txt"], "answerable": True},
            {"id": "q2", "question": "Who won?", "answers": ["Nobody"], "gold_files": [], "answerable": False}]  # fmt: skip
    (tmp_path / "questions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    qset = sets.load(tmp_path)
    assert qset.corpus == tmp_path / "corpus" and qset.role == "external"
    assert [r["gold"] for r in qset.rows] == [["a.txt"], []]
    result = {"answer": "The Tony Awards", "answered": True, "citations": [], "retrieved": ["a.txt"]}
    assert score(qset.rows[0], result, qset.corpus, 1.0).recall == 1.0


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("", "no questions"),
        ("{not json\n", "not JSON"),
        ('{"question": "x"}\n', "answerable"),
        ('{"question": "x", "answerable": true}\n', "facts"),
        ('{"question": "  ", "answerable": false}\n', "non-blank"),
        ('{"question": "x", "messages": [{"role": "user", "content": ""}], "answerable": false}\n', "non-blank"),
        ('{"messages": [{"role": "assistant", "content": "x"}], "answerable": false}\n', "non-blank"),
        ('["x"]\n', "non-blank"),
        ('{"messages": [{"role": "user"}], "answerable": false}\n', "non-blank"),
        ('{"messages": "x", "answerable": false}\n', "non-blank"),
    ],  # fmt: skip
)
def test_a_bad_set_is_refused_with_a_reason(tmp_path, content, error):
    (tmp_path / "q.jsonl").write_text(content)
    with pytest.raises(sets.SetError, match=error):
        sets.load(tmp_path / "q.jsonl")


def test_misses_are_classed_by_what_went_wrong():
    assert miss_class(True, False, None, 1.0, False) == "false refusal"
    assert miss_class(True, True, 0.0, 0.0, False) == "retrieval miss"
    assert miss_class(True, True, 0.5, 1.0, False) == "reading miss"
    assert miss_class(True, True, 0.0, None, False) == "miss (no gold article given)"  # retrieval cannot be told
    assert miss_class(False, True, None, None, False) == "answered the unanswerable"
    assert miss_class(True, True, 1.0, 1.0, False) is None


def test_near_misses_keep_the_story_but_not_the_articles_that_hold_the_answer(tmp_path):
    from eval import nearmiss
    from eval.systems import scope_of

    source = tmp_path / "dev"
    (source / "corpus").mkdir(parents=True)
    (source / "corpus" / "a.txt").write_text("date 2022-06-17\n\nThe summit will be held in Madrid, officials said.\n")
    (source / "corpus" / "b.txt").write_text("date 2022-06-17\n\nThe summit's host city has not been named yet.\n")
    (source / "corpus" / "c.txt").write_text("date 2022-06-18\n\nMADRID — Delegates arrived for the summit.\n")
    rows = [{"id": "q1", "question": "Where will the summit be held?", "answers": ["Madrid"], "gold_files": ["a.txt"],
             "week": "20220617", "answerable": True},
            {"id": "q2", "question": "Who won?", "answers": ["Nobody"], "gold_files": [], "answerable": False}]  # fmt: skip
    (source / "questions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))

    out = tmp_path / "nearmiss"
    assert nearmiss.write(sets.load(source), out) == 1  # only the answerable question is derived
    derived = sets.load(out)
    assert derived.corpus.resolve() == (source / "corpus").resolve()  # linked, not copied
    (row,) = derived.rows
    assert row["answerable"] is False and row["question"] == rows[0]["question"]
    assert row["sources"] == ["b.txt"]  # both articles that name Madrid, in any case, are left out
    scope = scope_of(row)
    assert scope.sources == ["b.txt"] and scope.as_of.isoformat() == "2022-06-17"


def test_near_misses_are_derived_from_folder_sets_only():
    from eval import nearmiss

    with pytest.raises(sets.SetError, match="folder set"):
        nearmiss.derive(sets.load(sets.HELDOUT))


def test_partial_questions_are_joined_with_the_corpus_they_ask_about(tmp_path):
    from eval import partial

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("date 2022-06-17\n\nThe company declined to comment on the recall.\n")
    (corpus / "b.txt").write_text("date 2022-06-17\n\nThe recall covers 20,000 cars.\n")
    row = {"id": "p1", "question": "What did the company say about the recall?", "answers": ["declined to comment"],
           "gold_files": ["a.txt"], "week": "20220617", "answerable": True, "category": "partial"}  # fmt: skip
    (tmp_path / "p.jsonl").write_text(json.dumps(row) + "\n")
    rows = sets.load(tmp_path / "p.jsonl").rows
    out = tmp_path / "partial"
    sets.write_linked(out, corpus, partial.check(rows, corpus))
    built = sets.load(out)
    assert built.corpus.resolve() == corpus.resolve()  # linked, not copied
    assert built.rows[0]["category"] == "partial" and built.rows[0]["as_of"] == "2022-06-17"

    with pytest.raises(sets.SetError, match="holds none of"):  # the gold article must say it
        partial.check([{**rows[0], "gold": ["b.txt"]}], corpus)
    with pytest.raises(sets.SetError, match="missing"):
        partial.check([{**rows[0], "gold": ["c.txt"]}], corpus)
    with pytest.raises(sets.SetError, match="is not a link"):  # never writes over another set's corpus
        sets.write_linked(out, tmp_path, rows)


def test_our_partial_questions_are_well_formed():
    from eval import partial

    rows = sets.load(partial.QUESTIONS).rows
    assert len(rows) >= 15 and all(r["answerable"] and r["category"] == "partial" and r["gold"] for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
