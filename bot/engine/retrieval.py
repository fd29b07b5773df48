"""Hybrid retrieval: dense (e5) and lexical (BM25) rankings fused by reciprocal rank.

`Retriever.search(text, k)` is what the engine calls: question in, ranked passages out.
The lexical index is built from the store on first use. When an ingest (from this process
or any other replica) moves the store's state marker, only the files whose record changed
are read again: their old chunks leave the index and their new ones join it.
"""
from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass
from typing import Sequence, cast

import numpy as np

from ingest.store import KnowledgeStore, StoredChunk, unit_key
from ingest.units import in_context, units
from ingest.web import link_for

from .evidence import Vocabulary
from .lexical import LexicalIndex
from .models import Passage

RRF_K = 60
DENSE_POOL = 40
LEXICAL_POOL = 40
# Both rankings favour passages in the asker's language (e5 scores same-language pairs higher;
# BM25 matches words). Each passage is therefore also ranked among the passages of its own
# language, and that rank counts with this weight beside its overall rank: the best Swedish
# and the best English passage both reach the top, whichever language the question is in.
LANGUAGE_RANK_WEIGHT = 1.0
# e5 rates a passage in the other language lower than an equally good one in the asker's; the
# dense side may add a bonus to the other language's similarities before ranking (0.02 helped
# until the lexical side learned the general word list, prompts/lexicon.tsv; now it does not).
CROSS_LANGUAGE_BONUS = 0.0
# A chunk's own vector blurs what its sentences say; its best sentence, read under its document
# title and heading (those vectors are stored with it at ingest), is often closer to a question.
# The dense side ranks its pool by this share of that similarity plus the rest of the chunk's.
# `python -m bot fit` chooses these weights (bot/engine/fit_retrieval.py, `Weights`) on the tune
# part of the evaluation corpus by hit@5 and writes them to the parameters file, which the engine
# applies. The values here are only the defaults for a store without a parameters file (an
# earlier choice: with the glossary and word list widening the lexical side, hit@5 0.902 → 0.920
# on the two first tune parts); the parameters file holds the current choice.
CONTEXT_WEIGHT = 0.5
LEXICAL_WEIGHT = 1.0
# When the knowledge base has passages in another language than the question's, at least this
# many of the top places go to the best of them (an answer may exist only in the other language).
OTHER_LANGUAGE_PLACES = 1
# Reciprocal ranks ignore by how much a passage leads: a passage only BM25 finds — a rare name the
# dense side misses, "Valmiera" — can never outrank the dense pool's own. The best this many of the
# lexical ranking keep a place among the top (as the other language's best does).
LEXICAL_PLACES = 0
STATE_CHECK_SECONDS = 5.0
# Contact entries are short and name every body in both languages, so they match many
# questions loosely; they may fill at most this many of the top places, documents the rest.
MAX_CONTACTS = 2


@dataclass(frozen=True)
class Weights:
    """How the rankings are fused; `python -m bot fit` chooses them on the tune part of the
    evaluation corpus and the engine sets its retriever's (the defaults are the same choice)."""

    context: float = CONTEXT_WEIGHT
    lexical: float = LEXICAL_WEIGHT
    cross_language_bonus: float = CROSS_LANGUAGE_BONUS
    other_language_places: int = OTHER_LANGUAGE_PLACES
    lexical_places: int = LEXICAL_PLACES


@dataclass
class Candidates:
    """What one search found, before fusion (by slot of the index)."""

    dense: list[tuple[int, float]]     # the dense pool: (slot, cosine), nearest first
    context: dict[int, float]          # slot -> its best unit's cosine, read under its heading
    lexical: list[tuple[int, float]]   # the lexical pool: (slot, BM25), best first


def fuse(found: Candidates, meta, language: str | None, weights: Weights, k: int,
         dense_weight: float = 1.0) -> tuple[list[int], dict[int, float]]:
    """The best k slots and every candidate's fused score. `meta(slot)`: the chunk's metadata."""
    sims = dict(found.dense)

    def adjusted(i: int) -> float:
        other = language and meta(i).get("lang") not in (None, "", language)
        mixed = (1 - weights.context) * sims[i] + weights.context * found.context.get(i, sims[i])
        return mixed + (weights.cross_language_bonus if other else 0.0)
    dense_ids = sorted(sims, key=adjusted, reverse=True)
    fused: dict[int, float] = {}
    for ranking, weight in ((dense_ids, dense_weight), ([i for i, _ in found.lexical], weights.lexical)):
        for i, rank, language_rank in _ranks(ranking, meta):
            fused[i] = fused.get(i, 0.0) + weight / (RRF_K + rank + 1) \
                + LANGUAGE_RANK_WEIGHT * weight / (RRF_K + language_rank + 1)
    best: list[int] = []
    contacts = 0
    ranked = sorted(fused, key=lambda i: fused[i], reverse=True)
    for i in ranked:
        if meta(i).get("kind") == "contacts":
            if contacts >= MAX_CONTACTS:
                continue
            contacts += 1
        best.append(i)
        if len(best) == k:
            break
    if len(best) < k:  # not enough documents: fill with the remaining contacts
        best += [i for i in ranked if i not in best][:k - len(best)]
    kept: list[int] = []
    if language and weights.other_language_places:
        best = _with_other_language(best, ranked, meta, language, weights.other_language_places)
        kept = [i for i in best if meta(i).get("lang") not in (None, "", language)][:weights.other_language_places]
    if weights.lexical_places:
        best = _with_lexical(best, [i for i, _ in found.lexical[:weights.lexical_places]], kept)
    return best, fused


@dataclass(frozen=True)
class Hit:
    passage: Passage
    dense: float    # cosine similarity of question and chunk, 0 when not in the dense pool
    lexical: float  # BM25 score, 0 when no word matched


def to_passage(chunk: StoredChunk, score: float, base_url: str = "", **extra) -> Passage:
    """A stored chunk as the engine sees it. Its link: the chunk's own (a web page, a Markdown `url:`),
    else for a document the file's place under DOCUMENTS_BASE_URL; contacts and approved answers have none."""
    m = chunk.metadata
    kind = m.get("kind", "document")
    url = m.get("url") or (link_for(base_url, m.get("source", "")) if kind == "document" else "")
    return Passage(
        id=chunk.id, text=chunk.text, document=m.get("title", ""), source=m.get("source", ""),
        section=m.get("section", ""), page=m.get("page"), score=score, kind=kind,
        metadata={**m, **extra}, url=url or None,
    )


class Retriever:
    def __init__(self, store: KnowledgeStore, embedder, *, dense_weight: float = 1.0,
                 weights: Weights | None = None) -> None:
        self.store = store
        self.embedder = embedder
        self.dense_weight = dense_weight
        self.weights = weights or Weights()
        self._lock = threading.Lock()
        self._state: str | None = None
        self._checked = 0.0
        self._chunks: list[StoredChunk | None] = []  # by slot of the lexical index; None: removed
        self._by_id: dict[str, int] = {}
        self._lexical: LexicalIndex | None = None
        self._files: dict[str, tuple[str, list[int]]] = {}  # source -> (file hash, slots)
        self._vocabulary = _LiveVocabulary()
        self._unit_owner: dict[str, str] = {}  # unit key -> a current chunk stored with its vector
        self._approved: tuple[list | None, list[Passage]] = (None, [])  # (of these chunks, approved answers)
        self._context_keys: dict[str, list[str]] = {}  # chunk id -> its units' keys, read in context

    @property
    def _base_url(self) -> str:
        """DOCUMENTS_BASE_URL, which the store's settings carry."""
        return getattr(getattr(self.store, "config", None), "documents_base_url", "") or ""

    # -- lexical index ------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        """Bring the in-memory chunks and lexical index in step with the store. Checks the store's
        state marker at most every STATE_CHECK_SECONDS (`force`: now, and compare the file records
        even if the marker did not move)."""
        now = time.monotonic()
        if not force and self._lexical is not None and now - self._checked < STATE_CHECK_SECONDS:
            return
        with self._lock:
            state = self.store.state()
            self._checked = now
            if not force and state == self._state and self._lexical is not None:
                return
            current = {source: r.file_hash for source, r in self.store.files().items()}
            stale = [src for src, (h, _) in self._files.items() if current.get(src) != h]
            fresh = [src for src, h in current.items() if src not in self._files or self._files[src][0] != h]
            dead = len(self._chunks) - len(self._by_id) + sum(len(self._files[src][1]) for src in stale)
            if self._lexical is None or dead > max(1000, len(self._by_id)):
                self._rebuild()
            elif stale or fresh:
                self._update(stale, {src: (current[src], self.store.file_chunks(src, current[src])) for src in fresh})
            self._state = state

    def _rebuild(self) -> None:
        """Everything from the store (the first time, and when most slots are dead)."""
        by_source: dict[str, list[StoredChunk]] = {}
        for chunk in self.store.iter_chunks():
            by_source.setdefault(chunk.metadata.get("source", ""), []).append(chunk)
        live: list[StoredChunk] = []
        files = {}
        for source, group in by_source.items():
            files[source] = (group[0].metadata.get("file_hash", ""), list(range(len(live), len(live) + len(group))))
            live += group
        chunks: list[StoredChunk | None] = list(live)
        lexical = LexicalIndex([_index_text(c) for c in live])
        vocabulary = _LiveVocabulary().updated(add=[[_index_text(c) for c in g] for g in by_source.values()])
        self._unit_owner = _unit_owners(chunks)
        self._context_keys = {}
        self._files = files
        self._chunks, self._by_id, self._lexical = chunks, {c.id: i for i, c in enumerate(live)}, lexical
        self._vocabulary = vocabulary

    def _update(self, stale: list[str], fresh: dict[str, tuple[str, list[StoredChunk]]]) -> None:
        """Files whose record changed: `stale` ones leave, `fresh` ones (file hash, chunks) join. The
        new state is built beside the old one and swapped in, so searches meanwhile see either."""
        chunks, by_id, files = list(self._chunks), dict(self._by_id), dict(self._files)
        gone: list[int] = []
        gone_texts: list[list[str]] = []
        for source in stale:
            _, slots = files.pop(source)
            gone_texts.append([_index_text(_live(chunks, slot)) for slot in slots])
            for slot in slots:
                by_id.pop(_live(chunks, slot).id, None)
                chunks[slot] = None
            gone += slots
        added: list[str] = []
        added_texts: list[list[str]] = []
        for source, (file_hash, group) in fresh.items():
            files[source] = (file_hash, list(range(len(chunks), len(chunks) + len(group))))
            texts = [_index_text(c) for c in group]
            added_texts.append(texts)
            for c in group:
                by_id[c.id] = len(chunks)
                chunks.append(c)
            added += texts
        assert self._lexical is not None  # an update follows a rebuild
        lexical = self._lexical.updated(remove=gone, add=added)
        vocabulary = self._vocabulary.updated(remove=gone_texts, add=added_texts)
        owners = dict(self._unit_owner)
        owners.update(_unit_owners([c for _, group in fresh.values() for c in group]))
        self._unit_owner = owners  # keys of removed chunks stay until a rebuild; unit_vectors skips them
        self._files = files
        self._chunks, self._by_id, self._lexical = chunks, by_id, lexical
        self._vocabulary = vocabulary

    @property
    def vocabulary(self) -> Vocabulary:
        """Every word the documents use (for spotting names they never mention)."""
        self.refresh()
        return self._vocabulary

    @property
    def chunk_count(self) -> int:
        self.refresh()
        return len(self._by_id)

    def file_hashes(self) -> dict[str, str]:
        """Every current file's hash, by source (an approved answer's relied-on documents are
        compared with these)."""
        self.refresh()
        return {source: file_hash for source, (file_hash, _) in self._files.items()}

    def approved(self) -> list[Passage]:
        """Every current approved answer as a passage (score 0): few, and each states its question."""
        self.refresh()
        chunks = self._chunks
        if self._approved[0] is not chunks:
            self._approved = (chunks, [to_passage(c, 0.0, self._base_url) for c in chunks
                                       if c is not None and c.metadata.get("kind") == "approved"])
        return self._approved[1]

    def metadata_of(self, slot: int) -> dict:
        """The metadata of the chunk in a slot (as `candidates` names them)."""
        return _live(self._chunks, slot).metadata

    def slots_where(self, test) -> set[int]:
        """The slots of the current chunks whose text passes `test`."""
        self.refresh()
        return {i for i, c in enumerate(self._chunks) if c is not None and test(c.text)}

    def chunks(self) -> list[Passage]:
        """Every current chunk as a passage (score 0)."""
        self.refresh()
        return [to_passage(c, 0.0, self._base_url) for c in self._chunks if c is not None]

    # -- search -------------------------------------------------------------------
    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text)

    def candidates(self, text: str, vector: list[float] | None = None, expansion: Sequence[str] = ()) -> Candidates:
        """What a search has to rank: the dense pool with each chunk's cosine and its best unit's
        in context, and the lexical pool with BM25 scores (slots of the index)."""
        self.refresh()
        by_id, lexical = self._by_id, self._lexical
        vector = vector if vector is not None else self.embed_query(text)
        pool = [c for c in self.store.nearest(vector, DENSE_POOL) if c.id in by_id]
        context = self._context_similarity(pool, vector)
        dense = [(by_id[c.id], 1.0 - (c.distance or 0.0)) for c in pool]
        return Candidates(dense, {by_id[c.id]: context[c.id] for c in pool if c.id in context},
                          lexical.search(" ".join([text, *expansion]), LEXICAL_POOL) if lexical else [])

    def hits(self, text: str, k: int = 5, *, vector: list[float] | None = None,
             expansion: Sequence[str] = (), language: str | None = None) -> list[Hit]:
        """Best k passages. `expansion`: extra words for the lexical side (glossary translations);
        `language`: the asker's, so passages in the other language are not ranked down for it."""
        self.refresh()
        chunks = self._chunks
        if not chunks:
            return []
        found = self.candidates(text, vector, expansion)
        best, fused = fuse(found, lambda i: _live(chunks, i).metadata, language, self.weights, k, self.dense_weight)
        dense_sim, lex_score = dict(found.dense), dict(found.lexical)
        return [Hit(to_passage(_live(chunks, i), fused[i], self._base_url, dense=dense_sim.get(i, 0.0),
                               lexical=lex_score.get(i, 0.0)), dense_sim.get(i, 0.0), lex_score.get(i, 0.0))
                for i in best]

    def _context_similarity(self, dense: list[StoredChunk], vector) -> dict[str, float]:
        """chunk id -> the best cosine of the question with one of its units read in context."""
        model = self.store.model_id
        keys: dict[str, str] = {}
        for c in dense:
            if c.id not in self._context_keys:
                m = c.metadata
                self._context_keys[c.id] = [
                    unit_key(model, in_context(m.get("title", ""), m.get("section", ""), text))
                    for text, _ in units(c.text, m.get("kind", "document"))]
            keys.update({key: c.id for key in self._context_keys[c.id]})
        if not keys:
            return {}
        stored = self.store.unit_vectors([c.id for c in dense])
        q = np.asarray(vector, dtype=np.float32)
        out: dict[str, float] = {}
        for key, cid in keys.items():
            if key in stored:
                out[cid] = max(out.get(cid, -1.0), float(np.dot(stored[key], q)))
        return out

    def unit_vectors(self, texts: list[str]) -> dict[str, np.ndarray]:
        """The stored vectors of those of `texts` that are quotable units of current chunks
        (ingestion stores them with their chunks, keyed by model and text)."""
        self.refresh()
        keys = {unit_key(self.store.model_id, t): t for t in texts}
        owners, live = self._unit_owner, self._by_id
        ids = {cid for k in keys if (cid := owners.get(k)) in live}
        if not ids:
            return {}
        return {keys[k]: v for k, v in self.store.unit_vectors(ids).items() if k in keys}

    def search(self, text: str, k: int = 5) -> list[Passage]:
        """Question in, ranked passages out (text, document, section, page, score)."""
        return [h.passage for h in self.hits(text, k)]


def _live(chunks: list[StoredChunk | None], slot: int) -> StoredChunk:
    """The chunk in a slot the index still uses (a removed file's slots hold None until a rebuild)."""
    chunk = chunks[slot]
    assert chunk is not None, f"slot {slot} was removed"
    return chunk


def _with_other_language(best: list[int], ranked: list[int], meta, language: str, places: int) -> list[int]:
    """`best` with at least `places` passages in another language than the question's, when the
    ranking has any: the best-ranked of them take the last places."""
    def other(i: int) -> bool:  # contact entries name everything in both languages already
        m = meta(i)
        return m.get("lang") not in (None, "", language) and m.get("kind") != "contacts"
    missing = places - sum(other(i) for i in best)
    if missing <= 0:
        return best
    extra = [i for i in ranked if other(i) and i not in best][:missing]
    return best[:len(best) - len(extra)] + extra if extra else best


def _with_lexical(best: list[int], wanted: list[int], kept: list[int]) -> list[int]:
    """`best` with the `wanted` slots (the lexical ranking's first) in it: those missing take the last
    places that are not `kept` (the other language's place)."""
    missing = [i for i in wanted if i not in best]
    if not missing:
        return best
    out = list(best)
    for i in missing:
        free = [j for j in range(len(out) - 1, -1, -1) if out[j] not in kept and out[j] not in wanted]
        if not free:
            break
        out[free[0]] = i
    return out


def _ranks(ranking: list[int], meta):
    """(position, overall rank, rank among the passages of the same language) for a ranking."""
    seen: dict[str, int] = {}
    for rank, i in enumerate(ranking):
        language = meta(i).get("lang", "")
        language_rank = seen.get(language, 0)
        seen[language] = language_rank + 1
        yield i, rank, language_rank


def _unit_owners(chunks) -> dict[str, str]:
    return {key: c.id for c in chunks if c is not None for key in c.unit_keys}


class _LiveVocabulary(Vocabulary):
    """evidence.Vocabulary over the current files, kept up to date file by file: each file's own
    Vocabulary is counted in, and out again when the file changes or goes, so every look-up (`in`,
    df, idf, known, …) is what a Vocabulary of all the current texts gives. (It keeps counts where
    Vocabulary keeps sets: a word, prefix or ending stays while some current file has it.)"""

    def __init__(self) -> None:  # empty; fill with `updated`
        self.size = 0
        self._words, self._stem_df, self._prefixes, self._endings = Counter(), Counter(), Counter(), Counter()
        self._forms = Counter()
        self._accented = None

    def updated(self, remove: Sequence[list[str]] = (), add: Sequence[list[str]] = ()) -> "_LiveVocabulary":
        """A new vocabulary without the files whose texts are in `remove`, with those in `add`."""
        new = _LiveVocabulary()
        new.size = self.size
        new._words, new._stem_df = cast(Counter, self._words).copy(), self._stem_df.copy()
        new._prefixes, new._endings = cast(Counter, self._prefixes).copy(), cast(Counter, self._endings).copy()
        new._forms = cast(Counter, self._forms).copy()
        for texts, sign in [(t, -1) for t in remove] + [(t, 1) for t in add]:
            new._count(Vocabulary(texts), sign)
        return new

    def _count(self, file: Vocabulary, sign: int) -> None:
        self.size += sign * file.size
        for counts, theirs in ((self._words, file._words), (self._forms, file._forms), (self._prefixes, file._prefixes),
                               (self._endings, file._endings), (self._stem_df, file._stem_df)):
            mine = cast(Counter, counts)
            for key in theirs:
                n = mine[key] + sign * (cast(Counter, theirs)[key] if mine is self._stem_df or mine is self._forms else 1)
                if n > 0:
                    mine[key] = n
                else:
                    del mine[key]


def _index_text(chunk: StoredChunk) -> str:
    m = chunk.metadata
    return f"{m.get('title', '')} {m.get('section', '')}\n{chunk.text}"
