"""The coordinator card's buttons: mark resolved, and save as an approved answer — which opens the
review modal (bot/slack/listeners/views/review.py), prefilled with the question and the whole
reply; nothing is written until the coordinator saves it there.

Both run after Slack has been acknowledged, in Bolt's listener executor. The modal must be opened
at once: the click's trigger_id lives three seconds.
"""
from __future__ import annotations

import logging

from slack_bolt import App

from ....approved import ApprovalError
from ....coordinator import review_of
from ....sanitize import slack_to_plain
from ....store import Escalation
from ...blocks import CARD_APPROVE, CARD_RESOLVE, bilingual, review_modal
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
        refresh_card(deps.slack, deps.store, esc.id)
    else:
        open_review(body, esc, deps, thread_ts)


def open_review(body: dict, esc: Escalation, deps: Deps, thread_ts: str | None) -> bool:
    """Open the review modal for the escalation's whole reply; on anything that stops it, tell the
    coordinator privately. True when the modal was opened."""
    try:
        # the reply is stored as Slack wrote it; the review shows (and the file gets) what was typed
        review = review_of(esc, slack_to_plain)
    except ApprovalError:
        tell(deps, body, bilingual("nothing_to_approve"), thread_ts=thread_ts)
        return False
    if deps.approvals is None:
        tell(deps, body, bilingual("approve_unavailable"), thread_ts=thread_ts)
        return False
    channel = (body.get("container") or {}).get("channel_id") or (esc.card or {}).get("channel", "")
    try:
        deps.slack.open_view(body["trigger_id"], review_modal(review, channel=channel, thread_ts=thread_ts))
    except Exception as e:  # e.g. the trigger expired: the coordinator can press the button again
        log.warning("escalation %s: review not opened (%s)", esc.id, error_code(e))
        tell(deps, body, bilingual("approve_failed"), thread_ts=thread_ts)
        return False
    log.info("escalation %s: review opened for %s", esc.id, body["user"]["id"])
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
