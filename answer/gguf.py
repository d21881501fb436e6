"""The bundled GGUF in the format llama.cpp reads fastest on this CPU.

The model ships as Q4_1, which llama.cpp's batched CPU kernels (llamafile sgemm) do not take: reading a prompt then
runs at about 300 tokens/s on 2 cores. The same weights re-encoded as Q8_0 (8 bits hold every 4-bit value of a Q4_1
block to within 1/254 of the block's range) are read about twice as fast. The conversion runs once, through
llama.cpp's own quantizer, into the data folder; nothing is downloaded.
"""

from __future__ import annotations

import ctypes
import logging
import os
from pathlib import Path

log = logging.getLogger("newsqa.llm")

FORMATS = {"q8_0": "LLAMA_FTYPE_MOSTLY_Q8_0"}


def runnable_model(source: Path, cache_dir: Path, fmt: str) -> Path:
    """The model file to load: `source` converted to `fmt` (cached beside the index), or `source` itself."""
    if fmt == "as_shipped":
        return source
    target = cache_dir / f"{source.stem}.{fmt}.gguf"
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    import llama_cpp
    from llama_cpp._utils import suppress_stdout_stderr

    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")  # several workers may convert at once
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = getattr(llama_cpp, FORMATS[fmt])
    params.allow_requantize = True
    params.nthread = os.cpu_count() or 1
    with suppress_stdout_stderr(disable=False):  # llama.cpp logs every tensor
        rc = llama_cpp.llama_model_quantize(str(source).encode(), str(partial).encode(), ctypes.byref(params))
    if rc != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        log.warning("could not convert %s to %s (llama.cpp returned %s); running it as shipped", source, fmt, rc)
        return source
    os.replace(partial, target)  # atomic: a reader sees the whole file or none
    log.info("converted %s to %s at %s", source.name, fmt, target)
    return target
