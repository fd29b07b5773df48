"""Chunk size against retrieval quality: hit@5 and MRR for max_chars 300 … 1400.

    python -m bench.chunk_size [QUESTIONS.jsonl] [--sizes 300,500,700,1000,1400]

For each size the knowledge folder (the policy and contacts.yaml) is ingested into a
fresh store with the real local embeddings and every answerable question is asked
through the Retriever. A question hits when its `retrieved_contains` phrase (case and
whitespace folded) is in one of the top 5 passages; MRR is the mean of 1/rank of the
first such passage (0 when none). Default questions: bench/questions.jsonl (written
for this benchmark; /work/shared/eval/dev.jsonl has the same format).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from bot.retrieval import Retriever
from ingest.config import StoreConfig
from ingest.embeddings import LocalE5Embeddings
from ingest.process import cores
from ingest.indexer import ingest, ingest_lock
from ingest.store import KnowledgeStore

from .common import KNOWLEDGE, QUESTIONS, copy_knowledge, fold, read_questions, table


def evaluate(retriever: Retriever, questions: list[dict], k: int = 5) -> tuple[float, float, list[str]]:
    hits, reciprocal, missed = 0, 0.0, []
    for row in questions:
        phrase = fold(row["retrieved_contains"])
        passages = retriever.search(row["question"], k=k)
        rank = next((i for i, p in enumerate(passages, 1) if phrase in fold(p.text)), None)
        if rank:
            hits += 1
            reciprocal += 1 / rank
        else:
            missed.append(row.get("id") or row["question"])
    return hits / len(questions), reciprocal / len(questions), missed


def run(questions: list[dict], sizes: list[int], knowledge: Path) -> list[list]:
    embedder = LocalE5Embeddings(threads=cores())  # as `python -m ingest` embeds
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-chunks-") as tmp:
        folder = copy_knowledge(Path(tmp) / "knowledge") if knowledge == KNOWLEDGE else knowledge
        for size in sizes:
            config = StoreConfig(knowledge_dir=folder, chroma_path=Path(tmp) / f"chroma-{size}")
            store = KnowledgeStore(config, embedder.model_id)
            started = time.perf_counter()
            with ingest_lock(config):
                summary = ingest(store, embedder, max_chars=size)
            seconds = time.perf_counter() - started
            lengths = [len(c.text) for c in store.iter_chunks() if c.metadata.get("kind") != "contacts"]
            hit, mrr, missed = evaluate(Retriever(store, embedder), questions)
            rows.append([size, summary.chunks, round(sum(lengths) / len(lengths)), f"{seconds:.1f}",
                         f"{hit:.3f}", f"{mrr:.3f}", ", ".join(missed) or "-"])
            print(f"  max_chars {size} done", file=sys.stderr, flush=True)
    return rows


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.chunk_size", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("questions", nargs="?", type=Path, default=QUESTIONS, help="JSONL in the eval format")
    p.add_argument("--sizes", default="300,500,700,1000,1400", help="comma-separated max_chars values")
    p.add_argument("--knowledge", type=Path, default=KNOWLEDGE, help="folder to ingest (a copy of knowledge/ by default)")
    args = p.parse_args(argv)
    questions = read_questions(args.questions)
    if not questions:
        raise SystemExit(f"{args.questions}: no answerable rows with a retrieved_contains phrase")
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"== chunk size: {len(questions)} questions from {args.questions}, hybrid retrieval, k=5, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    rows = run(questions, sizes, args.knowledge)
    print(table(["max_chars", "chunks", "avg policy chunk chars", "ingest s", "hit@5", "MRR", "missed"], rows))


if __name__ == "__main__":
    main()
