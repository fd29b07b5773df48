"""The engine with a language model: a real openai client over HTTP to a local OpenAI-compatible stub."""
from __future__ import annotations

import copy

import pytest

from bot.engine.llm import OpenAIChatModel, chat_model
from bot.engine.models import Outcome, Question


def chat_model_from_env(env: dict):
    """The language model the settings `env` configure (bot.app.settings reads them; bot.engine.llm builds it)."""
    from bot.app.settings import Settings

    return chat_model(Settings.from_env(env).llm)


@pytest.fixture
def with_model(policy_engine):
    """The session's warmed engine with a language model plugged in (shares its caches)."""
    def make(model):
        engine = copy.copy(policy_engine)
        engine.llm = model
        return engine
    return make


def model_for(openai_stub, **kw):
    return OpenAIChatModel(api_key="sk-test-key", base_url=openai_stub.url, model="gpt-test", **kw)


def test_model_answer_with_citations_becomes_the_reply(with_model, openai_stub):
    openai_stub.enqueue(content="Kommunfullmäktige beslutar om nya formella vänorter [1]. Se även [9].")
    engine = with_model(model_for(openai_stub))
    answer = engine.answer(Question("Vem beslutar om nya formella vänorter?"))
    assert answer.outcome is Outcome.ANSWER
    assert answer.text.startswith("Kommunfullmäktige beslutar om nya formella vänorter [1]")
    assert "[9]" not in answer.text  # a citation of a passage that was never sent is dropped
    assert len(answer.citations) == 1
    sent = openai_stub.chat_requests[-1].json
    assert sent["model"] == "gpt-test"
    assert "[1]" in sent["messages"][-1]["content"]  # numbered passages went to the model
    assert openai_stub.chat_requests[-1].header("authorization") == "Bearer sk-test-key"


def test_model_saying_not_covered_turns_the_reply_into_an_escalation(with_model, openai_stub):
    openai_stub.enqueue(content="NOT_COVERED")
    engine = with_model(model_for(openai_stub))
    answer = engine.answer(Question("Vilken nämnd ansvarar för den nordiska vänortskedjan?"))
    assert answer.outcome is Outcome.ESCALATE
    assert "samordnaren" in answer.text


def test_model_timeout_falls_back_to_the_extractive_answer_with_a_note(with_model, openai_stub):
    openai_stub.enqueue(content="too late [1]", delay=3.0)
    engine = with_model(model_for(openai_stub, timeout=0.5, max_retries=0))
    answer = engine.answer(Question("Vem beslutar om nya formella vänorter?"))
    assert answer.outcome is Outcome.ANSWER
    assert "Kommunfullmäktige beslutar om nya formella vänorter" in answer.text
    assert "Språkmodellen svarade inte" in answer.text
    assert answer.citations


def test_rate_limit_then_success_is_retried(with_model, openai_stub):
    openai_stub.enqueue(status=429, headers={"retry-after-ms": "5"})
    openai_stub.enqueue(content="West Sweden är en prioriterad samarbetspartner [1].")
    engine = with_model(model_for(openai_stub, max_retries=2))
    answer = engine.answer(Question("Vilken samarbetspartner är prioriterad i EU-frågor?"))
    assert answer.outcome is Outcome.ANSWER
    assert answer.text.startswith("West Sweden är en prioriterad samarbetspartner")
    assert len(openai_stub.chat_requests) == 2


def test_off_topic_never_reaches_the_model(with_model, openai_stub):
    engine = with_model(model_for(openai_stub))
    answer = engine.answer(Question("Skriv en dikt om hösten."))
    assert answer.outcome is Outcome.DECLINE
    assert openai_stub.chat_requests == []


def test_mass_mentions_from_the_model_never_reach_the_reply(with_model, openai_stub):
    openai_stub.enqueue(content="<!channel> Kommunfullmäktige beslutar om nya formella vänorter [1]. @here")
    engine = with_model(model_for(openai_stub))
    answer = engine.answer(Question("Vem beslutar om nya formella vänorter?"))
    assert "<!channel>" not in answer.text and "@here" not in answer.text
    assert "Kommunfullmäktige" in answer.text


def test_llm_is_configured_only_by_the_environment():
    assert chat_model_from_env({}) is None
    model = chat_model_from_env({"OPENAI_BASE_URL": "http://127.0.0.1:1/v1", "OPENAI_MODEL": "llama3"})
    assert model is not None and model.model_id.endswith("llama3")
