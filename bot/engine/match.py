"""Does a question ask what an approved answer answers?

An approved answer states the question it answers (its title), so a new question is compared
with that question, not with the answer's sentences: "Vad får jag i traktamente utomlands?"
and "What per diem do I get abroad?" ask what "Hur mycket traktamente får man vid en
tjänsteresa utomlands?" asked, though no sentence of the coordinator's answer need resemble
either. The comparison is described by features (MATCH_FEATURES) and weighed by a fitted
logistic model (`Params.match`, fitted by `python -m bot fit` on the question pairs in
tests/eval/rewordings/); at or above its threshold the approved answer is given whole.

The features: how close the two questions are in the embedding space (e5, both read as
queries), whether they are in different languages (e5 rates a translation lower than a
rewording), how much of each question's vocabulary — rare words weighing more, glossary
translations counting — the other has, and whether they ask for different kinds of fact
("how much" against "who").
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import answer_types
from .evidence import Asked, question_terms, weighted_overlap
from .models import Passage

MATCH_FEATURES = (
    "cosine",          # of the two questions, both embedded as queries
    "cosine_cross",    # the same when they are in different languages, else 0
    "cross_language",  # 1 when they are in different languages
    "overlap",         # rarity-weighted share of the new question's terms found in the approved one
    "overlap_back",    # … of the approved question's terms found in the new one
    "overlap_answer",  # … of the new question's terms found in the approved question and answer
    "kind_conflict",   # both ask for a kind of fact (amount, date, who, …) and not the same kinds
)


# Only the approved questions closest to the new one (by cosine) are weighed: with hundreds of
# approved answers the others cannot win, and their features cost time.
CANDIDATES = 10


def closest(similarities, n: int = CANDIDATES) -> list[int]:
    """Indices of the n highest similarities, best first."""
    return [int(i) for i in np.argsort(-np.asarray(similarities, dtype=np.float64), kind="stable")[:n]]


@dataclass(frozen=True)
class Match:
    passage: Passage            # the approved answer's passage
    question: str               # the question it answers
    probability: float
    features: dict[str, float]


def approved_question(passage: Passage) -> str:
    """The question an approved answer answers: its title (the file's heading)."""
    return passage.document or passage.text.split(" – ", 1)[0]


def pair_features(asked: Asked, question: str, vector: np.ndarray, language: str, answer_text: str,
                  groups: tuple, idf) -> dict[str, float]:
    """The features of a new question (`asked`) against an approved `question` (its query vector,
    language, and the approved passage's text); `groups`: the approved question's glossary terms,
    `idf`: word -> rarity."""
    cosine = float(np.dot(asked.vector, vector))
    cross = float(bool(language) and language != asked.language)
    back_terms = question_terms(question, groups)
    back_weights = [max(idf(v) for v in variants) for variants, _ in back_terms]
    kinds_new, kinds_old = set(_fact_kinds(asked.kinds)), set(_fact_kinds(tuple(answer_types.asked(question))))
    return {
        "cosine": cosine,
        "cosine_cross": cosine * cross,
        "cross_language": cross,
        "overlap": weighted_overlap(asked.terms, asked.weights, question),
        "overlap_back": weighted_overlap(back_terms, back_weights, asked.text),
        "overlap_answer": weighted_overlap(asked.terms, asked.weights, f"{question} {answer_text}"),
        "kind_conflict": float(bool(kinds_new) and bool(kinds_old) and not kinds_new & kinds_old),
    }


def _fact_kinds(kinds: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in kinds if k not in ("list", "definition"))
