"""LLM backends behind llama-index's LLM classes, chosen by setting and imported only when used."""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Sequence
from contextvars import ContextVar
from pathlib import Path

from llama_index.core.llms import LLM, ChatMessage

from answer.gguf import runnable_model
from answer.reader_model import reader_model_file
from index.models import llm_model_file
from newsqa.settings import Settings

CHATML_STOP = ["<|im_end|>", "<|im_start|>", "<|endoftext|>"]  # SmolLM2 and Qwen2.5 both speak ChatML
CONTEXT_WINDOW = 4096


def chatml(messages: Sequence[ChatMessage]) -> str:
    """ChatML, the chat format SmolLM2 was trained on."""
    body = "".join(f"<|im_start|>{m.role.value}\n{m.content}<|im_end|>\n" for m in messages)
    return body + "<|im_start|>assistant\n"


def loads_reader(settings: Settings) -> bool:
    """Whether the model this process loads is the 1.5B reader joined from its parts into the data folder."""
    return settings.llm_backend == "bundled" and not settings.llm_model_path and settings.bundled_llm == "qwen2.5-1.5b"


def bundled_model_file(settings: Settings) -> Path:
    """The GGUF file the bundled backend loads: an explicit path, the reader (joined from its parts once), or
    SmolLM2 in the format llama.cpp reads fastest."""
    models = settings.data_dir / "models"
    if settings.llm_model_path:
        return llm_model_file(settings.llm_model_path)
    if loads_reader(settings):
        return reader_model_file(models)  # as shipped: re-encoding Q4_K_M to Q8_0 or Q4_0 ran slower
    return runnable_model(llm_model_file(), models, settings.llm_cpu_format)


def make_llm(settings: Settings) -> LLM:
    match settings.llm_backend:
        case "bundled":
            try:
                from answer.llama_cpp_llm import LlamaCPPWithOptions as LlamaCPP
            except ImportError as exc:  # pragma: no cover - depends on the install
                raise RuntimeError("the bundled backend needs llama-cpp-python: pip install llama-cpp-python") from exc
            model = bundled_model_file(settings)
            return LlamaCPP(
                model_path=str(model),
                temperature=0.0,
                max_new_tokens=settings.llm_max_tokens,
                context_window=CONTEXT_WINDOW,
                generate_kwargs={"stop": CHATML_STOP, "top_k": 1, "repeat_penalty": 1.1, "seed": 0},
                model_kwargs={
                    "n_threads": settings.llm_threads,
                    "n_threads_batch": settings.llm_threads,
                    "n_ctx": CONTEXT_WINDOW,
                    "n_batch": 512,
                    "flash_attn": settings.llm_flash_attn,
                    "seed": 0,
                },  # fmt: skip
                messages_to_prompt=chatml,
                completion_to_prompt=lambda p: chatml([ChatMessage(role="user", content=p)]),
                verbose=False,
            )
        case "openai":
            from answer.openai_llm import OpenAILikeWithOptions

            return OpenAILikeWithOptions(
                model=settings.llm_model,
                api_base=settings.llm_base_url,
                api_key=settings.llm_api_key,
                is_chat_model=True,
                context_window=4096,
                max_tokens=settings.llm_max_tokens,
                temperature=0.0,
                timeout=settings.llm_timeout_s,
                max_retries=1,
            )
    raise ValueError(f"unknown llm_backend {settings.llm_backend!r}")


def _response_format(kind: str, schema: dict) -> dict:
    match kind:
        case "json_schema":  # OpenAI, vLLM, llama.cpp's own server
            return {"response_format": {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema}}}
        case "json_object":  # llama-cpp-python's server
            return {"response_format": {"type": "json_object", "schema": schema}}
    return {}  # the prompt asks for JSON; the reply is parsed leniently


@functools.lru_cache(maxsize=8)
def _grammar(schema: str):
    from llama_cpp import LlamaGrammar

    return LlamaGrammar.from_json_schema(schema, verbose=False)


# Set by whoever runs an answer for a client that may go away (the service): when the event is set, the model is not
# started, or stops at its next token.
CANCEL: ContextVar[threading.Event | None] = ContextVar("newsqa_llm_cancel", default=None)


class Cancelled(RuntimeError):
    """The answer's client went away: the model was not run, or was stopped."""


def _check_cancel() -> threading.Event | None:
    cancel = CANCEL.get()
    if cancel is not None and cancel.is_set():
        raise Cancelled("the client went away")
    return cancel


class PromptTooLong(ValueError):
    """The prompt and the reply it asks for would not fit the model's context window; nothing was sent."""


def prompt_tokens(llm: LLM, messages: list[ChatMessage]) -> int:
    """Tokens of `messages` as the model counts them (the bundled model's own tokenizer), else an upper estimate."""
    text = chatml(messages)
    model = getattr(llm, "_model", None)
    if model is not None and hasattr(model, "tokenize"):
        return len(model.tokenize(text.encode("utf-8", errors="replace"), add_bos=False, special=True))
    return len(text.encode("utf-8")) // 2  # a token is at least two bytes for English text


class Generator:
    """One LLM per process, loaded on first use; calls are serialised (llama.cpp is not thread-safe)."""

    def __init__(self, settings: Settings, llm: LLM | None = None):
        self.settings = settings
        self._llm = llm
        self._lock = threading.Lock()

    @property
    def llm(self) -> LLM:
        with self._lock:
            if self._llm is None:
                self._llm = make_llm(self.settings)
            return self._llm

    def check_fits(self, llm: LLM, messages: list[ChatMessage], max_tokens: int) -> None:
        used = prompt_tokens(llm, messages)
        if used + max_tokens > CONTEXT_WINDOW:
            raise PromptTooLong(f"{used} prompt tokens and {max_tokens} for the reply exceed {CONTEXT_WINDOW}")

    def _stoppable(self, options: dict) -> dict:
        """`options` with a stop on cancellation, for the bundled model (llama.cpp checks it at every token)."""
        cancel = _check_cancel()
        if cancel is None or self.settings.llm_backend != "bundled":
            return options
        from llama_cpp import StoppingCriteriaList

        return {**options, "stopping_criteria": StoppingCriteriaList([lambda tokens, logits: cancel.is_set()])}

    def _run(self, messages: list[ChatMessage], max_tokens: int, options: dict, call):
        """One call of the model: checked to fit its context, serialised, stoppable by a client that goes away."""
        llm = self.llm
        self.check_fits(llm, messages, max_tokens)
        with self._lock:
            options = self._stoppable(options)  # checked again once the model is free: the client may have left
            reply = call(llm, options)
        _check_cancel()
        return reply

    def complete(self, messages: list[ChatMessage]) -> str:
        return self._run(
            messages, self.settings.llm_max_tokens, {}, lambda llm, o: llm.chat(messages, **o).message.content or ""
        )

    @property
    def continues_replies(self) -> bool:
        """Whether a reply can be begun in the prompt (`continue_reply`): the bundled model's raw completion can; an
        OpenAI-compatible server's chat API cannot."""
        return self.settings.llm_backend == "bundled"

    def continue_reply(
        self,
        messages: list[ChatMessage],
        opening: str,
        max_tokens: int,
        stop: Sequence[str],
        steps: list[float] | None = None,
    ) -> str:
        """The model's reply begun with `opening` (written into the prompt), continued until any of `stop`: the
        continuation alone. Structure the opening fixes needs no grammar, whose cost per token over a 151k-token
        vocabulary is about a third of a short reply's time (1.5B reader, measured). With `steps`, the log-probability
        of the model's most likely token at each step is appended to it, read from the logits as it generates (its
        confidence in the greedy reply; nothing more is computed by the model)."""
        options = {"max_tokens": max_tokens, "stop": [*CHATML_STOP, *stop]}
        if steps is not None:
            from answer.llama_cpp_llm import confidence_recorder

            options["logits_processor"] = confidence_recorder(steps)
        prompt = chatml(messages) + opening
        return self._run(
            messages, max_tokens, options, lambda llm, o: llm.complete(prompt, formatted=True, **o).text or ""
        )

    @property
    def judges(self) -> str | None:
        """The name of the model that judges a choice by its next-token probabilities (`choice_probability`): the
        bundled model as `bundled_llm` names it, a server's model as `llm_model` names it (serve the bundled reader's
        weights as `qwen2.5-1.5b` and the refusal model fitted on its judgements applies); None for a model file given
        by path."""
        if self._llm is not None and not hasattr(self._llm, "choice_probability"):
            return None  # an LLM given to the engine (tests' scripted replies) has no next-token distribution
        if self.settings.llm_backend == "openai":
            return self.settings.llm_model
        return None if self.settings.llm_model_path else self.settings.bundled_llm

    def choice_probability(self, messages: list[ChatMessage], choices: tuple[str, str] = ("yes", "no")) -> float | None:
        """How much more the model's reply to `messages` begins with `choices[0]` than with `choices[1]`, as a
        probability, without generating: one forward pass of the bundled model, or one reply token of a server with
        its log probabilities. None when a server gives none (see `judges`)."""
        if self.settings.llm_backend == "openai":
            return self._run(messages, 1, {}, lambda llm, o: llm.choice_probability(messages, choices))
        prompt = chatml(messages)
        return self._run(messages, 1, {}, lambda llm, o: llm.choice_probability(prompt, choices))

    def json(self, messages: list[ChatMessage], schema: dict, max_tokens: int, stop: Sequence[str] = ()) -> str:
        """The model's reply constrained to JSON of `schema`: a llama.cpp grammar for the bundled model, the
        `response_format` of OpenAI-compatible servers (vLLM, llama.cpp server, Ollama) otherwise. Generation ends
        early at any of `stop` (left out of the reply)."""
        if self.settings.llm_backend == "bundled":
            options = {"grammar": _grammar(json.dumps(schema)), "max_tokens": max_tokens}
            if stop:
                options["stop"] = [*CHATML_STOP, *stop]
        else:
            options = {"max_tokens": max_tokens, **_response_format(self.settings.llm_json_format, schema)}
            if stop:
                options["stop"] = list(stop)[:4]  # OpenAI's API takes up to 4
        return self._run(messages, max_tokens, options, lambda llm, o: llm.chat(messages, **o).message.content or "")
