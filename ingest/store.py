"""The knowledge store: chunks and a per-file manifest in Chroma (embedded or server).

Two collections: `<name>` holds chunks with their vectors; `<name>-files` holds one
record per source file (its hash, title, chunk count, when it was ingested). A chunk
counts only when its file record names the chunk's file hash, so a file's new chunks
replace the old ones the moment its record is updated — after they are all written.
Chunks of an interrupted write are orphans: never served, purged by the next ingest.

Chroma never embeds anything here (no embedding function is attached to a
collection, so its default model, which downloads, can never run).
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from .config import ConfigError, StoreConfig
from .document import Chunk

_BATCH = 500
_MODEL_KEY = "embedding_model"


class StoreError(Exception):
    """The store cannot be used as asked; the message tells the operator what to do."""


class EmbeddingModelMismatch(StoreError):
    pass


@dataclass(frozen=True)
class FileRecord:
    source: str
    file_hash: str
    title: str
    chunks: int
    ingested_at: float
    kind: str = "document"
    mtime: float = 0.0
    size: int = 0


@dataclass(frozen=True)
class StoredChunk:
    id: str
    text: str
    metadata: dict[str, Any]
    distance: float | None = None


def open_client(config: StoreConfig):
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False, allow_reset=False)
    if config.chroma_host:
        try:
            return chromadb.HttpClient(host=config.chroma_host, port=config.chroma_port, settings=settings)
        except Exception as e:  # connection refused, DNS, wrong port
            raise ConfigError(
                f"cannot reach the Chroma server at {config.chroma_host}:{config.chroma_port} "
                f"({e.__class__.__name__}); is it running?"
            ) from e
    config.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(config.chroma_path), settings=settings)


def chunk_metadata(chunk: Chunk) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "source": chunk.source, "title": chunk.title, "section": chunk.section,
        "file_hash": chunk.file_hash, "content_hash": chunk.content_hash,
        "kind": chunk.kind, "ordinal": chunk.ordinal,
    }
    if chunk.page is not None:
        meta["page"] = chunk.page
    return meta


class KnowledgeStore:
    """Chunks and file records. Opening is lazy; nothing connects in the constructor."""

    def __init__(self, config: StoreConfig, model_id: str) -> None:
        self.config = config
        self.model_id = model_id
        self._client = None
        self._chunks = None
        self._files = None

    # -- opening ---------------------------------------------------------------
    @property
    def client(self):
        if self._client is None:
            self._client = open_client(self.config)
        return self._client

    def _files_name(self) -> str:
        return f"{self.config.collection}-files"

    def open(self, *, create: bool) -> "KnowledgeStore":
        """Open the collections; with create=False a missing store is an error telling to ingest."""
        names = {c if isinstance(c, str) else c.name for c in self.client.list_collections()}
        if self.config.collection not in names and not create:
            raise StoreError(
                "the knowledge base is empty: run `python -m ingest` (or `make run`) first"
            )
        if self.config.collection in names:
            chunks = self.client.get_collection(self.config.collection, embedding_function=None)
            built_with = (chunks.metadata or {}).get(_MODEL_KEY)
            if built_with and built_with != self.model_id:
                raise EmbeddingModelMismatch(
                    f"the knowledge base was built with embeddings {built_with!r}, but "
                    f"{self.model_id!r} is configured; re-ingest with `python -m ingest --rebuild` "
                    "or set EMBEDDINGS back"
                )
        else:
            chunks = self.client.create_collection(
                self.config.collection,
                metadata={_MODEL_KEY: self.model_id, "created_at": time.time()},
                configuration={"hnsw": {"space": "cosine"}},
                embedding_function=None,
            )
        self._chunks = chunks
        self._files = self.client.get_or_create_collection(self._files_name(), embedding_function=None)
        return self

    def drop(self) -> None:
        """Delete everything (for --rebuild)."""
        names = {c if isinstance(c, str) else c.name for c in self.client.list_collections()}
        for name in (self.config.collection, self._files_name()):
            if name in names:
                self.client.delete_collection(name)
        self._chunks = self._files = None

    def _require(self):
        if self._chunks is None:
            self.open(create=False)
        return self._chunks, self._files

    # -- file records -----------------------------------------------------------
    def files(self) -> dict[str, FileRecord]:
        _, files = self._require()
        got = files.get(include=["metadatas"])
        out = {}
        for meta in got["metadatas"] or []:
            if meta and meta.get("source"):
                out[meta["source"]] = FileRecord(**{k: meta[k] for k in FileRecord.__dataclass_fields__ if k in meta})
        return out

    def state(self) -> str:
        """Changes whenever an ingest changes anything: readers rebuild their lexical index on it."""
        _, files = self._require()
        got = files.get(ids=["__state__"], include=["metadatas"])
        metas = got["metadatas"] or []
        return str(metas[0].get("version")) if metas and metas[0] else "0"

    def bump_state(self) -> None:
        _, files = self._require()
        files.upsert(ids=["__state__"], embeddings=[[1.0]], metadatas=[{"version": f"{time.time():.6f}"}])

    def commit_file(self, record: FileRecord) -> None:
        _, files = self._require()
        files.upsert(ids=[_file_id(record.source)], embeddings=[[1.0]], metadatas=[record.__dict__.copy()])

    def forget_file(self, source: str) -> None:
        chunks, files = self._require()
        files.delete(ids=[_file_id(source)])
        chunks.delete(where={"source": source})

    # -- chunks -----------------------------------------------------------------
    def write_chunks(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]) -> None:
        col, _ = self._require()
        for i in range(0, len(chunks), _BATCH):
            part = chunks[i:i + _BATCH]
            col.upsert(
                ids=[c.id for c in part],
                embeddings=[list(v) for v in vectors[i:i + _BATCH]],
                documents=[c.text for c in part],
                metadatas=[chunk_metadata(c) for c in part],
            )

    def chunk_ids_by_file(self, source: str) -> dict[str, list[str]]:
        """The stored chunk ids of one source, grouped by file hash."""
        col, _ = self._require()
        got = col.get(where={"source": source}, include=["metadatas"])
        out: dict[str, list[str]] = {}
        for cid, meta in zip(got["ids"], got["metadatas"] or []):
            out.setdefault(meta.get("file_hash", ""), []).append(cid)
        return out

    def delete_chunks(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        col, _ = self._require()
        for i in range(0, len(ids), _BATCH):
            col.delete(ids=ids[i:i + _BATCH])

    def purge_orphans(self, records: dict[str, FileRecord]) -> int:
        """Remove chunks no file record points at (an interrupted write, a deleted file)."""
        stale = [c.id for c in self.iter_chunks(current_only=False)
                 if records.get(c.metadata.get("source")) is None
                 or records[c.metadata["source"]].file_hash != c.metadata.get("file_hash")]
        self.delete_chunks(stale)
        return len(stale)

    def count(self) -> int:
        col, _ = self._require()
        return col.count()

    def iter_chunks(self, *, current_only: bool = True, page_size: int = 2000) -> Iterator[StoredChunk]:
        col, _ = self._require()
        records = self.files() if current_only else {}
        offset = 0
        while True:
            got = col.get(include=["documents", "metadatas"], limit=page_size, offset=offset)
            ids = got["ids"]
            if not ids:
                return
            for cid, doc, meta in zip(ids, got["documents"], got["metadatas"]):
                if current_only:
                    rec = records.get(meta.get("source"))
                    if rec is None or rec.file_hash != meta.get("file_hash"):
                        continue
                yield StoredChunk(cid, doc, dict(meta))
            offset += len(ids)

    def nearest(self, vector: Sequence[float], k: int) -> list[StoredChunk]:
        col, _ = self._require()
        n = min(k, col.count())
        if n == 0:
            return []
        got = col.query(query_embeddings=[list(vector)], n_results=n, include=["documents", "metadatas", "distances"])
        return [StoredChunk(cid, doc, dict(meta), dist) for cid, doc, meta, dist in
                zip(got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0])]


def _file_id(source: str) -> str:
    return "file:" + source


def summary_json(summary: dict) -> str:
    return json.dumps(summary, ensure_ascii=False)
