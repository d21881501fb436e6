"""How the bundled model reads a prompt into its cache: one message at a time, so that with llama.cpp's fused attention
(on by default) a reply does not depend on what the model read before it. The real bundled SmolLM2-135M, whose replies
turn on the smallest difference."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from llama_index.core.llms import ChatMessage

from answer import reader
from answer.llm import Generator, chatml, make_llm

SYSTEM = ChatMessage(role="system", content="You answer questions about the news from the sentences you are given.")


def _prompt(question: str) -> str:
    return chatml([SYSTEM, ChatMessage(role="user", content=question)])


@pytest.mark.llm
def test_a_prompt_is_read_a_message_at_a_time_and_reuses_only_the_whole_messages_read_before(seeded):
    llm = make_llm(seeded[0])
    model, batches = llm._model, []
    evaluate = model.eval
    model.eval = lambda tokens: (batches.append((model.n_tokens, len(tokens))), evaluate(tokens))[1]

    def starts(prompt: str) -> list[int]:
        tokens = model.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)
        return [i for i, t in enumerate(tokens) if model.detokenize([t], special=True) == b"<|im_start|>"]

    first, second = _prompt("Where were the talks held?"), _prompt("Who led the delegation?")
    assert llm.read(first) and [b[0] for b in batches] == starts(first)  # system, user, the reply's start
    batches.clear()
    llm.read(second)
    assert [b[0] for b in batches] == starts(second)[1:]  # the system message is read once, the rest afresh
    batches.clear()
    llm.read(second)
    assert [b[0] for b in batches] == starts(second)[-1:]  # read again: only its last message, for its logits
    batches.clear()
    llm.read(chatml([ChatMessage(role="system", content="Other rules."), ChatMessage(role="user", content="Hi")]))
    assert batches[0][0] == 0  # nothing shared: read from the start


@pytest.mark.llm
def test_with_fused_attention_a_reply_does_not_depend_on_what_the_model_read_before(seeded):
    assert seeded[0].llm_flash_attn  # the default this test is about
    units = [SimpleNamespace(text=t) for t in ("The talks were held in Istanbul on Friday.", "Both sides spoke.")]
    question, other = "Where were the talks held?", "Who spoke at the talks?"

    def asked(generator: Generator, q: str) -> tuple[str, list[float], float | None]:
        steps: list[float] = []
        raw = reader.ask(generator, q, units, steps)
        return raw, steps, reader.judge(generator, q, units, raw)

    cold = asked(Generator(seeded[0]), question)  # a model that has read nothing
    generator = Generator(seeded[0])
    asked(generator, other)
    after_other, again = asked(generator, question), asked(generator, question)
    # exactly the same tokens, log-probabilities and judgement: read in the same batches, computed the same way
    assert cold[0] and after_other == cold and again == cold
