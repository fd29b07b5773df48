"""Incremental indexing: bring the store in step with the knowledge folder.

Unchanged files are skipped (size+mtime, then content hash); a changed file's new
chunks are written in full before its file record points at them; a file that
fails to load keeps its previous chunks; a deleted file's chunks go. One ingester
at a time (a lock file); a second one waits.
"""
from __future__ import annotations

import fcntl
import hashlib
import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from . import loaders
from .chunking import chunk_document
from .config import StoreConfig
from .document import LoadError
from .store import FileRecord, KnowledgeStore

log = logging.getLogger(__name__)
_EMBED_BATCH = 16

Progress = Callable[[str, int, int], None]  # (file, done, total) chunks of the current file


@dataclass
class Summary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[dict] = field(default_factory=list)
    chunks: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "removed": self.removed, "failed": self.failed, "chunks": self.chunks,
                "seconds": round(self.seconds, 3)}

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def lock_path(config: StoreConfig) -> Path:
    if config.chroma_host:
        return Path(".data") / f"ingest-{config.chroma_host}-{config.chroma_port}.lock"
    return config.chroma_path.parent / f"{config.chroma_path.name}.ingest.lock"


@contextmanager
def ingest_lock(config: StoreConfig, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    path = lock_path(config)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait()
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def scan(folder: Path) -> dict[str, Path]:
    """Every file under the folder by its forward-slash path relative to it."""
    if not folder.is_dir():
        return {}
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            rel = path.relative_to(folder).as_posix()
            if not loaders.is_ignored(rel):
                out[rel] = path
    return out


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def ingest(store: KnowledgeStore, embedder, *, rebuild: bool = False,
           progress: Progress | None = None) -> Summary:
    """Run one ingestion. The caller holds the lock (see `ingest_lock`)."""
    started = time.perf_counter()
    summary = Summary()
    if rebuild:
        store.drop()
    store.open(create=True)
    records = store.files()
    found = scan(store.config.knowledge_dir)

    for rel, path in found.items():
        stat = path.stat()
        old = records.get(rel)
        if old and old.size == stat.st_size and old.mtime == stat.st_mtime:
            summary.unchanged += 1
            continue
        digest = file_hash(path)
        if old and old.file_hash == digest:
            store.commit_file(FileRecord(**{**old.__dict__, "mtime": stat.st_mtime, "size": stat.st_size}))
            summary.unchanged += 1
            continue
        try:
            doc = loaders.load(path, rel)
            chunks = chunk_document(doc, digest)
            if not chunks:
                raise LoadError("no text found")
        except LoadError as e:
            summary.failed.append({"path": rel, "error": str(e)})
            log.warning("skipped %s: %s", rel, e)
            continue
        except Exception as e:  # a parser bug must not stop the other files
            summary.failed.append({"path": rel, "error": f"could not be read ({e.__class__.__name__})"})
            log.exception("skipped %s", rel)
            continue

        vectors: list[list[float]] = []
        for i in range(0, len(chunks), _EMBED_BATCH):
            part = chunks[i:i + _EMBED_BATCH]
            vectors.extend(embedder.embed_documents([c.embedding_text() for c in part]))
            if progress:
                progress(rel, min(i + _EMBED_BATCH, len(chunks)), len(chunks))
        store.write_chunks(chunks, vectors)
        store.commit_file(FileRecord(source=rel, file_hash=digest, title=doc.title, chunks=len(chunks),
                                     ingested_at=time.time(), kind=doc.kind, mtime=stat.st_mtime,
                                     size=stat.st_size))
        stale = [cid for h, ids in store.chunk_ids_by_file(rel).items() if h != digest for cid in ids]
        store.delete_chunks(stale)
        if old:
            summary.updated += 1
        else:
            summary.added += 1

    for rel in sorted(set(records) - set(found)):
        store.forget_file(rel)
        summary.removed += 1

    records = store.files()
    expected = sum(r.chunks for r in records.values())
    if store.count() != expected:  # orphans of an interrupted run
        store.purge_orphans(records)
    if summary.changed or rebuild:
        store.bump_state()
    summary.chunks = expected
    summary.seconds = time.perf_counter() - started
    return summary
