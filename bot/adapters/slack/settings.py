"""The Slack adapter's settings (bot.app.settings reads them from the environment, with all others)."""
from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_API_URL = "https://slack.com/api/"
DEFAULT_COMMAND = "/omvarld"
_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,}$")


@dataclass(frozen=True, repr=False)
class SlackSettings:
    bot_token: str = ""         # xoxb-…
    signing_secret: str = ""    # verifies HTTP requests
    app_token: str = ""         # xapp-…, for Socket Mode
    api_url: str = DEFAULT_API_URL
    coordinator_channel: str = ""  # where escalation cards go: a channel id (C…) or name
    coordinator_user_ids: frozenset[str] = frozenset()
    command: str = DEFAULT_COMMAND
    coordinator_contact: str = ""  # free text for App Home, e.g. "Anna Andersson, anna@alingsas.se"

    @property
    def is_configured(self) -> bool:
        """Enough to run: a bot token, and either an app token (Socket Mode) or a signing secret (HTTP)."""
        return bool(self.bot_token and (self.app_token or self.signing_secret))

    def problems(self, http: bool) -> list[str]:
        """What is missing to run in the chosen mode, as sentences for the person starting the bot."""
        out = []
        if not self.bot_token:
            out.append("SLACK_BOT_TOKEN is not set (the bot token, xoxb-…, from OAuth & Permissions).")
        if http and not self.signing_secret:
            out.append("SLACK_SIGNING_SECRET is not set (Basic Information › App Credentials); "
                       "HTTP mode cannot verify requests without it.")
        if not http and not self.app_token:
            out.append("SLACK_APP_TOKEN is not set (an app-level token, xapp-…, with connections:write) "
                       "for Socket Mode; or run with --http.")
        return out

    def is_coordinator(self, user_id: str) -> bool:
        """May run the coordinator commands (reindex, status)."""
        return user_id in self.coordinator_user_ids

    def may_answer_escalations(self, user_id: str) -> bool:
        """May answer, resolve and approve in a card's thread: the listed coordinators, or, when
        none are listed, anyone in the coordinator channel."""
        return not self.coordinator_user_ids or user_id in self.coordinator_user_ids

    # bot.coordinator.usecases.Access: a Slack user has one id
    def may_answer(self, *ids: str | None) -> bool:
        return bool(ids and ids[0]) and self.may_answer_escalations(str(ids[0]))

    def may_command(self, *ids: str | None) -> bool:
        return bool(ids and ids[0]) and self.is_coordinator(str(ids[0]))

    @property
    def coordinator_channel_ref(self) -> str:
        """How to show the coordinator channel in a message: a link for an id, else #name."""
        ch = self.coordinator_channel
        if _CHANNEL_ID.match(ch):
            return f"<#{ch}>"
        return "#" + ch.lstrip("#") if ch else ""

    def __repr__(self) -> str:
        def secret(value: str) -> str:
            return "<set>" if value else "<unset>"

        return (f"SlackSettings(bot_token={secret(self.bot_token)}, signing_secret={secret(self.signing_secret)}, "
                f"app_token={secret(self.app_token)}, api_url={self.api_url!r}, "
                f"coordinator_channel={self.coordinator_channel!r}, "
                f"coordinator_user_ids={sorted(self.coordinator_user_ids)!r}, command={self.command!r})")

    __str__ = __repr__
