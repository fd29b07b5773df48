"""Sentences of a passage, and a cache of their embeddings.

The extractive answer quotes sentences, not whole chunks; the engine embeds the
sentences of the few best passages and keeps them in a bounded cache, so a
passage's sentences are embedded once per process.
"""
from __future__ import annotations

import re
import threading
from collections import OrderedDict

import numpy as np

# Split after . ! ? followed by a capital or digit, but not after common abbreviations
# ("t.ex.", "bl.a.", "§ 85." is followed by a new sentence and may split).
_ABBREVIATIONS = ("t.ex", "bl.a", "m.m", "s.k", "d.v.s", "dvs", "e.g", "i.e", "etc", "nr", "ca", "kap", "jfr", "resp")
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"“(])")


def split(text: str, *, whole: bool = False) -> list[str]:
    """Sentences and list items of a passage, in order. `whole` keeps the passage as one unit."""
    if whole:
        return ["; ".join(ln.strip() for ln in text.splitlines() if ln.strip())]
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("- "):
            out.append(line)
            continue
        start = 0
        for m in _BOUNDARY.finditer(line):
            piece = line[start:m.start()].strip()
            if piece.lower().endswith(_ABBREVIATIONS):
                continue
            if piece:
                out.append(piece)
            start = m.end()
        if line[start:].strip():
            out.append(line[start:].strip())
    return [s for s in out if len(s) > 2]


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
