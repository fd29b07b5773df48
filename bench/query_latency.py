"""Query latency (p50/p95) and peak memory of a serving process at 1k, 10k and 50k chunks.

    python -m bench.query_latency [--sizes 1000,10000,50000] [--repeat 3]

Each store is built in its own process: synthetic chunks in the policy's words with
random unit vectors (embedding 50k real passages would take hours here) written
through KnowledgeStore.write_chunks, one file record per 100 chunks. A second, fresh
process then serves it as the bot does — Retriever (BM25 + e5 query embedding +
Chroma nearest neighbours) — and times the questions of bench/questions.jsonl. Its
peak RSS is what a bot replica needs for that many chunks.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import QUESTIONS, PolicyText, peak_rss_mb, percentile, read_questions, table

CHUNKS_PER_FILE = 100
DIM = 384  # multilingual-e5-small


def build(store_path: Path, size: int) -> dict:
    import numpy as np

    from ingest.config import StoreConfig
    from ingest.document import Chunk
    from ingest.embeddings import LocalE5Embeddings
    from ingest.store import FileRecord, KnowledgeStore

    started = time.perf_counter()
    store = KnowledgeStore(StoreConfig(knowledge_dir=store_path, chroma_path=store_path),
                           LocalE5Embeddings.model_id).open(create=True)
    text, rng = PolicyText(), np.random.default_rng(1)
    for first in range(0, size, CHUNKS_PER_FILE):
        source = f"syntetisk/dokument-{first // CHUNKS_PER_FILE:04d}.md"
        digest = hashlib.sha256(source.encode()).hexdigest()
        title = f"Dokument {first // CHUNKS_PER_FILE}"
        chunks = []
        for i in range(min(CHUNKS_PER_FILE, size - first)):
            body = text.paragraph(500)
            chunks.append(Chunk(id=f"{digest[:16]}:{digest[:12]}:{i}", text=body, source=source, title=title,
                                section=text.heading(), page=None, file_hash=digest,
                                content_hash=hashlib.sha256(body.encode()).hexdigest()[:16], ordinal=i))
        vectors = rng.normal(size=(len(chunks), DIM)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        store.write_chunks(chunks, vectors.tolist())
        store.commit_file(FileRecord(source=source, file_hash=digest, title=title, chunks=len(chunks),
                                     ingested_at=time.time()))
    store.bump_state()
    count = store.count()
    store.close()
    return {"chunks": count, "build_s": time.perf_counter() - started, "build_rss_mb": peak_rss_mb()}


def serve(store_path: Path, repeat: int) -> dict:
    from bot.engine.retrieval import Retriever
    from ingest.config import StoreConfig
    from ingest.embeddings import LocalE5Embeddings
    from ingest.store import KnowledgeStore

    embedder = LocalE5Embeddings()
    questions = [q["question"] for q in read_questions(QUESTIONS)]
    started = time.perf_counter()
    store = KnowledgeStore(StoreConfig(knowledge_dir=store_path, chroma_path=store_path), embedder.model_id)
    retriever = Retriever(store.open(create=False), embedder)
    retriever.refresh(force=True)  # what the first question after a start or an ingest pays
    load_s = time.perf_counter() - started
    retriever.search(questions[0], k=5)  # warm-up

    total, search = [], []
    for _ in range(repeat):
        for q in questions:
            t0 = time.perf_counter()
            vector = retriever.embed_query(q)
            t1 = time.perf_counter()
            hits = retriever.hits(q, 5, vector=vector)
            t2 = time.perf_counter()
            assert len(hits) == 5
            total.append((t2 - t0) * 1000)
            search.append((t2 - t1) * 1000)
    return {"load_s": load_s, "p50_ms": percentile(total, 50), "p95_ms": percentile(total, 95),
            "search_p50_ms": percentile(search, 50), "search_p95_ms": percentile(search, 95),
            "queries": len(total), "serve_rss_mb": peak_rss_mb()}


def child(action: str, store_path: Path, arg: int) -> dict:
    done = subprocess.run([sys.executable, "-m", "bench.query_latency", "--child", action, str(store_path), str(arg)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench child {action} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        action, path, arg = argv[1], Path(argv[2]), int(argv[3])
        print(json.dumps(build(path, arg) if action == "build" else serve(path, arg)))
        return
    p = argparse.ArgumentParser(prog="python -m bench.query_latency", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="1000,10000,50000", help="comma-separated chunk counts")
    p.add_argument("--repeat", type=int, default=3, help="passes over the questions per size")
    args = p.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"== query latency: Retriever.search (hybrid, k=5) at {sizes} chunks, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}")
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="bench-query-") as tmp:
            built = child("build", Path(tmp) / "chroma", size)
            served = child("serve", Path(tmp) / "chroma", args.repeat)
        rows.append([built["chunks"], f"{built['build_s']:.1f}", f"{served['load_s']:.2f}",
                     f"{served['p50_ms']:.1f}", f"{served['p95_ms']:.1f}", f"{served['search_p50_ms']:.1f}",
                     f"{served['search_p95_ms']:.1f}", f"{served['serve_rss_mb']:.0f}"])
        print(f"  {size} chunks done", file=sys.stderr, flush=True)
    print(table(["chunks", "build s", "first-query load s", "p50 ms", "p95 ms", "search p50 ms",
                 "search p95 ms", "peak RSS MB"], rows))
    print("p50/p95: question in, 5 passages out (e5 query embedding + BM25 + Chroma); "
          "search: the same without the query embedding.")


if __name__ == "__main__":
    main()
