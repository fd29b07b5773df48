"""@Omvärld in a channel: answer in that message's thread."""
from __future__ import annotations

import logging

from slack_bolt import App

from ...answering import answer_message
from ...delivery import card_key
from ...deps import Deps

log = logging.getLogger(__name__)


def handle_app_mention(event: dict, bot_user_id: str | None, deps: Deps) -> None:
    if event.get("bot_id") or not event.get("user"):
        return
    thread_ts = event.get("thread_ts")
    if thread_ts and deps.coordinator.card_thread(card_key(event["channel"], thread_ts)):
        return  # someone addressing the bot in a coordinator card's thread: that is a reply, not a question
    answer_message(deps, event=event, bot_user_id=bot_user_id, reply_in_thread=True)


def register(app: App, deps: Deps) -> None:
    @app.event("app_mention")
    def on_app_mention(event, context):
        handle_app_mention(event, context.bot_user_id, deps)
