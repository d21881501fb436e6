"""llama-index's LlamaCPP, with per-call options: the base class drops the keyword arguments of complete() and
chat(), so a grammar (JSON-schema-constrained output) or a token limit for one call never reaches llama.cpp."""

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
