"""llama-index's LlamaCPP, with per-call options (the base class drops the keyword arguments of complete() and
chat(), so a grammar or a token limit for one call would never reach llama.cpp), prompts read into the model's cache
one message at a time (so a reply does not depend on what the model read before), the model's cache of a prompt prefix
read again kept aside (so the reader's instructions are not read anew after every answer check), the probability of a
choice between two words, read from the model's next-token distribution (how the reader judges its evidence), and a
record of its confidence as it generates."""

from __future__ import annotations

import ctypes
from collections import OrderedDict
from typing import Any

from llama_index.core.base.llms.types import CompletionResponse
from llama_index.llms.llama_cpp import LlamaCPP
from pydantic import PrivateAttr

MESSAGE_START = "<|im_start|>"  # ChatML, which both bundled models speak (answer/llm.py)
PREFIX_BUDGET = 96 << 20  # bytes of kept prefix caches: the 1.5B reader's cache takes 28 KB a token


class LlamaCPPWithOptions(LlamaCPP):
    # How much of the model's cache holds whole messages read by `read`: what a later prompt may reuse.
    _read_to: int = PrivateAttr(default=0)
    # Prefixes (whole messages) read so far, and the model's cache after those read a second time: see `read`.
    _seen: OrderedDict = PrivateAttr(default_factory=OrderedDict)
    _kept: OrderedDict = PrivateAttr(default_factory=OrderedDict)
    _tokens_read: int = PrivateAttr(default=0)

    def read(self, prompt: str) -> list[int]:
        """Reads `prompt` (formatted) into the model's cache, one message at a time, and returns its tokens; the logits
        of its last token are the model's next-token distribution. llama.cpp's fused attention computes a token
        slightly differently in a batch of many than alone, so a prompt read whole, or after the cached prefix of
        another, would give other log-probabilities (up to 0.055 measured) and now and then another reply. Read in
        the same batches each time, from a message start, a prompt gives the same reply whatever came before it; the
        cache is reused up to the last message start that the previous prompt shares and read this way.

        Prompts of different kinds take turns (the reader's, then the answer check's), so the cache of one kind's
        instructions is gone when the next prompt of that kind comes. A prefix of whole messages met a second time is
        kept aside (a copy of the model's cache, about 3 MB for the reader's instructions), the most recent first
        within PREFIX_BUDGET, and a later prompt that begins with it starts from it; read in the same batches from
        the same message starts, the kept cache is the one reading it again would give."""
        from llama_cpp import Llama

        model = self._model
        tokens = _prompt_tokens(model, prompt)
        (start,) = model.tokenize(MESSAGE_START.encode("utf-8"), add_bos=False, special=True)
        starts = [i for i, t in enumerate(tokens) if i > 0 and t == start]
        shared = Llama.longest_token_prefix(model.input_ids[: min(model.n_tokens, self._read_to)], tokens)
        at = max((s for s in starts if s <= shared), default=0)
        at = self._restore(tokens, [s for s in starts if s > at], at)
        model.n_tokens = at
        for end in [*(s for s in starts if s > at), len(tokens)]:
            model.eval(tokens[at:end])  # llama.cpp's batches of n_batch count from each message's start
            self._tokens_read += end - at
            at = end
            if end < len(tokens):
                self._remember(tuple(tokens[:end]))
        self._read_to = starts[-1] if starts else 0
        return tokens

    @property
    def tokens_read(self) -> int:
        """Tokens the model has read (evaluated) so far: what benchmarks and tests see the kept prefixes save."""
        return self._tokens_read

    def _restore(self, tokens: list[int], starts: list[int], at: int) -> int:
        """Loads the kept cache of the longest prefix of `tokens` that ends at one of `starts` and returns its length;
        `at` (how much the cache holds already) when none is kept, 0 when the kept one failed to load."""
        from llama_cpp import llama_cpp

        model = self._model
        for end in reversed(starts):
            prefix = tuple(tokens[:end])
            kept = self._kept.get(prefix)
            if kept is None:
                continue
            data = (ctypes.c_uint8 * len(kept)).from_buffer_copy(kept)
            if not llama_cpp.llama_state_seq_set_data(model._ctx.ctx, data, len(kept), 0):
                del self._kept[prefix]  # could not be loaded: read the prompt again from its start
                return 0
            self._kept.move_to_end(prefix)
            model.input_ids[:end] = prefix
            return end
        return at

    def _remember(self, prefix: tuple[int, ...]) -> None:
        """Counts `prefix` as read; met a second time, keeps the model's cache of it (just read) aside."""
        from llama_cpp import llama_cpp

        if prefix in self._kept:
            self._kept.move_to_end(prefix)
            return
        key = hash(prefix)
        if key not in self._seen:
            self._seen[key] = None
            while len(self._seen) > 256:
                self._seen.popitem(last=False)
            return
        ctx = self._model._ctx.ctx
        size = llama_cpp.llama_state_seq_get_size(ctx, 0)
        if size > PREFIX_BUDGET:
            return
        buffer = (ctypes.c_uint8 * size)()
        written = llama_cpp.llama_state_seq_get_data(ctx, buffer, size, 0)
        self._kept[prefix] = ctypes.string_at(buffer, written)
        while sum(len(v) for v in self._kept.values()) > PREFIX_BUDGET:
            self._kept.popitem(last=False)

    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        if not formatted:
            prompt, formatted = self.completion_to_prompt(prompt), True
        self.read(prompt)  # llama.cpp's generate finds the whole prompt in its cache and samples from its last logits
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
        `choices[1]`, each in any capitalisation: one forward pass over the messages of the prompt the model has not
        already read (see `read`), no sampling."""
        import numpy as np

        model = self._model
        self.read(prompt)
        logits = np.ctypeslib.as_array(model._ctx.get_logits_ith(-1), shape=(model.n_vocab(),)).astype(np.float64)
        p = np.exp(logits - logits.max())

        def mass(word: str) -> float:
            ids = {model.tokenize(w.encode("utf-8"), add_bos=False, special=False)[0] for w in _cases(word)}
            return float(sum(p[i] for i in ids))

        first, second = (mass(c) for c in choices)
        return first / (first + second) if first + second > 0 else 0.5


def _prompt_tokens(model, prompt: str) -> list[int]:
    """The tokens llama-cpp-python's completion reads for `prompt`: its own tokenisation, after a BOS token if the
    model wants one."""
    tokens = model.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)
    bos = model.token_bos()
    return [bos, *tokens] if model._model.add_bos_token() and bos != -1 else tokens


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
