# Everyday commands. `make demo` and `make test` are the README's two commands for a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: install demo test

$(BIN)/policykg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/policykg

## Ingest the bundled sample into ./demo-db and serve the API and the page on http://127.0.0.1:$(PORT)/
demo: install
	$(BIN)/policykg ingest data/corpus --db demo-db
	$(BIN)/policykg serve --db demo-db --port $(PORT)

## Run the whole test suite (unit, golden, end-to-end, browser, reliability)
test: install
	$(BIN)/pytest
