"""App Home: what the bot knows, how to ask it, who the coordinator is, and the viewer's own
questions that are still open with the coordinator."""
from __future__ import annotations

import logging

from slack_bolt import App

from bot.coordinator.reminders import status_for_asker, status_text
from bot.store import OPEN_STATUSES
from ...blocks import home_view
from ...deps import Deps
from ...outbound import error_code

log = logging.getLogger(__name__)


def own_open_questions(deps: Deps, user: str) -> str | None:
    """The viewer's escalations not yet resolved, as lines; None if they cannot be read."""
    try:
        items = [i for i in status_for_asker(deps.store, user) if i["status"] in OPEN_STATUSES]
    except Exception:
        log.exception("escalations of %s not read; showing App Home without them", user)
        return None
    return status_text(items, "sv")


def handle_app_home_opened(event: dict, deps: Deps) -> None:
    if event.get("tab", "home") != "home":
        return
    try:
        documents = deps.knowledge_summary() if deps.knowledge_summary else []
        last = deps.last_ingest()
    except Exception:
        log.exception("knowledge summary failed; showing App Home without it")
        documents, last = [], ""
    view = home_view(documents, command=deps.settings.command,
                     coordinator_channel_ref=deps.settings.coordinator_channel_ref,
                     coordinator_contact=deps.settings.coordinator_contact, last_ingest=last,
                     own_questions=own_open_questions(deps, event["user"]))
    try:
        deps.slack.publish_home(event["user"], view)
    except Exception as e:
        log.warning("App Home for %s not published (%s)", event.get("user"), error_code(e))


def register(app: App, deps: Deps) -> None:
    @app.event("app_home_opened")
    def on_app_home_opened(event):
        handle_app_home_opened(event, deps)
