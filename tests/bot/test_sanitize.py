"""No text that leaves the bot can notify a whole channel or group."""
from __future__ import annotations

import pytest

from bot.sanitize import ZWSP, defuse, defuse_payload, for_slack, slack_to_plain


@pytest.mark.parametrize("raw, shown", [
    ("<!channel>", f"@{ZWSP}channel"),
    ("<!here>", f"@{ZWSP}here"),
    ("<!here|here>", f"@{ZWSP}here"),
    ("<!everyone>", f"@{ZWSP}everyone"),
    ("<!subteam^S123>", f"@{ZWSP}group"),
    ("<!subteam^S123|@kansliet>", f"@{ZWSP}kansliet"),
    ("@here och @Channel", f"@{ZWSP}here och @{ZWSP}Channel"),
])
def test_broadcasts_become_look_alikes_that_notify_nobody(raw, shown):
    assert defuse(raw) == shown


def test_ordinary_text_and_user_mentions_are_left_alone_by_defuse():
    text = "Fråga <@U123> om hereford-projektet, e-post anna@here.se"
    assert defuse(text) == text.replace("@here.se", f"@{ZWSP}here.se")
    assert defuse("Heres the plan") == "Heres the plan"


def test_for_slack_escapes_so_nothing_becomes_a_link_or_a_ping():
    assert for_slack("a < b & <@U1> <https://x|y>") == "a &lt; b &amp; &lt;@U1&gt; &lt;https://x|y&gt;"
    assert "<!channel>" not in for_slack("<!channel>")


def test_defuse_payload_reaches_every_string_in_a_request():
    body = {"text": "<!here>", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "@channel"}}], "n": 1}
    out = defuse_payload(body)
    assert out["n"] == 1 and "<!here>" not in out["text"] and "@channel" not in out["blocks"][0]["text"]["text"]
    assert body["text"] == "<!here>"  # the original is not changed


def test_slack_to_plain_recovers_what_the_person_typed():
    assert slack_to_plain("Se <https://alingsas.se|webben> &amp; <mailto:a@b.se|a@b.se>, fråga <@U1> i <#C1|general>") \
        == "Se webben (https://alingsas.se) & a@b.se, fråga @U1 i #general"
    assert slack_to_plain("1 &lt; 2 <!here>") == "1 < 2 @here"
