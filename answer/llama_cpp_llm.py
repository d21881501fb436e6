"""llama-index's LlamaCPP, with per-call options (the base class drops the keyword arguments of complete() and
chat(), so a grammar or a token limit for one call would never reach llama.cpp) and the probability of a choice
between two words, read from the model's next-token distribution (how the reader judges its evidence), and a record of
its confidence as it generates."""

from __future__ import annotations

from typing import Any

from llama_index.core.base.llms.types import CompletionResponse
from llama_index.llms.llama_cpp import LlamaCPP


class LlamaCPPWithOptions(LlamaCPP):
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        if not kwargs:
            return super().complete(prompt, formatted=formatted)
        saved = dict(self.generate_kwargs)
        self.generate_kwargs.update(kwargs)
        try:
            return super().complete(prompt, formatted=formatted)
        finally:
            self.generate_kwargs.clear()
            self.generate_kwargs.update(saved)

    def choice_probability(self, prompt: str, choices: tuple[str, str]) -> float:
        """The probability that the model's next token after `prompt` (formatted) begins `choices[0]` rather than
        `choices[1]`, each in any capitalisation: one forward pass over the part of the prompt the model has not
        already read (llama.cpp keeps the longest common prefix of the last prompt in its cache), no sampling."""
        import numpy as np

        model = self._model
        tokens = model.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)
        cached = 0
        for a, b in zip(model.input_ids[: model.n_tokens], tokens, strict=False):
            if a != b:
                break
            cached += 1
        model.n_tokens = min(cached, len(tokens) - 1)  # at least one token is read, for its logits
        model.eval(tokens[model.n_tokens :])
        logits = np.ctypeslib.as_array(model._ctx.get_logits_ith(-1), shape=(model.n_vocab(),)).astype(np.float64)
        p = np.exp(logits - logits.max())

        def mass(word: str) -> float:
            ids = {model.tokenize(w.encode("utf-8"), add_bos=False, special=False)[0] for w in _cases(word)}
            return float(sum(p[i] for i in ids))

        first, second = (mass(c) for c in choices)
        return first / (first + second) if first + second > 0 else 0.5


def confidence_recorder(steps: list[float]):
    """A logits processor that appends to `steps` the log-probability of the most likely token at each step of a
    generation (the model's confidence in its greedy reply), and leaves the logits as they are."""
    import numpy as np
    from llama_cpp import LogitsProcessorList

    def record(input_ids, scores):
        top = float(scores.max())
        steps.append(-float(np.log(np.exp(scores.astype(np.float64) - top).sum())))  # log-softmax of the top token
        return scores

    return LogitsProcessorList([record])


def _cases(word: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((word.lower(), word.capitalize(), word.upper())))
