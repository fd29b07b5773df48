"""Incremental indexing: bring the store in step with the knowledge folder.

Unchanged files are skipped (size+mtime, then content hash); a changed file's new
chunks are written in full before its file record points at them; a file that
fails to load keeps its previous chunks; a deleted file's chunks go. The web pages
listed in urls.txt are fetched and stored alike (ingest.web). One ingester at a time
(a lock file); a second one waits.
"""
from __future__ import annotations

import fcntl
import hashlib
import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator

from . import loaders, web
from .chunking import DEFAULT_MAX_CHARS, chunk_document
from .config import ConfigError, StoreConfig
from .document import Chunk, LoadError
from .sources import scan, scan_sources  # noqa: F401  (scan is imported from here too)
from .store import FileRecord, KnowledgeStore

log = logging.getLogger(__name__)
_EMBED_BATCH = 16
# Bump when a loader or the chunking changes what a file turns into: every file's
# record then names an older pipeline, and the next ingest re-reads it.
PIPELINE_VERSION = "4"  # 4: chunks record their language and url; HTML by main-content extraction; table rows

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
    """The ingesters' lock file.

    It lives in `lock_dir` (INGEST_LOCK_DIR) when set, otherwise next to CHROMA_PATH
    (`.data/` by default) — for a Chroma server too, so a test or a second deployment
    that points CHROMA_PATH elsewhere never shares the repository's `.data/`. An flock
    only excludes ingesters on the same machine: ingesters on several hosts writing
    to one server need a shared INGEST_LOCK_DIR on a filesystem with working locks.
    """
    base = config.lock_dir or config.chroma_path.parent
    if config.chroma_host:
        return base / f"ingest-{config.chroma_host}-{config.chroma_port}.lock"
    return base / f"{config.chroma_path.name}.ingest.lock"


@contextmanager
def ingest_lock(config: StoreConfig, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the ingesters' lock; a second ingester waits here (after calling `on_wait`)."""
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


def file_hash(path: Path, pipeline: str = "") -> str:
    """sha256 of the pipeline id and the file's bytes: it changes when either does, and with it
    the chunk ids, so chunks of a re-read file never mix with the ones they replace."""
    h = hashlib.sha256(f"{pipeline}\n".encode() if pipeline else b"")
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class FileFailed(Exception):
    """One file could not be indexed; its previous version, if any, stays. Message for the operator."""


def pipeline_id(max_chars: int = DEFAULT_MAX_CHARS) -> str:
    return f"{PIPELINE_VERSION}/{max_chars}"


def ingest(store: KnowledgeStore, embedder, *, rebuild: bool = False,
           progress: Progress | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Summary:
    """Run one ingestion. The caller holds the lock (see `ingest_lock`).

    The store is reopened first (to see what other processes wrote) and closed at the
    end, so the store passed in should not be serving searches from other threads meanwhile.
    """
    started = time.perf_counter()
    folder = store.config.knowledge_dir
    if not folder.is_dir():  # never mistake a missing (unmounted, mistyped) folder for "all files deleted"
        raise ConfigError(f"knowledge folder {str(folder)!r} does not exist")
    summary = Summary()
    store.reopen()
    try:
        if rebuild:
            store.drop()
        store.open(create=True)
        records = store.files()
        found = scan_sources(store.config)  # the knowledge folder and the approved answers

        for rel, path in found.items():
            try:
                outcome = _index_file(store, embedder, rel, path, records.get(rel), progress, max_chars)
            except FileFailed as e:
                summary.failed.append({"path": rel, "error": str(e)})
                log.warning("skipped %s: %s", rel, e)
                continue
            setattr(summary, outcome, getattr(summary, outcome) + 1)

        listed = _sync_pages(store, embedder, records, summary, progress, max_chars)

        for rel in sorted(set(records) - set(found) - listed):
            store.forget_file(rel)
            summary.removed += 1

        records = store.files()
        expected = sum(r.chunks for r in records.values())
        if store.count() != expected:  # orphans of an interrupted run
            store.purge_orphans(records)
        if summary.changed or rebuild:
            store.bump_state()
    finally:
        store.close()
    summary.chunks = expected
    summary.seconds = time.perf_counter() - started
    return summary


def _index_file(store: KnowledgeStore, embedder, rel: str, path: Path, old: FileRecord | None,
                progress: Progress | None, max_chars: int) -> str:
    """Bring one file's chunks up to date: returns "unchanged", "added" or "updated", or raises FileFailed."""
    pipeline = pipeline_id(max_chars)
    current = old is not None and old.pipeline == pipeline  # else re-read even if untouched
    try:
        stat = path.stat()
        if current and old.size == stat.st_size and old.mtime == stat.st_mtime:
            return "unchanged"
        digest = file_hash(path, pipeline)
    except OSError as e:  # deleted or made unreadable while we looked
        raise FileFailed(f"could not be read ({e.strerror or e.__class__.__name__})") from e
    if old and old.file_hash == digest:  # touched, not changed
        store.commit_file(replace(old, mtime=stat.st_mtime, size=stat.st_size))
        return "unchanged"

    try:
        doc = loaders.load(path, rel, store.config.limits)
        chunks = chunk_document(doc, digest, max_chars=max_chars)
    except LoadError as e:
        raise FileFailed(str(e)) from e
    except OSError as e:
        raise FileFailed(f"could not be read ({e.strerror or e.__class__.__name__})") from e
    except Exception as e:  # a parser bug must not stop the other files
        log.exception("could not read %s", rel)
        raise FileFailed(f"could not be read ({e.__class__.__name__})") from e
    if not chunks:
        raise FileFailed("no text found")

    _store_chunks(store, embedder, chunks, progress, FileRecord(
        source=rel, file_hash=digest, title=doc.title, chunks=len(chunks), ingested_at=time.time(), kind=doc.kind,
        mtime=stat.st_mtime, size=stat.st_size, pipeline=pipeline))
    return "updated" if old else "added"


def _store_chunks(store: KnowledgeStore, embedder, chunks: list[Chunk], progress: Progress | None,
                  record: FileRecord) -> None:
    """Embed and write a document's chunks, then commit its record; raises FileFailed."""
    rel = record.source
    try:
        vectors = _embed(embedder, rel, chunks, progress)
    except Exception as e:  # the embedding service failed: keep the previous version, try the next file
        log.debug("embedding %s failed", rel, exc_info=True)
        raise FileFailed(f"could not be embedded ({e.__class__.__name__})") from e

    # New chunks first, then the record that makes them current, then the old ones go:
    # a crash anywhere in between leaves the previous version served and orphans to purge.
    store.write_chunks(chunks, vectors)
    store.commit_file(record)
    stale = [cid for h, ids in store.chunk_ids_by_file(rel).items() if h != record.file_hash for cid in ids]
    store.delete_chunks(stale)


def _sync_pages(store: KnowledgeStore, embedder, records: dict[str, FileRecord], summary: Summary,
                progress: Progress | None, max_chars: int) -> set[str]:
    """The web pages of urls.txt (ingest.web), fetched and indexed like files; returns their addresses."""
    pages = web.read_urls(store.config.knowledge_dir)
    summary.failed += pages.problems
    settings = web.WebSettings(timeout=store.config.web_timeout, max_bytes=store.config.web_max_bytes)

    def index(doc, digest: str, record: FileRecord) -> None:
        chunks = chunk_document(doc, digest, max_chars=max_chars)
        if not chunks:
            raise FileFailed("no text found")
        _store_chunks(store, embedder, chunks, progress, replace(record, chunks=len(chunks)))

    for url in pages.urls:
        try:
            outcome = web.sync_page(store, url, records.get(url), settings, pipeline_id(max_chars), index)
        except web.FetchError as e:
            summary.failed.append({"path": url, "error": str(e)})
            log.warning("skipped %s: %s", url, e)
            continue
        setattr(summary, outcome, getattr(summary, outcome) + 1)
    return set(pages.urls)


def _embed(embedder, rel: str, chunks: list[Chunk], progress: Progress | None) -> list[list[float]]:
    vectors: list[list[float]] = []
    if progress:
        progress(rel, 0, len(chunks))  # starts the clock of a progress bar
    for i in range(0, len(chunks), _EMBED_BATCH):
        part = chunks[i:i + _EMBED_BATCH]
        got = embedder.embed_documents([c.embedding_text() for c in part])
        if len(got) != len(part):
            raise ValueError(f"the embedder returned {len(got)} vectors for {len(part)} texts")
        vectors.extend(got)
        if progress:
            progress(rel, min(i + _EMBED_BATCH, len(chunks)), len(chunks))
    return vectors


def ingest_locked(config: StoreConfig, embedder, *, rebuild: bool = False, progress: Progress | None = None,
                  on_wait: Callable[[], None] | None = None) -> Summary:
    """One ingestion on a store of its own, under the ingesters' lock: what the CLI, the
    coordinators' reindex command and "save as approved answer" run."""
    store = KnowledgeStore(config, embedder.model_id)
    with ingest_lock(config, on_wait=on_wait):
        try:
            return ingest(store, embedder, rebuild=rebuild, progress=progress)
        finally:
            store.close()

