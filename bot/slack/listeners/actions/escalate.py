""""Fråga samordnaren": store the escalation (and its card's delivery) first, then tell the asker."""
from __future__ import annotations

import logging

from slack_bolt import App

from ...blocks import ESCALATE, bilingual
from ...delivery import CARD_KIND
from ...deps import PLATFORM, Deps
from ...texts import phrase
from .common import clicked, question_of, tell

log = logging.getLogger(__name__)


def handle_escalate(body: dict, deps: Deps) -> None:
    user, ref = clicked(body)
    q = question_of(deps, ref)
    if q is None:
        tell(deps, body, bilingual("gone"))
        return
    origin = dict(q.origin)
    if not deps.settings.coordinator_channel:
        log.warning("escalation asked for on answer %s, but COORDINATOR_CHANNEL is not set", q.id)
        tell(deps, body, phrase("no_coordinator", q.language), thread_ts=origin.get("thread_ts"))
        return
    esc = deps.store.create_escalation(
        PLATFORM, user, origin, q.question, q.language, q.answer_text, q.sources, q.reason or q.outcome,
        key=f"{PLATFORM}:{q.id}:{user}", deliver_as=CARD_KIND, question_id=q.id)
    if not esc.is_new:
        log.info("escalation %s asked for again by %s", esc.id, user)
        tell(deps, body, phrase("already_sent", q.language, id=str(esc.id)), thread_ts=origin.get("thread_ts"))
        return
    log.info("escalation %s created from answer %s by %s", esc.id, q.id, user)
    channel = deps.settings.coordinator_channel_ref
    if origin.get("ephemeral"):
        key = "sent_private"
    elif str(origin.get("channel", "")).startswith("D") and not origin.get("thread_ts"):
        key = "sent_dm"
    else:
        key = "sent_thread"
    tell(deps, body, phrase(key, q.language, channel=channel), thread_ts=origin.get("thread_ts"))


def register(app: App, deps: Deps) -> None:
    @app.action(ESCALATE)
    def on_escalate(ack, body):
        ack()
        handle_escalate(body, deps)
