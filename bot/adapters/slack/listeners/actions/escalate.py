""""Fråga samordnaren": store the escalation (and its card's delivery) first, then tell the asker."""
from __future__ import annotations

import logging

from slack_bolt import App

from bot.coordinator.usecases import Refused
from bot.texts import bilingual, say

from ...blocks import ESCALATE
from ...deps import Deps
from .common import clicked, tell

log = logging.getLogger(__name__)


def handle_escalate(body: dict, deps: Deps) -> None:
    user, ref = clicked(body)
    escalated = deps.coordinator.escalate(ref, user)
    if escalated is Refused.GONE:
        tell(deps, body, bilingual("gone"))
        return
    record = deps.coordinator.answer_record(ref)
    origin = dict(record.origin) if record else {}
    language = record.language if record else "sv"
    if isinstance(escalated, Refused):  # no coordinator channel
        tell(deps, body, say(escalated.value, language), thread_ts=origin.get("thread_ts"))
        return
    if not escalated.new:
        tell(deps, body, say("already_sent", language, id=str(escalated.escalation.id)),
             thread_ts=origin.get("thread_ts"))
        return
    if origin.get("ephemeral"):
        key = "slack.sent_private"
    elif str(origin.get("channel", "")).startswith("D") and not origin.get("thread_ts"):
        key = "slack.sent_dm"
    else:
        key = "slack.sent_thread"
    tell(deps, body, say(key, language, channel=deps.settings.coordinator_channel_ref),
         thread_ts=origin.get("thread_ts"))


def register(app: App, deps: Deps) -> None:
    @app.action(ESCALATE)
    def on_escalate(ack, body):
        ack()
        handle_escalate(body, deps)
