# Two commands for a new user: `make run` and `make test`. Everything else is set-up they trigger.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test ingest bench lock clean

$(STAMP): pyproject.toml requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

# A document that fails to load is reported and skipped (ingest exits 1); the bot still starts.
run: $(STAMP)
	$(PY) -m ingest || [ $$? -eq 1 ]
	$(PY) -m bot run

# The checks first (lint, types, the layers' import contracts), then the tests.
test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q

ingest: $(STAMP)
	$(PY) -m ingest

bench: $(STAMP)
	$(PY) -m bench

# Re-pin the whole dependency tree after changing pyproject.toml.
lock:
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

clean:
	rm -rf $(VENV) .data
