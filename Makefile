PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install demo test bench clean

$(BIN)/warta: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/warta

install: $(BIN)/warta

demo: install
	$(BIN)/warta ingest samples --db warta.duckdb

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build dist src/*.egg-info warta.duckdb
