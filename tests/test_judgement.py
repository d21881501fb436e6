"""The reader's signals (its confidence in its reply, its judgement of its evidence, whether its answer held up) and the
refusal model that reads them, with the real bundled models."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from llama_index.core.llms import ChatMessage

from answer import reader, refusal
from answer.engine import Engine
from answer.llm import Generator
from answer.types import Message

QUESTION = "Who offered to host the ceasefire negotiations?"


@pytest.fixture
def read_model(monkeypatch, tmp_path):
    """Replaces the fitted read model by one that reads one reader signal, with weight `sign`, and nothing else."""

    def use(signal: str, sign: float, threshold: float, judge_model: str = "smollm2-135m", bias: float = 0.0) -> None:
        models = json.loads(refusal.MODEL.read_text(encoding="utf-8"))
        features = [*refusal.FEATURES, signal]
        weights = [0.0] * len(refusal.FEATURES) + [sign]
        models["read"] = {**models["read"], "judge_model": judge_model, "features": features, "weights": weights}
        models["read"].update(bias=bias, threshold=threshold)
        path = tmp_path / "refusal.json"
        path.write_text(json.dumps(models), encoding="utf-8")
        monkeypatch.setattr(refusal, "MODEL", path)
        refusal.load_models.cache_clear()

    yield use
    refusal.load_models.cache_clear()


def deciding(settings):
    """Settings under which the read model decides refusal for the reader it was fitted on (off by default)."""
    return settings.model_copy(update={"reader_refusal": True})


@pytest.mark.llm
def test_a_choice_probability_does_not_depend_on_what_the_model_read_before(seeded):
    generator = Generator(seeded[0])
    france = [ChatMessage(role="user", content="Is Paris in France? Reply yes or no.")]
    japan = [ChatMessage(role="user", content="Is Paris in Japan? Reply yes or no.")]
    first, other = generator.choice_probability(france), generator.choice_probability(japan)
    assert 0 < first < 1 and 0 < other < 1
    # read again after the other prompt, from the model's cache of the common prefix: the same distribution
    assert generator.choice_probability(france) == pytest.approx(first, abs=1e-4)
    assert generator.choice_probability(japan) == pytest.approx(other, abs=1e-4)


@pytest.mark.llm
def test_a_prompt_whose_instructions_were_read_before_another_kind_starts_from_their_kept_cache(seeded):
    generator = Generator(seeded[0])
    reader = [
        ChatMessage(role="system", content="You answer questions about news articles from the evidence given."),
        ChatMessage(role="user", content="Evidence: The talks were held in Istanbul. Where were the talks held?"),
    ]
    checker = [
        ChatMessage(role="system", content="You check answers against news text. Reply yes or no."),
        ChatMessage(role="user", content="Passage: The talks were held in Istanbul.\nAnswer: Istanbul. Right?"),
    ]
    first = [generator.choice_probability(reader), generator.choice_probability(checker)]
    generator.choice_probability(reader), generator.choice_probability(checker)  # each met a second time: kept
    read = generator.llm.tokens_read
    assert generator.choice_probability(reader) == pytest.approx(first[0], abs=1e-6)
    # the reader's prompt came after the checker's: only its reply's start was read, not its messages again
    after_reader = generator.llm.tokens_read - read
    assert generator.choice_probability(checker) == pytest.approx(first[1], abs=1e-6)
    assert 0 < after_reader < 8 and 0 < generator.llm.tokens_read - read - after_reader < 8


@pytest.mark.llm
def test_the_reader_judges_evidence_that_states_the_answer_above_evidence_that_does_not(seeded):
    generator = Generator(seeded[0].model_copy(update={"bundled_llm": "qwen2.5-1.5b"}))
    question = "Which city hosted the talks between the two delegations?"
    states = [SimpleNamespace(text=t) for t in ("The talks were held in Istanbul on Friday.", "Both sides spoke.")]
    silent = [SimpleNamespace(text=t) for t in ("The talks lasted less than two hours.", "Both sides spoke.")]
    judged = {
        name: reader.judge(generator, question, units, reader.ask(generator, question, units))
        for name, units in (("states", states), ("silent", silent))
    }
    assert judged["states"] > judged["silent"]


@pytest.mark.llm
@pytest.mark.parametrize("signal", refusal.READER_FEATURES)
def test_the_readers_signal_decides_whether_a_generative_answer_is_given(seeded, read_model, signal):
    """Two read models that read the same signal in opposite ways: exactly one of them answers."""
    answered = []
    for sign, threshold in ((1.0, 0.5), (-1.0, 0.5)):
        # a bias that leaves the answer to the signal: either value of `held` could tip it, and so could confidence
        read_model(signal, sign, threshold, bias={"judge": 0.0, "confidence": 0.5, "held": -0.5}[signal] * sign)
        answer = Engine.from_settings(deciding(seeded[0])).ask(QUESTION, mode="generative")
        assert "generate" in answer.timings_ms
        assert ("judge" in answer.timings_ms) == (signal == "judge")  # judged only when the model reads it
        answered.append(answer.answered)
        if not answer.answered:
            assert answer.note == "The passages found do not state the answer." and not answer.citations
    assert answered[0] != answered[1]


@pytest.mark.llm
def test_the_readers_confidence_is_read_as_it_generates(seeded):
    generator = Generator(seeded[0])
    units = [SimpleNamespace(text="The talks were held in Istanbul on Friday.")]
    steps: list[float] = []
    raw = reader.ask(generator, "Where were the talks held?", units, steps)
    assert steps and all(s <= 1e-6 for s in steps)  # log-probabilities, one per generated token
    again: list[float] = []
    assert reader.ask(generator, "Where were the talks held?", units, again) == raw and again == pytest.approx(steps)


@pytest.mark.llm
def test_the_held_signal_says_whether_the_readers_answer_held_up_as_a_span_of_the_evidence(seeded):
    # the 1.5B reader: whether SmolLM2-135M copies a span or invents a name turns on any change to its evidence
    settings = seeded[0].model_copy(update={"bundled_llm": "qwen2.5-1.5b"})
    found = {}
    for name, min_support in (("checked", settings.reader_min_support), ("no unit passes", 1.01)):
        engine = Engine.from_settings(settings.model_copy(update={"reader_min_support": min_support}))
        turn = engine.prepare([Message(role="user", content=QUESTION)], "generative", None)
        assert turn.signals.held is None  # not read yet
        _, reading = engine.reading(turn, ("held",))
        assert turn.signals.held == (reading is not None) and turn.signals.confidence is None  # only what was asked
        found[name] = turn.signals.held
    assert found == {"checked": True, "no unit passes": False}


@pytest.mark.llm
@pytest.mark.parametrize("signal", refusal.READER_FEATURES)
def test_no_reader_is_asked_when_no_reader_signal_could_make_the_question_answerable(seeded, read_model, signal):
    read_model(signal, 1.0, threshold=0.9999)  # above what the clipped signal can reach
    answer = Engine.from_settings(deciding(seeded[0])).ask(QUESTION, mode="generative")
    assert not answer.answered and "generate" not in answer.timings_ms


@pytest.mark.llm
def test_the_lexical_model_decides_for_extractive_answers_and_for_a_reader_the_read_model_was_not_fitted_for(
    seeded, read_model
):
    read_model("confidence", 1.0, threshold=0.9999)  # would refuse everything it decides
    engine = Engine.from_settings(deciding(seeded[0]))
    assert engine.ask(QUESTION, mode="extractive").answered
    read_model("confidence", 1.0, threshold=0.9999, judge_model="qwen2.5-1.5b")  # not the loaded model
    answer = engine.ask(QUESTION, mode="generative")
    assert answer.answered and "generate" in answer.timings_ms and "judge" not in answer.timings_ms


@pytest.mark.llm
def test_by_default_the_lexical_model_decides_for_the_reader_the_read_model_was_fitted_for(seeded, read_model):
    """`reader_refusal` off (the default): a read model fitted on the loaded reader that would refuse everything
    decides nothing; the reader answers, and is not asked for its confidence."""
    read_model("confidence", 1.0, threshold=0.9999)  # fitted on the loaded model (smollm2-135m)
    answer = Engine.from_settings(seeded[0]).ask(QUESTION, mode="generative")
    assert answer.answered and "generate" in answer.timings_ms
    assert not Engine.from_settings(deciding(seeded[0])).ask(QUESTION, mode="generative").answered


def test_a_refusal_model_file_without_the_read_model_or_with_unknown_signals_is_refused_with_a_message(tmp_path):
    path = tmp_path / "refusal.json"
    lexical = refusal.load_models()["lexical"]
    path.write_text(json.dumps({"lexical": lexical}), encoding="utf-8")
    with pytest.raises(ValueError, match="no 'read' model"):
        refusal.load_models.__wrapped__(path)
    read = {**refusal.load_models()["read"], "features": [*refusal.FEATURES, "mood"]}
    path.write_text(json.dumps({"lexical": lexical, "read": read}), encoding="utf-8")
    with pytest.raises(ValueError, match="reader signals"):
        refusal.load_models.__wrapped__(path)


@pytest.mark.llm
@pytest.mark.server
def test_a_servers_reader_judges_from_its_log_probabilities_as_the_bundled_model_does(seeded, llm_server, read_model):
    """The same weights behind llama-cpp-python's OpenAI-compatible server and loaded in process: the same judgement."""
    from index.models import llm_model_file

    served = seeded[0].model_copy(
        update={
            "llm_backend": "openai",
            "llm_base_url": llm_server,
            "llm_model": "smollm2-135m",
            "llm_json_format": "json_object",
        }
    )
    # in process as the server runs it: without fused attention, whose arithmetic differs a little (and which the
    # server would apply to whatever its cache holds, answer/llama_cpp_llm.py)
    local = Generator(seeded[0].model_copy(update={"llm_model_path": llm_model_file(), "llm_flash_attn": False}))
    server = Generator(served)
    assert server.judges == "smollm2-135m"  # the read model fitted on a model of that name would apply
    judged = {}
    for place in ("France", "Japan"):
        chat = [
            ChatMessage(role="system", content="You answer questions about places."),
            ChatMessage(role="user", content=f"Is Paris in {place}? Reply yes or no."),
        ]
        judged[place] = server.choice_probability(chat)
        assert 0 < judged[place] < 1 and judged[place] == pytest.approx(local.choice_probability(chat), abs=0.02)
    assert judged["France"] != pytest.approx(judged["Japan"], abs=0.02)  # read from the prompt, not a constant
    read_model("judge", 1.0, threshold=0.5, judge_model="smollm2-135m")
    assert "judge" in Engine.from_settings(deciding(served)).ask(QUESTION, mode="generative").timings_ms
