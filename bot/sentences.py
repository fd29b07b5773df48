"""Vectors of the units an answer may quote (sentences, list items, contact entries).

Ingestion embeds every unit of a chunk and stores it with the chunk (ingest.indexer), so the
engine reads them from the store: a server embeds nothing at start, and the first question that
reaches a passage costs what later ones do. A unit the store does not have (a store ingested
before units were stored, or units that the code now splits differently) is embedded here.
Either way a bounded cache keeps them for the process.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Callable, Mapping, Sequence

import numpy as np

Lookup = Callable[[list[str]], Mapping[str, Sequence[float]]]  # unit texts -> stored vectors of those found


class SentenceVectors:
    """`vectors(units) -> array [len(units), dim]`: from the cache, then `lookup` (the store),
    then the embedder."""

    def __init__(self, embedder, lookup: Lookup | None = None, capacity: int = 20_000) -> None:
        self._embedder = embedder
        self._lookup = lookup
        self._capacity = capacity
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.embedded = 0  # units this process had to embed itself (the store lacked them)

    def __call__(self, sentences: list[str]) -> np.ndarray:
        with self._lock:
            todo = [s for s in dict.fromkeys(sentences) if s not in self._cache]
        found: dict[str, np.ndarray] = {}
        if todo and self._lookup is not None:
            found = {s: np.asarray(v, dtype=np.float32) for s, v in self._lookup(todo).items()}
            todo = [s for s in todo if s not in found]
        if todo:
            vectors = np.asarray(self._embedder.embed_documents(todo), dtype=np.float32)
            found.update(zip(todo, vectors))
            self.embedded += len(todo)
        with self._lock:
            self._cache.update(found)
            for s in sentences:
                self._cache.move_to_end(s)
            out = np.stack([self._cache[s] for s in sentences]) if sentences else np.zeros((0, 1), np.float32)
            while len(self._cache) > self._capacity:
                self._cache.popitem(last=False)
            return out
