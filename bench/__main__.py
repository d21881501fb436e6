"""Every benchmark in turn, then bench/report.md.

    python -m bench            # the full run: up to an hour the first time (100k chunks are embedded once, cached)
    python -m bench --quick    # fewer requests, growth up to 10k chunks: a few minutes once bench/cache/ holds 10k

Each step is its own process (its own peak RSS, nothing shared); a failing step is reported and the others still
run, and the report is written from whatever results exist, with the date each was measured.
"""

from __future__ import annotations

import subprocess
import sys
import time

import typer
from rich.console import Console

from bench.service import ROOT

console = Console(stderr=True)

# each step with how long it takes on 2 cores (growth: once its corpora are cached in bench/cache/)
FULL = [
    (["bench.ingest"], "2 min"),
    (["bench.http"], "6 min"),
    (["bench.kept_prefixes"], "3 min"),
    (["bench.timeaware"], "2 min"),
    (["bench.spelling"], "10 s"),
    (["bench.load", "throughput"], "2 min"),
    (["bench.load", "mixed"], "2 min"),
    (["bench.load", "abandoned"], "1 min"),
    (["bench.growth", "main", "--sizes", "1000,10000,100000"], "10 min; the first time up to 2 hours"),
]
QUICK = [
    (["bench.ingest", "--articles", "50"], "1 min"),
    (["bench.http", "--requests", "100", "--generative", "5", "--side-by-side", "5"], "4 min"),
    (["bench.kept_prefixes", "--questions", "4"], "2 min"),
    (["bench.timeaware", "--rounds", "1"], "1 min"),
    (["bench.spelling"], "10 s"),
    (["bench.load", "throughput", "--requests", "200"], "1 min"),
    (["bench.load", "mixed", "--seconds", "20"], "1 min"),
    (["bench.load", "abandoned", "--generative", "30", "--probes", "20"], "1 min"),
    (["bench.growth", "main", "--sizes", "1000,10000"], "3 min; the first time about 10"),
]


def main(quick: bool = typer.Option(False, "--quick", help="Fewer requests; growth up to 10k chunks")) -> None:
    steps = QUICK if quick else FULL
    started = time.perf_counter()
    failed = []
    for i, (step, expected) in enumerate(steps, 1):
        console.rule(f"[bold]{i}/{len(steps)}  python -m {' '.join(step)}[/]  (about {expected})")
        t = time.perf_counter()
        rc = subprocess.run([sys.executable, "-m", *step], cwd=ROOT, stdout=subprocess.DEVNULL).returncode
        took = time.perf_counter() - t
        if rc:
            failed.append(" ".join(step))
            console.print(f"[red]failed[/] (exit {rc}) after {took:.0f} s; its error is printed above")
        else:
            console.print(f"done in {took:.0f} s")
    subprocess.run([sys.executable, "-m", "bench.report"], cwd=ROOT, check=True)
    console.rule(f"bench/report.md written; {time.perf_counter() - started:.0f} s in all")
    if failed:
        console.print(f"[red]{len(failed)} step(s) failed:[/] " + "; ".join(failed))
        raise typer.Exit(1)


if __name__ == "__main__":
    typer.run(main)
