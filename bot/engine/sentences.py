"""Sentences of a passage, and a cache of their embeddings.

The extractive answer quotes sentences, not whole chunks; the engine embeds the
sentences of the few best passages and keeps them in a bounded cache, so a
passage's sentences are embedded once per process.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np


class SentenceVectors:
    """Bounded LRU cache of passage-sentence embeddings."""

    def __init__(self, embedder, capacity: int = 20_000) -> None:
        self._embedder = embedder
        self._capacity = capacity
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, sentences: list[str]) -> np.ndarray:
        with self._lock:
            todo = [s for s in dict.fromkeys(sentences) if s not in self._cache]
        if todo:
            vectors = np.asarray(self._embedder.embed_documents(todo), dtype=np.float32)
            with self._lock:
                for s, v in zip(todo, vectors):
                    self._cache[s] = v
                while len(self._cache) > self._capacity:
                    self._cache.popitem(last=False)
        with self._lock:
            for s in sentences:
                self._cache.move_to_end(s)
            return np.stack([self._cache[s] for s in sentences]) if sentences else np.zeros((0, 1), np.float32)
