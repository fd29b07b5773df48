"""App Home: what the bot knows, how to ask it, who the coordinator is, and the viewer's own
questions that are still open with the coordinator."""
from __future__ import annotations

import logging

from slack_bolt import App

from ...blocks import home_view
from ...deps import Deps
from ...outbound import error_code

log = logging.getLogger(__name__)


def own_open_questions(deps: Deps, user: str) -> str | None:
    """The viewer's escalations not yet resolved, as lines; None if they cannot be read."""
    try:
        return deps.coordinator.open_questions(user, "sv")
    except Exception:
        log.exception("escalations of %s not read; showing App Home without them", user)
        return None


def handle_app_home_opened(event: dict, deps: Deps) -> None:
    if event.get("tab", "home") != "home":
        return
    documents = deps.coordinator.documents()
    view = home_view(documents, command=deps.settings.command,
                     coordinator_channel_ref=deps.settings.coordinator_channel_ref,
                     coordinator_contact=deps.settings.coordinator_contact,
                     last_ingest=deps.coordinator.status_line() if deps.coordinator.status_line else "",
                     own_questions=own_open_questions(deps, event["user"]))
    try:
        deps.slack.publish_home(event["user"], view)
    except Exception as e:
        log.warning("App Home for %s not published (%s)", event.get("user"), error_code(e))


def register(app: App, deps: Deps) -> None:
    @app.event("app_home_opened")
    def on_app_home_opened(event):
        handle_app_home_opened(event, deps)
