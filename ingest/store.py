"""The knowledge store: chunks and a per-file manifest in Chroma (embedded or server).

Two collections: `<name>` holds chunks with their vectors; `<name>-files` holds one
record per source file (its hash, title, chunk count, when it was ingested). A chunk's
record also carries the vectors of its quotable units (ingest.units: a sentence, a list
item, a contact entry), found by `unit_key` (the model and the unit's text), so they are
written with the chunk and removed with it. They stay out of the vector index (which
Chroma keeps in memory) and out of the StoredChunks that readers get: `unit_vectors`
reads them. A chunk counts only when its file record names the chunk's file hash, so a
file's new chunks replace the old ones the moment its record is updated — after they
are all written. Chunks of an interrupted write are orphans: never served, purged by the
next ingest.

Chroma never embeds anything here (no embedding function is attached to a
collection, so its default model, which downloads, can never run).

Embedded Chroma keeps each collection's vector index in the memory of the process
that opened it and does not notice writes made by another process. So every
KnowledgeStore opens its own Chroma instance (not the per-path one Chroma shares
within a process), an ingester reopens it once it holds the lock and closes it
when done, and a reader reopens it when the store's state marker moves.
"""
from __future__ import annotations

import base64
import hashlib
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence

import numpy as np

from .config import ConfigError, StoreConfig
from .document import Chunk

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.config import System

_BATCH = 500
_WRITE_BATCH = 100  # chunks per write: each carries its units' vectors too
_MODEL_KEY = "embedding_model"
_STATE_ID = "__state__"
_UNIT_KEYS = "unit_keys"       # chunk metadata: the keys of its units, space-separated
_UNIT_VECTORS = "unit_vectors"  # chunk metadata: their vectors, float16, base64 (never given to readers)


def unit_key(model_id: str, text: str) -> str:
    """What a unit's vector is found by: the embedding model and the unit's text."""
    return hashlib.sha256(f"{model_id}\n{text}".encode()).hexdigest()[:16]


def _pack(vectors: Sequence[Sequence[float] | np.ndarray]) -> str:
    return base64.b64encode(np.asarray(vectors, dtype=np.float16).tobytes()).decode("ascii")


def _unpack(meta: dict) -> dict[str, np.ndarray]:
    keys = meta.get(_UNIT_KEYS, "").split()
    if not keys or not meta.get(_UNIT_VECTORS):
        return {}
    flat = np.frombuffer(base64.b64decode(meta[_UNIT_VECTORS]), dtype=np.float16).astype(np.float32)
    return dict(zip(keys, flat.reshape(len(keys), -1)))


def _stored(cid: str, doc: str, meta: dict, distance: float | None = None) -> "StoredChunk":
    meta = dict(meta)
    meta.pop(_UNIT_VECTORS, None)
    keys = tuple(meta.pop(_UNIT_KEYS, "").split())
    return StoredChunk(cid, doc, meta, distance, keys)


class StoreError(Exception):
    """The store cannot be used as asked; the message tells the operator what to do."""


class EmbeddingModelMismatch(StoreError):
    pass


@dataclass(frozen=True)
class FileRecord:
    source: str
    file_hash: str  # of the file's bytes and the pipeline (ingest.indexer.file_hash); its chunks carry it
    title: str
    chunks: int
    ingested_at: float
    kind: str = "document"
    mtime: float = 0.0
    size: int = 0
    pipeline: str = ""  # which loaders and chunking made the chunks (ingest.indexer.pipeline_id)
    # A web page of urls.txt (ingest.web): its address, the server's validators, the last fetch.
    url: str = ""
    etag: str = ""
    last_modified: str = ""
    fetched_at: float = 0.0
    fetch_status: str = ""  # "200", "304", "404", "timeout", ...
    fetch_error: str = ""   # why the last fetch failed, for the operator; empty when it worked


@dataclass(frozen=True)
class StoredChunk:
    id: str
    text: str
    metadata: dict[str, Any]
    distance: float | None = None
    unit_keys: tuple[str, ...] = ()  # of the units whose vectors are stored with it (`unit_vectors`)


def _settings():
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=False)


def open_client(config: StoreConfig):
    """A Chroma server client, or an embedded client with a Chroma instance of its own.

    Returns (client, system); system is None for a server, which is one process and
    always consistent.
    """
    import chromadb

    if config.chroma_host:
        try:
            return chromadb.HttpClient(host=config.chroma_host, port=config.chroma_port,
                                       settings=_settings()), None
        except Exception as e:  # connection refused, DNS, wrong port
            raise ConfigError(
                f"cannot reach the Chroma server at {config.chroma_host}:{config.chroma_port} "
                f"({e.__class__.__name__}); is it running?"
            ) from e
    config.chroma_path.mkdir(parents=True, exist_ok=True)
    return _private_persistent_client(str(config.chroma_path))


_CACHE_LOCK = threading.Lock()


def _private_persistent_client(path: str):
    """A PersistentClient whose Chroma instance nobody else in this process shares.

    chromadb caches one instance per path per process; an instance that opened a
    collection before another process wrote to it keeps serving (and, when it
    writes, persisting) its stale in-memory index. Taking the new instance out of
    that cache keeps each store's instance under its own control (reopen, close).
    Relies on chromadb's SharedSystemClient cache (pinned chromadb 1.5.x).
    """
    import chromadb
    from chromadb.api.shared_system_client import SharedSystemClient as shared

    with _CACHE_LOCK:  # not chromadb's _refcount_lock: creating a client takes it
        saved = (shared._identifier_to_system.pop(path, None), shared._identifier_to_refcount.pop(path, None))
        try:
            client = chromadb.PersistentClient(path=path, settings=_settings())
            system = shared._identifier_to_system.pop(path, None)
            shared._identifier_to_refcount.pop(path, None)
        finally:
            if saved[0] is not None:
                shared._identifier_to_system[path] = saved[0]
            if saved[1] is not None:
                shared._identifier_to_refcount[path] = saved[1]
    return client, system


def chunk_metadata(chunk: Chunk) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "source": chunk.source, "title": chunk.title, "section": chunk.section,
        "file_hash": chunk.file_hash, "content_hash": chunk.content_hash,
        "kind": chunk.kind, "ordinal": chunk.ordinal,
    }
    if chunk.page is not None:
        meta["page"] = chunk.page
    if chunk.language:
        meta["lang"] = chunk.language
    if chunk.url:
        meta["url"] = chunk.url
    if chunk.approved:
        meta["approved"] = chunk.approved
    if chunk.approval:
        meta["approval"] = chunk.approval
    return meta


class KnowledgeStore:
    """Chunks and file records. Opening is lazy; nothing connects in the constructor."""

    def __init__(self, config: StoreConfig, model_id: str) -> None:
        self.config = config
        self.model_id = model_id
        self._client: ClientAPI | None = None
        self._system: System | None = None  # the embedded Chroma instance this store owns; None for a server
        self._retired: System | None = None  # the instance before the last reopen, stopped at the next one
        # chromadb Collections, used as Any: what they hold and return is this module's own records
        # (scalars, lists of floats), which chromadb's wider declared types would not let through
        self._chunks: Any = None
        self._files: Any = None
        self._opened_state: str | None = None
        self._count: int | None = None  # of the chunks collection, for nearest()

    # -- opening ---------------------------------------------------------------
    @property
    def client(self) -> ClientAPI:
        if self._client is None:
            self._client, self._system = open_client(self.config)
        return self._client

    def _files_name(self) -> str:
        return f"{self.config.collection}-files"

    def _names(self) -> set[str]:
        return {c if isinstance(c, str) else c.name for c in self.client.list_collections()}

    def open(self, *, create: bool) -> "KnowledgeStore":
        """Open the collections; with create=False a missing store is an error telling to ingest."""
        names = self._names()
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
        self._count = None
        self._files = self.client.get_or_create_collection(self._files_name(), embedding_function=None)
        self._opened_state = self._read_state()
        return self

    def reopen(self) -> None:
        """Forget open handles so the next use reads the store afresh (another process wrote to it).

        The old embedded instance is retired, not stopped, since another thread may still
        be reading through it; it is stopped at the next reopen (left to the garbage
        collector, retired instances pile up in memory). It holds no unsaved writes: only
        an ingester writes, and it closes its instance when done.
        """
        self._chunks = self._files = None
        self._opened_state = None
        if self._system is not None:
            if self._retired is not None:
                self._retired.stop()
            self._retired, self._client, self._system = self._system, None, None

    def close(self) -> None:
        """Release the embedded Chroma instance (its files are complete on disk). Reopens lazily."""
        systems = [s for s in (self._system, self._retired) if s is not None]
        self._client = self._system = self._retired = None
        self._chunks = self._files = None
        self._opened_state = None
        for system in systems:
            system.stop()

    def drop(self) -> None:
        """Delete everything (for --rebuild)."""
        names = self._names()
        for name in (self.config.collection, self._files_name()):
            if name in names:
                self.client.delete_collection(name)
        self._chunks = self._files = None

    def _require(self) -> tuple[Any, Any]:
        if self._chunks is None or self._files is None:
            self.open(create=False)
        assert self._chunks is not None and self._files is not None
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

    def _read_state(self) -> str:
        got = self._files.get(ids=[_STATE_ID], include=["metadatas"])
        metas = got["metadatas"] or []
        return str(metas[0].get("version")) if metas and metas[0] else "0"

    def state(self) -> str:
        """Changes whenever an ingest changes anything: readers rebuild their lexical index on it.

        When it moved since this store was opened, the store is reopened, so what it
        serves next (chunks and vectors) is what that ingest wrote.
        """
        from chromadb.errors import NotFoundError

        self._require()
        try:
            version = self._read_state()
        except NotFoundError:  # rebuilt by another process: the collections are new ones
            version = None
        if version != self._opened_state:
            self.reopen()
            self._require()
            version = self._opened_state
        assert version is not None  # open() read it
        return version

    def bump_state(self) -> None:
        _, files = self._require()
        version = f"{time.time():.6f}"
        files.upsert(ids=[_STATE_ID], embeddings=[[1.0]], metadatas=[{"version": version}])
        self._opened_state = version  # this store wrote it: nothing to reread

    def commit_file(self, record: FileRecord) -> None:
        self.commit_files([record])

    def commit_files(self, records: Sequence[FileRecord]) -> None:
        """Write file records in one call (touched files: a new mtime, nothing else)."""
        _, files = self._require()
        for i in range(0, len(records), _BATCH):
            part = records[i:i + _BATCH]
            files.upsert(ids=[_file_id(r.source) for r in part], embeddings=[[1.0]] * len(part),
                         metadatas=[r.__dict__.copy() for r in part])

    def forget_file(self, source: str) -> None:
        chunks, files = self._require()
        files.delete(ids=[_file_id(source)])
        chunks.delete(where={"source": source})

    # -- chunks -----------------------------------------------------------------
    def write_chunks(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]],
                     units: Sequence[Mapping[str, Sequence[float] | np.ndarray]] | None = None) -> None:
        """Chunks with their vectors and, for each, its units' vectors by unit key (stored as float16)."""
        col, _ = self._require()
        for i in range(0, len(chunks), _WRITE_BATCH):
            part = chunks[i:i + _WRITE_BATCH]
            metas = [chunk_metadata(c) for c in part]
            if units is not None:
                for meta, unit in zip(metas, units[i:i + _WRITE_BATCH]):
                    if unit:
                        meta[_UNIT_KEYS] = " ".join(unit)
                        meta[_UNIT_VECTORS] = _pack(list(unit.values()))
            col.upsert(ids=[c.id for c in part], embeddings=[list(v) for v in vectors[i:i + _WRITE_BATCH]],
                       documents=[c.text for c in part], metadatas=metas)

    def unit_vectors(self, chunk_ids: Iterable[str]) -> dict[str, np.ndarray]:
        """The unit vectors stored with these chunks, by unit key."""
        col, _ = self._require()
        ids, out = list(dict.fromkeys(chunk_ids)), {}
        for i in range(0, len(ids), _BATCH):
            got = col.get(ids=ids[i:i + _BATCH], include=["metadatas"])
            for meta in got["metadatas"] or []:
                out.update(_unpack(meta or {}))
        return out

    def file_unit_vectors(self, source: str) -> dict[str, np.ndarray]:
        """The unit vectors stored with any version of a file's chunks (reused when it is re-read)."""
        col, _ = self._require()
        out: dict[str, np.ndarray] = {}
        for meta in col.get(where={"source": source}, include=["metadatas"])["metadatas"] or []:
            out.update(_unpack(meta or {}))
        return out

    def chunk_ids_by_file(self, source: str) -> dict[str, list[str]]:
        """The stored chunk ids of one source, grouped by file hash."""
        col, _ = self._require()
        got = col.get(where={"source": source}, include=["metadatas"])
        out: dict[str, list[str]] = {}
        for cid, meta in zip(got["ids"], got["metadatas"] or []):
            out.setdefault(meta.get("file_hash", ""), []).append(cid)
        return out

    def file_chunks(self, source: str, file_hash: str) -> list[StoredChunk]:
        """The chunks of one version of a file, in reading order."""
        col, _ = self._require()
        got = col.get(where={"$and": [{"source": source}, {"file_hash": file_hash}]},
                      include=["documents", "metadatas"])
        out = [_stored(cid, doc, meta) for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"])]
        return sorted(out, key=lambda c: c.metadata.get("ordinal", 0))

    def delete_chunks(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        col, _ = self._require()
        for i in range(0, len(ids), _BATCH):
            col.delete(ids=ids[i:i + _BATCH])

    def purge_orphans(self, records: dict[str, FileRecord]) -> int:
        """Remove chunks no file record points at (an interrupted write, a deleted file)."""
        stale = [c.id for c in self.iter_chunks(current_only=False)
                 if records.get(c.metadata.get("source", "")) is None
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
                yield _stored(cid, doc, meta)
            offset += len(ids)

    def nearest(self, vector: Sequence[float], k: int) -> list[StoredChunk]:
        col, _ = self._require()
        if self._count is None:  # chunks change only with the state marker, which reopens the store
            self._count = col.count()
        n = min(k, self._count)
        if n == 0:
            return []
        got = col.query(query_embeddings=[list(vector)], n_results=n, include=["documents", "metadatas", "distances"])
        return [_stored(cid, doc, meta, dist) for cid, doc, meta, dist in
                zip(got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0])]


def _file_id(source: str) -> str:
    return "file:" + source
