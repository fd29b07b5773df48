"""The model seam against a local OpenAI-compatible server: real openai client, real HTTP over loopback."""
from __future__ import annotations

import time

import pytest

from bot.engine.llm import ChatModel, LLMError, OpenAIChatModel, ScriptedChatModel, chat_model
from ingest.config import ConfigError
from tests.stubs import OpenAIStub


def chat_model_from_env(env: dict):
    """The language model the settings `env` configure (bot.app.settings reads them; bot.engine.llm builds it)."""
    from bot.app.settings import Settings

    return chat_model(Settings.from_env(env).llm)


KEY = "sk-test-secret-4711"
SYSTEM = "Du är en testassistent."
USER = "Vad gäller för vänortsresor? HEMLIG-PROMPTTEXT"


def model_for(openai_stub: OpenAIStub, **overrides) -> OpenAIChatModel:
    settings = dict(api_key=KEY, base_url=openai_stub.url, model="gpt-test", timeout=5, max_retries=2)
    settings.update(overrides)
    return OpenAIChatModel(**settings)


def assert_safe_to_log(error: LLMError) -> None:
    message = str(error)
    assert KEY not in message
    assert "HEMLIG-PROMPTTEXT" not in message and SYSTEM not in message
    # no chained vendor error that a logged traceback would print either
    assert error.__cause__ is None and (error.__context__ is None or error.__suppress_context__)


def test_answer_comes_back_and_request_speaks_the_openai_protocol(openai_stub):
    openai_stub.enqueue(content="Resor beslutas av kommunstyrelsen [1].")

    text = model_for(openai_stub).complete(SYSTEM, USER)

    assert text == "Resor beslutas av kommunstyrelsen [1]."
    [request] = openai_stub.requests
    assert (request.method, request.path) == ("POST", "/v1/chat/completions")
    assert request.header("Authorization") == f"Bearer {KEY}"
    assert request.json["model"] == "gpt-test"
    assert request.json["temperature"] == 0
    assert request.json["messages"] == [{"role": "system", "content": SYSTEM}, {"role": "user", "content": USER}]


def test_constructor_opens_no_connection(openai_stub):
    model = model_for(openai_stub)

    assert openai_stub.requests == []
    assert model.model_id == "openai/gpt-test"
    assert KEY not in repr(model)


def test_rate_limit_then_success_is_retried(openai_stub):
    openai_stub.enqueue(status=429, headers={"retry-after": "0"})
    openai_stub.enqueue(content="Andra försöket [1].")

    assert model_for(openai_stub).complete(SYSTEM, USER) == "Andra försöket [1]."
    assert len(openai_stub.chat_requests) == 2
    assert openai_stub.requests[1].json == openai_stub.requests[0].json


def test_timeout_raises_llm_error_quickly(openai_stub):
    openai_stub.enqueue(delay=5.0, content="för sent")
    model = model_for(openai_stub, timeout=0.5, max_retries=0)

    started = time.monotonic()
    with pytest.raises(LLMError) as caught:
        model.complete(SYSTEM, USER)

    assert time.monotonic() - started < 2.0
    assert caught.value.kind == "timeout"
    assert "no answer within 0.5 s" in str(caught.value)
    assert len(openai_stub.requests) == 1
    assert_safe_to_log(caught.value)


def test_server_errors_exhausting_retries_raise_llm_error(openai_stub):
    for _ in range(3):
        openai_stub.enqueue(status=500, headers={"retry-after-ms": "5"})

    with pytest.raises(LLMError) as caught:
        model_for(openai_stub, max_retries=2).complete(SYSTEM, USER)

    assert len(openai_stub.requests) == 3  # the first try and two retries
    assert caught.value.status == 500
    assert "HTTP 500" in str(caught.value) and "after 2 retries" in str(caught.value)
    assert_safe_to_log(caught.value)


def test_wrong_key_is_not_retried_and_says_what_to_check(openai_stub):
    openai_stub.enqueue(status=401)

    with pytest.raises(LLMError) as caught:
        model_for(openai_stub).complete(SYSTEM, USER)

    assert len(openai_stub.requests) == 1
    assert "HTTP 401 - check the API key" in str(caught.value)
    assert_safe_to_log(caught.value)


@pytest.mark.parametrize("scripted", [
    {"body": "<html>502 Bad Gateway</html>"},
    {"body": {"id": "x", "object": "chat.completion", "created": 0, "model": "m", "choices": []}},
    {"content": ""},
    {"content": "  \n "},
], ids=["html", "no-choices", "empty", "whitespace"])
def test_unreadable_or_empty_response_raises_llm_error(openai_stub, scripted):
    openai_stub.enqueue(**scripted)

    with pytest.raises(LLMError) as caught:
        model_for(openai_stub).complete(SYSTEM, USER)

    assert caught.value.kind == "response"
    assert_safe_to_log(caught.value)


def test_server_not_running_raises_llm_error():
    with OpenAIStub() as gone:
        url = gone.url  # a port nothing listens on once the stub has stopped

    with pytest.raises(LLMError) as caught:
        OpenAIChatModel(api_key=KEY, base_url=url, timeout=2, max_retries=0).complete(SYSTEM, USER)

    assert caught.value.kind == "connection"
    assert "could not connect" in str(caught.value)


def test_azure_uses_the_deployment_path_and_api_key_header(openai_stub):
    openai_stub.enqueue(content="Azure svarar [1].")
    model = OpenAIChatModel(api_key="azure-key-1", azure_endpoint=openai_stub.root, azure_deployment="omvarld-4o",
                            azure_api_version="2024-10-21", timeout=5, max_retries=0)

    assert model.complete(SYSTEM, USER) == "Azure svarar [1]."
    [request] = openai_stub.requests
    assert request.path == "/openai/deployments/omvarld-4o/chat/completions"
    assert request.query["api-version"] == "2024-10-21"
    assert request.header("api-key") == "azure-key-1"
    assert model.model_id == "azure-openai/omvarld-4o"


# -- configuration ------------------------------------------------------------------------

def test_no_key_and_no_base_url_means_no_model():
    assert chat_model_from_env({}) is None
    assert chat_model_from_env({"OPENAI_API_KEY": "", "OPENAI_BASE_URL": "  ", "OPENAI_MODEL": "x"}) is None


def test_base_url_alone_is_enough_for_a_local_server(openai_stub):
    openai_stub.enqueue(content="Från Ollama [1].")
    model = chat_model_from_env({"OPENAI_BASE_URL": openai_stub.url, "OPENAI_MODEL": "llama3.1:8b", "LLM_MAX_RETRIES": "0"})

    assert model.complete(SYSTEM, USER) == "Från Ollama [1]."
    assert openai_stub.requests[0].header("authorization") == "Bearer not-needed"
    assert openai_stub.requests[0].json["model"] == "llama3.1:8b"


def test_settings_come_from_the_environment():
    model = chat_model_from_env({"OPENAI_API_KEY": KEY, "LLM_TIMEOUT_SECONDS": "7.5", "LLM_MAX_RETRIES": "0"})

    assert model.model_id == "openai/gpt-4o-mini"
    assert (model.timeout, model.max_retries) == (7.5, 0)


@pytest.mark.parametrize("env, named", [
    ({"OPENAI_API_KEY": KEY, "LLM_TIMEOUT_SECONDS": "soon"}, "LLM_TIMEOUT_SECONDS"),
    ({"OPENAI_API_KEY": KEY, "LLM_TIMEOUT_SECONDS": "0"}, "LLM_TIMEOUT_SECONDS"),
    ({"OPENAI_API_KEY": KEY, "LLM_MAX_RETRIES": "-1"}, "LLM_MAX_RETRIES"),
    ({"AZURE_OPENAI_ENDPOINT": "https://x.openai.azure.com"}, "AZURE_OPENAI_API_KEY"),
])
def test_bad_settings_are_a_config_error_naming_the_variable(env, named):
    with pytest.raises(ConfigError, match=named):
        chat_model_from_env(env)


def test_azure_from_the_environment():
    model = chat_model_from_env({"AZURE_OPENAI_ENDPOINT": "https://x.openai.azure.com", "AZURE_OPENAI_API_KEY": "k",
                                 "AZURE_OPENAI_DEPLOYMENT": "gpt4o-prod"})

    assert model.model_id == "azure-openai/gpt4o-prod"
    assert model.azure_api_version == "2024-10-21"


# -- the fake -------------------------------------------------------------------------------

def test_scripted_model_replies_in_order_and_records_calls():
    model = ScriptedChatModel("första [1]").enqueue(LLMError("nere"), lambda system, user: f"svar på {user}")

    assert model.complete("s1", "u1") == "första [1]"
    with pytest.raises(LLMError, match="nere"):
        model.complete("s2", "u2")
    assert model.complete("s3", "u3") == "svar på u3"
    with pytest.raises(LLMError, match="no reply queued"):
        model.complete("s4", "u4")
    assert [(c.system, c.user) for c in model.calls] == [("s1", "u1"), ("s2", "u2"), ("s3", "u3"), ("s4", "u4")]


def test_both_models_fit_the_seam(openai_stub):
    assert isinstance(ScriptedChatModel(), ChatModel)
    assert isinstance(model_for(openai_stub), ChatModel)


# -- the stub itself, which other tests reuse -----------------------------------------------------

def test_stub_serves_deterministic_embeddings_to_the_openai_client(openai_stub):
    import openai

    client = openai.OpenAI(api_key=KEY, base_url=openai_stub.url, max_retries=0)

    as_base64 = client.embeddings.create(model="text-embedding-3-small", input=["vänort", "twin town"])
    as_floats = client.embeddings.create(model="text-embedding-3-small", input="vänort", encoding_format="float",
                                         dimensions=4)

    first = as_base64.data[0].embedding
    assert len(first) == 8
    assert first == pytest.approx(OpenAIStub.embedding_for("vänort", 8), abs=1e-6)
    assert as_base64.data[1].embedding != first
    assert as_floats.data[0].embedding == pytest.approx(OpenAIStub.embedding_for("vänort", 4))
    assert [r.json["encoding_format"] for r in openai_stub.embedding_requests] == ["base64", "float"]


def test_stub_streams_when_asked(openai_stub):
    import openai

    openai_stub.enqueue(content="Svar i delar [1].")
    client = openai.OpenAI(api_key=KEY, base_url=openai_stub.url, max_retries=0)

    chunks = client.chat.completions.create(model="gpt-test", messages=[{"role": "user", "content": "?"}], stream=True)

    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Svar i delar [1]."
