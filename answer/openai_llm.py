"""llama-index's OpenAILike for OpenAI-compatible servers (vLLM, llama.cpp server, Ollama), with a per-call token
limit (the base class puts its own `max_tokens` over the call's) and the probability of a choice between two words,
read from the `top_logprobs` of a one-token reply (how a server's reader judges its evidence)."""

from __future__ import annotations

import math
from typing import Any

from llama_index.core.llms import ChatMessage
from llama_index.llms.openai_like import OpenAILike

TOP_LOGPROBS = 20  # the most the OpenAI API returns


class OpenAILikeWithOptions(OpenAILike):
    def _get_model_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        merged = super()._get_model_kwargs(**kwargs)
        if "max_tokens" in kwargs:
            merged["max_tokens"] = kwargs["max_tokens"]
        return merged

    def choice_probability(self, messages: list[ChatMessage], choices: tuple[str, str]) -> float | None:
        """The probability that the reply to `messages` begins with `choices[0]` rather than `choices[1]` (any
        capitalisation, a leading space aside), from the server's log probabilities of the first reply token. None
        when the server gives none, or neither word is among its most likely first tokens."""
        reply = self.chat(messages, max_tokens=1, logprobs=True, top_logprobs=TOP_LOGPROBS)
        if not reply.logprobs or not reply.logprobs[0]:
            return None
        mass = dict.fromkeys(choices, 0.0)
        for candidate in reply.logprobs[0]:
            word = candidate.token.strip().lower()
            if word in mass:
                mass[word] += math.exp(candidate.logprob)
        first, second = (mass[c] for c in choices)
        return first / (first + second) if first + second > 0 else None
