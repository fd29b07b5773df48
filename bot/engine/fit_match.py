"""Fitting the approved-answer match model (bot/engine/match.py), part of `python -m bot fit`.

The data is tests/eval/rewordings/pairs.jsonl: groups of an approved question (with the
coordinator's answer), rewordings that ask the same, and near misses on the same topic that ask
something the answer does not say; split by group into a tune and a sealed part. A new question
is set against every approved question of its part, as the engine does with every approved
answer it has, and the model should pick its own group's (a rewording) or none (a near miss).

Training pairs: each question against its own approved question (1 for a rewording, 0 for a near
miss) and against the two other approved questions it is closest to (0). The regularisation and
the threshold are chosen by cross-validation grouped by group on the tune part: the threshold is
the lowest at which, out of fold, at most MAX_WRONG of the questions get an approved answer that
is not theirs (a near miss answered, or a rewording given another group's answer) — the coordinator's
own words, given to the wrong question, mislead more than one more question in her queue.

A second, lower threshold (`offer`) is for questions the bot would otherwise send to the
coordinator: it shows the closest approved answer as the answer to *a similar question*, naming
that question, and the asker still has the button to ask the coordinator. It is the lowest
threshold down to which, out of fold, at least OFFER_PRECISION of the answers so offered are
the question's own (more often right than wrong).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import answer_types, language
from .evidence import Asked, question_terms
from .learned import Logistic, fit_logistic
from .match import MATCH_FEATURES, closest, pair_features

PAIRS = Path(__file__).resolve().parents[2] / "tests" / "eval" / "rewordings" / "pairs.jsonl"
FOLDS = 5
L2_GRID = (0.3, 1.0, 3.0, 10.0)
MAX_WRONG = 0.03
OFFER_PRECISION = 0.5
HARD_NEGATIVES = 2


@dataclass
class Approved:
    group: str
    question: str
    language: str
    answer: str
    vector: np.ndarray
    groups: tuple


@dataclass
class Asking:
    group: str
    same: bool           # a rewording of its group's approved question (else a near miss)
    fold: int
    features: list[dict[str, float]]  # against each approved question of the part, in order


def read_pairs(path: Path = PAIRS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def prepare(engine, groups: list[dict]) -> tuple[list[Approved], list[Asking]]:
    """Every question of `groups` against every approved question of them, with their features."""
    idf = engine.retriever.vocabulary.idf
    approved = []
    for g in groups:
        a = g["approved"]
        approved.append(Approved(g["group"], a["question"], a["lang"], a.get("answer", ""),
                                 np.asarray(engine.retriever.embed_query(a["question"]), dtype=np.float32),
                                 tuple(engine.glossary.groups(a["question"]))))
    askings = []
    for n, g in enumerate(groups):
        for label, key in ((True, "same"), (False, "different")):
            for q in g.get(key, []):
                asked = asked_of(engine, q["question"])
                features = [pair_features(asked, a.question, a.vector, a.language, f"{a.question} – {a.answer}",
                                          a.groups, idf) for a in approved]
                askings.append(Asking(g["group"], label, n % FOLDS, features))
    return approved, askings


def asked_of(engine, text: str) -> Asked:
    """The question as the engine's analysis describes it (without retrieval)."""
    from .mentions import strip_mentions

    text = strip_mentions(" ".join(text.split()))
    lang = language.detect(text)  # as in chat: the platform gives no language
    vector = np.asarray(engine.retriever.embed_query(text), dtype=np.float32)
    groups = engine.glossary.groups(text)
    vocabulary = engine.retriever.vocabulary
    terms = question_terms(text, groups)
    weights = [max(vocabulary.idf(v) for v in variants) for variants, _ in terms]
    return Asked(text, lang, vector, tuple(answer_types.asked(text)), terms, weights)


def _matrix(rows: list[dict[str, float]]) -> np.ndarray:
    return np.array([[r[f] for f in MATCH_FEATURES] for r in rows], dtype=np.float64)


def training_pairs(approved: list[Approved], askings: list[Asking]) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for a in askings:
        own = next(i for i, ap in enumerate(approved) if ap.group == a.group)
        others = sorted((i for i in range(len(approved)) if i != own),
                        key=lambda i: a.features[i]["cosine"], reverse=True)[:HARD_NEGATIVES]
        xs.append(a.features[own])
        ys.append(float(a.same))
        xs += [a.features[i] for i in others]
        ys += [0.0] * len(others)
    return _matrix(xs), np.array(ys)


def outcomes(model: Logistic, approved: list[Approved], askings: list[Asking]) -> list[tuple[str, float]]:
    """For each question, its best approved question's probability (among the CANDIDATES closest,
    as in the engine) and whether giving that answer would be "right" (its own group's, for a
    rewording) or "wrong"."""
    out = []
    for a in askings:
        near = closest([f["cosine"] for f in a.features])
        p = np.full(len(approved), -1.0)
        p[near] = model.probability(_matrix([a.features[i] for i in near]))
        best = int(np.argmax(p))
        right = a.same and approved[best].group == a.group
        out.append(("right" if right else "wrong", float(p[best])))
    return out


def threshold_for(results: list[tuple[str, float]], n: int) -> float:
    """The lowest threshold at which at most MAX_WRONG of the n questions get a wrong approved answer."""
    wrong = sorted((p for verdict, p in results if verdict == "wrong"), reverse=True)
    allowed = int(MAX_WRONG * n)
    if len(wrong) <= allowed:
        return 0.5
    return float(min(0.99, wrong[allowed] + 1e-6))


def offer_threshold_for(results: list[tuple[str, float]], settle: int = 10) -> float:
    """The lowest threshold down to which the answers offered, counted from the most probable, stay
    at least OFFER_PRECISION right (judged once `settle` have been counted); halfway to the next
    probability below, so that a small shift does not fall off the edge."""
    ranked = sorted(results, key=lambda r: r[1], reverse=True)
    best, right = 1.01, 0
    for n, (verdict, p) in enumerate(ranked, 1):
        right += verdict == "right"
        if right / n < OFFER_PRECISION:
            if n > settle:
                break
            continue
        below = ranked[n][1] if n < len(ranked) else 0.0
        best = (p + below) / 2
    return float(best)


def score(results: list[tuple[str, float]], askings: list[Asking], threshold: float, offer: float = 1.01) -> dict:
    same = [r for r, a in zip(results, askings) if a.same]
    near = [r for r, a in zip(results, askings) if not a.same]

    def share(rows, t, verdict=None):
        return sum((verdict is None or v == verdict) and p >= t for v, p in rows) / max(1, len(rows))
    return {
        "rewordings_answered": share(same, threshold, "right"),
        "rewordings_wrong_answer": share(same, threshold, "wrong"),
        "near_misses_answered": share(near, threshold),
        "rewordings_offered": share(same, offer, "right"),
        "rewordings_wrong_offer": share(same, offer, "wrong"),
        "near_misses_offered": share(near, offer),
        "questions": len(askings),
    }


def fit_match(engine, pairs: list[dict], log=print) -> tuple[Logistic, dict]:
    """The match model fitted on the tune groups; its cross-validated figures."""
    tune = [g for g in pairs if g.get("part") == "tune"]
    approved, askings = prepare(engine, tune)
    best: tuple[dict, float, float, float] | None = None
    for l2 in L2_GRID:
        results: list[tuple[str, float]] = [("", 0.0)] * len(askings)
        for k in range(FOLDS):
            train = [a for a in askings if a.fold != k]
            x, y = training_pairs(approved, train)
            model = fit_logistic(x, y, MATCH_FEATURES, l2=l2)
            test = [i for i, a in enumerate(askings) if a.fold == k]
            for i, r in zip(test, outcomes(model, approved, [askings[i] for i in test])):
                results[i] = r
        threshold, offer = threshold_for(results, len(askings)), offer_threshold_for(results)
        cv = score(results, askings, threshold, offer)
        log(f"match model l2 {l2}: out of fold at threshold {threshold:.3f}: rewordings answered "
            f"{cv['rewordings_answered']:.3f}, given another's answer {cv['rewordings_wrong_answer']:.3f}, "
            f"near misses answered {cv['near_misses_answered']:.3f}; offered at {offer:.3f}: rewordings "
            f"{cv['rewordings_offered']:.3f}, near misses {cv['near_misses_offered']:.3f}")
        if best is None or cv["rewordings_offered"] > best[0]["rewordings_offered"] + 1e-9:
            best = (cv, l2, threshold, offer)
    assert best is not None
    cv, l2, threshold, offer = best
    x, y = training_pairs(approved, askings)
    model = fit_logistic(x, y, MATCH_FEATURES, l2=l2)
    model.threshold = threshold
    return model, {**cv, "l2": l2, "groups": len(tune), "threshold": threshold, "offer": offer}


def report_sealed(engine, pairs: list[dict], model: Logistic, offer: float) -> dict:
    """The sealed groups, only to report."""
    approved, askings = prepare(engine, [g for g in pairs if g.get("part") == "sealed"])
    if not askings:
        return {}
    return score(outcomes(model, approved, askings), askings, model.threshold, offer)
