# Two commands for a new user: `make run` and `make test`. Everything else is set-up they trigger.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test ingest bench lock clean docker-check

# The locks are complete: what the bot runs on, then what the tests need besides (the image installs
# only the first). --no-deps: exactly what they list, nothing a dependency declares but never uses.
$(STAMP): pyproject.toml requirements.lock requirements-test.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock -r requirements-test.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

# A document that fails to load is reported and skipped (ingest exits 1); the bot still starts.
run: $(STAMP)
	$(PY) -m ingest || [ $$? -eq 1 ]
	$(PY) -m bot run

# The checks first (lint, types, the layers' import contracts), then the tests, in two processes
# (pytest-xdist). --dist loadfile: a file's tests run in one process, in order, and its module fixtures
# are made once (tests/deploy/test_replicas.py's last test reads what the others made its replicas log).
# `pytest -q tests/...` alone runs in one process.
test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q -n 2 --dist loadfile

ingest: $(STAMP)
	$(PY) -m ingest

bench: $(STAMP)
	$(PY) -m bench

# Re-pin after changing pyproject.toml: requirements.lock and requirements-test.lock (tools/lock.py).
lock:
	$(PYTHON) tools/lock.py --python $(PYTHON)

# Not part of `make test` or CI: needs a Docker engine. Builds the image from the committed tree
# and checks it for real (tests/deploy/docker_check.py).
docker-check: $(STAMP)
	$(PY) -m tests.deploy.docker_check

clean:
	rm -rf $(VENV) .data
