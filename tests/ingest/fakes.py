"""Scriptable stand-ins for the embedder, and small knowledge folders written on the spot."""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np

from ingest.config import StoreConfig
from ingest.document import Chunk
from ingest.store import KnowledgeStore, unit_key
from ingest.units import units

REPO = Path(__file__).resolve().parents[2]


class EmbedderDown(Exception):
    """What a scripted embedder raises when told to fail."""


class FakeEmbedder:
    """Deterministic vectors from a text's hash; counts calls and can be told to fail.

    `fail_on_call=n` raises EmbedderDown on the n-th embed_documents call (1-based).
    """

    def __init__(self, model_id: str = "fake/hash-32", dim: int = 32, fail_on_call: int | None = None):
        self.model_id = model_id
        self.dim = dim
        self.fail_on_call = fail_on_call
        self.calls = 0
        self.texts = 0

    def vector(self, text: str) -> list[float]:
        seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")
        v = np.random.default_rng(seed).normal(size=self.dim)
        return (v / np.linalg.norm(v)).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls += 1
        if self.fail_on_call is not None and self.calls == self.fail_on_call:
            raise EmbedderDown("the embedding service is down")
        self.texts += len(texts)
        return [self.vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.vector(text)


def long_markdown(title: str, sections: int, marker: str = "") -> str:
    """A Markdown document with one chunk per section (so `sections` chunks), each naming its number."""
    parts = [f"# {title}", ""]
    for i in range(sections):
        parts += [f"## Avsnitt {i}", "",
                  f"Stycke {i}{marker}: kommunen samarbetar med vänorter och söker medel ur EU:s fonder "
                  f"för projekt nummer {i}.", ""]
    return "\n".join(parts)


def copy_knowledge(dest: Path) -> Path:
    """A copy of the repository's knowledge/ folder (policy and contacts) to change freely."""
    shutil.copytree(REPO / "knowledge", dest)
    return dest


def store_for(tmp_path: Path, knowledge: Path, embedder, **config) -> KnowledgeStore:
    cfg = StoreConfig(knowledge_dir=knowledge, chroma_path=tmp_path / "chroma", **config)
    return KnowledgeStore(cfg, embedder.model_id)


def served_texts(store: KnowledgeStore, source: str | None = None) -> list[str]:
    """The chunk texts a reader is served (current chunks only), optionally of one file."""
    return sorted(c.text for c in store.iter_chunks() if source is None or c.metadata["source"] == source)


def quotable_units(store: KnowledgeStore) -> set[str]:
    """The distinct unit texts (ingest.units) of the served chunks."""
    return {t for c in store.iter_chunks() for t, _ in units(c.text, c.metadata.get("kind", "document"))}


def embedding_text(chunk) -> str:
    """What the indexer embedded for a stored chunk."""
    m = chunk.metadata
    return Chunk(chunk.id, chunk.text, m["source"], m["title"], m["section"], m.get("page"),
                 m["file_hash"], m["content_hash"]).embedding_text()


def assert_consistent(store: KnowledgeStore, embedder: FakeEmbedder) -> None:
    """No orphans or duplicates, and every served chunk is found by its own vector."""
    records = store.files()
    served = list(store.iter_chunks())
    assert store.count() == len(served) == sum(r.chunks for r in records.values())
    assert len({c.id for c in served}) == len(served)
    assert len({(c.metadata["source"], c.text) for c in served}) == len(served)
    for chunk in served:
        found = store.nearest(embedder.vector(embedding_text(chunk)), 1)
        assert found and found[0].id == chunk.id, f"{chunk.id} is not in the vector index"
    for chunk in served:
        wanted = {unit_key(embedder.model_id, t): t for t, _ in units(chunk.text, chunk.metadata.get("kind", "document"))}
        stored = store.unit_vectors([chunk.id])
        assert set(stored) == set(wanted), f"the quotable units of {chunk.id} have no stored vectors"
        for key, text in wanted.items():
            assert np.allclose(stored[key], embedder.vector(text), atol=2e-3), f"the stored vector of {text!r} is not its own"


_IN_ANOTHER_PROCESS = """
import json, sys
from pathlib import Path
from ingest.config import StoreConfig
from ingest.indexer import ingest, ingest_lock
from ingest.store import KnowledgeStore, unit_key
from ingest.units import units
from tests.ingest.fakes import FakeEmbedder, assert_consistent
action, folder, chroma = sys.argv[1:]
config = StoreConfig(knowledge_dir=Path(folder), chroma_path=Path(chroma))
embedder = FakeEmbedder()
store = KnowledgeStore(config, embedder.model_id)
if action == "ingest":
    with ingest_lock(config):
        print(json.dumps(ingest(store, embedder).as_dict()))
else:
    assert_consistent(store, embedder)
    print(json.dumps(sorted(store.files())))
"""


def in_another_process(action: str, store: KnowledgeStore):
    """"ingest" or "check" (assert_consistent) the store from a separate Python process, fake embedder."""
    done = subprocess.run(
        [sys.executable, "-c", _IN_ANOTHER_PROCESS, action, str(store.config.knowledge_dir),
         str(store.config.chroma_path)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.splitlines()[-1])
