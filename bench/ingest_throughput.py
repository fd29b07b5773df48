"""Ingestion throughput on a synthetic corpus in the policy's words, with the real local embeddings.

    python -m bench.ingest_throughput [--documents 20] [--sections 8]

Prints chunks per second of a first ingest (and how much of it is embedding), and the
time of re-ingests that change nothing: untouched files, touched files (same content,
new mtime: hashed, not embedded) and one edited file.
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from ingest.config import StoreConfig
from ingest.embeddings import LocalE5Embeddings
from ingest.indexer import ingest, ingest_lock
from ingest.store import KnowledgeStore

from .common import peak_rss_mb, table, write_corpus


class TimedEmbedder:
    """The real embedder, with the time spent in it added up."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.seconds = 0.0

    def embed_documents(self, texts):
        started = time.perf_counter()
        try:
            return self.inner.embed_documents(texts)
        finally:
            self.seconds += time.perf_counter() - started

    def embed_query(self, text):
        return self.inner.embed_query(text)


def run(documents: int, sections: int) -> list[list]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        folder = write_corpus(Path(tmp) / "knowledge", documents, sections)
        config = StoreConfig(knowledge_dir=folder, chroma_path=Path(tmp) / "chroma")
        embedder = TimedEmbedder(LocalE5Embeddings())
        embedder.inner.embed_query("uppvärmning")  # load the model outside the clock

        def once(label: str) -> None:
            embedder.seconds = 0.0
            with ingest_lock(config):
                s = ingest(KnowledgeStore(config, embedder.model_id), embedder)
            embedded = s.added + s.updated
            rate = s.chunks / s.seconds if label == "first ingest" else None
            rows.append([label, embedded, s.chunks, s.seconds, embedder.seconds,
                         f"{rate:.1f}" if rate else "-"])

        once("first ingest")
        once("no change")
        for path in folder.iterdir():
            os.utime(path)
        once("all touched")
        edited = next(folder.iterdir())
        edited.write_text(edited.read_text(encoding="utf-8") + "\nEtt nytt stycke om vänorter.\n", encoding="utf-8")
        once("one file edited")
    return rows


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.ingest_throughput", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--documents", type=int, default=20)
    p.add_argument("--sections", type=int, default=8, help="sections (= chunks) per document")
    args = p.parse_args(argv)
    print(f"== ingest throughput: {args.documents} documents x {args.sections} sections, "
          f"local embeddings, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    rows = run(args.documents, args.sections)
    print(table(["run", "files embedded", "chunks in store", "seconds", "embedding s", "chunks/s"], rows))
    print(f"peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
