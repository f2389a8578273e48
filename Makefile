# Everyday commands. `make demo` and `make test` are the README's two commands for a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: install demo test screenshots bench bench-extract bench-reliability bench-remote

$(BIN)/policykg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,tantivy]'
	touch $@

install: $(BIN)/policykg

## Serve the API and the page on http://127.0.0.1:$(PORT)/ from ./demo-db (an empty store ingests the bundled sample first)
demo: install
	$(BIN)/policykg serve --db demo-db --port $(PORT)

## Run the whole test suite (unit, golden, end-to-end, browser, reliability)
test: install
	$(BIN)/pytest

## Retake the README's screenshots (docs/screenshots/) with the browser test
screenshots: install
	POLICYKG_SCREENSHOTS=docs/screenshots $(BIN)/pytest tests/api/test_page_browser.py

## Benchmark at SCALE copies of the sample (1, 10, 100, 1000) with ENGINE (whoosh or tantivy): prints a table and appends it to benchmarks/RESULTS.md
SCALE ?= 100
ENGINE ?= whoosh
bench: install
	nice -n 10 $(BIN)/python -m benchmarks.run --scale $(SCALE) --engine $(ENGINE)

## Extraction time against document length (reports of many headings, long ledgers, repeated figures): prints the growth exponent
bench-extract: install
	nice -n 10 $(BIN)/python -m benchmarks.extract_scaling --record

## Reliability under abuse: KILLS SIGKILLs during ingest, FUZZ hostile files, 50 clients for 60 s while an ingest writes
KILLS ?= 100
FUZZ ?= 400
bench-reliability: install
	nice -n 10 $(BIN)/python benchmarks/reliability_bench.py kills --count $(KILLS)
	nice -n 10 $(BIN)/python benchmarks/reliability_bench.py fuzz --count $(FUZZ)
	nice -n 10 $(BIN)/python benchmarks/reliability_bench.py load --clients 50 --seconds 60

## Push throughput into a throwaway Virtuoso and remote-backend latency beside the embedded store (STORE: a --db folder)
bench-remote: install
	nice -n 10 $(BIN)/python benchmarks/remote_bench.py $(if $(STORE),--db $(STORE)) --record
