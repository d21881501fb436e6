"""The reader's judgement of its evidence and the refusal model that reads it, with the real bundled models."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from llama_index.core.llms import ChatMessage

from answer import reader, refusal
from answer.engine import Engine
from answer.llm import Generator

QUESTION = "Who offered to host the ceasefire negotiations?"


def judging(seeded):
    """The seeded settings with the reader's judgement on (`reader_judges`)."""
    return seeded[0].model_copy(update={"reader_judges": True})


@pytest.fixture
def read_model(monkeypatch, tmp_path):
    """Replaces the fitted read model by one with the given weights (over refusal.READ_FEATURES)."""

    def use(weights: list[float], threshold: float, judge_model: str = "smollm2-135m", bias: float = 0.0) -> None:
        models = json.loads(refusal.MODEL.read_text(encoding="utf-8"))
        models["read"] = {**models["read"], "judge_model": judge_model, "weights": weights, "bias": bias}
        models["read"]["threshold"] = threshold
        path = tmp_path / "refusal.json"
        path.write_text(json.dumps(models), encoding="utf-8")
        monkeypatch.setattr(refusal, "MODEL", path)
        refusal.load_models.cache_clear()

    yield use
    refusal.load_models.cache_clear()


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
def test_the_readers_judgement_decides_whether_a_generative_answer_is_given(seeded, read_model):
    """Two read models that read the same judgement in opposite ways: exactly one of them answers."""
    answered = []
    for sign in (1.0, -1.0):
        read_model([0.0, 0.0, 0.0, 0.0, sign], threshold=0.5)
        answer = Engine.from_settings(judging(seeded)).ask(QUESTION, mode="generative")
        assert "judge" in answer.timings_ms  # the reader was asked, then asked to judge
        answered.append(answer.answered)
        if not answer.answered:
            assert answer.note == "The passages found do not state the answer." and not answer.citations
    assert answered[0] != answered[1]


@pytest.mark.llm
def test_no_reader_is_asked_when_no_judgement_could_make_the_question_answerable(seeded, read_model):
    read_model([0.0, 0.0, 0.0, 0.0, 1.0], threshold=0.9999)  # above what the clipped judgement can reach
    answer = Engine.from_settings(judging(seeded)).ask(QUESTION, mode="generative")
    assert not answer.answered and "generate" not in answer.timings_ms


@pytest.mark.llm
def test_the_lexical_model_decides_when_judging_is_off_for_extractive_answers_and_readers_it_was_not_fitted_for(
    seeded, read_model
):
    read_model([0.0, 0.0, 0.0, 0.0, 1.0], threshold=0.9999)  # would refuse everything it decides
    unjudged = Engine.from_settings(seeded[0]).ask(QUESTION, mode="generative")  # judging is off by default
    assert unjudged.answered and "judge" not in unjudged.timings_ms
    engine = Engine.from_settings(judging(seeded))
    assert engine.ask(QUESTION, mode="extractive").answered
    read_model([0.0, 0.0, 0.0, 0.0, 1.0], threshold=0.9999, judge_model="qwen2.5-1.5b")  # not the loaded model
    answer = engine.ask(QUESTION, mode="generative")
    assert answer.answered and "generate" in answer.timings_ms and "judge" not in answer.timings_ms


def test_a_refusal_model_file_without_the_read_model_is_refused_with_a_message(tmp_path):
    path = tmp_path / "refusal.json"
    path.write_text(json.dumps({"lexical": refusal.load_models()["lexical"]}), encoding="utf-8")
    with pytest.raises(ValueError, match="no 'read' model"):
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
    server, local = Generator(served), Generator(seeded[0].model_copy(update={"llm_model_path": llm_model_file()}))
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
    read_model([0.0, 0.0, 0.0, 0.0, 1.0], threshold=0.5, judge_model="smollm2-135m")
    engine = Engine.from_settings(served.model_copy(update={"reader_judges": True}))
    assert "judge" in engine.ask(QUESTION, mode="generative").timings_ms
