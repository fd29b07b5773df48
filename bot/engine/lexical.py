"""Lexical search: BM25 over Swedish and English stems.

Every word is indexed under its Swedish and its English Snowball stem, so neither
the documents' nor the question's language has to be known ("vänorter" and
"vänort" meet; "funding" and "fund" meet). Cross-language matching is the dense
side's job.
"""
from __future__ import annotations

import re
from functools import lru_cache

import bm25s
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


class LexicalIndex:
    def __init__(self, texts: list[str]) -> None:
        self.size = len(texts)
        self._bm25 = bm25s.BM25()
        corpus = [tokens(t) or ["\u2205"] for t in texts]
        if corpus:
            self._bm25.index(corpus, show_progress=False)

    def search(self, text: str, k: int) -> list[tuple[int, float]]:
        """(position, score) of the best k texts with a positive score."""
        query = [t for t in tokens(text) if t in self._bm25.vocab_dict] if self.size else []
        if not query:
            return []
        docs, scores = self._bm25.retrieve([query], k=min(k, self.size), show_progress=False, n_threads=1)
        return [(int(d), float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]

    def scores(self, text: str) -> np.ndarray:
        query = [t for t in tokens(text) if t in self._bm25.vocab_dict] if self.size else []
        if not query:
            return np.zeros(self.size)
        return self._bm25.get_scores(query)
