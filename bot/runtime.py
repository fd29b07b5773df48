"""The composition root: builds the engine and its parts from Settings. Nothing here runs at import."""
from __future__ import annotations

from ingest.embeddings import make_embeddings
from ingest.store import KnowledgeStore

from .engine import Engine
from .intents import IntentClassifier
from .retrieval import Retriever
from .settings import Settings


def build_engine(settings: Settings, *, llm=None, use_env_llm: bool = True) -> Engine:
    embedder = make_embeddings(settings.store)
    store = KnowledgeStore(settings.store, embedder.model_id).open(create=False)
    retriever = Retriever(store, embedder)
    intents = IntentClassifier.from_file(settings.prompts_dir / "intents.yaml", embedder)
    if llm is None and use_env_llm:
        from .llm import chat_model_from_env

        llm = chat_model_from_env(settings.env)
    return Engine(retriever, intents, llm=llm, prompts_dir=settings.prompts_dir)


def open_store(settings: Settings):
    from .store import Store

    store = Store.from_url(settings.store_url)
    store.create_schema()
    return store


def serving_engine(settings: Settings) -> Engine:
    """An engine for a long-running adapter: built, then warmed before the first question."""
    engine = build_engine(settings)
    engine.warm_up()
    return engine


def reindexer(settings: Settings):
    """A callable that runs one ingestion (under the ingest lock) and returns its summary dict."""
    def reindex() -> dict:
        from ingest.indexer import ingest, ingest_lock

        embedder = make_embeddings(settings.store)
        store = KnowledgeStore(settings.store, embedder.model_id)
        with ingest_lock(settings.store):
            try:
                return ingest(store, embedder).as_dict()
            finally:
                close = getattr(store, "close", None)
                if close:
                    close()
    return reindex


def knowledge_summary(settings: Settings):
    """A callable listing the documents the bot knows: [{"title", "source", "ingested_at"}]."""
    def summary() -> list[dict]:
        embedder = make_embeddings(settings.store)
        records = KnowledgeStore(settings.store, embedder.model_id).open(create=False).files()
        return [{"title": r.title, "source": r.source, "ingested_at": r.ingested_at}
                for r in sorted(records.values(), key=lambda r: r.source)]
    return summary
