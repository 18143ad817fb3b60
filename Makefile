# Two commands for a fresh clone:  make run  (serve on SQLite)   make test  (install and run every test)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test fuzz bench soak messages plain-language clean

# The virtual environment is rebuilt whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

# Local use only: a development data key made once in the git-ignored instance/ folder, and the
# SQLite database beside it. A real server sets SCREENER_DATA_KEY itself (see the README).
DEV_DATA_KEY := instance/dev_data_key
DEV_ENV = SCREENER_DATA_KEY="$${SCREENER_DATA_KEY:-$$(cat $(DEV_DATA_KEY))}"

run: $(VENV)/.installed $(DEV_DATA_KEY)
	$(PY) -m screener rules check
	$(DEV_ENV) $(PY) -m screener db upgrade
	$(DEV_ENV) $(PY) -m flask --app wsgi run --host $(HOST) --port $(PORT)

$(DEV_DATA_KEY): | $(VENV)/.installed
	mkdir -p instance
	umask 077 && $(PY) -m screener keys generate > $@.tmp && mv $@.tmp $@

test: $(VENV)/.installed
	scripts/install-system-packages
	$(PY) -m screener rules check
	SCREENER_FUZZ=quick $(PY) -m pytest

# The fuzzing of tests/fuzz/ at length: many more inputs than `make test` tries, a fresh seed each run.
fuzz: $(VENV)/.installed
	SCREENER_FUZZ=long $(PY) -m pytest tests/fuzz

bench: $(VENV)/.installed
	command -v wrk >/dev/null || scripts/install-system-packages wrk
	$(PY) bench/run.py
	$(PY) bench/load.py
	$(MAKE) soak

# Bounded soak on PostgreSQL (127.0.0.1:5432): every acknowledged save must read back intact.
soak: $(VENV)/.installed
	scripts/start-postgres
	$(PY) bench/soak.py

# After changing any text: re-extract every message into the catalogs (then translate the new ones).
messages: $(VENV)/.installed
	$(PY) -m screener.i18n update
	$(PY) -m screener.i18n coverage

# Reading grade of every English text (median, worst, and each one above grade 8).
plain-language: $(VENV)/.installed
	$(PY) -m screener.readability

clean:
	rm -rf $(VENV) .pytest_cache
