"""Helpers for benchmarks: run `newsqa serve` or `chroma run` on 127.0.0.1, read RSS, percentiles."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# The benchmarks measure extractive answers and SmolLM2 unless they name a mode or a model: the service's own defaults
# (generative answers by the 1.5B reader) would load 1.1 GB into every service and engine they start.
BASELINE = {"answer_mode": "extractive", "bundled_llm": "smollm2-135m"}
BASELINE_ENV = {f"NEWSQA_{key.upper()}": value for key, value in BASELINE.items()}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int, children: bool = True) -> float:
    """Resident memory of a process (and its children) in MB, from /proc."""
    pids = [pid]
    if children:
        with contextlib.suppress(FileNotFoundError):
            pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    total = 0
    for p in pids:
        with contextlib.suppress(FileNotFoundError):
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total / 1024


def pct(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


@contextlib.contextmanager
def server_process(cmd: list[str], ready_url: str, log_path: Path | None = None, timeout: float = 90, **popen):
    """Start a server process on 127.0.0.1, wait until `ready_url` answers 200, stop it afterwards.
    Raises RuntimeError, with the end of its log, if it exits or does not answer in time."""
    with open(log_path or os.devnull, "w") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, **popen)
        try:
            _wait(ready_url, timeout, proc)
        except RuntimeError as exc:
            proc.kill()
            tail = log_path.read_text()[-2000:] if log_path else ""
            raise RuntimeError(f"{exc}\n{tail}") from None
        try:
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


@contextlib.contextmanager
def chroma_server(path: Path, log_path: Path | None = None, timeout: float = 60):
    """`chroma run` over `path`; yields its port."""
    port = free_port()
    exe = shutil.which("chroma") or str(BIN / "chroma")
    cmd = [exe, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)]
    log_path = log_path or path.parent / "chroma.log"
    with server_process(cmd, f"http://127.0.0.1:{port}/api/v2/heartbeat", log_path, timeout):
        yield port


@contextlib.contextmanager
def newsqa_service(env: dict[str, str], workers: int = 1, log_path: Path | None = None):
    """`newsqa serve` in a subprocess; yields (url, pid, seconds from start to /readyz == 200)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    cmd = [str(BIN / "newsqa"), "serve", "--port", str(port), "--workers", str(workers)]
    with server_process(
        cmd, f"{url}/readyz", log_path, 300, cwd=ROOT, env={**os.environ, **BASELINE_ENV, **env}
    ) as proc:
        yield url, proc.pid, time.perf_counter() - started


def _wait(url: str, timeout: float, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode} before {url} answered")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{proc.args[0]} did not answer {url} within {timeout:.0f} s")
