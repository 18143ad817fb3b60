# Two commands for a fresh clone:  make run  (serve on SQLite)   make test  (install and run every test)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test bench rules-check clean

# The virtual environment is rebuilt whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(PY) -m screener rules check
	$(PY) -m flask --app wsgi run --host $(HOST) --port $(PORT)

test: $(VENV)/.installed
	scripts/install-system-packages
	$(PY) -m screener rules check
	$(PY) -m pytest

bench: $(VENV)/.installed
	command -v wrk >/dev/null || scripts/install-system-packages wrk
	$(PY) bench/run.py
	$(PY) bench/load.py

clean:
	rm -rf $(VENV) .pytest_cache
