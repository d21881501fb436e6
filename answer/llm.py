"""LLM backends behind llama-index's LLM classes, chosen by setting and imported only when used."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator, Sequence

from llama_index.core.llms import LLM, ChatMessage

from answer.gguf import runnable_model
from index.models import llm_model_file
from newsqa.settings import Settings

CHATML_STOP = ["<|im_end|>", "<|im_start|>"]
_END = object()


def chatml(messages: Sequence[ChatMessage]) -> str:
    """ChatML, the chat format SmolLM2 was trained on."""
    body = "".join(f"<|im_start|>{m.role.value}\n{m.content}<|im_end|>\n" for m in messages)
    return body + "<|im_start|>assistant\n"


def make_llm(settings: Settings) -> LLM:
    match settings.llm_backend:
        case "bundled":
            try:
                from llama_index.llms.llama_cpp import LlamaCPP
            except ImportError as exc:  # pragma: no cover - depends on the install
                raise RuntimeError("the bundled backend needs llama-cpp-python: pip install llama-cpp-python") from exc
            model = runnable_model(llm_model_file(settings.llm_model_path), settings.data_dir / "models",
                                   settings.llm_cpu_format)  # fmt: skip
            return LlamaCPP(
                model_path=str(model),
                temperature=0.0,
                max_new_tokens=settings.llm_max_tokens,
                context_window=2048,
                generate_kwargs={"stop": CHATML_STOP, "top_k": 1, "repeat_penalty": 1.1, "seed": 0},
                model_kwargs={"n_threads": settings.llm_threads, "n_ctx": 2048, "seed": 0},
                messages_to_prompt=chatml,
                completion_to_prompt=lambda p: chatml([ChatMessage(role="user", content=p)]),
                verbose=False,
            )
        case "openai":
            from llama_index.llms.openai_like import OpenAILike

            return OpenAILike(
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

    def complete(self, messages: list[ChatMessage]) -> str:
        llm = self.llm
        with self._lock:
            return llm.chat(messages).message.content or ""

    def stream(self, messages: list[ChatMessage]) -> Iterator[str]:
        """Text deltas as the model produces them. The model runs in its own thread, so a consumer that stops
        early (a client that hangs up) never leaves the model locked: generation stops at the next delta."""
        llm = self.llm
        deltas: queue.Queue = queue.Queue()
        stop = threading.Event()

        def produce() -> None:
            with self._lock:
                try:
                    for part in llm.stream_chat(messages):
                        if stop.is_set():
                            break
                        if part.delta:
                            deltas.put(part.delta)
                except Exception as exc:  # handed to the consumer
                    deltas.put(exc)
                finally:
                    deltas.put(_END)

        threading.Thread(target=produce, name="newsqa-llm", daemon=True).start()
        try:
            while (item := deltas.get(timeout=self.settings.llm_timeout_s)) is not _END:
                if isinstance(item, Exception):
                    raise item
                yield item
        finally:
            stop.set()
