"""The decision, as a pure function: features of a question and its best evidence in, an outcome
and a reason out. The fitted models (bot/learned.py) carry the weights and thresholds.

Rules here are only those that state what the bot is for — attempts to change its instructions
and requests for creative writing are declined whatever the documents say — and one that states
what a contact question is: someone who asks for a phone number or an e-mail address is not
answered by a quote without one, however well it matches. Everything else is weighed by the
fitted models.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import numpy as np

from .learned import Logistic
from .models import Outcome


class Reason(str, Enum):
    ANSWERED = "answered"
    EMPTY = "empty"
    INJECTION = "injection"              # instructions to the bot, not a question
    CREATIVE = "creative-writing"
    OFF_TOPIC = "off-topic"
    NOTHING_FOUND = "nothing-found"      # the knowledge base is empty or nothing matched
    FACT_MISSING = "fact-missing"        # the kind of fact asked for (amount, date, …) is not there
    UNKNOWN_NAME = "unknown-name"        # the question names something no document mentions
    WEAK_EVIDENCE = "weak-evidence"      # nothing close enough to carry an answer
    MODEL_NOT_COVERED = "model-not-covered"  # the language model found the passages do not cover it
    APPROVED_ANSWER = "approved-answer"  # it asks what an approved answer answers (bot/engine/match.py)
    APPROVED_SIMILAR = "approved-similar"  # not answered otherwise; an approved answer to a similar question


# Kinds of fact without which a quote is no answer at all (the recognisers find them reliably).
ESSENTIAL_KINDS = frozenset({"phone", "email", "reach"})


@dataclass(frozen=True)
class DecisionInput:
    values: dict[str, float]                  # named features (bot/features.py)
    injection: bool = False
    creative: bool = False
    has_evidence: bool = True
    missing: tuple[str, ...] = ()             # kinds of fact asked for and absent from the quote
    approved: float = 0.0                     # the match model's probability for the closest approved answer


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    reason: Reason
    confidence: float = 0.0                   # the answer model's probability
    missing: tuple[str, ...] = field(default=())


def vector(model: Logistic, values: dict[str, float]) -> np.ndarray:
    return np.array([values[f] for f in model.features], dtype=np.float64)


def decide(x: DecisionInput, answer: Logistic, offtopic: Logistic, *, with_language_model: bool = False,
           match: Logistic | None = None, offer: float = 1.01) -> Decision:
    """Answer, escalate or decline. A question that asks what an approved answer answers (the
    `match` model's probability at or above its threshold) gets that answer, with or without a
    language model; one that would go to the coordinator gets, at or above `offer`, the approved
    answer to a similar question, which names that question. With a language model configured the
    model judges coverage itself, so only what is clearly not a question for the bot is settled here."""
    if x.injection:
        return Decision(Outcome.DECLINE, Reason.INJECTION)
    if x.creative:
        return Decision(Outcome.DECLINE, Reason.CREATIVE)
    if match is not None and x.approved >= match.threshold:
        return Decision(Outcome.ANSWER, Reason.APPROVED_ANSWER, x.approved)
    p_off = float(offtopic.probability(vector(offtopic, x.values))[0])
    if not x.has_evidence:
        if p_off >= offtopic.threshold:
            return Decision(Outcome.DECLINE, Reason.OFF_TOPIC)
        return Decision(Outcome.ESCALATE, Reason.NOTHING_FOUND)
    p = float(answer.probability(vector(answer, x.values))[0])
    if p >= answer.threshold and not ESSENTIAL_KINDS & set(x.missing):
        return Decision(Outcome.ANSWER, Reason.ANSWERED, p)
    if with_language_model:
        return Decision(Outcome.ANSWER, Reason.ANSWERED, p) if p_off < offtopic.threshold \
            else Decision(Outcome.DECLINE, Reason.OFF_TOPIC, p)  # the model decides
    # a question like one the coordinator has answered is for her, whatever the documents cover
    if match is not None and x.approved >= offer:
        return Decision(Outcome.ANSWER, Reason.APPROVED_SIMILAR, x.approved)
    if p_off >= offtopic.threshold:
        return Decision(Outcome.DECLINE, Reason.OFF_TOPIC, p)
    return Decision(Outcome.ESCALATE, _why_not(x, answer), p, x.missing)


def _why_not(x: DecisionInput, answer: Logistic) -> Reason:
    """The reason behind a low answer probability: the feature group that pulled it down most."""
    pulls = answer.contributions(vector(answer, x.values))
    groups = {
        Reason.FACT_MISSING: ("kind_found", "kind_in_passage") if x.missing else (),
        Reason.UNKNOWN_NAME: ("unknown_names",) if x.values.get("unknown_names", 0) > 0 else (),
    }
    worst, worst_pull = Reason.WEAK_EVIDENCE, 0.0
    for reason, names in groups.items():
        pull = sum(pulls.get(n, 0.0) for n in names)
        if names and pull < worst_pull:
            worst, worst_pull = reason, pull
    if worst is Reason.WEAK_EVIDENCE and x.missing:
        return Reason.FACT_MISSING
    return worst
