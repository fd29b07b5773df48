"""Slack settings come from the environment, and never show a secret."""
from __future__ import annotations

from bot.adapters.slack.settings import SlackSettings
from bot.app.settings import Settings

ENV = {"SLACK_BOT_TOKEN": "xoxb-secret-1", "SLACK_SIGNING_SECRET": "sig-secret-2", "SLACK_APP_TOKEN": "xapp-secret-3",
       "SLACK_API_URL": "http://127.0.0.1:9/api", "COORDINATOR_CHANNEL": "C0INT",
       "COORDINATOR_USER_IDS": "U1, U2,,", "SLACK_COMMAND": "omvarld-test"}


def test_from_env_reads_and_normalises():
    s = Settings.from_env(ENV).slack
    assert s.api_url == "http://127.0.0.1:9/api/" and s.command == "/omvarld-test"
    assert s.coordinator_user_ids == {"U1", "U2"} and s.is_coordinator("U2") and not s.is_coordinator("U3")
    assert s.coordinator_channel_ref == "<#C0INT>" and s.is_configured


def test_defaults():
    s = Settings.from_env({}).slack
    assert (s.api_url, s.command, s.is_configured) == ("https://slack.com/api/", "/omvarld", False)
    assert s.may_answer_escalations("Uanyone")  # no coordinators listed: the channel decides
    assert Settings.from_env({"COORDINATOR_CHANNEL": "#internationellt"}).slack.coordinator_channel_ref == "#internationellt"


def test_repr_hides_secrets():
    shown = repr(Settings.from_env(ENV).slack) + str(Settings.from_env(ENV).slack)
    assert not any(v in shown for v in ("xoxb-secret-1", "sig-secret-2", "xapp-secret-3")) and "<set>" in shown


def test_problems_name_what_is_missing_for_the_mode():
    assert any("SLACK_SIGNING_SECRET" in p for p in SlackSettings(bot_token="x").problems(http=True))
    assert any("SLACK_APP_TOKEN" in p for p in SlackSettings(bot_token="x").problems(http=False))
    assert SlackSettings(bot_token="x", app_token="y").problems(http=False) == []
