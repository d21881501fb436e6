"""Run by test_crash_safety in a subprocess: replace one article, and SIGKILL this process at a chosen point.

    python -m tests.crash_ingest CORPUS DATA SOURCE NEW_TEXT_FILE POINT N

POINT is add, commit or delete: the process kills itself right after the N-th call of that store method.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from index.ingest import Indexer
from index.store import ChunkStore
from newsqa.settings import Settings


def main() -> None:
    corpus, data, source, new_text, point, nth = sys.argv[1:7]
    settings = Settings(corpus_dir=Path(corpus), data_dir=Path(data), embed_batch_size=4, _env_file=None)
    calls = {"n": 0}
    original = getattr(ChunkStore, point)

    def dying(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        calls["n"] += 1
        if calls["n"] >= int(nth):
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    setattr(ChunkStore, point, dying)
    Indexer(settings).put(source, Path(new_text).read_bytes())
    print("finished without being killed")


if __name__ == "__main__":
    main()
