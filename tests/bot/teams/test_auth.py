"""With credentials configured, /api/messages only accepts requests carrying a valid token.

Validation is the SDK's own (JwtTokenValidator behind jwt_authorization_decorator). It
fetches the signing keys from Microsoft (login.botframework.com for Bot Framework tokens);
here that fetch is pointed at a local JWKS server by pre-filling the validator's key-client
cache for that URL, so the signature, audience and expiry checks are the real ones and
nothing leaves loopback (the loopback guard in conftest would fail the test if it did).
Outgoing calls get their token from a fake provider instead of MSAL/Entra.
"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt import PyJWKClient
from microsoft_agents.hosting.core import AgentAuthConfiguration, OutboundHostValidator
from microsoft_agents.hosting.core.authorization import AuthenticationConstants
from microsoft_agents.hosting.core.authorization.jwt import jwt_token_validator

from bot.adapters.teams.settings import TeamsSettings

from .conftest import COORDINATORS, anonymous_settings
from .fakes import COORDINATION, CORA, channel, escalated, personal

APP_ID = "11111111-2222-3333-4444-555555555555"
TENANT_ID = "66666666-7777-8888-9999-000000000000"
BOT_FRAMEWORK = "https://api.botframework.com"
OUTGOING_TOKEN = "outgoing-token-from-the-fake-provider"

# The SDK's middleware stores the claims under a string key; aiohttp recommends RequestKey.
pytestmark = pytest.mark.filterwarnings("ignore::aiohttp.web.NotAppKeyWarning")


class FakeTokenProvider:
    """Stands in for MSAL: hands out a fixed token for outgoing calls, and counts the asks."""

    def __init__(self, configuration: AgentAuthConfiguration) -> None:
        self._configuration = configuration
        self.asked: list[str] = []

    @property
    def configuration(self) -> AgentAuthConfiguration:
        return self._configuration

    async def get_access_token(self, resource_url: str, scopes: list[str], force_refresh: bool = False) -> str:
        self.asked.append(resource_url)
        return OUTGOING_TOKEN

    def get_token_credential(self):
        raise NotImplementedError


class Signer:
    """An RSA key published at a local JWKS URL, and tokens signed with it (or with another key)."""

    def __init__(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        body = json.dumps({"keys": [{**jwk, "kid": "test-key", "use": "sig", "alg": "RS256"}]}).encode()

        class Keys(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Keys)
        threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True).start()
        self.jwks_url = f"http://127.0.0.1:{self.server.server_address[1]}/keys"

    def token(self, service_url: str, *, audience: str = APP_ID, expires_in: int = 600, key=None) -> str:
        now = int(time.time())
        claims = {"iss": BOT_FRAMEWORK, "aud": audience, "serviceurl": service_url, "nbf": now - 10,
                  "exp": now + expires_in}
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": "test-key"})


@pytest.fixture
def signer(monkeypatch):
    s = Signer()
    manager = jwt_token_validator._JwkClientManager()
    manager._cache[AuthenticationConstants.PUBLIC_ABS_JWKS_URL] = jwt_token_validator._JwkClientCacheEntry(
        PyJWKClient(s.jwks_url), threading.Lock())
    monkeypatch.setattr(jwt_token_validator.JwtTokenValidator, "_jwk_client_manager", manager)
    yield s
    s.server.shutdown()


@pytest.fixture
def providers():
    made: list[FakeTokenProvider] = []

    def factory(configuration):
        made.append(FakeTokenProvider(configuration))
        return made[-1]

    factory.made = made
    return factory


def authenticated_settings() -> TeamsSettings:
    return TeamsSettings(app_id=APP_ID, app_password="not-a-real-secret", tenant_id=TENANT_ID,
                         coordinator_ids=COORDINATORS)


@pytest.fixture
def secured(serve, engine, store, providers, signer):
    """The app with authentication on; serviceUrl checks off so the loopback connector is allowed."""
    return serve(authenticated_settings(), engine, store, token_provider=providers,
                 host_validator=OutboundHostValidator(enabled=False))


def test_a_request_without_a_token_is_refused_and_the_engine_is_not_asked(secured, connector, engine):
    response = secured.post(personal("Vad säger policyn?", connector.url))
    assert response.status_code == 401
    assert engine.questions == [] and connector.snapshot() == []


@pytest.mark.parametrize("header", ["Bearer not-a-jwt", "Basic dXNlcjpwdw==", "Bearer", "Bearer a b"])
def test_a_malformed_authorization_header_is_refused(secured, connector, engine, header):
    response = secured.post(personal("Vad säger policyn?", connector.url), headers={"Authorization": header})
    assert response.status_code == 401 and engine.questions == []


def test_tokens_with_a_foreign_signature_another_audience_or_expired_are_refused(secured, connector, engine, signer):
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    for token in (signer.token(connector.url, key=other_key),
                  signer.token(connector.url, audience="someone-elses-bot"),
                  signer.token(connector.url, expires_in=-3600)):
        response = secured.post(personal("Vad säger policyn?", connector.url), token=token)
        assert response.status_code == 401, token
    assert engine.questions == [] and connector.snapshot() == []


def test_a_valid_token_is_answered_and_outgoing_calls_carry_the_bots_own_token(secured, connector, engine,
                                                                               signer, providers):
    response = secured.post(personal("Vad säger policyn?", connector.url), token=signer.token(connector.url))
    assert response.status_code == 202
    [reply] = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"), what="the answer")
    assert reply.card is not None and reply.authorization == f"Bearer {OUTGOING_TOKEN}"
    assert [q.text for q in engine.questions] == ["Vad säger policyn?"]
    assert BOT_FRAMEWORK in providers.made[0].asked


def test_proactive_cards_in_authenticated_mode_use_the_bots_token(secured, connector, engine, signer, store):
    register = channel("registrera", connector.url, user=CORA, channel_id=COORDINATION)
    assert secured.post(register, token=signer.token(connector.url)).status_code == 202
    connector.wait_for(lambda _: connector.messages(register["conversation"]["id"]))
    engine.enqueue(escalated())
    assert secured.post(personal("Okänd fråga", connector.url), token=signer.token(connector.url)).status_code == 202
    [answer] = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"))
    click = personal(None, connector.url, value=answer.card["actions"][0]["data"], reply_to_id=answer.new_id)
    assert secured.post(click, token=signer.token(connector.url)).status_code == 202

    [card] = connector.wait_for(lambda _: [r for r in connector.messages(COORDINATION)
                                           if r.path == "/v3/conversations"], what="the proactive card")
    assert card.authorization == f"Bearer {OUTGOING_TOKEN}"
    assert store.get_escalation(1).origin["conversation"]["claims"]["aud"] == APP_ID


def test_by_default_authenticated_mode_only_talks_to_microsofts_service_urls(serve, engine, store, providers,
                                                                           signer, connector):
    """A valid token naming a loopback serviceUrl is still refused: the bot never posts to it."""
    app = serve(authenticated_settings(), engine, store, token_provider=providers)
    response = app.post(personal("Vad säger policyn?", connector.url), token=signer.token(connector.url))
    assert response.status_code == 401
    assert engine.questions == [] and connector.snapshot() == []


def test_a_coordinator_channel_registered_in_anonymous_mode_gets_cards_with_a_token_later(
        serve, engine, store, connector, signer):
    """Registered while trying things out locally, then run for real: the card still carries a token."""
    anonymous = serve(anonymous_settings(), engine, store)
    anonymous.send(channel("registrera", connector.url, user=CORA, channel_id=COORDINATION))
    connector.wait_for(lambda _: connector.messages(None))
    assert store.get_value("teams.coordinator")["conversation"]["claims"] == {}
    anonymous.stop()

    providers = []
    secured = serve(authenticated_settings(), engine, store,
                    token_provider=lambda c: providers.append(FakeTokenProvider(c)) or providers[-1],
                    host_validator=OutboundHostValidator(enabled=False))
    engine.enqueue(escalated())
    secured.post(personal("Okänd fråga", connector.url), token=signer.token(connector.url))
    [answer] = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"))
    secured.post(personal(None, connector.url, value=answer.card["actions"][0]["data"], reply_to_id=answer.new_id),
                 token=signer.token(connector.url))
    [card] = connector.wait_for(lambda _: [r for r in connector.messages(COORDINATION)
                                           if r.path == "/v3/conversations"], what="the card")
    assert card.authorization == f"Bearer {OUTGOING_TOKEN}"


def unsigned(header: dict, claims: dict) -> str:
    """A JWT with any header and no usable signature, as an attacker would send one."""
    import base64

    def part(value: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return f"{part(header)}.{part(claims)}."


@pytest.mark.parametrize("header", [{"alg": "none", "typ": "JWT"}, {"alg": "RS256"}, {"alg": "HS256", "kid": "test-key"},
                                    {"alg": "RS256", "kid": ""}])
def test_a_token_without_a_key_id_or_with_another_algorithm_is_401_not_500(secured, connector, engine, header):
    now = int(time.time())
    token = unsigned(header, {"iss": BOT_FRAMEWORK, "aud": APP_ID, "serviceurl": connector.url,
                              "nbf": now - 10, "exp": now + 600})
    response = secured.post(personal("Vad säger policyn?", connector.url), token=token)
    assert response.status_code == 401
    assert response.json() == {"error": "Invalid token or authentication failed."}
    assert engine.questions == [] and connector.snapshot() == []


def test_an_unauthenticated_request_with_a_malformed_body_is_401_before_anything_is_read(secured, connector):
    response = secured.post([1, 2])
    assert response.status_code == 401
