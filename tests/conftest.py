"""Shared fixtures: a clean environment for every test, one real knowledge store per session.

`policy_store` ingests a copy of the repository's knowledge/ folder (the policy and
contacts.yaml) into a temporary embedded Chroma with the real local embeddings, once
per session; treat it as read-only. Tests that change a store build their own in tmp_path.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ingest.config import StoreConfig
from ingest.embeddings import LocalE5Embeddings
from ingest.indexer import ingest, ingest_lock
from ingest.store import KnowledgeStore

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"

# Settings a developer's shell or .env may hold that would point a test at real services or files.
_LEAKY_PREFIXES = ("OPENAI_", "AZURE_OPENAI_", "SLACK_", "TEAMS_", "MICROSOFT_APP", "CHROMA_", "WEB_")
_LEAKY_NAMES = ("DATABASE_URL", "KNOWLEDGE_DIR", "ESCALATION_DB", "EMBEDDINGS", "INGEST_LOCK_DIR",
                "APPROVED_ANSWERS_DIR", "PROMPTS_DIR", "CHAT_OFFER_ALWAYS", "LLM", "PORT", "DOCUMENTS_BASE_URL")


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch):
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
def local_embedder() -> LocalE5Embeddings:
    """The real multilingual-e5-small embedder, loaded once for the session."""
    return LocalE5Embeddings()


@pytest.fixture(scope="session")
def policy_store(tmp_path_factory, local_embedder):
    """(StoreConfig, embedder, KnowledgeStore) over a copy of knowledge/, ingested once per session."""
    root = tmp_path_factory.mktemp("policy_store")
    knowledge = root / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    config = StoreConfig(knowledge_dir=knowledge, chroma_path=root / "chroma")
    store = KnowledgeStore(config, local_embedder.model_id)
    with ingest_lock(config):
        summary = ingest(store, local_embedder)
    assert not summary.failed and summary.added == 2, summary
    yield config, local_embedder, store
    store.close()


@pytest.fixture
def retriever(policy_store):
    """A Retriever (hybrid BM25 + e5) over the session's policy store."""
    from bot.retrieval import Retriever

    _, embedder, store = policy_store
    return Retriever(store, embedder)
