"""The coordinator card's buttons: mark resolved, save as an approved answer.

Both run after Slack has been acknowledged, in Bolt's listener executor, so saving an approved
answer (which ingests the new file and takes seconds) never holds up the click's ack.
"""
from __future__ import annotations

import logging

from slack_bolt import App

from ....approved import ApprovalError
from ....coordinator import approved_name
from ....sanitize import slack_to_plain
from ....store import Escalation
from ...blocks import CARD_APPROVE, CARD_RESOLVE, approved_text, bilingual
from ...delivery import refresh_card
from ...deps import Deps
from ...outbound import error_code
from .common import clicked, tell

log = logging.getLogger(__name__)


def handle_card_button(body: dict, action: str, deps: Deps) -> None:
    user, value = clicked(body)
    esc = deps.store.get_escalation(int(value)) if value.isdigit() else None
    container = body.get("container") or {}
    thread_ts = container.get("message_ts")
    if esc is None:
        tell(deps, body, bilingual("gone"))
        return
    if not deps.settings.may_answer_escalations(user):
        tell(deps, body, bilingual("card_coordinators_only"), thread_ts=thread_ts)
        return
    if action == CARD_RESOLVE:
        deps.store.mark_resolved(esc.id, user)
        log.info("escalation %s resolved by %s", esc.id, user)
    elif not approve(body, esc, user, deps, thread_ts):
        return
    refresh_card(deps.slack, deps.store, esc.id)


def approve(body: dict, esc: Escalation, user: str, deps: Deps, thread_ts: str | None) -> bool:
    """Save the coordinator's reply as an approved answer and say so in the card's thread; on
    anything that stops it, tell the coordinator privately. True when it was saved."""
    if not esc.reply_text:
        tell(deps, body, bilingual("nothing_to_approve"), thread_ts=thread_ts)
        return False
    if deps.approve is None:
        tell(deps, body, bilingual("approve_unavailable"), thread_ts=thread_ts)
        return False
    try:
        # the reply is stored as Slack wrote it; the knowledge base gets what the coordinator typed
        path = deps.approve(esc, user, slack_to_plain(esc.reply_text))
    except ApprovalError as e:
        log.warning("escalation %s not saved as an approved answer: %s", esc.id, e)
        tell(deps, body, bilingual("approve_failed"), thread_ts=thread_ts)
        return False
    except Exception:
        log.exception("saving escalation %s as an approved answer failed", esc.id)
        tell(deps, body, bilingual("approve_failed"), thread_ts=thread_ts)
        return False
    deps.store.mark_approved(esc.id, user)
    log.info("escalation %s approved by %s", esc.id, user)
    channel = (body.get("container") or {}).get("channel_id") or (esc.card or {}).get("channel")
    try:
        deps.slack.post(channel, approved_text(user, approved_name(path)), thread_ts=thread_ts)
    except Exception as e:
        log.warning("escalation %s: approval not confirmed in thread (%s)", esc.id, error_code(e))
    return True


def register(app: App, deps: Deps) -> None:
    @app.action(CARD_RESOLVE)
    def on_resolve(ack, body):
        ack()
        handle_card_button(body, CARD_RESOLVE, deps)

    @app.action(CARD_APPROVE)
    def on_approve(ack, body):
        ack()
        handle_card_button(body, CARD_APPROVE, deps)
