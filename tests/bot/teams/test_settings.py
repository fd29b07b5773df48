"""Teams settings: credentials or an explicit anonymous opt-in, never neither; secrets stay hidden."""
from __future__ import annotations

import logging

import pytest

from bot.adapters.teams import app as teams_app
from bot.adapters.teams.settings import TeamsConfigError, TeamsSettings

CREDENTIALS = {"TEAMS_APP_ID": "11111111-2222-3333-4444-555555555555", "TEAMS_APP_PASSWORD": "s3cret~value",
               "TEAMS_TENANT_ID": "66666666-7777-8888-9999-000000000000"}


def test_credentials_map_onto_the_sdks_service_connection():
    settings = TeamsSettings.from_env({**CREDENTIALS, "TEAMS_COORDINATOR_IDS": " AAD-Cora , 29:cora;29:erik "})
    assert settings.authenticated and not settings.anonymous
    assert settings.sdk_configuration() == {"CONNECTIONS": {"SERVICE_CONNECTION": {"SETTINGS": {
        "AUTHTYPE": "ClientSecret", "CLIENTID": CREDENTIALS["TEAMS_APP_ID"],
        "CLIENTSECRET": "s3cret~value", "TENANTID": CREDENTIALS["TEAMS_TENANT_ID"]}}}}
    assert settings.coordinator_ids == {"aad-cora", "29:cora", "29:erik"}
    assert settings.is_coordinator("29:someone", "aad-CORA") and not settings.is_coordinator("29:anna", None)


def test_neither_credentials_nor_anonymous_refuses_to_start():
    with pytest.raises(TeamsConfigError, match="set TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID"):
        TeamsSettings.from_env({})


def test_partial_credentials_say_what_is_missing():
    with pytest.raises(TeamsConfigError, match="needs TEAMS_APP_PASSWORD, TEAMS_TENANT_ID as well"):
        TeamsSettings.from_env({"TEAMS_APP_ID": CREDENTIALS["TEAMS_APP_ID"]})


def test_anonymous_is_an_explicit_opt_in_and_not_together_with_credentials():
    settings = TeamsSettings.from_env({"TEAMS_ANONYMOUS": "true"})
    assert settings.anonymous and not settings.authenticated
    assert settings.sdk_configuration()["CONNECTIONS"]["SERVICE_CONNECTION"]["SETTINGS"] == {"ANONYMOUS_ALLOWED": True}
    with pytest.raises(TeamsConfigError, match="TEAMS_ANONYMOUS=true is for local development"):
        TeamsSettings.from_env({**CREDENTIALS, "TEAMS_ANONYMOUS": "1"})
    with pytest.raises(TeamsConfigError, match="must be true or false"):
        TeamsSettings.from_env({"TEAMS_ANONYMOUS": "maybe"})
    with pytest.raises(TeamsConfigError):
        TeamsSettings.from_env({"TEAMS_ANONYMOUS": "false"})


def test_the_secret_is_not_in_repr_or_str():
    settings = TeamsSettings.from_env(CREDENTIALS)
    assert "s3cret" not in repr(settings) and "s3cret" not in str(settings) and "<set>" in repr(settings)


def test_main_refuses_to_start_without_settings_and_does_not_build_the_engine(monkeypatch, capsys, store):
    built = []
    code = teams_app.main(["--port", "0"], engine_factory=lambda: built.append(1), store=store)
    assert code == 2 and built == []
    assert "Teams is not configured" in capsys.readouterr().err


def test_building_the_app_with_credentials_touches_no_network_and_logs_no_secret(store, engine, caplog):
    """Only loopback is allowed in these tests, so any network use here would fail."""
    caplog.set_level(logging.DEBUG)
    app = teams_app.build_app(TeamsSettings.from_env(CREDENTIALS), engine, store)
    assert [r.resource.canonical for r in app.router.routes()] == ["/api/messages"]
    assert "s3cret~value" not in caplog.text
