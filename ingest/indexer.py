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
from typing import TYPE_CHECKING, Callable, Iterator

from . import loaders, web
from .chunking import DEFAULT_MAX_CHARS, chunk_document
from .config import ConfigError, StoreConfig
from .document import Chunk, LoadError
from .limits import Limits
from .sources import scan, scan_sources  # noqa: F401  (scan is imported from here too)
from .store import FileRecord, KnowledgeStore, unit_key
from .units import in_context, units

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)
_EMBED_BATCH = 64    # texts per embedder call (the local model sorts each call by length and batches it)
_GROUP_TEXTS = 512   # changed files are embedded together until they hold this many texts
# Bump when a loader or the chunking changes what a file turns into: every file's
# record then names an older pipeline, and the next ingest re-reads it.
# 4: chunks record their language and url; HTML by main-content extraction; table rows; every
# chunk's quotable units are embedded and stored with it.
# 6: an approved answer's chunks carry its standing (ingest/approved.py).
# 7: a chunk's language is no longer Swedish merely for naming "Alingsås" (ingest/language.py).
# 8: a bare "Ja." / "No." is one quotable unit with the sentence after it (ingest/units.py).
PIPELINE_VERSION = "8"

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

    def fail(self, rel: str, error: Exception) -> None:
        self.failed.append({"path": rel, "error": str(error)})
        log.warning("skipped %s: %s", rel, error)

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
    Changed files are embedded together, in batches across files (`_Batch`).
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

        touched: list[FileRecord] = []
        batch = _Batch(store, embedder, summary, progress)
        for rel, path in found.items():
            try:
                outcome = _read_file(rel, path, records.get(rel), max_chars, store.config.limits)
            except FileFailed as e:
                summary.fail(rel, e)
                continue
            if isinstance(outcome, FileRecord):  # touched, not changed
                touched.append(outcome)
                summary.unchanged += 1
            elif outcome is None:
                summary.unchanged += 1
            else:
                if outcome.record.kind == "approved":
                    _record_approval(outcome, path, store.config, records)
                batch.add(outcome, old=rel in records)
        batch.flush()
        store.commit_files(touched)

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


@dataclass(eq=False)
class _ReadFile:
    """A changed file, loaded and chunked, waiting for its vectors."""
    rel: str
    record: FileRecord
    chunks: list[Chunk]
    chunk_units: list[list[str]] = field(default_factory=list)  # each chunk's unit keys
    unit_texts: dict[str, str] = field(default_factory=dict)    # the file's distinct units by key
    old: bool = False


def _read_file(rel: str, path: Path, old: FileRecord | None, max_chars: int,
               limits: Limits = Limits()) -> _ReadFile | FileRecord | None:
    """None: unchanged; a FileRecord: touched, not changed (its new mtime); else the file read
    and chunked. Raises FileFailed."""
    pipeline = pipeline_id(max_chars)
    current = old if old is not None and old.pipeline == pipeline else None  # else re-read even if untouched
    try:
        stat = path.stat()
        if current and current.size == stat.st_size and current.mtime == stat.st_mtime:
            return None
        digest = file_hash(path, pipeline)
    except OSError as e:  # deleted or made unreadable while we looked
        raise FileFailed(f"could not be read ({e.strerror or e.__class__.__name__})") from e
    if old and old.file_hash == digest:
        return replace(old, mtime=stat.st_mtime, size=stat.st_size)

    try:
        doc = loaders.load(path, rel, limits)  # over INGEST_MAX_* it is refused before it is read
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
    record = FileRecord(source=rel, file_hash=digest, title=doc.title, chunks=len(chunks),
                        ingested_at=time.time(), kind=doc.kind, mtime=stat.st_mtime,
                        size=stat.st_size, pipeline=pipeline)
    return _ReadFile(rel, record, chunks)


def _record_approval(file: _ReadFile, path: Path, config: StoreConfig, records: dict[str, FileRecord]) -> None:
    """An approved answer's chunks carry its standing as of now (ingest/approved.py), so that the
    engine can say when it may be out of date without reading the file."""
    from .approved import approval_metadata, read_approved

    try:
        answer = read_approved(path, file.rel)
    except (OSError, ValueError) as e:  # read as a plain document already; it just has no standing
        log.warning("approved answer %s: its front matter could not be read (%s)", file.rel, e.__class__.__name__)
        return
    approval = approval_metadata(answer, config, records, file.record.pipeline)
    file.chunks = [replace(c, approval=approval) for c in file.chunks]


def _store_chunks(store: KnowledgeStore, embedder, chunks: list[Chunk], progress: Progress | None,
                  record: FileRecord) -> None:
    """Embed and write one document's chunks (with their units) now, then commit its record (a web
    page: ingest.web calls this); raises FileFailed."""
    done = Summary()
    batch = _Batch(store, embedder, done, progress)
    batch.add(_ReadFile(record.source, record, chunks), old=True)  # old: reuse its earlier units' vectors
    batch.flush()
    if done.failed:
        raise FileFailed(done.failed[0]["error"])


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


class _Batch:
    """Changed files waiting to be embedded together: their chunks and the units an answer may
    quote of each chunk (ingest.units; a unit whose vector the file's previous version has is
    copied, not embedded). Flushed when it holds _GROUP_TEXTS texts: embedded in calls of
    _EMBED_BATCH texts, then each file is stored."""

    def __init__(self, store: KnowledgeStore, embedder, summary: Summary, progress: Progress | None) -> None:
        self.store, self.embedder, self.summary, self.progress = store, embedder, summary, progress
        self.files: list[_ReadFile] = []
        self.texts = 0

    def add(self, file: _ReadFile, old: bool) -> None:
        file.old = old
        model = self.embedder.model_id
        for chunk in file.chunks:
            # each unit alone and under its heading: the engine compares the question with both
            texts = [t for text, _ in units(chunk.text, chunk.kind)
                     for t in (text, in_context(chunk.title, chunk.section, text))]
            keys = {unit_key(model, text): text for text in texts}
            file.chunk_units.append(list(keys))
            file.unit_texts.update(keys)
        self.files.append(file)
        self.texts += len(file.chunks) + len(file.unit_texts)
        if self.progress:
            self.progress(file.rel, 0, len(file.chunks))  # starts the clock of a progress bar
        if self.texts >= _GROUP_TEXTS:
            self.flush()

    def flush(self) -> None:
        files, self.files, self.texts = self.files, [], 0
        if not files:
            return
        try:
            stored = {}
            for f in files:
                if f.old:
                    stored.update(self.store.file_unit_vectors(f.rel))
            vectors = self._embed(files, stored)
        except Exception as e:  # the embedding service failed: keep the previous versions, go on
            log.debug("embedding %s failed", ", ".join(f.rel for f in files), exc_info=True)
            for f in files:
                self.summary.fail(f.rel, FileFailed(f"could not be embedded ({e.__class__.__name__})"))
            return
        for f in files:
            chunk_vectors = [vectors[("chunk", c.id)] for c in f.chunks]
            unit_vectors = [{k: stored[k] if k in stored else vectors[("unit", k)] for k in keys}
                            for keys in f.chunk_units]
            # New chunks (with their units) first, then the record that makes them current, then the
            # old ones go: a crash anywhere in between leaves the previous version served and orphans.
            self.store.write_chunks(f.chunks, chunk_vectors, unit_vectors)
            self.store.commit_file(f.record)
            stale = [cid for h, ids in self.store.chunk_ids_by_file(f.rel).items()
                     if h != f.record.file_hash for cid in ids]
            self.store.delete_chunks(stale)
            outcome = "updated" if f.old else "added"
            setattr(self.summary, outcome, getattr(self.summary, outcome) + 1)

    def _embed(self, files: list[_ReadFile], stored: dict[str, np.ndarray]) -> dict[tuple[str, str], list[float]]:
        """Every chunk and every unit not in `stored`, in calls of _EMBED_BATCH texts across files;
        progress is reported for each file as its chunks are done."""
        work: list[tuple[tuple[str, str], str, _ReadFile]] = []
        for f in files:
            work += [(("chunk", c.id), c.embedding_text(), f) for c in f.chunks]
            work += [(("unit", k), t, f) for k, t in f.unit_texts.items() if k not in stored]
        out: dict[tuple[str, str], list[float]] = {}
        reported = {f.rel: 0 for f in files}
        for i in range(0, len(work), _EMBED_BATCH):
            part = work[i:i + _EMBED_BATCH]
            got = self.embedder.embed_documents([text for _, text, _ in part])
            if len(got) != len(part):
                raise ValueError(f"the embedder returned {len(got)} vectors for {len(part)} texts")
            out.update((key, vector) for (key, _, _), vector in zip(part, got))
            if self.progress:
                for f in dict.fromkeys(f for _, _, f in part):
                    done = sum(1 for c in f.chunks if ("chunk", c.id) in out)
                    if done > reported[f.rel]:
                        reported[f.rel] = done
                        self.progress(f.rel, done, len(f.chunks))
        return out


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

