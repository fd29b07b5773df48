"""The composition root: builds the engine and its parts from Settings. Nothing here runs at import."""
from __future__ import annotations

from functools import lru_cache

from bot.engine.engine import Engine, shipped_reader
from bot.engine.intents import IntentClassifier
from bot.engine.retrieval import Retriever
from ingest.config import StoreConfig
from ingest.embeddings import make_embeddings
from ingest.store import KnowledgeStore

from .settings import Settings


@lru_cache(maxsize=4)
def shared_embedder(config: StoreConfig):
    """One embedder per process and configuration: the engine, reindex and the report share it."""
    # one question at a time: one thread, and the 4-bit weights (least memory, fastest for one text)
    return make_embeddings(config, threads=1, precision="q4")


def _documents(settings: Settings) -> dict:
    """The file records of the knowledge base, read afresh."""
    embedder = shared_embedder(settings.store)
    store = KnowledgeStore(settings.store, embedder.model_id).open(create=False)
    try:
        return store.files()
    finally:
        store.close()


def build_engine(settings: Settings, *, llm=None, use_env_llm: bool = True) -> Engine:
    embedder = shared_embedder(settings.store)
    store = KnowledgeStore(settings.store, embedder.model_id).open(create=False)
    retriever = Retriever(store, embedder)
    intents = IntentClassifier.from_file(settings.prompts_dir / "intents.yaml", embedder)
    if llm is None and use_env_llm:
        from bot.engine.llm import chat_model

        llm = chat_model(settings.llm)
    return Engine(retriever, intents, llm=llm, prompts_dir=settings.prompts_dir,
                  reader=shipped_reader(settings.store.model_cache_dir))


def open_store(settings: Settings):
    from bot.store import Store

    store = Store.from_url(settings.store_url)
    store.create_schema()
    return store


def serving_engine(settings: Settings) -> Engine:
    """An engine for a long-running adapter: built, then warmed before the first question."""
    from ingest.process import give_back_memory

    engine = build_engine(settings)
    engine.warm_up()
    give_back_memory()
    return engine


def reindexer(settings: Settings):
    """A callable that runs one ingestion (under the ingest lock) and returns its summary dict."""
    def reindex() -> dict:
        from ingest.indexer import ingest_locked

        return ingest_locked(settings.store, shared_embedder(settings.store)).as_dict()
    return reindex


def knowledge_summary(settings: Settings):
    """A callable listing the documents the bot knows: [{"title", "source", "ingested_at", "chunks"}], and for
    the web pages of urls.txt also "url", "fetched_at" and "fetch_error" (empty when the last fetch worked)."""
    def summary() -> list[dict]:
        return [{"title": r.title, "source": r.source, "ingested_at": r.ingested_at, "chunks": r.chunks,
                 **({"url": r.url, "fetched_at": r.fetched_at, "fetch_error": r.fetch_error} if r.url else {})}
                for r in sorted(_documents(settings).values(), key=lambda r: r.source)]
    return summary


def approvals(settings: Settings, reindex=None):
    """The approved answers for the adapters (bot.coordinator.Approvals): `save(escalation, author,
    answer, question=, language=) -> Path` writes <date>-<slug>.md in the approved-answers folder
    (APPROVED_ANSWERS_DIR); `stale()`, `reconfirm(source, by)` and `withdraw(source, by)` for the
    coordinator's review. Each change runs `reindex` (pass the adapters' reindexer)."""
    from bot.coordinator.workflow import Approvals

    return Approvals(settings.store, lambda: _documents(settings), reindex=reindex)


def report_maker(settings: Settings, store, embedder=None):
    """`make_report() -> Report` over the last 28 days (Stockholm dates), the unanswered questions
    grouped by topic with `embedder` (default: the configured one, loaded at the first report)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bot.coordinator.report import build_report, period, topic_grouping
    from bot.coordinator.workhours import DEFAULT_TZ

    embedder = embedder or shared_embedder(settings.store)

    def make_report():
        since, until = period(None, None, datetime.now(ZoneInfo(DEFAULT_TZ)).date())
        return build_report(store, since, until, **topic_grouping(embedder, settings.prompts_dir))
    return make_report


def housekeeper(settings: Settings, store, platforms=("slack", "teams")):
    """The reminders-and-retention chores for the platforms this process serves, with
    ESCALATION_REMIND_HOURS (default 24 working hours) and RETENTION_DAYS (default 90).
    Not started: call `.start(stop_event)`."""
    from bot.coordinator.housekeeping import PLATFORM_KIND, Housekeeper

    return Housekeeper(store, remind_hours=settings.escalation_remind_hours, retention_days=settings.retention_days,
                       platform_kind={p: PLATFORM_KIND[p] for p in platforms})
