"""The reader's model file (joined from its parts, checked) and how a model's reply is checked against the evidence."""

from __future__ import annotations

import json

import pytest

from answer import reader, reader_model
from answer.llm import Generator
from index.models import ModelNotFound
from newsqa.settings import Settings
from tests.scripted_llm import ScriptedLLM

UNITS = [
    "Kremlin spokesperson Dmitry Peskov later said that Putin would agree to meet with Zelensky only if certain "
    "preconditions were met.",
    "The peace summit in Istanbul was marked by the noticeable absence of Putin, who chose not to appear in person.",
]


def test_the_reader_model_is_joined_once_from_its_parts_and_checked(tmp_path):
    path = reader_model.reader_model_file(tmp_path)
    assert path.stat().st_size == reader_model.SIZE and not list(tmp_path.glob("*.partial"))
    written = path.stat().st_mtime_ns
    assert reader_model.reader_model_file(tmp_path) == path and path.stat().st_mtime_ns == written


def test_a_join_that_does_not_match_the_published_checksum_leaves_nothing_behind(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_model, "SHA256", "0" * 64)
    with pytest.raises(ModelNotFound, match="corrupt"):
        reader_model.reader_model_file(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_part_is_named_with_how_to_install_it(monkeypatch):
    monkeypatch.setattr(reader_model, "PART_PACKAGE", "no_such_package_part{n}")
    with pytest.raises(ModelNotFound, match="make reader"):
        reader_model.part_files()


@pytest.mark.parametrize(
    ("answer", "found"),
    [
        ("istanbul", "Istanbul"),
        ("Dmitry  Peskov", "Dmitry Peskov"),
        ("preconditions were met.", "preconditions were met"),
        ("Istanbu", None),
        ("Putin would meet", None),
    ],  # fmt: skip
)
def test_an_answer_is_located_as_written_in_the_text(answer, found):
    text = " ".join(UNITS)
    assert reader.locate(answer, text) == found


def test_a_reply_naming_the_wrong_unit_is_cited_to_the_unit_that_holds_it():
    reading = reader.verify(json.dumps({"evidence": 1, "answer": "Istanbul"}), "Where was the summit?", UNITS)
    assert reading is not None and reading.unit == 1 and reading.span == "Istanbul"


@pytest.mark.parametrize(
    ("answer", "held"),
    [("a port agreement", False), ("4 billion", True), ("four billion", True), ("billions", True)],
)
def test_a_quantity_asked_for_is_answered_with_a_number(answer, held):
    units = ["The harbour deal, a port agreement, is worth 4 billion, or four billion, or billions."]
    reading = reader.verify(json.dumps({"answer": answer, "evidence": 1}), "How much is the harbour deal worth?", units)
    assert (reading is not None) is held


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("How many towns did the storm hit?", True),
        ("How many coastal towns did the storm hit?", True),
        ("How many tonws did the storm hit?", True),  # misspelt as the question writes it
        ("How many boats did the storm sink?", False),  # "twelve" counts towns
        ("How many did the storm hit?", True),  # nothing named to count
    ],
)
def test_a_number_answers_how_many_only_of_what_it_counts(question, held):
    units = ["Twelve boats were at sea.", "The storm hit twelve coastal towns on Monday."]
    reading = reader.verify(json.dumps({"answer": "twelve", "evidence": 2}), question, units[1:])
    assert (reading is not None) is held


@pytest.mark.parametrize(
    ("answer", "held"),
    [("in three years", False), ("on Friday", False), ("in Geneva", True), ("Geneva", True), ("the 12 towns", True)],
)
def test_a_place_asked_for_is_not_answered_with_a_time_alone(answer, held):
    units = ["The envoys met in Geneva on Friday, the first such talks in three years, and visited the 12 towns."]
    reading = reader.verify(json.dumps({"answer": answer, "evidence": 1}), "Where did the envoys meet?", units)
    assert (reading is not None) is held
    # asked when, the time is an answer
    assert reader.verify(json.dumps({"answer": answer, "evidence": 1}), "When did the envoys meet?", units) is not None


def test_a_place_asked_for_is_not_answered_with_a_time_copied_beside_another_place():
    """A reply that names a place the units do not hold, beside a time they do: the copied run is the time alone."""
    units = ["The envoys met for the first talks in three years, visiting the 12 towns."]
    reply = json.dumps({"answer": "In Lisbon, after three years", "evidence": 1})
    assert reader.verify(reply, "Where did the envoys meet?", units, copied=True) is None
    assert reader.verify(reply, "When did the envoys last meet?", units, copied=True) is not None


def test_a_number_is_read_only_from_a_unit_that_itself_passes_the_checks():
    """Another unit of the article may name what is asked for, but a number there counts something else."""
    units = ["About 500,000 people have died in the three-year war.", "Drones hit the Oryol refinery on Friday."]
    reply = json.dumps({"answer": "500,000", "evidence": 1})
    question = "How many people died when drones hit the Oryol refinery?"
    assert reader.verify(reply, question, units, supported=[True, True], passes=[False, True]) is None
    assert reader.verify(reply, question, units, supported=[True, True], passes=[True, True]) is not None
    what = json.dumps({"answer": "the Oryol refinery", "evidence": 2})  # no quantity asked: another unit may answer
    assert reader.verify(what, "What did the drones strike?", units, [True, True], passes=[True, False]) is not None


def test_a_number_is_read_where_it_counts_what_is_asked_for():
    units = ["The storm hit twelve coastal towns on Monday.", "Twelve boats were at sea."]
    reading = reader.verify(json.dumps({"answer": "twelve", "evidence": 1}), "How many boats were at sea?", units)
    assert reading is not None and reading.unit == 1


def test_a_unit_that_does_not_support_the_question_is_never_cited():
    reply = json.dumps({"evidence": 2, "answer": "Putin"})
    assert reader.verify(reply, "Who skipped the summit?", UNITS, supported=[True, False]).unit == 0
    assert reader.verify(reply, "Who skipped the summit?", UNITS, supported=[False, False]) is None


def test_an_answer_may_come_from_another_unit_of_an_article_that_matches_the_question():
    # a.txt's first unit matches the question; its second holds the answer; nothing of b.txt matched
    assert reader.supported(["a.txt", "a.txt", "b.txt"], [True, False, False]) == [True, True, False]
    assert reader.supported(["a.txt", "b.txt"], [False, False]) == [False, False]
    units = ["The popular show is back for a second season.", "Night Harbor is a drama.", "Night Harbor won prizes."]
    reply = json.dumps({"evidence": 3, "answer": "Night Harbor"})
    reading = reader.verify(
        reply, "Which show is back?", units, reader.supported(["a", "a", "b"], [True, False, False])
    )
    assert reading is not None and reading.unit == 1


def test_json_wrapped_in_prose_is_read():
    reply = 'Sure! {"evidence": 2, "answer": "Istanbul"} Hope that helps.'
    assert reader.verify(reply, "Where was the summit?", UNITS).span == "Istanbul"


def test_a_reply_cut_where_its_answer_closes_is_read_in_the_units_order():
    """The reader is stopped once its answer string closes (reader.ANSWER_END): the span is then looked for in the
    units best first."""
    assert reader.verify('{"answer": "Istanbul', "Where was the summit?", UNITS).unit == 1
    assert reader.verify('{"answer": "Putin', "Who skipped the summit?", UNITS, supported=[False, True]).unit == 1
    assert reader.verify('{"answer": "Paris', "Where was the summit?", UNITS) is None
    # a continued reply (reader.OPENING) ends at the first '"', an escaped one too: its lone backslash is dropped
    assert reader.verify(reader.OPENING + "peace summit in Istanbul\\", "Where was it?", UNITS).span == (
        "peace summit in Istanbul"
    )


@pytest.mark.parametrize(
    "unit, first",
    [
        ("The talks will be held in Istanbul on Friday, officials said.", "Istanbul [1]. The talks"),
        # the passage says the answer is not known: the number it gives is about something else, and is not stated
        ("It is unclear how many guards are at the residence, where more than 100,000 people gathered.", "It is"),
        ("The meeting had been discussed, though no date was set.", "The meeting"),
        ("The company declined to comment on the claims.", "The company"),
    ],
)
def test_a_passage_that_says_the_answer_is_not_known_is_given_whole(unit, first):
    from answer.compose import compose, finalize

    span = "Istanbul" if "Istanbul" in unit else unit.split()[-2]
    text, _ = finalize(compose(span, unit))
    assert text.startswith(first) and text.count("[1]") == (2 if "Istanbul" in unit else 1)


@pytest.mark.parametrize(
    ("answer", "span"),
    [
        (
            "The envoys met because they wanted to end the war before winter.",
            "they wanted to end the war before winter",
        ),
        ("The envoys met in Geneva because of the weather.", None),  # only the question's words are copied
    ],
)
def test_a_reply_worded_around_copied_words_is_read_as_the_words_it_copied(answer, span):
    units = ["The envoys met on Monday.", "Officials said they wanted to end the war before winter, not after."]
    reply = json.dumps({"answer": answer, "evidence": 1})
    reading = reader.verify(reply, "Why did the envoys meet?", units, copied=True)
    assert (reading and reading.span) == span
    assert reader.verify(reply, "Why did the envoys meet?", units) is None  # only where asked for


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("Did the Istanbul talks produce a ceasefire?", True),
        ("Has a venue been set for the next round?", True),
        ("Wasn't the meeting cancelled?", True),
        ("The talks ended on Friday. Were prisoners exchanged?", True),  # the sentence that asks
        ("Is the summit in Istanbul or in Rome?", False),  # asks for one of them
        ("Who offered to host the talks?", False),
        ("What did Putin demand?", False),
        ("Dido Harding said what about the plan?", False),  # a name, not "did"
    ],
)
def test_a_question_answered_yes_or_no_is_told_apart(question, yes_no):
    from answer.kinds import asks_yes_no

    assert asks_yes_no(question) is yes_no


def test_to_a_yes_no_question_the_readers_sentence_answers_not_its_phrase():
    """ "Has a venue been set?" is not answered "Russia and Ukraine [1]." however exact the copied phrase."""
    from answer.compose import compose, finalize

    unit = "No venue has been confirmed for the talks between Russia and Ukraine, officials said."
    led, _ = finalize(compose("Russia and Ukraine", unit))
    whole, _ = finalize(compose("Russia and Ukraine", unit, lead=False))
    assert led.startswith("Russia and Ukraine [1].")
    assert whole == f"{unit} [1]"


def test_a_title_the_answer_quotes_is_read_whole():
    """A JSON answer escapes the quotes around a title: the reply is not cut at the first of them."""
    units = ["“Thor: Love and Thunder” topped the box office this weekend, the studio said."]
    llm = ScriptedLLM(reply='{"answer": "\\"Thor: Love and Thunder\\"", "evidence": 1}')
    raw = reader.ask(Generator(Settings(_env_file=None), llm), "Which movie topped the box office?", [])
    assert reader.verify(raw, "Which movie topped the box office?", units).span == "Thor: Love and Thunder"


def test_a_name_the_question_already_gives_is_no_answer():
    """ "What did the mayor call Lopez?" is not answered "Maria Lopez", however exactly the unit holds it."""
    units = ["The mayor spoke of a fine colleague named Maria Lopez at the harbour."]
    question = "What did the mayor call Lopez at the harbour?"
    assert reader.verify(json.dumps({"answer": "Maria Lopez", "evidence": 1}), question, units) is None
    assert (
        reader.verify(json.dumps({"answer": "fine colleague", "evidence": 1}), question, units).span == "fine colleague"
    )


YES_NO_UNITS = ["The ferry company said it would keep the night service.", "Storms closed the harbour in May."]


@pytest.mark.parametrize(
    ("reply", "passes", "unit"),
    [
        ('{"answer": "Yes", "evidence": 1}', [True, True], 0),  # the sentence it names answers
        ('{"answer": "No", "evidence": 2}', [True, True], 1),
        ('{"answer": "Yes", "evidence": 2}', [True, False], None),  # named a unit that does not address the question
        ('{"answer": "Yes"}', [True, True], None),  # named none
        ('{"answer": "Yes", "evidence": 7}', [True, True], None),  # named one that is not there
    ],
)
def test_to_a_yes_no_question_a_bare_yes_or_no_is_answered_by_the_sentence_it_names(reply, passes, unit):
    question = "Did the ferry company keep the night service?"
    reading = reader.verify(reply, question, YES_NO_UNITS, [True, True], passes=passes)
    if unit is None:
        assert reading is None
    else:
        assert reading.unit == unit and reading.span == YES_NO_UNITS[unit]


def test_a_bare_yes_goes_on_to_name_its_sentence():
    llm = ScriptedLLM(reply='{"answer": "Yes", "evidence": 1}')
    raw = reader.ask(Generator(Settings(_env_file=None), llm), "Did the ferry company keep the night service?", [])
    assert json.loads(raw) == {"answer": "Yes", "evidence": 1} and llm.calls == 2
    llm = ScriptedLLM(reply='{"answer": "the night service", "evidence": 1}')
    raw = reader.ask(Generator(Settings(_env_file=None), llm), "What did the ferry company keep?", [])
    assert raw == '{"answer": "the night service' and llm.calls == 1  # cut where the answer closes, as before


def test_to_a_yes_no_question_a_sentence_that_leaves_out_whom_it_asks_about_is_no_answer():
    units = ["Mayor Lopez attended the harbour opening on Monday.", "Reed toured the old town instead."]
    reply = '{"answer": "Yes", "evidence": 1}'
    assert reader.verify(reply, "Did Reed attend the harbour opening?", units) is None  # it says who else did
    assert reader.verify(reply, "Did Lopes attend the harbour opening?", units).unit == 0  # a spelling slip aside


@pytest.mark.parametrize(
    ("span", "lead"),
    [
        ("that all sides abandon any claim to compensation", "All sides abandon any claim to compensation [1]."),
        ("That the talks resume", "The talks resume [1]."),
        ("that", "That [1]."),  # nothing follows it: kept as copied
        ("thatcher's government", "Thatcher's government [1]."),  # a word that only begins with it
    ],
)
def test_a_copied_clause_leads_without_its_complementizer(span, lead):
    """ "What did Moscow demand?" is answered "All sides abandon ... [1].", not "That all sides abandon ... [1]."."""
    from answer.compose import compose, finalize

    unit = f"Officials in Moscow are demanding {span}, a source told reporters on Monday, after the two sides met."
    text, _ = finalize(compose(span, unit))
    assert text.startswith(lead)
    assert text.endswith(f"{' '.join(unit.split())} [1]")


def _units(*lengths: int):
    from answer.evidence import Sentence

    at, out = 0, []
    for n in lengths:
        text = ("x" * (n - 1)) + "."
        out.append(Sentence("a.txt", "", at, at + n, text, 0.0, 0.0, 0.0, frozenset()))
        at += n + 1
    return out


def test_the_reader_is_shown_its_best_units_within_the_character_budget():
    from answer.engine import reader_evidence

    ranked = _units(300, 500, 200, 400, 100)
    assert reader_evidence(ranked, 6) == ranked  # no budget: every unit, in rank order
    shown = reader_evidence(ranked, 6, chars=700)
    assert shown == [ranked[0], ranked[2], ranked[4]]  # the 500 and the 400 would pass 700: the next that fit do
    assert sum(len(s.text) for s in shown) <= 700
    assert reader_evidence(ranked, 2, chars=700) == [ranked[0], ranked[2]]  # the count still bounds it
    assert reader_evidence(_units(900, 100), 6, chars=700)[0].end == 900  # the best unit, whatever its length


LISTED = (
    "Union leaders set out their demands to the city on Monday. They want a pay rise of 6% and a shorter week. "
    "Additionally, the union is demanding that the city rehire the dismissed drivers."
)


@pytest.mark.parametrize(
    ("question", "several"),
    [
        ("What did the union demand?", True),  # the sentences before it answer too: the rehiring is one demand of three
        ("What did the union demand about the dismissed drivers?", False),  # only this sentence answers
        ("What else did the union demand?", False),  # asks for another: this is it
    ],
)
def test_a_phrase_from_a_sentence_that_adds_to_others_that_answer_does_not_lead(question, several):
    """ "What did Putin demand?" is not answered with one demand of a list ("All sides to abandon ... [1]."): when the
    sentence holding the reader's phrase adds to sentences before it that answer the question too, the passage answers
    whole, without the phrase before it."""
    from answer.compose import one_of_several

    span = "the city rehire the dismissed drivers"
    assert one_of_several(question, span, LISTED) is several
    assert one_of_several(question, "a pay rise of 6%", LISTED) is False  # its sentence adds to nothing


@pytest.mark.parametrize(
    ("span", "cut"),
    [
        ("the union wants a pay rise and a shorter week for drivers and", True),  # stops on "and", words go on
        ("the union wants a pay rise and a shorter week for", True),
        ("a pay rise and a shorter week", False),
        ("the union wants a pay rise and a shorter week for drivers and cleaners", False),  # a comma follows
    ],
)
def test_a_phrase_cut_mid_way_does_not_lead_the_answer(span, cut):
    """A reader's answer that runs to its length limit stops mid-phrase ("... troops and weapons of"): it does not
    lead the answer as a cut quote; the passage answers whole."""
    from answer.compose import compose, finalize

    unit = (
        "Officials said on Monday, after a long meeting with the city council, that the union wants a pay rise and a "
        "shorter week for drivers and cleaners, a source told reporters."
    )
    text, _ = finalize(compose(span, unit))
    assert text.startswith(unit) is cut
