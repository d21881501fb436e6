# newsqa task runner: `make serve` and `make test` are the two commands a fresh machine needs.
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: setup serve test lint eval bench bench-quick ingest clean

# Create the venv and install the project once; re-run only when pyproject.toml changes.
# torch comes first, pinned to the CPU wheel on this machine's disk, so nothing pulls a CUDA build.
$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

serve: setup  ## build the index from seeds/ if missing or stale, then serve on 127.0.0.1:8000
	$(VENV)/bin/newsqa serve

ingest: setup
	$(VENV)/bin/newsqa ingest

test: setup  ## the whole suite
	$(VENV)/bin/pytest

lint: setup
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

eval: setup
	$(VENV)/bin/newsqa eval

bench: setup  ## every benchmark, then bench/report.md (first run up to an hour: 100k chunks are embedded once)
	$(PY) -m bench

bench-quick: setup  ## the same with fewer requests and up to 10k chunks
	$(PY) -m bench --quick

clean:
	rm -rf data .pytest_cache
