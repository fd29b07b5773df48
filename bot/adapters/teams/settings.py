"""The Teams adapter's settings, read once from the environment at the entry point.

Our names, and what the Microsoft 365 Agents SDK calls them (its MSAL connection reads
`CONNECTIONS__SERVICE_CONNECTION__SETTINGS__*`; `sdk_configuration()` maps ours onto it):

    TEAMS_APP_ID         → CLIENTID      the Azure Bot's Microsoft App ID (an Entra app registration)
    TEAMS_APP_PASSWORD   → CLIENTSECRET  a client secret of that app registration
    TEAMS_TENANT_ID      → TENANTID      the municipality's Entra tenant (single-tenant bot)
    (always)             → AUTHTYPE      ClientSecret

With all three set, every request to /api/messages must carry a valid Entra ID / Bot Framework
token for TEAMS_APP_ID. TEAMS_ANONYMOUS=true turns that off, for local development only
(Microsoft 365 Agents Playground, Bot Framework Emulator); with neither the bot refuses to start.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping

_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off", ""}


class TeamsConfigError(ValueError):
    """The Teams settings cannot work; the message says what to change."""


@dataclass(frozen=True, repr=False)
class TeamsSettings:
    app_id: str = ""
    app_password: str = ""
    tenant_id: str = ""
    anonymous: bool = False
    coordinator_ids: frozenset[str] = frozenset()  # lower-cased Entra object ids or Teams user ids

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "TeamsSettings":
        """Read and check the settings; raises TeamsConfigError when the bot must not start."""
        env = os.environ if env is None else env
        anonymous_raw = (env.get("TEAMS_ANONYMOUS") or "").strip().lower()
        if anonymous_raw not in _TRUE | _FALSE:
            raise TeamsConfigError(f"TEAMS_ANONYMOUS must be true or false, not {anonymous_raw!r}.")
        ids = (env.get("TEAMS_COORDINATOR_IDS") or "").replace(";", ",").split(",")
        settings = cls(
            app_id=(env.get("TEAMS_APP_ID") or "").strip(),
            app_password=(env.get("TEAMS_APP_PASSWORD") or "").strip(),
            tenant_id=(env.get("TEAMS_TENANT_ID") or "").strip(),
            anonymous=anonymous_raw in _TRUE,
            coordinator_ids=frozenset(i.strip().lower() for i in ids if i.strip()),
        )
        settings.check()
        return settings

    def check(self) -> None:
        credentials = {"TEAMS_APP_ID": self.app_id, "TEAMS_APP_PASSWORD": self.app_password,
                       "TEAMS_TENANT_ID": self.tenant_id}
        given = [name for name, value in credentials.items() if value]
        missing = [name for name, value in credentials.items() if not value]
        if self.anonymous:
            if given:
                raise TeamsConfigError(
                    f"TEAMS_ANONYMOUS=true is for local development without credentials, but {', '.join(given)} "
                    "is set. Remove TEAMS_ANONYMOUS to check Teams' tokens, or remove the credentials.")
            return
        if not given:
            raise TeamsConfigError(
                "Teams is not configured: set TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID "
                "(the Azure Bot's app registration), or TEAMS_ANONYMOUS=true to run without "
                "authentication on this machine only.")
        if missing:
            raise TeamsConfigError(f"Teams authentication needs {', '.join(missing)} as well "
                                   f"(set: {', '.join(given)}).")

    @property
    def authenticated(self) -> bool:
        """Requests are checked for a valid token (always, unless TEAMS_ANONYMOUS=true)."""
        return not self.anonymous

    def sdk_configuration(self) -> dict:
        """Our settings as the Agents SDK's configuration (what `load_configuration_from_env`
        would make of CONNECTIONS__SERVICE_CONNECTION__SETTINGS__*), for MsalConnectionManager."""
        if self.anonymous:
            connection = {"ANONYMOUS_ALLOWED": True}
        else:
            connection = {"AUTHTYPE": "ClientSecret", "CLIENTID": self.app_id, "CLIENTSECRET": self.app_password,
                          "TENANTID": self.tenant_id}
        return {"CONNECTIONS": {"SERVICE_CONNECTION": {"SETTINGS": connection}}}

    def is_coordinator(self, *ids: str | None) -> bool:
        """True if any of the sender's ids (Teams user id, Entra object id) is a listed coordinator."""
        return any(i and i.strip().lower() in self.coordinator_ids for i in ids)

    def __repr__(self) -> str:
        return (f"TeamsSettings(app_id={self.app_id!r}, app_password={'<set>' if self.app_password else '<unset>'}, "
                f"tenant_id={self.tenant_id!r}, anonymous={self.anonymous}, "
                f"coordinator_ids={sorted(self.coordinator_ids)!r})")

    __str__ = __repr__
