"""Choosing the retriever's fusion weights (bot/engine/retrieval.py `Weights`), the first step of
`python -m bot fit`.

Each answerable tune question is searched once, as the engine searches it (the candidates of
both rankings, with the similarities the weights act on); then every combination in GRID fuses
those candidates, and the one that puts a passage holding the question's `retrieved_contains`
phrase among the passages the engine weighs (its EVIDENCE_PASSAGES, of which the sentence model
shows five) for the most questions is kept (ties: the earlier in GRID, whose first entry is the
current default). The weights are written to the parameters file with the models.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import product

from . import evaluate
from .engine import EVIDENCE_PASSAGES
from .retrieval import Candidates, Weights, fuse

GRID = [Weights()] + [Weights(context, lexical, bonus, places, lexical_places)
                      for context, lexical, bonus, places, lexical_places in product(
                          (0.0, 0.25, 0.5, 0.75), (0.3, 0.5, 1.0, 1.5), (0.0, 0.02, 0.04), (0, 1, 2), (0, 1))]
TOP = EVIDENCE_PASSAGES


@dataclass
class Search:
    found: Candidates
    meta: object        # slot -> metadata, for the knowledge base it was searched in
    language: str
    gold: set[int]      # slots whose text holds the phrase
    cross: bool         # asked in the other language than the answering document


def searches(engine, rows: list[dict]) -> list[Search]:
    """Each answerable row with a `retrieved_contains` phrase, searched once in `engine`'s knowledge base."""
    retriever = engine.retriever
    out = []
    for row in rows:
        phrase = evaluate.fold(row.get("retrieved_contains", ""))
        if row.get("expect") != "answer" or not phrase:
            continue
        text, earlier, lang = engine.read(evaluate.question_of(row))
        if not text:
            continue
        search_text, vector, groups = engine.search_terms(text, earlier)
        found = retriever.candidates(search_text, vector.tolist(), [w for _, ws in groups for w in ws])
        gold = retriever.slots_where(lambda t, p=phrase: p in evaluate.fold(t))
        out.append(Search(found, retriever.metadata_of, lang, gold, "cross-language" in row.get("tags", [])))
    return out


def hit_rate(items: list[Search], weights: Weights) -> float:
    if not items:
        return 0.0
    return sum(bool(set(fuse(s.found, s.meta, s.language, weights, TOP)[0]) & s.gold) for s in items) / len(items)


def choose(items: list[Search], log=print) -> tuple[Weights, dict]:
    """The weights that find the most `items` among the TOP passages, and their figures beside the
    default's (named hit5 in the parameters file, where they were first kept)."""
    best, best_rate = GRID[0], -1.0
    for weights in GRID:
        rate = hit_rate(items, weights)
        if rate > best_rate + 1e-9:
            best, best_rate = weights, rate
    cross = [s for s in items if s.cross]
    same = [s for s in items if not s.cross]
    figures = {"hit5": best_rate, "hit5_cross_language": hit_rate(cross, best), "hit5_same_language": hit_rate(same, best),
               "default_hit5": hit_rate(items, GRID[0]), "questions": len(items)}
    log(f"retrieval weights {best}: found among the {TOP} passages weighed {best_rate:.3f} (cross-language {figures['hit5_cross_language']:.3f}, "
        f"same language {figures['hit5_same_language']:.3f}; the defaults {figures['default_hit5']:.3f}) "
        f"over {len(items)} tune questions")
    return best, figures
