"""Fixtures for the ingest tests: `python -m ingest` run in this process."""
from __future__ import annotations

import io
import os
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from unittest import mock

import pytest


@pytest.fixture
def cli(local_embedder):
    """cli(*args, cwd=, env=): `python -m ingest ARGS` from `cwd` with `env` added to the environment,
    run in this process with the session's real local model (a process would load it at every run):
    its exit code, standard output and standard error."""
    import bot.app.settings
    import ingest.cli

    real = ingest.cli.batch_embedder

    def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        out, err = io.StringIO(), io.StringIO()
        saved_env, saved_cwd = dict(os.environ), os.getcwd()
        patches = {"batch_embedder": lambda config: local_embedder if config.embeddings == "local" else real(config)}
        os.environ.update(env or {})
        os.chdir(cwd)
        saved_file, bot.app.settings.ENV_FILE = bot.app.settings.ENV_FILE, ".env"  # as a process: the folder's .env
        try:
            with mock.patch.multiple(ingest.cli, **patches), redirect_stdout(out), redirect_stderr(err):
                try:
                    code = ingest.cli.main(list(args))
                except SystemExit as e:  # argparse's usage errors
                    code = e.code if isinstance(e.code, int) else 2
        finally:
            bot.app.settings.ENV_FILE = saved_file
            os.chdir(saved_cwd)
            os.environ.clear()
            os.environ.update(saved_env)
        return subprocess.CompletedProcess(["python", "-m", "ingest", *args], code, out.getvalue(), err.getvalue())

    return run
