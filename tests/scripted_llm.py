"""A scripted LLM: the one honest fake in the suite, to drive the verifier with known inventions.
The real bundled model cannot be made to invent on cue, so these tests script what it says."""

from __future__ import annotations

from typing import Any

from llama_index.core.base.llms.types import CompletionResponse, CompletionResponseGen, LLMMetadata
from llama_index.core.llms import CustomLLM


class ScriptedLLM(CustomLLM):
    reply: str = ""
    calls: int = 0
    prompts: list[str] = []  # every prompt it was given, in order

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(context_window=4096, num_output=256, model_name="scripted")

    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        """The scripted reply as a model would give it: a reply begun in the prompt (Generator.continue_reply) is
        continued from there, and the text ends before the first stop string."""
        self.calls += 1
        self.prompts.append(prompt)
        text = self.reply
        begun = next((n for n in range(len(text), 0, -1) if prompt.endswith(text[:n])), 0)
        text = text[begun:]
        for stop in kwargs.get("stop") or []:
            text = text.split(stop)[0]
        return CompletionResponse(text=text)

    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        self.calls += 1
        yield CompletionResponse(text=self.reply, delta=self.reply)
