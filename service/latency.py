"""How long this process's answers have taken, by answer mode: the chat page states it beside the mode it offers."""

from __future__ import annotations

import statistics
import threading
from collections import deque

KEPT = 200  # the latest answers per mode


class AnswerTimes:
    def __init__(self, kept: int = KEPT):
        self._times: dict[str, deque[float]] = {}
        self._kept = kept
        self._lock = threading.Lock()

    def record(self, mode: str, ms: float) -> None:
        with self._lock:
            self._times.setdefault(mode, deque(maxlen=self._kept)).append(ms)

    def summary(self) -> dict[str, dict[str, float]]:
        """Per mode: the median and 95th percentile in ms of the latest answers, and how many they are."""
        with self._lock:
            kept = {mode: sorted(times) for mode, times in self._times.items() if times}
        return {
            mode: {"p50_ms": round(statistics.median(t), 1), "p95_ms": round(t[min(len(t) - 1, int(0.95 * len(t)))], 1),
                   "n": len(t)}
            for mode, t in kept.items()
        }  # fmt: skip
