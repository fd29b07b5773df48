"""The Teams adapter's settings (bot.app.settings reads them from the environment, with all others).

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

from dataclasses import dataclass


class TeamsConfigError(ValueError):
    """The Teams settings cannot work; the message says what to change."""


@dataclass(frozen=True, repr=False)
class TeamsSettings:
    app_id: str = ""
    app_password: str = ""
    tenant_id: str = ""
    anonymous: bool = False
    coordinator_ids: frozenset[str] = frozenset()  # lower-cased Entra object ids or Teams user ids

    def check(self) -> "TeamsSettings":
        """Raises TeamsConfigError when the bot must not start with these settings; else returns them."""
        credentials = {"TEAMS_APP_ID": self.app_id, "TEAMS_APP_PASSWORD": self.app_password,
                       "TEAMS_TENANT_ID": self.tenant_id}
        given = [name for name, value in credentials.items() if value]
        missing = [name for name, value in credentials.items() if not value]
        if self.anonymous:
            if given:
                raise TeamsConfigError(
                    f"TEAMS_ANONYMOUS=true is for local development without credentials, but {', '.join(given)} "
                    "is set. Remove TEAMS_ANONYMOUS to check Teams' tokens, or remove the credentials.")
            return self
        if not given:
            raise TeamsConfigError(
                "Teams is not configured: set TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID "
                "(the Azure Bot's app registration), or TEAMS_ANONYMOUS=true to run without "
                "authentication on this machine only.")
        if missing:
            raise TeamsConfigError(f"Teams authentication needs {', '.join(missing)} as well "
                                   f"(set: {', '.join(given)}).")
        return self

    @property
    def authenticated(self) -> bool:
        """Requests are checked for a valid token (always, unless TEAMS_ANONYMOUS=true)."""
        return not self.anonymous

    def sdk_configuration(self) -> dict:
        """Our settings as the Agents SDK's configuration (what `load_configuration_from_env`
        would make of CONNECTIONS__SERVICE_CONNECTION__SETTINGS__*), for MsalConnectionManager."""
        connection: dict[str, str | bool]
        if self.anonymous:
            connection = {"ANONYMOUS_ALLOWED": True}
        else:
            connection = {"AUTHTYPE": "ClientSecret", "CLIENTID": self.app_id, "CLIENTSECRET": self.app_password,
                          "TENANTID": self.tenant_id}
        return {"CONNECTIONS": {"SERVICE_CONNECTION": {"SETTINGS": connection}}}

    def is_coordinator(self, *ids: str | None) -> bool:
        """True if any of the sender's ids (Teams user id, Entra object id) is a listed coordinator."""
        return any(i and i.strip().lower() in self.coordinator_ids for i in ids)

    # bot.coordinator.usecases.Access: in Teams only the listed coordinators do either
    may_answer = is_coordinator
    may_command = is_coordinator

    def __repr__(self) -> str:
        return (f"TeamsSettings(app_id={self.app_id!r}, app_password={'<set>' if self.app_password else '<unset>'}, "
                f"tenant_id={self.tenant_id!r}, anonymous={self.anonymous}, "
                f"coordinator_ids={sorted(self.coordinator_ids)!r})")

    __str__ = __repr__
