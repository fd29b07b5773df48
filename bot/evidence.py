"""Evidence: the sentences of the best passages that answer the question, and how well.

Each sentence (a list item, or a whole contact entry) is scored by its embedding
similarity to the question plus a small bonus for sharing the question's words;
the best few are quoted. Word overlap counts Swedish compounds: "arbetet" is
found in "utvecklingsarbetet".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ingest.units import units

from .lexical import _stems, words
from .models import Passage


@dataclass(frozen=True)
class Unit:
    passage: Passage
    rank: int       # of its passage in the retrieval
    position: int   # within the passage
    text: str       # as stored
    display: str    # as quoted (a list item gets its lead-in)
    similarity: float
    overlap: float
    score: float


# Words that shape a question rather than name its subject ("how often", "hur länge").
QUESTION_FORM = frozenset("ofta länge långt mycket många stor stort stora often long much many large big".split())


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if len(w) > 2 and w not in QUESTION_FORM]


@lru_cache(maxsize=50_000)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(words(text))


def _found(word: str, have: frozenset[str]) -> bool:
    if " " in word:  # a glossary phrase: all of its words
        return all(_found(w, have) for w in word.split())
    stems = [s for s in _stems(word) if len(s) >= 4]
    return (word in have or any(s in w for s in stems for w in have)
            # an ending the stemmer keeps: "policyn" ~ "policy"
            or any(len(w) >= 5 and word.startswith(w) and len(word) - len(w) <= 3 for w in have))


def overlap(question: str, text: str, groups: tuple = ()) -> float:
    """Share of the question's content words found in the text (stem, or inside a compound).

    `groups` are glossary terms of the question with their translations: such a term
    counts as found when the text has any translation of it.
    """
    covered = {w for term, _ in groups for w in words(term)}
    wanted = [w for w in content_words(question) if w not in covered]
    if not wanted and not groups:
        return 0.0
    have = _word_set(text.lower())
    found = sum(_found(w, have) for w in wanted)
    found += sum(any(_found(t, have) for t in (term, *translations)) for term, translations in groups)
    return found / (len(wanted) + len(groups))


def units_of(passage: Passage) -> list[tuple[str, str]]:
    """(text, display) pairs; list items are shown with the line that introduces the list."""
    return units(passage.text, passage.kind)


def score_units(question: str, qvec, passages: list[Passage], vectors, *, lexical_weight: float,
                rank_penalty: float = 0.004, groups: tuple = ()) -> list[Unit]:
    pairs = [(rank, pos, p, t, d) for rank, p in enumerate(passages) for pos, (t, d) in enumerate(units_of(p))]
    # a list's lead-in alone ("Alingsås kommun") is not an answer
    pairs = [x for x in pairs if not (len(x[3]) < 40 and not x[3].startswith("- ") and x[2].kind != "contacts"
                                      and len(units_of(x[2])) > 1)] or pairs
    if not pairs:
        return []
    mat = vectors([t for *_, t, _ in pairs])
    sims = mat @ np.asarray(qvec, dtype=np.float32)
    units = []
    for (rank, pos, p, t, d), sim in zip(pairs, sims):
        ov = overlap(question, f"{p.section} {t}", groups)
        units.append(Unit(p, rank, pos, t, d, float(sim), ov, float(sim) + lexical_weight * ov - rank_penalty * rank))
    return sorted(units, key=lambda u: u.score, reverse=True)


def pick(units: list[Unit], *, max_units: int, max_chars: int, window: float,
         context: list[Unit] | None = None) -> list[Unit]:
    """The first unit and the runners-up close to it, in reading order.

    `context` (all scored units) supplies the sentences a chosen one refers to."""
    if not units:
        return []
    best = units[0]
    chosen = [best]
    size = len(best.display)
    for u in units[1:]:
        if len(chosen) >= max_units or u.score < best.score - window:
            break
        if size + len(u.display) > max_chars:
            continue
        chosen.append(u)
        size += len(u.display)
    chosen = _with_references(chosen, context or units, max_chars)
    return sorted(chosen, key=lambda u: (u.rank, u.position))


# Pronouns that stand for something said before ("Detta sker …"); not "Denna policy …", which names it.
_ANAPHOR = re.compile(r"^(detta|dessa|därför|this|these|it|they)\b", re.I)


def _with_references(chosen: list[Unit], units: list[Unit], max_chars: int) -> list[Unit]:
    """A sentence that refers back ("Detta sker lämpligen i årsredovisningen.") is quoted with the one
    it refers to, and a chosen sentence that refers back brings its antecedent."""
    by_place = {(u.passage.id, u.position): u for u in units}
    out = list(chosen)
    size = sum(len(u.display) for u in out)
    for u in chosen:
        after = by_place.get((u.passage.id, u.position + 1))
        before = by_place.get((u.passage.id, u.position - 1))
        for extra, needed in ((after, after and _ANAPHOR.match(after.text)), (before, _ANAPHOR.match(u.text))):
            if extra is not None and needed and extra not in out and size + len(extra.display) <= max_chars * 1.5:
                out.append(extra)
                size += len(extra.display)
    return out


_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÅÄÖ][\w+]*[+]?|[A-ZÅÄÖ]{2,}\w*)")


def unknown_names(question: str, vocabulary) -> list[str]:
    """Names in the question (capitalised words not opening it, acronyms) that no document mentions.

    A name counts as known when some document word shares its first five letters
    ("Nordic" ~ "nordiska"), which forgives most Swedish/English spellings of a name.
    """
    out = []
    for m in _PROPER.finditer(question.strip()):
        word = m.group(1)
        if m.start() == 0:
            continue
        key = _fold(word.lower().rstrip("+"))
        if len(key) < 3:
            continue
        if key in vocabulary or (len(key) >= 5 and vocabulary.has_prefix(key[:5])):
            continue
        out.append(word)
    return out


def _fold(word: str) -> str:
    return word.translate(str.maketrans("åäöéü", "aaoeu"))


class Vocabulary:
    """Folded words of the corpus, for name look-ups."""

    def __init__(self, texts) -> None:
        self._words = {_fold(w) for t in texts for w in words(t)}
        self._prefixes = {w[:5] for w in self._words if len(w) >= 5}

    def __contains__(self, word: str) -> bool:
        return word in self._words

    def has_prefix(self, prefix: str) -> bool:
        return prefix in self._prefixes
