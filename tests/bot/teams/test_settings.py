"""Teams settings: credentials or an explicit anonymous opt-in, never neither; secrets stay hidden."""
from __future__ import annotations

import logging

import pytest

from bot.adapters.teams import app as teams_app
from bot.adapters.teams.settings import TeamsConfigError
from bot.app.settings import Settings, SettingsError

CREDENTIALS = {"TEAMS_APP_ID": "11111111-2222-3333-4444-555555555555", "TEAMS_APP_PASSWORD": "s3cret~value",
               "TEAMS_TENANT_ID": "66666666-7777-8888-9999-000000000000"}


def test_credentials_map_onto_the_sdks_service_connection():
    settings = Settings.from_env({**CREDENTIALS, "TEAMS_COORDINATOR_IDS": " AAD-Cora , 29:cora;29:erik "}).teams.check()
    assert settings.authenticated and not settings.anonymous
    assert settings.sdk_configuration() == {"CONNECTIONS": {"SERVICE_CONNECTION": {"SETTINGS": {
        "AUTHTYPE": "ClientSecret", "CLIENTID": CREDENTIALS["TEAMS_APP_ID"],
        "CLIENTSECRET": "s3cret~value", "TENANTID": CREDENTIALS["TEAMS_TENANT_ID"]}}}}
    assert settings.coordinator_ids == {"aad-cora", "29:cora", "29:erik"}
    assert settings.is_coordinator("29:someone", "aad-CORA") and not settings.is_coordinator("29:anna", None)


def test_neither_credentials_nor_anonymous_refuses_to_start():
    with pytest.raises(TeamsConfigError, match="set TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID"):
        Settings.from_env({}).teams.check()


def test_partial_credentials_say_what_is_missing():
    with pytest.raises(TeamsConfigError, match="needs TEAMS_APP_PASSWORD, TEAMS_TENANT_ID as well"):
        Settings.from_env({"TEAMS_APP_ID": CREDENTIALS["TEAMS_APP_ID"]}).teams.check()


def test_anonymous_is_an_explicit_opt_in_and_not_together_with_credentials():
    settings = Settings.from_env({"TEAMS_ANONYMOUS": "true"}).teams.check()
    assert settings.anonymous and not settings.authenticated
    assert settings.sdk_configuration()["CONNECTIONS"]["SERVICE_CONNECTION"]["SETTINGS"] == {"ANONYMOUS_ALLOWED": True}
    with pytest.raises(TeamsConfigError, match="TEAMS_ANONYMOUS=true is for local development"):
        Settings.from_env({**CREDENTIALS, "TEAMS_ANONYMOUS": "1"}).teams.check()
    with pytest.raises(SettingsError, match="TEAMS_ANONYMOUS must be true or false, not 'maybe'"):
        Settings.from_env({"TEAMS_ANONYMOUS": "maybe"})
    with pytest.raises(TeamsConfigError):
        Settings.from_env({"TEAMS_ANONYMOUS": "false"}).teams.check()


def test_the_secret_is_not_in_repr_or_str():
    settings = Settings.from_env(CREDENTIALS).teams.check()
    assert "s3cret" not in repr(settings) and "s3cret" not in str(settings) and "<set>" in repr(settings)


def test_teams_alone_refuses_to_start_without_settings_and_builds_no_engine(monkeypatch, capsys):
    from bot.app import cli, wiring

    built = []
    monkeypatch.setattr(wiring, "serving_engine", lambda settings: built.append(1))
    assert cli.main(["teams", "--port", "0"]) == 2 and built == []
    assert "Teams is not configured" in capsys.readouterr().err


def test_building_the_app_with_credentials_touches_no_network_and_logs_no_secret(store, engine, caplog):
    """Only loopback is allowed in these tests, so any network use here would fail."""
    caplog.set_level(logging.DEBUG)
    app = teams_app.build_app(Settings.from_env(CREDENTIALS).teams.check(), engine, store)
    assert [r.resource.canonical for r in app.router.routes()] == ["/api/messages"]
    assert "s3cret~value" not in caplog.text
