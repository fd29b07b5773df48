"""The coordinator card's buttons: mark resolved, save as an approved answer."""
from __future__ import annotations

import logging

from slack_bolt import App

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
    else:
        if not esc.reply_text:
            tell(deps, body, bilingual("nothing_to_approve"), thread_ts=thread_ts)
            return
        deps.store.mark_approved(esc.id, user)
        log.info("escalation %s approved by %s", esc.id, user)
        try:
            deps.slack.post(container["channel_id"], approved_text(user), thread_ts=thread_ts)
        except Exception as e:
            log.warning("escalation %s: approval not confirmed in thread (%s)", esc.id, error_code(e))
    refresh_card(deps.slack, deps.store, esc.id)


def register(app: App, deps: Deps) -> None:
    @app.action(CARD_RESOLVE)
    def on_resolve(ack, body):
        ack()
        handle_card_button(body, CARD_RESOLVE, deps)

    @app.action(CARD_APPROVE)
    def on_approve(ack, body):
        ack()
        handle_card_button(body, CARD_APPROVE, deps)
