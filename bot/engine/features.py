"""The features of the decision: how well the best evidence fits the question, and what kind of
message it is. Named, so the fitted models (bot/learned.py) can pick theirs by name."""
from __future__ import annotations

from . import answer_types
from .evidence import Asked, Unit, missing_specifics, specifics, weighted_overlap

# The families of fact a question can ask for (the kinds of answer_types and engine.kinds_asked,
# grouped). How far the sentence model's probability for the best unit can be trusted differs by
# family, so the answer model has an intercept and a slope on that probability for each: learned,
# not set by hand.
FAMILIES = {"amount": "money", "cost": "money", "count": "count", "date": "time", "duration": "time",
            "frequency": "time", "person": "person", "place": "place", "phone": "contact", "email": "contact",
            "reach": "contact", "list": "list", "procedure": "list", "definition": "definition", "yesno": "yesno"}
FAMILY_NAMES = tuple(sorted(set(FAMILIES.values())))

DECISION_FEATURES = (
    "unit_p",           # the sentence model's probability for the best unit
    "unit_margin",      # … minus the runner-up's
    "sim",              # cosine of question and best unit
    "top_sim",          # best cosine of any unit
    "passage_sim",      # cosine of question and the best unit's passage
    "coverage",         # rarity-weighted share of the question's terms in the best unit's passage
    "coverage_all",     # … in all retrieved passages
    "unit_overlap",     # … in the best unit
    "unknown_terms",    # … that the knowledge base never uses
    "unknown_names",    # names in the question no document mentions (0, 1, 2+)
    "kind_asked",       # the question asks for an amount, date, count, phone, …
    "kind_found",       # … and the quote has it
    "kind_in_passage",  # … and the best unit's passage has it
    "same_language",    # the best unit is in the question's language
    "offtopic",         # nearest off-topic example's similarity minus the nearest in-scope one's
    "domain_sim",       # similarity to the nearest in-scope example
    "yesno",            # a yes/no question
    "list",             # a "which …" question
    "definition",       # a "what is …" question
    "terms",            # how many content terms the question has (capped at 8), / 8
    "specifics",        # the question names numbers, codes or names (evidence.specifics)
    "specifics_missing",  # … share of them the best unit's passage lacks
    "reader",           # the reader's score for the best unit read with the question (bot/engine/reader.py)
    *(f"asks_{f}" for f in FAMILY_NAMES),    # the question asks for a fact of this family
    *(f"unit_p_{f}" for f in FAMILY_NAMES),  # … and then unit_p (else 0)
)


def decision_features(asked: Asked, units: list[Unit], quote: list[Unit], passages, *, unknown_terms: float,
                      unknown_names: int, offtopic: float, domain_sim: float, reader: float = 0.0) -> dict[str, float]:
    """`units` scored and sorted best first; `quote` the units the answer would quote."""
    best = units[0] if units else None
    second = units[1].score if len(units) > 1 else 0.0
    hard = asked.hard_kinds
    quoted = " ".join(u.display for u in quote)
    passage_text = f"{best.passage.document} {best.passage.section} {best.passage.text}" if best else ""
    everything = " ".join(f"{p.section} {p.text}" for p in passages)
    named = specifics(asked.text, asked.terms)
    unit_p = best.score if best else 0.0
    families = {FAMILIES[k] for k in asked.kinds if k in FAMILIES}
    return {
        "unit_p": unit_p,
        "unit_margin": (best.score - second) if best else 0.0,
        "sim": best.similarity if best else 0.0,
        "top_sim": max((u.similarity for u in units), default=0.0),
        "passage_sim": best.features["passage_sim"] if best else 0.0,
        "coverage": weighted_overlap(asked.terms, asked.weights, passage_text),
        "coverage_all": weighted_overlap(asked.terms, asked.weights, everything),
        "unit_overlap": best.features["overlap"] if best else 0.0,
        "unknown_terms": unknown_terms,
        "unknown_names": float(min(unknown_names, 2)),
        "kind_asked": float(bool(hard)),
        "kind_found": float(bool(hard) and all(answer_types.has(k, quoted) for k in hard)),
        "kind_in_passage": float(bool(hard) and best is not None
                                 and all(answer_types.has(k, best.passage.text) for k in hard)),
        "same_language": float(best is not None and best.language == asked.language),
        "offtopic": offtopic,
        "domain_sim": domain_sim,
        "yesno": float("yesno" in asked.kinds),
        "list": float("list" in asked.kinds),
        "definition": float("definition" in asked.kinds),
        "terms": min(len(asked.terms), 8) / 8.0,
        "specifics": float(bool(named)),
        "specifics_missing": missing_specifics(named, passage_text),
        "reader": reader,
        **{f"asks_{f}": float(f in families) for f in FAMILY_NAMES},
        **{f"unit_p_{f}": unit_p * (f in families) for f in FAMILY_NAMES},
    }


def missing_kinds(asked: Asked, quote: list[Unit]) -> tuple[str, ...]:
    quoted = " ".join(u.display for u in quote)
    return tuple(k for k in asked.hard_kinds if not answer_types.has(k, quoted))
