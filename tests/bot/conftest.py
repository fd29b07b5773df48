"""Fixtures for engine-level tests: the real engine over the session's policy store."""
from __future__ import annotations

import shutil

import pytest

from bot.engine.engine import Engine
from bot.engine.intents import IntentClassifier
from bot.engine.replies import PROMPTS_DIR
from bot.engine.retrieval import Retriever
from bot.store import Store
from tests.stubs import OpenAIStub


def make_engine(policy_store, llm=None) -> Engine:
    _, embedder, store = policy_store
    retriever = Retriever(store, embedder)
    intents = IntentClassifier.from_file(PROMPTS_DIR / "intents.yaml", embedder)
    return Engine(retriever, intents, llm=llm)


@pytest.fixture(scope="session")
def policy_engine(policy_store) -> Engine:
    """The offline engine (no language model) over the policy and contacts; warmed once."""
    engine = make_engine(policy_store)
    engine.warm_up()
    return engine


@pytest.fixture
def policy_copy(policy_store, tmp_path):
    """(StoreConfig, embedder): a copy of the session's ingested knowledge folder and Chroma store,
    free to change (approved answers saved, documents edited, re-ingested)."""
    from ingest.config import StoreConfig

    config, embedder, _ = policy_store
    shutil.copytree(config.knowledge_dir, tmp_path / "knowledge")
    shutil.copytree(config.chroma_path, tmp_path / "chroma")
    return StoreConfig(knowledge_dir=tmp_path / "knowledge", chroma_path=tmp_path / "chroma"), embedder


@pytest.fixture
def approving_engine(policy_copy):
    """(engine, approvals, approved-answers folder): the offline engine over a copy of the policy, and
    approved answers saved beside it (approved on 3 March 2025, asked about on 10 March)."""
    from datetime import date

    from bot.coordinator.workflow import Approvals
    from ingest.indexer import ingest_locked
    from ingest.store import KnowledgeStore

    config, embedder = policy_copy
    knowledge = KnowledgeStore(config, embedder.model_id)
    engine = Engine(Retriever(knowledge, embedder), IntentClassifier.from_file(PROMPTS_DIR / "intents.yaml", embedder),
                    today=lambda: date(2025, 3, 10))

    def reindex() -> dict:
        summary = ingest_locked(config, embedder).as_dict()
        engine.retriever.refresh(force=True)  # a running server notices within 5 s; the tests do not wait
        return summary

    approvals = Approvals(config, knowledge.files, reindex=reindex, today=lambda: date(2025, 3, 3))
    return engine, approvals, config.approved_path


@pytest.fixture
def store_env(policy_store, tmp_path, monkeypatch):
    """Environment for running `python -m bot …` against the session's store."""
    config, _, _ = policy_store
    env = {"KNOWLEDGE_DIR": str(config.knowledge_dir), "CHROMA_PATH": str(config.chroma_path),
           "ESCALATION_DB": str(tmp_path / "escalations.sqlite3")}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    return env


def pytest_configure(config):
    config.addinivalue_line("markers", "store_lock_wait(seconds): the `store` fixture's writes wait that long "
                                       "for another writer, then fail (tests of a locked database)")


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "escalations.sqlite3"


@pytest.fixture
def store(store_path, new_sqlite, request):
    """A fresh escalation store (SQLite in tmp_path). With `@pytest.mark.store_lock_wait(s)` a write
    gives up after s seconds while another process holds the database's lock (`locks.locked`)."""
    marker = request.node.get_closest_marker("store_lock_wait")
    options = {"lock_wait_seconds": marker.args[0]} if marker else {}
    s = Store.from_url(new_sqlite(store_path), **options)
    s.create_schema()
    yield s
    s.close()


@pytest.fixture
def openai_stub():
    """A local OpenAI-compatible server (tests/stubs/openai_stub.py)."""
    with OpenAIStub() as s:
        yield s

