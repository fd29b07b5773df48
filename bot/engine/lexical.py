"""Lexical search: BM25 over Swedish and English stems, updated as files change.

Every word is indexed under its Swedish and its English Snowball stem, so neither
the documents' nor the question's language has to be known ("vänorter" and
"vänort" meet; "funding" and "fund" meet). Cross-language matching is the dense
side's job.

The scores are bm25s's (its default "lucene" variant, k1 = 1.5, b = 0.75), which the
index was first built with: idf = ln(1 + (N − df + 0.5) / (df + 0.5)) and a term part
tf / (tf + k1·(1 − b + b·length / average length)), summed over the question's stems.
bm25s bakes N, df and the average length into its index when it is built, so adding or
removing one document means building it anew; here they are kept as counts, applied
at query time, and documents are added in segments (one per update, merged when there
are many) and removed by marking them dead. After any sequence of updates the scores are
those of an index built from scratch over the live documents (a test checks this against
bm25s).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np
import Stemmer

_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-:][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")

STOPWORDS = frozenset("""
och i att det som en på är av för med till den har de inte om ett han var men ska skall vid
så kan eller från vad vem vilka vilken vilket hur när där sin sina sitt dess deras vi du ni jag
man också efter alla även mer mest få bör blir bli varit vara hos mot under över genom
the a an and or of to in on for is are was were be been by with at as it its this that these those
what which who whom whose how when where why do does did can could should would will shall may
i me my we our you your he she they them their there here from about into than then so not no
""".split())

_SV = Stemmer.Stemmer("swedish")
_EN = Stemmer.Stemmer("english")
K1, B = 1.5, 0.75
_EMPTY = "\u2205"       # the one token of a text without words (as it was indexed with bm25s)
MAX_SEGMENTS = 8        # more after an update: they are merged into one


@lru_cache(maxsize=200_000)
def _stems(word: str) -> tuple[str, ...]:
    sv, en = _SV.stemWord(word), _EN.stemWord(word)
    return (sv,) if sv == en else (sv, en)


def words(text: str) -> list[str]:
    return [w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in STOPWORDS]


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for w in words(text):
        out.extend(_stems(w))
        if "-" in w or ":" in w:  # "EU-fonder", "EU:s" also count as their parts
            for part in re.split(r"[-:]", w):
                if len(part) > 1 and part not in STOPWORDS:
                    out.extend(_stems(part))
    return out


@dataclass(frozen=True)
class _Segment:
    """Postings of the documents added in one update: for each stem, the slots that have it and how often."""
    columns: dict[str, int]
    indptr: np.ndarray
    slots: np.ndarray  # int32
    tf: np.ndarray     # float64

    @classmethod
    def build(cls, counts: Iterable[tuple[int, Counter]]) -> "_Segment":
        by_term: dict[str, list[tuple[int, int]]] = {}
        for slot, counter in counts:
            for term, n in counter.items():
                by_term.setdefault(term, []).append((slot, n))
        columns: dict[str, int] = {}
        indptr: list[int] = [0]
        slots: list[int] = []
        tf: list[int] = []
        for col, (term, postings) in enumerate(by_term.items()):
            columns[term] = col
            slots.extend(p[0] for p in postings)
            tf.extend(p[1] for p in postings)
            indptr.append(len(slots))
        return cls(columns, np.asarray(indptr, np.int64), np.asarray(slots, np.int32), np.asarray(tf, np.float64))

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        col = self.columns.get(term)
        if col is None:
            return None
        a, b = self.indptr[col], self.indptr[col + 1]
        return self.slots[a:b], self.tf[a:b]


class LexicalIndex:
    """BM25 over slots 0, 1, 2, …: `add(texts)` gives the next slots, `remove(slots)` marks them dead.

    An update returns a new index and leaves this one as it was (it shares the unchanged parts),
    so searches running meanwhile keep a consistent view.
    """

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._segments: tuple[_Segment, ...] = ()
        self._terms: list[tuple[str, ...] | None] = []  # each slot's distinct stems; None: dead
        self._length = np.zeros(0, np.float64)          # each slot's stem count
        self._live = np.zeros(0, bool)
        self._df: Counter = Counter()
        self._total = 0  # stems in live documents
        texts = list(texts)
        if texts:
            self._add(texts)

    # -- updates -------------------------------------------------------------------
    @property
    def size(self) -> int:
        """Live documents."""
        return int(self._live.sum())

    @property
    def slots(self) -> int:
        """Slots handed out, live or dead."""
        return len(self._terms)

    def updated(self, remove: Iterable[int] = (), add: Sequence[str] = ()) -> "LexicalIndex":
        """A new index: `remove` slots dead, `add` texts in the next slots (in order)."""
        new = LexicalIndex.__new__(LexicalIndex)
        new._segments, new._terms = self._segments, list(self._terms)
        new._length, new._live = self._length.copy(), self._live.copy()
        new._df, new._total = self._df.copy(), self._total
        new._remove(remove)
        if add:
            new._add(list(add))
        return new

    def _remove(self, slots: Iterable[int]) -> None:
        for slot in slots:
            terms = self._terms[slot]
            if terms is None:
                continue
            self._df.subtract(terms)
            self._total -= int(self._length[slot])
            self._terms[slot] = None
            self._live[slot] = False
        for term in [t for t, n in self._df.items() if n <= 0]:
            del self._df[term]

    def _add(self, texts: list[str]) -> None:
        first = len(self._terms)
        counts = []
        lengths = np.empty(len(texts), np.float64)
        for i, text in enumerate(texts):
            stems = tokens(text) or [_EMPTY]
            counter = Counter(stems)
            counts.append((first + i, counter))
            lengths[i] = len(stems)
            self._terms.append(tuple(counter))
            self._df.update(counter.keys())
        self._total += int(lengths.sum())
        self._length = np.concatenate([self._length, lengths])
        self._live = np.concatenate([self._live, np.ones(len(texts), bool)])
        self._segments = (*self._segments, _Segment.build(counts))
        if len(self._segments) > MAX_SEGMENTS:
            self._merge()

    def _merge(self) -> None:
        """One segment of the live documents' postings."""
        live = self._live
        parts: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
        for seg in self._segments:
            for term, col in seg.columns.items():
                a, b = seg.indptr[col], seg.indptr[col + 1]
                posted, counted = seg.slots[a:b], seg.tf[a:b]
                keep = live[posted]
                if keep.any():
                    parts.setdefault(term, []).append((posted[keep], counted[keep]))
        columns: dict[str, int] = {}
        indptr: list[int] = [0]
        slots: list[np.ndarray] = []
        tf: list[np.ndarray] = []
        for col, (term, pieces) in enumerate(parts.items()):
            columns[term] = col
            for s, f in pieces:
                slots.append(s)
                tf.append(f)
            indptr.append(indptr[-1] + sum(len(s) for s, _ in pieces))
        self._segments = (_Segment(columns, np.asarray(indptr, np.int64),
                                   np.concatenate(slots) if slots else np.zeros(0, np.int32),
                                   np.concatenate(tf) if tf else np.zeros(0, np.float64)),)

    # -- search --------------------------------------------------------------------
    def search(self, text: str, k: int) -> list[tuple[int, float]]:
        """(slot, score) of the best k live texts with a positive score, best first."""
        scores = self.scores(text)
        if not len(scores) or k <= 0:
            return []
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        best = sorted(top.tolist(), key=lambda s: (-scores[s], s))
        return [(int(s), float(scores[s])) for s in best if scores[s] > 0]

    def scores(self, text: str) -> np.ndarray:
        """BM25 score of every slot (0 for dead ones)."""
        scores = np.zeros(len(self._terms), np.float32)
        query = [t for t in tokens(text) if self._df.get(t, 0) > 0]
        n = self.size
        if not query or not n:
            return scores
        norm = K1 * ((1 - B) + B * self._length / (self._total / n))  # per slot
        for term in query:  # a stem the question repeats counts again, as in bm25s
            df = self._df[term]
            idf = float(np.float32(math.log(1 + (n - df + 0.5) / (df + 0.5))))
            for seg in self._segments:
                got = seg.postings(term)
                if got is not None:
                    slots, tf = got
                    scores[slots] += (idf * tf / (norm[slots] + tf)).astype(np.float32)
        scores[~self._live] = 0.0
        return scores
